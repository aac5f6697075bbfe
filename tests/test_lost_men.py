"""A side that "lost" a counted number of its soldiers or men lost them dead."""

from datetime import date

from .conftest import code_french, need_french

PUBLISHED = date(2023, 6, 1)


def test_soldiers_lost_in_an_attack_are_its_dead(code):
    events = code(
        "Neighbouring Togo lost eight soldiers in May 2022 when gunmen attacked a military post"
        " at Kpinkankandi."
    )
    assert [(e.type, e.dead) for e in events] == [("ASSAULT", 8)]
    assert events[0].recipients[0].country == "TGO"


def test_losses_told_after_the_attack_count_for_it(code):
    events = code(
        "Gunmen attacked a military post at Kpinkankandi on Sunday. Togo lost eight soldiers."
    )
    assert [(e.type, e.dead) for e in events] == [("ASSAULT", 8)]


def test_seats_lost_in_an_election_are_no_toll(code):
    assert code("The ruling party lost 12 seats in the election on Sunday.") == []


@need_french
def test_french_soldiers_lost_are_dead():
    events = code_french(
        "Le Togo a perdu huit soldats en mai 2022 lorsque des hommes armés ont attaqué un poste"
        " militaire à Kpinkankandi.",
        PUBLISHED,
    )
    assert [(e.type, e.dead) for e in events] == [("ASSAULT", 8)]
