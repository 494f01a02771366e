"""Language identification: py3langid, corrected by the script the text is written in.

py3langid's model confuses short Uyghur with Arabic or Persian, Chinese with Wu or Cantonese,
and Russian with other Cyrillic languages on short texts. The script decides first where it is
unambiguous: Arabic script with the letters only Uyghur uses (ە ې ۆ ۈ ۇ ڭ) is Uyghur, with
Persian ی ک پ چ ژ گ and no Urdu letters it is Persian; Han
without kana is Chinese; Cyrillic is Russian unless the model names another Cyrillic language
(Kazakh, Kyrgyz, Ukrainian… matter here too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from amanat.monitor.nlp.normalise import script_counts

VERSION = "lang-2"
# Languages the monitor's readers work in: an article in one of them is flagged for review.
WATCHED = frozenset({"ug", "zh", "tr", "ru", "en", "fa"})
_UYGHUR = re.compile("[ەېۆۈۇڭ]")
# Persian writes ی and ک (Arabic: ي and ك) and has پ چ ژ گ; Urdu adds ٹ ڈ ڑ ں ے.
_PERSIAN = re.compile("[یکپچژگ]")
_URDU = re.compile("[ٹڈڑںےۓ]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_CYRILLIC_LANGUAGES = frozenset(
    {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg", "tt", "ba"}
)
_CHINESE_VARIANTS = frozenset({"zh", "wuu", "yue"})
_SAMPLE_CHARS = 1500


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1 where one exists, "und" when nothing could be said
    confidence: float
    script: str
    method: str  # "script" (decided by the writing system) or "model" (py3langid)

    @property
    def watched(self) -> bool:
        return self.code in WATCHED


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _model(text: str) -> tuple[str, float]:
    code, confidence = _identifier().classify(text)
    return str(code), float(confidence)


def identify(text: str) -> LanguageGuess:
    """The language of ``text`` (its first 1,500 characters)."""
    sample = text[:_SAMPLE_CHARS]
    counts = script_counts(sample)
    if not counts:
        return LanguageGuess("und", 0.0, "none", "script")
    script, letters = counts.most_common(1)[0]
    share = letters / sum(counts.values())
    if script == "arabic" and _is_uyghur(sample):
        return LanguageGuess("ug", share, script, "script")
    if script == "arabic" and _is_persian(sample):
        return LanguageGuess("fa", share, script, "script")
    if script == "han" and "kana" not in counts:
        return LanguageGuess("zh", share, script, "script")
    if script == "tibetan":
        return LanguageGuess("bo", share, script, "script")
    code, confidence = _model(sample)
    if script == "cyrillic" and code not in _CYRILLIC_LANGUAGES:
        return LanguageGuess("ru", share, script, "script")
    if code in _CHINESE_VARIANTS:
        code = "zh"
    return LanguageGuess(code, confidence, script, "model")


def _is_uyghur(sample: str) -> bool:
    arabic = len(_ARABIC.findall(sample))
    special = len(_UYGHUR.findall(sample))
    return arabic > 0 and special / arabic >= 0.02


def _is_persian(sample: str) -> bool:
    arabic = len(_ARABIC.findall(sample))
    if arabic == 0 or _URDU.search(sample):
        return False
    return len(_PERSIAN.findall(sample)) / arabic >= 0.03
