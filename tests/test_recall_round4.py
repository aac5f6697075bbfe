"""Recall, round 4: event shapes the recent dev reports use (docs/coding-rules.md).

Gapped repeats of an act ("and again in May 2021", "Burkina Faso in February 2023 and Niger in
December 2023"), acts told in the passive with no agent, decisions announced in the
progressive ("announced that it was withdrawing"), and a curfew and an internet cut ordered in
one sentence.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import of_type


def months(events) -> list[tuple[int, int]]:
    return sorted((e.date_start.year, e.date_start.month) for e in events if e.date_start)


# -- gapping ----------------------------------------------------------------------------------


def test_each_gapped_remnant_is_the_act_again_at_its_own_date_and_place(code):
    text = (
        "Soldiers seized power in Mali in August 2020 and again in May 2021, and in Guinea in "
        "September 2021."
    )
    coups = of_type(code(text, date(2022, 1, 25)), "COERCE")
    assert months(coups) == [(2020, 8), (2021, 5), (2021, 9)]
    guinea = next(e for e in coups if e.date_start == date(2021, 9, 1))
    # "soldiers" seizing power in Guinea are Guinea's, not Mali's
    assert {a.country for a in guinea.actors} == {"GIN"}
    assert guinea.place is not None and guinea.place.country == "GIN"


def test_a_list_of_places_with_dates_repeats_the_departure_for_each(code):
    text = (
        "France closed its last base in Chad on Thursday. French forces left Mali in August "
        "2022, Burkina Faso in February 2023 and Niger in December 2023, after the juntas in "
        "all three countries demanded their departure."
    )
    departures = [e for e in of_type(code(text, date(2025, 1, 31)), "RETREAT") if e.date_start]
    departures = [e for e in departures if e.date_start.year < 2025]
    assert months(departures) == [(2022, 8), (2023, 2), (2023, 12)]
    assert {e.place.country for e in departures if e.place} == {"MLI", "BFA", "NER"}
    assert all({a.country for a in e.actors} == {"FRA"} for e in departures)


def test_a_clause_with_its_own_verb_after_the_date_is_no_remnant(code):
    text = "Gunmen attacked the village on Monday, and on Tuesday soldiers arrived in the town."
    assert len(of_type(code(text, date(2022, 1, 25)), "ASSAULT")) == 1


def test_the_first_acts_toll_stays_with_the_first_act(code):
    text = "Gunmen killed 12 people in Djibo on 3 May and 20 in Arbinda on 5 May."
    attacks = sorted(of_type(code(text, date(2021, 5, 10)), "ASSAULT"), key=lambda e: e.date_start)
    assert [e.date_start for e in attacks] == [date(2021, 5, 3), date(2021, 5, 5)]
    assert attacks[0].dead == 12 and attacks[1].dead != 12


# -- passives with no agent -------------------------------------------------------------------


def test_a_dated_passive_act_with_no_agent_is_coded_with_no_actor(code):
    events = code("Mobile internet was cut in the capital on Wednesday.", date(2024, 2, 29))
    (cut,) = of_type(events, "COERCE")
    assert cut.actors == []
    assert cut.date_start == date(2024, 2, 28)


def test_a_passive_act_is_by_whoever_the_report_said_did_the_same_act(code):
    text = (
        "French troops handed over their last base in Chad to the Chadian army on Thursday. "
        "The base at Faya-Largeau, in the north, was handed over on 26 December, and the one at "
        "Abéché, in the east, on 11 January."
    )
    handovers = of_type(code(text, date(2025, 1, 31)), "RETREAT")
    assert sorted(e.date_start for e in handovers) == [
        date(2024, 12, 26),
        date(2025, 1, 11),
        date(2025, 1, 30),
    ]
    assert all({a.country for a in e.actors} == {"FRA"} for e in handovers)
    abeche = next(e for e in handovers if e.date_start == date(2025, 1, 11))
    assert abeche.place is not None and abeche.place.name == "Abéché"


def test_a_possible_passive_act_is_not_kept_without_an_actor(code):
    text = "West African diplomats said he could be asked to act as a mediator on Sunday."
    assert not of_type(code(text, date(2024, 7, 8)), "REQUEST")


# -- decisions announced in the progressive ----------------------------------------------------


def test_announcing_that_one_is_withdrawing_is_the_decision_and_it_occurred(code):
    text = (
        "Mali's government announced on Thursday that it was withdrawing from the Joint "
        "Operational Chiefs of Staff Committee."
    )
    (quit_,) = of_type(code(text, date(2025, 4, 8)), "SANCTION")
    assert quit_.status == Status.OCCURRED
    assert quit_.date_start == date(2025, 4, 3)


def test_saying_one_is_fighting_stays_an_ongoing_activity(code):
    text = "The army said it was fighting the jihadists in the north."
    (fight,) = of_type(code(text, date(2024, 1, 10)), "ASSAULT")
    assert fight.status == Status.ONGOING


# -- separate measures --------------------------------------------------------------------------


def test_a_curfew_and_an_internet_cut_ordered_together_are_two_measures(code):
    text = (
        "The government imposed a night-time curfew on Sunday and cut mobile internet across "
        "the country."
    )
    measures = of_type(code(text, date(2022, 1, 25)), "COERCE")
    assert len(measures) == 2
    assert "curfew" in {e.mode for e in measures}
