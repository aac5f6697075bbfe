"""Event detection and types for attacks, coups and their aftermath (docsd batch).

Coordinated measures announced together (a curfew beside a border closure), juntas' "put an
end to the regime", meetings told only as the setting of their decisions, protesters' demands
told as the protest, the past progressive, the activation of a standby force, internet cuts as
censorship and the meetings of a body of states as multilateral. Real facts, in our own words.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status
from tests.conftest import code_french, need_french, of_type, only, types

PUBLISHED = date(2023, 7, 27)


def code_fr(text: str, published: date = PUBLISHED):
    return code_french(text, published)


# -- measures announced in one list ---------------------------------------------------------


def test_a_curfew_announced_beside_a_border_closure_is_its_own_event(code):
    events = code(
        "The soldiers announced the suspension of all institutions, the closure of land and "
        "air borders and a curfew from 10 pm to 5 am."
    )
    curfew = only(events, "COERCE")
    assert curfew.mode == "curfew"
    assert curfew.actors, "the soldiers who announced it imposed it"


@need_french
def test_a_curfew_named_as_the_complement_of_its_imposition_is_coded():
    events = code_fr(
        "Les militaires ont annoncé la suspension de toutes les institutions, la fermeture des "
        "frontières terrestres et aériennes et l'instauration d'un couvre-feu de 22 heures à "
        "5 heures sur l'ensemble du territoire."
    )
    assert [e.mode for e in of_type(events, "COERCE")] == ["curfew"]
    assert any(e.mode == "discontinue" for e in of_type(events, "SANCTION"))


# -- coups ------------------------------------------------------------------------------------


def test_soldiers_putting_an_end_to_the_regime_is_a_coup(code):
    events = code(
        "Soldiers announced on Wednesday night that they had put an end to the regime of "
        "President Mohamed Bazoum."
    )
    coup = only(events, "COERCE")
    assert coup.date_label == "2023-07-26"


def test_a_minister_ending_a_rule_is_no_coup(code):
    events = code("The minister said the new rule would end on Friday.")
    assert "COERCE" not in types(events)


@need_french
def test_mis_fin_au_regime_by_soldiers_is_a_coup():
    events = code_fr(
        "Des militaires nigériens ont annoncé mercredi soir à la télévision nationale avoir "
        "« mis fin au régime » du président Mohamed Bazoum."
    )
    coup = only(events, "COERCE")
    assert coup.actors and coup.actors[0].country == "NER"


# -- meetings that only frame their decisions -------------------------------------------------


def test_a_council_meeting_that_frames_its_decision_is_no_consult(code):
    events = code(
        "The African Union's Peace and Security Council, meeting in Addis Ababa, suspended "
        "Burkina Faso from the organisation.",
        date(2015, 9, 19),
    )
    assert types(events) == ["SANCTION"]


def test_a_meeting_with_a_named_partner_stays_a_consult(code):
    events = code(
        "President Bola Tinubu, meeting with Emmanuel Macron in Paris, condemned the coup.",
        date(2023, 7, 29),
    )
    assert "CONSULT" in types(events)


@need_french
def test_leaders_reunis_a_abuja_ordering_the_standby_force_is_a_mobilisation():
    events = code_fr(
        "Jeudi dernier, les dirigeants de la CEDEAO réunis à Abuja ont ordonné l'activation de "
        "leur force en attente.",
        date(2023, 8, 16),
    )
    assert types(events) == ["MOBILIZE"]
    assert events[0].date_label == "2023-08-10"


# -- protesters' demands ----------------------------------------------------------------------


def test_protesters_demanding_a_resignation_are_a_protest_against_him(code):
    events = code(
        "Police in Burkina Faso fired tear gas on Saturday to disperse hundreds of protesters "
        "in the capital, Ouagadougou, who were demanding the resignation of President Roch "
        "Marc Christian Kaboré.",
        date(2021, 11, 29),
    )
    assert "REQUEST" not in types(events)
    protest = only(events, "PROTEST")
    assert protest.status == Status.OCCURRED  # "were demanding": done, not still going on
    assert any(a.matches("Kaboré") or a.matches("BFA") for a in protest.recipients)


@need_french
def test_manifestants_qui_reclamaient_are_a_protest():
    events = code_fr(
        "Le 27 novembre, la police a dispersé à coups de gaz lacrymogène des manifestants qui "
        "réclamaient la démission du chef de l'État à Ouagadougou.",
        date(2021, 12, 9),
    )
    assert "REQUEST" not in types(events)
    assert only(events, "PROTEST").date_label == "2021-11-27"


def test_a_minister_demanding_a_release_stays_a_request(code):
    events = code(
        "The foreign minister demanded the release of the detained president on Monday.",
        date(2023, 7, 31),
    )
    assert "REQUEST" in types(events)


def test_the_present_progressive_is_still_ongoing(code):
    events = code("Protesters are demanding the resignation of the junta leader.")
    assert only(events, "PROTEST").status == Status.ONGOING


# -- modes ------------------------------------------------------------------------------------


def test_cutting_the_internet_is_censorship(code):
    events = code(
        "The government cut mobile internet across the country on Saturday.", date(2021, 11, 22)
    )
    assert only(events, "COERCE").mode == "censor"


def test_cutting_electricity_is_still_withholding(code):
    # cutting a supply sold to another state is a SANCTION (tests/test_types_confusions.py)
    events = code(
        "The junta cut the electricity to the town of Djibo on Wednesday.", date(2023, 8, 3)
    )
    assert any(e.mode == "withhold" for e in of_type(events, "COERCE"))


@need_french
def test_couper_l_internet_is_censorship():
    events = code_fr(
        "Les autorités ont coupé l'internet mobile samedi dans tout le pays.", date(2021, 11, 22)
    )
    assert only(events, "COERCE").mode == "censor"


def test_a_council_due_to_meet_meets_multilaterally(code):
    events = code(
        "The African Union's Peace and Security Council is due to meet on Friday to discuss "
        "the coup.",
        date(2021, 9, 8),
    )
    meeting = only(events, "CONSULT")
    assert meeting.mode == "multilateral"
    assert meeting.status == Status.PLANNED


def test_a_president_meeting_his_counterpart_is_not_multilateral(code):
    events = code(
        "President Macky Sall met President Mohamed Bazoum in Niamey on Monday.",
        date(2023, 5, 2),
    )
    assert only(events, "CONSULT").mode != "multilateral"
