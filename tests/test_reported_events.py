"""An event noun that is the subject of a passive reporting verb is what was reported, not a
speaker: "An attack on an army post was reported near Djibo on Monday" is an attack there."""

from __future__ import annotations

from datetime import date

from .conftest import of_type

PUBLISHED = date(2024, 1, 10)


def test_an_attack_reported_in_the_passive_is_coded_where_and_when_it_was_reported(code):
    (attack,) = of_type(
        code("An attack on an army post was reported near Djibo on Monday."), "ASSAULT"
    )
    assert attack.place is not None and attack.place.admin1 == "BF-12"
    assert attack.date_label == "2024-01-08"


def test_fighting_reported_in_the_passive_has_both_sides(code):
    text = "Heavy fighting between the army and jihadists was reported near Djibo on Monday."
    (fight,) = of_type(code(text), "ASSAULT")
    assert len(fight.actors) == 2 and fight.recipients == []


def test_no_attack_reported_codes_nothing(code):
    assert of_type(code("No attack was reported in the area on Monday."), "ASSAULT") == []
