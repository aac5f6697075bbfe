"""Event recall: acts whose doer is named by a title, a kind of body or an apposition, acts
scheduled with "due to", denials that stop at their own clause, and trigger forms (arrivals of
forces, delegations sent). The sentences are written for these tests (docs/coding-rules.md)."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import of_type

PUBLISHED = date(2022, 3, 9)


def test_a_title_in_apposition_is_the_person_named(code):
    text = (
        "Gunmen killed 14 villagers near Djibo on Monday. The independent rapporteur, Alioune "
        "Tine, condemned the killings on Tuesday."
    )
    (condemnation,) = of_type(code(text), "ACCUSE")
    assert [a.name for a in condemnation.actors] == ["Alioune Tine"]


def test_leaders_of_a_bloc_act_for_it_and_the_leaders_refer_back(code):
    text = (
        "ECOWAS held an emergency summit in Abuja on Sunday. Leaders of the bloc demanded the "
        "release of the detained president. The leaders did not impose economic sanctions."
    )
    events = code(text)
    (demand,) = of_type(events, "REQUEST")
    assert [a.id for a in demand.actors] == ["ecowas"]
    (sanction,) = of_type(events, "SANCTION")
    assert sanction.status == Status.NEGATED
    assert [a.id for a in sanction.actors] == ["ecowas"]


def test_a_kind_named_by_its_phrase_acts(code):
    text = (
        "Opposition parties in Chad denounced the constitutional referendum as a fraud on "
        "Thursday. A transitional military council took power in N'Djamena in April. The council "
        "imposed a nighttime curfew on Friday."
    )
    events = code(text)
    (denunciation,) = of_type(events, "ACCUSE")
    assert denunciation.actors[0].country == "TCD"
    (curfew,) = [e for e in of_type(events, "COERCE") if e.mode == "curfew"]
    assert [a.country for a in curfew.actors] == ["TCD"]


def test_officials_act_for_the_country_of_the_report(code):
    text = (
        "Gunmen attacked the village of Koulogon in central Mali on Tuesday. "
        "The government gave no toll, but local officials blamed a Dozo militia."
    )
    (blame,) = of_type(code(text), "ACCUSE")
    assert blame.status == Status.OCCURRED  # the "no" of the first clause is not its own
    assert blame.actors[0].country == "MLI"


def test_a_body_due_to_meet_is_the_subject_of_be(code):
    text = "The Security Council is due to meet on Thursday to discuss the crisis in Niger."
    (meeting,) = of_type(code(text), "CONSULT")
    assert meeting.status == Status.PLANNED
    assert [a.name for a in meeting.actors] == ["UN Security Council"]


def test_a_noun_act_done_by_its_subject_is_an_event(code):
    text = "The army carried out air strikes on rebel positions around Kidal."
    (strikes,) = of_type(code(text), "ASSAULT")
    assert strikes.actors[0].country == "MLI"


def test_forces_arriving_are_deployed(code):
    # a deployment is AID or MOBILIZE (tests/gold/README.md), coded once
    text = "Turkish military instructors arrived in Niamey on 12 May."
    (arrival,) = of_type(code(text), "MOBILIZE") + of_type(code(text), "AID")
    assert arrival.actors[0].country == "TUR"
    assert not of_type(code(text), "CONSULT")


def test_a_delegation_sent_is_a_visit(code):
    text = "The African Union decided on Monday to send a delegation to Bamako to meet the junta."
    (visit,) = of_type(code(text), "CONSULT")
    assert visit.mode == "visit"
    assert visit.status == Status.PLANNED


def test_a_fronted_preposition_is_not_a_particle(code):
    text = (
        "In January, the transitional authorities gave the 90 Danish soldiers stationed in the "
        "country two weeks to leave."
    )
    assert not of_type(code(text), "CONCEDE")  # no "give in"


def test_an_actor_ready_to_act_announces_it(code):
    text = "Senegal is ready to send food aid to Gambia, Senegal's foreign minister said on Monday."
    events = code(text)
    assert not of_type(events, "AID")  # not given: promised (PLOVER's future AID is AGREE)
    (promise,) = of_type(events, "AGREE")
    assert promise.status == Status.OCCURRED
