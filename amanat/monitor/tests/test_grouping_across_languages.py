"""Grouping across languages asks for evidence that does not count one fact twice: a day is not
also its month, an origin-and-month key is not also the month, and names are compared by a
spelling-free key (Skripal, Скрипаля). Reports a year or more apart are different events."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import corpus, link_veto, normalise, pipeline
from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from amanat.monitor.nlp.name_keys import name_key
from amanat.monitor.tests.conftest import CORPUS
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc


def _joined(grouper: StoryGrouper, first: Doc, second: Doc) -> bool:
    grouper.add(first)
    grouper.add(second)
    return grouper.group_of(first.key) == grouper.group_of(second.key)


def test_two_reports_in_other_languages_sharing_only_a_day_stay_apart() -> None:
    day = ["t:2031-03-14", "t:2031-03"]
    english = _doc("en", [*day, "d:7"], "en")
    persian = _doc("fa", [*day, "d:9"], "fa")
    assert not _joined(crowd(), english, persian)


def test_a_day_and_a_number_shared_across_languages_join() -> None:
    shared = ["t:2031-03-14", "t:2031-03", "d:4711"]
    assert _joined(crowd(), _doc("en", shared, "en"), _doc("fa", shared, "fa"))


def test_an_origin_and_month_key_does_not_count_the_month_again() -> None:
    event = ["t:2031-03", "e:XX:2031-03", "o:XX", "k:detention", "f:direct"]
    english = _doc("en", [*event, "d:7"], "en")
    russian = _doc("ru", [*event, "d:9"], "ru")
    assert not _joined(crowd(), english, russian)


def test_names_in_latin_and_cyrillic_letters_and_their_russian_cases_share_a_key() -> None:
    assert name_key("Skripal") == name_key("Скрипаль") == name_key("Скрипалем") == "sklbl"
    assert name_key("Salisbury") == name_key("Солсбери")
    assert name_key("Navalny") == name_key("Навального")
    assert name_key("Mnangagwa") == name_key("Мнангагва")  # w and в
    assert name_key("Skripal") != name_key("Salisbury")
    assert name_key("Yulia") == name_key("Юлия") == ""  # too short to tell names apart


def test_an_english_report_and_its_russian_translation_share_their_names_keys() -> None:
    english = pipeline.prepare(
        "en",
        "Sergei Skripal, a former Russian military intelligence "
        "officer, and his daughter were found poisoned on a bench in "
        "Salisbury in March 2018, British investigators said.",
    )
    russian = pipeline.prepare(
        "ru",
        "В марте 2018 года бывший офицер российской военной "
        "разведки Сергей Скрипаль и его дочь были найдены отравленными "
        "на скамейке в Солсбери, сообщили британские следователи.",
    )
    keys = {f for f in english.doc.features if f.startswith("s:")}
    assert {"s:sklbl", "s:slsbl"} <= keys & set(russian.doc.features)


def test_a_report_a_year_after_the_others_latest_date_is_another_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The date gate alone: the learned second look (link_veto.py), which also weighs how far
    # apart two reports' months are, is measured on blind splits, not on invented features.
    monkeypatch.setattr(link_veto, "ENABLED", False)
    threat = ["nn:priyanka_fernando", "p:london", "t:2018-02-04", "t:2018-02"]
    conviction = ["nn:priyanka_fernando", "p:london", "t:2018-02", "t:2019-12"]
    follow_up = ["nn:priyanka_fernando", "p:london", "t:2018-02", "t:2018-06"]
    grouper = StoryGrouper()
    assert not _joined(grouper, _doc("a", threat), _doc("b", conviction))
    assert _joined(StoryGrouper(), _doc("a", threat), _doc("c", follow_up))


def test_the_sri_lankan_officers_conviction_stays_apart_from_the_gesture_it_recalls() -> None:
    folder = corpus.read_folder(CORPUS / "tnr-dev")
    grouper = StoryGrouper()
    for name in sorted(folder.texts):
        text = normalise.decode(folder.texts[name]).text
        grouper.add(pipeline.prepare(name, text).doc)
    gesture = {grouper.group_of(name) for name in ("d262.txt", "d263.txt", "d264.txt", "d265.txt")}
    conviction = {grouper.group_of(name) for name in ("d266.txt", "d267.txt")}
    assert not gesture & conviction
    assert len(conviction) == 1  # the English report and its Russian translation


def test_a_name_written_alike_in_two_languages_counts_once_not_again_through_its_key() -> None:
    name = ["n:skripal", "s:skrbl"]
    english = _doc("en", [*name, "d:7"], "en")
    turkish = _doc("tr", [*name, "d:9"], "tr")
    assert not _joined(crowd(), english, turkish)
