"""states-7: a state named by one of its bodies or by its people's demonym, in any language —
"the Lao Internal Security Bureau" (老挝内部安全局), "Госбезопасность Таджикистана", "سازمان
امنیت ملی بحرین", "a Djiboutian editor" (countryinfo gives no demonym: derived from the name),
"Kamerunlu", "ئېرىترىيەلىك". Each state body beside the look-alike of the same body at home
(domestic repression), which must stay rejected. Invented sentences."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import states
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import origin_if_tnr


def _roles(text: str, language: str) -> set[tuple[str, str]]:
    return {(m.iso, m.role) for m in states.mentions(text, language)}


BODIES = [
    ("zh", "据报道，老挝内部安全局的人员在曼谷跟踪一名流亡的博主。", "LA"),
    ("zh", "柬埔寨内政部的官员在曼谷跟踪了他。", "KH"),
    ("ru", "Госбезопасность Таджикистана преследует его родственников.", "TJ"),
    ("ru", "Органы безопасности Казахстана следили за ним в Стамбуле.", "KZ"),
    ("fa", "سازمان امنیت ملی بحرین او را در لندن تهدید کرد.", "BH"),
    ("fa", "سرویس امنیت داخلی مصر خانواده او را احضار کرد.", "EG"),
    ("fa", "سفیر ویتنام در برلین او را تهدید کرد.", "VN"),
    ("zh", "越南大使威胁了他。", "VN"),
    ("ug", "خىتاي جامائەت خەۋپسىزلىك ئىدارىسى ئۇنى تەھدىت قىلدى.", "CN"),
    ("tr", "Türk jandarması onu sınırda yakaladı.", "TR"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "iso"), BODIES)
def test_a_state_body_makes_its_state_the_actor(language: str, text: str, iso: str) -> None:
    assert (iso, "actor") in _roles(text, language)


TRANSNATIONAL = [
    ("zh", "LA", "据报道，老挝内部安全局的人员在曼谷绑架了一名流亡的老挝博主。"),
    ("ru", "TJ", "Госбезопасность Таджикистана похитила в Стамбуле блогера, живущего в "
     "эмиграции."),
    ("fa", "BH", "سازمان امنیت ملی بحرین یک وبلاگ‌نویس را که در لندن در تبعید زندگی می‌کند "
     "تهدید به مرگ کرد."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "origin", "text"), TRANSNATIONAL)
def test_a_state_body_acting_abroad_is_transnational(language: str, origin: str, text: str) -> None:
    assert origin_if_tnr(text, language) == origin


@pytest.mark.parametrize(("language", "text"), [
    ("zh", "老挝内部安全局在万象逮捕了一名博主。"),
    ("ru", "Госбезопасность Таджикистана задержала блогера в Душанбе."),
    ("fa", "سازمان امنیت ملی بحرین یک وبلاگ‌نویس را در منامه بازداشت کرد."),
])  # fmt: skip
def test_the_same_body_at_home_is_domestic_repression(language: str, text: str) -> None:
    assert not tag(text, language).is_tnr


@pytest.mark.parametrize(("language", "text", "iso"), [
    ("en", "A Djiboutian editor living in Brussels said he had been followed.", "DJ"),
    ("en", "Palestinian students in Berlin said they had been watched.", "PS"),
    ("tr", "Kamerunlu Ayuk Tabe Nijerya'da yakalandı.", "CM"),
    ("ug", "ئېرىترىيەلىك ئايال سۇدانغا قاچقان.", "ER"),
])  # fmt: skip
def test_a_demonym_names_the_people_of_its_state(language: str, text: str, iso: str) -> None:
    assert (iso, "national") in _roles(text, language)


@pytest.mark.parametrize(("language", "text", "iso"), [
    ("en", "A former Saudi intelligence officer living in Toronto said he was followed.", "SA"),
    ("ru", "Её свёкор — бывший британский премьер, а ей грозит арест в Испании.", "GB"),
    ("tr", "Eski İngiltere başbakanının gelini İspanya'da tutuklanmaktan korkuyor.", "GB"),
])  # fmt: skip
def test_a_former_official_is_a_person_not_the_states_agent(
    language: str, text: str, iso: str
) -> None:
    assert (iso, "actor") not in _roles(text, language)


def test_living_in_a_state_is_no_request_from_it() -> None:
    assert ("CU", "request") not in _roles("Он живёт на Кубе с 2019 года.", "ru")
    assert ("CU", "request") in _roles("Он много лет работал на Кубу.", "ru")


def test_a_uyghur_name_is_read_with_u_where_cldr_writes_o() -> None:
    # CLDR: كامېرون; news: كامېرۇن (Kamerun).
    text = ("نىگېرىيە ساقچىلىرى لاگوستا تۇتقان كامېرۇنلۇق بىر ئۆكتىچىنى كامېرۇنغا "
            "قايتۇرۇۋەتتى.")  # fmt: skip
    assert ("CM", "destination") in _roles(text, "ug")
    assert origin_if_tnr(text, "ug") == "CM"


def test_the_same_name_at_home_is_no_transnational_act() -> None:
    text = "كامېرۇن ساقچىلىرى ياۋئۇندېدا بىر مۇخبىرنى تۇتتى."
    assert not tag(text, "ug").is_tnr


def test_a_chinese_nationality_holds_across_a_short_modifier() -> None:
    # 资深 ("veteran") between the state and 记者: still the state's people.
    assert origin_if_tnr("厄立特里亚资深记者在内罗毕被人绑架。", "zh") == "ER"
    assert not tag("厄立特里亚资深记者在阿斯马拉被警方逮捕。", "zh").is_tnr


@pytest.mark.parametrize(("language", "text", "iso"), [
    ("tr", "Mısırlı gazeteci polis tarafından İstanbul'da gözaltına alındı.", "EG"),
    ("ug", "مىسىرلىق مۇخبىر ساقچىلار تەرىپىدىن تۇتۇلدى.", "EG"),
])  # fmt: skip
def test_a_nationality_before_a_person_is_the_persons_not_the_agents(
    language: str, text: str, iso: str
) -> None:
    assert _roles(text, language) & {(iso, "actor"), (iso, "national")} == {(iso, "national")}


@pytest.mark.parametrize(("language", "text", "iso"), [
    ("tr", "Rus istihbarat ajanları onu izledi.", "RU"),
    ("en", "Saudi intelligence officers followed him.", "SA"),
])  # fmt: skip
def test_agents_with_no_person_before_them_stay_agents(language: str, text: str, iso: str) -> None:
    assert (iso, "actor") in _roles(text, language)


def test_the_state_an_embassy_sits_in_is_its_host_not_its_agent() -> None:
    # 驻X: stationed in X. The embassy (and its ambassador) is China's; Kazakhstan is the host.
    roles = _roles("中国驻哈萨克斯坦大使馆的官员威胁他。", "zh")
    assert ("CN", "actor") in roles
    assert ("KZ", "actor") not in roles
