"""Acts summed over a period and told in the perfect are a tally, not an event: "Jihadist
violence has killed thousands of people", "Guinea-Bissau has seen four successful coups since
independence". One act told in the perfect, or an ongoing holding since a day, stays an act."""

from __future__ import annotations

from datetime import date

from .conftest import of_type

PUBLISHED = date(2022, 6, 14)
LEAD = "Gunmen killed 79 people in Seytenga on Saturday, the government said.\n\n"


def test_thousands_killed_over_the_years_is_a_tally(code):
    events = code(
        LEAD + "Jihadists linked to al Qaeda and Islamic State have killed thousands and forced "
        "nearly two million from their homes in Burkina Faso since 2015."
    )
    assert [e.dead for e in of_type(events, "ASSAULT")] == [79]


def test_tens_of_thousands_without_since_is_a_tally(code):
    events = code(LEAD + "The conflict has killed tens of thousands of people.")
    assert [e.dead for e in of_type(events, "ASSAULT")] == [79]


def test_coups_in_the_plural_since_independence_are_a_tally(code):
    events = code(
        LEAD + "Guinea-Bissau has seen four successful coups and many attempts since "
        "independence from Portugal in 1974."
    )
    assert of_type(events, "COERCE") == []


def test_one_act_told_in_the_perfect_stays_an_act(code):
    events = code(
        "Jihadists have killed 12 soldiers in an attack on a post near Djibo, the army said."
    )
    assert [e.dead for e in of_type(events, "ASSAULT")] == [12]


def test_a_country_with_thousands_of_troops_still_warns(code):
    events = code(
        "France, which has thousands of troops in the Sahel, had warned in September that a "
        "deal with Wagner would be incompatible with its presence in Mali."
    )
    assert len(of_type(events, "THREATEN")) == 1


def test_a_crowd_of_thousands_is_a_protest_not_a_tally(code):
    events = code(
        "Thousands of protesters have marched in Bamako since Friday to demand the president's "
        "resignation."
    )
    assert len(of_type(events, "PROTEST")) == 1
