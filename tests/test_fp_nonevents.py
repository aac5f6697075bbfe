"""Precision: what is not an event (written for these tests in wire style). A person's
journey is no RETREAT unless it completes an expulsion; a building is no post; unanswered
questions, displacement figures, alternatives not taken, cited sources, counterfactuals and
named alliances code nothing."""

from __future__ import annotations

from datetime import date

from .conftest import of_type, types

PUBLISHED = date(2023, 12, 5)  # a Tuesday


# -- journeys and departures ----------------------------------------------------------------


def test_a_person_leaving_the_country_for_treatment_is_no_retreat(code) -> None:
    text = (
        "Captain Moussa Dadis Camara survived an assassination attempt in December 2009. "
        "A month later he left the country for treatment."
    )
    assert "RETREAT" not in types(code(text))


def test_leaving_a_building_is_no_resignation(code) -> None:
    text = (
        "The rights activist Daouda Diallo had gone to collect his passport. Men in civilian "
        "clothes seized him on 1 December as he left the passport office in Ouagadougou."
    )
    assert "RETREAT" not in types(code(text))


def test_an_expelled_envoy_leaving_is_a_retreat(code) -> None:
    text = (
        "Mali's transitional government on Tuesday ordered the ECOWAS special envoy, "
        "Hamidou Boly, to leave the country within 72 hours.\n\n"
        "Hamidou Boly left Bamako on Wednesday."
    )
    events = code(text)
    assert "SANCTION" in types(events)
    assert any("Boly" in a.name for e in of_type(events, "RETREAT") for a in e.actors)


def test_troops_led_by_a_president_still_retreat(code) -> None:
    text = "The last French soldiers of the Barkhane force left Mali on Monday."
    assert "RETREAT" in types(code(text))


def test_left_office_is_still_a_resignation(code) -> None:
    text = "President Blaise Compaoré left office on 31 October 2014 after days of protests."
    assert "RETREAT" in types(code(text))


# -- statements that tell no act ----------------------------------------------------------


def test_what_a_government_did_not_say_is_not_asserted(code) -> None:
    text = (
        "Gunmen attacked two boats on the Niger river on Thursday. The government did not "
        "say which group it held responsible for the attacks, nor what the gunmen were "
        "alleged to have done with the passengers."
    )
    assert "ACCUSE" not in types(code(text))


def test_displacement_figures_are_no_expulsion(code) -> None:
    text = (
        "Fighting has since displaced tens of thousands of people in the Menaka region. "
        "More than two million people have been displaced in Burkina Faso since 2019."
    )
    assert "COERCE" not in types(code(text))


def test_an_alternative_not_taken_is_no_surrender(code) -> None:
    text = (
        "The militant leader blew himself up when rival fighters surrounded him in the "
        "Sambisa forest on 18 May, rather than surrender."
    )
    assert "RETREAT" not in types(code(text))


def test_a_cited_commission_of_inquiry_is_no_investigation(code) -> None:
    text = (
        "On 28 September 2009, security forces opened fire on an opposition rally in "
        "Conakry, killing at least 156 people, according to a UN commission of inquiry."
    )
    events = code(text)
    assert "ASSAULT" in types(events)
    assert "ACCUSE" not in types(events)


def test_a_vetoed_drafts_content_did_not_happen(code) -> None:
    text = (
        "The Security Council on Wednesday failed to adopt a draft resolution that would "
        "have extended the sanctions on Mali for a year. It would also have renewed the "
        "mandate of the panel of experts."
    )
    assert not {"SANCTION", "AID"} & set(types(code(text)))


def test_a_reward_for_information_is_no_agreement(code) -> None:
    text = (
        "The United States had offered a reward of up to $5 million for information on the "
        "commander of the Islamic State in the Greater Sahara."
    )
    assert "AGREE" not in types(code(text))


def test_an_alliance_named_for_its_group_is_no_cooperation(code) -> None:
    text = (
        "Arrivals rose after the jihadist JNIM alliance imposed a blockade on Timbuktu in "
        "August 2023."
    )
    events = code(text)
    assert "COOPERATE" not in types(events)
    assert "COERCE" in types(events)


def test_an_alliance_between_states_is_still_coded(code) -> None:
    text = (
        "Mali, Burkina Faso and Niger formed an alliance on 16 September 2023, signing a "
        "mutual defence pact in Bamako."
    )
    assert {"COOPERATE", "AGREE", "SUPPORT"} & set(types(code(text)))


def test_declining_to_comment_is_no_rejection(code) -> None:
    text = (
        "Jihadists attacked the army camp at Inates in Niger on 10 December 2019, killing 71 "
        "soldiers. The army declined to comment."
    )
    assert "REJECT" not in types(code(text))


def test_a_guess_at_a_past_attack_is_still_coded(code) -> None:
    text = (
        "Tuesday's attack on the army post at Djibo could have been carried out by JNIM "
        "fighters, a security source said."
    )
    assert "ASSAULT" in types(code(text))
