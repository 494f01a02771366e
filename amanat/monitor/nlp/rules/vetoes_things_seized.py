"""A thing seized is no person taken (session 23).

A rendition rule reads "seized" as a person snatched; read short reports' look-alikes seized
things at home: "his passport was seized" at a home airport, police who "kept their passports,
computers and phones". The veto drops rendition from a sentence whose seizing is of things and
that names no abduction.
"""

from __future__ import annotations

_THINGS = (
    r"(?:passports?|equipment|phones?|computers?|laptops?|documents|assets|property|"
    r"properties|belongings|devices?|cameras?|papers|cars?|vehicles?|land|houses?|homes?)"
)

THINGS_SEIZED = {
    "en": [
        rf"\b{_THINGS} (?:\w+ ){{0,2}}?(?:was |were |had been |have been )?seized\b|"
        rf"\bseized (?:his |her |their |the |its )?(?:\w+ )?{_THINGS}\b"
    ],
}
# An abduction named beside it keeps the rendition.
ABDUCTED = {
    "en": [r"\b(?:abduct\w*|kidnap\w*|snatched|bundled into|forcibly taken|taken across)\b"],
}

# name -> (patterns by language, patterns that keep the sentence, tactics dropped).
THINGS_SEIZED_VETOES: dict[
    str, tuple[dict[str, list[str]], dict[str, list[str]] | None, frozenset[str]]
] = {"things_seized_23": (THINGS_SEIZED, ABDUCTED, frozenset({"rendition"}))}
