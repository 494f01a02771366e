"""Required literals: a pattern is skipped only where it cannot match, so the tagger's answers
are those of searching every rule in every sentence."""

from __future__ import annotations

import itertools
import re

import pytest

from amanat.monitor.nlp import extract, lang, literals, normalise, tagging
from amanat.monitor.nlp.rules import for_language, sieve_for
from amanat.monitor.nlp.rules.vetoes import VETO_RULES
from amanat.monitor.nlp.rules.vetoes_roles import ROLE_VETO_RULES
from amanat.monitor.nlp.tagging_rules import ALL_RULES as _ALL_RULES
from amanat.monitor.nlp.tagging_rules import TACTIC_RULES
from amanat.monitor.nlp.tagging_rules import literal_index as _literal_index
from amanat.monitor.tests.conftest import CORPUS, corpus_sentences


def test_a_word_alternation_needs_one_of_its_words() -> None:
    assert literals.needed(re.compile(r"\b(?:detain\w*|arrest(?:ed)?)\b")) == {"detain", "arrest"}


def test_the_longest_run_of_a_sequence_is_chosen_and_contained_literals_are_dropped() -> None:
    assert literals.needed(re.compile(r"\bspy(?:ing)? on (?:uyghurs|the uyghurs)")) == {"uyghurs"}


def test_optional_parts_case_insensitive_patterns_and_look_arounds_need_nothing() -> None:
    cases = [(r"(?:police)?\w+", 0), (r"police", re.IGNORECASE), (r"(?i)police", 0),
             (r"(?=police)\w+", 0), (r"(?:police|\w+)", 0), (r"(?i:police)", 0)]  # fmt: skip
    for source, flags in cases:
        assert literals.needed(re.compile(source, flags)) is None, source


@pytest.mark.parametrize("automaton", [True, False])
def test_the_index_finds_literals_that_overlap_or_start_where_a_longer_one_does(
    automaton: bool,
) -> None:
    index = literals.LiteralIndex(["detain", "detained", "tain", "ained", "zzz"],
                                  automaton=automaton)  # fmt: skip
    assert index.scan("he was detained").literals == {"detain", "detained", "tain", "ained"}
    assert index.scan("").literals == set()


@pytest.mark.parametrize("automaton", [True, False])
def test_the_index_finds_exactly_the_literals_a_text_contains(automaton: bool) -> None:
    words = ["".join(chars) for chars in itertools.product("abc", repeat=3)]
    known = ["a", "ab", "aba", "abab", "b", "bcb", "cc", "ccc", "cac", "bab"]
    index = literals.LiteralIndex(known, automaton=automaton)
    for first, second in itertools.product(words, repeat=2):
        text = first + second + first
        assert index.scan(text).literals == {word for word in known if word in text}, text


def test_the_automaton_finds_what_the_trie_regex_finds_in_corpus_sentences() -> None:
    """The Aho-Corasick scan (every occurrence in one pass) against the trie regex's search
    loop, over the corpus sentences of all six languages, each read with every language's
    index (Latin, Cyrillic, Arabic and Han literals in all scripts)."""
    assert literals.ahocorasick is not None  # a dependency: the fast scan is the one in use
    sentences = corpus_sentences()[::2]
    assert len(sentences) > 1000
    found = 0
    for language in ("en", "tr", "zh", "ug", "ru", "fa"):
        fast = _literal_index(language)
        slow = literals.LiteralIndex(fast.universe, automaton=False)
        for sentence in sentences:
            literals_in = fast.scan(sentence).literals
            assert literals_in == slow.scan(sentence).literals, (language, sentence)
            found += len(literals_in)
    assert found > 10000


def test_a_literal_the_index_does_not_know_is_looked_for_in_the_text() -> None:
    found = literals.LiteralIndex(["police"]).scan("agents of the state")
    assert found.may_contain(frozenset({"agents"}))
    assert not found.may_contain(frozenset({"police"}))


def test_candidates_keep_their_order_and_items_that_need_nothing() -> None:
    index = literals.LiteralIndex(["b", "c"])
    table = literals.Candidates([("first", frozenset({"c"})), ("second", None),
                                 ("third", frozenset({"b"}))], index)  # fmt: skip
    assert table.select(index.scan("c only")) == ["first", "second"]
    assert table.select(index.scan("b and c")) == ["first", "second", "third"]
    other = literals.LiteralIndex(["x"]).scan("nothing")
    assert table.select(other) == ["first", "second", "third"]


def test_no_rule_pattern_is_skipped_in_a_corpus_sentence_it_matches() -> None:
    sentences = corpus_sentences()
    assert len(sentences) > 1000
    checked = 0
    for rule in _ALL_RULES:
        index = _literal_index(rule.language)
        for pattern in rule.all_of + rule.none_of:
            required = literals.needed(pattern)
            for sentence in sentences:
                if pattern.search(sentence):
                    assert index.scan(sentence).may_contain(required), (rule.id, sentence)
                    checked += 1
    assert checked > 1000


def test_a_sieve_leaves_out_only_rules_that_do_not_fire() -> None:
    sentences = corpus_sentences()[::5]
    lists = [VETO_RULES, ROLE_VETO_RULES, TACTIC_RULES]
    checked = 0
    for rules, language in itertools.product(lists, ["en", "ru", "zh", "fa", "tr", "ug", "de"]):
        index, sieve = _literal_index(language), sieve_for(rules, language)
        every = for_language(rules, language)
        for sentence in sentences:
            found = index.scan(sentence)
            asked = sieve.candidates(found)
            assert [rule for rule in every if rule.fires(sentence, found)] == [
                rule for rule in asked if rule.fires(sentence, found)
            ], sentence
            checked += len(every) - len(asked)
    assert checked > 10_000  # rules left out


def test_a_rule_asked_past_its_first_literals_fires_as_it_did() -> None:
    # tagging._Rules asks fires_past_first only in sentences that may hold a literal the
    # first pattern needs, and asks those sentences once per set of such literals.
    sentences = corpus_sentences()[::7]
    checked = 0
    for language in ["en", "ru", "zh", "fa", "tr", "ug"]:
        index = _literal_index(language)
        for sentence in sentences:
            found = index.scan(sentence)
            for rule in for_language(_ALL_RULES, language):
                if found.may_contain(rule.needed):
                    fires = rule.fires(sentence, found)
                    assert rule.fires_past_first(sentence, found) == fires, (rule.id, sentence)
                    checked += fires
    assert checked > 500


def test_the_sentences_a_rule_is_asked_in_are_the_same_for_rules_sharing_literals() -> None:
    texts = [normalise.clean(normalise.decode(path.read_bytes()).text)
             for path in sorted(CORPUS.glob("*/*.txt"))[::9]]  # fmt: skip
    shared = 0
    for text in texts:
        language = lang.identify(text).code
        rules = tagging._Rules(tagging.analyse(text, language))
        for rule in for_language(_ALL_RULES, language):
            needed = rule.needed
            shared += needed in rules.sentences_for
            pairs = zip(rules.spans, rules.found, strict=True)
            expected = [(s, f) for s, f in pairs if f.may_contain(needed)]
            assert rules._sentences_for(rule) == expected, rule.id
    assert shared > 100


def test_a_case_insensitive_pattern_finds_its_literals_case_folded_as_re_does() -> None:
    gate = literals.Gate(re.compile(r"\b(?:istanbul|straße)\b", re.IGNORECASE))
    for text in ["İSTANBUL", "ıstanbul", "Istanbul", "STRAẞE", "ſtraße"]:
        assert re.search(gate.pattern, text), text
        assert list(gate.finditer(text, literals.fold(text))), text
    assert not list(gate.finditer("Ankara", literals.fold("Ankara")))


def test_a_gate_with_many_literals_opens_exactly_where_one_of_them_is() -> None:
    pattern = re.compile(r"\b(?:january|february|march|april|may|ağustos|ekim)\s+\d{4}", re.I)
    gate = literals.Gate(pattern)
    assert gate.probe is not None  # the one-search path
    texts = ["In MARCH 2020 he left", "ağustos 2019", "AĞUSTOS 2019", "Mayday 2019", "in 2019",
             "Ekim 2021'de", "maybe", "", "no month at all"]  # fmt: skip
    for text in texts:
        assert [m.span() for m in gate.finditer(text, literals.fold(text))] == [
            m.span() for m in pattern.finditer(text)
        ], text
    assert not list(gate.finditer("in 2019", literals.fold("in 2019")))


def test_ascii_text_folds_as_its_lower_case() -> None:
    text = "".join(map(chr, range(128))) + "KELVIN Straße"
    assert literals.fold(text[:128]) == text[:128].lower()
    assert literals.fold(text) == text.translate(literals._FOLDING)


def test_date_forms_tried_only_where_their_opening_words_start_find_their_own_matches() -> None:
    texts = ["In MARCH 2020 he left", "SINCE 2019", "mid-2018 and mid 2017", "Ѕince 2019",
             "between 2001 and until\n2002", "İN 2019", "ın 2019", "by\t1999", "mayın 2019",
             "Mart ayında 2018", "MART AYINDA 2018", "May of 2019", "ſince 2019", "in 19999",
             "AĞUSTOS 2019'da", "Mayıs ayında 2018", "MAYIS 2018",
             "ARALIK 2017 ve Kasım 2016", "on Dec. 5, 2019 and jan 2020", "İn Ekim 2021",
             "Summary 2019", "mayday 2019, May 2019", "SEPTEMBER 11TH, 2001", "Décembre 2019",
             "March 3 2019 March 2019", "", "in 2019"]  # fmt: skip
    for kind, starts in extract._STARTS.items():
        pattern = dict(extract._DATE_PATTERNS)[kind]
        for text in texts:
            found = extract._from_starts(pattern, starts, text, literals.fold(text))
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in found] == expected, (kind, text)


def test_leading_strings_are_where_every_match_starts() -> None:
    assert literals.leading(re.compile(r"\b(?:detain\w*|arrest(?:ed)?)\b")) == {"detain", "arrest"}
    assert literals.leading(re.compile(r"(?<!\w)(?:(?:their|his) family|kin)")) == {
        "their", "his", "kin"}  # fmt: skip
    assert literals.leading(re.compile(r"\b(?:x|)y")) is None  # a branch may match nothing
    assert literals.leading(re.compile(r"\bdetain", re.IGNORECASE)) is None
    assert literals.leading(re.compile(r"detain\w*")) is None  # re skips to "detain" itself


def test_a_search_from_leading_strings_finds_what_the_pattern_finds() -> None:
    sentences = corpus_sentences()[::3]
    checked = 0
    for rule in _ALL_RULES:
        for pattern in rule.all_of + rule.none_of:
            search = literals.starts_search(pattern)
            if search == pattern.search:
                continue
            for sentence in sentences:
                expected = pattern.search(sentence)
                found = search(sentence)
                assert (found and found.span()) == (expected and expected.span()), pattern
                checked += expected is not None
                if expected is not None and expected.start() > 0:
                    again = search(sentence, expected.start())
                    assert again is not None
                    assert again.span() == expected.span()
    assert checked > 500


def test_look_alike_rules_asked_with_their_literals_fire_as_searched_alone() -> None:
    from amanat.monitor.nlp.rules import lookalikes

    sentences = corpus_sentences()[::5]
    fired = 0
    for rules_id in ["halted", "sanctions", "atrocity", "came_back", "prisoners_kin"]:
        for language in ["en", "ru", "zh", "fa", "tr", "ug"]:
            rules = lookalikes._of_language(rules_id, language)
            for sentence in sentences:
                searched = any(rule.fires(sentence) for rule in rules)
                assert lookalikes._fires(rules_id, language, sentence) == searched, sentence
                fired += searched
    assert fired > 10
