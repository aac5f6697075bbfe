"""Decisions of councils and juntas: a vote to act is a decision (docs/coding-rules.md,
"Decisions"); a date on the deciding verb is read in that verb's tense, not in the plan's; a
resolution or a decree acts for whoever adopted or signed it; and setting up a peace operation
is aimed at its host state."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import ingest_text, of_type

PUBLISHED = date(2023, 7, 5)  # a Wednesday


def test_a_council_voting_to_end_a_mandate_ends_it_on_the_day_of_the_vote(code):
    events = code(
        "The United Nations Security Council voted on Friday to end the mandate of MINUSMA."
    )
    (ending,) = of_type(events, "SANCTION")
    assert ending.mode == "withdraw"
    assert ending.status == Status.OCCURRED
    assert ending.date_start == date(2023, 6, 30)


def test_a_bloc_voting_to_suspend_a_member_suspends_it(code):
    events = code("ECOWAS leaders voted on Sunday to suspend Mali from the bloc.")
    (suspension,) = of_type(events, "SANCTION")
    assert suspension.mode == "expel"
    assert [a.country for a in suspension.recipients] == ["MLI"]
    assert suspension.date_start == date(2023, 7, 2)


def test_a_vote_still_to_come_stays_planned(code):
    events = code("The Security Council will vote on Friday to end the mandate of MINUSMA.")
    (ending,) = of_type(events, "SANCTION")
    assert ending.status == Status.PLANNED
    assert ending.date_start == date(2023, 7, 7)


def test_a_weekday_on_a_past_decision_is_the_past_weekday(code):
    # dissolving is not an act that deciding performs: it stays planned, but "on Tuesday"
    # dates the decision, told in the past, so it is not next Tuesday
    events = code("The junta decided on Tuesday to dissolve all political parties.")
    (dissolution,) = of_type(events, "COERCE")
    assert dissolution.status == Status.PLANNED
    assert dissolution.date_start == date(2023, 7, 4)


def test_a_council_establishing_a_peace_operation_aids_its_host(code):
    for text in (
        "MINUSMA was established by the Security Council in April 2013.",
        "The Security Council adopted a resolution establishing MINUSMA in April 2013.",
    ):
        (setting_up,) = of_type(code(text), "AID")
        assert [a.name for a in setting_up.actors] == ["UN Security Council"], text
        assert [a.country for a in setting_up.recipients] == ["MLI"], text
        assert setting_up.date_label == "2013-04"


def test_a_decree_acts_for_whoever_signed_it(code):
    events = code("Mali's junta signed a decree dissolving all political parties on Wednesday.")
    (dissolution,) = of_type(events, "COERCE")
    assert [a.country for a in dissolution.actors] == ["MLI"]
    assert dissolution.date_start == date(2023, 7, 5)


def test_solidarity_expressed_with_a_state_is_support_aimed_at_it(code):
    events = code(
        "The Malian government condemned the attack and expressed its solidarity with Niger."
    )
    (support,) = of_type(events, "SUPPORT")
    assert [a.country for a in support.actors] == ["MLI"]
    assert [a.country for a in support.recipients] == ["NER"]


def test_a_bloc_meeting_in_a_summit_sanctions_the_state_it_names(code):
    # The parser makes the fronted "Meeting ..." the subject and hangs the bloc on "Abuja".
    events = code(
        "Niger's junta detained President Mohamed Bazoum on Wednesday.\n\n"
        "Meeting in an emergency summit in Abuja on Sunday, the Economic Community of West "
        "African States (ECOWAS) suspended all commercial and financial transactions between "
        "its member states and Niger.",
        published=date(2023, 7, 30),
    )
    (sanction,) = of_type(events, "SANCTION")
    assert [a.name for a in sanction.actors] == ["ECOWAS"]
    assert [a.country for a in sanction.recipients] == ["NER"]
    assert of_type(events, "CONSULT") == []


def test_an_ultimatum_to_a_junta_described_by_a_relative_clause_is_a_demand(code):
    # the parser hangs "one week" inside "that seized power in Niger"
    events = code(
        "West African leaders on Sunday gave the military junta that seized power in Niger one "
        "week to reinstate President Mohamed Bazoum.",
        published=date(2023, 7, 30),
    )
    (demand,) = of_type(events, "REQUEST")
    assert [a.country for a in demand.recipients] == ["NER"]
    assert demand.date_start == date(2023, 7, 30)


def test_aid_given_last_week_is_no_ultimatum(code):
    events = code("ECOWAS gave food aid to the town of Diffa last week, to help the displaced.")
    assert of_type(events, "REQUEST") == []


def test_a_statement_in_the_present_is_dated_by_the_document_not_by_what_it_condemns(pipeline):
    events = ingest_text(
        pipeline,
        "UN chief condemns massacre in Barsalogho\n\n"
        "The Secretary-General strongly condemns the attack on Saturday in Barsalogho, in "
        "which scores of civilians were killed.",
        date(2024, 8, 29),
    )
    (condemnation,) = of_type(events, "ACCUSE")
    assert condemnation.date_start == date(2024, 8, 29)
    (attack,) = of_type(events, "ASSAULT")
    assert attack.date_start == date(2024, 8, 24)
