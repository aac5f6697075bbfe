"""Type choice, second round, on sentences written for these tests: refusals told by a negated
grant are REJECT that occurred, not negated cooperation; not ruling out force is a threat; the
triggers of the diplomatic and political register (censorship, coups told as removals, forces
converging, power handed back, delegations led, decrees signed, mandates renewed); and words
that tell no act of their own (the means of a retaliation, the orders an act was done under, a
body's name, a participle describing the subject, a denied claim)."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event, Status

from .conftest import only, types

PUBLISHED = date(2024, 3, 8)  # a Friday


def told(events: list[Event]) -> list[tuple[str, str | None, str]]:
    return [(e.type, e.mode, e.status.value) for e in events]


# -- refusals: a negated grant is a REJECT that occurred -------------------------------------


def test_not_recognising_a_decision_is_a_refusal(code) -> None:
    events = code(
        "The Nigerien foreign ministry said on Thursday that it did not recognise the "
        "decision of the Beninese authorities to keep the border closed."
    )
    refusal = only(events, "REJECT")
    assert refusal.status == Status.OCCURRED
    assert refusal.actors[0].country == "NER"
    assert "SUPPORT" not in types(events)


def test_refusing_to_host_a_delegation_is_reject_meet(code) -> None:
    events = code(
        "Burkina Faso's junta said on Monday it could not receive a delegation of the "
        "African Union that was due in Ouagadougou this week."
    )
    refusal = only(events, "REJECT")
    assert (refusal.mode, refusal.status) == ("meet", Status.OCCURRED)
    assert refusal.actors[0].country == "BFA"
    assert "CONSULT" not in types(events)


def test_refusing_a_guarantee_or_a_concession_is_reject(code) -> None:
    events = code(
        "Chad's defence minister said his government would not guarantee freedom of "
        "movement for the mission's human rights investigators."
    )
    assert told(events) == [("REJECT", None, "occurred")]
    events = code("The Malian government said it would not meet the demands of the rebels.")
    assert told(events) == [("REJECT", "yield", "occurred")]


def test_a_meeting_that_did_not_take_place_stays_negated(code) -> None:
    events = code("The ECOWAS envoy arrived in Niamey on Tuesday but did not meet General Tiani.")
    assert "REJECT" not in types(events)


def test_a_passive_refusal_names_who_refused(code) -> None:
    events = code(
        "The UN investigators said they were not granted access to Djibo by the Burkinabe "
        "authorities."
    )
    refusal = only(events, "REJECT")
    assert refusal.actors[0].country == "BFA"


def test_nouns_of_refusal_name_who_refuses(code) -> None:
    events = code(
        "The opposition of several member states to the Malian presidency of the bloc "
        "surprised Bamako in May 2022."
    )
    assert "REJECT" in types(events)
    text = (
        "ECOWAS on Thursday deplored the refusal of the Nigerien military authorities to "
        "receive its mediators."
    )
    refusal = only(code(text), "REJECT")
    assert refusal.actors[0].country == "NER"


def test_ruling_out_talks_is_reject_meet(code) -> None:
    events = code(
        "The opposition coalition in Guinea on Monday ruled out any further talks with the junta."
    )
    assert ("REJECT", "meet", "occurred") in told(events)


def test_a_court_throwing_out_a_case_is_a_refusal(code) -> None:
    events = code(
        "The ECOWAS Court of Justice on Tuesday threw out a case that Niger brought against "
        "the regional bloc over the sanctions."
    )
    assert "REJECT" in types(events)


def test_a_denied_claim_is_no_refusal_and_a_denied_act_is_negated(code) -> None:
    events = code("The Malian government has denied that Russian mercenaries are in the country.")
    assert "REJECT" not in types(events)
    events = code("Rwanda has repeatedly denied arming the M23 rebels.")
    aid = only(events, "AID")
    assert aid.status == Status.NEGATED
    assert "REJECT" not in types(events)


# -- threats: not ruling out force ----------------------------------------------------------


def test_not_ruling_out_force_is_an_occurred_threat(code) -> None:
    events = code(
        "ECOWAS leaders on Sunday gave the junta one week to free President Bazoum and did "
        "not rule out the use of force."
    )
    threat = only(events, "THREATEN")
    assert threat.status == Status.OCCURRED
    assert "REJECT" not in types(events)


def test_not_ruling_out_talks_codes_no_refusal(code) -> None:
    events = code("Mali's prime minister did not rule out talks with the jihadist groups.")
    assert "REJECT" not in types(events)


def test_an_ultimatum_with_a_counted_span_is_a_request(code) -> None:
    events = code(
        "The African Union gave the military on 15 April a further 30 days to hand power "
        "to a civilian government."
    )
    assert "REQUEST" in types(events)
    assert "RETREAT" not in types(events)  # the handover is what the ultimatum demands


# -- triggers of the political register ------------------------------------------------------


def test_suspending_a_broadcaster_or_withdrawing_licences_is_censorship(code) -> None:
    events = code("The junta suspended Radio France Internationale in December 2022.")
    assert told(events) == [("COERCE", "censor", "occurred")]
    events = code("In May the authorities withdrew the licences of several private radio stations.")
    assert told(events) == [("COERCE", "censor", "occurred")]
    assert "RETREAT" not in types(events)


def test_broadcasts_cut_on_orders_are_censorship_not_a_request(code) -> None:
    events = code(
        "On Thursday the broadcasts of France 24 were cut across the country on the junta's orders."
    )
    assert ("COERCE", "censor", "occurred") in told(events)
    assert "REQUEST" not in types(events)


def test_an_army_removing_the_president_is_a_coup(code) -> None:
    events = code("The army removed President Omar al-Bashir on 11 April 2019.")
    coup = only(events, "COERCE")
    assert coup.date_label == "2019-04-11"
    events = code("President Tinubu removed the governor of the central bank on Friday.")
    assert "COERCE" not in types(events)


def test_forces_converging_on_the_capital_are_mobilised(code) -> None:
    events = code("Army units from garrisons across Niger converged on Niamey on Sunday.")
    assert told(events) == [("MOBILIZE", "troops", "occurred")]


def test_leading_a_delegation_to_a_capital_is_a_visit(code) -> None:
    events = code(
        "Russia's deputy defence minister, Yunus-Bek Yevkurov, led a military delegation "
        "to Bamako on Monday."
    )
    visit = only(events, "CONSULT")
    assert visit.mode == "visit"


def test_signing_a_decree_or_documents_is_an_undertaking(code) -> None:
    events = code(
        "Colonel Assimi Goïta on Monday signed a decree setting the length of the "
        "transition at 24 months."
    )
    assert types(events) == ["AGREE"]


def test_renewing_a_mandate_keeps_the_mission(code) -> None:
    events = code("The Security Council on Thursday renewed the mandate of MINUSMA for a year.")
    assert types(events) == ["AID"]


def test_leaving_the_bodies_of_an_organisation_is_sanction_withdraw(code) -> None:
    events = code(
        "The government of Mali decided on Sunday to withdraw from all the organs and bodies "
        "of the G5 Sahel, including the Joint Force."
    )
    assert "SANCTION" in types(events)
    assert "RETREAT" not in types(events)
    assert "COOPERATE" not in types(events)  # "the Joint Force" is a body's name


def test_withdrawing_consent_to_a_mission_is_a_sanction(code) -> None:
    events = code(
        "On Monday the junta withdrew its consent to the European Union's military "
        "partnership mission."
    )
    assert only(events, "SANCTION").mode == "discontinue"
    assert "RETREAT" not in types(events)


def test_ordering_an_investigation_is_the_investigation(code) -> None:
    events = code("President Bola Tinubu on Tuesday ordered a thorough investigation.")
    assert told(events) == [("ACCUSE", "investigate", "occurred")]


def test_a_retaliation_is_told_by_its_means(code) -> None:
    events = code(
        "Bamako retaliated on Sunday by recalling its ambassadors from ECOWAS member states."
    )
    assert types(events) == ["SANCTION"]


def test_leaders_meeting_somewhere_are_the_ones_who_act(code) -> None:
    events = code(
        "West African leaders meeting in Accra on Sunday lifted the economic sanctions on Mali."
    )
    lifting = only(events, "RETREAT")
    assert lifting.actors[0].name == "ECOWAS"
    assert "CONSULT" not in types(events)
    assert "SANCTION" not in types(events)


def test_a_visit_made_to_mediate_is_a_mediation(code) -> None:
    events = code(
        "Togo's president flew to Niamey on 30 July and met the coup leaders in an attempt "
        "at mediation."
    )
    meeting = only(events, "CONSULT")
    assert meeting.mode == "third-party"


def test_a_stance_held_names_its_holder(code) -> None:
    events = code("Algeria is opposed to any foreign military intervention in Niger.")
    refusal = only(events, "REJECT")
    assert refusal.actors[0].country == "DZA"


def test_meeting_objectives_is_no_meeting(code) -> None:
    events = code(
        "The two juntas said on Saturday that the G5 Sahel had failed to meet its objectives."
    )
    assert "CONSULT" not in types(events)
