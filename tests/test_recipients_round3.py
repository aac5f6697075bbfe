"""Recipients, third round: a rebellion is waged against its state, a foreign force is sent to
the state hosting it, a measure lifted or a mandate ended is aimed at its target or host, and a
coup deposes whom the sentence asks to restore. Plus the actor resolution these rest on."""

from __future__ import annotations

from datetime import date

from .conftest import only

PUBLISHED = date(2024, 3, 18)


def _ids(actors) -> set[str]:
    return {a.id for a in actors}


def test_an_insurgency_is_waged_against_the_state_it_breaks_out_in(code) -> None:
    text = "Boko Haram launched its insurgency in north-east Nigeria in 2009."
    assault = only(code(text), "ASSAULT")
    assert _ids(assault.recipients) == {"NGA"}


def test_an_uprising_by_separatist_rebels_targets_their_state(code) -> None:
    text = "Separatist rebels launched an uprising across northern Mali in January 2012."
    assault = only(code(text), "ASSAULT")
    assert _ids(assault.recipients) == {"MLI"}


def test_a_rebellion_named_by_no_rebels_gets_no_state(code) -> None:
    text = (
        "Prime Minister Saleh Kebzabo said about 50 people had died in Chad on Thursday and "
        "described the protests as an attempted insurrection."
    )
    for event in code(text):
        assert "TCD" not in _ids(event.recipients) or event.actors, event


def test_foreign_fighters_arriving_in_a_country_are_sent_to_that_state(code) -> None:
    mobilize = only(code("Wagner fighters arrived in Mali at the end of 2021."), "MOBILIZE")
    assert _ids(mobilize.recipients) == {"MLI"}


def test_instructors_arriving_in_a_capital_are_sent_to_its_state_not_by_it(code) -> None:
    events = code("Russian military instructors arrived in Niamey on 10 April.")
    arrival = next(e for e in events if e.type in {"AID", "MOBILIZE"})
    assert "NER" in {a.country for a in arrival.recipients}
    # "military" belongs to the Russian instructors, not to Niger's army
    assert all(a.country == "RUS" for a in arrival.actors), arrival.actors


def test_forces_deployed_on_its_soil_are_sent_to_the_denying_state(code) -> None:
    text = "Benin denied that any French troops had been deployed on its soil for that purpose."
    mobilize = only(code(text), "MOBILIZE")
    assert _ids(mobilize.recipients) == {"BEN"}


def test_a_government_moving_its_own_troops_names_no_host(code) -> None:
    text = "Benin's government deployed about 3,000 troops to the northern border areas."
    mobilize = only(code(text), "MOBILIZE")
    assert mobilize.recipients == []


def test_sanctions_lifted_are_lifted_on_whom_they_were_imposed(code) -> None:
    text = "ECOWAS lifted most of the sanctions imposed on Niger on Saturday."
    retreat = only(code(text), "RETREAT")
    assert _ids(retreat.recipients) == {"NER"}


def test_most_of_its_sanctions_on_a_country_reads_through_the_partitive(code) -> None:
    text = "ECOWAS lifted most of its sanctions on Niger in February."
    retreat = only(code(text), "RETREAT")
    assert _ids(retreat.recipients) == {"NER"}


def test_ending_a_missions_mandate_is_a_measure_on_its_host(code) -> None:
    text = (
        "The Security Council voted unanimously on Friday for terminating the mandate of the "
        "United Nations Multidimensional Integrated Stabilization Mission in Mali."
    )
    sanction = only(code(text), "SANCTION")
    assert _ids(sanction.recipients) == {"MLI"}


def test_a_coup_deposes_the_president_the_sentence_asks_to_restore(code) -> None:
    text = (
        "In Niger, soldiers seized power on 26 July, prompting the regional bloc ECOWAS to "
        "threaten military intervention to restore President Mohamed Bazoum."
    )
    coup = only(code(text), "COERCE")
    assert any("Bazoum" in a.name for a in coup.recipients), coup.recipients


def test_a_president_whose_surname_the_recogniser_left_out_is_still_named(code) -> None:
    text = (
        "Mutinous soldiers led by Captain Amadou Sanogo overthrew President Amadou Toumani "
        "Touré in March 2012."
    )
    coup = only(code(text), "COERCE")
    assert [a.name for a in coup.recipients] == ["Amadou Toumani Touré"]
