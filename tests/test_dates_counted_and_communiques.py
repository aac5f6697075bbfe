"""Dates counted from another act ("the day after soldiers toppled ... on 18 August 2020",
"Five days after the coup, ECOWAS suspended ..."), a communiqué's numbered points dated by
the meeting that adopted them, statements a document makes in the simple present, asides in
relative clauses that do not move the story's date, and "last Saturday" written the day
after."""

from __future__ import annotations

from datetime import date

from crisisdesk.dates.resolve import Tense, resolve_date

from .conftest import day_of, told

PUBLISHED = date(2021, 5, 21)  # a Friday


def test_an_act_the_day_after_a_dated_clause_is_the_next_day(code):
    text = (
        "The Peace and Security Council declined to suspend Chad on Thursday. The Council "
        "suspended Mali the day after soldiers toppled President Ibrahim Boubacar Keïta on "
        "18 August 2020."
    )
    suspension = told(code(text), "the day after", "SANCTION")
    assert day_of(suspension) == (date(2020, 8, 19), "day")
    coup = told(code(text), "toppled", "COERCE")
    assert day_of(coup) == (date(2020, 8, 18), "day")


def test_a_distance_after_an_event_noun_counts_from_that_act(code):
    text = (
        "On 22 March 2012, mutinous soldiers overthrew President Amadou Toumani Touré in "
        "Bamako.\n\n"
        "Five days after the coup, ECOWAS suspended Mali from its decision-making bodies."
    )
    suspension = told(code(text, date(2022, 3, 22)), "Five days after", "SANCTION")
    assert day_of(suspension) == (date(2012, 3, 27), "day")


def test_the_day_after_the_massacre_counts_from_the_massacre_told_before(code):
    text = (
        "Mali's government resigned on Thursday.\n\n"
        "On 23 March, gunmen killed about 160 villagers in Ogossagou, in the Mopti region.\n\n"
        "The day after the massacre, the government dissolved a Dogon militia, Dan Na "
        "Ambassagou."
    )
    dissolution = told(code(text, date(2019, 4, 19)), "The day after the massacre")
    assert day_of(dissolution) == (date(2019, 3, 24), "day")


def test_a_date_inside_the_after_clause_is_no_distance(code):
    text = (
        "Mali's government says dozens of soldiers were executed after rebels overran the "
        "army camp at Aguelhok last month."
    )
    events = code(text, date(2012, 2, 14))
    overrun = told(events, "overran", "ASSAULT")
    assert overrun.date_start is None or overrun.date_start.month == 1


COMMUNIQUE = (
    "COMMUNIQUÉ: Peace and Security Council suspends Niger\n\n"
    "The Peace and Security Council of the African Union has suspended Niger, according to a "
    "communiqué made public on Tuesday.\n\n"
    "The decision was taken at a meeting of the Council held in Addis Ababa on 14 August. "
    "The communiqué reads, in part:\n\n"
    "1. The Council strongly condemns the overthrow of President Mohamed Bazoum and demands "
    "his immediate release.\n\n"
    "2. The Council recalls that, at its meeting of 28 July, it gave the military fifteen days "
    "to return to their barracks."
)


def test_numbered_points_of_a_communique_speak_at_its_meeting(code):
    events = code(COMMUNIQUE, date(2023, 8, 22))
    condemnation = told(events, "strongly condemns", "ACCUSE")
    assert day_of(condemnation) == (date(2023, 8, 14), "day")
    demand = told(events, "demands his immediate release", "REQUEST")
    assert day_of(demand) == (date(2023, 8, 14), "day")


def test_a_communique_whose_point_holds_the_summit_dates_its_other_points(code):
    text = (
        "FINAL COMMUNIQUÉ\n\n"
        "1. The Authority of Heads of State and Government of ECOWAS held an extraordinary "
        "summit in Abuja on 10 August 2023.\n\n"
        "2. The Authority calls on the African Union to support its decisions."
    )
    call = told(code(text, date(2023, 8, 12)), "calls on", "REQUEST")
    assert day_of(call) == (date(2023, 8, 10), "day")


def test_a_distance_hung_from_the_main_verb_still_counts_back_from_its_clause(code):
    text = (
        "ECOWAS and Guinea's junta agreed on a 24-month transition on Friday.\n\n"
        "It comes a month after West African leaders decided at a meeting in New York to "
        "impose gradual sanctions on Guinea."
    )
    sanctions = told(code(text, date(2022, 10, 22)), "a month after", "SANCTION")
    assert (sanctions.date_start.strftime("%Y-%m"), sanctions.date_precision) == (
        "2022-09",
        "month",
    )


def test_an_alerts_own_call_in_the_present_is_dated_by_the_alert(code):
    text = (
        "Burkina Faso's junta suspended the magazine Jeune Afrique on Monday.\n\n"
        "Sahel Press Freedom Watch calls on the transitional authorities to lift the "
        "suspension and to let foreign media work freely."
    )
    call = told(code(text, date(2023, 9, 28)), "calls on", "REQUEST")
    assert day_of(call) == (date(2023, 9, 28), "day")
    suspension = told(code(text, date(2023, 9, 28)), "suspended", "COERCE")
    assert day_of(suspension) == (date(2023, 9, 25), "day")


def test_an_aside_in_a_relative_clause_does_not_date_the_main_act(code):
    text = (
        "Chad's military government and rebel groups signed a peace agreement in Doha on "
        "Monday.\n\n"
        "The Front for Change and Concord in Chad (FACT), the group behind the offensive "
        "during which President Idriss Déby died in April 2021, refused to sign the agreement."
    )
    refusal = told(code(text, date(2022, 8, 9)), "refused to sign", "REJECT")
    assert day_of(refusal) == (date(2022, 8, 8), "day")


def test_a_relative_clause_on_the_subject_still_sets_the_scene(code):
    text = (
        "Gunmen killed 30 travellers near Auno on Sunday night.\n\n"
        "Governor Babagana Zulum, who visited Auno on Monday, criticised the military for "
        "failing to protect the travellers."
    )
    criticism = told(code(text, date(2020, 2, 11)), "criticised", "ACCUSE")
    assert day_of(criticism) == (date(2020, 2, 10), "day")


def test_last_saturday_in_a_sunday_report_is_the_week_before():
    sunday = date(2021, 11, 28)
    value = resolve_date("since last Saturday", sunday, Tense.PAST, "en")
    assert value is not None and value.start == date(2021, 11, 20)
    # two days back or more, "last Friday" is the Friday just gone
    assert resolve_date("last Friday", sunday, Tense.PAST, "en").start == date(2021, 11, 26)
    # and a plain "on Saturday" is the day before
    assert resolve_date("on Saturday", sunday, Tense.PAST, "en").start == date(2021, 11, 27)
