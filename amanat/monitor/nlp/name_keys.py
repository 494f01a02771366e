"""A language-independent key for a proper name written in Latin or Cyrillic letters.

A translation keeps its people and places but not their spelling: Skripal, Скрипаль and
Скрипаля; Salisbury and Солсбери; Fernando and Фернандо. Transliterated to ASCII (Cyrillic
by the usual English romanisation, Latin letters stripped of accents) and reduced to its
consonant skeleton — vowels, ``h`` and ``y`` dropped, letters that transliterations swap
(b/p, f/v/w, c/k/q/g, d/t, s/z) merged, doubles collapsed — each of them gives one key
(``skrbl``, ``slsbr``, ``frnt``). The key is coarse on purpose: the grouper weighs a shared
key by how many stories share it, so a key many names fall on is weak evidence on its own.
Arabic-script and Chinese names are not keyed: their transliterations drop or change too much
to compare (خاشقجی → ``khshqj``, 卡舒吉 → ``kashuji``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC_LATIN = dict(zip("абвгдезийклмнопрстуфхыэ", "abvgdeziiklmnoprstufkye", strict=True))
_CYRILLIC_LATIN.update({"ё": "e", "ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
                        "ю": "yu", "я": "ya", "ъ": "", "ь": ""})  # fmt: skip
_ROMANISE = str.maketrans(_CYRILLIC_LATIN)

# Russian case endings with a consonant (Скрипалем, Навального): cut before keying, so the
# declined forms key alike; endings of vowels alone vanish with the vowels.
_RUSSIAN_ENDINGS = re.compile(r"(?:ого|его|ому|ему|ами|ями|ом|ем|ём|ой|ей|ым|им|ам|ям|ах|ях)$")
_DIGRAPHS = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "k"), ("ph", "f"), ("ck", "k"))
_MERGE = str.maketrans({"p": "b", "v": "f", "w": "f", "c": "k", "q": "k", "g": "k", "d": "t",
                        "z": "s", "x": "ks", "h": "", "y": ""})  # fmt: skip
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
