"""The actor knowledge base resolves the names Sahel reporting uses to stable actors."""

from pathlib import Path

import pytest
import yaml

import crisisdesk
from crisisdesk.actors import ActorKB, KnowledgeBaseError, default_kb
from crisisdesk.model import ActorKind, Sector

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


@pytest.mark.parametrize(
    "mention",
    [
        "Minusma",
        "MINUSMA",
        "the UN mission in Mali",
        "Minusma’s",
        "United Nations Multidimensional Integrated Stabilization Mission in Mali",
        "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali",
    ],
)
def test_minusma_by_any_name(kb: ActorKB, mention: str) -> None:
    actor = kb.lookup(mention)
    assert actor is not None and actor.id == "minusma"
    assert actor.sector == Sector.UNO
    assert actor.mention == mention


def test_ecowas_and_cedeao_are_one_actor(kb: ActorKB) -> None:
    assert kb.lookup("ECOWAS").id == kb.lookup("CEDEAO").id == "ecowas"
    assert kb.lookup("Economic Community of West African States").id == "ecowas"


def test_short_acronym_needs_capitals(kb: ActorKB) -> None:
    assert kb.lookup("AES").id == "aes"
    assert kb.lookup("aes") is None  # lower-case prose, not the alliance
    assert kb.lookup("UN").id == "un"
    assert kb.lookup("un") is None  # French article
    assert kb.lookup("us") is None and kb.lookup("US").id == "USA"


def test_aes_members_and_ecowas_exits(kb: ActorKB) -> None:
    assert sorted(kb.members("aes")) == ["BFA", "MLI", "NER"]
    assert "MLI" not in kb.members("ecowas")
    assert "MLI" in kb.members("ecowas", year=2020)
    assert "MLI" not in kb.members("ecowas", year=2025)


def test_demonyms_english_and_french(kb: ActorKB) -> None:
    assert kb.country_from_adjective("Malian") == "MLI"
    assert kb.country_from_adjective("maliennes") == "MLI"
    assert kb.country_from_adjective("Burkinabè") == "BFA"
    assert kb.country_from_adjective("nigérien") == "NER"
    assert kb.country_from_adjective("Nigerian") == "NGA"  # not Niger
    assert kb.country_from_adjective("russe") == "RUS"
    assert kb.lookup("Malian").id == "MLI"


def test_sector_nouns(kb: ActorKB) -> None:
    assert kb.sector_for_noun("troops") == Sector.MIL
    assert kb.sector_for_noun("soldier") == Sector.MIL
    assert kb.sector_for_noun("gendarmes") == Sector.COP
    assert kb.sector_for_noun("junta") == Sector.GOV
    assert kb.sector_for_noun("jihadists") == Sector.INS
    assert kb.sector_for_noun("dozos") == Sector.MILITIA
    assert kb.sector_for_noun("villagers") == Sector.CVL
    assert kb.sector_for_noun("Casques bleus") == Sector.UNO
    assert kb.sector_for_noun("Malian soldiers") == Sector.MIL
    assert kb.sector_for_noun("weather") is None


def test_named_forces_are_the_country_military(kb: ActorKB) -> None:
    fama = kb.lookup("FAMa")
    assert (fama.id, fama.country, fama.sector) == ("MLI-MIL", "MLI", Sector.MIL)
    assert kb.group_actor("MLI", Sector.MIL, "Malian troops").id == fama.id
    assert kb.lookup("VDP").id == "BFA-MLT"
    # FDS is used in several countries: the hint decides, else the generic military actor.
    assert kb.lookup("FDS", country_hint="NER").id == "NER-MIL"
    assert kb.lookup("FDS").id == "MIL"


def test_group_actor(kb: ActorKB) -> None:
    actor = kb.group_actor("MLI", Sector.MIL, "Malian troops")
    assert actor.name == "Mali military"
    assert actor.kind == ActorKind.GROUP
    assert "Malian troops" in actor.aliases
    generic = kb.group_actor(None, Sector.MIL, "troops")
    assert (generic.id, generic.name, generic.country) == ("MIL", "military forces", None)
    assert kb.get("NER-GOV").name == "Niger government"


def test_capital_as_metonym_is_the_government(kb: ActorKB) -> None:
    actor = kb.lookup("Bamako")
    assert (actor.id, actor.country, actor.sector) == ("MLI-GOV", "MLI", Sector.GOV)
    assert kb.lookup("Moscow").id == "RUS-GOV"
    assert kb.lookup("Paris").id == "FRA-GOV"


def test_person_acts_for_institution(kb: ActorKB) -> None:
    wane = kb.lookup("El-Ghassim Wane")
    assert wane.id == "el-ghassim-wane" and wane.kind == ActorKind.PERSON
    assert wane.sector == Sector.UNO
    assert kb.institution_of(wane.id).id == "minusma"
    goita = kb.lookup("Assimi Goita")
    assert (goita.country, goita.sector) == ("MLI", Sector.GOV)
    assert kb.lookup("wane") is None  # an English verb, not an alias


def test_titles_resolve_by_year(kb: ActorKB) -> None:
    assert kb.lookup("UN chief", year=2015).id == "ban-ki-moon"
    assert kb.lookup("UN Secretary-General", year=2023).id == "antonio-guterres"


def test_peace_operation_for(kb: ActorKB) -> None:
    assert kb.peace_operation_for("MLI", 2020).id == "minusma"
    assert kb.peace_operation_for("MLI", 2024) is None  # MINUSMA left in 2023
    assert kb.peace_operation_for("COD", 2005).id == "monuc"
    assert kb.peace_operation_for("COD", 2015).id == "monusco"


def test_armed_groups(kb: ActorKB) -> None:
    jnim = kb.lookup("Jama'at Nusrat al-Islam wal-Muslimin")
    assert jnim.id == "jnim" and jnim.sector == Sector.INS
    assert kb.lookup("GSIM").id == "jnim"
    assert kb.lookup("Islamic State in the Greater Sahara").id == kb.lookup("EIGS").id
    assert kb.lookup("CMA").sector == Sector.REB
    assert kb.lookup("Wagner").sector == Sector.MIL_PRIV


def test_countries_from_iso_and_curated_names(kb: ActorKB) -> None:
    assert kb.lookup("Ivory Coast").id == kb.lookup("Côte d'Ivoire").id == "CIV"
    assert kb.lookup("Burkina").id == "BFA"
    assert kb.lookup("Tchad").id == "TCD"
    assert kb.lookup("Mali").qid == "Q912"
    assert kb.lookup("Kyrgyzstan").id == "KGZ"  # every ISO country is there
    assert kb.lookup("turkey") is None  # the bird


def test_entity_patterns(kb: ActorKB) -> None:
    patterns = kb.entity_patterns()
    by_id: dict[str, list[dict]] = {}
    for pattern in patterns:
        by_id.setdefault(pattern["id"], []).append(pattern)
    assert {p["label"] for p in by_id["MLI"]} >= {"GPE", "NORP"}
    assert {"ORTH": "AES"} in [p["pattern"][0] for p in by_id["aes"]]
    assert [{"LOWER": "minusma"}] in [p["pattern"] for p in by_id["minusma"]]
    assert all(p["label"] == "PERSON" for p in by_id["assimi-goita"])
    # hyphenated names get the split tokenization spaCy produces
    assert [{"LOWER": "el"}, {"LOWER": "-"}, {"LOWER": "ghassim"}, {"LOWER": "wane"}] in [
        p["pattern"] for p in by_id["el-ghassim-wane"]
    ]


def test_entity_patterns_work_in_spacy(kb: ActorKB) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(kb.entity_patterns())
    doc = nlp("Malian troops and El-Ghassim Wane of MINUSMA met the AES in Bamako.")
    found = {(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents}
    assert ("Malian", "NORP", "MLI") in found
    assert ("El-Ghassim Wane", "PERSON", "el-ghassim-wane") in found
    assert ("MINUSMA", "ORG", "minusma") in found
    assert ("AES", "ORG", "aes") in found


def test_seed_article_actors_resolve(kb: ActorKB) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not available at {SEEDS}")
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(kb.entity_patterns())
    ids = set()
    for path in sorted(SEEDS.glob("*.txt")):
        ids |= {ent.ent_id_ for ent in nlp(path.read_text(encoding="utf-8")).ents}
    assert {"minusma", "MLI", "FRA", "RUS", "ecowas"} <= ids


def test_broken_entry_names_file_and_entry(tmp_path: Path) -> None:
    source = Path(crisisdesk.__file__).parent / "data" / "actors"
    for path in source.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    broken = yaml.safe_load((tmp_path / "armed_groups.yaml").read_text(encoding="utf-8"))
    broken["armed_groups"][0]["sector"] = "WARLORDS"
    (tmp_path / "armed_groups.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"armed_groups\.yaml: entry 'jnim'.*WARLORDS"):
        ActorKB.load(tmp_path)
