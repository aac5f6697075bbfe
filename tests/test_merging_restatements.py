"""One event per real event: restatements across paragraphs and across the types of one act
(docs/coding-rules.md, "One event per real event"), on reports written for these tests from
public facts."""

from __future__ import annotations

from datetime import date

from .conftest import code_text, ingest_text, only

TOGO = (
    "Gunmen kill 12 soldiers in northern Togo\n\n"
    "LOME, July 20 (Wire) - Gunmen killed 12 Togolese soldiers in an attack on an army post "
    "in the Savanes region on Wednesday, the government said.\n\n"
    "The army said it had arrested five suspects after the attack."
)

BARKHANE = (
    "GAO, Aug 15 (West Africa Wire) - The last French soldiers of Operation Barkhane left Mali "
    "on Monday, ending a nine-year military presence in the country, the French army said.\n\n"
    "The withdrawal, announced by President Emmanuel Macron in February, came after relations "
    "with the junta in Bamako deteriorated.\n\n"
    "The departure of the last contingent from the Gao base ended the mission, the army said "
    "in a statement."
)

ECOWAS_EXIT = (
    "NIAMEY, Jan 28 (West Africa Wire) - The military governments of Mali, Burkina Faso and "
    "Niger announced on Sunday that they were withdrawing from the Economic Community of West "
    "African States with immediate effect.\n\n"
    "Their departure from the 15-member bloc is a major blow to regional integration, "
    "analysts said."
)

TESSIT = (
    "BAMAKO, Aug 10 (West Africa Wire) - Forty-two Malian soldiers were killed on Sunday in an "
    "attack by jihadists on an army post in Tessit, in the Gao region, the government said on "
    "Wednesday.\n\n"
    "The attack, which involved drones, explosives and artillery, was carried out by fighters "
    "of the Islamic State in the Greater Sahara, the government said in a statement.\n\n"
    "The army said it had killed 37 of the assailants in the fighting.\n\n"
    "The killings of 42 soldiers in Tessit were the deadliest against the army this year."
)

DOHA = (
    "DOHA, Aug 8 (West Africa Wire) - Chad's military government and dozens of rebel groups "
    "signed a peace agreement in Doha on Monday after five months of talks.\n\n"
    "The agreement opens the way for the rebel groups to join a national dialogue.\n\n"
    "Analysts said the agreement could unravel if the rebels resumed their offensive."
)


def test_a_dateline_is_not_the_actor_and_an_army_post_is_the_soldiers_army(pipeline):
    attack = only(code_text(pipeline, TOGO, date(2022, 7, 21)), "ASSAULT")
    assert [a.name for a in attack.actors] == ["Togo unidentified armed group"]
    assert [a.name for a in attack.recipients] == ["Togo military"]
    assert attack.dead == 12


def test_a_withdrawal_restated_with_its_announcement_stays_one_retreat(pipeline):
    events = ingest_text(pipeline, BARKHANE, date(2022, 8, 16))
    retreat = only(events, "RETREAT")
    assert retreat.date_label == "2022-08-15"
    assert len(retreat.evidence) == 3
    # the announcement in February is an act of its own
    assert only(events, "CONCEDE").date_label == "2022-02"


def test_a_departure_from_a_bloc_restates_the_withdrawal_coded_as_a_sanction(pipeline):
    events = ingest_text(pipeline, ECOWAS_EXIT, date(2024, 1, 29))
    assert [e.type for e in events] == ["SANCTION"]
    assert len(events[0].evidence) == 2


def test_a_later_noun_with_the_scene_joins_the_fight(pipeline):
    events = [e for e in ingest_text(pipeline, TESSIT, date(2022, 8, 10)) if e.type == "ASSAULT"]
    # the attack, the army's killing of 37 assailants "in the fighting" (the same fight: both
    # sides, no recipient, 42 + 37 dead) and "the killings of 42 soldiers" are one event
    assert len(events) == 1
    (fight,) = events
    assert fight.dead == 79
    assert len(fight.evidence) == 4
    assert fight.recipients == []
    # "was carried out by fighters of ISGS": the restatement names who did it
    assert any(a.matches("ISGS") or "Islamic State" in a.name for a in fight.actors)
    assert any(a.name == "Mali military" for a in fight.actors)


def test_the_agreement_restates_the_signing_under_another_type(pipeline):
    events = ingest_text(pipeline, DOHA, date(2022, 8, 9))
    agreements = [e for e in events if e.type in {"AGREE", "SUPPORT", "COOPERATE"}]
    assert len(agreements) == 1, [(e.type, e.evidence[0].sentence) for e in events]
    assert len(agreements[0].evidence) == 3


def test_two_attacks_at_two_named_towns_in_one_sentence_stay_apart(pipeline):
    text = (
        "Jihadists attacked an army camp in Boulkessi on Sunday, killing 15 soldiers, while "
        "gunmen attacked a market in Gao, killing six civilians."
    )
    events = [e for e in ingest_text(pipeline, text, date(2022, 8, 10)) if e.type == "ASSAULT"]
    assert sorted(e.place.name for e in events if e.place) == ["Boulkessi", "Gao"]
    gao = next(e for e in events if e.place and e.place.name == "Gao")
    assert [a.name for a in gao.recipients] == ["Mali civilians"]
