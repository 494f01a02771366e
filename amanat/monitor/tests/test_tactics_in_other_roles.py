"""Round 12c: a tactic word counts only when the act is the origin state's against its target
abroad. Each pair is an invented sentence whose tactic word names someone else's act (the host
arresting the attackers, a perpetrator deported after his sentence, hitmen paid, the victim
accused of "threatening national security", relatives arrested at home, an act denied or said
not to be going to happen, a warrant not shown) beside one where the same act is the state's and
must stay; then codebook wordings the rules did not read. States no corpus rule was written from
(Eritrea, Cambodia, Belarus, Tajikistan, Egypt, Rwanda), in six languages.
"""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.nlp.rules.vetoes_roles import role_vetoed
from amanat.monitor.tests.readings import tactics_in


def _read(sentence: str, language: str) -> set[str]:
    """What the tagger keeps from one sentence: the tactics its rules fire, less the vetoed."""
    lowered = sentence.lower()
    return (
        tactics_in(sentence, language) - vetoed(language, lowered) - role_vetoed(language, lowered)
    )


# (tactic, language, the word in someone else's act, the act done for the origin state)
OTHER_ROLES = [
    # The host arrests the attackers or the suspects of the attack, not the target.
    (
        "detention",
        "en",
        "Two weeks after the attack on the Eritrean blogger, the police arrested two suspects.",
        "The Eritrean blogger was arrested in Nairobi at Asmara's request.",
    ),
    (
        "detention",
        "tr",
        "Suikastten sonra gözaltına alınan şüpheliler, emri konsolosluktan aldıklarını söyledi.",
        "Eritreli gazeteci İstanbul'da gözaltına alındı.",
    ),
    (
        "detention",
        "fa",
        "ضارب و دو همدستش پس از حمله در استانبول بازداشت شدند.",
        "روزنامه‌نگار اریتره‌ای در استانبول بازداشت شد.",
    ),
    (
        "detention",
        "ru",
        "Полиция задержала двух подозреваемых в покушении на эритрейского блогера.",
        "Эритрейский блогер был задержан в Стамбуле по запросу Асмэры.",
    ),
    (
        "detention",
        "zh",
        "警方随后逮捕了两名枪手。",
        "这名厄立特里亚博主在内罗毕被警方拘留。",
    ),
    # A perpetrator's own sentence: deported once it is served, jailed for other crimes.
    (
        "deportation",
        "en",
        "The man who stalked the Cambodian exile is expected to be deported once he has served "
        "his sentence.",
        "The Cambodian exile was deported from Bangkok to Phnom Penh.",
    ),
    (
        "deportation",
        "zh",
        "据报道,这名跟踪者服刑期满后将被遣返。",
        "这名柬埔寨流亡者被泰国遣返回国。",
    ),
    (
        "detention",
        "fa",
        "دو مرد اجیرشده به دلیل جرائم دیگری در کانادا زندانی‌اند و بازداشت شده‌اند.",
        "فعال تاجیک در مسکو بازداشت شد.",
    ),
    # Money for a killing goes to the hitmen: no bribe offered to the target.
    (
        "bribery_inducement",
        "fa",
        "هر دو مرد به توطئه برای قتل در ازای پول متهم شده‌اند و پول گرفته‌اند.",
        "مأموران در ازای جاسوسی به او پول پیشنهاد کردند.",
    ),
    (
        "bribery_inducement",
        "en",
        "Prosecutors called it a murder-for-hire plot and said the men were offered money.",
        "Officers offered him money to report on his fellow exiles.",
    ),
    # The victim accused of a threat: the state's charge, not a threat to the person.
    (
        "direct_threat",
        "tr",
        "Konsolosluk, diplomatların güvenliğini tehdit ettiği iddia edilen aktivistlerin "
        "listesini gönderdi.",
        "Belaruslu aktivist telefonla tehdit edildi.",
    ),
    (
        "direct_threat",
        "ug",
        "ئۇ دۆلەت بىخەتەرلىكىگە تەھدىت سالغان دەپ ئەيىبلەنگەن.",
        "ئۇ تېلېفوندا ئۆلۈم تەھدىتىگە ئۇچرىغان.",
    ),
    (
        "direct_threat",
        "ru",
        "Его обвинили в угрозе национальной безопасности.",
        "Ему угрожали расправой по телефону.",
    ),
    # (Relatives arrested at home in Uyghur: test_uyghur_relatives_words.py.)
    # The one said to have done it denies it: the act comes from another sentence, if any.
    (
        "rendition",
        "en",
        "Local police denied carrying out the abduction.",
        "The Tajik activist was abducted in Istanbul and flown to Dushanbe.",
    ),
    # Handed to the origin's intelligence: a rendition, not a deportation.
    (
        "deportation",
        "en",
        "The Ugandan activist was handed over to the Ugandan military intelligence in Nairobi.",
        "The Ugandan activist was deported from Nairobi to Kampala.",
    ),
    # Someone else's death in prison is no detention abroad.
    (
        "detention",
        "fa",
        "او پس از مرگ ناوالنی در زندانی در قطب شمال نگران امنیت خود بود.",
        "روزنامه‌نگار روس در ویلنیوس بازداشت شد.",
    ),
    # A detainee cut off from the outside world: not relatives' contact controlled.
    (
        "family_contact_control",
        "ug",
        "ئۇلار تاشقى دۇنيا بىلەن ئالاقىسى ئۈزۈلگەن ھالدا تۇتۇپ تۇرۇلغان.",
        "ئۇنىڭ ئائىلىسى بىلەن ئالاقىسى ئۈزۈلگەن.",
    ),
    # Things seized in a raid and deleted by the raiders: no person taken, no demand made.
    (
        "rendition",
        "en",
        "The men seized the family's phones and deleted videos of the raid.",
        "Masked men seized the activist in Kampala and flew him to Entebbe.",
    ),
    (
        "silencing_demand",
        "en",
        "The men seized the family's phones and deleted videos of the raid.",
        "Officers told him to delete his videos.",
    ),
    # Relatives taken away at home are coercion by proxy, not the target's rendition.
    (
        "rendition",
        "en",
        "Armed men abducted his two brothers in Lahore.",
        "Armed men abducted the exiled journalist in London.",
    ),
    # Said not to be going to happen.
    (
        "deportation",
        "zh",
        "外长暗示,这名柬埔寨反对派人士不会被遣返回国。",
        "这名柬埔寨反对派人士被马来西亚遣返回国。",
    ),
    (
        "deportation",
        "en",
        "The minister said the Cambodian activist would not be deported.",
        "The Cambodian activist was deported to Phnom Penh.",
    ),
    # A warrant not shown is no warrant.
    (
        "bounty_or_warrant",
        "fa",
        "مأموران هیچ حکم بازداشتی نشان ندادند.",
        "دادگاه مصر برای او حکم بازداشت صادر کرد.",
    ),
    (
        "bounty_or_warrant",
        "en",
        "Officers searched the flat without an arrest warrant.",
        "Cairo issued an arrest warrant for the exiled blogger.",
    ),
    # The person asked to come back is not a request to a host state.
    (
        "extradition_request",
        "en",
        "The Egyptian authorities asked me several times to return to Egypt, but I refused.",
        "Egypt asked the Kuwaiti authorities to hand him over.",
    ),
    # Passports no longer issued: a mobility control, not a silencing demand.
    (
        "silencing_demand",
        "ru",
        "Президент приказал посольствам прекратить выдачу паспортов гражданам за границей.",
        "Ему приказали прекратить свою правозащитную деятельность.",
    ),
]

# (tactic, language, a look-alike that must not add it, a sentence that must add it)
WORDINGS = [
    # An arrest "in" a place; a family visit is not a relative arrested.
    (
        "detention",
        "en",
        "Her brother in Kigali was arrested in March after she spoke out.",
        "The Rwandan critic was arrested in Dubai two days after arriving for a family visit.",
    ),
    # Relatives arrested at home, in Uyghur with the narrowed vowel.
    (
        "threat_to_family",
        "ug",
        "ئۇنىڭ قېرىندىشى ئىستانبۇلغا كەلدى.",
        "دائىرىلەر ئۇنىڭ ئىككى قېرىندىشىنى قولغا ئالغان.",
    ),
    # The family home raided.
    (
        "threat_to_family",
        "en",
        "Police raided a warehouse near the port.",
        "Armed men raided the family home of the exiled Rwandan journalist.",
    ),
    (
        "threat_to_family",
        "zh",
        "警方搜查了一个仓库。",
        "警察搜查了他父母的住所。",
    ),
    (
        "threat_to_family",
        "ru",
        "Полиция провела обыск на складе.",
        "Силовики провели обыск в доме его родителей.",
    ),
    # Being followed, the verb in its other forms.
    (
        "surveillance",
        "en",
        "Thousands started following him on social media.",
        "Two men started following them down the street.",
    ),
    # Caught "when" (a Turkish converb), and doxxing said as the act.
    (
        "detention",
        "tr",
        "Muhalif, yakalama kararına rağmen serbestçe dolaştı.",
        "Muhalif, sınırı geçtikten sonra sınır muhafızlarınca yakalanınca sığınma talep etti.",
    ),
    (
        "online_harassment",
        "en",
        "The activist published her report on the camps.",
        "He published her email address and urged others online to harass her.",
    ),
    # Asked to return.
    (
        "passport_consular_denial",
        "en",
        "The embassy asked him about his plans for the summer.",
        "The Egyptian authorities asked me several times to return to Egypt.",
    ),
    # Citizenship or overseas status revoked by the origin; a host's grant is not it.
    (
        "passport_consular_denial",
        "en",
        "He was granted Russian citizenship in 2015.",
        "The government revoked her overseas citizenship after her lectures abroad.",
    ),
    (
        "passport_consular_denial",
        "tr",
        "Akademisyen, vatandaşlık başvurusunun sürdüğünü söyledi.",
        "Hükümet, akademisyenin denizaşırı vatandaşlığını iptal etti.",
    ),
    (
        "passport_consular_denial",
        "ru",
        "Он получил российское гражданство в 2019 году.",
        "Власти лишили его гражданства после выступлений за границей.",
    ),
    (
        "passport_consular_denial",
        "fa",
        "او در سال ۲۰۱۹ تابعیت آلمان را گرفت.",
        "دولت تابعیت این روزنامه‌نگار تبعیدی را لغو کرد.",
    ),
    (
        "passport_consular_denial",
        "zh",
        "他于2019年获得了德国国籍。",
        "当局剥夺了他的国籍。",
    ),
    # Passports no longer issued to citizens abroad.
    (
        "passport_consular_denial",
        "ru",
        "Посольство продолжило выдачу виз.",
        "Президент приказал посольствам прекратить выдачу паспортов гражданам за границей.",
    ),
    (
        "passport_consular_denial",
        "en",
        "The consulate will stop by the community centre.",
        "The embassies were ordered to stop issuing passports to citizens abroad.",
    ),
]


@pytest.mark.parametrize(("tactic", "language", "other_role", "own_act"), OTHER_ROLES)
def test_tactic_word_in_someone_elses_act_adds_no_tactic(
    tactic: str, language: str, other_role: str, own_act: str
) -> None:
    assert tactic in tactics_in(other_role, language)  # the word is there…
    assert tactic not in _read(other_role, language)  # …but the act is someone else's
    assert tactic in _read(own_act, language)


@pytest.mark.parametrize(("tactic", "language", "look_alike", "act"), WORDINGS)
def test_codebook_wording_read_in_each_language(
    tactic: str, language: str, look_alike: str, act: str
) -> None:
    assert tactic in _read(act, language)
    assert tactic not in _read(look_alike, language)
