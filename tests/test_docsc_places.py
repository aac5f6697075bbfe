"""Where statements and reactions happen when a report names several countries: a body's
decisions are at the venue of the meeting "held" there, also when the communiqué goes on
calling it by the capitalised head of its name ("the Council"); an act told as only possible
was taken at no meeting; a capital that speaks for its government does not make a report
about Mali a report about France; a place in a relative clause about a party is not the
event's; a fronted venue does not place a relative clause's past act."""

from __future__ import annotations

from datetime import date

from .conftest import code_text, told, where


def test_a_communique_places_the_councils_decisions_at_its_meeting(pipeline) -> None:
    """'a meeting of the Council held in Addis Ababa' is a venue, and 'The Council' of the
    numbered points is the body that met there: its condemnation and demand are in Ethiopia,
    not in Niger, which they are about."""
    text = (
        "The African Union's Peace and Security Council has suspended Niger from all its "
        "activities, according to a communiqué published on Tuesday.\n\n"
        "The decision was taken at a meeting of the Council held in Addis Ababa on 14 August.\n\n"
        "1. The Council strongly condemns the overthrow of President Mohamed Bazoum and demands "
        "his immediate and unconditional release."
    )
    events = code_text(pipeline, text, date(2023, 8, 22))
    assert where(told(events, "condemns", "ACCUSE")) == ("ETH", "ET-AA")
    assert where(told(events, "release", "REQUEST")) == ("ETH", "ET-AA")


def test_an_act_told_as_possible_is_not_placed_at_the_summit(pipeline) -> None:
    """'ECOWAS could impose sanctions' after a summit in Accra: nothing was imposed there."""
    text = (
        "Mali's junta in Bamako has told the bloc that elections in Mali will be delayed. "
        "ECOWAS leaders meeting in Accra on Sunday condemned the delay. ECOWAS could impose "
        "targeted sanctions on members of the junta."
    )
    events = code_text(pipeline, text, date(2021, 11, 8))
    assert where(told(events, "condemned", "ACCUSE")) == ("GHA", "GH-AA")
    assert where(told(events, "could impose", "SANCTION")) == ("MLI", None)


def test_reactions_from_paris_do_not_make_a_report_about_mali_french(pipeline) -> None:
    """'Paris condemns', 'relations between Bamako and Paris' name France as a party: the
    suspension of French broadcasters by Mali's government is in Mali."""
    text = (
        "Mali suspends RFI and France 24; Paris condemns the decision\n\n"
        "Mali's transitional government on Wednesday suspended the broadcasts of Radio France "
        "Internationale and France 24. Paris said it condemned the decision. Relations between "
        "Bamako and Paris have collapsed since January, and France announced in February that "
        "it would withdraw its troops."
    )
    events = code_text(pipeline, text, date(2022, 3, 17))
    assert where(told(events, "suspended", "COERCE"))[0] == "MLI"


def test_a_place_describing_a_party_is_not_the_scene(pipeline) -> None:
    """The drone base near Agadez says where the soldiers are; the march is in Niamey."""
    text = (
        "On Saturday, several thousand people marched through Niamey to demand the departure "
        "of the American soldiers, most of whom are at a drone base near Agadez."
    )
    events = code_text(pipeline, text, date(2024, 4, 14))
    assert where(told(events, "marched", "PROTEST")) == ("NER", "NE-8")


def test_a_fronted_venue_does_not_place_a_relative_clauses_past(pipeline) -> None:
    """The ultimatum is given at the Abuja summit; the coup told in the relative clause about
    Bazoum happened in Niger."""
    text = (
        "At a summit in Abuja on July 30, ECOWAS gave Niger's military leaders one week to "
        "reinstate President Mohamed Bazoum, who was toppled on July 26."
    )
    events = code_text(pipeline, text, date(2023, 8, 6))
    assert where(told(events, "one week", "REQUEST")) == ("NGA", "NG-FC")
    assert where(told(events, "toppled", "COERCE"))[0] == "NER"
