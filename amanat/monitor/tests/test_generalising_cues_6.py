"""rules-7: tactic forms found missing on tnr-fresh, 23 texts about three states no rule was
written for (Djibouti, Zimbabwe, Afghanistan). Every sentence is invented for the test and names
other states, so a pass shows a general form: a warrant as a noun, a handover to any state's
authorities, a border hold, relatives killed or wounded, kinship terms beyond the nuclear
family, and look-alikes (a jihadist suspect, information passed on) kept apart."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import assert_read_as

CASES = [
    # Warrants named as nouns, in every language.
    ("en", "Eritrean authorities issued an arrest warrant for an exiled journalist living in "
           "Oslo.", "ER",
     "NO", {"bounty_or_warrant"}),
    ("zh", "厄立特里亚当局对流亡奥斯陆的记者发出逮捕令。", "ER", "NO", {"bounty_or_warrant"}),
    ("tr", "Eritre makamları Oslo'da sürgünde yaşayan gazeteci hakkında yakalama kararı "
           "çıkardı.", "ER", "NO", {"bounty_or_warrant"}),
    ("ru", "Власти Эритреи выдали ордер на арест журналиста, живущего в эмиграции в Осло.",
     "ER", "NO", {"bounty_or_warrant"}),
    ("ug", "ئۆزبېكىستان دائىرىلىرى تۈركىيەدە سۈرگۈندە ياشاۋاتقان مۇخبىرغا تۇتۇش بۇيرۇقى چىقاردى.",
     "UZ", "TR", {"bounty_or_warrant"}),
    # A return request in Uyghur with the possessive vowel change (تەلەپ → تەلىپى).
    ("ug", "ئۆزبېكىستان دائىرىلىرى تۈركىيەدە تۇرۇۋاتقان ئۆكتىچىنى قايتۇرۇپ بېرىش تەلىپىنى قويدى.",
     "UZ", "TR", {"extradition_request"}),
    # Handed to any state's authorities, held at a border.
    ("en", "The Malawian activist was held at the border post and Zambia handed him back to the "
           "Malawian authorities.", "MW", "ZM", {"detention", "deportation"}),
    ("fa", "پلیس ترکیه این فعال ازبک را بازداشت کرد و به ازبکستان تحویل دادند.", "UZ", "TR",
     {"deportation"}),
    ("zh", "肯尼亚警方逮捕了这名乌干达反对派人士，随后将他移交给乌干达。", "UG", "KE",
     {"deportation"}),
    ("tr", "Kazakistan'da yakalanan Özbek muhalif Özbekistan'a teslim edildi.", "UZ", "KZ",
     {"deportation"}),
    ("ug", "قازاقىستان ساقچىلىرى ئۆزبېك ئۆكتىچىنى تۇتۇپ ئۆزبېكىستانغا قايتۇرۇپ تاپشۇرۇپ بەردى.",
     "UZ", "KZ", {"deportation"}),
    ("ru", "Египетского оппозиционера задержали в Кувейте и передали его египетским "
           "спецслужбам.", "EG", "KW", {"deportation"}),
    # Relatives killed or wounded, and kinship beyond the nuclear family.
    ("en", "Gunmen shot dead a relative of a Burundian journalist who now works in Belgium.",
     "BI", "BE", {"threat_to_family"}),
    ("tr", "Belçika'da yaşayan Burundili gazetecinin bir akrabası Burundi'de öldürüldü.", "BI",
     "BE", {"threat_to_family"}),
    ("tr", "Burundi polisi, Belçika'da yaşayan muhalif gazetecinin üç kuzenini gözaltına aldı.",
     "BI", "BE", {"threat_to_family"}),
    ("zh", "布隆迪安全部队逮捕了流亡比利时的布隆迪记者让·恩迪库马纳的三名堂兄弟。", "BI", "BE",
     {"threat_to_family"}),
    ("ru", "Бурундийская полиция задержала двоюродного брата журналиста, живущего в эмиграции в "
           "Бельгии.", "BI", "BE", {"threat_to_family"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "origin", "host", "tactics"), CASES)
def test_general_cues_of_the_sixth_round_find_origin_host_and_act(
    language: str, text: str, origin: str, host: str, tactics: set[str]
) -> None:
    assert_read_as(language, text, origin, host, tactics)


def test_the_taliban_name_afghanistan_as_the_state_that_acts() -> None:
    text = ("Taliban fighters detained the brother of an Afghan journalist who now lives in "
            "Paris.")  # fmt: skip
    assert_read_as("en", text, "AF", "FR", {"threat_to_family"})


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A French jihadist suspect arrested in Djibouti will be extradited to France."),
    ("zh", "涉嫌参与恐怖袭击的法国籍圣战分子在吉布提被捕，将被引渡回法国。"),
])  # fmt: skip
def test_a_jihadist_suspect_extradited_is_law_enforcement(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


def test_information_passed_to_a_state_is_no_person_handed_over() -> None:
    text = ("По данным обвинения, он собирал сведения об активистах в Нью-Йорке и передавал их "
            "китайским спецслужбам.")  # fmt: skip
    assert "deportation" not in tag(text, "ru").tactics


def test_an_agent_handed_over_to_police_is_no_deportation() -> None:
    text = ("Two men suspected of spying for the Eritrean intelligence service were handed over "
            "to the police in Oslo after following exiled journalists.")  # fmt: skip
    assert "deportation" not in tag(text, "en").tactics
