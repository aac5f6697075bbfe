"""Where an act happens when its own words point at a country without naming it: a state's
ground named by its owner ("on its soil", "on Malian territory"), and "the country" of a
sentence whose parties are all of one state ("Déby was killed ... in the north of the
country", in a report about Niger). Sentences are written in the style of wire copy."""

from __future__ import annotations

from datetime import date

from .conftest import told, where

PUBLISHED = date(2021, 8, 23)


def test_ground_named_by_its_owner_places_the_act_in_that_state(code):
    """A report on Niger: Benin's denial of troops "on its soil" is about Benin's ground."""
    events = code(
        "Niger's junta closed the border with Benin on Monday. "
        "Benin denied that any foreign troops had been deployed on its soil."
    )
    assert where(told(events, "deployed on its soil"))[0] == "BEN"


def test_ground_named_by_a_nationality_adjective(code):
    """'on Malian territory' is Mali's ground, in a report about Burkina Faso."""
    events = code(
        "Burkina Faso's army said on Sunday that it had repelled an attack near Djibo. "
        "Burkinabè soldiers had been deployed on Malian territory in May."
    )
    assert where(told(events, "deployed on Malian territory"))[0] == "MLI"


def test_the_country_of_a_leader_is_his_own(code):
    """'the north of the country' in a sentence about Chad's president is Chad's north, though
    the report is about Niger."""
    events = code(
        "Niger's army said on Sunday that it had repelled an attack near Téra. "
        "Idriss Déby was killed in April 2021 in the north of the country."
    )
    assert where(told(events, "Déby was killed", "ASSAULT"))[0] == "TCD"


def test_the_north_alone_stays_in_the_reports_country(code):
    """'in the north' names no country: a French decision about its forces there stays in the
    country the report is about, not in France."""
    events = code(
        "Jihadists attacked an army post near Gao on Sunday, killing 12 Malian soldiers. "
        "France announced on Monday that it would reduce its military presence in the north."
    )
    assert where(told(events, "reduce its military presence"))[0] == "MLI"


def test_its_in_a_complement_is_the_objects(code):
    """'accused Benin of letting troops gather on its territory': the ground is Benin's, not
    the accuser's, so the accusation is about (and placed in) Benin."""
    events = code(
        "Niger's junta closed the border with Benin on Monday. "
        "The junta in Niamey accused Benin of letting foreign troops gather on its territory."
    )
    assert where(told(events, "accused Benin", "ACCUSE"))[0] == "BEN"
