"""Acronyms the small English model reads as verbs ("ECOWAS": suffix "WAS"), and titles
completed by "of" ("heads of state"): the body they name acts, and its event is coded."""

from __future__ import annotations

from datetime import date

from crisisdesk.nlp.pipeline import load_pipeline

from .conftest import of_type

PUBLISHED = date(2022, 1, 12)


def test_ecowas_opening_a_sentence_is_read_as_a_name_not_a_verb():
    doc = load_pipeline("en")("ECOWAS imposed sanctions on Mali.")
    assert doc[0].pos_ == "PROPN"
    assert doc[1].dep_ == "ROOT"


def test_the_acronyms_keep_their_own_text_and_norm():
    nlp = load_pipeline("en")
    assert nlp.vocab["ECOWAS"].norm_ == "ecowas"
    assert nlp("ACLED recorded the attack.")[0].text == "ACLED"


def test_sanctions_imposed_by_ecowas_are_coded(code):
    sanctions = of_type(code("ECOWAS imposed sanctions on Mali on Sunday."), "SANCTION")
    assert len(sanctions) == 1
    assert [a.name for a in sanctions[0].actors] == ["ECOWAS"]
    assert [a.name for a in sanctions[0].recipients] == ["Mali"]
    assert sanctions[0].date_label == "2022-01-09"


def test_heads_of_state_named_by_their_body_act_for_it(code):
    refusals = of_type(code("ECOWAS heads of state rejected the junta's timetable."), "REJECT")
    assert [a.name for a in refusals[0].actors] == ["ECOWAS"]


def test_the_word_completing_a_title_is_not_the_body_it_answers_to(code):
    events = code(
        "ECOWAS lifted its sanctions on Mali on Sunday at a summit in Accra. "
        "The heads of state accepted the junta's new timetable."
    )
    accepted = [e for e in events if "timetable" in e.evidence[0].sentence]
    assert accepted and [a.name for a in accepted[0].actors] == ["ECOWAS"]
