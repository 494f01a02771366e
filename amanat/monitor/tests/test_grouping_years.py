"""grouping-12: two reports that both name years and none in common tell different events (a
1977 arrest at home and a 1981 parcel bomb in Paris), whatever else they share; a report that
names no year is not kept apart by it. A short report's years are every year it dates anything
to, a year named alone too, and its year-like numbers (``a:``, shingles.event_features); a long
article, which recalls the years of its background too, names none for the gate. The years
are read by this gate only: the grouper never matches on them. Invented features and texts."""

from __future__ import annotations

from amanat.monitor.nlp import grouping, pipeline, shingles, story_events, textmodel
from amanat.monitor.nlp.story_events import _event, _other_event
from amanat.monitor.tests.grouping_docs import crowd
from amanat.monitor.tests.grouping_docs import feature_doc as _doc

# One exile's story told twice in one language: names, a number and the state in common.
SHARED = ["n:valdar", "s:vldr", "nn:emil_valdar", "d:4711", "p:lyon", "c:QQ", "o:QQ"]


def _joins(first: list[str], second: list[str], languages: tuple[str, str] = ("en", "en")) -> bool:
    grouper = crowd()
    grouper.add(_doc("one", [*SHARED, *first], languages[0]))
    return not grouper.add(_doc("two", [*SHARED, *second], languages[1])).new_group


def test_the_same_person_in_years_apart_stays_apart() -> None:
    assert _joins(["a:1977"], ["a:1977"])  # the same year: the shared facts join them
    assert not _joins(["a:1977"], ["a:1981"])


def test_one_year_in_common_is_enough_to_be_one_event() -> None:
    # A release recalling the arrest's year, told beside a report of that arrest.
    assert _joins(["a:1977"], ["a:1977", "a:1983"])


def test_a_report_naming_no_year_is_not_kept_apart_by_years() -> None:
    assert _joins(["a:1977"], [])
    assert _joins([], ["a:1981"])


def test_across_languages_the_years_gate_holds_too() -> None:
    grouper = crowd()
    written = ["s:vldr", "d:4711", "c:QQ", "o:QQ"]  # a translation's facts: key, number, state
    grouper.add(_doc("one", [*written, "a:1977"], "en"))
    assert not grouper.add(_doc("two", [*written, "a:1977"], "tr")).new_group
    assert grouper.add(_doc("three", [*written, "a:1981"], "tr")).new_group


def test_beyond_doubt_across_languages_overrules_it_as_every_event_gate() -> None:
    # Full names, a name key, a number, a city and the state shared across languages: the
    # gates give way there (grouping-6), the years gate too, as measured in its selection.
    assert _joins(["a:1977"], ["a:1981"], ("en", "tr"))


def test_the_gate_reads_the_years_and_nothing_else_does() -> None:
    event = _event(["a:1977", "a:1981", "y:1966", "n:valdar", "o:QQ"])
    assert event.years == {"1977", "1981"}  # a number is read as a year by event_features
    assert "a:1977" not in event.wordy
    assert _other_event(_event(["a:1977"]), _event(["a:1981"]))
    assert not _other_event(_event(["a:1977"]), _event([]))
    assert story_events.matched(["n:valdar", "a:1977", "o:QQ"]) == ["n:valdar", "o:QQ"]


def test_the_grouper_never_matches_on_a_year() -> None:
    grouper = crowd()
    grouper.add(_doc("one", ["a:1977", "n:valdar"], "en"))
    assert all(not f.startswith("a:") for features in grouper._features for f in features)
    assert "a:1977" not in grouper._df


def test_a_short_reports_years_are_read_from_the_text() -> None:
    dated = ("Agents of the regime arrested the émigré writer Emil Valdar in Bucharest on 3 March "
             "1987. His family was told he had been taken for questioning.")  # fmt: skip
    prepared = pipeline.prepare("dated", dated)
    assert "a:1987" in shingles.event_features(prepared.analysis, prepared.tagging)
    # A year named alone; and one before the dates the extractor reads (1980 on), a number.
    for text, year in ((dated.replace("on 3 March 1987", "in 1987"), "1987"),
                       (dated.replace("on 3 March 1987", "in 1977"), "1977")):  # fmt: skip
        assert _event(pipeline.prepare("x", text).doc.features).years == {year}


def test_a_long_article_names_no_years_for_the_gate() -> None:
    """A long article recalls the years of its background as well as the year of its news:
    two real reports of one leak named 2020 and 1989, 2019 (the seed articles)."""
    short = ("Agents of the regime arrested the émigré writer Emil Valdar in Bucharest in 1977. "
             "His family was told he had been taken for questioning.")  # fmt: skip
    long = " ".join([short] * 4)
    assert textmodel.word_count(long) >= textmodel.MIN_WORDS
    assert _event(pipeline.prepare("long", long).doc.features).years == frozenset()


def test_a_stored_article_restored_keeps_its_years_for_the_gate() -> None:
    grouper = crowd()
    grouper.restore(_doc("one", [*SHARED, "a:1977"], "en"), group=10_000)
    assert grouper.add(_doc("two", [*SHARED, "a:1981"], "en")).new_group
    assert grouper.group_of("two") != grouper.group_of("one")
    grouper.add(_doc("three", [*SHARED, "a:1977"], "en"))
    assert grouper.group_of("three") == grouper.group_of("one")


def test_the_grouping_version_names_the_gate() -> None:
    assert grouping.VERSION == "grouping-16"
    assert shingles.VERSION == "shingles-5"
