"""States given their role when the text names them indirectly: a capital sending a request in
any language, a host weighing a request or reporting what another state did, a state "behind"
an act. Invented sentences about states and people of no development text."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import states


def _roles(text: str, language: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in states.mentions(text, language):
        found.setdefault(mention.iso, set()).add(mention.role)
    return found


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("Ташкент направил запрос о выдаче блогера, задержанного в Стамбуле.", "ru", "UZ"),
        ("Blogger, Taşkent'in iade talebi üzerine İstanbul'da gözaltına alındı.", "tr", "UZ"),
        ("بلاگر پس از درخواست تاشکند در استانبول بازداشت شد.", "fa", "UZ"),
        ("A blogger was held in Istanbul on an extradition request from Tashkent.", "en", "UZ"),
        ("An arrest warrant for the exiled blogger was issued in Tashkent in May.", "en", "UZ"),
        ("Taşkent, Interpol'den blogger hakkında kırmızı bülten talep etti.", "tr", "UZ"),
    ],
)
def test_a_capital_sending_a_request_stands_for_its_state_in_every_language(
    text: str, language: str, iso: str
) -> None:
    assert "request" in _roles(text, language).get(iso, set())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Блогер несколько лет живёт в Ташкенте и пишет о музыке.", "ru"),
        ("The blogger has lived in Tashkent for years and writes about music.", "en"),
    ],
)
def test_a_capital_merely_named_is_a_place_not_its_state(text: str, language: str) -> None:
    assert "UZ" not in _roles(text, language)


@pytest.mark.parametrize(
    ("text", "language", "host"),
    [
        ("Власти Грузии рассматривают запрос об экстрадиции.", "ru", "GE"),
        ("Gürcistan makamları talebi inceliyor.", "tr", "GE"),
        ("Georgian authorities are now reviewing the request, a spokesman said.", "en", "GE"),
    ],
)
def test_a_host_weighing_a_request_is_addressed_not_acting(
    text: str, language: str, host: str
) -> None:
    assert _roles(text, language)[host] == {"named"}


@pytest.mark.parametrize(
    ("text", "language", "source", "actor"),
    [
        ("Norwegian police said Eritrean intelligence agents had followed the activists.",
         "en", "NO", "ER"),
        ("挪威总理在议会表示，厄立特里亚情报人员跟踪了这些活动人士。", "zh", "NO", "ER"),
        ("دولت نروژ در ماه مه اعلام کرد که ماموران اطلاعاتی اریتره فعالان را تعقیب کرده‌اند.",
         "fa", "NO", "ER"),
    ],
)  # fmt: skip
def test_a_state_whose_agents_report_the_act_is_the_source_not_the_actor(
    text: str, language: str, source: str, actor: str
) -> None:
    roles = _roles(text, language)
    assert roles[source] == {"named"}
    assert "actor" in roles[actor]


def test_agents_who_tell_a_relative_something_still_act() -> None:
    roles = _roles("Eritrean police told his sister that he would be arrested.", "en")
    assert roles["ER"] == {"actor"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prosecutors say Eritrea was behind the attack on the activist in Oslo.", "en"),
        ("دادستان‌ها می‌گویند اریتره پشت حمله به این فعال در اسلو بوده است.", "fa"),
    ],
)
def test_a_state_behind_an_act_is_its_author(text: str, language: str) -> None:
    assert "actor" in _roles(text, language)["ER"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("An Uzbek blogger in Istanbul says the authorities back home detained his brother.", "en"),
        ("Узбекский блогер в Стамбуле говорит, что власти на родине задержали его брата.", "ru"),
        ("伊斯坦布尔的乌兹别克博主说，国内的当局拘留了他的兄弟。", "zh"),
    ],
)
def test_agents_named_only_as_the_peoples_own_are_their_states(text: str, language: str) -> None:
    assert "actor" in _roles(text, language)["UZ"]


def test_agents_back_home_stay_unattributed_when_two_peoples_are_named() -> None:
    roles = _roles("An Uzbek blogger and a Tajik poet say the authorities back home followed "
                   "them.", "en")  # fmt: skip
    assert "actor" not in roles["UZ"] | roles["TJ"]


@pytest.mark.parametrize(
    ("adjective", "iso"),
    [("узбекский", "UZ"), ("казахского", "KZ"), ("таджикских", "TJ"), ("туркменской", "TM")],
)
def test_russian_adjectives_of_stan_states_name_them(adjective: str, iso: str) -> None:
    assert iso in _roles(f"В Стамбуле задержали {adjective} журналиста.", "ru")


@pytest.mark.parametrize(
    ("text", "language", "requester", "asked"),
    [
        ("Kazakistan yetkilileri, şairin Polonya'dan iadesini talep etti.", "tr", "KZ", "PL"),
        ("Özbekistan, gazetecinin Fransa'dan geri gönderilmesini talep etti.", "tr", "UZ", "FR"),
        ("Казахстан у Польши запросил выдачу поэта.", "ru", "KZ", "PL"),
        ("Узбекистан от Франции потребовал выдачи журналиста.", "ru", "UZ", "FR"),
    ],
)
def test_the_state_asked_to_hand_someone_over_is_not_the_requester(
    text: str, language: str, requester: str, asked: str
) -> None:
    roles = _roles(text, language)
    assert "request" not in roles.get(asked, set())
    assert roles[requester] & {"actor", "request"}


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("Kazakistan, şairin Polonya'da tutuklanmasını talep etti.", "tr", "KZ"),
        ("Казахстан запросил выдачу поэта из Польши.", "ru", "KZ"),
    ],
)
def test_a_state_asking_for_someone_is_the_requester(text: str, language: str, iso: str) -> None:
    assert "request" in _roles(text, language)[iso]


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("北京向流亡诗人在老家的父母施压。", "zh", "CN"),
        ("Pekin, sürgündeki şairin ailesine baskı yaptı.", "tr", "CN"),
        ("Minsk pressed the exiled poet's parents to call him home.", "en", "BY"),
    ],
)
def test_a_capital_listed_as_its_states_agent_acts_without_a_request(
    text: str, language: str, iso: str
) -> None:
    assert "actor" in _roles(text, language).get(iso, set())
