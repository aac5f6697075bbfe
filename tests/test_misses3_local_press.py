"""Local press and alert forms (written for these tests): displaced civilians, evacuations of
the wounded, a bus set ablaze by bandits and the situations refugees flee tell no RETREAT,
AID, PROTEST or new ASSAULT."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Article, article_id

from .conftest import only, types

PUBLISHED = date(2022, 3, 15)  # a Tuesday


def test_civilians_leaving_a_town_are_displaced_not_retreating(code) -> None:
    text = (
        "Gunmen attacked the town of Barsalogho on Sunday, killing nine people. Dozens of "
        "families have since left the town for Kaya."
    )
    assert "RETREAT" not in types(code(text))


def test_soldiers_leaving_a_town_still_retreat(code) -> None:
    text = "The last French soldiers left the town of Gossi on Monday."
    assert "RETREAT" in types(code(text))


def test_wounded_evacuated_with_no_one_named_is_no_aid(code) -> None:
    text = (
        "Nine soldiers were killed on Sunday when their patrol hit a mine near Torodi. "
        "The wounded were evacuated to Niamey on Monday."
    )
    assert "AID" not in types(code(text))


def test_aid_groups_evacuating_the_wounded_is_aid(code) -> None:
    text = "Aid groups evacuated 30 wounded people by helicopter to Maiduguri on Monday."
    assert "AID" in types(code(text))


def test_bandits_setting_a_bus_ablaze_is_no_protest(code) -> None:
    text = (
        "Bandits opened fire on a minibus and set it ablaze near Isa on Monday night, "
        "killing 14 passengers."
    )
    found = types(code(text))
    assert "PROTEST" not in found
    assert "ASSAULT" in found


def test_youths_setting_tyres_ablaze_still_riot(code) -> None:
    text = "Angry youths set ablaze tyres and blocked the main road in Kaya on Monday."
    assert "PROTEST" in types(code(text))


def test_a_camp_hosting_people_who_fled_the_fighting_tells_no_attack(code) -> None:
    text = (
        "Boko Haram fighters attacked Bosso on Sunday, killing four fishermen. Bosso hosts "
        "thousands of refugees who fled the fighting in north-east Nigeria in 2015."
    )
    assert types(code(text)) == ["ASSAULT"]  # Sunday's attack only


def test_families_displaced_by_earlier_raids_tell_no_expulsion(code) -> None:
    text = (
        "A suicide bomber killed six people at a camp near Mora on Sunday. The camp hosts "
        "families displaced by earlier raids along the border with Nigeria."
    )
    assert types(code(text)) == ["ASSAULT"]  # the bombing only


# -- tolls ----------------------------------------------------------------------------------


def test_burnt_to_death_counts_the_dead(code) -> None:
    text = (
        "At least 17 passengers were burnt to death on Monday night when bandits set their "
        "bus on fire near Isa, in Sokoto State."
    )
    assert only(code(text), "ASSAULT").dead == 17


def test_hacked_to_death_counts_the_dead(code) -> None:
    text = "Gunmen hacked six farmers to death in their fields near Bassa on Sunday."
    assert only(code(text), "ASSAULT").dead == 6


def test_a_sentence_to_death_kills_no_one(code) -> None:
    text = "A court in Niamey sentenced two men to death on Monday for the 2021 attack on Tchoma."
    assert all(e.dead is None for e in code(text))


# -- names ----------------------------------------------------------------------------------


def test_a_titled_name_ending_in_a_town_name_is_the_person(code) -> None:
    # Tambuwal is also a local government area of Sokoto State
    text = (
        "Bandits killed eleven farmers near Isa on Sunday. Governor Aminu Waziri Tambuwal "
        "condemned the killings as cowardly."
    )
    accuse = only(code(text), "ACCUSE")
    assert [a.name for a in accuse.actors] == ["Aminu Waziri Tambuwal"]


def _code_from(pipeline, text: str, outlet: str):
    article = Article(id=article_id(text), body=text, published=PUBLISHED, outlet=outlet)
    return pipeline.analyse([article])[0].events


def test_the_network_in_its_own_alert_is_the_author(pipeline) -> None:
    text = (
        "Gunmen killed 12 herders near Tanwalbougou on Sunday.\n\n"
        "The network calls on the authorities to open humanitarian access to the area."
    )
    events = _code_from(pipeline, text, outlet="Tapoa Protection Network")
    request = only(events, "REQUEST")
    assert [a.name for a in request.actors] == ["Tapoa Protection Network"]


def test_another_network_is_not_the_author(pipeline) -> None:
    text = (
        "Police dismantled a smuggling network in Niamey on Sunday, a spokesman said.\n\n"
        "The smuggling network had moved fuel across the border for years."
    )
    events = _code_from(pipeline, text, outlet="Tapoa Protection Network")
    assert not any(a.name == "Tapoa Protection Network" for e in events for a in e.actors)


# -- relative clauses -----------------------------------------------------------------------


def test_a_summit_that_gave_an_ultimatum_in_a_relative_clause_after_its_date(code) -> None:
    # the parser hangs "which" from the date ("16 September"): a date does no act
    text = (
        "The talks followed the summit of the Economic Community of West African States "
        "(ECOWAS) in Accra on 16 September, which gave the soldiers in Conakry one week to "
        "free President Alpha Condé and threatened the use of force."
    )
    events = code(text)
    for type_ in ("REQUEST", "THREATEN"):
        assert [a.name for a in only(events, type_).actors] == ["ECOWAS"], type_


def test_a_summit_another_act_followed_is_no_meeting_told(code) -> None:
    text = (
        "Guinea's junta rejected the timetable on Friday. The rejection followed the ECOWAS "
        "summit in Accra on 16 September."
    )
    assert "CONSULT" not in types(code(text))


def test_a_summit_told_as_news_is_a_meeting(code) -> None:
    text = "West African leaders held a summit in Accra on 16 September on the crisis in Guinea."
    assert "CONSULT" in types(code(text))
