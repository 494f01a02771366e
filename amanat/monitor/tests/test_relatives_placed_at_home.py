"""Where a sentence places the relatives it names (kin.placed_with_relatives) is read on the
text itself: letters whose lower case is longer (Turkish "İ" → "i̇") before the relatives word
do not move it away from its place. Invented sentences."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import extract, gazetteer, kin


def _placed(text: str, language: str, home: str) -> bool:
    span = extract.Span(0, len(text), text)
    places = gazetteer.find_places(text, language)
    return kin.placed_with_relatives(text, language, span, places, frozenset({home}))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("İnsan hakları örgütü İHD, İzmir'de yaşayan İranlı gazetecinin İran'daki yaşlı "
         "akrabalarının sorgulandığını söyledi.", "IR"),
        ("İHD: İstanbul'daki İLKE üyesi İranlı şairin İran'daki bütün akrabaları "
         "sorgulandı.", "IR"),
    ],
)  # fmt: skip
def test_relatives_placed_at_home_after_dotted_capitals(text: str, home: str) -> None:
    assert _placed(text, "tr", home)


def test_relatives_placed_elsewhere_after_dotted_capitals_stay_elsewhere() -> None:
    text = ("İnsan hakları örgütü İHD, İran'da doğan gazetecinin İzmir'deki yaşlı akrabalarının "
            "sorgulandığını söyledi.")  # fmt: skip
    assert not _placed(text, "tr", "IR")
