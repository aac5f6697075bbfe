"""Type-level coding policies, from ``data/plover/policies.yaml``.

Which types are coded with victims alone, which events a casualty count belongs to, which acts
happen at a scene, and whose proposal makes a recipient: choices of this project that an analyst
can read and change without touching code (see docs/coding-rules.md).
"""

from __future__ import annotations

from functools import cache

import yaml
from pydantic import BaseModel, ConfigDict

from crisisdesk.paths import data_file

POLICIES_FILE = "policies.yaml"


class CodingPolicies(BaseModel):
    """The policies file, checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    victim_types: frozenset[str]
    unattributed_types: frozenset[str]
    given_types: frozenset[str] = frozenset()
    count_types: dict[str, frozenset[str]]
    scene_types: frozenset[str]
    decision_entries: frozenset[str]
    reaction_types: frozenset[str]
    domestic_types: frozenset[str]
    domestic_modes: frozenset[str]
    domestic_frames: frozenset[str]
    meeting_types: frozenset[str]
    owner_is_recipient: frozenset[str]
    ordered_acts: dict[str, frozenset[str]]
    released_from: dict[str, frozenset[str]]
    announced_progressive_types: frozenset[str]
    announced_decision_entries: frozenset[str] = frozenset()
    refused_modes: dict[str, str]
    will_refusal_types: frozenset[str] = frozenset()
    ordered_noun_types: frozenset[str]
    judged_act_types: frozenset[str]
    multilateral_sectors: frozenset[str]
    multilateral_entries: frozenset[str]
    # a type no party of these sectors does on its own: civilians leaving a town are
    # displaced (no RETREAT), bandits setting a bus ablaze attack it (no PROTEST riot)
    not_done_by: dict[str, frozenset[str]] = {}

    def done_by_none(self, type_: str, sectors: list[str | None]) -> bool:
        """Whether every party doing an act of ``type_`` is of a sector that never does it
        (an act with no party, or one of unknown sector, is kept)."""
        excluded = self.not_done_by.get(type_)
        return bool(excluded and sectors) and all(s in excluded for s in sectors)

    def at_a_scene(self, type_: str, entry_id: str) -> bool:
        """Whether an act of this type and trigger entry happens at a scene (an attack, a
        withdrawal), not where it is decided (lifting sanctions is a RETREAT decided at a
        summit)."""
        return type_ in self.scene_types and entry_id not in self.decision_entries

    def all_types(self) -> set[str]:
        """Every type the policies name (for checking them against the ontology)."""
        named = set(self.victim_types | self.unattributed_types | self.scene_types)
        named |= self.given_types
        named |= self.reaction_types | self.domestic_types | self.meeting_types
        named |= self.owner_is_recipient | set(self.ordered_acts)
        named |= self.announced_progressive_types | set(self.refused_modes)
        named |= self.will_refusal_types
        named |= self.ordered_noun_types | self.judged_act_types | set(self.not_done_by)
        for types in self.count_types.values():
            named |= types
        return named


@cache
def load_policies() -> CodingPolicies:
    """The packaged coding policies, parsed once."""
    path = data_file("plover", POLICIES_FILE)
    return CodingPolicies.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
