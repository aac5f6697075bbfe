"""Violence reports, blind batch 1: a town the report itself puts in a region is in that
region; an act in a "since DATE, when ..." clause is dated then and told apart from the attack
compared with it; an "after" clause the parser made the root still counts back from the main
clause; a killing of a named man told twice is one act; an attack nobody claimed is no
denied attack; a passive conjunct's inherited subject is the target; a surname is the man
named before, even where it is also a people's name; a crowd protesting is a demonstration;
a source's wish not to be named is no request."""

from __future__ import annotations

from datetime import date

from .conftest import day_of, ingest_text, of_type, told, where

PUBLISHED = date(2023, 10, 3)

TABATOL = (
    "NIAMEY, 3 October (Wire) - Twenty-nine Nigerien soldiers were killed on Monday when their "
    "unit was hit by improvised explosive devices and then attacked by more than a hundred "
    "militants near Tabatol, in the Tahoua region, the defence ministry said.\n\n"
    "Two soldiers were seriously wounded.\n\n"
    "It was the deadliest attack on the army since 15 August, when 17 soldiers were killed in "
    "an ambush near Koutougou, in the Tillabéri region."
)


def test_a_town_the_report_places_in_a_region_is_in_that_region(pipeline) -> None:
    events = of_type(ingest_text(pipeline, TABATOL, PUBLISHED), "ASSAULT")
    assert where(told(events, "Twenty-nine")) == ("NER", "NE-5")
    # a Burkinabe namesake gives way to the Nigerien village the report puts in Tillabéri
    assert where(told(events, "Koutougou")) == ("NER", "NE-6")


def test_a_when_clause_on_a_compared_date_is_another_act_of_that_day(pipeline) -> None:
    events = of_type(ingest_text(pipeline, TABATOL, PUBLISHED), "ASSAULT")
    assert len(events) == 2, [e.evidence[0].sentence for e in events]
    tabatol, koutougou = told(events, "Twenty-nine"), told(events, "Koutougou")
    assert tabatol is not koutougou
    assert day_of(koutougou) == (date(2023, 8, 15), "day")
    assert (koutougou.dead, koutougou.actors) == (17, [])
    assert (tabatol.dead, day_of(tabatol)) == (29, (date(2023, 10, 2), "day"))


def test_a_passive_conjunct_shares_its_target_not_its_doer(pipeline) -> None:
    tabatol = told(of_type(ingest_text(pipeline, TABATOL, PUBLISHED), "ASSAULT"), "Twenty-nine")
    assert [a.name for a in tabatol.actors] == ["militants"]
    assert [a.id for a in tabatol.recipients] == ["NER-MIL"]


def test_an_after_clause_parsed_as_the_root_counts_back_from_the_main_clause(code) -> None:
    events = code(
        "N'DJAMENA, 17 June (Wire) - Chad's air force struck six Boko Haram positions in Nigeria "
        "early on Wednesday, the army said, two days after suicide attacks in the Chadian capital "
        "killed 23 people.",
        date(2015, 6, 17),
    )
    raids = [e for e in of_type(events, "ASSAULT") if e.mode == "aerial"]
    bombings = [e for e in of_type(events, "ASSAULT") if e.dead == 23]
    assert len(raids) == 1 and len(bombings) == 1, [(e.mode, e.dead) for e in events]
    assert day_of(raids[0]) == (date(2015, 6, 17), "day")
    assert day_of(bombings[0]) == (date(2015, 6, 15), "day")
    # the people killed in the Chadian capital are Chad's, though Nigeria is named first
    assert where(bombings[0])[0] == "TCD"
    assert all(r.country == "TCD" for r in bombings[0].recipients)


def test_an_attack_nobody_claimed_is_no_denied_attack(code) -> None:
    events = code(
        "Fifty-one soldiers were killed on Friday when their unit was ambushed near Déou, the "
        "army said.\n\nNo group had claimed the ambush by Sunday morning. The group has not "
        "claimed the attack.",
        date(2023, 2, 19),
    )
    assaults = of_type(events, "ASSAULT")
    assert [e.status for e in assaults] == ["occurred"], [e.evidence for e in assaults]


def test_a_named_man_killed_twice_in_the_telling_is_one_killing(code) -> None:
    events = code(
        "PARIS, 16 September (Wire) - French forces have killed Adnan Abu Walid al-Sahrawi, the "
        "leader of the Islamic State in the Greater Sahara, President Emmanuel Macron said late "
        "on Wednesday.\n\nDefence Minister Florence Parly told reporters on Thursday that "
        "Sahrawi had been killed in a drone strike in the Ménaka region of Mali last month.",
        date(2021, 9, 16),
    )
    killings = of_type(events, "ASSAULT")
    assert len(killings) == 1, [e.evidence[0].sentence for e in killings]
    killing = killings[0]
    assert [a.name for a in killing.recipients] == ["Adnan Abu Walid al-Sahrawi"]
    assert where(killing) == ("MLI", "ML-9")
    assert day_of(killing) == (date(2021, 8, 1), "month")
    assert killing.mode == "drone"


def test_a_surname_taken_for_a_product_is_still_the_man(code) -> None:
    events = code(
        "CONAKRY, 6 September 2021 (Wire) - The commander of the special forces, Lieutenant "
        "Colonel Mamady Doumbouya, appeared on state television.\n\nA video showed Condé, 83, "
        "sitting on a sofa.\n\nDoumbouya, a former member of the French Foreign Legion, said the "
        "army had acted because of corruption. He later warned that any minister who failed to "
        "attend a meeting would be considered to be in rebellion.",
        date(2021, 9, 6),
    )
    warning = told(events, "He later warned", "THREATEN")
    assert [a.name for a in warning.actors] == ["Mamady Doumbouya"]


def test_relatives_protesting_in_towns_is_a_demonstration(code) -> None:
    events = code(
        "Early this month, relatives of soldiers serving in the north protested in Kati and "
        "Bamako against the government's handling of the rebellion.",
        date(2012, 2, 14),
    )
    protest = told(events, "protested", "PROTEST")
    assert protest.mode == "demo"
    assert not of_type(events, "ACCUSE")


def test_a_source_asking_not_to_be_named_makes_no_request(code) -> None:
    events = code(
        '"The whole of Oudalan is in mourning," a teacher in Gorom-Gorom said by telephone. '
        "He asked not to be named.",
        date(2023, 2, 19),
    )
    assert not of_type(events, "REQUEST")


def test_numbers_listed_by_nationality_add_up(code) -> None:
    events = code(
        "In October 2017, Islamic State fighters ambushed a joint patrol near Tongo Tongo in "
        "Niger, killing four American and four Nigerien soldiers.",
        date(2021, 9, 16),
    )
    assert told(events, "Tongo Tongo", "ASSAULT").dead == 8
