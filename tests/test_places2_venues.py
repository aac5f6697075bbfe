"""Where events happen, second round: the venue of a meeting places its participants' acts
(told before or after it, by a "which met in", a set-off "meeting in", a "where" clause, a
pronoun going on with the participants), a meeting still to come places nothing, a coup that
names no town is in the capital, named areas beat their first word's namesake, and a town the
tagger missed is found by its settlement noun. Sentences are written in the style of wire copy."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Event

from .conftest import code_text, where

PUBLISHED = date(2023, 8, 12)


def of_type(events: list[Event], type_: str, words: str = "") -> Event:
    found = [e for e in events if e.type == type_ and words in e.evidence[0].sentence]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "words", "expected"),
    [
        # the venue is named in the next sentence, by a relative clause about the body that met
        (
            "The African Union suspended Guinea from all its activities on Friday. The decision "
            "was taken by the bloc's Peace and Security Council, which met in Addis Ababa.",
            "SANCTION",
            "suspended",
            ("ETH", "ET-AA"),
        ),
        # a participle set off by commas: the body it describes met there; its next act too
        (
            "The African Union's Peace and Security Council, meeting in Addis Ababa, suspended "
            "Guinea from the organisation. It also imposed a travel ban on the junta's leaders.",
            "SANCTION",
            "travel ban",
            ("ETH", "ET-AA"),
        ),
        # a "where" clause happens at the place it describes
        (
            "West African leaders held an emergency summit in Abuja on Thursday, where they "
            "called for President Bazoum to be restored to office.",
            "REQUEST",
            "called for",
            ("NGA", "NG-FC"),
        ),
        # "They" goes on with the participants of the meeting the sentence before placed
        (
            "ECOWAS leaders, meeting in Abuja on 30 July, closed the borders of member states "
            "with Niger. They gave the junta one week to reinstate President Mohamed Bazoum.",
            "REQUEST",
            "one week",
            ("NGA", "NG-FC"),
        ),
        # a coup that names no town happens in the capital (ACLED's convention)
        (
            "ECOWAS suspended Guinea on Wednesday, three days after soldiers overthrew President "
            "Alpha Condé.",
            "COERCE",
            "overthrew",
            ("GIN", "GN-C"),
        ),
        # a named area beats the town its first word names (Algeria's Adrar)
        (
            "Chadian troops fought alongside French forces in the Adrar des Ifoghas mountains, "
            "near the Algerian border, in February.",
            "ASSAULT",
            "fought",
            ("MLI", "ML-8"),
        ),
        # the islands of Lake Chad, in a report on Chad: Chad's Lac province
        (
            "Chad's army said on Sunday it had killed hundreds of Boko Haram fighters during an "
            "offensive on the islands of Lake Chad.",
            "ASSAULT",
            "offensive",
            ("TCD", "TD-LC"),
        ),
        # a town the tagger takes for an organisation, named by its settlement noun and the
        # country its adjective gives
        (
            "The presidents of Mali and Niger met French President Emmanuel Macron in the "
            "south-western French town of Pau on Monday.",
            "CONSULT",
            "Pau",
            ("FRA", "FR-NAQ"),
        ),
        # a speech at the UN is given in New York, whatever it is about
        (
            "Mali's prime minister accused France of abandoning Mali in a speech to the UN "
            "General Assembly in New York on 25 September.",
            "ACCUSE",
            "accused",
            ("USA", "US-NY"),
        ),
    ],
)
def test_venue_and_place(pipeline, text, type_, words, expected) -> None:
    events = code_text(pipeline, text, PUBLISHED)
    assert where(of_type(events, type_, words)) == expected


def test_a_meeting_still_to_come_places_nothing(pipeline) -> None:
    """'Heads of state will meet in Abuja on Sunday' is no venue for what the junta did."""
    text = (
        "ECOWAS heads of state will meet in Abuja on Sunday to discuss the crisis in Niger. "
        "On Monday, Niger's junta revoked the agreement with the European Union's civilian "
        "mission in Niger."
    )
    events = code_text(pipeline, text, date(2023, 12, 8))
    assert where(of_type(events, "SANCTION", "revoked")) == ("NER", None)


def test_a_party_acts_from_is_no_participant(pipeline) -> None:
    """'recalling its ambassadors from ECOWAS member states' is Mali's act, not one of the
    ECOWAS summit in Accra."""
    text = (
        "At a summit in Accra on Sunday, ECOWAS imposed sanctions on Mali. "
        "Bamako retaliated the same day by recalling its ambassadors from ECOWAS member states."
    )
    events = code_text(pipeline, text, date(2022, 1, 10))
    recall = of_type(events, "SANCTION", "recalling")
    assert where(recall)[1] != "GH-AA"
