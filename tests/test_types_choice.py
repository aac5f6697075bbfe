"""Event type choice on sentences written for these tests: which PLOVER type a trigger's sense
takes (offers are AGREE, expelling people is COERCE, a host closing a foreign mission is
SANCTION), whose words an announcement is, and words that look like triggers but state no act of
their type ("say they can no longer", "turned away from France", a word inside a name)."""

from __future__ import annotations

from datetime import date

from .conftest import only, types

PUBLISHED = date(2024, 6, 14)  # a Friday


# -- REJECT: refusals, not any "no" or "turn" --------------------------------------------


def test_no_in_a_reported_clause_is_not_saying_no(code) -> None:
    events = code("Aid agencies in Burkina Faso say they can no longer reach Djibo by road.")
    assert "REJECT" not in types(events)
    events = code("The Nigerian government said on Thursday that no ransom had been paid.")
    assert "REJECT" not in types(events)


def test_turning_away_from_a_partner_is_no_refusal(code) -> None:
    text = (
        "Russian instructors arrived in Niamey in April, after the junta turned away from "
        "France, the former colonial power."
    )
    assert "REJECT" not in types(code(text))
    text = "Tiani said on Thursday that the three states had turned their backs on ECOWAS."
    assert "REJECT" not in types(code(text))


def test_what_an_accusation_charges_is_not_coded(code) -> None:
    text = (
        "Amnesty International on Tuesday accused the Malian army of detaining civilians "
        "and ignoring court orders."
    )
    events = code(text)
    assert types(events) == ["ACCUSE"], [(e.type, e.evidence[0].sentence) for e in events]


# -- AGREE and AID: an offer is a promise --------------------------------------------------


def test_offering_troops_is_agree(code) -> None:
    events = code("Senegal on Tuesday offered 500 troops to the ECOWAS standby force.")
    assert only(events, "AGREE").actors[0].country == "SEN"
    assert "AID" not in types(events)


def test_a_ministry_statement_speaks_for_its_government(code) -> None:
    text = (
        "Germany will provide 20 million euros in humanitarian aid to Niger, the ministry "
        "said in a statement on Thursday."
    )
    event = only(code(text), "AGREE")  # a promised AID, announced
    assert event.status == "occurred"


def test_a_minister_named_without_a_country_speaks_for_the_subject(code) -> None:
    text = (
        "Britain is ready to contribute 250 troops to the UN mission in Mali, Defence "
        "Secretary Ben Wallace said on Thursday."
    )
    assert only(code(text), "AGREE").status == "occurred"


def test_another_party_speaking_does_not_make_an_announcement(code) -> None:
    event = only(code("Chad will withdraw its troops from Niger, a UN spokesman said."), "RETREAT")
    assert event.status == "planned"


# -- COERCE and SANCTION: whom an expulsion removes ------------------------------------------


def test_expelling_journalists_is_coerce_deport(code) -> None:
    event = only(
        code("In April the junta expelled the correspondents of two French newspapers."),
        "COERCE",
    )
    assert event.mode == "deport"


def test_expelling_an_ambassador_stays_sanction_expel(code) -> None:
    event = only(code("On Monday the junta expelled the French ambassador."), "SANCTION")
    assert event.mode == "expel"


def test_suspending_a_training_mission_is_a_sanction(code) -> None:
    event = only(
        code("Germany suspended its military training mission in Mali on Friday."), "SANCTION"
    )
    assert event.mode == "discontinue"
    assert "AID" not in types(
        code("Sweden decided on Monday to phase out its development aid to Mali.")
    )


def test_a_host_closing_a_foreign_mission_sanctions_it(code) -> None:
    text = (
        "On Monday, Burkina Faso's authorities closed the French military mission in Ouagadougou."
    )
    assert only(code(text), "SANCTION").mode == "discontinue"
    text = "France closed its military base in Gao on Monday."
    assert only(code(text), "RETREAT").mode == "withdraw"


# -- words that name no act of their type ---------------------------------------------------


def test_the_wounded_evacuated_is_no_assault(code) -> None:
    assert "ASSAULT" not in types(
        code("UN helicopters evacuated the wounded from Ogossagou on Sunday.")
    )


def test_a_word_inside_a_name_is_no_release(code) -> None:
    text = "The Azawad Liberation Front accused the army on Monday of killing 20 herders."
    assert "RETREAT" not in types(code(text))


def test_a_question_in_subject_position_is_not_asserted(code) -> None:
    text = "Whether Niger will turn to Russia for military help remains an open question."
    assert "COOPERATE" not in types(code(text))


def test_armed_men_arriving_pay_no_visit(code) -> None:
    text = "The assailants arrived on motorcycles on Sunday and were repelled by the army."
    assert "CONSULT" not in types(code(text))
    text = (
        "Togolese President Faure Gnassingbé arrived in Niamey on Sunday for talks with the junta."
    )
    assert only(code(text), "CONSULT").mode == "visit"


def test_a_call_for_a_clause_stays_a_request(code) -> None:
    text = "The UN chief on Monday called for the perpetrators to be brought to justice."
    assert "REQUEST" in types(code(text))
