"""``tagging.asked_once`` (defined in tagging_rules.py): the tagger asks whether relatives are
pressed at home at most once per article, however many of its tests need the answer."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import asked_once


def test_the_question_is_asked_once_and_its_answer_kept() -> None:
    calls: list[int] = []

    def ask() -> bool:
        calls.append(1)
        return len(calls) == 1  # a second call would answer otherwise

    asked = asked_once(ask)
    assert asked() is True
    assert asked() is True
    assert calls == [1]


def test_a_false_answer_is_kept_too_and_a_question_never_called_is_never_asked() -> None:
    calls: list[int] = []

    def ask() -> bool:
        calls.append(1)
        return False

    asked = asked_once(ask)
    assert asked() is False
    assert asked() is False
    assert calls == [1]
    asked_once(ask)  # made, not called
    assert calls == [1]


def test_an_exception_is_not_kept_the_next_call_asks_again() -> None:
    answers = iter([ValueError("no text"), True])

    def ask() -> bool:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    asked = asked_once(ask)
    with pytest.raises(ValueError, match="no text"):
        asked()
    assert asked() is True
    assert asked() is True  # kept now: the iterator has nothing left
