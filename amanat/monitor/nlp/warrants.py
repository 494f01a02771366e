"""The state a warrant comes from, when the text names it only as where the warrant was issued
("an international arrest warrant was issued in Tunis", "В Тунисе выдан ордер на арест",
"Türkiye'de hakkında yakalama kararı çıkarıldı", "突尼斯于…发出国际逮捕令"): a state issues
warrants for the people it wants, so the place of issue is the requesting state. Read only when
no state has a stronger role in the text (tagging.py), and never from a place where the people
live; a lawful warrant for a criminal is still a look-alike (tagging._look_alike).
"""

from __future__ import annotations

from collections.abc import Iterable

from amanat.monitor.nlp import gazetteer, states


def issuer(
    start: int, sentence: str, places: Iterable[gazetteer.Place], lived_in: set[int]
) -> str | None:
    """The state the first warrant sentence (at ``start``) first places — named with a locative
    ("in Tunis", before the people's "in Paris") or as the sentence's first word, its subject
    ("突尼斯于…发出")."""
    first = start + len(sentence) - len(sentence.lstrip())
    inside = sorted((place for place in places
                     if start <= place.start < start + len(sentence)
                     and place.start not in lived_in
                     and (place.locative or place.start == first)),
                    key=lambda place: place.start)  # fmt: skip
    return states.CONTROLLED.get(inside[0].iso, inside[0].iso) if inside else None
