"""Words that do not report a discrete act, and type readings (written for these tests).

An analyst would not code a habit, a standing property, a purpose, a question, a charge of
failure, a courtesy or a danger; these sentences check that the coder does not either, while
the real act of the same sentence stays coded.
"""

from __future__ import annotations

from datetime import date

from .conftest import types

PUBLISHED = date(2024, 3, 9)


def test_habitual_ambushes_are_not_an_event(code) -> None:
    text = (
        "Gunmen ambushed a supply convoy near Djibo on Tuesday, killing 12 soldiers. "
        "The army escorts the convoys, but they are regularly attacked."
    )
    events = code(text)
    assert types(events) == ["ASSAULT"]
    assert "Tuesday" in events[0].evidence[0].sentence


def test_present_relative_clause_is_a_property_not_support(code) -> None:
    text = (
        "Jihadists attacked a post of the Volunteers for the Defence of the Homeland, "
        "a militia that backs the army, in Seno province on Monday."
    )
    assert "SUPPORT" not in types(code(text))
    assert "ASSAULT" in types(code(text))


def test_acts_inside_a_purpose_are_not_coded(code) -> None:
    text = (
        "West African leaders imposed a trade embargo on Niger on Monday "
        "to force the junta to step down."
    )
    found = types(code(text))
    assert "SANCTION" in found
    assert "RETREAT" not in found and "CONCEDE" not in found


def test_asking_whether_is_a_question_not_a_request(code) -> None:
    text = "A reporter asked the minister on Monday whether Niger would leave ECOWAS."
    assert "REQUEST" not in types(code(text))


def test_failure_someone_is_blamed_for_is_not_an_event(code) -> None:
    text = (
        "On Friday the Burkinabe junta accused France of failing to protect civilians "
        "from jihadist attacks."
    )
    found = types(code(text))
    assert "ACCUSE" in found
    assert "AID" not in found and "ASSAULT" not in found


def test_condolences_are_not_an_agreement(code) -> None:
    text = "On Sunday the government of Togo offered its condolences to the bereaved families."
    assert code(text) == []


def test_framework_of_a_presence_is_not_an_agreement(code) -> None:
    text = "Chad said on Monday that Russian instructors were present under a bilateral accord."
    assert "AGREE" not in types(code(text))


def test_areas_threatened_by_militants_are_in_danger_not_threatened(code) -> None:
    text = (
        "On Monday President Tiani called for volunteers to enlist in the districts "
        "threatened by the militants."
    )
    assert "THREATEN" not in types(code(text))


def test_blockade_by_jihadists_is_coercion_not_protest(code) -> None:
    text = (
        "JNIM fighters have been blockading the town of Arbinda since January, "
        "cutting off its residents from the rest of the country."
    )
    found = types(code(text))
    assert "PROTEST" not in found
    assert "COERCE" in found


def test_strikes_on_targets_are_attacks(code) -> None:
    text = "The Nigerien army said on Sunday it had carried out strikes on jihadist positions."
    found = types(code(text))
    assert "PROTEST" not in found
    assert found == ["ASSAULT"]


def test_ultimatum_to_foreign_troops_is_a_request(code) -> None:
    text = "On Monday the junta in Niamey gave the American soldiers two months to leave."
    found = types(code(text))
    assert found == ["REQUEST"]


def test_ultimatum_to_an_ambassador_stays_an_expulsion(code) -> None:
    text = "On Monday the junta in Niamey gave the French ambassador 48 hours to leave."
    assert types(code(text)) == ["SANCTION"]


def test_peacekeepers_arriving_is_aid(code) -> None:
    text = "A first contingent of Senegalese peacekeepers arrived in Mali on Tuesday."
    found = types(code(text))
    assert "MOBILIZE" not in found


def test_stationed_troops_are_a_state_not_a_deployment(code) -> None:
    text = "About 1,000 American troops are stationed at a drone base near Agadez."
    assert "MOBILIZE" not in types(code(text))
