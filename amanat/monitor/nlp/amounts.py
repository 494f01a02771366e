"""Amounts written with a scale word, as their value: a grouping feature every language keeps.

A bounty, a sum laundered or a fine is the one number a translation keeps, but each language
writes it with its own scale word and often another mantissa: "HK$1 million", "100万港元"
(a hundred ten-thousands), "1 млн", "1,5 milyon", "۵ میلیون", "2.5 مىليون", "27亿" and
"2,7 млрд". Read as the value (``d:1000000``), the English report and its Chinese, Russian or
Persian translation share it; an amount written in digits alone ("10,000") already gives the
same feature. A decimal mark is a point or a comma followed by one or two digits (Turkish and
Russian write "1,5"); a comma before three digits groups thousands.
"""

from __future__ import annotations

import re

from amanat.monitor.nlp import literals
from amanat.monitor.nlp.extract import ascii_digits

_SCALES = {
    # en
    "thousand": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9,
    "billions": 10**9, "trillion": 10**12, "mln": 10**6, "bn": 10**9,
    # tr
    "bin": 10**3, "milyon": 10**6, "milyar": 10**9, "trilyon": 10**12,
    # ru
    "тыс": 10**3, "тысяча": 10**3, "тысячи": 10**3, "тысяч": 10**3, "млн": 10**6,
    "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6, "млрд": 10**9,
    "миллиард": 10**9, "миллиарда": 10**9, "миллиардов": 10**9,
    # fa
    "هزار": 10**3, "میلیون": 10**6, "میلیارد": 10**9,
    # ug
    "مىڭ": 10**3, "مىليون": 10**6, "مىليارد": 10**9,
    # zh (written without a space)
    "千": 10**3, "万": 10**4, "萬": 10**4, "百万": 10**6, "百萬": 10**6, "千万": 10**7,
    "千萬": 10**7, "亿": 10**8, "億": 10**8,
}  # fmt: skip
_WORDS = "|".join(sorted(map(re.escape, _SCALES), key=len, reverse=True))
# The look-behind is read after the first digit, so that the pattern opens with a digit, which
# ``re`` skips to in C (the same matches as ``(?<![A-Za-z0-9.,])(\d{1,3}(?:,\d{3})+|\d+)``).
_NUMBER = r"(\d(?<![A-Za-z0-9.,].)(?:\d{0,2}(?:,\d{3})+|\d*))(?:[.,](\d{1,2}))?(?![\d,]\d)"
# The scale after a space or none; Turkish and Uyghur suffixes may follow it ("milyonluk"),
# Chinese words run on ("100万港元"), but a short word must end ("5 bina" is no 5 bin).
_AMOUNT = re.compile(_NUMBER + rf"\s?({_WORDS})", re.IGNORECASE)
# Every amount holds a scale word: an ASCII text (case-folded by ``str.lower``, cheap) without
# one is not searched; most English news has none. Other texts are searched at once (folding
# them costs about what the search does).
_AMOUNT_GATE = literals.Gate(_AMOUNT)
_WHOLE_WORDS = frozenset({"bin", "bn", "mln", "тыс"})
_LETTER = re.compile(r"[^\W\d_]")
# "$1m", "HK$2.5m", "£3bn": the short English scales only after a currency sign.
_SHORT = re.compile(r"[$£€¥]" + _NUMBER + r"(m|bn)\b")
_SHORT_SCALE = {"m": 10**6, "bn": 10**9}


def amount_features(text: str) -> list[str]:
    """``d:`` features of the amounts written with a scale word, as whole numbers."""
    text = ascii_digits(text)
    found = [] if text.isascii() and not _AMOUNT_GATE.holds(text, literals.fold(text)) else [
        _value(m.group(1), m.group(2), _SCALES[m.group(3).casefold()])
        for m in _AMOUNT.finditer(text) if not _cut_word(text, m)]  # fmt: skip
    found += [
        _value(m.group(1), m.group(2), _SHORT_SCALE[m.group(3)]) for m in _SHORT.finditer(text)
    ]
    return [f"d:{value}" for value in dict.fromkeys(found) if value >= 1000]


def _value(whole: str, fraction: str | None, scale: int) -> int:
    number = int(whole.replace(",", "")) * scale
    if fraction:
        number += int(fraction) * scale // 10 ** len(fraction)
    return number


def _cut_word(text: str, match: re.Match[str]) -> bool:
    """A short scale word that is only the start of a longer word ("bina", "bins")."""
    word = match.group(3).casefold()
    return word in _WHOLE_WORDS and bool(_LETTER.match(text, match.end()))
