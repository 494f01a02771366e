"""Driven out: a text that leads with someone leaving the country because of acts at home
(session 23).

"Threats drive Sri Lankan journalists' leader abroad", "South Sudanese journalist flees after
threats", "Kazakh press-freedom activist flees to Paris, fearing for his life": the threats,
the stabbing, the judges tailed were done at home, before the person left; the flight is the
news. The writers label such texts look-alikes (domestic repression), but the rules read the
flight as people abroad and the acts as done to them there.

The gate (gate.look_alike) sets such a text aside when its first sentence (the headline)
says the person left because of what was done (:data:`DRIVEN`), unless a sentence that holds
one of the acts places it abroad ("threatened again in Paris"): a state that keeps at it after
the flight is reaching abroad. Read in the lead too, the cue also set aside true reports that
give a flight as background ("who fled the country after the crackdown … turns up on Russia's
wanted list"; four of the read splits' true reports, none on the short ones).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from amanat.monitor.nlp.rules import search_in
from amanat.monitor.nlp.rules.shapes import Place

DRIVEN = {
    "en": (r"\b(?:flee|flees|fled|fleeing|leaves|left|leaving|quits?|went) (?:\S+ ){0,7}?"
                     r"(?:after|over|amid|following|fearing)\b|\b(?:drive|drives|drove|driven|"
                     r"force|forces|forced|forcing) (?:\S+ ){0,4}?(?:abroad|into exile|to flee|"
                     r"to leave|out of the country)\b|\bfearing for (?:his|her|their) "
                     r"(?:life|lives|safety)\b|\b(?:flees|leaves|quits) (?:the country|home)\b"),
    "tr": (r"(?:nedeniyle|yüzünden|sonra|üzerine)\s+(?:\S+\s+){0,3}?(?:kaçtı|kaçmak|"
                     r"terk et|ayrıldı|ayrılmak)\w*|(?:ülkeyi terk etmek|kaçmak|ayrılmak) "
                     r"zorunda|hayatından endişe\w*"),
    "zh": (r"(?:被迫|不得不)(?:流亡|出逃|离开|逃离|出走)|后(?:逃往|出逃|流亡|逃离|出走)|"
                     r"担心(?:自己的)?(?:生命|人身)安全"),
    "ug": (r"(?:مەجبۇر|ئامالسىز)\w*\s+(?:\S+\s+){0,2}?(?:قاچ|ئايرىل|چىقىپ كەت)\w*|"
                     r"دىن كېيىن\s+(?:\S+\s+){0,3}?(?:قېچىپ|ئايرىل)\w*|ھاياتىدىن ئەنسىر\w*"),
    "ru": (r"(?:вынужден\w*|пришлось)\s+(?:\S+\s+){0,2}?(?:покинуть|уехать|бежать|"
                     r"эмигрировать)|(?:бежал\w*|уехал\w*|покинул\w*)\s+(?:\S+\s+){0,4}?"
                     r"(?:после|из-за|опаса\w*)|опасаясь за (?:свою )?жизнь"),
    "fa": (r"(?:مجبور|ناچار) (?:به )?(?:ترک|فرار|خروج)|به ترک کشور واداشت|"
                     r"(?:پس از|به دلیل|در پی) (?:\S+ ){0,4}?(?:کشور را ترک|از کشور خارج|گریخت|"
                     r"فرار کرد)|از ترس جان"),
}  # fmt: skip


def driven_out(language: str, heads: str, text: str, sentences: Iterable[str],
               places: Iterable[Place], home: Collection[str | None]) -> bool:  # fmt: skip
    """Whether the first sentence (``heads``, lower-cased) tells of a flight caused by the
    acts, and none of the acts' ``sentences`` places them abroad (a place of another state
    with a locative of where)."""
    if search_in(DRIVEN, language, heads) is None:
        return False
    abroad = [p for p in places if p.locative and p.iso not in home]
    for sentence in sentences:
        start = text.find(sentence)
        if start >= 0 and any(start <= p.start < start + len(sentence) for p in abroad):
            return False
    return True
