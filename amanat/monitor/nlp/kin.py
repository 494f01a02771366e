"""Where a sentence places the relatives it names. Relatives pressed in the origin state
("relatives of BBC Persian journalists in Iran were summoned", "他们在新疆的亲属遭到拘留") show
that the person they are pressed for is elsewhere, even when the text never says where.

A place belongs to the relatives when it stands in their phrase: after the relatives word in
English, Russian and Persian ("relatives of reporters in Iran"), before it in Chinese, Turkish
and Uyghur ("在新疆的亲属", "İran'daki akrabaları"), close and with no clause between. A place
elsewhere in the sentence is where someone else is ("journalists in Kyrgyzstan say police
questioned their relatives"; a headline's "family says" before the next sentence's city).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from amanat.monitor.nlp import extract, gazetteer, states
from amanat.monitor.nlp.rules.tactics import RELATIVES
from amanat.monitor.nlp.rules.tactics_more import RELATIVES_FA

_KIN = {**RELATIVES, "fa": RELATIVES_FA}
_PLACE_AFTER = frozenset({"en", "ru", "fa"})
_REACH = {"en": 80, "ru": 80, "fa": 80, "zh": 12, "tr": 20, "ug": 25}
_CLAUSE_END = re.compile(r"[.;,:!?\n،؛。，；：！？]")


def placed_with_relatives(
    text: str,
    language: str,
    span: extract.Span,
    places: Iterable[gazetteer.Place],
    home: frozenset[str],
) -> bool:
    """Whether a sentence names one of the home states as where its relatives are."""
    pattern = _KIN.get(language)
    if pattern is None:
        return False
    # Searched case-blind on the text itself: a lowered text is longer where a letter's lower
    # case is ("İ" → "i̇"), and its positions would not be the text's.
    words = [span.start + m.start() for m in re.finditer(pattern, span.text, re.IGNORECASE)]
    after = language in _PLACE_AFTER

    def near(word: int, place: gazetteer.Place) -> bool:
        gap = place.start - word if after else word - place.start
        between = text[min(word, place.end) : max(word, place.start)]
        return 0 < gap <= _REACH[language] and _CLAUSE_END.search(between) is None

    return any(place.locative and states.CONTROLLED.get(place.iso, place.iso) in home
               and any(near(word, place) for word in words)
               for place in places)  # fmt: skip
