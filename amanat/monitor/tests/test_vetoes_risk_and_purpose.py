"""Round 14a: words that name a risk, another act's purpose or someone's view of an act, and acts
told as background, add no tactic (rules/vetoes_risk_and_purpose.py) — while a threat made, an
assault survived, a recruitment and a detention of the critic, worded nearly the same, are still
read; and the readings the vetoes showed missing (citizenship revoked with the noun first, a
handover with no court, bribing, declared a fugitive: rules/tactics_papers_and_handovers.py) are
read. Invented sentences about states and people none of the corpora's texts are about."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.tests.readings import tactics_in


def _read(sentence: str, language: str) -> set[str]:
    """What the tagger keeps from one sentence: the tactics its rules fire, less the vetoed."""
    return tactics_in(sentence, language) - vetoed(language, sentence.lower())


# (tactic, language, a sentence that must not add it, a sentence that must still add it)
PAIRS = [
    # 1. A risk named as a noun is no threat made.
    ("direct_threat", "ru", "Суд отказал в выдаче из-за угрозы преследования и пыток в "
     "Туркменистане.", "Сотрудники посольства угрожали ему расправой в Стамбуле."),
    ("direct_threat", "en", "Lawyers said he was threatened with prosecution on return and the "
     "threat of torture was real.", "Turkmen agents threatened him in Istanbul."),
    ("direct_threat", "ug", "ئۇ قايتۇرۇلسا قىيناش خەۋپى بار دەپ ئاگاھلاندۇرۇلدى.",
     "ئۇ ئىستانبۇلدا تەھدىت ئالدى."),
    # 2a. Intimidation as the purpose of another instrument.
    ("direct_threat", "en", "Turkmenistan used an arrest warrant to intimidate and harass the "
     "exiled poet.", "Turkmen agents threatened her in Vienna."),
    ("direct_threat", "zh", "检方称,这些警员利用数百个假账号骚扰和恐吓身在海外的越南异见人士。",
     "越南特工在柏林当面恐吓他,要他回国。"),
    # 2b. An act characterised, or a threat felt.
    ("direct_threat", "en", "\"This is an obvious attempt at intimidation,\" the Tajik blogger "
     "said of the letters.", "The Tajik blogger received death threats in Warsaw."),
    ("direct_threat", "zh", "她认为这是赤裸裸的恐吓,觉得自己的生命受到威胁。",
     "她在华沙多次收到死亡威胁。"),
    ("direct_threat", "ru", "Блогер назвал это письмо угрозой всем эмигрантам.",
     "Блогеру угрожали убийством в Варшаве."),
    ("direct_threat", "en", "The minister accused exiles of threatening the country.",
     "The minister threatened them in a phone call."),
    # 3a. Threats that made the person leave were made before the exile.
    ("direct_threat", "en", "The Tajik lawyer fled to Poland in 2015 after years of threats from "
     "the security service.", "Tajik agents threatened him in Poland in 2015."),
    ("direct_threat", "tr", "Tacik avukat, güvenlik servisinin tehditleri yüzünden 2015'te "
     "ülkesinden ayrıldı.", "Tacik avukat Varşova'da ölüm tehditleri aldı."),
    ("direct_threat", "ru", "Адвокат уехал из страны из-за угроз со стороны спецслужб.",
     "Адвокату угрожали в Варшаве."),
    # 3b. Fled after being held: the detention was at home.
    ("detention", "en", "The Kazakh journalist fled to Kyiv after being beaten in detention in "
     "2012.", "The Kazakh journalist was detained in Kyiv in 2012."),
    # 4. An attack told with the death it caused is the killing.
    ("assault", "en", "The Chechen blogger died in hospital a day after he was stabbed in Lille.",
     "The Chechen blogger was stabbed in Lille and survived."),
    ("assault", "fa", "این وبلاگ‌نویس چچنی پس از حمله با چاقو در لیل درگذشت.",
     "این وبلاگ‌نویس چچنی در لیل مورد حمله با چاقو قرار گرفت."),
    # 5. The one convicted is the state's agent.
    ("informant_recruitment", "en", "A man was sentenced for acting as an unregistered agent of "
     "the Vietnamese government and gathering information on dissidents.",
     "Vietnamese officers asked him to inform on dissidents in Berlin."),
    ("informant_recruitment", "ru", "Суд установил, что он собирал сведения о таджикских "
     "эмигрантах в Вене.", "Эмигрант рассказал, что в Вене он собирал сведения о "
     "соотечественниках для посольства."),
    # 6. Arrested on charges of an act against others: the perpetrators.
    ("detention", "en", "Police detained three men on charges of plotting to kidnap a Tajik "
     "dissident.", "Police detained the Tajik dissident at Moscow's request."),
    ("detention", "fa", "پلیس سه نفر را به اتهام تلاش برای ربودن یک مخالف تاجیک بازداشت کرد.",
     "پلیس این مخالف تاجیک را بازداشت کرد."),
    # 7. A disguise is no message from a relative's account.
    ("impersonation", "en", "A man posing as a courier threw acid at the Turkmen activist.",
     "Messages sent from her brother's account were written by police, she said."),
    # 8. A wanted listing that is Interpol's is the Interpol act, not a warrant of the state's own.
    ("bounty_or_warrant", "ru", "Пограничники задержали туркменского блогера, объявленного в "
     "международный розыск.", "Суд в Ашхабаде выдал ордер на арест блогера."),
    ("bounty_or_warrant", "en", "Officials tried to put the exiles on Interpol's wanted list.",
     "A court in Ashgabat issued an arrest warrant for the exiled blogger."),
    # 10. A loss only threatened on a condition: no papers denied yet.
    ("passport_consular_denial", "en", "The consul warned that she would lose her passport if "
     "she kept protesting.", "The consulate in Berlin refused to renew her passport."),
    # 11. Surfaced in custody at home after vanishing abroad: the rendition, not a detention.
    ("detention", "en", "The Lao activist vanished in Bangkok and turned up a month later in "
     "detention in Vientiane.", "The Lao activist was detained in Bangkok."),
    ("detention", "ru", "Лаосский активист пропал в Бангкоке, а через месяц Вьентьян признал, "
     "что он задержан.", "Лаосского активиста задержали в Бангкоке."),
    ("detention", "en", "The Lao blogger who went missing in Bangkok in May is now held in "
     "Vientiane.", "The Lao blogger was detained in Bangkok in May."),
    # 14. A relative taken to a police station at home is pressure on the family.
    ("detention", "en", "A cousin told her that her brother had been taken to the local police "
     "station and made to unlock his phone.", "Swedish police detained her at Moscow's request."),
    ("detention", "fa", "پسرعموی او گفت برادرش را به کلانتری محل بردند و وادار کردند گوشی‌اش را "
     "باز کند.", "پلیس سوئد او را به درخواست مسکو بازداشت کرد."),
    # 15. A return only risked or faced names no request made.
    ("extradition_request", "en", "The UN said it was deeply concerned by the risk of his "
     "extradition.", "Laos has asked Thailand to extradite the blogger."),
    ("extradition_request", "ru", "Правозащитники предупреждают о риске экстрадиции блогера.",
     "Вьентьян направил Таиланду запрос об экстрадиции блогера."),
    # 16. People counted but not named or described are the suspects.
    ("detention", "en", "\"We have arrested three men,\" a police spokesman in Bangkok said.",
     "Police in Bangkok arrested three Lao activists at Vientiane's request."),
    ("detention", "ru", "Полиция Бангкока задержала трёх человек.",
     "Полиция Бангкока задержала трёх лаосских активистов."),
    # 12. A handover only alleged or reported is a rendition, not a deportation by law.
    ("deportation", "en", "Three Lao critics were reportedly handed over to Laos by Thailand.",
     "Thailand deported three Lao critics to Laos."),
    ("deportation", "tr", "Üç Laoslu muhalifin Laos'a teslim edildiği ileri sürüldü.",
     "Tayland üç Laoslu muhalifi Laos'a sınır dışı etti."),
    # 13. An attempt already escaped, told as background; a death in the sentence keeps it.
    ("assassination", "en", "The Lao critic had already escaped an attempt on his life in Bangkok "
     "in 2016.", "The Lao critic had already escaped an attempt on his life before he was shot "
     "dead in Bangkok."),
    ("assassination", "ru", "Лаосского критика уже пытались похитить, а в 2016 году на него было "
     "совершено покушение.", "Лаосский критик был убит в Бангкоке."),
    ("assassination", "zh", "这名老挝批评者此前曾在曼谷躲过一次暗杀。",
     "这名老挝批评者在曼谷被枪杀。"),
    # 9. "Followed by" telling what came next is no one tailed.
    ("surveillance", "en", "The protests were crushed, which was followed by a purge of the army.",
     "Two men followed him from the mosque to his flat in Hamburg."),
]  # fmt: skip


@pytest.mark.parametrize(("tactic", "language", "dropped", "kept"), PAIRS)
def test_a_risk_a_purpose_or_a_background_act_adds_no_tactic_but_the_act_still_does(
    tactic: str, language: str, dropped: str, kept: str
) -> None:
    assert tactic not in _read(dropped, language)
    assert tactic in _read(kept, language)


@pytest.mark.parametrize(("tactic", "language", "sentence"), [
    ("passport_consular_denial", "en", "The ministry published the names of 40 exiles whose "
     "citizenship it was revoking."),
    ("passport_consular_denial", "ru", "Власти объявили об отзыве гражданства у 30 эмигрантов."),
    ("rendition", "ru", "Полиция задержала таджикского активиста и передала его людям в масках."),
    ("rendition", "en", "Several exiles were handed over to Dushanbe without any trial."),
    ("bribery_inducement", "en", "The agent was convicted of bribing a tax official to open an "
     "audit of the exiles' charity."),
    ("bribery_inducement", "zh", "他向一名税务官员行贿,要求对流亡团体展开审计。"),
    ("bounty_or_warrant", "tr", "Mahkeme gazeteciyi firari ilan ederek mallarına el koydu."),
    ("bounty_or_warrant", "en", "The court declared the exiled journalist a fugitive."),
    ("silencing_demand", "en", "A caller from the embassy told him to delete a tweet about the "
     "president."),
    ("silencing_demand", "en", "The official told her she should not do such things."),
    ("silencing_demand", "ru", "Сотрудник посольства потребовал от блогера удалить пост о "
     "президенте."),
    ("silencing_demand", "zh", "使馆官员要求他删除关于总统的推文。"),
    ("rendition", "en", "Three Lao critics were reportedly handed over to Laos by Thailand."),
    ("rendition", "zh", "人权人士怀疑他被泰国警方扣押后交给了老挝特工。"),
    ("rendition", "ru", "Лаосский блогер стал в Таиланде жертвой насильственного "
     "исчезновения."),
    ("rendition", "en", "The Lao blogger was forcibly disappeared in Bangkok in January."),
    # Near the vetoes: a disguise used to reach the person, a threat of reprisal made.
    ("impersonation", "en", "A man posing as a reporter arranged to meet the Turkmen activist "
     "in Vienna."),
    ("direct_threat", "ru", "Активист получил угрозы расправой от людей из посольства."),
    ("passport_consular_denial", "en", "The Vietnamese authorities had also cancelled their "
     "travel documents."),
    ("passport_consular_denial", "tr", "Vietnam hükümeti gazetecinin seyahat belgelerini iptal "
     "etmişti."),
])  # fmt: skip
def test_the_readings_the_vetoes_showed_missing_and_wordings_near_them_add_the_tactic(
    tactic: str, language: str, sentence: str
) -> None:
    assert tactic in _read(sentence, language)
