"""French coding rules added for the Sahel press: number words, pronominal verbs, litotes,
guillemets, light verbs of ordering, French names of Sahel regions.

Real French sentences through the French pipeline and coder (see test_french_coding.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Status

from .conftest import code_french, need_french


def code(text: str, published: date = date(2023, 7, 31)):
    return code_french(text, published)


def of_type(events, type_: str):
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found


@need_french
def test_a_compound_number_word_counts_the_dead() -> None:
    (event,) = of_type(
        code("Soixante et onze soldats nigériens ont été tués mardi dans l'attaque du camp."),
        "ASSAULT",
    )
    assert event.dead == 71


@need_french
def test_a_pronominal_verb_in_a_compound_tense_is_active() -> None:
    """'s'en étaient pris à': être is the tense auxiliary of a pronominal verb, not a passive."""
    event = of_type(
        code("Des manifestants s'en étaient pris à l'ambassade de France à Ouagadougou."),
        "ASSAULT",
    )[0]
    assert event.actors and event.place is not None and event.place.admin1 == "BF-03"


@need_french
def test_not_ruling_out_force_is_a_threat_that_was_made() -> None:
    event = of_type(code("La CEDEAO n'exclut pas un « recours à la force »."), "THREATEN")[0]
    assert event.status == Status.OCCURRED
    assert "ECOWAS" in {a.name for a in event.actors}


@need_french
def test_an_ordered_expulsion_is_the_expulsion() -> None:
    events = code("La junte avait ordonné fin août l'expulsion de l'ambassadeur de France.")
    assert of_type(events, "SANCTION")[0].mode == "expel"
    assert not [e for e in events if e.type == "REQUEST"]


@need_french
@pytest.mark.parametrize(
    ("place", "admin1"),
    [
        ("à Tombouctou", "ML-6"),
        ("à Ménaka", "ML-9"),
        ("à Ségou", "ML-4"),
        ("à Mopti", "ML-5"),
        ("à Kidal", "ML-8"),
        ("dans la région de Tillabéri", "NE-6"),
        ("à Djibo", "BF-12"),
        ("dans le Sahel burkinabè", "BF-12"),
    ],
)
def test_french_place_names_resolve_to_their_region(place: str, admin1: str) -> None:
    event = of_type(code(f"Des jihadistes ont attaqué lundi un camp {place}."), "ASSAULT")[0]
    assert event.place is not None and event.place.admin1 == admin1
