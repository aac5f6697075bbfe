"""Events kept although no actor is named in the knowledge base: titled people, national groups,
coups with no named plotter, and attacks by an unidentified group told with a date and place
(docs/coding-rules.md, "What counts as an event")."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import ActorKind, Sector

from .conftest import of_type

PUBLISHED = date(2019, 6, 12)


def test_a_titled_name_is_a_person_even_where_a_town_shares_it(code):
    text = "President Bush has threatened further action against Russia on Monday."
    (threat,) = of_type(code(text), "THREATEN")
    assert [(a.name, a.kind) for a in threat.actors] == [("Bush", ActorKind.PERSON)]
    assert [a.country for a in threat.recipients] == ["RUS"]


def test_a_national_group_acts_for_its_country(code):
    text = "Palestinian prisoners rioted on Monday at a jail in northern Israel, police said."
    (riot,) = of_type(code(text), "PROTEST")
    assert [a.country for a in riot.actors] == ["PSE"]


def test_a_group_of_named_nationals_is_specific_enough(code):
    text = "A group of Moroccan diplomats held their first meeting with President Obama."
    (meeting,) = of_type(code(text), "CONSULT")
    assert "MAR" in {a.country for a in meeting.actors}


def test_a_dated_coup_with_no_named_plotter_is_the_military_s(code):
    text = (
        "Niger's junta has refused to release Mohamed Bazoum. The former president has been "
        "detained in Niamey since the July 2023 coup."
    )
    coups = [e for e in of_type(code(text, date(2024, 3, 1)), "COERCE") if "coup" in str(e)]
    assert coups
    assert [(a.country, a.sector) for a in coups[0].actors] == [("NER", Sector.MIL)]


def test_a_dated_and_placed_attack_is_kept_with_no_actor(code):
    text = (
        "The Malian government on Wednesday revised the death toll from Sunday's attack on "
        "the Dogon village of Sobane Da to 35."
    )
    (attack,) = of_type(code(text), "ASSAULT")
    assert attack.actors == []
    assert attack.place is not None and attack.place.country == "MLI"
    assert attack.date_start is not None


def test_an_undated_unattributed_attack_is_a_topic(code):
    text = "Officials said the attack was the most violent against civilians in the country."
    assert of_type(code(text), "ASSAULT") == []


def test_a_creed_is_not_a_nationality(code):
    text = "The threat from Islamist militants remained high across the region."
    assert code(text) == []


def test_news_of_the_coup_adds_no_coup(code):
    text = "The price of aluminium rose sharply on Monday on news of the coup."
    assert of_type(code(text), "COERCE") == []


def test_a_named_group_before_a_force_noun_is_the_actor_and_abducted_girls_its_victims(code):
    [abduction] = of_type(
        code("Boko Haram fighters abducted 276 girls from a school in Chibok in April 2014."),
        "ASSAULT",
    )
    assert [a.id for a in abduction.actors] == ["boko-haram"]
    assert abduction.abducted == 276
    assert [a.sector.value for a in abduction.recipients] == ["CVL"]
