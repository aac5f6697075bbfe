"""One event per real event in wire copy that retells its story: a coup told by its parts, a
detainee named in full and then by surname, a claim by a branch of the group blamed, the
attackers' own losses, and a ranked noun that characterises its own sentence's act
(docs/coding-rules.md, "One event per real event"). The reports are written for these tests
from public facts; distinct acts must stay apart."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Event

from .conftest import of_type


def coercions(events: list[Event]) -> list[Event]:
    return of_type(events, "COERCE")


def test_a_coup_told_by_its_parts_is_one_coup(code):
    """Guinea, 5 September 2021: the overthrow, then the detention of Condé the same day."""
    events = code(
        "Soldiers overthrew President Alpha Condé of Guinea on Sunday, the army's special "
        "forces said.\n\n"
        "Soldiers led by Colonel Mamady Doumbouya detained Condé on Sunday after a gun battle "
        "at the presidential palace in Conakry.",
        date(2021, 9, 6),
    )
    (coup,) = coercions(events)
    assert len(coup.evidence) == 2
    assert coup.mode is None  # the coup told as a whole keeps no mode: the arrest is a part


def test_the_juntas_dissolution_of_the_government_is_part_of_the_coup(code):
    """Burkina Faso, 24 January 2022: the MPSR's dissolution is the coup announced that day."""
    events = code(
        "Soldiers in Burkina Faso announced on state television on Monday that they had seized "
        "power and detained President Roch Marc Christian Kaboré.\n\n"
        "An officer said the Patriotic Movement for Safeguard and Restoration (MPSR) had "
        "dissolved the government and suspended the constitution on Monday.",
        date(2022, 1, 25),
    )
    (coup,) = coercions(events)
    assert len(coup.evidence) == 2


def test_a_curfew_on_the_day_of_a_coup_stays_an_act_of_its_own(code):
    events = code(
        "Soldiers seized power in Burkina Faso on Monday and detained President Roch Marc "
        "Christian Kaboré.\n\n"
        "The junta imposed a night-time curfew on Monday.",
        date(2022, 1, 25),
    )
    assert len(coercions(events)) == 2


def test_a_detainee_named_by_surname_is_the_one_named_in_full(code):
    """Mali, 18 August 2020: "President Ibrahim Boubacar Keita" and then "Keita"."""
    events = code(
        "Mutinous soldiers detained President Ibrahim Boubacar Keita and Prime Minister Boubou "
        "Cisse on Tuesday.\n\n"
        "The soldiers arrested Keita at his residence in Bamako on Tuesday afternoon after a "
        "mutiny at the Kati military camp.",
        date(2020, 8, 19),
    )
    (arrest,) = coercions(events)
    assert len(arrest.evidence) == 2
    assert arrest.place is not None and arrest.place.name == "Bamako"


def test_coups_in_two_countries_stay_apart(code):
    events = code(
        "Soldiers seized power in Mali in August 2020 and again in May 2021.\n\n"
        "Soldiers seized power in Guinea in September 2021.",
        date(2022, 1, 25),
    )
    assert len(coercions(events)) == 3


def test_a_claim_by_a_branch_restates_the_attack_by_its_parent_group(code):
    """Metele, Nigeria, 18 November 2018: Islamic State fighters, then ISWAP's claim."""
    events = code(
        "Islamic State fighters overran a military base in Metele, in Borno state, on Sunday, "
        "killing 23 soldiers, the Nigerian army said.\n\n"
        "Islamic State West Africa Province (ISWAP) claimed the attack and said it had seized "
        "weapons and vehicles.",
        date(2018, 11, 22),
    )
    (attack,) = of_type(events, "ASSAULT")
    assert len(attack.evidence) == 2


def test_the_attackers_own_losses_restate_the_attack(code):
    """Tessit, Mali, 7 August 2022: the soldiers killed, then the attackers "neutralised"."""
    events = code(
        "Forty-two Malian soldiers were killed on Sunday in an attack on the army camp at "
        "Tessit, in the Gao region, the government said.\n\n"
        'Twenty-two soldiers were wounded and 37 attackers were "neutralised", it said in a '
        "statement.",
        date(2022, 8, 10),
    )
    (attack,) = of_type(events, "ASSAULT")
    assert len(attack.evidence) == 2
    # both sides' dead of one fight add up (tests/gold/README.md: Tessit, 42 + 37 = 79)
    assert attack.dead == 79
    # the attackers' losses do not make them a target of their own attack
    assert all(r.sector is None or r.sector.value != "UAG" for r in attack.recipients)


def test_a_ranked_noun_characterises_the_act_of_its_own_sentence(code):
    """Seytenga, Burkina Faso: the June 2022 massacre told as background is not the new
    attack the report leads with."""
    events = code(
        "Gunmen killed 20 civilians in an attack on the village of Seytenga in northern Burkina "
        "Faso on Saturday, a local official said.\n\n"
        "In June, gunmen killed 86 people in Seytenga in one of the worst massacres of the "
        "conflict.",
        date(2022, 8, 22),
    )
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 2
    june = next(e for e in attacks if e.date_label == "2022-06")
    assert june.dead == 86


def test_a_toll_restated_in_a_relative_clause_is_the_attacks(code):
    """Inates, Niger, 10 December 2019: "the attack, which killed 71 soldiers" is the attack
    claimed before, not a killing dated by the sentence's "this year"; July's attack on the
    same camp stays apart."""
    events = code(
        "The Islamic State group claimed the attack on the Inates military camp on Thursday.\n\n"
        "The attack, which killed 71 soldiers, was the second on Inates this year: jihadists "
        "killed 18 soldiers at the camp in July.",
        date(2019, 12, 13),
    )
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 2
    july = next(e for e in attacks if e.date_label == "2019-07")
    assert july.dead == 18
    (december,) = [e for e in attacks if e is not july]
    assert december.dead == 71
