"""The gazetteer turns place names from Sahel reporting into located places."""

import pytest

from crisisdesk.model import PlacePrecision
from crisisdesk.places import Gazetteer, default_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def test_town_with_current_admin1(gazetteer: Gazetteer) -> None:
    gao = gazetteer.lookup("Gao")
    assert (gao.precision, gao.country, gao.admin1) == (PlacePrecision.TOWN, "MLI", "ML-7")
    assert gao.lat == pytest.approx(16.27, abs=0.05) and gao.lon == pytest.approx(-0.04, abs=0.05)
    assert gao.geonames_id == 2457163


@pytest.mark.parametrize("spelling", ["Ménaka", "Menaka", "MENAKA"])
def test_menaka_is_in_the_menaka_region_not_natural_earth_gao(
    gazetteer: Gazetteer, spelling: str
) -> None:
    place = gazetteer.lookup(spelling)
    assert place.admin1 == "ML-9" and place.precision == PlacePrecision.TOWN


def test_french_and_english_spellings_are_one_place(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Tombouctou") == gazetteer.lookup("Timbuktu")
    assert gazetteer.lookup("Timbuktu").admin1 == "ML-6"


def test_kidal_region_town(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Tessalit").admin1 == "ML-8"
    assert gazetteer.lookup("Niamey").admin1 == "NE-8"


def test_country(gazetteer: Gazetteer) -> None:
    mali = gazetteer.lookup("Mali")
    assert (mali.precision, mali.country, mali.admin1) == (PlacePrecision.COUNTRY, "MLI", None)
    assert 10 < mali.lat < 25 and -12 < mali.lon < 4  # inside Mali's bounding box
    assert gazetteer.lookup("Ivory Coast").country == "CIV"
    assert gazetteer.lookup("South Sudan").precision == PlacePrecision.COUNTRY


def test_described_regions(gazetteer: Gazetteer) -> None:
    for text in ["northern Mali", "nord du Mali", "the north of Mali", "Mali's north"]:
        place = gazetteer.lookup(text)
        assert (place.precision, place.country, place.admin1) == (
            PlacePrecision.REGION, "MLI", None,
        ), text  # fmt: skip
        assert place.lat is None
    assert gazetteer.lookup("central Mali").name == "central Mali"
    assert gazetteer.lookup("the tri-border area").name == "Liptako-Gourma"
    assert gazetteer.lookup("the north", country_hint="BFA").country == "BFA"
    assert gazetteer.lookup("the north") is None  # no country to attach it to


def test_admin1_names(gazetteer: Gazetteer) -> None:
    gao_region = gazetteer.lookup("Gao region")
    assert (gao_region.precision, gao_region.admin1) == (PlacePrecision.ADMIN1, "ML-7")
    assert gazetteer.lookup("région de Mopti").admin1 == "ML-5"
    assert gazetteer.lookup("Tillabéri").precision == PlacePrecision.ADMIN1
    assert gazetteer.lookup("Borno State").admin1 == "NG-BO"


def test_common_words_do_not_match_in_lower_case(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("ber") is None
    assert gazetteer.lookup("Ber").admin1 == "ML-6"
    assert gazetteer.lookup("boni") is None
    assert gazetteer.lookup("nara") is None


def test_country_hint_breaks_ties(gazetteer: Gazetteer) -> None:
    # San is a town in Mali; elsewhere "San" is mostly a prefix, so the hint matters.
    assert gazetteer.lookup("San", country_hint="MLI").country == "MLI"


def test_admin1_at(gazetteer: Gazetteer) -> None:
    assert gazetteer.admin1_at(16.27, -0.04) == ("ML-7", "Gao")
    assert gazetteer.admin1_at(13.51, 2.11)[0] == "NE-8"
    assert gazetteer.admin1_at(14.10, -1.63) == ("BF-12", "Sahel")  # Djibo: province -> region
    assert gazetteer.admin1_at(48.85, 2.35) is None  # Paris: outside Africa


def test_geonames_fallback_fills_admin1_by_polygon(gazetteer: Gazetteer) -> None:
    place = gazetteer.lookup("Tamale")  # Ghana, not curated
    assert place.country == "GHA" and place.precision == PlacePrecision.TOWN
    assert place.admin1 is not None and place.admin1.startswith("GH-")


def test_entity_patterns(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.entity_patterns()
    by_id: dict[str, list[list[dict]]] = {}
    for pattern in patterns:
        assert pattern["label"] == "GPE"
        by_id.setdefault(pattern["id"], []).append(pattern["pattern"])
    assert [{"ORTH": "Ber"}] in by_id["place:mli-ber"]
    assert [{"LOWER": "tessalit"}] in by_id["place:mli-tessalit"]
    assert "place:ML-7" in by_id
    assert not any(p == [{"LOWER": "mali"}] for ps in by_id.values() for p in ps)


def test_get_resolves_pattern_ids(gazetteer: Gazetteer) -> None:
    assert gazetteer.get("place:mli-gao").admin1 == "ML-7"
    assert gazetteer.get("place:ML-9").precision == PlacePrecision.ADMIN1


def test_a_place_named_like_a_common_word_needs_its_capital(pipeline) -> None:
    """'national unity' is not South Sudan's Unity State; lower-case Sahel names still match."""
    doc = pipeline.nlp("He promised a government of national unity before visiting ménaka.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "GPE"] == [
        ("ménaka", "place:ML-9")
    ]
