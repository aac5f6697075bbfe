"""The actor network: PLOVER score signs, who is linked to whom, periods, and the exports."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date

import typer
from typer.testing import CliRunner

from crisisdesk.model import Actor, ActorKind, DocumentResult, Sector, Status
from crisisdesk.stories.merge import merge_story
from crisisdesk.stories.network import (
    GRAPHML_NS,
    build_network,
    network_to_graphml,
    network_to_json,
)
from tests.test_merge import (
    FRANCE,
    JNIM,
    KIDAL,
    MALI,
    MALI_GOV,
    MALI_MIL,
    WAGNER,
    _group,
    article,
    event,
)

RUSSIA = Actor(id="RUS", name="Russia", country="RUS", sector=Sector.STATE, kind=ActorKind.STATE)
FRANCE_GOV = _group("FRA", Sector.GOV, "France government")
MALI_REBELS = _group("MLI", Sector.REB, "Mali rebels")
BULLETIN = article("bulletin", "Peace Operations Bulletin", date(2023, 12, 1))
HERALD = article("herald", "Niger Bend Herald", date(2023, 12, 2))


def _events():
    """Mali breaking with France and closer to Russia, plus fighting in Kidal."""
    return [
        event(BULLETIN, "SANCTION", [MALI_GOV], [FRANCE_GOV], day="2022-01-31", mode="expel"),
        event(BULLETIN, "ACCUSE", [MALI], [FRANCE], day="2022-08-16"),
        event(BULLETIN, "COOPERATE", [MALI, RUSSIA], day="2021-12-23"),
        event(BULLETIN, "ASSAULT", [JNIM], [MALI_MIL], place=KIDAL, day="2023-11-10"),
        event(BULLETIN, "ASSAULT", [MALI_MIL, MALI_REBELS], place=KIDAL, day="2023-10-01"),
        event(BULLETIN, "ASSAULT", [MALI_MIL, WAGNER], place=KIDAL, day="2023-11-14"),
        event(BULLETIN, "AGREE", [MALI_GOV], [RUSSIA], day="2023-11-20"),
        event(BULLETIN, "ASSAULT", [JNIM], [FRANCE], status=Status.NEGATED, day="2023-11-21"),
        # The same AGREE told by a second outlet: one record, counted once.
        event(HERALD, "AGREE", [MALI_GOV], [RUSSIA], day="2023-11-20"),
    ]


def _records():
    return merge_story(_events(), [BULLETIN, HERALD], story_id="s")


def test_conflict_is_negative_and_cooperation_positive():
    network = build_network(_records())
    [attack] = network.between("jnim", "MLI-MIL")
    assert attack.directed and attack.source == "jnim"
    assert attack.score_sum == -9.0  # PLOVER ASSAULT
    assert attack.quad_classes == {"material_conflict": 1}
    [agreement] = network.between("MLI-GOV", "RUS")
    assert agreement.count == 1  # two outlets, one event
    assert agreement.score_sum == 2.5  # PLOVER AGREE
    assert agreement.quad_classes == {"verbal_cooperation": 1}
    assert agreement.first == agreement.last == date(2023, 11, 20)


def test_fighting_links_opposing_sides_but_not_allies():
    network = build_network(_records())
    [clash] = network.between("MLI-MIL", "MLI-REB")
    assert not clash.directed and clash.score_sum < 0
    assert network.between("MLI-MIL", "wagner") == []  # "backed by Wagner": same side
    assert network.between("MLI", "RUS")[0].score_sum > 0  # a joint cooperation


def test_negated_events_and_events_outside_the_period_add_nothing():
    network = build_network(_records(), since=date(2023, 1, 1), until=date(2023, 12, 31))
    assert network.between("jnim", "FRA") == []  # the denied attack
    assert network.between("MLI-GOV", "FRA-GOV") == []  # 2022: before the period
    assert len(network.between("jnim", "MLI-MIL")) == 1


def test_by_country_mali_is_closer_to_russia_and_breaking_with_france():
    network = build_network(_records(), level="country")
    assert network.relation("MLI", "RUS") > 0
    assert network.relation("MLI", "FRA") < 0
    names = {node.id: node.name for node in network.nodes}
    assert names["MLI"] == "Mali" and names["FRA"] == "France"
    assert all(edge.source != edge.target for edge in network.edges)
    # Rebels and jihadists keep their own node: the army fighting them is not Mali vs Mali.
    assert network.relation("MLI", "MLI-REB") < 0 and network.relation("jnim", "MLI") < 0


def test_graphml_parses_with_the_right_nodes_and_edges():
    network = build_network(_records())
    root = ET.fromstring(network_to_graphml(network))
    ns = {"g": GRAPHML_NS}
    graph = root.find("g:graph", ns)
    nodes = graph.findall("g:node", ns)
    edges = graph.findall("g:edge", ns)
    # Edges: MLI-GOV->FRA-GOV, MLI->FRA, MLI-RUS (joint), jnim->MLI-MIL, MLI-MIL-MLI-REB (joint),
    # MLI-GOV->RUS.
    assert len(edges) == len(network.edges) == 6
    node_ids = {node.get("id") for node in nodes}
    assert node_ids == {"MLI-GOV", "FRA-GOV", "MLI", "FRA", "RUS", "jnim", "MLI-MIL", "MLI-REB"}
    assert {edge.get("source") for edge in edges} | {e.get("target") for e in edges} == node_ids
    joint = [edge for edge in edges if edge.get("directed") == "false"]
    assert len(joint) == 2
    keys = {key.get("id"): key.get("attr.name") for key in root.findall("g:key", ns)}
    attack = next(e for e in edges if e.get("source") == "jnim")
    data = {keys[d.get("key")]: d.text for d in attack.findall("g:data", ns)}
    assert data["score_sum"] == "-9.0" and data["material_conflict"] == "1"


def test_json_export_has_nodes_edges_and_mean_scores():
    network = build_network(_records())
    data = json.loads(network_to_json(network))
    assert len(data["nodes"]) == 8 and len(data["edges"]) == 6
    attack = next(edge for edge in data["edges"] if edge["source"] == "jnim")
    assert attack["mean_score"] == -9.0 and attack["first"] == "2023-11-10"


def test_actors_command_writes_graphml(tmp_path):
    from crisisdesk.cli_stories import register
    from crisisdesk.store import Store

    events = _events()
    db = tmp_path / "network.duckdb"
    with Store(db) as store:
        store.write([
            DocumentResult(article=source, events=[e for e in events if e.article_id == source.id])
            for source in (BULLETIN, HERALD)
        ])  # fmt: skip
    app = typer.Typer()
    register(app)
    out = tmp_path / "actors.graphml"
    runner = CliRunner()
    done = runner.invoke(
        app,
        ["actors", "--network", "--db", str(db), "--format", "graphml", "--output", str(out)],
    )
    assert done.exit_code == 0, done.output
    graph = ET.parse(out).getroot().find(f"{{{GRAPHML_NS}}}graph")
    assert len(graph.findall(f"{{{GRAPHML_NS}}}edge")) == 6
    table = runner.invoke(app, ["actors", "--network", "--db", str(db), "--by", "country"])
    assert table.exit_code == 0 and "Russia" in table.output
