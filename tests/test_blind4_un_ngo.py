"""UN statements, NGO alerts and Nigerian local press, blind batch 4: Nigeria's Niger State is
a Nigerian state, not the country; "The Secretary-General" of a UN statement is the UN
Secretary-General; an expression of concern is no condemnation; a quotation's "we" is the
organisation said to speak it; setting fire to an aid hub or a base destroys property;
"such attacks" alone is a kind of act, not one told."""

from __future__ import annotations

from datetime import date

from .conftest import names_of, of_type, told, where

PUBLISHED = date(2021, 2, 18)

KAGARA = (
    "Gunmen in military uniforms stormed the Government Science College, Kagara, in Rafi Local "
    "Government Area of Niger State, in the early hours of Wednesday, abducting 27 students, "
    "three members of staff and 12 of their relatives, the state government said."
)

AGUELHOK = (
    "The Secretary-General condemns in the strongest terms the attack carried out today against "
    "the camp of the United Nations Multidimensional Integrated Stabilization Mission in Mali "
    "(MINUSMA) in Aguelhok, in the Kidal region. Four peacekeepers from Chad were killed and "
    "several others were injured."
)

DIKWA_CONCERN = (
    "He expresses deep concern for the safety of the civilians in the town, many of them people "
    "displaced by the conflict, who depend on humanitarian assistance for their survival."
)


def test_niger_state_is_a_nigerian_state_not_the_country(code) -> None:
    abduction = told(of_type(code(KAGARA), "ASSAULT"), "abducting 27 students")
    assert where(abduction) == ("NGA", "NG-NI")


def test_the_country_niger_is_still_the_country(code) -> None:
    events = code("Gunmen killed 12 soldiers in western Niger on Monday, the army said.")
    assert where(told(of_type(events, "ASSAULT"), "12 soldiers"))[0] == "NER"


def test_niger_state_television_is_the_countrys_broadcaster(code) -> None:
    # wire copy on Niger's 2023 coup: "state" modifies the broadcaster, it names no division
    events = code(
        "The soldiers said on Niger state television that they had closed the borders.",
        date(2023, 7, 27),
    )
    closure = of_type(events, "SANCTION")
    assert closure and all(where(e)[0] == "NER" for e in closure)


def test_the_secretary_general_of_a_un_statement_condemns(code) -> None:
    events = code(AGUELHOK, date(2021, 4, 2))
    condemnation = told(of_type(events, "ACCUSE"), "condemns in the strongest terms")
    assert condemnation.mode == "disapprove"
    assert "António Guterres" in names_of(condemnation.actors)


def test_another_bodys_secretary_general_is_not_the_uns(code) -> None:
    events = code("The ECOWAS Secretary-General condemned the coup in Niger.", date(2023, 7, 27))
    condemnation = of_type(events, "ACCUSE")
    assert condemnation and "António Guterres" not in names_of(condemnation[0].actors)


def test_an_expression_of_concern_is_no_condemnation(code) -> None:
    assert of_type(code(DIKWA_CONCERN, date(2021, 3, 2)), "ACCUSE") == []


MSF_QUOTE = (
    "Two members of our staff were killed on Wednesday when armed men opened fire on a clearly "
    "marked vehicle near Tougan.\n\n"
    '"We condemn this attack in the strongest terms. Nothing can justify violence against '
    'humanitarian workers who provide care to people caught up in the conflict," MSF said.'
)


def test_a_quotations_we_is_the_organisation_that_speaks_it(code) -> None:
    events = code(MSF_QUOTE, date(2023, 2, 9))
    condemnation = told(of_type(events, "ACCUSE"), "We condemn this attack")
    assert "Médecins Sans Frontières" in names_of(condemnation.actors)


def test_a_person_speaking_does_not_say_whose_we_it_is(code) -> None:
    events = code('"We condemn the attack," said the spokesman.', date(2023, 2, 9))
    assert all(not e.actors for e in of_type(events, "ACCUSE"))


def test_setting_fire_to_a_humanitarian_hub_is_destruction(code) -> None:
    events = code(
        "The attackers also set fire to the humanitarian hub in Dikwa, in Borno State.",
        date(2021, 3, 2),
    )
    burning = told(of_type(events, "ASSAULT"), "set fire to the humanitarian hub")
    assert burning.mode == "destroy"
    assert where(burning) == ("NGA", "NG-BO")


def test_such_attacks_name_a_kind_of_act_not_one_told(code) -> None:
    events = code(
        "The Secretary-General reiterates that such attacks will not diminish the resolve of "
        "the United Nations to support the people and Government of Mali.",
        date(2021, 4, 2),
    )
    assert of_type(events, "ASSAULT") == []


def test_the_first_such_attacks_still_tell_the_attack(code) -> None:
    events = code(
        "Suicide bombers struck the police headquarters in N'Djamena on Monday morning, "
        "killing 23 people, in the first such attacks in the city.",
        date(2015, 6, 16),
    )
    assert told(of_type(events, "ASSAULT"), "Suicide bombers").dead == 23


def test_similar_bombings_a_group_has_carried_out_name_no_act(code) -> None:
    events = code(
        "No group claimed the attacks, but they bore the hallmarks of Boko Haram and its rival "
        "ISWAP, which have carried out similar bombings in the region.",
        date(2024, 6, 30),
    )
    assert of_type(events, "ASSAULT") == []


def test_a_similar_attack_told_with_its_day_is_an_act(code) -> None:
    events = code(
        "A similar attack on a market in Konduga killed 12 people on Tuesday, officials said.",
        date(2024, 6, 30),
    )
    assert told(of_type(events, "ASSAULT"), "A similar attack").dead == 12


def test_her_explosives_are_the_bombers_own_not_the_country_named_before(code) -> None:
    events = code(
        "At least 18 people were killed on Saturday when suicide bombers struck a wedding in "
        "Gwoza in Nigeria's Borno state, officials said.\n\n"
        "The first bomber detonated her explosives in the middle of the wedding ceremony, an "
        "emergency official said.",
        date(2024, 6, 30),
    )
    actors = {a.id for e in of_type(events, "ASSAULT") for a in e.actors}
    assert "NGA" not in actors
