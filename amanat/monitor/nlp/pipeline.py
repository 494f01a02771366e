"""One article through the text pipeline: clean → check → language → hash → analyse → tag, plus
the grouping document; and a labelled folder through all of it (``amanat monitor evaluate``).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

from amanat.monitor.nlp import (
    gazetteer,
    lang,
    link_veto,
    name_keys,
    normalise,
    people_counts,
    shingles,
    story_vote,
    tagging,
    textmodel,
)
from amanat.monitor.nlp.corpus import Folder, Label
from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from amanat.monitor.nlp.story_reading import fill_origins, join_tactics
from amanat.monitor.nlp.tagging import Analysis, Tagging, analyse, tag

logger = logging.getLogger("amanat.monitor")
_Own = TypeVar("_Own")
_Read = TypeVar("_Read")
VERSION = "+".join([lang.VERSION, shingles.VERSION])


@dataclass
class Prepared:
    key: str
    text: str
    language: lang.LanguageGuess
    text_hash: str
    analysis: Analysis
    doc: Doc
    tagging: Tagging


def _doc(key: Hashable, text: str, digest: str, language: str) -> tuple[Analysis, Tagging, Doc]:
    """Analyse and tag once; the grouper sees the entity features and the event's features
    (origin, tactics, when): what a translation keeps when every word changes."""
    analysis = analyse(text, language)
    tagging = tag(text, language, analysis)
    features = shingles.features(analysis) + shingles.event_features(analysis, tagging)
    doc = Doc(key, digest, shingles.shingle_set(shingles.tokens(text)), features, language)
    return analysis, tagging, doc


def prepare(key: str, text: str) -> Prepared:
    """Clean and check a text, identify its language, hash it and read its entities.
    Raises :class:`normalise.BadInput` with the reason the article is skipped."""
    cleaned = normalise.clean(text)
    reason = normalise.problem(cleaned)
    if reason is not None:
        raise normalise.BadInput(reason)
    guess = lang.identify(cleaned)
    digest = normalise.text_hash(cleaned)
    analysis, tagging, doc = _doc(key, cleaned, digest, guess.code)
    return Prepared(key, cleaned, guess, digest, analysis, doc, tagging)


def grouping_doc(key: Hashable, text: str, language: str, text_hash: str) -> Doc:
    """The grouper's view of an already stored article (cleaned text, language known)."""
    return _doc(key, text, text_hash, language)[2]


def warm_up() -> None:
    """Build what the pipeline builds once per process (the language model, the name and rule
    tables of every language): a process that forks workers after this shares it with them
    instead of each building its own."""
    lang.identify("Language identification is warmed up once, before the workers start.")
    lang.identify("Идентификация языка — и таблица классов символов — тоже.")
    for code in lang.WATCHED:
        text = " ".join([*list(gazetteer.country_names(code))[:3], "2019"])
        tag(text, code, analyse(text, code))
    tagging.warm_up()  # the rule loop's plans of every list and language, the text model
    story_vote.ready()  # the story vote's weights: a missing file fails at start
    link_veto.ready()  # the grouper's second look: a missing file fails at start
    name_keys.han_name_keys("韦罗妮卡·科曼")  # the pinyin table, read at the first Chinese name
    name_keys.common_keys()  # the common Arabic-script keys: a missing file fails at start
    people_counts.warm_up()  # the count-start classes, read at the first count beyond ASCII


def tag_prepared(prepared: Prepared) -> Tagging:
    return prepared.tagging


@dataclass
class FolderRun:
    predictions: list[Label]
    skipped: dict[str, str]


def predict_folder(folder: Folder, grouper: StoryGrouper | None = None) -> FolderRun:
    """Predict labels for every file of a labelled folder, ignoring its labels. A file that
    cannot be read as an article is predicted "not TNR, no group" and its reason returned. The
    reports of a story of two or three tellings share their tactics, and one with no origin
    read takes the one its story's other reports name (nlp/story_reading.py); a story of two or
    three tellings is one report or none (nlp/story_vote.py)."""
    grouper = StoryGrouper() if grouper is None else grouper  # an empty one has len 0
    tagged: dict[str, tuple[Prepared, Tagging]] = {}
    skipped: dict[str, str] = {}
    for name in sorted(folder.texts):
        try:
            text = normalise.decode(folder.texts[name]).text
            prepared = prepare(name, text)
        except normalise.BadInput as exc:
            logger.warning("monitor: skipped %s: %s", name, exc.reason)
            skipped[name] = exc.reason
            continue
        grouper.add(prepared.doc)
        tagged[name] = (prepared, tag_prepared(prepared))
    sizes = Counter(grouper.group_of(name) for name in tagged)
    voted = stories_relevance({name: (grouper.group_of(name), tagging.is_tnr,
                                      partial(textmodel.probability, prepared.text))
                               for name, (prepared, tagging) in tagged.items()})  # fmt: skip
    tagged = {name: (prepared, as_voted(tagging, voted[name]))
              for name, (prepared, tagging) in tagged.items()}  # fmt: skip
    tactics = stories_tactics({name: (grouper.group_of(name), tagging.is_tnr, tagging.tactics)
                               for name, (_prepared, tagging) in tagged.items()})  # fmt: skip
    origins = stories_origins({name: (grouper.group_of(name), tagging.is_tnr, tagging.origin_state)
                               for name, (_prepared, tagging) in tagged.items()})  # fmt: skip
    predictions = []
    for name in sorted(folder.texts):
        if name not in tagged:
            predictions.append(Label(name, False))
            continue
        prepared, tagging = tagged[name]
        group = grouper.group_of(name)
        predictions.append(Label(
            file=name, is_tnr=tagging.is_tnr, origin_state=origins[name],
            host_countries=tuple(tagging.host_countries), tactics=tactics[name],
            story_group=f"g{group}" if sizes[group] > 1 else None,
            lang=prepared.language.code,
        ))  # fmt: skip
    return FolderRun(predictions, skipped)


WordModelP = Callable[[], float | None]  # a telling's word-model p, asked only when needed


def stories_relevance(
    tellings: Mapping[Hashable, tuple[Hashable, bool, WordModelP]],
) -> dict[Hashable, bool]:
    """Each article's relevance as its story reads it (:func:`story_vote.verdicts`), from
    ``{article: (its group, is a report, its word model's p)}``."""
    return _per_story(tellings, _story_relevance)


def _story_relevance(tellings: list[tuple[bool, WordModelP]]) -> list[bool]:
    """The tellings' verdicts, the word model asked only about a story the vote decides."""
    if not story_vote.asks(len(tellings)):
        return [is_tnr for is_tnr, _p in tellings]
    return story_vote.verdicts([(is_tnr, p()) for is_tnr, p in tellings])


def as_voted(tagging: Tagging, is_tnr: bool) -> Tagging:
    """The telling's reading under its story's verdict: one the story makes a report takes the
    origin, hosts and tactics the rules read in it (its tags, kept whatever the verdict); one
    it makes no report keeps none."""
    if is_tnr == tagging.is_tnr:
        return tagging
    if not is_tnr:
        return replace(tagging, is_tnr=False, origin_state=None, host_countries=[], tactics=[])
    return replace(
        tagging,
        is_tnr=True,
        origin_state=tagging.first("origin_state") or None,
        host_countries=[t.value for t in tagging.of_kind("host_country")],
        tactics=list(dict.fromkeys(t.value for t in tagging.of_kind("tactic"))),
    )


def stories_tactics(
    tellings: Mapping[Hashable, tuple[Hashable, bool, Sequence[str]]],
) -> dict[Hashable, tuple[str, ...]]:
    """Each article's tactics as its story reads them (:func:`story_reading.join_tactics`),
    from ``{article: (its group, is a report, its own tactics)}``; articles of a group in the
    mapping's order."""
    return _per_story(tellings, join_tactics)


def stories_origins(
    tellings: Mapping[Hashable, tuple[Hashable, bool, str | None]],
) -> dict[Hashable, str | None]:
    """Each article's origin as its story reads it (:func:`story_reading.fill_origins`), from
    ``{article: (its group, is a report, its origin read)}``."""
    return _per_story(tellings, fill_origins)


def _per_story(
    tellings: Mapping[Hashable, tuple[Hashable, bool, _Own]],
    read_story: Callable[[list[tuple[bool, _Own]]], list[_Read]],
) -> dict[Hashable, _Read]:
    """``read_story`` applied to each group's ``(is a report, its own value)`` tellings, in the
    mapping's order, and its answers given back per article."""
    stories: dict[Hashable, list[Hashable]] = defaultdict(list)
    for name, (group, _is_tnr, _own) in tellings.items():
        stories[group].append(name)
    read: dict[Hashable, _Read] = {}
    for names in stories.values():
        answers = read_story([(tellings[n][1], tellings[n][2]) for n in names])
        read.update(zip(names, answers, strict=True))
    return read
