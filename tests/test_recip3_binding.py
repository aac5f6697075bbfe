"""Recipients through back-references and lists: a pronoun is never its own clause's subject
but may be an office-holder named by title, two branches of one state are two referents, a
count standing alone ("all three") is the list of that size named before, and the second name
of an object list that the parser hung on the verb is still a recipient."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, names_of, only

PUBLISHED = date(2024, 9, 9)


def test_lawmakers_accusing_it_accuse_the_government_not_themselves(code) -> None:
    text = (
        "In Mali, lawmakers tabled a motion of no confidence in the government in April "
        "2019, accusing it of failing to stop the killings."
    )
    accusation = only(code(text), "ACCUSE")
    assert {a.sector for a in accusation.recipients} == {"GOV"}
    assert countries_of(accusation.recipients) == {"MLI"}


def test_him_after_a_minister_is_the_minister_not_the_one_refusing(code) -> None:
    text = (
        "Benin's foreign minister flew to Niamey in May 2024, but General Abdourahamane "
        "Tiani refused to receive him."
    )
    refusal = only(code(text), "REJECT")
    assert countries_of(refusal.recipients) == {"BEN"}
    assert "Abdourahamane Tiani" in names_of(refusal.actors)


def test_all_three_is_the_list_of_three_named_before(code) -> None:
    text = (
        "The three juntas of Mali, Burkina Faso and Niger quit ECOWAS in January 2025. The "
        "bloc had suspended all three from its decision-making bodies."
    )
    suspension = next(e for e in code(text) if e.type == "SANCTION" and e.mode == "expel")
    assert countries_of(suspension.recipients) == {"MLI", "BFA", "NER"}


def test_a_sentence_names_everyone_in_its_object_list(code) -> None:
    text = (
        "A military court in Ouagadougou sentenced Blaise Compaoré, the former president, and "
        "General Gilbert Diendéré to life in prison in April 2022."
    )
    sentence = only(code(text), "SANCTION")
    assert "Gilbert Diendéré" in names_of(sentence.recipients)


def test_the_two_sides_of_a_mediation_are_never_the_mediators(code) -> None:
    text = (
        "Saudi Arabia and the United States said the ceasefire would take effect on Monday. "
        "Saudi Arabia and the United States mediated the talks between the two sides in Jeddah."
    )
    mediation = only(code(text), "CONSULT")
    assert not countries_of(mediation.recipients) & {"SAU", "USA"}
