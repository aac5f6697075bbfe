"""One act, one event: a sentence that codes one act under two types, and a detention told
beside the coup it is part of, make one event; acts that only look alike stay apart
(docs/coding-rules.md, "One event per real event"). Each report is short, realistic wire or
press copy."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event

PUBLISHED = date(2023, 7, 30)  # a Sunday


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_instructors_who_arrive_in_a_month_are_one_deployment(code):
    """The instructors (AID) and their arrival (MOBILIZE) in one sentence, dated by a month
    only: one deployment, as with a day."""
    events = code(
        "The junta has turned to Moscow for help, and Russian military instructors arrived in "
        "Ouagadougou in May with a shipment of air-defence equipment."
    )
    (deployment,) = [e for e in events if e.type in {"AID", "MOBILIZE"}]
    assert deployment.date_label == "2023-05"


def test_protesters_who_set_fire_are_one_protest(code):
    """The burning is the protest's own act (PROTEST, ASSAULT accepted), not a second event."""
    events = code(
        "Protesters who had gathered outside the town hall set fire to the governor's office "
        "in Dori on Saturday."
    )
    assert len([e for e in events if e.type in {"PROTEST", "ASSAULT"}]) == 1


def test_protesters_shot_by_soldiers_are_two_acts(code):
    """The protesters are the targets of the shooting, not its doers: two events."""
    events = code(
        "Protesters who had gathered outside the town hall in Dori were shot by soldiers on "
        "Saturday."
    )
    assert types_of(events) == ["ASSAULT", "PROTEST"]


def test_a_rejection_calling_the_report_biased_is_one_act(code):
    """ "calling it biased" says how the report was rejected: one REJECT, no ACCUSE."""
    events = code(
        "The junta in Niamey rejected the Amnesty International report on Tuesday, calling it "
        "biased."
    )
    assert types_of(events) == ["REJECT"]


def test_calling_another_thing_illegal_is_an_act_of_its_own(code):
    """The participle names the sanctions, not what the verb acted on: two acts."""
    events = code(
        "Mali's government recalled its ambassadors from ECOWAS member states on Sunday and "
        "closed its borders with them, calling the sanctions illegal."
    )
    assert "ACCUSE" in types_of(events)
    assert "SANCTION" in types_of(events)


def test_a_president_held_since_the_coup_is_the_coup(code):
    """ "held since Wednesday" is the detention that Wednesday's coup began: one COERCE."""
    events = code(
        "Soldiers of the presidential guard overthrew President Mohamed Bazoum in Niamey on "
        "Wednesday.\n\n"
        "ECOWAS leaders on Sunday demanded the release of Mohamed Bazoum, who has been held by "
        "the presidential guard since Wednesday."
    )
    (coup,) = [e for e in events if e.type == "COERCE"]
    assert coup.date_label == "2023-07-26"
    assert len(coup.evidence) == 2


def test_a_president_being_held_is_the_detention_told_later(code):
    """One telling names no doer, the other does: one detention of one named person."""
    events = code(
        "The Security Council called for the release of President Mohamed Bazoum, who is being "
        "held by elements of the presidential guard.\n\n"
        "On Wednesday, soldiers of the presidential guard detained Bazoum at the presidency in "
        "Niamey."
    )
    (detention,) = [e for e in events if e.type == "COERCE"]
    assert detention.date_label == "2023-07-26"
    assert len(detention.evidence) == 2


def test_two_people_detained_on_two_days_stay_two_acts(code):
    events = code(
        "Soldiers detained President Mohamed Bazoum in Niamey on Wednesday.\n\n"
        "Police arrested the opposition leader Hama Amadou in Niamey on Thursday."
    )
    assert len([e for e in events if e.type == "COERCE"]) == 2
