"""Events the coder used to miss (types2 batch).

"Tillia has been under a state of emergency since 2017" names no one who declared it: the
emergency is still an event, the government's of the country where it applies, as a coup with
no named plotter is the national military's. "Any intervention would be treated as a
declaration of war" is the speaker's threat; "retook Konna" is territory taken; a war that
"broke out" is fighting. French nouns written with an elided article ("prise d'otages", "état
d'urgence") match as wholes. Real facts, in our own words.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import code_french, need_french, of_type, only

PUBLISHED = date(2021, 3, 22)


def code_fr(text: str, published: date = PUBLISHED):
    return code_french(text, published)


def test_a_region_under_a_state_of_emergency_is_its_governments_coerce(code):
    events = code(
        "The department of Tillia, in western Niger, has been under a state of emergency "
        "since 2017."
    )
    event = only(events, "COERCE")
    assert event.mode == "martial-law"
    assert [a.country for a in event.actors] == ["NER"]
    assert event.actors[0].sector == "GOV"


def test_the_government_is_the_places_not_the_reports_country(code):
    # a Benin report that tells the emergency across the border in Togo's Savanes region
    events = code(
        "Benin's army said jihadists killed four soldiers near Porga on Sunday. Across the "
        "border, Togo's Savanes region has been under a state of security emergency since "
        "June 2022.",
        date(2023, 2, 12),
    )
    emergency = only(events, "COERCE")
    assert [a.country for a in emergency.actors] == ["TGO"]


def test_a_named_decreer_stays_the_actor(code):
    events = code(
        "President Ibrahim Boubacar Keïta declared a ten-day state of emergency across Mali "
        "on Friday.",
        date(2015, 11, 21),
    )
    event = only(events, "COERCE")
    assert "Keïta" in event.actors[0].name


def test_the_state_of_emergency_already_told_adds_no_event(code):
    # "the state of emergency" with no date points back to the one declared before
    events = code(
        "Togo declared a state of security emergency in its Savanes region on 13 June 2022. "
        "Residents say the state of emergency has emptied the markets."
    )
    assert len(of_type(events, "COERCE")) == 1


# -- warnings told as what an act "would be treated as" -------------------------------------


def test_an_intervention_treated_as_a_declaration_of_war_is_the_speakers_threat(code):
    events = code(
        "On 31 July, Mali and Burkina Faso said that any military intervention in Niger would "
        "be considered a declaration of war against them.",
        date(2023, 8, 2),
    )
    threat = only(events, "THREATEN")
    assert threat.mode == "violence"
    assert {a.country for a in threat.actors} == {"MLI", "BFA"}
    assert not of_type(events, "ASSAULT")  # the intervention is what the warning is about


def test_a_declaration_of_war_made_is_no_warning(code):
    events = code("Germany issued a declaration of war on the United States in December 1941.")
    assert not of_type(events, "THREATEN")


# -- territory retaken, wars that break out --------------------------------------------------


def test_retook_is_retake(code):
    # en_core_web_sm gives "retook" its own lemma
    events = code(
        "Malian troops backed by French aircraft retook Konna on Saturday, the Malian army said.",
        date(2013, 1, 19),
    )
    attack = only(events, "ASSAULT")
    # "backed by" makes two actors (docs/coding-rules.md): the troops, then the air support
    assert [a.country for a in attack.actors] == ["MLI", "FRA"]


def test_a_recaptured_palace_is_territory_taken(code):
    events = code(
        "The army recaptured the presidential palace in Khartoum on 21 March.", date(2025, 3, 22)
    )
    assert only(events, "ASSAULT").date_start == date(2025, 3, 21)


def test_the_outbreak_of_a_war_is_fighting_between_its_sides(code):
    events = code(
        "The war between the army and the RSF broke out on 15 April 2023.", date(2025, 3, 22)
    )
    fighting = only(events, "ASSAULT")
    assert len(fighting.actors) == 2
    assert fighting.date_start == date(2023, 4, 15)


def test_a_war_named_as_a_situation_is_no_event(code):
    events = code("Talks began in Jeddah on Monday to end the war in Sudan.", date(2023, 5, 8))
    assert not of_type(events, "ASSAULT")


# -- French nouns with an elided article ----------------------------------------------------


@need_french
def test_a_french_hostage_taking_is_an_abduction_not_a_capture():
    # "prise d'otages": the French parser reads "d'" apart; the phrase still matches as a whole
    events = code_fr("La prise d'otages de Bamako a fait 20 morts le 20 novembre 2015.")
    assert only(events, "ASSAULT").mode == "abduct"


@need_french
def test_a_french_department_under_a_state_of_emergency_is_its_governments():
    events = code_fr(
        "Le département de Tillia, au Niger, est placé sous état d'urgence depuis 2017."
    )
    event = only(events, "COERCE")
    assert [a.country for a in event.actors] == ["NER"]
