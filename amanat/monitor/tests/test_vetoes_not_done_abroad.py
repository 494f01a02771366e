"""Round 13a: a tactic word in a sentence where the act is not the origin state's act abroad
against its critic adds no tactic (rules/vetoes_not_done_abroad.py) — the people held are the
agents, the person is held at home after coming back, the arrest came before the flight abroad,
the act was only threatened, discussed, attempted or warned of, the kin word names no pressure on
relatives — while the state's act abroad, worded the same way, is still read. Invented sentences
about states none of the corpora's rules were written from (Kazakhstan, Eritrea, Belarus,
Turkmenistan, Azerbaijan)."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import gazetteer
from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.nlp.rules.vetoes_not_done_abroad import host_citizenship
from amanat.monitor.nlp.tagging import analyse, tag
from amanat.monitor.tests.readings import tactics_in


def _read(sentence: str, language: str) -> set[str]:
    """What the tagger keeps from one sentence: the tactics its rules fire, less the vetoed."""
    return tactics_in(sentence, language) - vetoed(language, sentence.lower())


# (tactic, language, a sentence that must not add it, a sentence that must still add it)
PAIRS = [
    # 1. The perpetrators are the ones held, expelled or extradited.
    ("detention", "en", "A Belarusian man accused of spying for Minsk was arrested in Vilnius.",
     "A Belarusian journalist was arrested in Vilnius at the request of Minsk."),
    ("deportation", "en", "Poland has expelled to Lithuania a man held on charges of spying "
     "against Belarusian exiles.", "Poland has deported the Belarusian blogger to Minsk."),
    ("detention", "en", "The suspects have not been arrested.",
     "The Eritrean activist was arrested in Kampala."),
    ("detention", "tr", "Litvanya polisi Belarus için casusluk yapmakla suçlanan bir adamı "
     "gözaltına aldı.", "Litvanya polisi Belaruslu gazeteciyi gözaltına aldı."),
    ("detention", "zh", "两名男子被捕,被控按白俄罗斯联络人指示跟踪流亡人士。",
     "白俄罗斯记者在维尔纽斯被警方拘留。"),
    ("detention", "ru", "Литовская полиция задержала мужчину по подозрению в шпионаже в пользу "
     "Минска.", "Литовская полиция задержала белорусского журналиста."),
    ("deportation", "fa", "او در لهستان با اتهام جاسوسی روبه‌روست، اما ممکن است به لیتوانی "
     "اخراج شود.", "لهستان این روزنامه‌نگار بلاروسی را به مینسک اخراج کرد."),
    ("informant_recruitment", "ru", "Суд приговорил троих граждан Латвии к срокам за шпионаж в "
     "пользу Минска.", "КГБ вербовал эмигрантов в Вильнюсе, чтобы они доносили на "
     "соотечественников."),
    # 2. Held at home after coming back, or under house arrest.
    ("detention", "en", "Several Eritreans deported from Europe have been jailed on return.",
     "Several Eritreans have been jailed in Kampala."),
    ("surveillance", "ug", "ئۇ كېيىن ئۆيدە نازارەت ئاستىدا تۇتۇلغان.",
     "ئۇ ئىستانبۇلدا جاسۇسلار تەرىپىدىن نازارەت قىلىنغان."),
    # Seized and carried off at once: a rendition, not a detention in the host.
    ("detention", "en", "Eritrean soldiers seized the refugees in Ethiopia and drove them across "
     "the border.", "Ethiopian police detained the Eritrean refugees in Addis Ababa at Asmara's "
     "request."),
    ("detention", "zh", "他在伊拉克被厄立特里亚特工抓获并带回阿斯马拉。", "他在伊拉克被警方拘留。"),
    ("detention", "tr", "Eritreli muhalif Sana havalimanında yakalandı ve Eritre'ye gönderildi.",
     "Eritreli muhalif Sana havalimanında gözaltına alındı."),
    ("passport_consular_denial", "en", "Former staff had passports confiscated on returning to "
     "Turkmenistan.", "The Turkmen consulate in Istanbul confiscated his passport."),
    # Beaten in the course of a rendition: the rendition's violence, not an assault abroad.
    ("assault", "en", "He later said he had been beaten and taken to Turkmenistan against his "
     "will.", "Two men beat him outside his flat in Istanbul."),
    ("assault", "ru", "Позже он рассказал, что его избили и вывезли в Туркменистан против его "
     "воли.", "Двое мужчин избили его в Стамбуле."),
    # Attacks by spyware on a device are hacking, not an assault on the person.
    ("assault", "tr", "Cihaz en geç Ocak 2021'den beri NSO Group'un yazılımıyla ele "
     "geçirilmişti; saldırılar mayıs ayında duraklayıp sonra yeniden başladı.",
     "Tehdit telefonları aldıktan iki gün sonra İstanbul'da saldırıya uğradı."),
    # 3. An arrest that came before the flight abroad.
    ("detention", "en", "A former rebel arrested in 2004, he later fled to Norway and sought "
     "asylum there.", "A former rebel who fled to Norway was arrested in Oslo in 2019."),
    ("detention", "ru", "Бывший повстанец, он был задержан в 2004 году, после чего бежал в "
     "Норвегию.", "Бывший повстанец, бежавший в Норвегию, был задержан в Осло в 2019 году."),
    # 4. Threatened, discussed, attempted or warned of: not done.
    ("rendition", "en", "The Eritrean consul threatened to have him kidnapped and sent home.",
     "Eritrean agents kidnapped him in Kampala and flew him to Asmara."),
    ("rendition", "ru", "В переписке они обсуждали возможность похитить журналиста, но до этого "
     "дело не дошло.", "Агенты похитили журналиста в Стамбуле и вывезли его в Ашхабад."),
    ("assassination", "ru", "Они обсуждали возможность убить журналистов, но до этого дело не "
     "дошло.", "Журналист был убит в Стамбуле."),
    ("assault", "en", "The handler later talked of having the candidate beaten in the street.",
     "The candidate was beaten in the street by two men."),
    ("deportation", "en", "Police were working with the Kazakh embassy to deport her to Almaty.",
     "Police deported her to Almaty on Friday."),
    ("deportation", "en", "Rights groups warned that he would probably be sent back.",
     "He was deported to Ashgabat last week."),
    ("direct_threat", "zh", "人权组织谴责此次引渡,并警告他回国后可能遭受拘押和酷刑。",
     "哈萨克斯坦领事威胁他说,如果继续批评政府就会有麻烦。"),
    # 5. Kin words that name no pressure on relatives; counts of the wounded; a simile.
    ("threat_to_family", "en", "The phone of the daughter of the jailed Belarusian opposition "
     "leader was infected with spyware.", "Police in Minsk detained the parents of the exiled "
     "Belarusian opposition leader to press her to return."),
    ("threat_to_family", "en", "He flew to Baku in May to join his wife and their baby daughter.",
     "Police in Baku interrogated his wife and threatened his daughter over his posts from "
     "Berlin."),
    ("assault", "fa", "به گفته وزارت بهداشت، دست‌کم نه نفر کشته و ۳۲ نفر زخمی شدند.",
     "دو مرد در استانبول به این روزنامه‌نگار حمله کردند و او را مجروح کردند."),
    ("assault", "fa", "پلیس گفت تیراندازی ممکن است ناشی از یک اختلاف مالی باشد.",
     "دو مرد در استانبول این روزنامه‌نگار را کتک زدند."),
    ("bounty_or_warrant", "en", "They posted the pictures like wanted notices.",
     "Minsk put a bounty on the head of the exiled blogger."),
    # Diplomats held are the state's agents; police booking is no surveillance.
    ("detention", "en", "An Azerbaijani diplomat was arrested in Bavaria on 1 July.",
     "An Azerbaijani blogger was arrested in Bavaria on 1 July."),
    ("surveillance", "en", "There police photographed him and took his fingerprints.",
     "Azerbaijani agents photographed him outside his flat in Berlin."),
    ("surveillance", "ru", "В участке у него сняли отпечатки пальцев и сфотографировали его.",
     "Агенты следили за ним в Берлине и фотографировали его."),
    # A killing that is the charge of a conviction in absentia, or the topic of a report.
    ("assassination", "tr", "Azerbaycan başsavcısının öldürüldüğü saldırı nedeniyle gıyabında "
     "idama mahkûm edilen 12 kişi arasında yer alıyordu.", "Azerbaycanlı gazeteci İstanbul'da "
     "silahlı saldırıda öldürüldü."),
    ("rendition", "en", "In August he covered the abduction of a Turkmen official from Berlin.",
     "Turkmen agents abducted the official from Berlin."),
    ("assassination", "ug", "ئۇ 2009-يىلى تۇتۇپ تۇرۇلغان بىر ئۇيغۇرنىڭ ئۇرۇپ ئۆلتۈرۈلگەنلىكى "
     "ھەققىدە رادىيوغا ئۇچۇر بەرگەن.", "ئۇ ئىستانبۇلدا ئۇرۇپ ئۆلتۈرۈلگەن."),
]  # fmt: skip


@pytest.mark.parametrize(("tactic", "language", "dropped", "kept"), PAIRS)
def test_an_act_not_done_by_the_state_abroad_adds_no_tactic_but_its_act_still_does(
    tactic: str, language: str, dropped: str, kept: str
) -> None:
    assert tactic not in _read(dropped, language)
    assert tactic in _read(kept, language)


@pytest.mark.parametrize(("tactic", "language", "sentence"), [
    # Recruiting someone to spy is informant recruitment, whoever is charged with spying later.
    ("informant_recruitment", "en", "Belarusian officers tried to recruit him to spy for Minsk "
     "on fellow exiles in Vilnius."),
    # Coming back *from* a place names where the person had been: the act abroad stays.
    ("detention", "ru", "Полиция в Стамбуле задержала туркменского оппозиционера после "
     "возвращения из Берлина по запросу Ашхабада."),
    # The rendition itself is still read where the detention is dropped.
    ("rendition", "en", "Eritrean soldiers seized the refugees in Ethiopia and drove them across "
     "the border."),
    # A threat itself is still a threat.
    ("direct_threat", "en", "The Eritrean consul threatened to have him kidnapped and sent home."),
    # An extradition tried for is a request made.
    ("extradition_request", "en", "Baku has previously tried to secure his extradition from "
     "Germany."),
])  # fmt: skip
def test_wordings_near_an_act_not_done_abroad_still_add_the_tactic(
    tactic: str, language: str, sentence: str
) -> None:
    assert tactic in _read(sentence, language)


@pytest.mark.parametrize(("language", "threat", "at_home", "by_host"), [
    ("en", "Kazakh agents threatened the exiled blogger Aigerim Bekova in Istanbul, telling her "
     "to stop her videos. ", "Kazakh security forces had detained her briefly in 2015.",
     "Turkish police had detained her briefly in 2015."),
    ("ru", "Казахские агенты угрожали блогеру Айгерим Бековой в Стамбуле, требуя прекратить "
     "видео. ", "Казахские силовики ненадолго задержали её в 2015 году.",
     "Турецкая полиция ненадолго задержала её в 2015 году."),
])  # fmt: skip
def test_a_detention_whose_only_state_is_the_origin_as_actor_is_one_at_home(
    language: str, threat: str, at_home: str, by_host: str
) -> None:
    assert "detention" in tactics_in(at_home, language)
    home = tag(threat + at_home, language)
    assert home.is_tnr
    assert home.origin_state == "KZ"
    assert "detention" not in home.tactics
    assert "detention" in tag(threat + by_host, language).tactics


@pytest.mark.parametrize(("language", "sentence", "dropped"), [
    ("en", "He was detained by Russian police, stripped of his Russian citizenship and handed "
     "over to Turkmenistan.", True),
    ("en", "Ashgabat stripped him of his Turkmen citizenship after he spoke out in Moscow.", False),
    ("ru", "Его лишили российского гражданства и передали Туркменистану.", True),
    ("ru", "Его лишили туркменского гражданства после выступления в Москве.", False),
])  # fmt: skip
def test_the_host_taking_away_its_own_citizenship_is_no_denial_of_papers_by_the_origin(
    language: str, sentence: str, dropped: bool
) -> None:
    home = gazetteer.ORIGIN_REGIONS.get("TM", frozenset({"TM"}))
    mentions = analyse(sentence, language).states
    codes = host_citizenship(sentence.lower(), 0, home, mentions)
    assert ("passport_consular_denial" in codes) is dropped
