"""Acts that reach abroad by their nature (session 23).

The tagger runs its tactic rules only where a text shows people abroad: a diaspora cue, a host
country, someone sent back (tagging.py). Some acts show it themselves. A red notice or an
extradition request is one state asking others for a person: that person is abroad, whether or
not the text says where ("Bangladesh police asked Interpol for red notices against 25 people",
"Mongolia put its ex-president on the Interpol wanted list"). A warrant or wanted notice said
to be international is for someone out of the state's reach ("Belarus puts fund founders on the
international wanted list"). On read short reports (tnr-fresh169 … 192) these acts were read by
the rules and then discarded for want of a place abroad.

So a text with an origin and none of those cues is still read for these acts
(:data:`ACTS`), and they show people abroad (:func:`reaches_abroad`): for a red notice or an
extradition request, always; for a warrant, when the text calls it international. The
look-alike gate still asks whether the people are political (a red notice for a trafficker is
lawful), and the word model may still veto.

A trial in absentia is read as a warrant (:data:`IN_ABSENTIA_RULES`) but does not show people
abroad by itself: the person may be hiding at home (a blogger sentenced while in hiding in
Bahrain). Counting it as abroad found one more true report of the read short reports for two
more look-alikes taken; reading it only where the text shows people abroad took none.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from amanat.monitor.nlp.rules import make_rules

# A state asking other states for a person: the person is abroad.
REACHING = frozenset({"interpol_abuse", "extradition_request"})
# Every act these texts are read for.
ACTS = REACHING | {"bounty_or_warrant"}

# A warrant for someone out of reach: international, or a trial held in the person's absence.
OUT_OF_REACH = {
    "en": re.compile(r"\binternational(?:ly)?[ -](?:\w+ ){0,2}?(?:wanted|warrants?|search|arrest)"
                     r"|\bred notices?\b"),
    "tr": re.compile(r"uluslararası (?:\S+ ){0,2}?(?:aran|yakalama|arama|tutuklama)"),
    "zh": re.compile(r"国际通缉|全球通缉|国际逮捕令|国际刑警"),
    "ug": re.compile(r"خەلقئارا|ئىنتېرپول"),
    "ru": re.compile(r"международн\w*\s+(?:\S+\s+){0,2}?(?:розыск|ордер|арест)|интерпол"),
    "fa": re.compile(r"بین[\u200c ]?(?:ال)?مللی|اینترپل"),
}  # fmt: skip


def reaches_abroad(language: str, lowered: str, tactics: Collection[str]) -> bool:
    """Whether the acts read show people abroad by themselves (see the module docstring)."""
    if not REACHING.isdisjoint(tactics):
        return True
    if "bounty_or_warrant" not in tactics:
        return False
    cue = OUT_OF_REACH.get(language)
    return cue is not None and cue.search(lowered) is not None


# A sentence passed in absentia: the state convicts someone it cannot reach. The corpus's
# writers code it as a warrant (bounty_or_warrant: a conviction in absentia stands as an order
# to arrest on return); the tactic rules read only an arrest in absentia (shots_and_fears.py).
# Both parts in one sentence: the absence and the verdict.
IN_ABSENTIA_RULES = make_rules("tactic", "bounty_or_warrant", {
    "en": [(r"\bin absentia\b", r"\b(?:sentenc\w*|convict\w*|tried|trials?|condemn\w*|jail\w*|"
                                r"prison|guilty|verdict)\b")],
    "tr": [(r"gıyab\w*", r"mahk[ûu]m\w*|hapis\w*|hapse|ceza\w*|yargıla\w*|idam\w*")],
    "zh": [(r"缺席", r"判处|判决|审判|定罪|判刑|判")],
    "ug": [(r"سىرتتىن", r"جازا\w*|ھۆكۈم\w*|سوتلان\w*|كېسىۋەت\w*|كېسىل\w*")],
    "ru": [(r"заочн\w*", r"пригов\w*|осуд\w*|осужд\w*|лишени\w* свободы|срок\w*|суд\w*")],
    "fa": [(r"غیاب", r"محکوم|حکم|حبس|زندان|اعدام")],
})  # fmt: skip
