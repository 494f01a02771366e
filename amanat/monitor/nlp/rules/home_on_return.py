"""A detention or a passport seized at home, when the person came back (session 23).

Read short reports' look-alikes often tell of someone who lived abroad and was held on coming
home: "an activist who lives in France, arrested when she landed at Marrakech airport", "a
rights defender detained in Baku four days after returning to Azerbaijan", "an asylum seeker
in Britain who went back home in 2020 and was detained over his tweets". The text shows the
person abroad, so the rules read the detention as one abroad; but the act was done at home,
to someone who had returned: domestic repression, the writers' look-alike.

A sentence that holds a detention or a passport seizure, a place of the origin (a place
abroad may be there too: where the person had lived), and a return or an arrival the person
made (not a removal done to them: deported, extradited, handed over, abducted, sent back)
drops those two acts. A warrant to arrest the person on arrival is another
tactic (bounty_or_warrant) and is not dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from amanat.monitor.nlp.rules import search_in
from amanat.monitor.nlp.rules.shapes import Mention, Place, Span

DROPPED = frozenset({"detention", "passport_consular_denial"})

# The person's own return or arrival.
_CAME_BACK = {
    "en": (r"\b(?:after|on|upon|since|when|days? after|weeks? after|shortly after)\s+"
                     r"(?:(?:his|her|their|its)\s+)?(?:return(?:ing|ed)?|arriv(?:al|ing|ed)|"
                     r"land(?:ing|ed))\b|\b(?:returned|went back|came back|flew back|"
                     r"travell?ed back|landed|arrived)\s+(?:home|to|in|at)\b|\bon arrival\b|"
                     r"\bback home\b|\bhomecoming\b"),
    "tr": (r"(?:dönüş|dönd|döner|döndüğ|geri gel|gelir gelmez|iner inmez|"
                     r"ülkesine gel)\w*"),
    "zh": (r"回国|返回|返乡|归国|抵达|回到|一入境|入境时|落地"),
    "ug": (r"قايتىپ كەل\w*|قايتقان\w*|قايتتى|يېتىپ كەل\w*"),
    "ru": (r"вернувш\w*|возвращени\w*|вернул\w*|по прилёт\w*|по прилет\w*|"
                     r"прилетев\w*|по возвращени\w*|прибыв\w*"),
    "fa": (r"(?:پس از|هنگام|به محض|بعد از) (?:بازگشت|برگشت|ورود)"),
}  # fmt: skip

# Done to the person: a removal is the act itself, not a return home.
_SENT = {
    "en": (r"\b(?:deport\w*|extradit\w*|handed (?:over|back)|sent back|forcibly "
                     r"returned|repatriat\w*|abduct\w*|kidnapp?\w*|rendition|expelled|"
                     r"returned by force|forced to return)\b"),
    "tr": (r"sınır dışı|iade|teslim|kaçırıl\w*|zorla"),
    "zh": (r"遣返|引渡|移交|绑架|驱逐|强制"),
    "ug": (r"قايتۇرۇ\w*|ئۆتكۈزۈپ بېر\w*|تاپشۇرۇپ بېر\w*|ئېلىپ قاچ\w*|قوغلىۋېت\w*"),
    "ru": (r"депорт\w*|выда\w*|экстради\w*|передан\w*|похищ\w*|высла\w*|"
                     r"выдвор\w*|принудительн\w*"),
    "fa": (r"اخراج|استرداد|تحویل|ربوده|ربودن|دیپورت|بازگردانده|بازگرداندن"),
}  # fmt: skip


def dropped(language: str, span: Span, lowered: str, home: Collection[str | None],
            places: Iterable[Place], mentions: Iterable[Mention]) -> frozenset[str]:  # fmt: skip
    """The acts :data:`DROPPED` when the sentence (``lowered``) places the person at home on
    their own return: a place of the origin named as where ("in Baku") or its agents (a state
    named as actor), a return or arrival, no removal. A consulate or a capital that asks for
    the act is no agent at home ("по запросу Душанбе")."""
    if search_in(_CAME_BACK, language, lowered) is None:
        return frozenset()
    inside = range(span.start, span.end)
    at_home = any(p.iso in home and p.locative for p in places if p.start in inside) or any(
        m.iso in home and m.role == "actor" for m in mentions if m.start in inside
    )  # "in Baku", "Moroccan police … landed at Marrakech airport"; not "at Dushanbe's request"
    if search_in(_SENT, language, lowered) is not None or not at_home:
        return frozenset()  # a removal, or nothing at home ("on arrival in Hong Kong")
    return DROPPED
