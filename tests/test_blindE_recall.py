"""Events the coder lost on the blind batch of reports in UN, NGO, communiqué and local-press
styles (docs/coding-rules.md): a statement quoted in the first person by an official, a
refusal to negotiate, a decreed mobilisation, doers named as families or opposition figures,
and camps hosting displaced families, which meet nobody."""

from __future__ import annotations

from datetime import date

from .conftest import names_of, of_type, told

PUBLISHED = date(2019, 7, 20)  # a Saturday


def test_an_official_quoted_in_the_first_person_is_the_doer(code):
    events = code(
        '"I condemn this attack," the Humanitarian Coordinator in Nigeria, Edward Kallon, said '
        'in a statement on Friday. "I call on the abductors to release our colleagues '
        'immediately."'
    )
    condemnation = told(events, "condemn", "ACCUSE")
    assert "Edward Kallon" in names_of(condemnation.actors)
    call = told(events, "call on the abductors", "REQUEST")
    assert "Edward Kallon" in names_of(call.actors)


def test_a_private_voice_quoted_in_the_first_person_acts_for_no_one(code):
    events = code(
        '"Before, you could not find a free boat," said Amadou, who has taken travellers to '
        'Djenné for thirty years. "Now I make one trip a month."'
    )
    assert not of_type(events, "CONSULT"), [(e.type, e.evidence[0].sentence) for e in events]


def test_will_not_negotiate_is_a_refusal_to_meet(code):
    events = code("Traoré has said his government will not negotiate with the armed groups.")
    refusal = told(events, "will not negotiate", "REJECT")
    assert refusal.mode == "meet"
    assert not of_type(events, "CONSULT")


def test_a_decreed_mobilisation_is_coded(code):
    events = code("Burkina Faso's military government on Thursday decreed a general mobilisation.")
    mobilisation = told(events, "decreed", "MOBILIZE")
    assert mobilisation.date_start == date(2019, 7, 18)


def test_families_of_the_victims_and_opposition_figures_accuse(code):
    events = code(
        "Families of the victims accused Malian soldiers of arresting the men near the "
        "border.\n\nOpposition figures accused the police of firing live ammunition into the "
        "crowds."
    )
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 2, [(e.type, e.evidence[0].sentence) for e in events]
    assert all(a.actors for a in accusations)


def test_camps_hosting_displaced_families_meet_nobody(code):
    events = code(
        "Camps hosting families already displaced by the conflict with Boko Haram have also "
        "been flooded."
    )
    assert not of_type(events, "CONSULT"), [(e.type, e.evidence[0].sentence) for e in events]
