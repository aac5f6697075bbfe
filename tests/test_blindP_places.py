"""Places found by the blind batch on where events happen (docs/coding-rules.md, "Where"): a
division given in apposition to a town the gazetteer does not know, the place a noun of taking
names ("the capture of the rebel stronghold of Kidal"), a coup placed by the country of the
president it deposes, an area several countries share that does not widen a country an act
already has, a visit placed in the country it goes to, a participle on another verb's noun that
tells that noun's own place, a village named by an unknown name that is not the last town
named (nor the dateline's), "next to", an embassy named with a possessive pronoun, and
national parks in one first-level division."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event, SourceDocument
from crisisdesk.pipeline import build_article

from .conftest import where

PUBLISHED = date(2023, 12, 23)


def of_type(events: list[Event], kind: str, words: str = "") -> Event:
    found = [e for e in events if e.type == kind and any(words in x.sentence for x in e.evidence)]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def code_document(pipeline, text: str, published: date) -> list[Event]:
    """Code a text file as ingest reads it: headline and wire dateline marked."""
    source = SourceDocument(origin="report.txt", raw=text, format="text", published=published)
    article, _ = build_article(source)
    return pipeline.analyse([article])[0].events


def test_a_division_in_apposition_to_an_unknown_town(code) -> None:
    events = code(
        "On 17 June, gunmen attacked the Federal Government College in Birnin Yauri, Kebbi "
        "State, abducting students and killing a police officer. The gunmen had also attacked a "
        "school in Kaduna State earlier this month.",
        date(2021, 7, 6),
    )
    assert where(of_type(events, "ASSAULT", "Birnin Yauri")) == ("NGA", "NG-KE")


def test_the_capture_of_a_stronghold_of_a_town(code) -> None:
    events = code(
        "The quarrel follows the capture of the rebel stronghold of Kidal by the Malian army "
        "and Russian fighters of the Wagner group on 14 November."
    )
    assert where(of_type(events, "ASSAULT")) == ("MLI", "ML-8")


def test_a_coup_told_in_a_report_on_another_country_deposes_its_president(code) -> None:
    events = code(
        "The African Union suspended Burkina Faso from all its activities on Monday, a week "
        "after soldiers seized power in Ouagadougou. The council suspended Guinea in September "
        "after soldiers overthrew President Alpha Condé.",
        date(2022, 2, 1),
    )
    assert where(of_type(events, "COERCE", "Alpha Condé")) == ("GIN", "GN-C")


def test_an_area_of_several_countries_does_not_widen_a_country(code) -> None:
    events = code(
        "The Economic Community of West African States suspended Burkina Faso on Friday at a "
        "summit held by videoconference. The suspension is the third in West Africa in less "
        "than a year.",
        date(2022, 2, 1),
    )
    assert of_type(events, "SANCTION").place.country == "BFA"


def test_a_visit_is_in_the_country_it_goes_to(code) -> None:
    events = code(
        "Mali's foreign minister, Abdoulaye Diop, was on his first visit to Russia since the "
        "military seized power in Bamako in August 2020.",
        date(2021, 11, 12),
    )
    assert of_type(events, "CONSULT").place.country == "RUS"


def test_a_participle_on_another_verbs_noun_places_that_nouns_act(code) -> None:
    events = code(
        "President Abdelmadjid Tebboune received the cleric in Algiers on Tuesday. Algeria, which "
        "shares a long border with Mali, led the mediation that produced the 2015 accord, signed "
        "in Bamako."
    )
    assert of_type(events, "CONSULT", "mediation").place.country == "DZA"  # not Bamako
    formed = code(
        "The three military governments formed the Alliance of Sahel States with a mutual "
        "defence charter signed in Bamako on 16 September 2023.",
        date(2025, 1, 23),
    )
    assert where(of_type(formed, "COOPERATE")) == ("MLI", "ML-BKO")


def test_a_village_named_by_an_unknown_name_is_not_the_datelines_town(pipeline) -> None:
    events = code_document(
        pipeline,
        "Niger says 23 soldiers killed in ambush\n\n"
        "NIAMEY, 22 March 2024 (Niamey Evening Wire) - Twenty-three Nigerien soldiers were "
        "killed on Wednesday when their unit was ambushed near the village of Teguey, in the "
        "Tillabéri region, the defence ministry said.\n\n"
        "About thirty of the assailants were neutralised in the fighting, the statement added.\n",
        date(2024, 3, 22),
    )
    assert where(of_type(events, "ASSAULT")) == ("NER", "NE-6")


def test_next_to_a_place_is_there(code) -> None:
    events = code(
        "The United States military completed its withdrawal from Niger on Monday, handing over "
        "Air Base 201 in Agadez. US troops had already left Air Base 101, next to Niamey's "
        "airport, on 7 July.",
        date(2024, 8, 7),
    )
    assert where(of_type(events, "RETREAT", "Air Base 101")) == ("NER", "NE-8")


def test_its_embassy_in_the_capital_is_no_seat_of_government(code) -> None:
    events = code(
        "France also said on Thursday that it was closing its embassy in Niamey indefinitely.",
        date(2023, 12, 22),
    )
    assert where(of_type(events, "SANCTION")) == ("NER", "NE-8")


def test_a_national_park_is_in_its_division(code) -> None:
    events = code(
        "Gunmen abducted two French tourists in the Pendjari National Park in May 2019.",
        date(2021, 12, 3),
    )
    assert where(of_type(events, "ASSAULT")) == ("BEN", "BJ-AK")


def test_an_abbreviated_saint_is_spelled_out() -> None:
    from crisisdesk.places.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    for name in ("St Petersburg", "St. Petersburg"):
        place = gazetteer.lookup(name, "RUS")
        assert place is not None and (place.country, place.admin1) == ("RUS", "RU-SPE"), name
    florida = gazetteer.lookup("St. Petersburg", "USA")
    assert florida is not None and florida.country == "USA"


def test_a_mission_named_for_its_host_stands_for_that_country(code) -> None:
    events = code(
        "Niger's junta expelled the UN resident coordinator in Niamey on Tuesday. Mali's junta "
        "demanded in June that the UN peacekeeping mission MINUSMA leave the country without "
        "delay.",
        date(2023, 10, 12),
    )
    assert of_type(events, "REQUEST", "MINUSMA").place.country == "MLI"


def test_a_national_park_with_no_country_named_is_the_reports(code) -> None:
    events = code(
        "Jihadists killed 28 Beninese soldiers at Point Triple, in the Alibori department, on "
        "Wednesday. In February 2022, roadside bombs killed at least eight people, among them "
        "park rangers and a French instructor, in the W park.",
        date(2025, 1, 10),
    )
    assert where(of_type(events, "ASSAULT", "W park")) == ("BEN", "BJ-AL")


def test_a_clause_telling_a_beginning_is_about_the_event(code) -> None:
    events = code(
        "Saudi Arabia and the United States have mediated the talks between the two sides, "
        "which began in Jeddah on 6 May.",
        date(2023, 5, 21),
    )
    assert where(of_type(events, "CONSULT")) == ("SAU", "SA-02")


def test_the_towns_a_stretch_runs_between_are_no_scene(code) -> None:
    events = code(
        "Train attacked in Nigeria\n\n"
        "Gunmen set off explosives on the railway line between Abuja and Kaduna on Monday "
        "evening and opened fire on a passenger train, killing at least eight people.\n\n"
        "An unknown number of passengers were abducted and taken into the bush, officials said.",
        date(2022, 3, 29),
    )
    assert all(where(e) == ("NGA", None) for e in events if e.type == "ASSAULT"), [
        (where(e), e.evidence[0].sentence) for e in events
    ]
