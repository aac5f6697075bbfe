"""Withdrawals of forces and their neighbours (retreat batch).

A state that withdraws its troops from a mission withdraws them (RETREAT; promised, CONCEDE),
it does not leave the mission's body as a bloc is left (SANCTION withdraw); a contributor
pulling out of a mission leaves it, and the mission left is no event of its own; winding down
one's participation and reducing one's military presence are withdrawals. Real facts, in our
own words.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import of_type, only, types

PUBLISHED = date(2022, 11, 14)


def test_troops_withdrawn_from_a_un_mission_are_a_promised_retreat(code):
    events = code(
        "Britain will withdraw its roughly 300 troops from the United Nations mission in Mali "
        "earlier than planned, Armed Forces Minister James Heappey told parliament on Monday."
    )
    promise = only(events, "CONCEDE")
    assert promise.status.value == "occurred"
    assert not of_type(events, "SANCTION") and not of_type(events, "THREATEN")
    assert not promise.recipients, "the troops moved are the actor's, not its target"


def test_peacekeepers_withdrawn_are_a_retreat_not_a_recall(code):
    events = code("Côte d'Ivoire withdrew its peacekeepers from MINUSMA in August 2023.")
    withdrawal = only(events, "RETREAT")
    assert withdrawal.mode == "withdraw"
    assert not of_type(events, "SANCTION")


def test_leaving_a_bloc_stays_a_sanction(code):
    events = code("Mali withdrew from the G5 Sahel in May 2022.")
    assert only(events, "SANCTION").mode == "withdraw"
    assert not of_type(events, "RETREAT")


def test_the_mission_a_contributor_pulls_out_of_is_no_event(code):
    events = code("Germany also pulled out of the European Union's training mission in 2022.")
    assert types(events) == ["RETREAT"]
    assert only(events, "RETREAT").mode == "withdraw"


def test_winding_down_ones_participation_is_a_withdrawal(code):
    events = code(
        "Germany decided in November 2022 to wind down its participation in MINUSMA by May 2024."
    )
    withdrawal = only(events, "RETREAT")
    assert withdrawal.status.value == "occurred", "the decision is the act, done when decided"


def test_reducing_a_military_presence_is_a_partial_withdrawal(code):
    events = code("Chad halved its force in the tri-border area in August 2021.")
    assert only(events, "RETREAT").mode == "withdraw"
    promised = code("Paris announced it would reduce its military presence in the north.")
    assert types(promised) == ["CONCEDE"]


def test_cutting_subsidies_is_no_withdrawal(code):
    assert not of_type(code("The government reduced fuel subsidies in 2022."), "RETREAT")


def test_the_bundeswehr_is_germanys_military(code):
    events = code(
        "The Bundeswehr completed its withdrawal from Mali on Tuesday, when the last German "
        "soldiers left Gao.",
        date(2023, 12, 13),
    )
    withdrawal = only(events, "RETREAT")
    assert [a.id for a in withdrawal.actors] == ["DEU-MIL"]
    assert withdrawal.place.country == "MLI"
