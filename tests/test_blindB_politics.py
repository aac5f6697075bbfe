"""Political and diplomatic forms a blind batch of dev reports (2021-2025) showed the coder
getting wrong: a stance told with do-support in a present relative clause, fighters
withdrawn from a country, an event noun whose predicate gives its schedule, and a report
that speaks for the body that wrote it.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import of_type


def names(actors) -> set[str]:
    return {a.name for a in actors}


def test_a_stance_in_a_present_relative_clause_is_no_refusal(code):
    events = code(
        "France, which does not recognise the military authorities, took a different course.",
        date(2023, 10, 11),
    )
    assert of_type(events, "REJECT") == []


def test_a_past_refusal_in_a_relative_clause_is_still_told(code):
    events = code(
        "France, which did not recognise the military authorities, recalled its ambassador.",
        date(2023, 10, 11),
    )
    assert len(of_type(events, "REJECT")) == 1


def test_fighters_withdrawn_from_a_country_are_a_retreat_there(code):
    events = code(
        "Russia's Wagner group said on Friday that it was withdrawing its fighters from Mali.",
        date(2025, 6, 7),
    )
    assert of_type(events, "SANCTION") == []
    (retreat,) = of_type(events, "RETREAT")
    assert retreat.mode == "withdraw"
    assert retreat.place is not None and retreat.place.country == "MLI"


def test_an_event_noun_due_to_take_effect_is_planned_at_the_coming_date(code):
    events = code(
        "The withdrawal of MINUSMA is due to take effect on 29 January.", date(2025, 1, 22)
    )
    (retreat,) = of_type(events, "RETREAT")
    assert retreat.status == Status.PLANNED
    assert retreat.date_start == date(2025, 1, 29)


def test_a_noun_caused_by_something_is_not_scheduled(code):
    events = code(
        "The withdrawal of MINUSMA in December 2023 was due to the junta's demand.",
        date(2024, 1, 22),
    )
    (retreat,) = of_type(events, "RETREAT")
    assert retreat.status == Status.OCCURRED


def test_a_report_accuses_for_the_body_that_wrote_it(code):
    events = code(
        "A UN human rights report in May 2023 accused Malian troops of killing at least 500 "
        "people in Moura in March 2022.",
        date(2025, 6, 7),
    )
    (accusation,) = of_type(events, "ACCUSE")
    assert names(accusation.actors) == {"United Nations"}
    assert of_type(events, "ASSAULT") == []


def test_a_report_by_a_named_group_speaks_for_it(code):
    events = code(
        "A report by Human Rights Watch accused the army of killing 40 villagers.",
        date(2024, 3, 1),
    )
    (accusation,) = of_type(events, "ACCUSE")
    assert names(accusation.actors) == {"Human Rights Watch"}


def test_what_a_prepared_force_is_for_is_no_event(code):
    events = code(
        "Mali, Burkina Faso and Niger are preparing a joint force of 5,000 soldiers to fight "
        "the jihadist groups active in their border areas.",
        date(2025, 1, 22),
    )
    assert of_type(events, "ASSAULT") == []


def test_an_act_counted_back_from_an_undated_main_clause_takes_the_lent_day(code):
    events = code(
        "President Vladimir Putin pledged on Thursday to send free grain to Mali.\n\n"
        "The summit opened a day after soldiers in Niger detained President Mohamed Bazoum "
        "in Niamey.",
        date(2023, 7, 28),
    )
    (detention,) = of_type(events, "COERCE")
    assert detention.date_start == date(2023, 7, 26)


def test_a_place_after_a_persons_first_name_is_the_rest_of_the_name(code):
    events = code(
        "Former prime minister Moussa Mara was jailed on 1 August over a social media post.",
        date(2025, 8, 16),
    )
    (arrest,) = of_type(events, "COERCE")
    assert names(arrest.recipients) == {"Moussa Mara"}
    assert arrest.place is None or arrest.place.country != "TZA"


def test_the_commission_of_a_named_body_is_no_inquiry(code):
    events = code(
        "The president of the ECOWAS Commission, Jean-Claude Kassi Brou, told reporters "
        "after the summit that the sanctions would take effect immediately.",
        date(2021, 9, 17),
    )
    assert of_type(events, "ACCUSE") == []


def test_a_coup_told_at_its_month_and_its_detention_on_a_day_are_one_coup(code):
    events = code(
        "The United States on Tuesday cut off most of its assistance to Niger after concluding "
        "that the military's seizure of power in July was a coup.\n\n"
        "Soldiers of the presidential guard detained Bazoum at his residence in Niamey on "
        "26 July, and their commander, General Abdourahamane Tiani, declared himself head of "
        "state two days later.",
        date(2023, 10, 11),
    )
    (coup,) = of_type(events, "COERCE")
    assert coup.date_start == date(2023, 7, 26)


def test_arrests_in_another_month_stay_apart_from_the_coup(code):
    events = code(
        "The military seized power in July. Soldiers arrested two former ministers on 3 August.",
        date(2023, 10, 11),
    )
    assert len(of_type(events, "COERCE")) == 2


def test_a_spokesman_of_a_seat_of_government_speaks_for_it(code):
    events = code(
        "A Kremlin spokesman called for restraint from all sides in Niger.", date(2023, 7, 28)
    )
    (request,) = of_type(events, "REQUEST")
    assert any(a.country == "RUS" for a in request.actors)
