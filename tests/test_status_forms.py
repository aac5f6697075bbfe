"""Status and non-events on report styles the blind dev reports showed (sentences written for
these tests): a modal or plan marks only its own clause; "has since" and "since <date>";
reports told after their content; decisions in a communiqué; questions, generic statements,
mandates, trends, places' situations, the content of a request and denials of doing."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import only, types

PUBLISHED = date(2024, 3, 12)  # a Tuesday


# -- a modal, a plan or a decision marks its own clause -----------------------------------


def test_a_past_clause_after_a_modal_keeps_its_own_status(code) -> None:
    text = (
        "The council said on Tuesday it would hold a referendum in March, two days after "
        "troops opened fire on protesters in Niamey."
    )
    assert only(code(text), "ASSAULT").status == Status.OCCURRED


def test_an_adverbial_participle_is_not_governed_by_the_verb_above(code) -> None:
    text = (
        "Protesters blocked a French army convoy in Kaya on Saturday, accusing France of "
        "failing to protect civilians."
    )
    assert only(code(text), "ACCUSE").status == Status.OCCURRED


def test_a_decision_in_a_communique_is_done(code) -> None:
    text = (
        "Consequently, the Government of Burkina Faso decides to withdraw from all the bodies "
        "of the G5 Sahel."
    )
    events = code(text)
    assert events
    assert all(e.status == Status.OCCURRED for e in events)


# -- since ----------------------------------------------------------------------------------


def test_has_since_been_freed_is_done(code) -> None:
    text = "The junta has since freed the activist Moussa Tchangari."
    assert only(code(text), "RETREAT").status == Status.OCCURRED


def test_strikes_every_day_since_a_day_are_going_on(code) -> None:
    text = "Drones have shelled Kidal every night since Monday, residents said."
    assert only(code(text), "ASSAULT").status == Status.ONGOING


def test_a_fronted_since_frames_a_done_act(code) -> None:
    text = "Since 2021, the junta has also expelled the French ambassador."
    assert only(code(text), "SANCTION").status == Status.OCCURRED


# -- announcements ----------------------------------------------------------------------------


def test_a_report_told_after_its_content_is_the_announcement(code) -> None:
    text = "Chad will withdraw its soldiers from Mali, President Idriss Déby said on Friday."
    events = code(text)
    assert [e.status for e in events] == [Status.OCCURRED]
    assert events[0].type in {"CONCEDE", "RETREAT"}


def test_a_minister_announcing_his_troops_withdrawal_is_the_announcement(code) -> None:
    text = (
        "The Swedish defence minister told parliament on Tuesday that the 250 Swedish troops "
        "serving with the mission would be withdrawn earlier than planned."
    )
    events = code(text)
    assert [e.status for e in events] == [Status.OCCURRED]


# -- what is not an event ---------------------------------------------------------------------


def test_a_question_asserts_nothing(code) -> None:
    assert code("Will the junta free the detained ministers?") == []
    assert code("Why has the junta arrested the opposition leader?") == []


def test_an_indirect_whether_question_is_not_asserted(code) -> None:
    text = "The bloc has not said when, or whether, its standby force would be sent to Niger."
    assert "MOBILIZE" not in types(code(text))


def test_an_act_as_a_generic_subject_is_not_an_event(code) -> None:
    assert code("Deploying a regional force requires the consent of the host state.") == []


def test_what_a_mission_was_meant_to_do_is_not_an_event(code) -> None:
    text = "Analysts recall what the mission was meant to support in the north of Mali."
    assert "SUPPORT" not in types(code(text))


def test_a_mandated_duty_is_not_an_event(code) -> None:
    text = "MINUSMA was tasked with helping to implement the 2015 peace agreement."
    assert "AID" not in types(code(text))


def test_a_trend_is_not_an_event(code) -> None:
    assert code("JNIM has stepped up its attacks on convoys this year.") == []


def test_talk_of_something_is_not_a_meeting(code) -> None:
    assert code("Diplomats in Abuja talk privately of sending a smaller force.") == []


def test_a_places_standing_situation_is_not_an_event(code) -> None:
    text = "Niger borders Burkina Faso, where the army is fighting jihadist groups."
    assert code(text) == []


def test_a_period_of_fighting_in_a_place_is_still_an_event(code) -> None:
    text = "Ménaka lies in an area where ISGS and JNIM have been fighting each other since 2022."
    assert only(code(text), "ASSAULT").status == Status.ONGOING


def test_holding_territory_is_a_state(code) -> None:
    assert code("The rebels have controlled Kidal since 2012.") == []


def test_a_visit_that_dates_a_clash_is_not_coded(code) -> None:
    text = (
        "Fighting broke out in Kidal on 17 May 2014 during a visit by the Malian prime "
        "minister, and soldiers were killed."
    )
    assert "CONSULT" not in types(code(text))


def test_the_content_of_a_call_is_not_a_second_event(code) -> None:
    text = (
        "Human Rights Watch called on the authorities to say where the activists are being "
        "held and to release them."
    )
    assert types(code(text)) == ["REQUEST"]


def test_denying_having_done_something_is_no_rejection(code) -> None:
    text = "The government has repeatedly denied arming the militias."
    assert "REJECT" not in types(code(text))
