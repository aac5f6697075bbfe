"""A date between a relative clause on the subject and the main verb is the clause's own: the
parser hangs it from the main verb, and the main verb's act then took the clause's date."""

from __future__ import annotations

from datetime import date

from .conftest import of_type

PUBLISHED = date(2023, 8, 15)  # a Tuesday


def _dated(events, type_):
    return [(e.date_start, e.date_precision.value) for e in of_type(events, type_)]


def test_the_coup_keeps_its_month_and_the_expulsion_its_day(code):
    events = code(
        "The soldiers who staged the coup in Niger in July expelled the French ambassador on "
        "Friday, state television said."
    )
    assert _dated(events, "COERCE") == [(date(2023, 7, 1), "month")]
    assert _dated(events, "SANCTION") == [(date(2023, 8, 11), "day")]


def test_a_coup_told_in_the_subjects_clause_is_dated_by_that_clause(code):
    events = code(
        "The soldiers who overthrew President Bazoum last month said on Monday they would "
        "prosecute him for high treason."
    )
    assert _dated(events, "COERCE") == [(date(2023, 7, 1), "month")]


def test_a_date_after_a_comma_belongs_to_the_main_verb(code):
    events = code(
        "Mali's junta, which came to power in 2020, on Monday expelled the French ambassador."
    )
    assert _dated(events, "SANCTION") == [(date(2023, 8, 14), "day")]


def test_an_attack_is_dated_by_the_clause_telling_what_it_did(code):
    events = code(
        "The attack that killed 20 soldiers near Djibo on Sunday shocked the nation, the "
        "minister said on Tuesday."
    )
    assert _dated(events, "ASSAULT") == [(date(2023, 8, 13), "day")]


def test_a_clause_telling_what_others_did_about_the_act_does_not_date_it(code):
    events = code(
        "The attack, which was condemned by the UN on Monday, killed 20 soldiers near Djibo "
        "last week."
    )
    assert _dated(events, "ASSAULT") == [(date(2023, 8, 7), "week")]


def test_an_act_named_after_since_does_not_date_the_sentences_other_act(code):
    events = code(
        "Burkina Faso's military junta, led by Captain Ibrahim Traoré since a coup in "
        "September 2022, has ordered a general mobilisation against the jihadists."
    )
    assert _dated(events, "COERCE") == [(date(2022, 9, 1), "month")]
    assert [e.date_start for e in of_type(events, "MOBILIZE")] == [None]


def test_a_third_rally_since_june_is_not_dated_june(code):
    events = code(
        "At least three people were killed in Bamako on Friday when security forces opened "
        "fire on protesters, the opposition said on Saturday.\n\n"
        "Thousands of supporters of the M5-RFP had gathered in the capital for a third mass "
        "rally since June.",
        date(2020, 7, 12),
    )
    assert _dated(events, "PROTEST") == [(date(2020, 7, 10), "day")]


def test_a_date_right_after_said_is_the_sayings_when_the_act_has_its_own(code):
    events = code(
        "The army said on Monday it had killed more than 300 rebels in fighting in Kanem "
        "province over the weekend.",
        date(2021, 4, 21),
    )
    assert [e.date_start for e in of_type(events, "ASSAULT")] == [date(2021, 4, 17)]


def test_a_date_right_after_said_dates_an_act_with_none_of_its_own(code):
    events = code("The army said on Monday it had killed 300 rebels.", date(2021, 4, 21))
    assert [e.date_start for e in of_type(events, "ASSAULT")] == [date(2021, 4, 19)]
