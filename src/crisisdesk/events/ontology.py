"""The PLOVER v2 ontology as typed, validated data.

Everything here is read from ``crisisdesk/data/plover/ontology.yaml``: the 16 event types with
their modes, scores, quad classes and CAMEO roots, the contexts, the rules PLOVER gives for
recoding future and threatened actions, and the mapping to ACLED event and sub-event types.
``load_ontology()`` parses and checks the file once and caches the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ONTOLOGY_FILE = "ontology.yaml"
_CAMEO_ROOT_PATTERN = r"^(0[3-9]|1\d|20)$"


class OntologyError(ValueError):
    """The ontology file is inconsistent; the message names the file and the entry."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModeSpec(_Frozen):
    """One PLOVER mode of an event type."""

    name: str
    description: str
    score: float | None = None
    cameo_root: str | None = Field(default=None, pattern=_CAMEO_ROOT_PATTERN)


class EventTypeSpec(_Frozen):
    """One PLOVER v2 event type."""

    name: str
    description: str
    quad_class: str
    score: float = Field(ge=-10, le=10)
    cameo_roots: tuple[str, ...]
    cameo_root: str = Field(pattern=_CAMEO_ROOT_PATTERN)
    requires_recipient: bool = False
    modes: dict[str, ModeSpec] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _default_root_is_listed(self) -> EventTypeSpec:
        if self.cameo_root not in self.cameo_roots:
            raise ValueError(f"{self.name}: cameo_root {self.cameo_root} not in cameo_roots")
        return self


class AcledRule(_Frozen):
    """One PLOVER -> ACLED rule; every condition that is set must hold."""

    type: tuple[str, ...]
    modes: tuple[str | None, ...] | None = None
    contexts_any: tuple[str, ...] | None = None
    two_sided: bool | None = None
    recipient_sectors_any: tuple[str, ...] | None = None
    actor_sectors_any: tuple[str, ...] | None = None
    event_type: str
    sub_event_type: str

    @field_validator("type", mode="before")
    @classmethod
    def _type_as_tuple(cls, value: Any) -> Any:
        return (value,) if isinstance(value, str) else value


class AcledSpec(_Frozen):
    """ACLED event types, sector groups and the ordered mapping rules."""

    event_types: dict[str, tuple[str, ...]]
    state_sectors: frozenset[str]
    armed_sectors: frozenset[str]
    civilian_sectors: frozenset[str]
    rules: tuple[AcledRule, ...]

    def is_valid(self, event_type: str, sub_event_type: str) -> bool:
        """True when ``sub_event_type`` is one of ACLED's sub-types of ``event_type``."""
        return sub_event_type in self.event_types.get(event_type, ())

    def expand_sectors(self, names: Iterable[str]) -> frozenset[str]:
        """Sector names, with the group names state/armed/civilian expanded."""
        groups = {
            "state": self.state_sectors,
            "armed": self.armed_sectors,
            "civilian": self.civilian_sectors,
        }
        expanded: set[str] = set()
        for name in names:
            expanded |= groups.get(name, {name})
        return frozenset(expanded)


class Ontology(_Frozen):
    """The PLOVER v2 ontology: types, modes, contexts and their mappings."""

    version: str
    quad_classes: dict[str, int]
    types: dict[str, EventTypeSpec]
    contexts: dict[str, str]
    context_sources: dict[str, str]
    future_types: dict[str, str]
    conditional_types: dict[str, str]
    threat_modes: dict[str, str]
    acled_spec: AcledSpec

    def is_valid(self, type_: str, mode: str | None = None) -> bool:
        """True when ``type_`` is a PLOVER v2 type and ``mode`` (if given) one of its modes."""
        spec = self.types.get(type_)
        if spec is None:
            return False
        return mode is None or mode in spec.modes

    def spec(self, type_: str) -> EventTypeSpec:
        """The type's spec; raises ``KeyError`` naming the type when it is unknown."""
        try:
            return self.types[type_]
        except KeyError:
            raise KeyError(f"unknown PLOVER type {type_!r}") from None

    def cameo_root(self, type_: str, mode: str | None = None) -> str:
        """The two-digit CAMEO root: the mode's own root if it has one, else the type's."""
        spec = self.spec(type_)
        mode_spec = spec.modes.get(mode) if mode else None
        if mode_spec is not None and mode_spec.cameo_root:
            return mode_spec.cameo_root
        return spec.cameo_root

    def quad_class(self, type_: str) -> str:
        """The quad class name, e.g. ``material_conflict``."""
        return self.spec(type_).quad_class

    def quad_code(self, type_: str) -> int:
        """The PLOVER numeric quad code, 1 (verbal cooperation) to 4 (material conflict)."""
        return self.quad_classes[self.quad_class(type_)]

    def score(self, type_: str, mode: str | None = None) -> float:
        """The PLOVER v2 conflict-cooperation score; the mode's score where it has one."""
        spec = self.spec(type_)
        mode_spec = spec.modes.get(mode) if mode else None
        if mode_spec is not None and mode_spec.score is not None:
            return mode_spec.score
        return spec.score

    def future_type(self, type_: str) -> str:
        """The type to code a planned or promised action of ``type_`` as.

        Future CONSULT/SUPPORT/COOPERATE/AID become AGREE, a future RETREAT becomes CONCEDE,
        announced ASSAULT/COERCE/SANCTION/PROTEST become THREATEN (with :meth:`threat_mode`);
        other types are unchanged.
        """
        return self.future_types.get(type_, type_)

    def conditional_type(self, type_: str) -> str:
        """The type to code a hypothetical (conditional) action of ``type_`` as."""
        return self.conditional_types.get(type_, type_)

    def threat_mode(self, type_: str, mode: str | None = None) -> str | None:
        """The THREATEN mode for a threat to carry out ``type_``/``mode``, if PLOVER has one."""
        if mode and f"{type_}:{mode}" in self.threat_modes:
            return self.threat_modes[f"{type_}:{mode}"]
        return self.threat_modes.get(type_)

    def acled(
        self,
        type_: str,
        mode: str | None,
        contexts: list[str],
        two_sided: bool,
        recipient_sectors: list[str],
        actor_sectors: list[str] | None = None,
    ) -> tuple[str, str] | None:
        """The ACLED (event type, sub-event type) for a PLOVER event, or None if ACLED has none.

        Rules are tried in the file's order and the first that matches wins. Sector names are
        :class:`crisisdesk.model.Sector` values ("MIL", "CVL", ...).
        """
        facts = _AcledFacts(
            type_=type_,
            mode=mode,
            contexts=frozenset(contexts),
            two_sided=two_sided,
            recipient_sectors=frozenset(recipient_sectors),
            actor_sectors=frozenset(actor_sectors or ()),
        )
        for rule in self.acled_spec.rules:
            if facts.matches(rule, self.acled_spec):
                return rule.event_type, rule.sub_event_type
        return None


class _AcledFacts(BaseModel):
    """What the ACLED rules look at, gathered once per lookup."""

    model_config = ConfigDict(frozen=True)

    type_: str
    mode: str | None
    contexts: frozenset[str]
    two_sided: bool
    recipient_sectors: frozenset[str]
    actor_sectors: frozenset[str]

    def matches(self, rule: AcledRule, spec: AcledSpec) -> bool:
        checks = (
            self.type_ in rule.type,
            rule.modes is None or self.mode in rule.modes,
            rule.contexts_any is None or bool(self.contexts & set(rule.contexts_any)),
            rule.two_sided is None or rule.two_sided == self.two_sided,
            _sectors_match(rule.recipient_sectors_any, self.recipient_sectors, spec),
            _sectors_match(rule.actor_sectors_any, self.actor_sectors, spec),
        )
        return all(checks)


def _sectors_match(
    wanted: tuple[str, ...] | None, present: frozenset[str], spec: AcledSpec
) -> bool:
    return wanted is None or bool(present & spec.expand_sectors(wanted))


def _data_text(name: str) -> str:
    return (resources.files("crisisdesk") / "data" / "plover" / name).read_text("utf-8")


def _build_types(raw_types: Mapping[str, Any]) -> dict[str, EventTypeSpec]:
    types: dict[str, EventTypeSpec] = {}
    for name, body in raw_types.items():
        modes = {
            mode: ModeSpec(name=mode, **(mode_body or {}))
            for mode, mode_body in (body.get("modes") or {}).items()
        }
        types[name] = EventTypeSpec(name=name, **{**body, "modes": modes})
    return types


def _check_consistency(onto: Ontology) -> None:
    """Cross-field checks pydantic cannot do field by field."""
    for name, spec in onto.types.items():
        if spec.quad_class not in onto.quad_classes:
            raise OntologyError(f"{ONTOLOGY_FILE}: {name}: unknown quad class {spec.quad_class}")
    for table in ("future_types", "conditional_types"):
        for source, target in getattr(onto, table).items():
            if source not in onto.types or target not in onto.types:
                raise OntologyError(f"{ONTOLOGY_FILE}: {table}: {source} -> {target}")
    threaten = onto.types["THREATEN"].modes
    for key, mode in onto.threat_modes.items():
        type_, _, sub = key.partition(":")
        if not onto.is_valid(type_, sub or None) or mode not in threaten:
            raise OntologyError(f"{ONTOLOGY_FILE}: threat_modes: {key} -> {mode}")
    for index, rule in enumerate(onto.acled_spec.rules):
        _check_rule(onto, index, rule)


def _check_rule(onto: Ontology, index: int, rule: AcledRule) -> None:
    where = f"{ONTOLOGY_FILE}: acled rule {index + 1}"
    if not onto.acled_spec.is_valid(rule.event_type, rule.sub_event_type):
        raise OntologyError(f"{where}: unknown ACLED {rule.event_type}/{rule.sub_event_type}")
    for type_ in rule.type:
        for mode in rule.modes or (None,):
            if not onto.is_valid(type_, mode):
                raise OntologyError(f"{where}: unknown PLOVER {type_} mode {mode}")
    unknown = set(rule.contexts_any or ()) - set(onto.contexts)
    if unknown:
        raise OntologyError(f"{where}: unknown contexts {sorted(unknown)}")


def parse_ontology(text: str) -> Ontology:
    """Parse and check ontology YAML text; raises :class:`OntologyError` when inconsistent."""
    raw = yaml.safe_load(text)
    try:
        contexts = raw["contexts"]
        onto = Ontology(
            version=str(raw["version"]),
            quad_classes=raw["quad_classes"],
            types=_build_types(raw["types"]),
            contexts={name: body["description"] for name, body in contexts.items()},
            context_sources={name: body["source"] for name, body in contexts.items()},
            future_types=raw["future_types"],
            conditional_types=raw.get("conditional_types") or {},
            threat_modes=raw["threat_modes"],
            acled_spec=AcledSpec(**raw["acled"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise OntologyError(f"{ONTOLOGY_FILE}: {error}") from error
    _check_consistency(onto)
    return onto


@cache
def load_ontology() -> Ontology:
    """The packaged PLOVER v2 ontology, parsed and checked once."""
    return parse_ontology(_data_text(ONTOLOGY_FILE))
