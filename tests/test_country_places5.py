"""Where decisions, statements and coups happen when the report is about another country:
places inside a clause that tells another act, venues named as "the town of X", the state a
government met as, lifting sanctions as a decision, a mission sent to a capital, the country
whose power is seized, and a body named by its leader. Sentences are written in the style
of wire copy."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, of_type, told, where

PUBLISHED = date(2022, 1, 29)


def test_a_place_in_a_clause_telling_another_act_does_not_place_a_decision(code):
    """'the sanctions it has placed on neighbouring Mali' tells an earlier act: the suspension
    of Burkina Faso is Burkina Faso's, not Mali's."""
    events = code(
        "The Economic Community of West African States suspended Burkina Faso from its "
        "governing bodies on Friday after this week's military coup, but stopped short of "
        "imposing the economic and financial sanctions it has placed on neighbouring Mali."
    )
    assert where(told(events, "suspended Burkina Faso", "SANCTION"))[0] == "BFA"


def test_an_accusation_is_not_where_the_act_it_names_happened(code):
    """The ministry's accusation is Niger's, not New York's, where the General Assembly it
    speaks of met."""
    events = code(
        "Niger's military authorities have ordered the UN resident coordinator to leave the "
        "country within 72 hours. The ministry accused Secretary-General Antonio Guterres of "
        '"underhanded manoeuvres" that it said had prevented Niger from taking a full part in '
        "the UN General Assembly in New York last month."
    )
    assert where(told(events, "The ministry accused", "ACCUSE"))[0] == "NER"


def test_an_attack_keeps_the_place_its_target_is_said_to_be_in(code):
    """A scene event keeps a place its object's relative clause gives: the rule is for
    statements and decisions only."""
    events = code(
        "Gunmen on Sunday attacked a convoy that the army was escorting near Djibo, "
        "killing 12 soldiers, Burkina Faso's army said."
    )
    assert where(told(events, "attacked a convoy", "ASSAULT")) == ("BFA", "BF-12")


def test_a_summit_in_the_town_of_pau_places_the_leaders_decisions(code):
    """'met Macron in the south-western French town of Pau': the venue places what the
    leaders agreed and asked there, though the report is about Niger; a state's president
    met there as that state, so "the five presidents" read as Niger's government are too."""
    events = code(
        "Five weeks of carnage in Niger's Tillabéri region have shattered its image of "
        "stability. Niger's army lost 71 soldiers at Inates in December.\n\n"
        "The presidents of the G5 Sahel countries, Mahamadou Issoufou of Niger and Roch Marc "
        "Christian Kaboré of Burkina Faso among them, met French President Emmanuel Macron in "
        "the south-western French town of Pau on Monday.\n\n"
        "The leaders agreed to create a Coalition for the Sahel. The five presidents also "
        "asked France to keep its troops in the region.",
        date(2020, 1, 15),
    )
    assert where(told(events, "The leaders agreed", "AGREE")) == ("FRA", "FR-NAQ")
    assert where(told(events, "asked France", "REQUEST")) == ("FRA", "FR-NAQ")


def test_lifting_sanctions_is_decided_at_the_summit_named_after_it(code):
    """Lifting sanctions is a RETREAT, but a decision: the wire lead tells it, the next
    sentence names the summit in Abuja, and the lifting is placed there."""
    events = code(
        "West African leaders on Saturday lifted most of the sanctions imposed on Niger after "
        "last year's coup, including the closure of borders.\n\n"
        "Meeting in Abuja, leaders of the Economic Community of West African States urged "
        "Mali, Burkina Faso and Niger to reconsider their decision to leave the bloc.",
        date(2024, 2, 25),
    )
    assert where(told(events, "lifted most of the sanctions", "RETREAT")) == ("NGA", "NG-FC")


def test_ending_a_siege_stays_at_its_scene(code):
    """Ending a siege is done where the siege is: it takes the town of the paragraph."""
    events = code(
        "Gunmen stormed a hotel in Bamako on Friday and held about 170 guests and staff "
        "hostage. Malian commandos entered the building in the late morning and freed the "
        "remaining hostages, ending the siege.",
        date(2015, 11, 21),
    )
    ended = [e for e in of_type(events, "RETREAT") if "ending the siege" in e.evidence[0].sentence]
    assert ended and all(where(e) == ("MLI", "ML-BKO") for e in ended)


def test_a_mission_sent_to_a_capital_visits_it(code):
    """'decided to send a high-level mission to Conakry': the visit is in Conakry, and its
    host is Guinea's junta."""
    events = code(
        "West African leaders suspended Guinea from the bloc on Wednesday after the coup that "
        "toppled President Alpha Condé. The leaders decided to send a high-level mission to "
        "Conakry to meet the junta.",
        date(2021, 9, 9),
    )
    visit = told(events, "send a high-level mission", "CONSULT")
    assert where(visit) == ("GIN", "GN-C")
    assert countries_of(visit.recipients) == {"GIN"}


def test_a_coup_is_in_the_country_of_the_president_it_deposes(code):
    """A report on Chad: 'soldiers toppled President Keïta' is Mali's coup, in Bamako."""
    events = code(
        "The Peace and Security Council of the African Union has decided not to suspend Chad "
        "after the death of President Idriss Déby. It suspended Mali the day after soldiers "
        "toppled President Ibrahim Boubacar Keïta on 18 August 2020.",
        date(2021, 5, 23),
    )
    assert where(told(events, "soldiers toppled", "COERCE")) == ("MLI", "ML-BKO")


def test_a_body_named_by_its_leader_is_of_the_leaders_country(code):
    """A report on Niger: 'a military council led by his son, Mahamat Idriss Déby' is Chad's
    council, and the power it took is Chad's, seized in N'Djamena."""
    events = code(
        "Niger's army said on Sunday that it had repelled an attack near Téra, in the "
        "Tillabéri region. Niger's junta said it regretted Chad's decision to bring its "
        "soldiers home. President Idriss Déby of Chad was killed in April 2021, and a military "
        "council led by his son, Mahamat Idriss Déby, took power.",
        date(2021, 8, 23),
    )
    coup = told(events, "took power", "COERCE")
    assert countries_of(coup.actors) == {"TCD"}
    assert where(coup) == ("TCD", "TD-ND")
