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


def test_sudans_rsf_is_an_armed_group_by_any_name(kb: ActorKB) -> None:
    """The paramilitary at war with Sudan's army since April 2023, not the press-freedom NGO."""
    for name in ("RSF", "Rapid Support Forces", "Forces de soutien rapide"):
        actor = kb.lookup(name)
        assert actor.id == "rsf" and actor.country == "SDN" and actor.sector == Sector.REB


def test_an_attack_on_the_rsf_has_it_as_recipient(code) -> None:
    events = code("The army attacked the RSF in Khartoum on Sunday.")
    assert [r.id for e in events for r in e.recipients] == ["rsf"]


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


# --- Country knowledge: demonyms, coverage, ambiguity -----------------------------------------

COUNTRIES_YAML = Path(crisisdesk.__file__).parent / "data" / "actors" / "countries.yaml"


@pytest.fixture(scope="module")
def countries_data() -> dict:
    return yaml.safe_load(COUNTRIES_YAML.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        # The Sahel and its neighbours, English and French, singular and plural
        ("Malian", "MLI"), ("Malians", "MLI"), ("malien", "MLI"), ("maliennes", "MLI"),
        ("Nigerien", "NER"), ("Nigeriens", "NER"), ("Nigérien", "NER"), ("nigériens", "NER"),
        ("nigérienne", "NER"),
        ("Nigerian", "NGA"), ("Nigerians", "NGA"), ("nigérian", "NGA"), ("nigérianes", "NGA"),
        ("Burkinabe", "BFA"), ("Burkinabè", "BFA"), ("burkinabés", "BFA"),
        ("Chadian", "TCD"), ("Chadians", "TCD"), ("tchadienne", "TCD"),
        ("Mauritanian", "MRT"), ("mauritaniens", "MRT"),
        ("Ivorian", "CIV"), ("Ivorians", "CIV"), ("ivoirienne", "CIV"),
        ("Senegalese", "SEN"), ("sénégalais", "SEN"), ("sénégalaises", "SEN"),
        ("Guinean", "GIN"), ("Guineans", "GIN"), ("guinéenne", "GIN"),
        ("Equatorial Guinean", "GNQ"), ("équato-guinéens", "GNQ"),
        ("Bissau-Guinean", "GNB"), ("bissau-guinéenne", "GNB"),
        ("Algerian", "DZA"), ("algériens", "DZA"), ("Libyan", "LBY"), ("Sudanese", "SDN"),
        ("South Sudanese", "SSD"), ("Beninese", "BEN"), ("Togolese", "TGO"),
        ("Ghanaian", "GHA"), ("Cameroonian", "CMR"), ("Central African", "CAF"),
        ("Zairean", "COD"), ("Sahrawi", "ESH"), ("sahraouis", "ESH"),
        # The Middle East: "Thousands of Palestinians", "Israeli soldiers", "Iraqi officials"
        ("Palestinian", "PSE"), ("Palestinians", "PSE"), ("palestinienne", "PSE"),
        ("Israeli", "ISR"), ("Israelis", "ISR"), ("israéliens", "ISR"),
        ("Iraqi", "IRQ"), ("Iraqis", "IRQ"), ("irakiens", "IRQ"),
        ("Afghans", "AFG"), ("afghanes", "AFG"), ("Somalis", "SOM"), ("Syrians", "SYR"),
        ("Yemenis", "YEM"), ("Lebanese", "LBN"), ("Kuwaiti", "KWT"), ("Bahraini", "BHR"),
        ("Omanis", "OMN"), ("Emiratis", "ARE"), ("émiratis", "ARE"),
        # The Balkans and the rest of Europe
        ("Serbian", "SRB"), ("serbes", "SRB"), ("Bosnian", "BIH"), ("Croatian", "HRV"),
        ("croates", "HRV"), ("Montenegrin", "MNE"), ("Albanians", "ALB"),
        ("North Macedonian", "MKD"), ("Slovene", "SVN"), ("Slovak", "SVK"), ("Cypriot", "CYP"),
        ("chypriotes", "CYP"), ("Moldovans", "MDA"), ("Armenians", "ARM"), ("Azeri", "AZE"),
        ("Latvian", "LVA"), ("lettones", "LVA"), ("Icelandic", "ISL"), ("Maltese", "MLT"),
        # Asia, the Americas, Oceania and territories
        ("Filipino", "PHL"), ("Filipinos", "PHL"), ("philippins", "PHL"),
        ("Burmese", "MMR"), ("birmans", "MMR"), ("Thai", "THA"), ("Thais", "THA"),
        ("Laotian", "LAO"), ("Cambodians", "KHM"), ("Uzbek", "UZB"), ("Tajiks", "TJK"),
        ("Kyrgyz", "KGZ"), ("Turkmen", "TKM"), ("Taiwanese", "TWN"), ("taïwanais", "TWN"),
        ("Hong Kongers", "HKG"), ("Cuban", "CUB"), ("Cubans", "CUB"), ("cubaine", "CUB"),
        ("Haitians", "HTI"), ("haïtienne", "HTI"), ("Dominican", "DOM"),
        ("dominiquais", "DMA"), ("Salvadoran", "SLV"), ("Chilean", "CHL"),
        ("péruviens", "PER"), ("Puerto Ricans", "PRI"), ("portoricain", "PRI"),
        ("Greenlandic", "GRL"), ("New Zealanders", "NZL"), ("néo-zélandais", "NZL"),
        ("Papua New Guinean", "PNG"), ("Fijians", "FJI"), ("Ni-Vanuatu", "VUT"),
    ],
)  # fmt: skip
def test_demonym_to_country(kb: ActorKB, word: str, iso3: str) -> None:
    assert kb.country_from_adjective(word) == iso3


@pytest.mark.parametrize(
    "word",
    # Shared by two states (both Congos, both Koreas) or not a state at all (an ethnic group;
    # historic states that are not ISO 3166-1 current codes): never guess a country.
    ["Congolese", "congolais", "Korean", "Kurdish", "Kurds", "Soviet", "Yugoslav", "Tuareg"],
)
def test_ambiguous_or_stateless_demonyms_give_no_country(kb: ActorKB, word: str) -> None:
    assert kb.country_from_adjective(word) is None


def test_every_un_member_and_observer_has_a_demonym(kb: ActorKB, countries_data: dict) -> None:
    members = countries_data["un_member_states"]
    observers = countries_data["un_observer_states"]
    assert len(set(members)) == len(members) == 193
    assert sorted(observers) == ["PSE", "VAT"]
    exempt = countries_data["without_demonym"]
    entries = countries_data["countries"]
    missing = sorted(
        iso3
        for iso3 in [*members, *observers]
        if not (entries.get(iso3) or {}).get("demonyms") and iso3 not in exempt
    )
    assert missing == []
    # The exemption list is honest: each one really lacks an English demonym and has a reason.
    for iso3, reason in exempt.items():
        assert not (entries.get(iso3) or {}).get("demonyms") and len(reason) > 20
        assert kb.get(iso3) is not None


def test_every_listed_demonym_resolves_to_its_own_country(
    kb: ActorKB, countries_data: dict
) -> None:
    # Guards against two countries claiming the same word (the later one would win silently).
    wrong = [
        (word, iso3, kb.country_from_adjective(word))
        for iso3, entry in countries_data["countries"].items()
        for word in [*(entry.get("demonyms") or []), *(entry.get("adjectives_fr") or [])]
        if kb.country_from_adjective(word) != iso3
    ]
    assert wrong == []


def test_new_country_names_and_capitals(kb: ActorKB) -> None:
    assert kb.lookup("Palestine").id == kb.lookup("State of Palestine").id == "PSE"
    assert kb.lookup("Democratic Republic of Congo").id == "COD"
    assert kb.lookup("Congo-Brazzaville").id == "COG"
    assert kb.lookup("Burma").id == "MMR"
    assert kb.lookup("Vatican").id == "VAT"
    assert kb.lookup("Zagreb").id == "HRV-GOV"
    assert kb.lookup("Kuwait City").id == "KWT-GOV"
    assert kb.lookup("Jerusalem") is None  # contested capital: deliberately not a metonym
    assert kb.lookup("chile") is None and kb.lookup("Chile").id == "CHL"  # the pepper


def test_palestinians_as_people_in_spacy(kb: ActorKB) -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(kb.entity_patterns())
    doc = nlp("Thousands of Palestinians staged rallies as Israeli soldiers and Iraqi "
              "officials met Filipinos in the Philippines.")  # fmt: skip
    found = {(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents}
    assert {
        ("Palestinians", "NORP", "PSE"),
        ("Israeli", "NORP", "ISR"),
        ("Iraqi", "NORP", "IRQ"),
        ("Filipinos", "NORP", "PHL"),
        ("Philippines", "GPE", "PHL"),  # the country, not a nationality
    } <= found
