"""One real event told twice stays one event: the same toll told in a headline and a lede, a
fight's running toll, one statement said again "in the same statement", and a French passive
whose subject is the victim. And what must stay apart: the same toll on two days, in two regions,
or too small to mark one act; a condemnation added with "also" outside the same statement."""

from __future__ import annotations

from datetime import date

from .conftest import code_french, need_french, of_type, told

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def test_a_headline_and_its_lede_with_one_toll_are_one_attack(code):
    events = code(
        "34 killed as gunmen attack Tahoua village\n\n"
        "At least 34 people were killed on Monday when gunmen on motorbikes attacked the village "
        "of Bakorat, in the Tahoua region, local officials said."
    )
    (attack,) = of_type(events, "ASSAULT")
    assert attack.dead == 34
    assert attack.date_label == "2024-03-04"
    assert len(attack.evidence) == 2


def test_the_same_toll_on_two_days_is_two_attacks(code):
    events = code(
        "Jihadists killed 20 soldiers in an attack on the army camp at Boulkessi on Monday.\n\n"
        "In November, 20 soldiers were killed in an ambush near Boulkessi."
    )
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 2, [(e.date_label, e.dead) for e in attacks]
    assert {e.dead for e in attacks} == {20}


def test_the_same_toll_in_two_regions_is_two_attacks(code):
    events = code(
        "Gunmen killed 15 villagers in the Tillaberi region on Monday.\n\n"
        "In a separate attack, gunmen killed 15 herders in the Tahoua region on Monday."
    )
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 2
    assert {e.place.admin1 for e in attacks if e.place} == {"NE-6", "NE-5"}


def test_a_small_toll_told_twice_does_not_make_one_attack(code):
    events = code(
        "Gunmen killed two civilians near Djibo on Monday.\n\n"
        "Separately, jihadists killed two gendarmes at a checkpoint near Arbinda."
    )
    assert len(of_type(events, "ASSAULT")) == 2


def test_a_running_toll_after_a_fight_is_the_fights_toll(code):
    events = code(
        "Fighting between the Malian army and separatist rebels raged for a second day in Kidal "
        "on Sunday.\n\n"
        "At least 30 civilians have been killed since Saturday, doctors in the town said."
    )
    (fight,) = of_type(events, "ASSAULT")
    assert fight.dead == 30
    # the dead of a two-sided fight are its toll, not a target the fight was aimed at
    assert not fight.recipients


def test_a_killing_after_the_fights_day_is_not_its_running_toll(code):
    events = code(
        "Fighting between the Malian army and separatist rebels broke out in Kidal on "
        "Saturday.\n\n"
        "On Tuesday, at least 30 civilians were killed in Kidal."
    )
    assert len(of_type(events, "ASSAULT")) == 2


def test_a_toll_told_right_after_an_attack_is_still_its_toll(code):
    events = code(
        "Gunmen attacked the village of Koro in central Mali on Monday.\n\n"
        "At least 12 civilians have been killed, local officials said."
    )
    (attack,) = of_type(events, "ASSAULT")
    assert attack.dead == 12


def test_a_condemnation_said_again_in_the_same_statement_is_one(code):
    events = code(
        "Gunmen killed 12 soldiers near Menaka on Monday.\n\n"
        "African Union Commission chairman Moussa Faki Mahamat condemned the attack on "
        "Tuesday.\n\n"
        "In the same statement, he also condemned the killing of the soldiers as a cowardly "
        "act."
    )
    (condemnation,) = of_type(events, "ACCUSE")
    assert len(condemnation.evidence) == 2
    assert condemnation.date_label == "2024-03-05"


def test_a_second_sanction_in_the_same_statement_is_still_a_measure_of_its_own(code):
    events = code(
        "ECOWAS suspended Guinea from all its bodies on Thursday.\n\n"
        "In the same statement, the bloc also imposed a travel ban on members of the junta."
    )
    assert len(of_type(events, "SANCTION")) == 2


def test_a_condemnation_added_with_also_is_another(code):
    events = code(
        "Gunmen killed 12 soldiers near Menaka on Monday.\n\n"
        "African Union Commission chairman Moussa Faki Mahamat condemned the attack on "
        "Tuesday.\n\n"
        "He also condemned the killing of civilians in Burkina Faso."
    )
    assert len(of_type(events, "ACCUSE")) == 2


@need_french
def test_french_passive_with_ete_read_as_a_copula_keeps_the_victim_a_target():
    events = code_french(
        "Le convoi militaire circulait entre Dori et Seytenga lorsqu'il a été attaqué mardi, "
        "a indiqué l'armée.",
        PUBLISHED,
    )
    attack = told(events, "attaqué", "ASSAULT")
    assert not attack.actors
    assert attack.recipients


@need_french
def test_french_detail_of_an_ambush_told_in_the_passive_is_the_ambush():
    events = code_french(
        "Douze soldats burkinabè ont été tués mardi dans une embuscade tendue par des jihadistes "
        "près de Seytenga, a annoncé l'armée. Le convoi se déplaçait entre Dori et Seytenga "
        "lorsqu'il a été attaqué, selon le communiqué.",
        PUBLISHED,
    )
    (ambush,) = of_type(events, "ASSAULT")
    assert ambush.dead == 12


def test_the_buried_told_after_a_strike_are_its_toll(code):
    events = code(
        "An air strike by the army hit a wedding party in the village of Kafin Dabo, in Zamfara "
        "State, on Sunday night.\n\n"
        "Local officials said 41 people had been buried on Monday."
    )
    (strike,) = of_type(events, "ASSAULT")
    assert strike.dead == 41


@need_french
def test_french_buried_told_after_a_strike_are_its_toll():
    events = code_french(
        "Une frappe de drone de l'armée nigériane a tué dimanche soir des invités d'un mariage "
        "dans le village de Kafin Dabo, dans l'État de Zamfara. Les autorités locales ont "
        "indiqué que 41 personnes avaient été inhumées.",
        PUBLISHED,
    )
    (strike,) = of_type(events, "ASSAULT")
    assert strike.dead == 41


def test_accusing_another_party_in_the_same_statement_is_another_accusation(code):
    events = code(
        "Mali's foreign minister accused Algeria of interfering in its affairs on Monday.\n\n"
        "In the same statement, he also accused France of arming the rebels."
    )
    assert len(of_type(events, "ACCUSE")) == 2


def test_a_restating_noun_with_its_own_day_dates_an_act_first_dated_by_its_telling(code):
    events = code(
        "Gunmen killed at least 12 soldiers in an ambush in western Niger, the defence ministry "
        "said on Wednesday. The attack took place on Tuesday near the village of Tchoma Bangou."
    )
    (attack,) = of_type(events, "ASSAULT")
    assert attack.date_label == "2024-03-05"
    assert attack.place is not None and attack.place.name == "Tchoma Bangou"
    assert len(attack.evidence) == 2


def test_victims_also_counted_in_the_next_sentence_add_to_the_toll(code):
    events = code(
        "An attack on a gendarmerie post in Falagountou killed 11 gendarmes on Monday. Two "
        "civilians also died."
    )
    (attack,) = of_type(events, "ASSAULT")
    assert attack.dead == 13


def test_a_bare_count_without_also_does_not_add_to_a_told_toll(code):
    events = code(
        "An attack on a gendarmerie post in Falagountou killed 11 gendarmes on Monday. Eleven "
        "gendarmes died."
    )
    assert [e.dead for e in of_type(events, "ASSAULT")] == [11]


def test_other_victims_also_killed_join_the_attack_and_its_toll(code):
    events = code(
        "Jihadists attacked a post in Inates on Tuesday, killing 15 soldiers. Two civilians "
        "were also killed in the attack."
    )
    (attack,) = of_type(events, "ASSAULT")
    assert attack.dead == 17
    assert {r.sector.value for r in attack.recipients if r.sector} == {"MIL", "CVL"}


def test_attackers_also_killed_make_the_attack_a_fight(code):
    events = code(
        "Jihadists killed 15 soldiers in an attack on a post in Inates on Tuesday. Eight "
        "attackers were also killed."
    )
    (fight,) = of_type(events, "ASSAULT")
    assert fight.dead == 23
    assert fight.recipients == []


def test_a_second_attack_told_with_also_stays_apart(code):
    events = code(
        "Jihadists killed 15 soldiers in an attack on a post in Inates on Tuesday. Two civilians "
        "were also killed in a separate attack near Ayorou on Monday."
    )
    assert sorted(e.dead for e in of_type(events, "ASSAULT")) == [2, 15]


def test_an_act_the_attack_comes_a_week_after_is_dated_a_week_before_it(code):
    events = code(
        "Gunmen killed 12 soldiers in Inates on Tuesday. The attack comes a week after "
        "jihadists killed 20 villagers near Tillia."
    )
    assert sorted((e.dead, e.date_label) for e in of_type(events, "ASSAULT")) == [
        (12, "2024-03-05"),
        (20, "2024-02-27"),
    ]
