"""The multilingual synthetic stream the monitor benchmark reads: every language the monitor
reads, each article identified as the language it was written in, stories still traceable."""

from __future__ import annotations

import random
from collections import Counter

from amanat.monitor import synthetic, synthetic_languages
from amanat.monitor.nlp import lang, normalise


def test_the_multilingual_stream_holds_each_language_in_its_share() -> None:
    texts, _stories, _planted = synthetic.generate(1200, seed=5, multilingual=True)
    found = Counter(lang.identify(normalise.clean(text)).code for text in texts)
    assert set(found) == set(synthetic_languages.WEIGHTS) == set(lang.WATCHED)
    total = sum(synthetic_languages.WEIGHTS.values())
    for code, weight in synthetic_languages.WEIGHTS.items():
        assert abs(found[code] / len(texts) - weight / total) < 0.05, code


def test_the_english_stream_is_the_one_measured_before() -> None:
    texts, _stories, _planted = synthetic.generate(300, seed=5)
    assert {lang.identify(normalise.clean(text)).code for text in texts} == {"en"}


def test_a_syndicated_copy_keeps_its_language_and_its_story() -> None:
    rng = random.Random(3)
    story = synthetic.new_story(rng, "ru")
    original = synthetic.render(story, rng)
    copy = synthetic.near_duplicate(original, rng, "ru")
    assert "Статья впервые опубликована" in copy
    assert lang.identify(normalise.clean(copy)).code == "ru"
    rewrite = synthetic.render(story, rng, rewrite=True)
    assert rewrite != original
    assert story.slots["name"] in rewrite


def test_every_sentence_type_has_a_second_wording_for_rewrites() -> None:
    for language, sentences in synthetic_languages.TEMPLATES.items():
        for kind in [*synthetic.TEMPLATES, "body", "close", "negative_lead"]:
            assert len(sentences[kind]) >= 2, (language, kind)
