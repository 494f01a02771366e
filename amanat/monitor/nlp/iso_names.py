"""Country names from a second maintained source: Debian's iso-codes (ISO 3166-1 names and
their translations), as the ``pycountry`` package ships them.

CLDR (Babel) gives one name per state and language, and in some languages not the one news
writes: Uyghur CLDR has بېنگال for Bangladesh where news writes باڭلادىش, سۇرىيە where it
writes سۈرىيە, كونگو - بىراززاۋىل where it writes كونگو. iso-codes' translators chose other
forms (the common, short and official names), so both lists together read more of the ways a
state is written. They only add to CLDR (gazetteer._names keeps CLDR's form where both have
one); a name with a comma ("Korea, Republic of") is a catalogue form no text writes.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

import pycountry

_LOCALES = {"tr": "tr", "zh": "zh_CN", "ug": "ug", "ru": "ru", "fa": "fa", "kk": "kk"}
_FIELDS = ("name", "common_name", "official_name")


def _translator(language: str) -> gettext.NullTranslations:
    locale = _LOCALES.get(language)
    if locale is None:
        return gettext.NullTranslations()
    path = Path(pycountry.LOCALES_DIR) / locale / "LC_MESSAGES" / "iso3166-1.mo"
    with path.open("rb") as catalogue:
        return gettext.GNUTranslations(catalogue)


@cache
def names(language: str) -> dict[str, str]:
    """Surface name → ISO 3166-1 alpha-2 in one language, every field iso-codes translates."""
    translate = _translator(language).gettext
    found: dict[str, str] = {}
    for country in pycountry.countries:
        for field in _FIELDS:
            english = getattr(country, field, None)
            if not english:
                continue
            name = translate(english).strip().rstrip(".")
            if (
                name
                and not any(mark in name for mark in ",،")
                and (language == "en" or name != english)
            ):
                found.setdefault(name, country.alpha_2)
    return found
