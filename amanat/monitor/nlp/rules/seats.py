"""rules-11: diplomatic rows (codebook look-alike: sanctions and diplomatic rows).

A text that opens on a row between states — an ambassador expelled or recalled, a diplomatic
crisis, a minister refused entry — reports what states do to each other's envoys and
officials. A removal it names (an official escorted back across a border) is part of the row,
not an act against the diaspora, unless someone is sent to the origin. Read only in the lead
sentence, where a news text says what it is about. Invented sentence pairs:
``tests/test_lookalikes_round12.py``.
"""

from __future__ import annotations

import re
from functools import cache

_ROW = {
    "en": r"\bdiplomatic (?:row|spat|crisis|dispute|standoff|feud)\b|\b(?:expel\w*|recall\w*|"
          r"summon\w*) (?:\w+ ){0,2}?(?:ambassadors?|envoys?|diplomats?)\b|\bpersona non grata\b",
    "tr": r"diplomatik (?:kriz|gerginli|tartışma|anlaşmazlı)\w*|büyükelçi\w*\s+(?:\S+\s+){0,2}?"
          r"(?:sınır dışı|geri çağır|istenmeyen|ihraç)\w*|istenmeyen (?:kişi|adam)",
    "zh": r"外交(?:风波|危机|争端|纠纷|冲突)|(?:驱逐|召回|召见)[^。；]{0,8}(?:大使|外交官|使节)|"
          r"不受欢迎的人",
    "ug": r"دىپلوماتىك (?:كرىزىس|جېدەل|زىددىيەت|ماجىرا)\w*|(?:باش )?ئەلچى\w*\s+(?:\S+\s+)?"
          r"(?:قوغلا|چاقىرىۋال|چاقىرت)\w*",
    "ru": r"дипломатическ\w* (?:скандал|кризис|конфликт|спор)\w*|(?:высыл|выслал|отзыв|отозва|"
          r"вызва|высла)\w*\s+(?:\S+\s+){0,2}?(?:посла|послов|дипломат\w*)|персон\w* нон грата",
    "fa": r"(?:بحران|تنش|مناقشه|درگیری) دیپلماتیک|(?:اخراج|فراخواندن|احضار) (?:\S+\s+)?"
          r"(?:سفیر|دیپلمات|کاردار)|عنصر نامطلوب",
}  # fmt: skip


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    source = _ROW.get(language)
    return re.compile(source) if source else None


def diplomatic_row(language: str, lowered_lead: str) -> bool:
    """The lead sentence (lower-cased) reports a row between states over their envoys."""
    pattern = _pattern(language)
    return pattern is not None and pattern.search(lowered_lead) is not None
