"""What the pipeline keeps between articles changes no answer: a kept answer is a copy, and
warming up builds every language's tables before workers are forked."""

from __future__ import annotations

from amanat.monitor.nlp import gazetteer, normalise, pipeline, states


def test_script_counts_asked_twice_are_equal_and_not_shared() -> None:
    text = "Ein Text in Latin script, 一些中文, и немного кириллицы."
    first = normalise.script_counts(text)
    first["latin"] = 0
    second = normalise.script_counts(text)
    assert second["latin"] > 0
    assert second == normalise._script_counts(text)
    assert normalise.script_counts("другой текст") == normalise._script_counts("другой текст")


def test_warming_up_builds_the_name_tables_of_every_watched_language() -> None:
    pipeline.warm_up()
    for code in ("en", "tr", "zh", "ug", "ru", "fa"):
        assert states.forms(code)
        assert gazetteer.matcher(code).pattern
    assert states._matcher.cache_info().currsize >= 6
