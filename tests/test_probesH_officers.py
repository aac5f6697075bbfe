"""Officers act for the force they serve in, as soldiers do: "they" after "senior Gabonese
military officers" is Gabon's military, not the Gabonese state (found by probing a wire report
on the 2023 coup in Gabon)."""

from __future__ import annotations

from datetime import date

from .conftest import of_type

PUBLISHED = date(2023, 8, 31)


def test_officers_who_say_they_took_power_are_the_military(code):
    events = code(
        "A group of senior Gabonese military officers appeared on national television on "
        "Wednesday and said they had taken power."
    )
    assert [[a.id for a in e.actors] for e in of_type(events, "COERCE")] == [["GAB-MIL"]]


def test_police_officers_stay_police(code):
    events = code(
        "Two police officers were killed when gunmen attacked a checkpoint near Dori on Monday."
    )
    (attack,) = of_type(events, "ASSAULT")
    assert [r.id for r in attack.recipients] == ["BFA-COP"]
    assert attack.dead == 2
