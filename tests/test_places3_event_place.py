"""Where an event happens when its sentence names other places too: a capital named as a
party, a country left behind by troops, a posting of recalled diplomats, a destination of sent
troops (docs/coding-rules.md, "Where")."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2024, 3, 1)


def places(events, kind: str) -> list[tuple[str | None, str | None]]:
    """(country, admin1) of the events of one type."""
    return [
        (e.place.country if e.place else None, e.place.admin1 if e.place else None)
        for e in events
        if e.type == kind
    ]


def test_a_withdrawal_stays_in_the_country_left_not_the_capital_it_was_forced_on(code):
    events = code(
        "The last French troops left Mali on Monday, ending a pullout forced on Paris by the junta."
    )
    assert places(events, "RETREAT") and all(c == "MLI" for c, _ in places(events, "RETREAT"))


def test_a_capital_named_as_the_other_party_is_not_the_scene(code):
    events = code("Benin's president said on Sunday he wanted to restore relations with Niamey.")
    assert places(events, "SUPPORT")
    assert all(admin1 != "NE-8" for _, admin1 in places(events, "SUPPORT"))


def test_a_march_on_the_capital_is_still_placed_there(code):
    events = code("Rebels marched on Bamako.")
    assert ("MLI", "ML-BKO") in places(events, "PROTEST")


def test_troops_sent_to_a_country_are_placed_there(code):
    events = code("Chad sent 1,000 soldiers to Niger to fight Boko Haram.")
    assert places(events, "MOBILIZE") == [("NER", None)]


def test_an_ambassador_recalled_from_a_capital_is_placed_at_the_posting(code):
    events = code("Mali recalled its ambassador from Algiers on Thursday for consultations.")
    assert [c for c, _ in places(events, "SANCTION")] == ["DZA"]


def test_an_ambassador_recalled_to_a_capital_is_placed_at_the_posting_too(code):
    events = code("Burkina Faso recalled its ambassador to Paris on Friday.")
    assert [c for c, _ in places(events, "SANCTION")] == ["FRA"]
