"""Events the coder used to lose: an act added with "also", doers named by a collective ("groups
of protesters"), by an acronym the tagger reads as an adjective ("ECOWAS leaders") or by a rights
group, states that "followed" an act, and a popular uprising (docs/coding-rules.md)."""

from __future__ import annotations

from datetime import date

from .conftest import names_of, of_type, told

PUBLISHED = date(2024, 3, 10)  # a Sunday


def test_an_act_added_with_also_is_a_further_act(code):
    events = code(
        "Gunmen attacked the village of Kompienga on Saturday, killing 12 civilians.\n\n"
        "The assailants also burned granaries and looted shops before fleeing."
    )
    assaults = of_type(events, "ASSAULT")
    assert len(assaults) == 2, [(e.type, e.evidence[0].sentence) for e in events]


def test_a_reaction_with_also_still_leaves_the_attack_told_once(code):
    events = code(
        "Gunmen attacked the village of Kompienga on Saturday, killing 12 civilians.\n\n"
        "The United Nations also condemned the attack on Sunday."
    )
    assert len(of_type(events, "ASSAULT")) == 1
    assert of_type(events, "ACCUSE")


def test_groups_of_protesters_are_the_protesters(code):
    events = code(
        "On Friday afternoon, groups of protesters stormed the headquarters of the state "
        "broadcaster in Bamako."
    )
    storming = told(events, "stormed")
    assert any("opposition" in name for name in names_of(storming.actors)), names_of(
        storming.actors
    )


def test_an_acronym_read_as_an_adjective_still_owns_its_leaders(code):
    events = code(
        "ECOWAS leaders met in Abuja on Sunday for an extraordinary summit on Niger. "
        "The leaders demanded the immediate release of President Mohamed Bazoum."
    )
    demand = told(events, "demanded", "REQUEST")
    assert "ECOWAS" in names_of(demand.actors)


def test_a_rights_group_is_a_doer(code):
    events = code(
        "Human rights groups on Saturday condemned the pardon granted to the former junta "
        "leader in Conakry."
    )
    condemnation = told(events, "condemned", "ACCUSE")
    assert "NGOs" in names_of(condemnation.actors)


def test_states_that_follow_repeat_the_act_told(code):
    events = code(
        "Mali announced on 28 January that it was leaving the Economic Community of West "
        "African States with immediate effect. Burkina Faso and Niger followed on 30 January."
    )
    followed = told(events, "followed")
    assert followed.type == of_type(events, "SANCTION")[0].type == "SANCTION"
    assert names_of(followed.actors) >= {"Burkina Faso", "Niger"}


def test_clashes_that_follow_are_not_a_repeat(code):
    events = code(
        "Mali announced on 28 January that it was leaving the Economic Community of West "
        "African States. Heated debates followed in parliament."
    )
    assert [e.type for e in events] == ["SANCTION"]


def test_a_popular_uprising_is_a_protest(code):
    events = code(
        "In Burkina Faso, a popular uprising forced President Blaise Compaoré to resign in "
        "October 2014."
    )
    uprising = told(events, "uprising", "PROTEST")
    assert uprising.actors
    assert not [e for e in events if e.type == "ASSAULT"]
