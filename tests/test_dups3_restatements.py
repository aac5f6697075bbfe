"""One record per real event: a definite or possessive noun that points back to an act told
before folds into it ("the suspension would remain in force", "before their arrest"), and a
gathering named only as the setting of other acts is no meeting of its own (docs/coding-rules.md,
"One event per real event"). Each report is short wire or press copy written for the test."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event
from tests.conftest import ingest_text

PUBLISHED = date(2024, 3, 10)  # a Sunday


def of(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def test_a_suspension_said_to_remain_in_force_is_the_suspension_told(code):
    """The modal belongs to how long the suspension lasts: no second, planned suspension."""
    events = code(
        "The African Union suspended Niger from all its activities on Tuesday, a week after "
        "soldiers seized power in Niamey.\n\n"
        "In its communique, the Peace and Security Council said the suspension would remain in "
        "force until constitutional order was restored."
    )
    (suspension,) = of(events, "SANCTION")
    assert suspension.date_label == "2024-03-05"
    assert [a.name for a in suspension.actors] == ["African Union"]
    assert len(suspension.evidence) == 2


def test_a_withdrawal_to_be_completed_is_the_withdrawal_under_way(code):
    events = code(
        "Danish troops completed their withdrawal from Mali on Friday, handing over their camp "
        "in Menaka to the Malian army.\n\n"
        "Last month, the two governments agreed that the withdrawal would be completed by the "
        "end of the year."
    )
    (withdrawal,) = of(events, "RETREAT")
    assert withdrawal.date_label == "2024-03-08"
    assert len(withdrawal.evidence) == 2


def test_before_their_arrest_is_the_arrest_of_the_two_journalists(code):
    events = code(
        "Gendarmes arrested the journalists Moussa Diallo and Awa Traoré at their homes in "
        "Bamako on Tuesday.\n\n"
        "Before their arrest, the two journalists had criticised the junta on a private radio "
        "station."
    )
    (arrest,) = of(events, "COERCE")
    assert {"Moussa Diallo", "Awa Traoré"} <= {a.name for a in arrest.recipients}
    assert arrest.date_label == "2024-03-05"
    assert len(arrest.evidence) == 2


def test_his_abduction_is_the_kidnapping_of_that_man_not_of_another(code):
    """The possessive names a party of the act it points back to: Maiga's abduction is not the
    priest's kidnapping told just before."""
    events = code(
        "Gunmen kidnapped the Italian priest Paolo Rossi near Niamey on 3 January.\n\n"
        "The Malian journalist Ali Maiga was abducted in Gao in 2021. His family has "
        "campaigned for him since his abduction."
    )
    priest = next(e for e in of(events, "ASSAULT") if "Paolo Rossi" in e.evidence[0].sentence)
    assert len(priest.evidence) == 1
    assert priest.date_label == "2024-01-03"
    assert len(of(events, "ASSAULT")) == 2


def test_a_summit_named_as_the_setting_of_sanctions_is_no_meeting_of_its_own(code):
    events = code(
        "At a summit in Abuja on Sunday, West African leaders imposed new sanctions on the "
        "junta in Niamey."
    )
    assert of(events, "CONSULT") == []
    assert of(events, "SANCTION")


def test_a_summit_held_is_a_meeting(code):
    events = code("The ECOWAS leaders held an extraordinary summit in Abuja on Sunday.")
    (summit,) = of(events, "CONSULT")
    assert summit.date_label == "2024-03-10"


def test_the_soldiers_a_withdrawal_brings_home_were_not_sent_again(code):
    """The relative clause says which forces leave: the withdrawal is the act told."""
    events = code("Senegal has brought home 400 of the 900 soldiers it sent to the Gambia.")
    assert [e.type for e in events] == ["RETREAT"]


def test_a_headline_over_a_shorter_dateline_is_not_coded_again(pipeline):
    events = ingest_text(
        pipeline,
        "Gunmen kill 12 villagers near Djibo\n"
        "9 March 2024 - Sahel Wire\n\n"
        "Gunmen killed 12 villagers near Djibo on Friday, local officials said, in the latest "
        "attack in northern Burkina Faso.\n",
        PUBLISHED,
    )
    (attack,) = of(events, "ASSAULT")
    assert attack.dead == 12
    assert len(attack.evidence) == 1
