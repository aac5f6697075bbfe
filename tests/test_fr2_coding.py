"""French coding rules of the fr2 round: the aim of a measure, measures kept up, the object of
a closing preposition, and the second participle of a shared passive.

Real-style French sentences through the French pipeline and coder (see test_french_coding.py).
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import code_french, need_french


def code(text: str, published: date = date(2022, 7, 4)):
    return code_french(text, published)


def types_of(events) -> list[str]:
    return [e.type for e in events]


@need_french
def test_sanctions_aimed_at_junta_members_are_no_attack() -> None:
    """'visant' after a sanction says whom the measure hits (measure_aim_verbs)."""
    events = code(
        "La CEDEAO a imposé des sanctions au Mali, visant des membres de la junte et du "
        "Conseil national de transition."
    )
    assert "ASSAULT" not in types_of(events)
    assert "SANCTION" in types_of(events)


@need_french
def test_a_kept_suspension_is_the_suspension_by_whoever_keeps_it() -> None:
    events = code(
        "La CEDEAO a toutefois décidé de maintenir la suspension du Mali de ses instances."
    )
    (event,) = [e for e in events if e.type == "SANCTION"]
    assert event.mode == "expel"
    assert event.status == Status.OCCURRED  # deciding to keep it up is no plan
    assert "ECOWAS" in {a.name for a in event.actors}
    assert "Mali" in {a.name for a in event.recipients}


@need_french
def test_a_maintained_suspension_is_coded_for_whoever_maintains_it() -> None:
    """'maintenir' is a light verb: its subject is the doer of the measure it keeps up."""
    events = code("La CEDEAO a maintenu la suspension du Mali.")
    (event,) = [e for e in events if e.type == "SANCTION"]
    assert "ECOWAS" in {a.name for a in event.actors}


@need_french
def test_ending_military_cooperation_is_a_sanction_not_a_cooperation() -> None:
    events = code(
        "Le président Emmanuel Macron a annoncé dimanche que la France allait mettre fin à sa "
        "coopération militaire avec le Niger."
    )
    assert "COOPERATE" not in types_of(events)
    (event,) = [e for e in events if e.type == "SANCTION"]
    assert "France" in {a.name for a in event.actors}


@need_french
def test_the_second_participle_of_a_shared_passive_is_an_act() -> None:
    """'et huit autres interpellés': the auxiliary 'ont été' is shared; eight were arrested."""
    events = code(
        "Sept assaillants ont été « neutralisés » et huit autres interpellés, précise le "
        "communiqué de l'armée malienne."
    )
    arrests = [e for e in events if e.type == "COERCE" and e.mode == "arrest"]
    assert arrests and arrests[0].arrested == 8


@need_french
def test_killed_and_wounded_stay_one_attack_with_both_tolls() -> None:
    events = code("Dix soldats ont été tués et huit autres blessés dans l'attaque de Boulkessi.")
    (event,) = [e for e in events if e.type == "ASSAULT"]
    assert event.dead == 10 and event.injured == 8
