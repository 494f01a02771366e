"""The origin when no state has a role: the one state named, not where the people are.

A short report often names the acting state once, as the subject of the act, in a form no
role of states.py reads; long texts name it again as an agency, a request or a destination.
"""

from amanat.monitor.nlp import origin as origins
from amanat.monitor.nlp import tagging
from amanat.monitor.nlp.tagging_rules import Rules


def _origin(text: str, language: str = "en") -> origins.Origin | None:
    analysis = tagging.analyse(text, language)
    return origins.found(Rules(analysis), analysis)


def test_it_reads_the_one_state_named_as_the_origin() -> None:
    found = _origin(
        "Tajikistan is holding negotiations with European Union countries on "
        "extraditing the leader of the banned opposition party, who left in 2015."
    )
    assert found is not None
    assert (found.iso, found.rule) == ("TJ", "origin.named_alone.en")


def test_it_never_takes_the_state_where_the_people_are() -> None:
    found = _origin(
        "Bangladesh has begun a vigorous process to extradite the opposition "
        "leader, who sought asylum in Britain; Britain has not replied."
    )
    assert found is not None
    assert found.iso == "BD"


def test_it_names_no_origin_when_every_state_named_is_where_someone_is() -> None:
    assert (
        _origin("A writer who lives in Germany said the festival in Germany was a success.") is None
    )


def test_a_role_still_decides_before_the_names() -> None:
    found = _origin("Chinese police questioned the sister of an activist who lives in Canada.")
    assert found is not None
    assert found.iso == "CN"
    assert not found.rule.startswith("origin.named_alone")


def test_it_reads_no_bare_name_in_a_long_report() -> None:
    """From 60 words on a report names the acting state in a role if it names one at all; the
    fallback there gained little and merged other stories in the 100,000-article bench."""
    filler = " ".join(["The ministry gave no further details about the case on Monday."] * 6)
    text = (
        "Bangladesh has begun a vigorous process to extradite the opposition leader, who "
        "sought asylum in Britain. " + filler
    )
    assert len(text.split()) >= origins.SHORT_WORDS
    assert _origin(text) is None


def test_two_states_named_leave_the_origin_unread() -> None:
    """The state named first can act on a third ("America sanctioned Eritrea's president"),
    the state named most can be the one acted on: with two, neither is read."""
    assert _origin("Spain and Portugal signed a treaty on fishing rights on Monday.") is None
