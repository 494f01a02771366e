"""A language-independent key for a proper name written in Latin or Cyrillic letters.

A translation keeps its people and places but not their spelling: Skripal, Скрипаль and
Скрипаля; Salisbury and Солсбери; Fernando and Фернандо. Transliterated to ASCII (Cyrillic
by the usual English romanisation, Latin letters stripped of accents) and reduced to its
consonant skeleton — vowels, ``h`` and ``y`` dropped, letters that transliterations swap
(b/p, f/v/w, c/k/q/g/j, d/t, s/z, r/l) merged, doubles collapsed — each of them gives one key
(``sklbl``, ``slsbl``, ``frnt``). The key is coarse on purpose: the grouper weighs a shared
key by how many stories share it, so a key many names fall on is weak evidence on its own.
``r`` and ``l`` are one letter here, as Chinese writes both with ``l`` (Veronica, 韦罗妮卡).

Chinese writes a foreign full name with an interpunct between its parts (韦罗妮卡·科曼,
贾迈勒·卡舒吉): those parts are read in pinyin (pypinyin's character table, already a
dependency) with the initials that stand for Latin letters mapped back (``x`` for s, ``ng`` for
n) and keyed the same way — Koman and 科曼 (``keman``) both ``kmn``, Khashoggi and
卡舒吉 (``kashuji``) both ``ksk``. Arabic-script words (Persian, Uyghur) are romanised letter by
letter and keyed alike: the key drops vowels, so Persian's unwritten ones cost nothing
(علی‌نژاد → ``linzhad`` → ``lnkt``, as Alinejad). Neither script marks a name, so every word
is keyed but those whose key is common in such news (:func:`arabic_script_keys`, since
``shingles-5``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

_CYRILLIC_LATIN = dict(zip("абвгдезийклмнопрстуфхыэ", "abvgdeziiklmnoprstufkye", strict=True))
_CYRILLIC_LATIN.update({"ё": "e", "ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
                        "ю": "yu", "я": "ya", "ъ": "", "ь": ""})  # fmt: skip
_ROMANISE = str.maketrans(_CYRILLIC_LATIN)

# Russian case endings with a consonant (Скрипалем, Навального): cut before keying, so the
# declined forms key alike; endings of vowels alone vanish with the vowels.
_RUSSIAN_ENDINGS = re.compile(r"(?:ого|его|ому|ему|ами|ями|ом|ем|ём|ой|ей|ым|им|ам|ям|ах|ях)$")
_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "k"), ("ph", "f"), ("ck", "k"))
_MERGE = str.maketrans({"p": "b", "v": "f", "w": "f", "c": "k", "q": "k", "g": "k", "d": "t",
                        "z": "s", "x": "ks", "h": "", "y": "", "r": "l", "j": "k"})  # fmt: skip
_VOWELS = re.compile(r"[aeiou]+")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_DOUBLES = re.compile(r"(.)\1+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MIN_KEY = 3  # shorter skeletons (Yulia → l) say nothing


@lru_cache(maxsize=100_000)  # names recur across a stream of articles
def name_key(name: str) -> str:
    """The name's consonant skeleton, or "" when it is too short to tell names apart."""
    word = name.casefold()
    if _CYRILLIC.search(word) and len(word) > 5:
        word = _RUSSIAN_ENDINGS.sub("", word)
    decomposed = unicodedata.normalize("NFKD", word.translate(_ROMANISE))
    ascii_form = _NOT_LETTERS.sub("", decomposed.encode("ascii", "ignore").decode())
    for digraph, single in _DIGRAPHS:
        ascii_form = ascii_form.replace(digraph, single)
    skeleton = _DOUBLES.sub(r"\1", _VOWELS.sub("", ascii_form.translate(_MERGE)))
    return skeleton if len(skeleton) >= MIN_KEY else ""


# Chinese full names: two or more parts of Han characters joined by an interpunct.
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·‧•・][\u4e00-\u9fff]+)+")
_INTERPUNCT = re.compile(r"[·‧•・]")
_LONGEST_PART = 5  # characters kept of the parts at either end, which run into other words
# Pinyin spellings that stand for other Latin letters in transliterations (西 xi for "si", 滕
# teng for "ten"), applied per syllable before keying; j is merged with g and k anyway.
_PINYIN_AS_LATIN = (("zh", "j"), ("q", "ch"), ("x", "s"))


def han_name_keys(text: str) -> list[str]:
    """Keys of the foreign full names written in Chinese (韦罗妮卡·科曼 → ``flnk``, ``kmn``).
    The first part runs into the words before it and the last into those after (律师韦罗妮卡,
    科曼遭): each is keyed at every length from two to five characters, and a wrong cut gives a
    key that no other name has."""
    keys: list[str] = []
    for match in _HAN_NAME.finditer(text):
        parts = _INTERPUNCT.split(match.group(0))
        spans = [parts[0][-n:] for n in range(2, _LONGEST_PART + 1) if len(parts[0]) >= n]
        spans += [part for part in parts[1:-1] if len(part) <= _LONGEST_PART]
        spans += [parts[-1][:n] for n in range(2, _LONGEST_PART + 1) if len(parts[-1]) >= n]
        keys += [name_key(_pinyin(span)) for span in spans]
    return [key for key in dict.fromkeys(keys) if key]


def _pinyin(han: str) -> str:
    get = _pinyin_table().get
    return "".join([get(char, "") for char in han])


def _as_latin(syllable: str) -> str:
    if syllable.endswith("ng"):
        syllable = syllable[:-1]
    for pinyin, latin in _PINYIN_AS_LATIN:
        if syllable.startswith(pinyin):
            return latin + syllable[len(pinyin) :]
    return syllable


@cache
def _pinyin_table() -> dict[str, str]:
    """Each Han character's first reading, toneless and as Latin (:func:`_as_latin`, applied
    here once per character, not at every character of every name read): about 42,000, read
    once, and only by a process that meets a Chinese full name; the table alone, not
    pypinyin's phrase dictionary (57 MB) that its functions load."""
    data = resources.files("pypinyin").joinpath("pinyin_dict.json").read_text("utf-8")
    table: dict[str, str] = {}
    for code, readings in json.loads(data).items():
        first = unicodedata.normalize("NFKD", readings.split(",", 1)[0])
        table[chr(int(code))] = _as_latin("".join(c for c in first if c.isascii()))
    return table


# Arabic-script letters (Persian, Uyghur, Arabic) as Latin: consonants by their usual
# romanisation, vowels and vowel carriers as vowels (dropped by the key). Persian و is a
# consonant (v) or a vowel (o, u) with no mark to tell them apart: both readings are keyed.
_ARABIC_LATIN = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "z", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "z", "ط": "t",
    "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "h", "ھ": "h", "ی": "i", "ي": "i", "ى": "i", "ې": "e",
    "ا": "a", "آ": "a", "أ": "a", "إ": "a", "ء": "", "ئ": "", "ؤ": "", "ە": "e", "ۇ": "u",
    "ۆ": "o", "ۈ": "u", "ۋ": "v", "ڭ": "ng", "\u200c": "",
}  # fmt: skip
_ROMANISE_ARABIC = str.maketrans(_ARABIC_LATIN)
_ARABIC_WORD = re.compile("[\u0621-\u064a\u067e-\u06d3\u06d5\u200c]+")
# Uyghur case and plural endings, cut so that a declined name also keys as its plain form.
_UYGHUR_ENDINGS = re.compile(r"(?:نىڭ|نى|غا|قا|گە|كە|دا|تا|دە|تە|دىن|تىن|لار|لەر|دىكى|تىكى)$")
_LONG_WORD = 5  # letters: a shorter word is not cut
COMMON_KEYS = Path(__file__).resolve().parent / "data" / "arabic_common_keys.json"
REBUILD = "python -m bench.monitor_arabic_keys --write"


class CommonKeysError(RuntimeError):
    """The common keys' file is missing or not what the builder writes."""


def arabic_script_keys(text: str, common: frozenset[str] | None = None) -> list[str]:
    """Keys of the text's Arabic-script words (Persian, Uyghur: علی‌نژاد and Alinejad both
    ``lnkt``). Neither script marks a name, so every word is keyed but those whose key is
    common in Persian and Uyghur news (``common``, by default the shipped list): in a folder
    of forty texts the grouper cannot yet tell a common word's key from a name's."""
    skip = common_keys() if common is None else common
    keys: list[str] = []
    for word in dict.fromkeys(_ARABIC_WORD.findall(text)):
        forms = {word, _UYGHUR_ENDINGS.sub("", word)} if len(word) > _LONG_WORD else {word}
        for form in forms:
            latin = form.translate(_ROMANISE_ARABIC)
            keys += [name_key(latin.replace("و", "v")), name_key(latin.replace("و", "u"))]
    return [key for key in dict.fromkeys(keys) if key and key not in skip]


@cache
def common_keys() -> frozenset[str]:
    """The keys of Arabic-script words in more than one in a hundred of the corpus's Persian
    and Uyghur texts (``bench/monitor_arabic_keys.py``), read once per process."""
    try:
        data = json.loads(COMMON_KEYS.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CommonKeysError(f"{COMMON_KEYS}: {exc}; rebuild it with `{REBUILD}`") from exc
    keys = data.get("keys") if isinstance(data, dict) else None
    if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
        raise CommonKeysError(f"{COMMON_KEYS}: no list of keys; rebuild it with `{REBUILD}`")
    return frozenset(keys)
