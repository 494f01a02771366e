"""Vetoes in plain words (session 23): a thing seized, a removal ruled out.

- **A thing seized is no person taken.** A rendition rule reads "seized" as a person snatched;
  read short reports' look-alikes seized things at home: "his passport was seized" at a home
  airport. The veto drops rendition from a sentence whose seizing is of things and that names
  no abduction.
- **A removal ruled out or denied** ("would not be deported", "has not deported Uyghurs to
  China"): the host decided against the act, or says it never did it.
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

RULED_OUT = {
    "en": [r"\b(?:will|would|is|was|were|are|shall|has|have|had|did) not (?:\w+ )?(?:be )?"
           r"(?:deported|extradited|sent back|handed over|expelled)\b|\b(?:won't|never) (?:be )?"
           r"(?:deported|extradited|sent back)\b|\bno longer faces? (?:deportation|extradition)\b"],
    "tr": [r"(?:sınır dışı|iade) (?:edilmeyecek|edilmeyeceğ|etmedi|etmeyecek|etmediğ)\w*"],
    "zh": [r"(?:不会|不予|不再|没有|从未|并未)(?:被)?(?:遣返|引渡|驱逐)"],
    "ru": [r"не (?:будет |будут )?(?:депортирова|выдава|выдал|выдан|выслал|выслан|экстрадирова)"
           r"\w*"],
    "fa": [r"(?:اخراج|دیپورت|مسترد|تحویل) (?:نخواهد شد|نکرده|نشده)"],
}  # fmt: skip
_REMOVALS = frozenset({"deportation", "rendition"})  # a request refused was still made

# name -> (patterns by language, patterns that keep the sentence, tactics dropped).
PLAIN_WORD_VETOES: dict[
    str, tuple[dict[str, list[str]], dict[str, list[str]] | None, frozenset[str]]
] = {
    "things_seized_23": (THINGS_SEIZED, ABDUCTED, frozenset({"rendition"})),
    "ruled_out_23": (RULED_OUT, None, _REMOVALS),
}
