"""The hotline's country list in the reader's alphabetical order (core.names does the collating)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from amanat.intake.forms import country_choices


def test_the_turkish_country_list_no_longer_ends_with_accented_letters() -> None:
    listed = [name for code, name in country_choices("tr") if code]
    assert listed.index("Çin") < listed.index("Danimarka")
    assert listed.index("Cezayir") < listed.index("Çin")
    assert listed.index("Şili") < listed.index("Tayland")
    assert listed.index("Ürdün") < listed.index("Vanuatu")
    assert listed[-1] == "Zimbabve"


@pytest.mark.django_db
def test_the_turkish_hotline_page_lists_countries_in_turkish_order(org_a, settings) -> None:
    settings.HOTLINE_ORGANISATION = "org-a"
    page = Client().get("/tr/report/").content.decode()
    select = re.search(r'<select name="country"[^>]*>(.*?)</select>', page, re.S)
    assert select
    listed = re.findall(r"<option value=\"[A-Z]{2}\">([^<]+)</option>", select[1])
    assert listed.index("Çin") < listed.index("Danimarka")
    assert listed.index("Ürdün") < listed.index("Vanuatu")
