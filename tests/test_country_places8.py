"""Where an act is when the report is about another country, or when its sentence names a
place that belongs to something else: "the country" pointing back to the one state its
sentence names, an operation aimed at standing for the state that hosts it, a place in a
phrase that dates a decision by another act, and a summit where a deployment was only
ordered. Sentences are written in the style of wire copy for these tests."""

from __future__ import annotations

from datetime import date

from .conftest import code_french, ingest_text, of_type, told, where

PUBLISHED = date(2024, 3, 1)
# a first sentence that makes the report one about Niger
ABOUT_NIGER = "Niger's junta expelled the UN resident coordinator on Tuesday.\n\n"


def test_the_country_is_the_state_its_sentence_named(code):
    """'sanctions on Mali, freezing the country's assets': Mali's assets, in a report on
    Niger, so the sanctions are Mali's."""
    events = code(
        ABOUT_NIGER + "ECOWAS had imposed a package of sanctions on Mali on 9 January, closing "
        "borders and freezing the country's assets at the regional central bank."
    )
    assert where(told(events, "sanctions on Mali", "SANCTION"))[0] == "MLI"


def test_the_north_of_the_country_is_the_named_states(code):
    """The army of Burkina Faso speaks of its own north, not of the report's country."""
    events = code(
        ABOUT_NIGER + "Burkina Faso's army said jihadists had killed 12 soldiers in the north "
        "of the country on Sunday."
    )
    assert where(told(events, "killed 12 soldiers", "ASSAULT")) == ("BFA", None)


def test_a_nationality_does_not_name_the_country(code):
    """'French troops would leave the country' leave Niger: a nationality says who they are,
    not which country "the country" is."""
    events = code(
        ABOUT_NIGER + "The junta has ordered France to withdraw its soldiers. A French army "
        "spokesman said French troops would leave the country by the end of the year."
    )
    assert where(told(events, "would leave the country"))[0] == "NER"


def test_a_demand_on_a_peace_operation_is_in_its_host_state(code):
    """MINUSMA is Mali's operation: the junta's demand that it leave is Mali's, though the
    report is about Niger."""
    events = code(
        ABOUT_NIGER + "In June, Mali's junta demanded that the UN peacekeeping mission MINUSMA "
        "leave without delay."
    )
    assert where(told(events, "demanded", "REQUEST"))[0] == "MLI"


def test_leaving_a_task_force_is_in_the_state_it_operates_in(code):
    """Sweden quitting the Takuba task force leaves Mali, where Takuba operated."""
    events = code(ABOUT_NIGER + "Sweden said on Monday that it would leave the Takuba task force.")
    assert where(told(events, "Takuba"))[0] == "MLI"


def test_a_place_dating_a_decision_by_another_act_does_not_place_it(code):
    """'after the coup in Conakry' says when: the suspension is Guinea's, not Conakry's."""
    events = code("ECOWAS suspended Guinea from its bodies on Wednesday after the coup in Conakry.")
    assert where(told(events, "suspended Guinea", "SANCTION")) == ("GIN", None)


def test_a_place_in_a_clause_dating_an_accusation_does_not_place_it(code):
    """The drone was shot down near Tinzaouaten; Mali's accusation is made at home."""
    events = code(
        "Mali accused Algeria on Sunday of sponsoring terrorism, days after a drone was shot "
        "down near Tinzaouaten."
    )
    assert where(told(events, "accused Algeria", "ACCUSE")) == ("MLI", None)


def test_talks_before_an_agreement_are_where_it_was_reached(code):
    """'after talks in Niamey': a meeting named so is where the agreement was settled."""
    events = code(
        "In May, after talks in Niamey, the two governments agreed that the withdrawal would "
        "be completed by 15 September."
    )
    assert where(told(events, "agreed", "AGREE")) == ("NER", "NE-8")


def test_a_deployment_ordered_at_a_summit_is_not_at_the_summit(code):
    """The standby force was to go to Niger: the summit in Abuja is where the order was
    given, not where the deployment happens."""
    events = code(
        ABOUT_NIGER + "On 10 August, ECOWAS leaders meeting in Abuja ordered the deployment of "
        "their standby force to restore constitutional order in Niger."
    )
    assert where(told(events, "ordered the deployment", "MOBILIZE"))[0] == "NER"


def test_a_deployment_decided_at_a_summit_is_not_at_the_summit(code):
    """'At a summit in Abuja, ... decided to deploy': the same with a fronted venue."""
    events = code(
        ABOUT_NIGER + "At a summit in Abuja on 10 August, ECOWAS leaders decided to deploy "
        "their standby force."
    )
    assert where(told(events, "decided to deploy", "MOBILIZE"))[0] == "NER"


def test_an_attack_at_a_ceremony_stays_there(code):
    """A ceremony that is attacked is the scene, not a meeting of deciders."""
    events = code("Gunmen opened fire at a wedding ceremony in Gao on Saturday, killing 10.")
    assert where(told(events, "wedding ceremony", "ASSAULT")) == ("MLI", "ML-7")


def test_protesters_who_gather_clash_where_they_gathered(code):
    """'gathered in Niamey and clashed with police': gathering is the protest's own scene."""
    events = code("Protesters gathered in Niamey on Sunday and clashed with police.")
    assert {where(e) for e in of_type(events, "PROTEST")} == {("NER", "NE-8")}


def test_french_deployment_ordered_at_a_summit_is_not_at_the_summit():
    """« réunis en sommet à Abuja ... ont ordonné le déploiement » : au Niger, pas à Abuja."""
    events = code_french(
        "La junte nigérienne a expulsé le coordonnateur de l'ONU mardi.\n\n"
        "Le 10 août, les dirigeants de la CEDEAO réunis en sommet à Abuja ont ordonné le "
        "déploiement de leur force en attente pour rétablir l'ordre constitutionnel au Niger.",
        PUBLISHED,
    )
    assert where(told(events, "ordonné le déploiement", "MOBILIZE"))[0] == "NER"


def test_french_place_dating_a_decision_by_another_act_does_not_place_it():
    """« après le coup d'Etat à Conakry » dit quand : la suspension est de la Guinée."""
    events = code_french(
        "La CEDEAO a suspendu la Guinée mercredi après le coup d'Etat à Conakry.", PUBLISHED
    )
    assert where(told(events, "suspendu la Guinée", "SANCTION")) == ("GIN", None)


def test_a_village_named_after_a_dateline_is_not_the_dateline_town(pipeline):
    """'NIAMEY, ... ambushed near the village of Teguey, in the Tillabéri region': the village
    has a name of its own, so "the village" is not the last town named (the dateline's, where
    the reporter files from): the region the report gives places the ambush."""
    events = ingest_text(
        pipeline,
        "Niger says 23 soldiers killed in ambush\n\n"
        "NIAMEY, 22 March 2024 (Wire) - Twenty-three Nigerien soldiers were killed on "
        "Wednesday when their unit was ambushed near the village of Teguey, in the Tillabéri "
        "region, the defence ministry said.",
        PUBLISHED,
    )
    assert where(told(events, "ambushed", "ASSAULT")) == ("NER", "NE-6")


def test_a_division_set_after_a_town_places_the_act_in_it(code):
    """'in Birnin Yauri, Kebbi State': the state given in apposition to a town the gazetteer
    lacks places the attack, not the state the report named before."""
    events = code(
        "Gunmen attacked a school in Kaduna State on Monday.\n\n"
        "On 17 June, gunmen attacked the Federal Government College in Birnin Yauri, Kebbi "
        "State, abducting students."
    )
    assert where(told(events, "Birnin Yauri", "ASSAULT")) == ("NGA", "NG-KE")
