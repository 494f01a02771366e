"""rules-11: diplomatic rows (codebook look-alike: sanctions and diplomatic rows).

A text that opens on a row between states — an ambassador expelled or recalled, a diplomatic
crisis, a minister refused entry — reports what states do to each other's envoys and
officials. A removal it names (an official escorted back across a border) is part of the row,
not an act against the diaspora, unless someone is sent to the origin. Read only in the lead
sentence, where a news text says what it is about. Invented sentence pairs:
``tests/test_lookalikes_suspects_and_seats.py``.
"""

from __future__ import annotations

from amanat.monitor.nlp.rules import search_in

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


def diplomatic_row(language: str, lowered_lead: str) -> bool:
    """The lead sentence (lower-cased) reports a row between states over their envoys."""
    return search_in(_ROW, language, lowered_lead) is not None


# An organisation's seat ("the New York-based Human Rights Watch", 总部设在美国的人权观察,
# Londra merkezli, базирующаяся в Лондоне, مستقر در لندن): where a body sits, not where the
# people of the story are.
_SEAT_BEFORE = {
    "en": r"\b(?:based|headquartered|registered) in (?:the )?$",
    "zh": r"(?:总部(?:设|位)?(?:在|于)|设在|位于)$",
    "ru": r"(?:базирующ\w*|расположенн\w*|со штаб-квартирой) в(?:о)? $",
    "fa": r"(?:مستقر در|مقر آن در|با مقر در) $",
}
_SEAT_AFTER = {
    "en": r"^-based\b",
    "tr": r"^\S*\s+merkezli\b",
    "ug": r"^\S*\s+(?:مەركەز|شتاب)\w*",
}


# English and Persian say "based in" of people too ("the London-based editor", "a dissident
# based in Paris", "فعال مستقر در لندن"): a person word next to it names where someone lives.
_PERSON = {
    "en": r"\b(?:activists?|dissidents?|journalists?|editors?|bloggers?|writers?|critics?|exiles?|"
          r"lawyers?|reporters?|poets?|artists?|opponents?|leaders?|founders?|members?|"
          r"refugees?|defenders?|campaigners?|students?|scholars?|(?:s?he|they) (?:is|was|are|were)"
          r"|who (?:is|was|are|were)|(?:wo)?m[ae]n|husband|wife|son|daughter|brother|sister)\b",
    "fa": r"(?:فعال|مخالف|روزنامه‌نگار|خبرنگار|نویسنده|سردبیر|وبلاگ‌نویس|منتقد|تبعیدی|وکیل|"
          r"شاعر|هنرمند|پناهنده|دانشجو|رهبر|عضو)",
}  # fmt: skip


def seat_of_a_body(language: str, text: str, start: int, end: int) -> bool:
    """The place at ``start:end`` of the text is named as an organisation's seat ("based
    in", "-based", 总部设在, merkezli), not where a person lives ("the London-based editor")."""
    window_before, window_after = text[max(0, start - 30) : start].lower(), text[end : end + 30]
    seat = bool(
        search_in(_SEAT_BEFORE, language, window_before)
        or search_in(_SEAT_AFTER, language, window_after[:20].lower())
    )
    if not seat or language not in _PERSON:
        return seat
    return search_in(_PERSON, language, window_before + " " + window_after.lower()) is None
