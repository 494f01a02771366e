"""The origin when no state has a role: the one state named, not where the people are; of two
or more, the one named first (session 21).

A short report often names the acting state once, as the subject of the act, in a form no
role of states.py reads, and leads with it; long texts name it again as an agency, a request
or a destination.
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


def test_of_two_states_named_the_first_is_the_origin() -> None:
    """The state a short report leads with acts; the tagger's rules and gates decide whether
    the act is repression abroad (a treaty is none)."""
    found = _origin("North Korea demanded that South Korea send back twelve waitresses who fled.")
    assert found is not None
    assert (found.iso, found.rule) == ("KP", "origin.first_named.en")
    treaty = "Spain and Portugal signed a treaty on fishing rights on Monday."
    assert _origin(treaty) is not None
    assert not tagging.tag(treaty, "en").is_tnr


def test_the_first_named_is_never_where_the_people_are() -> None:
    found = _origin("Exiles in Germany said Eritrea and Sudan had agreed to swap dissidents.")
    assert found is not None
    assert found.iso == "ER"


def test_two_states_named_leave_a_long_report_without_origin() -> None:
    filler = " ".join(["The ministry gave no further details about the case on Monday."] * 6)
    text = "Spain and Portugal signed a treaty on fishing rights on Monday. " + filler
    assert len(text.split()) >= origins.SHORT_WORDS
    assert _origin(text) is None


def test_a_state_named_after_of_is_whose_not_where() -> None:
    """The gazetteer counts "of Iran's" as a locative; the state is the speaker's, not where
    the people are, so it stays the one state named (session 30)."""
    found = _origin(
        "The former pilot of Iran's parliament speaker, who had asked for asylum in Germany, "
        "was shot dead in Hamburg by two gunmen on a Friday morning, police said."
    )
    assert found is not None
    assert (found.iso, found.rule) == ("IR", "origin.named_alone.en")


def test_a_state_named_with_in_is_still_where_the_people_are() -> None:
    found = _origin(
        "The former pilot of a speaker, who had lived in Iran and asked for asylum in Germany, "
        "was shot dead in Hamburg by two gunmen on a Friday morning, police said."
    )
    assert found is None
