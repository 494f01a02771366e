"""Chart geometry for server-side SVG: bar charts and a tile-grid world map.

Only numbers and positions are computed here; the templates draw them (``dataset/_bars.html``,
``dataset/_map.html``), so every label is escaped by Django and no script, style attribute or
external resource is needed: the charts read the same without JavaScript, and every chart has
the HTML table it was drawn from beside it.

The map is a cartogram: one equal tile per country, placed roughly where it lies (hand-placed
for the ~65 countries where diaspora communities and incidents are most often documented);
every other country is counted in the "other" tile, so the map always adds up to the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from amanat.dataset.analytics.breakdowns import Cell
from amanat.incidents import codebook

BAR_HEIGHT = 18
BAR_GAP = 4
LABEL_WIDTH = 240  # a 32-character label at 12px in DejaVu Sans (Debian’s default) needs ~215
BAR_SPACE = 360
TILE = 34
SHADES = ("#e8edf3", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")

# ISO code → (column, row) on a 21 × 12 grid, west to east and north to south.
TILES: dict[str, tuple[int, int]] = {
    "CA": (1, 1), "US": (1, 2), "MX": (1, 3), "CO": (2, 5), "BR": (3, 6), "AR": (2, 7),
    "CL": (1, 7),
    "IS": (5, 0), "NO": (7, 0), "SE": (8, 0), "FI": (9, 0), "RU": (12, 0),
    "IE": (5, 1), "GB": (6, 1), "NL": (7, 1), "DK": (8, 1), "PL": (9, 1), "UA": (10, 1),
    "FR": (6, 2), "BE": (7, 2), "DE": (8, 2), "CZ": (9, 2), "HU": (10, 2), "GE": (12, 2),
    "KZ": (13, 2), "MN": (15, 2),
    "PT": (5, 3), "ES": (6, 3), "CH": (7, 3), "AT": (8, 3), "RO": (10, 3), "AZ": (12, 3),
    "UZ": (13, 3), "KG": (14, 3), "KR": (17, 3), "JP": (18, 3),
    "IT": (8, 4), "GR": (9, 4), "BG": (10, 4), "TR": (11, 4), "TM": (12, 4), "TJ": (14, 4),
    "CN": (15, 4),
    "MA": (5, 5), "EG": (9, 5), "IL": (10, 5), "IQ": (11, 5), "IR": (12, 5), "AF": (13, 5),
    "PK": (14, 5), "NP": (15, 5), "HK": (16, 5), "TW": (17, 5),
    "SA": (10, 6), "QA": (11, 6), "AE": (12, 6), "IN": (14, 6), "MM": (15, 6), "TH": (16, 6),
    "VN": (17, 6), "PH": (18, 6),
    "KE": (10, 8), "KH": (16, 7), "MY": (16, 8), "SG": (17, 8), "ID": (17, 9),
    "ZA": (9, 10), "AU": (17, 10), "NZ": (19, 11),
}  # fmt: skip
OTHER_TILE = (1, 10)
COLUMNS, ROWS = 21, 12


@dataclass(frozen=True)
class Bar:
    """``label_x``: where the label ends (``text-anchor="end"``, next to the bar); ``text_x``:
    where the count starts (after the bar's end); both in the chart's ``direction``."""

    label: str
    count: int
    y: int
    width: int
    text_x: int
    text_y: int
    label_x: int
    bar_x: int


@dataclass(frozen=True)
class BarChart:
    """``direction`` goes on the ``<svg>``: SVG resolves ``text-anchor`` start/end by the
    text's direction, which a right-to-left page would otherwise pass down to the labels and
    draw them over the bars."""

    title: str
    bars: list[Bar]
    width: int
    height: int
    label_width: int
    direction: str = "ltr"
    empty_x: int = 10


def bars(title: str, cells: Sequence[Cell], *, limit: int = 20, rtl: bool = False) -> BarChart:
    """Horizontal bars, longest count first as given; at most ``limit`` (the table has all).

    ``rtl``: mirrored for a right-to-left language, labels on the right and bars growing to the
    left, as its readers read a chart."""
    shown = list(cells)[:limit]
    peak = max((cell.count for cell in shown), default=0) or 1
    chart_width = LABEL_WIDTH + BAR_SPACE + 70

    def x(left_to_right: int) -> int:
        return chart_width - left_to_right if rtl else left_to_right

    result = []
    for index, cell in enumerate(shown):
        y = index * (BAR_HEIGHT + BAR_GAP)
        width = round(BAR_SPACE * cell.count / peak)
        bar_x = x(LABEL_WIDTH + width) if rtl else LABEL_WIDTH
        result.append(
            Bar(cell.label, cell.count, y, width, x(LABEL_WIDTH + width + 6), y + BAR_HEIGHT - 5,
                x(LABEL_WIDTH - 6), bar_x)
        )  # fmt: skip
    height = max(len(result) * (BAR_HEIGHT + BAR_GAP), BAR_HEIGHT)
    direction = "rtl" if rtl else "ltr"
    return BarChart(title, result, chart_width, height, LABEL_WIDTH, direction, x(10))


@dataclass(frozen=True)
class Tile:
    code: str
    name: str
    count: int
    x: int
    y: int
    fill: str
    dark: bool


@dataclass(frozen=True)
class Map:
    title: str
    tiles: list[Tile]
    width: int
    height: int
    legend: list[tuple[str, str, int]]
    tile: int = TILE


def _shade(count: int, peak: int) -> int:
    if count <= 0 or peak <= 0:
        return 0
    return min(len(SHADES) - 1, 1 + (len(SHADES) - 2) * count // peak)


def world_map(title: str, cells: Sequence[Cell], other_label: str) -> Map:
    """Tiles for the placed countries (zero included) and one for everything else."""
    counts = {cell.code: cell.count for cell in cells}
    other = sum(count for code, count in counts.items() if code not in TILES)
    peak = max([*(counts.get(code, 0) for code in TILES), other, 0])
    tiles = []
    for code, (column, row) in TILES.items():
        count = counts.get(code, 0)
        shade = _shade(count, peak)
        tiles.append(
            Tile(code, codebook.country_name(code), count, column * TILE, row * TILE,
                 SHADES[shade], shade >= 4)
        )  # fmt: skip
    shade = _shade(other, peak)
    tiles.append(
        Tile("…", other_label, other, OTHER_TILE[0] * TILE, OTHER_TILE[1] * TILE, SHADES[shade],
             shade >= 4)
    )  # fmt: skip
    step = max(peak // (len(SHADES) - 1), 1)
    labels = ["0", *(f"≥ {1 + (i - 1) * step}" for i in range(1, len(SHADES)))]
    legend = [
        (shade, label, i * 80) for i, (shade, label) in enumerate(zip(SHADES, labels, strict=True))
    ]
    return Map(title, tiles, COLUMNS * TILE, ROWS * TILE, legend)
