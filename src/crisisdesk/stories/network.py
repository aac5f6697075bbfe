"""The actor network: who cooperates with whom and who is in conflict with whom, over a period.

Each event record (one per real event, so a story told by five outlets counts once) adds to
the edges between its participants, weighted by PLOVER's cooperation-conflict score for its
type and mode (from ``data/plover/ontology.yaml``: AGREE +2.5, AID +10, ASSAULT -9, ...) and
counted by quad class. Edges are:

* **directed**, from each actor to each recipient ("Mali expels the French ambassador");
* **joint** (undirected), between the actors of an event with no recipient: partners in a
  cooperative act ("Mali, Burkina Faso and Niger sign a charter"), or opposing sides of a
  fight ("the army clashed with the rebels"). In a fight, actors on the same side (an army
  and the contractors backing it) are not linked; see :func:`opponents`.

Negated and hypothetical events did not happen and add nothing. With ``level="country"``
state actors are grouped by their country (the Malian army and government become Mali), which
shows relations between states: over the examples, Mali closer to Russia and breaking with France.
Exports: JSON (nodes and edges) and GraphML written with :mod:`xml.etree.ElementTree`.
"""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date

import pycountry
from pydantic import Field

from crisisdesk.events.ontology import Ontology, load_ontology
from crisisdesk.model import Actor, ActorKind, Model, Sector, Status
from crisisdesk.stories.disagreements import state_sectors
from crisisdesk.stories.records import EventRecord

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_COOPERATION = frozenset({"verbal_cooperation", "material_cooperation"})
_NOT_HAPPENED = frozenset({Status.NEGATED, Status.HYPOTHETICAL})
# Besides state organs, UN and regional bodies are on the "state" side of a fight.
_STATE_LIKE_SECTORS = frozenset({Sector.UNO.value, Sector.IGO.value})


class NetworkNode(Model):
    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str | None = None
    records: int = Field(default=0, description="Records in which it has a relation.")


class NetworkEdge(Model):
    source: str
    target: str
    directed: bool = Field(description="Actor to recipient; false for joint actors.")
    count: int = 0
    score_sum: float = 0.0
    quad_classes: dict[str, int] = Field(default_factory=dict)
    types: dict[str, int] = Field(default_factory=dict)
    first: date | None = None
    last: date | None = None
    record_ids: list[str] = Field(default_factory=list)

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.count if self.count else 0.0


class ActorNetwork(Model):
    since: date | None = None
    until: date | None = None
    level: str = "actor"
    nodes: list[NetworkNode] = Field(default_factory=list)
    edges: list[NetworkEdge] = Field(default_factory=list)

    def between(self, first: str, second: str) -> list[NetworkEdge]:
        """Edges between two nodes, in either direction."""
        ends = {first, second}
        return [edge for edge in self.edges if {edge.source, edge.target} == ends]

    def relation(self, first: str, second: str) -> float:
        """Sum of scores between two nodes: above zero cooperation, below zero conflict."""
        return sum(edge.score_sum for edge in self.between(first, second))


def in_period(record: EventRecord, since: date | None, until: date | None) -> bool:
    """Overlaps [since, until]; an undated record is in no bounded period."""
    if since is None and until is None:
        return True
    if record.date_start is None:
        return False
    end = record.effective_end or record.date_start
    return (since is None or end >= since) and (until is None or record.date_start <= until)


def _state_side(actor: Actor) -> bool:
    if actor.kind == ActorKind.STATE:
        return True
    sector = actor.sector.value if actor.sector else None
    return sector in state_sectors() or sector in _STATE_LIKE_SECTORS


def opponents(first: Actor, second: Actor) -> bool:
    """In a fight with no recipient, are these two on opposite sides?

    A guess from sectors, since the coder does not say who is on which side: a state (or UN)
    force against a non-state group, or two non-state groups of different kinds (jihadists
    against separatists). Two state-side forces ("Malian soldiers, backed by Wagner") are
    taken as allies.
    """
    first_state, second_state = _state_side(first), _state_side(second)
    if first_state != second_state:
        return True
    return not first_state and first.sector != second.sector


def relations(record: EventRecord, ontology: Ontology) -> list[tuple[Actor, Actor, bool]]:
    """(actor, other, directed) pairs the record relates."""
    pairs = [(a, r, True) for a in record.actors for r in record.recipients]
    if record.recipients or len(record.actors) < 2:
        return pairs
    quad = ontology.quad_class(record.type)
    for first, second in itertools.combinations(record.actors, 2):
        if quad in _COOPERATION or (quad == "material_conflict" and opponents(first, second)):
            pairs.append((first, second, False))
    return pairs


def _node_of(actor: Actor, level: str) -> tuple[str, Actor]:
    """The node an actor belongs to: itself, or at country level its country when it acts for
    a state (government, army, police, officials, contractors). Civilians, rebels, militias
    and jihadists keep their own node: the army fighting Malian rebels is not Mali against
    Mali, and Wagner fighting them is not Russia against Mali."""
    if level == "country" and actor.country and _state_side(actor):
        return actor.country, actor
    return actor.id, actor


def build_network(
    records: Iterable[EventRecord],
    since: date | None = None,
    until: date | None = None,
    level: str = "actor",
    ontology: Ontology | None = None,
) -> ActorNetwork:
    """The network of relations in the records that fall in [since, until].

    ``level`` is ``"actor"`` (one node per actor id) or ``"country"`` (state actors grouped
    by country; non-state actors and those with no country, such as the UN or ECOWAS, stay
    nodes of their own).
    """
    if level not in ("actor", "country"):
        raise ValueError(f"level must be 'actor' or 'country', not {level!r}")
    ontology = ontology or load_ontology()
    nodes: dict[str, NetworkNode] = {}
    node_records: dict[str, set[str]] = {}
    edges: dict[tuple[str, str, bool], NetworkEdge] = {}
    for record in records:
        if record.status in _NOT_HAPPENED or not in_period(record, since, until):
            continue
        if record.type not in ontology.types:
            continue
        score = ontology.score(record.type, record.mode)
        quad = ontology.quad_class(record.type)
        for first, second, directed in relations(record, ontology):
            source, source_actor = _node_of(first, level)
            target, target_actor = _node_of(second, level)
            if source == target:
                continue
            if not directed and target < source:
                source, target = target, source
                source_actor, target_actor = target_actor, source_actor
            for node_id, actor in ((source, source_actor), (target, target_actor)):
                _add_node(nodes, node_id, actor, level)
                node_records.setdefault(node_id, set()).add(record.id)
            edge = edges.setdefault(
                (source, target, directed),
                NetworkEdge(source=source, target=target, directed=directed),
            )
            _add_to_edge(edge, record, score, quad)
    for node_id, node in nodes.items():
        node.records = len(node_records[node_id])
    ordered_edges = sorted(edges.values(), key=lambda e: (e.source, e.target, not e.directed))
    return ActorNetwork(
        since=since,
        until=until,
        level=level,
        nodes=sorted(nodes.values(), key=lambda node: node.id),
        edges=ordered_edges,
    )


def _add_node(nodes: dict[str, NetworkNode], node_id: str, actor: Actor, level: str) -> None:
    """Add the node, or give a country node its state's name once a state actor shows it."""
    country_node = level == "country" and node_id == actor.country
    existing = nodes.get(node_id)
    if existing is not None:
        if country_node and actor.kind == ActorKind.STATE:
            existing.name = actor.name
        return
    if country_node:
        name = actor.name if actor.kind == ActorKind.STATE else country_name(node_id)
        nodes[node_id] = NetworkNode(id=node_id, name=name, country=node_id, kind="state")
        return
    nodes[node_id] = NetworkNode(
        id=node_id,
        name=actor.name,
        country=actor.country,
        sector=actor.sector.value if actor.sector else None,
        kind=actor.kind.value,
    )


def country_name(iso3: str) -> str:
    """The country's short name from pycountry's ISO 3166 data, else the code itself."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


def _add_to_edge(edge: NetworkEdge, record: EventRecord, score: float, quad: str) -> None:
    if record.id in edge.record_ids:  # two actors of one country: count the record once
        return
    edge.count += 1
    edge.score_sum += score
    edge.quad_classes[quad] = edge.quad_classes.get(quad, 0) + 1
    edge.types[record.type] = edge.types.get(record.type, 0) + 1
    edge.record_ids.append(record.id)
    if record.date_start is not None:
        end = record.effective_end or record.date_start
        edge.first = record.date_start if edge.first is None else min(edge.first, record.date_start)
        edge.last = end if edge.last is None else max(edge.last, end)


# -- exports ---------------------------------------------------------------------------------


def network_to_json(network: ActorNetwork) -> str:
    """{"since", "until", "level", "nodes": [...], "edges": [...]} with mean scores."""
    data = network.model_dump(mode="json")
    for edge, dumped in zip(network.edges, data["edges"], strict=True):
        dumped["mean_score"] = round(edge.mean_score, 3)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


_NODE_KEYS = (
    ("name", "string"),
    ("country", "string"),
    ("sector", "string"),
    ("kind", "string"),
    ("records", "int"),
)
_EDGE_KEYS = (
    ("count", "int"),
    ("score_sum", "double"),
    ("mean_score", "double"),
    ("verbal_cooperation", "int"),
    ("material_cooperation", "int"),
    ("verbal_conflict", "int"),
    ("material_conflict", "int"),
    ("types", "string"),
    ("first", "string"),
    ("last", "string"),
)


def network_to_graphml(network: ActorNetwork) -> str:
    """GraphML (directed graph; joint edges carry ``directed="false"``)."""
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(_tag("graphml"))
    for scope, keys in (("node", _NODE_KEYS), ("edge", _EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(
                root,
                _tag("key"),
                {
                    "id": f"{scope[0]}_{name}",
                    "for": scope,
                    "attr.name": name,
                    "attr.type": kind,
                },
            )
    graph = ET.SubElement(root, _tag("graph"), {"id": "actors", "edgedefault": "directed"})
    for node in network.nodes:
        element = ET.SubElement(graph, _tag("node"), {"id": node.id})
        _data(
            element,
            "n",
            {
                "name": node.name,
                "country": node.country,
                "sector": node.sector,
                "kind": node.kind,
                "records": node.records,
            },
        )
    for index, edge in enumerate(network.edges):
        element = ET.SubElement(
            graph,
            _tag("edge"),
            {
                "id": f"e{index}",
                "source": edge.source,
                "target": edge.target,
                "directed": "true" if edge.directed else "false",
            },
        )
        fields: dict[str, object] = {
            "count": edge.count,
            "score_sum": round(edge.score_sum, 3),
            "mean_score": round(edge.mean_score, 3),
            **{
                quad: edge.quad_classes.get(quad, 0)
                for quad in (
                    "verbal_cooperation",
                    "material_cooperation",
                    "verbal_conflict",
                    "material_conflict",
                )
            },
            "types": "; ".join(f"{name}:{n}" for name, n in sorted(edge.types.items())),
            "first": edge.first.isoformat() if edge.first else None,
            "last": edge.last.isoformat() if edge.last else None,
        }
        _data(element, "e", fields)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _tag(name: str) -> str:
    return f"{{{GRAPHML_NS}}}{name}"


def _data(element: ET.Element, scope: str, fields: dict[str, object]) -> None:
    for name, value in fields.items():
        if value is not None:
            ET.SubElement(element, _tag("data"), {"key": f"{scope}_{name}"}).text = str(value)
