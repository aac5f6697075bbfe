"""The PLOVER v2 ontology data: types, modes, CAMEO roots, scores, contexts, ACLED mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crisisdesk.events.ontology import OntologyError, load_ontology, parse_ontology

GOLD = Path(__file__).resolve().parents[2] / "shared/gold/plover-gsr/plover-gsr.gold.jsonl"
ONTOLOGY_YAML = (
    Path(__file__).resolve().parents[1] / "src/crisisdesk/data/plover/ontology.yaml"
).read_text("utf-8")

PLOVER_V2_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_the_sixteen_v2_types_and_no_retired_ones(onto):
    assert set(onto.types) == PLOVER_V2_TYPES
    for retired in ("FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE", "YIELD", "CRIME"):
        assert not onto.is_valid(retired)


def test_modes_follow_the_v2_tables(onto):
    assert set(onto.types["ASSAULT"].modes) == {
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    }  # fmt: skip
    assert set(onto.types["COERCE"].modes) == {
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    }  # fmt: skip
    assert set(onto.types["REQUEST"].modes) == set(onto.types["REJECT"].modes)
    assert onto.types["AGREE"].modes == {}
    # Names from older drafts are not v2 modes.
    assert not onto.is_valid("ASSAULT", "assassinate")
    assert not onto.is_valid("COERCE", "detain")
    assert not onto.is_valid("PROTEST", "demo-org")
    assert onto.is_valid("ASSAULT", "aerial") and onto.is_valid("ASSAULT")


@pytest.mark.parametrize(
    ("type_", "mode", "root"),
    [
        ("ASSAULT", None, "19"),
        ("ASSAULT", "firearms", "19"),
        ("ASSAULT", "abduct", "18"),
        ("ASSAULT", "suicide-attack", "18"),
        ("ASSAULT", "unconventional", "20"),
        ("ACCUSE", None, "11"),
        ("ACCUSE", "investigate", "09"),
        ("SANCTION", "convict", "11"),
        ("RETREAT", "withdraw", "08"),
        ("CONCEDE", None, "08"),
        ("MOBILIZE", "troops", "15"),
    ],
)
def test_cameo_root_prefers_the_mode_override(onto, type_, mode, root):
    assert onto.cameo_root(type_, mode) == root


def test_every_cameo_root_is_a_cue_category_the_type_comes_from(onto):
    for spec in onto.types.values():
        assert len(spec.cameo_root) == 2 and spec.cameo_root in spec.cameo_roots
        for mode in spec.modes.values():
            assert mode.cameo_root is None or 3 <= int(mode.cameo_root) <= 20


def test_scores_and_quad_classes(onto):
    assert onto.score("ASSAULT") == -9
    assert onto.score("ASSAULT", "unconventional") == -10
    assert onto.score("PROTEST", "vandalize") == onto.score("PROTEST")  # no v2 score
    assert onto.score("ACCUSE") < 0  # the manual's "3" read as -3
    assert all(-10 <= onto.score(name) <= 10 for name in onto.types)
    cooperative = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
    assert all(onto.score(name) > 0 for name in cooperative)
    assert onto.quad_class("CONSULT") == "verbal_cooperation"
    assert onto.quad_class("AID") == "material_cooperation"
    assert onto.quad_class("THREATEN") == "verbal_conflict"
    assert onto.quad_class("ASSAULT") == "material_conflict" and onto.quad_code("ASSAULT") == 4


def test_contexts_include_what_sahel_reporting_needs(onto):
    needed = {
        "military", "terrorism", "peacekeeping", "diplomatic", "pro_autocracy",
        "political_institutions", "human_rights", "humanitarian", "territory", "repression",
    }  # fmt: skip
    assert needed <= set(onto.contexts)
    assert onto.context_sources["humanitarian"] == "cameo2plover"
    assert all(onto.contexts[name] for name in onto.contexts)


def test_acled_has_six_types_and_twenty_five_sub_types(onto):
    event_types = onto.acled_spec.event_types
    assert len(event_types) == 6
    assert sum(len(subs) for subs in event_types.values()) == 25


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("ASSAULT", "firearms", [], True, []), ("Battles", "Armed clash")),
        (("ASSAULT", None, [], False, ["CVL"]), ("Violence against civilians", "Attack")),
        (
            ("ASSAULT", "abduct", [], False, ["CVL"]),
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (("ASSAULT", "aerial", [], False, []), ("Explosions/Remote violence", "Air/drone strike")),
        (("ASSAULT", "drone", [], False, []), ("Explosions/Remote violence", "Air/drone strike")),
        (
            ("ASSAULT", "explosives", [], False, ["MIL"]),
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            ("ASSAULT", "suicide-attack", [], False, ["MIL"]),
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        (
            ("ASSAULT", "heavy-weapons", [], False, ["CVL"]),
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (("ASSAULT", "heavy-weapons", [], True, []), ("Battles", "Armed clash")),
        (("ASSAULT", None, [], False, ["MIL"]), ("Battles", "Armed clash")),
        (("COERCE", "arrest", [], False, ["OPP"]), ("Strategic developments", "Arrests")),
        (("AGREE", None, ["military"], False, []), ("Strategic developments", "Agreement")),
        (("PROTEST", "demo", [], False, []), ("Protests", "Peaceful protest")),
        (("PROTEST", "riot", [], False, []), ("Riots", "Violent demonstration")),
        (("PROTEST", "riot", [], False, ["CVL"]), ("Riots", "Mob violence")),
        (
            ("ASSAULT", "crowd-control", [], False, ["CVL"]),
            ("Protests", "Protest with intervention"),
        ),
        (
            ("COERCE", None, ["pro_autocracy", "military"], False, ["GOV"]),
            ("Strategic developments", "Other"),
        ),
        (
            ("RETREAT", "withdraw", ["territory"], False, []),
            ("Strategic developments", "Non-violent transfer of territory"),
        ),
    ],
)
def test_acled_mapping(onto, args, expected):
    assert onto.acled(*args) == expected


def test_acled_territory_depends_on_who_takes_it(onto):
    taken = onto.acled("ASSAULT", None, ["territory"], True, ["MIL"], actor_sectors=["INS"])
    retaken = onto.acled("ASSAULT", None, ["territory"], True, ["INS"], actor_sectors=["MIL"])
    assert taken == ("Battles", "Non-state actor overtakes territory")
    assert retaken == ("Battles", "Government regains territory")


def test_acled_has_nothing_for_verbal_events(onto):
    for type_ in ("CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"):
        assert onto.acled(type_, None, [], False, []) is None


def test_future_and_threat_recoding(onto):
    assert onto.future_type("AID") == "AGREE"
    assert onto.future_type("CONSULT") == "AGREE"
    assert onto.future_type("RETREAT") == "CONCEDE"
    assert onto.future_type("CONCEDE") == "CONCEDE"
    assert onto.future_type("SANCTION") == "THREATEN"
    assert onto.future_type("MOBILIZE") == "MOBILIZE"
    assert onto.conditional_type("ASSAULT") == "THREATEN"
    assert onto.threat_mode("ASSAULT", "aerial") == "violence"
    assert onto.threat_mode("COERCE", "arrest") == "arrest"
    assert onto.threat_mode("COERCE", "curfew") == "restrict"
    assert onto.threat_mode("SANCTION", "expel") == "expel"
    assert onto.threat_mode("AGREE") is None


def test_a_broken_acled_rule_is_reported_with_file_and_rule():
    broken = ONTOLOGY_YAML.replace("sub_event_type: Armed clash}", "sub_event_type: Armed fight}")
    with pytest.raises(OntologyError, match=r"ontology\.yaml: acled rule \d+: unknown ACLED"):
        parse_ontology(broken)


def test_an_unknown_mode_in_a_rule_is_reported():
    broken = ONTOLOGY_YAML.replace("modes: [suicide-attack]", "modes: [suicide]")
    with pytest.raises(OntologyError, match="unknown PLOVER ASSAULT mode suicide"):
        parse_ontology(broken)


@pytest.mark.skipif(not GOLD.exists(), reason="PLOVER GSR gold file not available")
def test_every_type_and_mode_of_the_plover_gsr_gold_is_valid(onto):
    for line in GOLD.read_text("utf-8").splitlines():
        for event in json.loads(line)["events"]:
            types = event["type"] if isinstance(event["type"], list) else [event["type"]]
            assert onto.is_valid(types[0], event.get("mode")), (types, event.get("mode"))
            assert all(onto.is_valid(type_) for type_ in types)


def test_coding_policies_name_only_plover_types(onto):
    from crisisdesk.events.policies import load_policies

    policies = load_policies()
    assert policies.all_types() <= set(onto.types)
    # the dead of a sentence belong to its ASSAULT, the arrested to its COERCE
    assert policies.count_types["dead"] == {"ASSAULT"}
    assert "COERCE" in policies.count_types["arrested"]
