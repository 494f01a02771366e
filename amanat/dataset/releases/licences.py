"""Licences a release's data may carry (SPDX identifiers), chosen per deployment.

Code and data are licensed apart: the software is AGPL-3.0-or-later (LICENSE), while the data an
organisation releases is its own to license. ``AMANAT_DATASET_LICENCE`` picks one of these;
each release records the licence it was built under, so changing the setting later does not
relabel files already published.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    spdx: str
    title: str
    url: str


LICENCES = {
    licence.spdx.lower(): licence
    for licence in (
        Licence(
            "CC-BY-4.0",
            "Creative Commons Attribution 4.0 International",
            "https://creativecommons.org/licenses/by/4.0/",
        ),
        Licence(
            "CC-BY-SA-4.0",
            "Creative Commons Attribution-ShareAlike 4.0 International",
            "https://creativecommons.org/licenses/by-sa/4.0/",
        ),
        Licence(
            "CC-BY-NC-4.0",
            "Creative Commons Attribution-NonCommercial 4.0 International",
            "https://creativecommons.org/licenses/by-nc/4.0/",
        ),
        Licence(
            "CC0-1.0",
            "Creative Commons Zero v1.0 Universal",
            "https://creativecommons.org/publicdomain/zero/1.0/",
        ),
        Licence(
            "ODbL-1.0",
            "Open Data Commons Open Database License v1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/",
        ),
    )
}
DEFAULT = "CC-BY-4.0"


def licence(spdx: str) -> Licence:
    """The licence of an SPDX id (any case); unknown ids were refused when settings loaded."""
    return LICENCES[spdx.lower()]
