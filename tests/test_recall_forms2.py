"""Event recall, second round: denied doers, promises of concrete acts, talks with a named
mediator, fighting placed by its verb, unnamed protesters, and arson. The sentences are
written for these tests (docs/coding-rules.md)."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import of_type

PUBLISHED = date(2022, 3, 9)


def test_who_denies_a_role_in_the_killings_is_the_denied_doer(code):
    text = "The Koglweogo militia has denied any role in the Yirgou killings."
    (denied,) = of_type(code(text), "ASSAULT")
    assert denied.status == Status.NEGATED
    assert denied.actors and all("Koglweogo" in a.name for a in denied.actors)


def test_a_promise_to_form_a_government_is_an_agreement(code):
    text = "In Conakry, Colonel Doumbouya promised on Monday to form a transitional government."
    (promise,) = of_type(code(text), "AGREE")
    assert "Doumbouya" in promise.actors[0].name


def test_a_promise_with_no_act_is_still_not_coded(code):
    text = "The junta in Bamako promised on Monday to turn the page."
    assert not of_type(code(text), "AGREE")


def test_the_promised_transition_is_the_council_s_promise(code):
    text = "The elections promised by the Malian junta in June 2022 have been postponed."
    (promise,) = of_type(code(text), "AGREE")
    assert promise.actors


def test_talks_brokered_by_a_third_party_are_its_mediation(code):
    text = "Boko Haram freed 21 girls in October 2016 after talks brokered by Switzerland."
    (talks,) = of_type(code(text), "CONSULT")
    assert talks.mode == "third-party"
    assert [a.name for a in talks.actors] == ["Switzerland"]


def test_fighting_is_placed_by_the_verb_it_is_the_subject_of(code):
    text = (
        "The Sudanese army and the RSF signed a truce in Jeddah on Saturday. Fighting "
        "continued in Khartoum on Sunday, residents said."
    )
    fighting = [e for e in of_type(code(text), "ASSAULT") if e.place and e.place.name == "Khartoum"]
    assert fighting and fighting[0].date_start == date(2022, 3, 6)


def test_street_protests_with_no_named_protesters_are_the_country_s(code):
    text = (
        "In Guinea, President Alpha Condé's bid for a third term sparked months of street "
        "protests from October 2019."
    )
    (protest,) = of_type(code(text), "PROTEST")
    assert [a.id for a in protest.actors] == ["GIN-OPP"]
    assert protest.date_start == date(2019, 10, 1)


def test_protests_as_a_topic_are_not_coded(code):
    text = "In Guinea, protests are a familiar sight."
    assert not of_type(code(text), "PROTEST")


def test_setting_fire_to_a_church_is_destruction(code):
    text = (
        "Gunmen attacked the village of Dablo on Sunday, killing six people. Before leaving, "
        "the attackers set fire to the church and several shops."
    )
    assert [e for e in of_type(code(text), "ASSAULT") if e.mode == "destroy"]
