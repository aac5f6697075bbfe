"""Rules found by probing wire and OCHA copy: officers act for the force they serve in, as
soldiers do ("they" after "senior Gabonese military officers" is Gabon's military, not the
Gabonese state); "the village" is the town introduced as a village, not a capital named since;
the attackers' losses told after a sentence that tells no event add to the toll; an act across
the country takes no town from its paragraph."""

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


def test_the_village_is_the_town_introduced_as_a_village_not_the_capital_named_since(code):
    events = code(
        "On the night of 4 to 5 June, unidentified armed men attacked the village of Solhan, "
        "in Yagha province, killing at least 132 civilians.\n\n"
        "More than 3,300 people have fled to Sebba, the provincial capital, 15 km away.\n\n"
        "The attackers first targeted a post of the volunteers before moving into the village, "
        "where they killed residents and set fire to houses and the market.",
        date(2021, 6, 8),
    )
    assert {e.place.name for e in of_type(events, "ASSAULT")} == {"Solhan"}


def test_the_attackers_losses_told_after_a_sentence_telling_no_event_add_to_the_toll(code):
    events = code(
        "Seventeen Nigerien soldiers were killed and 20 wounded on Tuesday when their unit was "
        "ambushed by jihadists near Koutougou, in the Tillabéri region, the defence ministry "
        "said on Wednesday.\n\n"
        "A detachment was moving between Boni and Torodi when it came under attack, the "
        "ministry said in a statement read on state television. More than 100 assailants were "
        "neutralised as they fled, it added.",
        date(2023, 8, 17),
    )
    (ambush,) = of_type(events, "ASSAULT")
    assert ambush.dead == 117


def test_an_act_across_the_country_takes_no_town_from_its_paragraph(code):
    events = code(
        "The governor of Sudan's West Darfur state, Khamis Abakar, was killed on Wednesday in "
        "El Geneina, the army said.\n\n"
        "Fighting between the army and the RSF has raged since April 15, killing at least "
        "1,800 people across the country, according to monitors.",
        date(2023, 6, 15),
    )
    war = next(e for e in of_type(events, "ASSAULT") if e.dead == 1800)
    assert (war.place.country, war.place.admin1) == ("SDN", None)
