"""The state a warrant comes from, when the text names it only as where the warrant was issued
("an international arrest warrant was issued in Tunis", "В Тунисе выдан ордер на арест",
"Türkiye'de hakkında yakalama kararı çıkarıldı", "突尼斯于…发出国际逮捕令"): a state issues
warrants for the people it wants, so the place of issue is the requesting state. Read only when
no state has a stronger role in the text (tagging.py), and never from a place where the people
live; a lawful warrant for a criminal is still a look-alike (gate.look_alike).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from amanat.monitor.nlp import gazetteer, states

# The verb of issuing, attached to the place: before it ("issued in Tunis", "выданный в Тунисе")
# or after it ("В Тунисе выдан ордер", "Tunus'ta hakkında yakalama kararı çıkarıldı", "突尼斯于…
# 发出", "در تونس صادر شد"). A place the sentence only arrests someone in has none.
_ISSUED_BEFORE = {
    "en": re.compile(r"\bissued\s+(?:\w+\s+){0,2}?in\s+(?:the\s+)?$"),
    "ru": re.compile(r"(?:выдан|выписан)\w*\s+(?:\w+\s+){0,2}?во?\s+$"),
}
_ISSUED_AFTER = {
    "en": re.compile(
        r"(?:\s+(?:on|in)\s+(?:\d{1,2}\s+[A-Z]\w+(?:\s+\d{4})?|\d{4}|[A-Z]\w+day))?"  # a date
        r",?\s+(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}?(?:has |had |have )?issued\b"
    ),
    "ru": re.compile(
        r"\w*\s+(?:\S+\s+){0,5}?(?:выдан|выписан|выдал|выписал)\w*\s+"
        r"(?:\w+\s+){0,2}?(?:ордер|решени|постановлени)"
    ),
    "tr": re.compile(r"['’]?\w*\s+(?:\S+\s+){0,4}?(?:çıkar|çıkart|düzenlen)"),
    "zh": re.compile(r"[^，。；！？]{0,30}?(?:发出|签发|发布|下达)"),
    "fa": re.compile(r"\s+(?:\S+\s+){0,7}?صادر"),
    "ug": re.compile(r"\S*\s+(?:\S+\s+){0,4}?(?:چىقار|چىقىر|تارقات)"),
}


# A court or prosecutor "of" the place ("the Revolutionary Court of Tehran", "دادگاه انقلاب
# تهران", "суд Тегерана"): the place is where the warrant comes from, locative or not.
_COURT_BEFORE = {
    "en": re.compile(r"\b(?:court|prosecutors?|prosecutor['’]s office) (?:in|of) (?:the )?$"),
    "fa": re.compile(r"(?:دادگاه|دادستانی)(?:\s+\S+)?\s+$"),
    "ru": re.compile(r"(?<!\w)(?:суд\w*|прокуратур\w*)\s+$"),
}


def _court_of(text: str, place: gazetteer.Place, language: str) -> bool:
    court = _COURT_BEFORE.get(language)
    return court is not None and bool(court.search(text, max(0, place.start - 30), place.start))


def _issued_at(text: str, place: gazetteer.Place, language: str) -> bool:
    """Whether the verb of issuing stands next to the place (:data:`_ISSUED_AFTER`)."""
    before, after = _ISSUED_BEFORE.get(language), _ISSUED_AFTER.get(language)
    return bool(
        (before is not None and before.search(text, max(0, place.start - 40), place.start))
        or (after is not None and after.match(text, place.end, place.end + 60))
    )


def issuer(
    text: str,
    start: int,
    sentence: str,
    places: Iterable[gazetteer.Place],
    lived_in: set[int],
    language: str,
) -> str | None:
    """The state the first warrant sentence (at ``start``) first places with the verb of
    issuing next to it (:func:`_issued_at`) — named with a locative ("in Tunis", before the
    people's "in Paris") or as the sentence's first word, its subject ("突尼斯于…发出")."""
    first = start + len(sentence) - len(sentence.lstrip())
    places = list(places)
    # A state the people live in does not want them from abroad ("a Toronto court … an activist
    # living in Canada"): its own courts judge its residents.
    home = {states.CONTROLLED.get(p.iso, p.iso) for p in places if p.start in lived_in}
    inside = sorted((place for place in places
                     if states.CONTROLLED.get(place.iso, place.iso) not in home
                     and start <= place.start < start + len(sentence)
                     and place.start not in lived_in
                     and (place.locative or place.start == first
                          or _court_of(text, place, language))
                     and _issued_at(text, place, language)),
                    key=lambda place: place.start)  # fmt: skip
    return states.CONTROLLED.get(inside[0].iso, inside[0].iso) if inside else None
