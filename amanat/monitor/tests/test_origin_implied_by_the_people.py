"""states-7: the origin state a text implies without naming it as actor — people "sent back
home" (вернули на родину, ülkesine iade, 遣返回国, به کشورش بازگرداند, يۇرتىغا قايتۇرۇ) go to
the state whose people they are, not to the host whose police acted; a warrant issued in one
state outranks the other nationality of the person it wants; a host asked to protect the person
is not the "home" of "the island's state security". Each beside a look-alike (lawful
extradition of a criminal, a host's asylum decision, a warrant for fraud) that must stay
rejected. Invented sentences."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import states
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import origin_if_tnr

SENT_HOME = [
    ("en", "Kenyan police arrested a Burundian opposition activist in Nairobi and deported him "
     "back home, where he was jailed."),
    ("ru", "Кенийская полиция задержала в Найроби бурундийского оппозиционного активиста и "
     "выслала его на родину."),
    ("tr", "Kenya polisi Burundili muhalif aktivisti Nairobi'de gözaltına aldı ve ülkesine iade "
     "etti."),
    ("zh", "肯尼亚警方在内罗毕拘留了一名布隆迪反对派活动人士，并将他遣返回国。"),
    ("en", "Kenyan police arrested a Burundian opposition activist in Nairobi and sent him back "
     "to his country."),
    ("ru", "Кенийская полиция задержала бурундийского оппозиционера в Найроби и отправила его "
     "домой."),
    ("tr", "Kenya polisi Burundili muhalifi Nairobi'de gözaltına aldı ve vatanına geri gönderdi."),
    ("fa", "پلیس کنیا یک فعال مخالف بوروندیایی را در نایروبی بازداشت کرد و به کشورش "
     "بازگرداند."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SENT_HOME)
def test_people_sent_back_home_go_to_their_own_state(language: str, text: str) -> None:
    result = tag(text, language)
    assert (result.is_tnr, result.origin_state) == (True, "BI"), result.tags
    assert "KE" in result.host_countries


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenyan police arrested a Burundian man wanted for bank fraud in Nairobi and "
     "extradited him back home to stand trial for embezzlement."),
    ("ru", "Кенийская полиция задержала в Найроби бурундийца, разыскиваемого за мошенничество, и "
     "выдала его на родину для суда."),
    ("en", "Kenyan officials granted asylum to a Burundian student, who had feared being sent "
     "back home."),
    ("tr", "Kenya mahkemesi Burundili öğrencinin sınır dışı edilmesini durdurdu; öğrenci ülkesine "
     "iade edilmekten korktuğunu söyledi."),
    ("zh", "肯尼亚法院暂停遣返一名布隆迪学生，他说担心被遣返回国。"),
])  # fmt: skip
def test_a_lawful_return_home_stays_a_look_alike(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


WARRANT_ABROAD = [
    ("en", "A British journalist who exposed the fund scandal fears arrest in Spain. A party "
     "back in power in Malaysia obtained a warrant for her arrest over her reporting."),
    ("ru", "Британская журналистка, раскрывшая скандал, опасается ареста в Испании. Суд в "
     "Малайзии выдал ордер на её арест за её репортажи."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), WARRANT_ABROAD)
def test_the_state_issuing_a_warrant_outranks_the_persons_nationality(
    language: str, text: str
) -> None:
    assert origin_if_tnr(text, language) == "MY"


def test_a_warrant_for_a_fraud_suspect_stays_a_look_alike() -> None:
    text = ("A British businessman fears arrest in Spain. A court in Malaysia issued a warrant "
            "for his arrest over a bank fraud and money laundering.")  # fmt: skip
    assert not tag(text, "en").is_tnr


def test_a_host_asked_to_protect_the_person_is_not_home() -> None:
    text = ("The exiled editor of an independent Cuban news site said the island's state "
            "security had threatened to harm him in Madrid. Spanish authorities must ensure "
            "his safety, a press freedom group said.")  # fmt: skip
    assert origin_if_tnr(text, "en") == "CU"


def test_a_person_handed_back_goes_to_the_receiving_state() -> None:
    text = ("2019年，赞比亚政府拒绝了他的庇护申请，赞比亚警方随后将这名津巴布韦反对派人士交还给"
            "津巴布韦。")  # fmt: skip
    assert origin_if_tnr(text, "zh") == "ZW"


def test_a_suspect_handed_back_for_trafficking_stays_a_look_alike() -> None:
    text = "2019年，赞比亚警方将一名涉嫌贩毒的津巴布韦男子交还给津巴布韦警方。"
    assert not tag(text, "zh").is_tnr


def test_a_verb_between_agents_and_a_nationality_leaves_the_people_theirs() -> None:
    # "полиция задержала бурундийского активиста": the police's object is Burundian; "власти
    # Египта" (no word between) and "спецслужбы соседнего Египта" (an adjective) stay agents.
    def roles(text: str) -> set[tuple[str, str]]:
        return {(m.iso, m.role) for m in states.mentions(text, "ru")}

    assert ("BI", "actor") not in roles("Полиция задержала бурундийского активиста.")
    assert ("EG", "actor") in roles("Спецслужбы соседнего Египта следили за ним.")


def test_on_a_tie_the_state_whose_people_are_named_is_the_origin() -> None:
    # Kenya: two agents and a place (4.5); Burundi: its people and the destination (4.5).
    text = ("Kenyan police arrested him in Kenya, and Kenyan officials deported the Burundian "
            "activist to Burundi.")  # fmt: skip
    assert origin_if_tnr(text, "en") == "BI"
