"""rules-9: transnational repression the tagger missed although every part of it was named —
relatives pressed where the text places them at home (so the person is elsewhere), a rights
group's name read as a pardon, a nationality word read as the place of the act, relatives'
safety made to depend on the person's return (rules/tactics_conditional.py). Invented
sentences about states none of the corpora's rules were written from (Eritrea, Azerbaijan,
Egypt, Kazakhstan), each beside a look-alike the tagger must still reject."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import tactics_in


def _assert_tnr(language: str, text: str, origin: str, tactic: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin
    assert tactic in result.tactics


# Relatives placed at home by the sentence that presses them: the person is abroad, even
# when the text never says where.
RELATIVES_AT_HOME = [
    ("en", "ER", "Rights groups said relatives of Radio Erena journalists in Eritrea were "
     "summoned and questioned by security officers."),
    ("ru", "AZ", "Родственников журналистов «Мейдан ТВ» в Азербайджане вызвали на допрос в "
     "полицию."),
    ("fa", "EG", "ماموران امنیتی بستگان روزنامه‌نگاران شبکه الشرق در مصر را احضار و بازجویی "
     "کردند."),
    ("zh", "KZ", "记者们说，他们在哈萨克斯坦的亲属遭到警方审问。"),
    ("tr", "AZ", "Gazeteciler, Azerbaycan'daki akrabalarının polis tarafından sorgulandığını "
     "söyledi."),
    ("ug", "KZ", "مۇخبىرلار قازاقىستاندىكى تۇغقانلىرىنىڭ ساقچىلار تەرىپىدىن سوراققا "
     "تارتىلغانلىقىنى ئېيتتى."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), RELATIVES_AT_HOME)
def test_relatives_pressed_at_home_show_the_person_is_abroad(
    language: str, origin: str, text: str
) -> None:
    _assert_tnr(language, text, origin, "threat_to_family")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Journalists at two independent outlets in Azerbaijan say police have been "
     "questioning their relatives and neighbours."),
    ("zh", "在哈萨克斯坦的记者说，警方审问了他们的亲属。"),
])  # fmt: skip
def test_reporters_at_home_whose_relatives_are_questioned_stay_domestic(
    language: str, text: str
) -> None:
    assert not tag(text, language).is_tnr


# "Amnesty International" (国际特赦组织, عفو بین‌الملل) in the lead is no pardon.
AMNESTY_IN_LEAD = [
    ("zh", "国际特赦组织2022年记录了土耳其等地的厄立特里亚人如何被厄立特里亚使馆官员威胁。"
     "有几人说，他们在厄立特里亚的亲属遭到拘留。"),
    ("fa", "عفو بین‌الملل گزارش داد که ماموران سفارت اریتره در ترکیه پناهجویان اریتره‌ای را "
     "تهدید کردند. بستگان آنها در اریتره بازداشت شدند."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), AMNESTY_IN_LEAD)
def test_amnesty_international_in_the_lead_is_no_pardon(language: str, text: str) -> None:
    _assert_tnr(language, text, "ER", "threat_to_family")


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "厄立特里亚总统2022年特赦了一名在土耳其被捕后被引渡回国的商人。"),
    ("fa", "رئیس‌جمهور اریتره بازرگانی را که از ترکیه مسترد شده بود عفو کرد."),
])  # fmt: skip
def test_a_pardon_in_the_lead_still_ends_an_earlier_story(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


# A nationality word ("an Eritrean opponent", which the gazetteer also reads as the state's
# name) in the sentence of a detention in a town the gazetteer does not know does not place the
# detention at home.
NATIONAL_DETAINED = [
    ("ru", "Эритрейский оппозиционер, живущий за границей, был задержан в Гедарефе."),
    ("tr", "Yurt dışında yaşayan Eritreli muhalif Gedaref kentinde gözaltına alındı."),
    ("zh", "一名流亡海外的厄立特里亚反对派人士在加达里夫被捕。"),
    ("fa", "یک مخالف اریتره‌ای که در تبعید زندگی می‌کند در قضارف بازداشت شد."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NATIONAL_DETAINED)
def test_a_nationality_word_does_not_place_the_act_at_home(language: str, text: str) -> None:
    _assert_tnr(language, text, "ER", "detention")


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Эритрейский оппозиционер был задержан в Асмэре."),
    ("tr", "Eritreli muhalif Asmara'da gözaltına alındı."),
    ("zh", "厄立特里亚反对派人士在阿斯马拉被捕。"),
    ("fa", "یک مخالف اریتره‌ای در اسمره بازداشت شد."),
])  # fmt: skip
def test_a_national_detained_at_home_stays_domestic(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


# Relatives' safety made to depend on the person's return or silence, or a relative brought to
# plead for the return: pressure on relatives with no pressure word.
SAFE_ONLY_IF = [
    ("en", "Belarusian agents left a note at the home of an exiled blogger in Vilnius saying "
     "that his wife and son would be all right only if he went back and served his sentence."),
    ("en", "Rwandan officials brought the exiled singer's elderly mother from Kigali to Brussels "
     "to plead with him to return."),
    ("zh", "白俄罗斯特工在维尔纽斯一名流亡博主的家门口留下纸条，称只有他回国服刑，他的妻子和儿子"
     "才会平安无事。"),
    ("zh", "卢旺达官员把这名流亡歌手年迈的母亲从基加利带到布鲁塞尔劝他回国。"),
    ("ru", "Белорусские агенты оставили у дома блогера-эмигранта в Вильнюсе записку: его жена и "
     "сын будут в безопасности, только если он вернётся и отбудет срок."),
    ("tr", "Belaruslu ajanlar, Vilnius'ta sürgünde yaşayan blogcunun evine, ancak geri dönerse "
     "karısının ve oğlunun güvende olacağını yazan bir not bıraktı."),
    ("fa", "ماموران بلاروس در ویلنیوس برای وبلاگ‌نویس تبعیدی پیغام گذاشتند که همسر و پسرش تنها در "
     "صورتی در امان خواهند بود که به کشور بازگردد."),
    ("ug", "بېلارۇسىيە بىخەتەرلىك خادىملىرى ۋىلنيۇستا سۈرگۈندە ياشاۋاتقان بىلوگچىغا پەقەت "
     "ۋەتىنىگە قايتسا ئايالى ۋە ئوغلىنىڭ ئامان قالىدىغانلىقىنى ئېيتتى."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SAFE_ONLY_IF)
def test_relatives_safe_only_if_the_person_returns_is_a_threat_to_family(
    language: str, text: str
) -> None:
    result = tag(text, language)
    assert "threat_to_family" in result.tactics, result.tags
    assert result.is_tnr


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Lithuanian police told the exiled Belarusian blogger in Vilnius that his wife and son "
     "would be safe only if they stayed in the shelter."),
    ("zh", "立陶宛警方告诉维尔纽斯的白俄罗斯流亡博主，只有住在庇护所里，他的妻子和儿子才会安全。"),
    ("en", "The exiled Belarusian blogger in Vilnius brought his elderly mother from Minsk to "
     "live with him."),
])  # fmt: skip
def test_a_host_promising_safety_is_no_threat_to_family(language: str, text: str) -> None:
    assert "threat_to_family" not in tag(text, language).tactics


# English names the person, then describes them ("arrested Ali Musa, an exiled blogger"), and
# drops the auxiliary ("two bloggers arrested near Batumi").
@pytest.mark.parametrize("text", [
    "Police in Tbilisi arrested Afgan Mukhtarli, an exiled Azerbaijani journalist, at Baku's "
    "request.",
    "Two exiled Azerbaijani bloggers arrested near Batumi are now held in Baku, their lawyer said.",
])  # fmt: skip
def test_an_arrest_worded_by_name_or_without_auxiliary_is_a_detention(text: str) -> None:
    assert "detention" in tactics_in(text, "en")


def test_an_arrest_of_a_named_criminal_is_no_detention() -> None:
    text = "Police in Tbilisi arrested Rauf Aliyev, a drug trafficker wanted in Baku."
    assert "detention" not in tactics_in(text, "en")


# A warrant issued "in Baku" (or by "Baku" as the sentence's subject) comes from Azerbaijan
# when no state has a stronger role in the text.
WARRANT_ISSUED_IN = [
    ("en", "An international arrest warrant was issued in Baku on Monday, 3 March 2025, for an "
     "opposition journalist who has lately spoken at rallies of exiles in Berlin. His passport "
     "was revoked."),
    ("ru", "В Баку выдан международный ордер на арест журналиста-эмигранта, который выступает "
     "на митингах в Берлине. Его паспорт аннулировали."),
    ("tr", "Berlin'de yaşayan muhalif gazeteci Elçin Ahmedov'un pasaportu iptal edildi. Daha sonra "
     "Bakü'de hakkında yakalama kararı çıkarıldı."),
    ("zh", "巴库对在柏林集会上发言的流亡反对派记者发出国际逮捕令，并吊销了他的护照。"),
    ("fa", "حکم بازداشت بین‌المللی روزنامه‌نگار مخالف، الچین احمدوف، روز دوشنبه در باکو صادر شد. "
     "او در برلین در تبعید زندگی می‌کند و گذرنامه‌اش باطل شد."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), WARRANT_ISSUED_IN)
def test_a_warrant_issued_in_a_capital_comes_from_its_state(language: str, text: str) -> None:
    _assert_tnr(language, text, "AZ", "bounty_or_warrant")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "An international arrest warrant was issued in Baku for a fraud suspect living in "
     "Berlin."),
    ("fa", "یک روزنامه‌نگار زندانی در باکو برنده جایزه آزادی مطبوعات شد. فرزندانش که در برلین "
     "زندگی می‌کنند جایزه را در پاریس دریافت کردند."),
])  # fmt: skip
def test_a_criminal_warrant_or_a_prize_is_no_repression(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


# Relatives pressed in a sentence that names their state only by an adjective, in a town the
# gazetteer does not know, while the person is said to be in exile: that state is home.
@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Сотрудники госбезопасности в эритрейском городке Мендефера допросили сестру "
     "живущего в эмиграции журналиста и пригрозили ей тюрьмой."),
    ("en", "Security officers in the Eritrean town of Mendefera questioned and threatened the "
     "sister of an exiled journalist."),
])  # fmt: skip
def test_relatives_pressed_in_a_named_state_of_an_exile_name_the_origin(
    language: str, text: str
) -> None:
    _assert_tnr(language, text, "ER", "threat_to_family")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The United States sanctioned the Eritrean president and his wife."),
    # Since session 21 a short report whose origin no role reads takes the state named first
    # (origin.first_named): America here, and the tactic rules read the wife as a relative
    # pressed; the cost of that reading on the rules' invented texts, named in its
    # pre-registration (docs/monitor/learned-models.md, "Session 21").
    pytest.param("ug", "ئامېرىكا ئېرىترېيە پرېزىدېنتى ۋە ئايالىنى جازا تىزىملىكىگە كىرگۈزدى.",
                 marks=pytest.mark.xfail(strict=True, reason="the first-named state read as "
                                         "the origin (session 21)")),
])  # fmt: skip
def test_sanctions_on_a_ruler_and_his_wife_are_no_pressure_on_an_exile(
    language: str, text: str
) -> None:
    assert not tag(text, language).is_tnr
