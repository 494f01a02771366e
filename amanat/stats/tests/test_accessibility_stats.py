"""The public statistics, in every language, pass axe-core without a critical or serious
violation, and their bar charts keep each label beside its bar, inside the chart, in
Chromium's real text layout (right to left in Uyghur, Chinese glyphs in Chinese)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from amanat.testing.accessibility import audit, axe_context
from amanat.testing.browser import (  # noqa: F401 - fixtures, active for this module
    allow_django_under_playwright,
    base_url,
    browser_type_launch_args,
)
from amanat.testing.statistics import public_release

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PREFIXES = {"en": "", "ug": "/ug", "tr": "/tr", "zh-hans": "/zh-hans"}

# Each bar's label, rectangle and count as the browser laid them out, and the chart's own box.
_BOXES = """() => [...document.querySelectorAll("svg.bars")].map(svg => {
  const box = r => { const b = r.getBoundingClientRect(); return [b.left, b.right]; };
  return {chart: box(svg), bars: [...svg.querySelectorAll("g")].map(g => {
    const [label, count] = g.querySelectorAll("text");
    return {label: box(label), bar: box(g.querySelector("rect")), count: box(count)};
  })};
})"""


def _overlaps(page: Page, where: str) -> list[str]:
    found = []
    for chart in page.evaluate(_BOXES):
        left, right = chart["chart"]
        for n, bar in enumerate(chart["bars"]):
            label, rect, count = bar["label"], bar["bar"], bar["count"]
            if label[0] < left - 0.5 or label[1] > right + 0.5:
                found.append(f"{where}: label {n} {label} outside the chart {chart['chart']}")
            if label[1] > rect[0] + 0.5 and rect[1] > label[0] + 0.5:
                found.append(f"{where}: label {n} {label} over its bar {rect}")
            if count[1] > rect[0] + 0.5 and rect[1] > count[0] + 0.5:
                found.append(f"{where}: count {n} {count} over its bar {rect}")
    return found


@pytest.mark.parametrize("language", list(PREFIXES))
def test_public_statistics_pass_axe_and_labels_stay_beside_their_bars(
    browser: Browser, live_server, org_a, language
) -> None:
    release = public_release(org_a.organisation)
    page = axe_context(browser, live_server.url).new_page()
    prefix = PREFIXES[language]
    found = audit(page, f"{prefix}/stats/")
    found += audit(page, f"{prefix}/stats/{release.pk}/")
    assert page.locator("svg.bars g").count() > 0
    found += _overlaps(page, language)
    assert found == []
