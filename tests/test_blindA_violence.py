"""Violence reports, blind batch A (wire copy and regional press on attacks, 2019-2024).

A wire headline that opens on its toll, or runs a few words long, is a heading, not a second
copy of the story; a town the report puts in a lower unit "of" a state is in that state; a
place that owns a facility ("Kaduna's airport") is where the facility is; acts counted in
"times" and a state "fighting" groups in the present are no events, nor a leader's order to
his own forces, nor what two groups "attack" in general; a governor acts for his state's
government; "the year before" counts back from the story's date; what a hedged reprisal
answers happened, and "the attack may have been revenge" restates the attack; a Chadian
report's Boma is the base by Lake Chad.
"""

from __future__ import annotations

from datetime import date

from .conftest import (
    code_french,
    day_of,
    ingest_text,
    names_of,
    need_french,
    of_type,
    only,
    told,
    where,
)

PANSI = (
    "24 killed in attack on Protestant church in Burkina Faso\n\n"
    "DORI, 17 February 2020 (Wire) - Gunmen killed 24 people, including a pastor, in an attack "
    "on a Protestant church in the village of Pansi, in the Yagha province of north-eastern "
    "Burkina Faso, during Sunday service, the governor of the Sahel region said on Monday.\n\n"
    "Churches have been targeted several times in the past year."
)

TOUMOUR = (
    "Boko Haram attack kills at least 27 in Niger's Diffa region on eve of vote\n\n"
    "NIAMEY, 14 December 2020 (Wire) - Suspected Boko Haram fighters killed at least 27 people "
    "in an attack on the town of Toumour, in south-eastern Niger's Diffa region, on Saturday "
    "evening, local officials said.\n\n"
    "Niger is also fighting groups linked to al-Qaeda and the Islamic State in the west of the "
    "country, near the border with Mali."
)

MAFA = (
    "DAMATURU, 3 September 2024 (Wire) - Suspected Boko Haram insurgents killed at least 81 "
    "people in an attack on the village of Mafa, in the Tarmuwa local government area of Yobe "
    "State, on Sunday evening, a local government official said on Monday.\n\n"
    "Residents said the attack may have been revenge for the killing of two insurgents by local "
    "vigilantes in the area last week.\n\n"
    "The governor of Yobe State, Mai Mala Buni, condemned the attack on Monday and said the "
    "security agencies had been directed to pursue the attackers."
)


def test_a_headline_opening_on_its_toll_is_a_heading(pipeline) -> None:
    events = of_type(ingest_text(pipeline, PANSI, date(2020, 2, 17)), "ASSAULT")
    attack = only(events, "ASSAULT")  # one attack: the headline is no second copy
    assert day_of(attack) == (date(2020, 2, 16), "day")


def test_acts_counted_in_times_are_no_event(pipeline) -> None:
    events = ingest_text(pipeline, PANSI, date(2020, 2, 17))
    assert not [e for e in events if "several times" in e.evidence[0].sentence]


def test_a_long_opening_headline_is_a_heading(pipeline) -> None:
    events = ingest_text(pipeline, TOUMOUR, date(2020, 12, 14))
    attack = only(events, "ASSAULT")
    assert "Toumour" in attack.evidence[0].sentence
    assert day_of(attack) == (date(2020, 12, 12), "day")


def test_a_state_fighting_groups_in_the_present_is_a_situation(pipeline) -> None:
    events = ingest_text(pipeline, TOUMOUR, date(2020, 12, 14))
    assert not [e for e in events if "also fighting" in e.evidence[0].sentence]
    # a period told with its start is still coded, as going on
    since = ingest_text(pipeline, "Niger has been fighting Boko Haram since 2015.", None)
    assert only(since, "ASSAULT").status == "ongoing"


def test_a_town_in_a_unit_of_a_state_is_in_that_state(pipeline) -> None:
    # a Borno namesake gives way to the village the report puts in Yobe State
    events = ingest_text(pipeline, MAFA, date(2024, 9, 3))
    assert where(told(events, "at least 81", "ASSAULT")) == ("NGA", "NG-YO")


def test_what_a_hedged_reprisal_answers_happened(pipeline) -> None:
    events = of_type(ingest_text(pipeline, MAFA, date(2024, 9, 3)), "ASSAULT")
    killing = told(events, "vigilantes")
    assert killing.dead == 2 and killing.status == "occurred"
    # "the attack may have been revenge": the Mafa attack told again, not a hypothetical one
    assert len(events) == 2, [e.evidence[0].sentence for e in events]
    assert all(e.status == "occurred" for e in events)


def test_a_governor_acts_for_his_states_government(pipeline) -> None:
    events = ingest_text(pipeline, MAFA, date(2024, 9, 3))
    condemnation = only(events, "ACCUSE")
    assert {a.country for a in condemnation.actors} == {"NGA"}
    assert day_of(condemnation) == (date(2024, 9, 2), "day")


def test_a_place_owning_a_facility_is_where_it_is(pipeline) -> None:
    text = (
        "KADUNA, 29 March 2022 (Wire) - Gunmen attacked Kaduna's international airport on "
        "Saturday, killing a security official."
    )
    attack = only(ingest_text(pipeline, text, date(2022, 3, 29)), "ASSAULT")
    assert where(attack) == ("NGA", "NG-KD")


def test_a_leaders_order_to_his_own_forces_is_no_request(pipeline) -> None:
    text = (
        "President Muhammadu Buhari condemned the attack on Tuesday and ordered the security "
        "agencies to rescue the abducted passengers."
    )
    events = ingest_text(pipeline, text, date(2022, 3, 29))
    assert [e.type for e in events] == ["ACCUSE"]
    # an order to another state's forces is still a demand
    foreign = ingest_text(pipeline, "The junta ordered French troops to leave the country.", None)
    assert "FRA" in {a.country for a in only(foreign, "REQUEST").recipients}


def test_what_two_groups_attack_in_general_is_no_event(pipeline) -> None:
    text = (
        "N'DJAMENA, 5 August 2021 (Wire) - Boko Haram fighters killed 26 Chadian soldiers in an "
        "attack on an army position in the Lac province on Wednesday night, the army said.\n\n"
        "The two groups attack troops and civilians in Chad, Nigeria, Niger and Cameroon."
    )
    attack = only(ingest_text(pipeline, text, date(2021, 8, 5)), "ASSAULT")
    assert len(attack.evidence) == 1


def test_a_chadian_reports_boma_is_by_lake_chad(pipeline) -> None:
    text = (
        "N'DJAMENA, 5 August 2021 (Wire) - It is the deadliest attack on the Chadian army since "
        "March 2020, when Boko Haram killed 98 soldiers at their base in Boma."
    )
    boma = told(ingest_text(pipeline, text, date(2021, 8, 5)), "98 soldiers", "ASSAULT")
    assert where(boma) == ("TCD", "TD-LC")


def test_the_year_before_counts_back_from_the_story(pipeline) -> None:
    text = (
        "France first sent troops to Mali in January 2013 to push back jihadists who had seized "
        "the north the year before."
    )
    events = ingest_text(pipeline, text, date(2021, 3, 31))
    seizure = told(events, "seized the north", "ASSAULT")
    assert day_of(seizure) == (date(2012, 1, 1), "year")
    assert "France" in names_of(told(events, "sent troops", "MOBILIZE").actors)


@need_french
def test_a_threat_after_faute_de_quoi_is_made_at_the_summit() -> None:
    text = (
        "Réunis dimanche en sommet extraordinaire à Abuja, les dirigeants de la CEDEAO ont imposé "
        "de lourdes sanctions au Niger.\n\n"
        "L'organisation a donné une semaine aux militaires pour rétablir le président Bazoum dans "
        "ses fonctions, faute de quoi elle n'exclut pas un « recours à la force »."
    )
    threat = only(code_french(text, date(2023, 7, 31)), "THREATEN")
    assert where(threat)[0] == "NGA"
