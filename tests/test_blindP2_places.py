"""Places found by the second blind places batch (local press and NGO alerts on Burkina Faso,
Niger, Nigeria, Cameroon, Chad and Mali; docs/coding-rules.md, "Where"): divisions whose names
are direction words ("the Far North", Burkina Faso's "East region"), Cameroon's departments and
Nigeria's local government areas named with their type word, a part of a division told by
direction, "the town" after a distance measured from another town, and border towns that
GeoNames files only under a namesake abroad."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event

from .conftest import where


def of_type(events: list[Event], kind: str, words: str = "") -> Event:
    found = [e for e in events if e.type == kind and any(words in x.sentence for x in e.evidence)]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def test_the_far_north_of_cameroon_is_its_division(code) -> None:
    events = code(
        "Gunmen killed six herders near Waza, in Cameroon's Far North region, on Friday. In "
        "June, Boko Haram fighters killed four fishermen in the Far North.",
        date(2021, 7, 5),
    )
    assert where(of_type(events, "ASSAULT", "herders")) == ("CMR", "CM-EN")
    assert where(of_type(events, "ASSAULT", "fishermen")) == ("CMR", "CM-EN")


def test_burkina_regions_in_english_are_its_regions(code) -> None:
    events = code(
        "Burkina Faso: gunmen killed 14 people in the East region on Monday. On Tuesday, "
        "attackers killed nine soldiers in the Centre-East region. Soldiers clashed with "
        "jihadists in the north of the country in April.",
        date(2022, 6, 1),
    )
    assert where(of_type(events, "ASSAULT", "14 people")) == ("BFA", "BF-08")
    assert where(of_type(events, "ASSAULT", "nine soldiers")) == ("BFA", "BF-04")
    north = of_type(events, "ASSAULT", "north of the country")
    assert where(north) == ("BFA", None)


def test_a_cameroon_department_is_not_a_namesake_abroad(code) -> None:
    events = code(
        "A suicide bomber killed five worshippers near a mosque in Kolofata, in the Mayo-Sava "
        "department, on Sunday. Cameroon's army said it had reinforced its posts.",
        date(2016, 2, 1),
    )
    assert where(of_type(events, "ASSAULT", "Kolofata")) == ("CMR", "CM-EN")


def test_an_unknown_village_in_a_cameroon_department(code) -> None:
    events = code(
        "Gunmen killed seven villagers in Gakara, in the Mayo-Tsanaga department, on Saturday.",
        date(2020, 8, 4),
    )
    assert where(of_type(events, "ASSAULT")) == ("CMR", "CM-EN")


def test_a_nigerian_local_government_area_with_its_type_word(code) -> None:
    events = code(
        "Bandits killed 11 farmers in Tsaki village, in the Sabon Birni LGA, on Monday. Gunmen "
        "abducted 20 passengers in the Birnin Gwari Local Government Area on Friday.",
        date(2021, 12, 8),
    )
    assert where(of_type(events, "ASSAULT", "farmers")) == ("NGA", "NG-SO")
    assert where(of_type(events, "ASSAULT", "passengers")) == ("NGA", "NG-KD")


def test_a_part_of_a_division_told_by_direction(code) -> None:
    events = code(
        "Bandits killed 15 people in the eastern part of Sokoto State on Sunday. Jihadists "
        "killed four soldiers in the north of the Tillabéri region on Monday.",
        date(2021, 12, 8),
    )
    assert where(of_type(events, "ASSAULT", "Sokoto")) == ("NGA", "NG-SO")
    assert where(of_type(events, "ASSAULT", "Tillabéri")) == ("NER", "NE-6")


def test_the_town_after_a_distance_is_not_the_distance_town(code) -> None:
    events = code(
        "Gunmen attacked Djibo on Sunday. Djibo, some 200 km north of Ouagadougou, shelters "
        "many displaced families. Jihadist groups have been blockading the town since 2022.",
        date(2023, 11, 28),
    )
    assert where(of_type(events, "COERCE", "blockading")) == ("BFA", "BF-12")


def test_a_border_town_with_a_namesake_abroad(code) -> None:
    events = code(
        "Boko Haram fighters attacked Banki, on Nigeria's border with Cameroon, on Tuesday, "
        "killing three soldiers.",
        date(2017, 3, 2),
    )
    assert where(of_type(events, "ASSAULT")) == ("NGA", "NG-BO")


def test_a_division_name_ending_a_hyphenated_name_is_not_that_division(code) -> None:
    events = code(
        "Gunmen killed five villagers in Ngoumou, in the Koro-Sava department, on Sunday.",
        date(2016, 2, 1),
    )
    assert where(of_type(events, "ASSAULT"))[0] != "MDG"  # not Madagascar's Sava


def test_a_route_named_by_two_towns_with_a_hyphen(code) -> None:
    events = code(
        "Soldiers clashed with jihadists on the Djibo-Arbinda road on Saturday.",
        date(2023, 2, 20),
    )
    assault = of_type(events, "ASSAULT")
    assert where(assault) == ("BFA", "BF-12")
    assert assault.place.name.startswith("between")
