"""The other side's losses told right after an attack make it one fight: both sides are its
actors, it has no recipient, and its toll counts every fatality (docs/coding-rules.md, "Both
sides of one fight")."""

from __future__ import annotations

from datetime import date

from .conftest import of_type

PUBLISHED = date(2020, 1, 10)

CAMP_ATTACK = (
    "Twenty-five Nigerien soldiers were killed on Thursday when militants attacked a military "
    "camp in Chinegodar, the defence ministry said. "
)


def sectors(actors) -> set[str | None]:
    return {a.sector.value if a.sector else None for a in actors}


def test_the_army_killing_attackers_in_the_fighting_joins_the_attack(code):
    events = code(CAMP_ATTACK + "The army killed 63 of the attackers in the fighting.")
    (fight,) = of_type(events, "ASSAULT")
    assert fight.dead == 88
    assert fight.recipients == []
    assert "MIL" in sectors(fight.actors)
    assert len(fight.actors) == 2


def test_attackers_neutralised_make_the_attack_a_fight(code):
    events = code(CAMP_ATTACK + "Twelve attackers were neutralised, the army said.")
    (fight,) = of_type(events, "ASSAULT")
    assert fight.dead == 37
    assert fight.recipients == []
    assert "MIL" in sectors(fight.actors)


def test_a_later_figure_for_the_soldiers_adds_nothing_to_the_fight(code):
    events = code(
        CAMP_ATTACK
        + "Twelve attackers were neutralised, the army said.\n\n"
        + "The ministry had first said that 17 soldiers had been killed."
    )
    assert [e.dead for e in of_type(events, "ASSAULT")] == [37]


def test_a_pursuit_after_the_attack_stays_the_army_s_own_act(code):
    events = code(CAMP_ATTACK + "Soldiers later killed eight of the assailants as they fled.")
    attacks = of_type(events, "ASSAULT")
    assert sorted(e.dead for e in attacks) == [8, 25]
    attack = next(e for e in attacks if e.dead == 25)
    assert "MIL" in sectors(attack.recipients)


def test_fighting_between_the_army_and_named_rebels_has_both_sides(code):
    # The parser reads "the army and CMA rebels" as one noun phrase headed by "rebels".
    events = code(
        "Fighting broke out between the army and CMA rebels near the town of Ber on Sunday, "
        "residents said.",
        published=date(2023, 8, 14),
    )
    (fight,) = of_type(events, "ASSAULT")
    assert "MIL" in sectors(fight.actors)
    assert len(fight.actors) == 2
    assert fight.recipients == []


def test_an_exchange_of_fire_in_an_existential_clause_is_a_fight_at_its_place(code):
    events = code(
        "There was an exchange of fire between soldiers and jihadists near Gao on Monday.",
        published=date(2023, 10, 5),
    )
    (fight,) = of_type(events, "ASSAULT")
    assert len(fight.actors) == 2
    assert "MIL" in sectors(fight.actors)
    assert fight.place is not None and fight.place.name == "Gao"
    assert fight.date_start == date(2023, 10, 2)


def test_repelling_an_attack_by_a_named_group_adds_no_unidentified_attackers(code):
    for text in (
        "Soldiers repelled an attack by Boko Haram on a military post in Bosso on Sunday.",
        "Soldiers repelled a Boko Haram attack on a military post in Bosso on Sunday.",
    ):
        (fight,) = of_type(code(text, published=date(2023, 7, 5)), "ASSAULT")
        assert "UAG" not in sectors(fight.actors), text
        assert len(fight.actors) == 2, text
    (fight,) = of_type(
        code(
            "Soldiers repelled an attack on a military post in Bosso on Sunday.",
            published=date(2023, 7, 5),
        ),
        "ASSAULT",
    )
    assert "UAG" in sectors(fight.actors)
