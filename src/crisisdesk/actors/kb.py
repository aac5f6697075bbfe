"""The actor knowledge base: who an actor mention in a news report refers to.

All knowledge lives in YAML under ``crisisdesk/data/actors/`` (see ``docs/knowledge.md``); the
list of all countries and their ISO names comes from ``pycountry``. :class:`ActorKB` loads it
once, validates it (a broken entry raises :class:`KnowledgeBaseError` naming file and entry),
and answers exact lookups on folded names (see :mod:`crisisdesk.actors.names`).

Generic actors ("Malian troops", "the authorities") are not listed one by one: they are built
by :meth:`ActorKB.group_actor` from a country and a PLOVER sector, with the id ``MLI-MIL``, so
the same group always gets the same id whichever words named it.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from copy import deepcopy
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from crisisdesk.actors.names import (
    Tokenizer,
    clean,
    fold,
    fold_keep_case,
    is_acronym,
    is_upper_text,
    letter_count,
    token_patterns,
    unique,
)
from crisisdesk.model import Actor, ActorKind, Sector

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Field values a copy may share with the original: deep-copying them gives them back as is.
_IMMUTABLE = (str, int, float, bool, type(None), Enum)
_UNSEEN = object()
_NOUN_CACHE_SIZE = 50_000


def owned_copy(actor: Actor, **update: Any) -> Actor:
    """What ``actor.model_copy(deep=True, update=update)`` gives, without deepcopy's machinery
    for the immutable fields: the caller may change the copy's lists without touching the
    knowledge base's actor."""
    copied = actor.model_copy(update=update or None)
    for key, value in copied.__dict__.items():
        if key in update or isinstance(value, _IMMUTABLE):
            continue
        if type(value) is list and all(type(item) is str for item in value):
            copied.__dict__[key] = list(value)
        else:
            copied.__dict__[key] = deepcopy(value)
    return copied


_ISO3 = re.compile(r"^[A-Z]{3}$")
_GROUP_ID = re.compile(r"^(?:(?P<country>[A-Z]{3})-)?(?P<sector>[A-Z]{2,5})$")

# Operations that count as peace operations, most authoritative first (peace_operation_for).
_PEACE_OPERATIONS = (
    "un_peacekeeping", "au_peace_support", "regional_peace_support", "un_political",
)  # fmt: skip
_OPERATIONS = {*_PEACE_OPERATIONS, "military_operation", "eu_mission"}
_ENTRY_KEYS = {
    "id", "name", "aliases", "qid", "country", "sector", "kind", "parent", "members",
    "host_country", "active", "operation", "roles", "titles",
}  # fmt: skip


class KnowledgeBaseError(ValueError):
    """A data file of the knowledge base is malformed; the message names the file and entry."""


@dataclass(frozen=True)
class _Name:
    """One written name of an actor, as indexed under its folded key."""

    actor_id: str
    written: str
    rule: str  # "any": case-insensitive; "upper": text must be in capitals; "exact": same case
    label: str  # EntityRuler label: GPE, NORP, PERSON, ORG
    pattern_case_sensitive: bool = False


@dataclass
class _Country:
    iso3: str
    name: str
    names: list[str]
    demonyms: list[str] = field(default_factory=list)
    adjectives_fr: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    qid: str | None = None


def _data_dir() -> Path:
    return Path(str(resources.files("crisisdesk") / "data" / "actors"))


def read_yaml(path: Path) -> dict[str, Any]:
    """A knowledge file's top-level mapping; errors name the file (the gazetteer uses it too)."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_Loader)
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeBaseError(f"{path.name}: cannot read: {error}") from error
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path.name}: expected a mapping at the top level")
    return data


def english_plural(word: str) -> str:
    """Regular English plural of the last word of a phrase ("armed group" -> "armed groups")."""
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def french_plural(word: str) -> str:
    """Regular French plural ("malien" -> "maliens", "français" -> "français")."""
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith("eau"):
        return word + "x"
    return word + "s"


class ActorKB:
    """Actors by name: countries, organisations, armed groups, people and generic groups."""

    def __init__(self) -> None:
        self._actors: dict[str, Actor] = {}
        self._meta: dict[str, dict[str, Any]] = {}
        self._names: dict[str, list[_Name]] = {}
        self._countries: dict[str, _Country] = {}
        self._country_names: dict[str, str] = {}  # folded country name -> ISO3
        self._adjectives: dict[str, str] = {}  # folded demonym/adjective form -> ISO3
        self._nouns: dict[str, Sector] = {}
        self._labels: dict[Sector, dict[str, Any]] = {}
        self._forces: dict[tuple[str, Sector], list[str]] = {}  # named forces per group
        self._titles: dict[str, list[tuple[int, int | None, str]]] = {}
        self._title_forms: dict[str, str] = {}  # folded title -> title as written
        self._case_sensitive: set[str] = set()
        # Answers built once from the loaded knowledge, which does not change after loading:
        # the coder asks for the same generic actors and nouns thousands of times per ingest.
        self._group_actors: dict[tuple[str | None, Sector], Actor] = {}
        self._noun_sectors: dict[str, Sector | None] = {}

    # --- loading ------------------------------------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path | None = None) -> ActorKB:
        """Read and validate every data file; ``data_dir`` defaults to the package data."""
        directory = Path(data_dir) if data_dir else _data_dir()
        kb = cls()
        kb._load_countries(directory / "countries.yaml")
        kb._load_sectors(directory / "sectors.yaml")
        kb._load_entries(directory / "organisations.yaml", "organisations", ActorKind.ORGANISATION)
        kb._load_entries(directory / "armed_groups.yaml", "armed_groups", ActorKind.ARMED_GROUP)
        kb._load_entries(directory / "people.yaml", "people", ActorKind.PERSON)
        kb._check_references()
        return kb

    def _load_countries(self, path: Path) -> None:
        data = read_yaml(path)
        self._case_sensitive = set(data.get("case_sensitive") or [])
        extras = data.get("countries") or {}
        if not isinstance(extras, dict):
            raise KnowledgeBaseError(f"{path.name}: 'countries' must map ISO3 codes to entries")
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        known = {country.alpha_3 for country in pycountry.countries}
        for iso3, extra in extras.items():
            if iso3 not in known:
                raise KnowledgeBaseError(f"{path.name}: entry {iso3}: not an ISO 3166-1 alpha-3")
            _check_keys(
                path, iso3, extra, {"qid", "name", "names", "demonyms", "adjectives_fr", "capitals"}
            )
        for record in pycountry.countries:
            extra = extras.get(record.alpha_3) or {}
            self._add_country(_country_from(record, extra, french))

    def _add_country(self, country: _Country) -> None:
        self._countries[country.iso3] = country
        self._actors[country.iso3] = Actor(
            id=country.iso3,
            name=country.name,
            aliases=[n for n in country.names if n != country.name],
            qid=country.qid,
            country=country.iso3,
            sector=Sector.STATE,
            kind=ActorKind.STATE,
        )
        for name in country.names:
            self._index(country.iso3, name, "GPE")
            self._country_names.setdefault(fold(name), country.iso3)
        for demonym in country.demonyms:
            for form in (demonym, _demonym_plural(demonym)):
                self._index(country.iso3, form, "NORP", pattern_case_sensitive=True)
                self._adjectives[fold(form)] = country.iso3
        for adjective in country.adjectives_fr:
            for form in (adjective, french_plural(adjective)):
                self._index(country.iso3, form, "NORP")
                self._adjectives[fold(form)] = country.iso3
        for capital in country.capitals:
            self._index(f"{country.iso3}-{Sector.GOV.value}", capital, "GPE")

    def _load_sectors(self, path: Path) -> None:
        data = read_yaml(path)
        for code, nouns in (data.get("nouns") or {}).items():
            sector = _sector(path, f"nouns.{code}", code)
            for noun in nouns:
                for form in (noun, english_plural(noun), french_plural(noun)):
                    self._nouns.setdefault(fold(form), sector)
        for code, label in (data.get("labels") or {}).items():
            sector = _sector(path, f"labels.{code}", code)
            _check_keys(path, f"labels.{code}", label, {"name", "generic", "nouns"})
            self._labels[sector] = label
        missing = [s.value for s in Sector if s not in self._labels]
        if missing:
            raise KnowledgeBaseError(f"{path.name}: labels: missing sectors {missing}")
        for number, force in enumerate(data.get("named_forces") or [], start=1):
            self._add_named_force(path, number, force)

    def _add_named_force(self, path: Path, number: int, force: dict[str, Any]) -> None:
        where = f"named_forces #{number}"
        _check_keys(path, where, force, {"names", "countries", "sector"})
        sector = _sector(path, where, force.get("sector"))
        countries = force.get("countries") or []
        if not force.get("names") or not countries:
            raise KnowledgeBaseError(f"{path.name}: {where}: needs names and countries")
        for iso3 in countries:
            self._require_country(path, where, iso3)
            self._forces.setdefault((iso3, sector), []).extend(force["names"])
            for name in force["names"]:
                self._index(f"{iso3}-{sector.value}", name, "ORG")

    def _load_entries(self, path: Path, key: str, default_kind: ActorKind) -> None:
        data = read_yaml(path)
        entries = data.get(key)
        if not isinstance(entries, list):
            raise KnowledgeBaseError(f"{path.name}: expected a list under '{key}'")
        for number, entry in enumerate(entries, start=1):
            self._add_entry(path, number, entry, default_kind)

    def _add_entry(self, path: Path, number: int, entry: Any, default_kind: ActorKind) -> None:
        where = f"entry #{number}"
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise KnowledgeBaseError(f"{path.name}: {where}: needs at least 'id' and 'name'")
        actor_id = str(entry["id"])
        where = f"entry '{actor_id}'"
        _check_keys(path, where, entry, _ENTRY_KEYS)
        if actor_id in self._actors or _GROUP_ID.match(actor_id):
            raise KnowledgeBaseError(f"{path.name}: {where}: duplicate or reserved id")
        meta = self._entry_meta(path, where, entry)
        country, sector = self._country_and_sector(path, where, entry, meta)
        kind = ActorKind(entry.get("kind", default_kind.value))
        label = "PERSON" if kind == ActorKind.PERSON else "ORG"
        names = unique([entry["name"], *(entry.get("aliases") or [])])
        self._actors[actor_id] = Actor(
            id=actor_id,
            name=entry["name"],
            aliases=names[1:],
            qid=_qid(path, where, entry.get("qid")),
            country=country,
            sector=sector,
            kind=kind,
        )
        self._meta[actor_id] = {**meta, "file": path.name}
        for name in names:
            self._index(actor_id, name, label)
        for title in entry.get("titles") or []:
            for role in meta.get("roles", []):
                holder = (role["start"], role["end"], actor_id)
                self._titles.setdefault(fold(title), []).append(holder)
            self._title_forms.setdefault(fold(title), title)

    def _entry_meta(self, path: Path, where: str, entry: dict[str, Any]) -> dict[str, Any]:
        """Validated extra facts: members, host country, years active, operation, roles."""
        meta: dict[str, Any] = {}
        if entry.get("parent"):
            meta["parent"] = str(entry["parent"])
        if entry.get("host_country"):
            meta["host_country"] = self._require_country(path, where, entry["host_country"])
        if "active" in entry:
            meta["active"] = _years(path, where, entry["active"])
        if entry.get("operation"):
            if entry["operation"] not in _OPERATIONS:
                raise KnowledgeBaseError(f"{path.name}: {where}: unknown operation")
            meta["operation"] = entry["operation"]
        if entry.get("members"):
            meta["members"] = [self._member(path, where, m) for m in entry["members"]]
        if entry.get("roles"):
            meta["roles"] = [_role(path, where, role) for role in entry["roles"]]
        return meta

    def _country_and_sector(
        self, path: Path, where: str, entry: dict[str, Any], meta: dict[str, Any]
    ) -> tuple[str | None, Sector]:
        """An entry's own country and sector, or, for a person, those of their first role."""
        if meta.get("roles") and "sector" not in entry:
            institution = meta["roles"][0]["institution"]
            if _ISO3.match(institution):
                return self._require_country(path, where, institution), Sector.GOV
            parent = self._actors.get(institution)
            if parent is None:
                raise KnowledgeBaseError(
                    f"{path.name}: {where}: unknown institution '{institution}' (define it first)"
                )
            return parent.country, parent.sector or Sector.STATE
        country = entry.get("country")
        if country is not None:
            self._require_country(path, where, country)
        return country, _sector(path, where, entry.get("sector"))

    def _member(self, path: Path, where: str, member: Any) -> dict[str, Any]:
        if isinstance(member, str):
            member = {"country": member}
        if not isinstance(member, dict) or set(member) - {"country", "since", "until"}:
            raise KnowledgeBaseError(f"{path.name}: {where}: bad member {member!r}")
        self._require_country(path, where, member.get("country"))
        return {"country": member["country"], "since": member.get("since"),
                "until": member.get("until")}  # fmt: skip

    def _require_country(self, path: Path, where: str, iso3: Any) -> str:
        if not isinstance(iso3, str) or iso3 not in self._countries:
            raise KnowledgeBaseError(f"{path.name}: {where}: unknown country code {iso3!r}")
        return iso3

    def _check_references(self) -> None:
        for actor_id, meta in self._meta.items():
            parent = meta.get("parent")
            if parent and parent not in self._actors:
                raise KnowledgeBaseError(
                    f"{meta['file']}: entry '{actor_id}': unknown parent '{parent}'"
                )

    def _index(
        self, actor_id: str, written: str, label: str, *, pattern_case_sensitive: bool = False
    ) -> None:
        key = fold(written)
        if not key:
            return
        bare = clean(written)  # "the UN" is the acronym "UN"
        if bare in self._case_sensitive:
            rule = "exact"
        elif is_acronym(bare) and letter_count(bare) < 4:
            rule = "upper"
        else:
            rule = "any"
        name = _Name(actor_id, written, rule, label, pattern_case_sensitive or rule != "any")
        bucket = self._names.setdefault(key, [])
        if all((n.actor_id, n.written) != (actor_id, written) for n in bucket):
            bucket.append(name)

    # --- lookups ------------------------------------------------------------------------------

    def lookup(
        self, text: str, country_hint: str | None = None, year: int | None = None
    ) -> Actor | None:
        """The actor a mention names, as a copy with ``mention=text``; None if unknown.

        Exact match after folding (case, diacritics, "the", possessive, quotes, hyphens). Short
        acronyms need the text in capitals. When a name is shared (FDS, CNSP), ``country_hint``
        picks the actor; without one a shared force name gives the generic sector actor and a
        shared organisation name gives None. Role titles ("UN chief") resolve to the holder in
        ``year`` (the current holder without one).
        """
        written = clean(text)
        candidates = [n for n in self._names.get(fold(text), []) if _accepts(n, written)]
        actor_ids = list(dict.fromkeys(n.actor_id for n in candidates))
        actor_id = self._choose(actor_ids, country_hint)
        if actor_id is None and not actor_ids:
            actor_id = self._title_holder(fold(text), year)
        actor = self.get(actor_id) if actor_id else None
        return actor.model_copy(update={"mention": text}) if actor else None

    def namesake(self, text: str, country: str | None, year: int | None) -> Actor | None:
        """The one of several actors sharing a name (CNSP, FDS) that fits a report: the one of
        its country, else the one active in its year. None when the name is not shared or
        neither tells them apart."""
        written = clean(text)
        candidates = [n for n in self._names.get(fold(text), []) if _accepts(n, written)]
        actor_ids = list(dict.fromkeys(n.actor_id for n in candidates))
        if len(actor_ids) < 2:
            return None
        actors = [a for a in (self.get(i) for i in actor_ids) if a is not None]
        fitting = [a for a in actors if country and a.country == country]
        if len(fitting) != 1 and year is not None:
            pool = fitting or actors
            fitting = [a for a in pool if _in_years(year, *self._meta.get(a.id, {}).get(
                "active", (None, None)))]  # fmt: skip
        return fitting[0] if len(fitting) == 1 else None

    def _choose(self, actor_ids: list[str], country_hint: str | None) -> str | None:
        if len(actor_ids) <= 1:
            return actor_ids[0] if actor_ids else None
        actors = [a for a in (self.get(i) for i in actor_ids) if a]
        hinted = [a for a in actors if country_hint and a.country == country_hint]
        if len(hinted) == 1:
            return hinted[0].id
        sectors = {a.sector for a in actors}
        if all(a.kind == ActorKind.GROUP for a in actors) and len(sectors) == 1:
            return next(iter(sectors)).value  # generic sector actor, e.g. "MIL"
        return None

    def is_title(self, text: str) -> bool:
        """Whether ``text`` is a role title the knowledge base resolves to its holder."""
        return fold(text) in self._titles

    def _title_holder(self, key: str, year: int | None) -> str | None:
        holders = self._titles.get(key, [])
        if year is not None:
            holders = [h for h in holders if h[0] <= year and (h[1] is None or year <= h[1])]
        else:
            holders = [h for h in holders if h[1] is None] or holders
        return max(holders, key=lambda h: h[0])[2] if holders else None

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id; ids like ``MLI-MIL`` or ``MIL`` give generic group actors."""
        actor = self._actors.get(actor_id)
        if actor is not None:
            return owned_copy(actor)
        match = _GROUP_ID.match(actor_id or "")
        if not match:
            return None
        try:
            sector = Sector(match["sector"])
        except ValueError:
            return None
        country = match["country"]
        if country is not None and country not in self._countries:
            return None
        return self.group_actor(country, sector, mention=None)

    def country_code(self, name: str) -> str | None:
        """ISO3 for a country name in any listed form ("Ivory Coast", "Tchad"); not demonyms."""
        written = clean(name)
        iso3 = self._country_names.get(fold(name))
        if iso3 is None:
            return None
        bucket = [n for n in self._names.get(fold(name), []) if n.actor_id == iso3]
        return iso3 if any(_accepts(n, written) for n in bucket) else None

    def country_name(self, iso3: str) -> str | None:
        country = self._countries.get(iso3)
        return country.name if country else None

    def capital(self, iso3: str) -> str | None:
        """The name of a country's capital (its first listed one), or None."""
        country = self._countries.get(iso3)
        return country.capitals[0] if country and country.capitals else None

    def country_names(self, iso3: str) -> list[str]:
        """Every listed name of a country (English and French), canonical first."""
        country = self._countries.get(iso3)
        return list(country.names) if country else []

    def country_from_adjective(self, word: str) -> str | None:
        """ISO3 for a demonym or adjective, English or French, any gender and number."""
        return self._adjectives.get(fold(word))

    def sector_for_noun(self, noun: str) -> Sector | None:
        """PLOVER sector of a generic actor noun ("troops" -> MIL), singular or plural.

        For a phrase the longest known ending wins ("Malian troops" -> MIL).
        """
        known = self._noun_sectors.get(noun, _UNSEEN)
        if known is not _UNSEEN:
            return known
        if len(self._noun_sectors) >= _NOUN_CACHE_SIZE:
            self._noun_sectors.clear()  # bounded: a long ingest meets ever new phrases
        found = self._noun_sectors[noun] = self._sector_of_words(fold(noun).split())
        return found

    def _sector_of_words(self, words: list[str]) -> Sector | None:
        for start in range(len(words)):
            sector = self._nouns.get(" ".join(words[start:]))
            if sector is not None:
                return sector
        return None

    def group_actor(self, country: str | None, sector: Sector, mention: str | None) -> Actor:
        """The generic actor for a sector of a country: ``MLI-MIL`` "Mali military"."""
        sector = Sector(sector)
        if sector == Sector.STATE and country in self._actors:
            return owned_copy(self._actors[country], mention=mention)
        built = self._group_actors.get((country, sector))
        if built is None:
            built = self._group_actors[(country, sector)] = self._build_group_actor(country, sector)
        return owned_copy(built, mention=mention)

    def _build_group_actor(self, country: str | None, sector: Sector) -> Actor:
        """The generic actor of a country's sector, with no mention (group_actor adds it)."""
        mention = None
        label = self._labels[sector]
        # A generic actor answers to its plain nouns too ("rebels", "gunmen", "jihadists"):
        # that is how reports and analysts name it.
        plain = list(label["nouns"])
        if country is None:
            return Actor(id=sector.value, name=label["generic"], aliases=plain, sector=sector,
                         kind=ActorKind.GROUP, mention=mention)  # fmt: skip
        info = self._countries[country]
        aliases = [f"{demonym} {noun}" for demonym in info.demonyms for noun in label["nouns"]]
        aliases += plain
        aliases += self._forces.get((country, sector), [])
        if sector == Sector.GOV:
            aliases += info.capitals
        return Actor(
            id=f"{country}-{sector.value}",
            name=f"{info.name} {label['name']}",
            aliases=unique(aliases),
            country=country,
            sector=sector,
            kind=ActorKind.GROUP,
            mention=mention,
        )

    def peace_operation_for(self, country: str, year: int | None = None) -> Actor | None:
        """The peace operation hosted by ``country`` in ``year``, UN peacekeeping first.

        With no year: the operation active now, else the one that ended last.
        """
        found: list[tuple[int, int, str]] = []  # (kind rank, last year, id)
        for actor_id, meta in self._meta.items():
            operation = meta.get("operation")
            if meta.get("host_country") != country or operation not in _PEACE_OPERATIONS:
                continue
            start, end = meta.get("active", (None, None))
            if year is not None and not _in_years(year, start, end):
                continue
            last_year = 9999 if end is None else end
            found.append((_PEACE_OPERATIONS.index(operation), last_year, actor_id))
        if not found:
            return None
        if year is None:
            best = min(found, key=lambda f: (-f[1], f[0]))
        else:
            best = min(found, key=lambda f: (f[0], -f[1]))
        return self.get(best[2])

    def is_peace_operation(self, actor_id: str) -> bool:
        """Whether the actor is a peace operation (UN, AU or regional), as MINUSMA is."""
        return self._meta.get(actor_id, {}).get("operation") in _PEACE_OPERATIONS

    def members(self, actor_id: str, year: int | None = None) -> list[str]:
        """ISO3 members of an organisation: current ones, or those of ``year`` when given."""
        members = self._meta.get(actor_id, {}).get("members", [])
        if year is None:
            return [m["country"] for m in members if m["until"] is None]
        return [m["country"] for m in members if _in_years(year, m["since"], m["until"], True)]

    def info(self, actor_id: str) -> dict[str, Any]:
        """Facts beyond the Actor model: parent, host_country, active, operation, roles, file."""
        return dict(self._meta.get(actor_id, {}))

    def institution_of(self, person_id: str, year: int | None = None) -> Actor | None:
        """The actor a person acts for (in ``year``, else their first listed role)."""
        roles = self._meta.get(person_id, {}).get("roles", [])
        if year is not None:
            roles = [r for r in roles if _in_years(year, r["start"], r["end"])] or roles
        return self.get(roles[0]["institution"]) if roles else None

    def actors(self) -> list[Actor]:
        """Every listed actor (countries, organisations, armed groups, people)."""
        return [owned_copy(actor) for actor in self._actors.values()]

    def entity_patterns(self, tokenizer: Tokenizer | None = None) -> list[dict[str, Any]]:
        """spaCy EntityRuler patterns for every name: ``{"label", "pattern", "id"}``.

        Labels: GPE for countries and capitals, NORP for demonyms, PERSON for people, ORG for
        the rest. Case-insensitive names use LOWER; short acronyms, case-sensitive names and
        English demonyms use ORTH. Pass ``nlp.tokenizer``-like ``tokenizer`` (text -> list of
        token texts) for exact tokenization; the default approximates spaCy's English rules
        and adds the French elision split.
        """
        patterns: list[dict[str, Any]] = []
        for bucket in self._names.values():
            for name in bucket:
                for pattern in token_patterns(
                    name.written, case_sensitive=name.pattern_case_sensitive, tokenizer=tokenizer
                ):
                    patterns.append({"label": name.label, "pattern": pattern, "id": name.actor_id})
        # Role titles as written ("The Secretary-General condemns ..." in a UN statement): a
        # PERSON with no id, which `lookup` resolves to the holder; exact case, so that a
        # party's "secretary-general" is not the UN's
        for title in self._titles:
            written = self._title_forms.get(title, title)
            for pattern in token_patterns(written, case_sensitive=True, tokenizer=tokenizer):
                patterns.append({"label": "PERSON", "pattern": pattern, "id": ""})
        return patterns


@lru_cache(maxsize=1)
def default_kb() -> ActorKB:
    """The knowledge base from the package data, loaded once per process."""
    return ActorKB.load()


# --- helpers -----------------------------------------------------------------------------------


def _accepts(name: _Name, written: str) -> bool:
    """Whether the mention as written may match this name under its case rule."""
    if name.rule == "any":
        return True
    if is_upper_text(written):
        return True
    return name.rule == "exact" and fold_keep_case(written) == fold_keep_case(name.written)


def _country_from(record: Any, extra: dict[str, Any], french: gettext.NullTranslations) -> _Country:
    """Merge pycountry's names for one country with the curated extras."""
    iso_names = [getattr(record, "common_name", None), record.name,
                 getattr(record, "official_name", None)]  # fmt: skip
    iso_names = [n for n in iso_names if n]
    french_names = [french.gettext(n) for n in iso_names]
    names = [n for n in [*iso_names, *french_names] if ", " not in n]
    names += [re.sub(r"\s*\(.*?\)", "", n) for n in names if "(" in n]
    canonical = extra.get("name") or next((n for n in names if ", " not in n), record.name)
    return _Country(
        iso3=record.alpha_3,
        name=canonical,
        names=unique([canonical, *names, *(extra.get("names") or [])]),
        demonyms=list(extra.get("demonyms") or []),
        adjectives_fr=list(extra.get("adjectives_fr") or []),
        capitals=list(extra.get("capitals") or []),
        qid=extra.get("qid"),
    )


def _demonym_plural(demonym: str) -> str:
    """English plural of a demonym used as a noun ("Malian" -> "Malians"; "French" stays)."""
    if re.search(r"(sh|ch|ese|s)$", demonym):
        return demonym
    return demonym + "s"


def _check_keys(path: Path, where: Any, entry: Any, allowed: Iterable[str]) -> None:
    if not isinstance(entry, dict):
        raise KnowledgeBaseError(f"{path.name}: entry {where}: expected a mapping")
    unknown = set(entry) - set(allowed)
    if unknown:
        raise KnowledgeBaseError(f"{path.name}: entry {where}: unknown fields {sorted(unknown)}")


def _sector(path: Path, where: str, code: Any) -> Sector:
    try:
        return Sector(code)
    except ValueError as error:
        raise KnowledgeBaseError(f"{path.name}: {where}: unknown sector {code!r}") from error


def _qid(path: Path, where: str, qid: Any) -> str | None:
    if qid is not None and not re.fullmatch(r"Q[1-9][0-9]*", str(qid)):
        raise KnowledgeBaseError(f"{path.name}: {where}: bad Wikidata QID {qid!r}")
    return qid


def _years(path: Path, where: str, value: Any) -> tuple[int | None, int | None]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(v is None or isinstance(v, int) for v in value)
    ):
        raise KnowledgeBaseError(f"{path.name}: {where}: 'active' must be [start, end or null]")
    return value[0], value[1]


def _role(path: Path, where: str, role: Any) -> dict[str, Any]:
    _check_keys(path, where, role, {"title", "institution", "start", "end"})
    if not role.get("institution") or not isinstance(role.get("start"), int):
        raise KnowledgeBaseError(f"{path.name}: {where}: a role needs institution and start year")
    return {"title": role.get("title"), "institution": str(role["institution"]),
            "start": role["start"], "end": role.get("end")}  # fmt: skip


def _in_years(year: int, start: int | None, end: int | None, end_exclusive: bool = False) -> bool:
    """Whether ``year`` falls in [start, end]; membership ends are exclusive (left that year)."""
    if start is not None and year < start:
        return False
    if end is None:
        return True
    return year < end if end_exclusive else year <= end
