"""Recipients: a taken town's holder, meetings, victims named by kind, demands of a protest,
and parties that are no recipients (the actor's own, a means, a condition)."""

from __future__ import annotations

from datetime import date

from .conftest import only

PUBLISHED = date(2024, 3, 18)


def _ids(actors) -> set[str]:
    return {a.id for a in actors}


def test_a_town_seized_by_jihadists_is_taken_from_its_state(code) -> None:
    text = "Islamist militants seized the town of Djibo in northern Burkina Faso on Sunday."
    assault = only(code(text), "ASSAULT")
    assert [a.id for a in assault.recipients] == ["BFA"]


def test_a_town_retaken_is_taken_from_the_group_that_took_it(code) -> None:
    text = (
        "Boko Haram captured the town of Bama in September 2014. "
        "The army retook the town in March 2015."
    )
    captures = [e for e in code(text) if e.type == "ASSAULT"]
    assert [a.id for a in captures[0].recipients] == ["NGA"]
    assert [a.name for a in captures[-1].recipients] == ["Boko Haram"]


def test_an_army_taking_a_town_of_its_own_country_names_no_holder(code) -> None:
    text = "The Malian army took the town of Léré on Tuesday."
    assault = only(code(text), "ASSAULT")
    assert assault.recipients == []


def test_the_one_met_is_the_recipient_and_due_to_keeps_the_subject(code) -> None:
    text = "Niger's president is due to meet Emmanuel Macron in Paris on Friday."
    meeting = only(code(text), "CONSULT")
    assert {a.country for a in meeting.actors} == {"NER"}
    assert [a.name for a in meeting.recipients] == ["Emmanuel Macron"]


def test_foreign_tourists_killed_are_civilians_of_their_country(code) -> None:
    text = "Gunmen killed three Belgian tourists near the town of Atar on Monday."
    assault = only(code(text), "ASSAULT")
    assert [(a.country, a.sector) for a in assault.recipients] == [("BEL", "CVL")]


def test_an_adjective_national_is_no_party(code) -> None:
    text = "The rebel groups agreed on Monday to join a national dialogue in N'Djamena."
    assert all(a.sector != "CVL" for e in code(text) for a in e.actors + e.recipients)


def test_a_protest_demanding_a_departure_targets_who_would_leave(code) -> None:
    text = (
        "Thousands of people demonstrated in Niamey on Saturday to demand the departure of "
        "the French troops."
    )
    protest = only(code(text), "PROTEST")
    assert "FRA" in {a.country for a in protest.recipients}


def test_who_after_a_place_is_the_people_before_it(code) -> None:
    text = (
        "Police fired tear gas on Saturday at hundreds of protesters in the capital, Bamako, "
        "who were demanding the release of the opposition leader."
    )
    # the protesters' demand is their protest (test_docsd_events.py), by the people, not Bamako
    protest = only(code(text), "PROTEST")
    assert all(a.sector != "GOV" for a in protest.actors)


def test_the_actors_own_ambassador_is_not_a_recipient(code) -> None:
    text = "France recalled its ambassador on Friday for consultations."
    recall = only(code(text), "SANCTION")
    assert "FRA" not in {a.country for a in recall.recipients}


def test_another_states_ambassador_is_not_the_last_ambassador_named(code) -> None:
    text = (
        "Niger's junta on Monday ordered the Belgian ambassador to leave the country. "
        "Belgium responded by ordering Niger's ambassador in Brussels to leave within 48 hours."
    )
    orders = [e for e in code(text) if e.type in {"SANCTION", "COERCE"}]
    assert "NER" in {a.country for a in orders[-1].recipients}


def test_a_state_of_emergency_is_not_the_state(code) -> None:
    text = "Benin declared a state of emergency in its northern Alibori department on Monday."
    assert all(a.sector != "GOV" for e in code(text) for a in e.recipients)


def test_taking_power_by_force_names_no_military_recipient(code) -> None:
    text = "The African Union on Sunday condemned any seizure of power by force in Gabon."
    condemnation = only(code(text), "ACCUSE")
    assert condemnation.recipients == []


def test_calling_it_unacceptable_refers_to_the_attack(code) -> None:
    text = (
        "Gunmen attacked an army post near Djibo on Friday. The president condemned the "
        "attack on Saturday, calling it unacceptable."
    )
    condemnation = only(code(text), "ACCUSE")
    assert condemnation.recipients == []


def test_a_lowercase_phrase_is_no_person(code) -> None:
    text = "The Government firmly condemns this cowardly and barbaric attack on its soldiers."
    condemnation = only(code(text), "ACCUSE")
    assert not any(a.id.startswith("unresolved:") for a in condemnation.recipients)
