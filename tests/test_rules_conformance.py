"""The coder follows its own written rules (docs/coding-rules.md, tests/gold/README.md
"Conventions applied here") on wording of its own: texts written for these tests in wire
style, with other verbs, word order, passives, parts told in separate sentences and other
Sahel countries and groups than the examples the rules give."""

from __future__ import annotations

from datetime import date

from .conftest import code_french, names_of, need_french, of_type, only, types

PUBLISHED = date(2025, 4, 24)  # a Thursday


def _sectors(actors) -> set[str | None]:
    return {a.sector.value if a.sector else None for a in actors}


# --- One event per real event: the parts of one coup are one coup -----------------------


def test_a_detention_by_the_junta_told_next_is_part_of_the_coup(code) -> None:
    text = (
        "Soldiers seized power in Burkina Faso on Monday. The junta detained President "
        "Roch Kaboré at a barracks in Ouagadougou."
    )
    coup = only(code(text), "COERCE")
    assert len(coup.evidence) == 2
    assert "BFA" in {a.country for a in coup.actors}


def test_dissolving_the_government_after_the_takeover_is_part_of_the_coup(code) -> None:
    text = (
        "Soldiers seized power in Niger on Wednesday. The military junta suspended the "
        "constitution and dissolved the government."
    )
    assert len(of_type(code(text), "COERCE")) == 1


def test_a_curfew_imposed_by_the_junta_stays_its_own_act(code) -> None:
    text = "Soldiers seized power in Niger on Wednesday. The junta imposed a curfew on Wednesday."
    modes = sorted(str(e.mode) for e in of_type(code(text), "COERCE"))
    assert modes == ["None", "curfew"]


def test_arrests_by_the_government_are_not_the_army_s_coup(code) -> None:
    text = (
        "Soldiers seized power in Niger on Wednesday. The government arrested three "
        "opposition leaders on Wednesday."
    )
    assert len(of_type(code(text), "COERCE")) == 2


# --- Both sides of one fight: the toll adds up ----------------------------------------------


def test_the_attackers_losses_told_next_add_to_the_toll(code) -> None:
    for losses in (
        "Twenty-five of the attackers were killed in the clash, the ministry said.",
        "The army said 25 assailants were neutralised during the fighting.",
    ):
        text = (
            "Islamic State fighters ambushed a patrol of Nigerien soldiers near Tillia on "
            f"Thursday, killing 10 soldiers. {losses}"
        )
        ambush = only(code(text), "ASSAULT")
        assert ambush.dead == 35, losses


def test_both_sides_losses_in_one_sentence_add_up(code) -> None:
    text = (
        "Gunmen ambushed a Malian army convoy near Boni on Saturday, killing nine soldiers, "
        "and 15 attackers were killed in the clash."
    )
    assert only(code(text), "ASSAULT").dead == 24


# --- Restatements ---------------------------------------------------------------------------


def test_the_assailants_and_the_massacre_point_back_to_the_attack(code) -> None:
    text = (
        "Suspected jihadists killed at least 15 villagers in an attack on Solenzo in western "
        "Burkina Faso on Sunday, local sources said.\n\n"
        "The assailants arrived on motorbikes at dawn and opened fire on residents at the "
        "market, a local official said.\n\n"
        "No group has claimed responsibility for the massacre."
    )
    attack = only(code(text), "ASSAULT")
    assert attack.dead == 15
    assert len(attack.evidence) == 2


def test_the_raid_the_attackers_tell_is_the_attack(code) -> None:
    text = (
        "JNIM militants attacked the army camp at Boulkessi on Friday. The militants said "
        "they had seized weapons and vehicles in the raid."
    )
    assert only(code(text), "ASSAULT").status == "occurred"


# --- Statuses -------------------------------------------------------------------------------


def test_statuses_follow_tense_negation_and_schedule(code) -> None:
    cases = {
        "ECOWAS leaders will meet in Abuja next week to discuss the crisis in Niger.": (
            "CONSULT",
            "planned",
        ),
        "Niger's military rulers have been detaining President Bazoum since July.": (
            "COERCE",
            "ongoing",
        ),
        "France did not withdraw its troops from Niger in August.": ("RETREAT", "negated"),
        "Gunmen have been blockading the town of Djibo since February.": ("COERCE", "ongoing"),
    }
    for text, (type_, status) in cases.items():
        assert only(code(text), type_).status == status, text


# --- Questions opened by "whether" are not coded --------------------------------------------


def test_what_a_whether_question_asks_about_is_not_coded(code) -> None:
    for text in (
        "It remains unclear whether the army retook the town of Boni.",
        "Officials would not say whether French troops had killed any civilians in the strike.",
        "Diplomats in Bamako are asking whether Russia will send more troops to Mali.",
    ):
        assert code(text) == [], text


# --- Denials --------------------------------------------------------------------------------


def test_a_denied_part_in_a_killing_is_the_killing_negated_not_a_reject(code) -> None:
    for text in (
        "JNIM denied any involvement in the killing of 30 civilians near Djibo.",
        "JNIM rejected responsibility for the killing of 30 civilians near Djibo.",
    ):
        events = code(text)
        assert types(events) == ["ASSAULT"], text
        assert events[0].status == "negated"
        assert names_of(events[0].actors) == {"JNIM"}


def test_a_denied_killing_names_the_denier_as_its_doer(code) -> None:
    events = code("Wagner denied killing civilians in Moura.")
    assert types(events) == ["ASSAULT"]
    assert events[0].status == "negated"
    assert "PMC" in _sectors(events[0].actors)


# --- Venues ---------------------------------------------------------------------------------


def test_a_summit_that_frames_a_decision_is_its_venue_not_a_meeting(code) -> None:
    for text in (
        "At an extraordinary summit in Abuja on Sunday, West African leaders imposed "
        "sanctions on Niger's junta.",
        "Meeting in Accra on Saturday, ECOWAS heads of state lifted the sanctions on Mali.",
    ):
        events = code(text)
        assert "CONSULT" not in types(events), text
        assert events and all(e.place and e.place.country in {"NGA", "GHA"} for e in events)


# --- A named or titled person killed counts 1 ----------------------------------------------


def test_a_named_or_titled_person_killed_counts_one(code) -> None:
    for text in (
        "Gunmen shot dead the mayor of Djibo, Ousmane Dicko, on Monday.",
        "Gunmen shot dead Ousmane Dicko, the mayor of Djibo, on Monday.",
        "The mayor of Djibo, Ousmane Dicko, was shot dead by gunmen on Monday.",
        "Suspected jihadists assassinated the prefect of Tillabéri, Ibrahim Tini, on Sunday.",
        "A local imam was killed by suspected jihadists near Mopti on Friday.",
    ):
        assert only(code(text), "ASSAULT").dead == 1, text


# --- Borders closed by a junta --------------------------------------------------------------


def test_a_junta_closing_its_own_borders_is_one_measure_of_its_own(code) -> None:
    events = code("The junta in Conakry shut Guinea's land and air borders on Sunday.")
    assert len(events) == 1
    assert events[0].type in {"COERCE", "SANCTION"}
    assert {a.country for a in events[0].actors} == {"GIN"}


# --- Cutting ties is SANCTION discontinue ---------------------------------------------------


def test_cutting_diplomatic_ties_is_sanction_discontinue(code) -> None:
    for text, target in (
        (
            "Burkina Faso's transitional government severed diplomatic relations with Ukraine "
            "on Tuesday.",
            "UKR",
        ),
        ("Mali's junta broke off diplomatic ties with Algeria on Monday.", "DZA"),
        ("Chad's ruling military council broke off relations with Qatar on Friday.", "QAT"),
        ("Mali announced the severance of diplomatic relations with Ukraine on Sunday.", "UKR"),
    ):
        sanction = only(code(text), "SANCTION")
        assert sanction.mode == "discontinue", text
        assert {a.country for a in sanction.recipients} == {target}


# --- Condemnations --------------------------------------------------------------------------


def test_a_condemnation_naming_only_the_act_has_no_recipient(code) -> None:
    for text in (
        "The African Union strongly condemned the massacre of civilians in Barsalogho.",
        "ECOWAS denounced Sunday's attack on the army camp in Boulkessi.",
    ):
        assert only(code(text), "ACCUSE").recipients == [], text


def test_a_condemnation_of_an_act_by_a_named_group_is_aimed_at_it(code) -> None:
    for text in (
        "ECOWAS condemned the attack by JNIM on the army camp in Boulkessi.",
        "ECOWAS condemned the attack by JNIM.",
        "The United Nations condemned the attack carried out by JNIM on the army camp in "
        "Boulkessi.",
    ):
        condemnation = only(code(text), "ACCUSE")
        assert names_of(condemnation.recipients) == {"JNIM"}, text
        assert "JNIM" not in names_of(condemnation.actors), text


# --- Handovers "to the X army" --------------------------------------------------------------


def test_a_handover_to_an_army_has_that_army_as_recipient(code) -> None:
    for text, country in (
        ("French troops handed over the Gossi base to the Malian army on Tuesday.", "MLI"),
        (
            "The last French soldiers handed the Ouallam camp over to the Nigerien armed forces "
            "on Friday.",
            "NER",
        ),
        (
            "The United States handed over its last drone base in Niger to the Nigerien armed "
            "forces on Monday.",
            "NER",
        ),
    ):
        handover = only(code(text), "RETREAT")
        assert handover.mode == "withdraw", text
        assert [(a.country, _sectors([a])) for a in handover.recipients] == [(country, {"MIL"})], (
            text
        )


# --- Rescues and exchanges ------------------------------------------------------------------


def test_a_release_in_exchange_for_prisoners_codes_both_releases(code) -> None:
    for text in (
        "JNIM freed a French journalist on Monday in exchange for 200 prisoners released by "
        "the Malian government.",
        "The Malian authorities released about 200 jihadist prisoners in exchange for the "
        "release of the opposition leader Soumaïla Cissé by JNIM.",
        "Niger's junta freed 30 prisoners, and the Islamic State released two German hostages "
        "in exchange.",
    ):
        releases = of_type(code(text), "RETREAT")
        assert len(releases) == 2, text
        assert all(len(r.actors) == 1 for r in releases), text


def test_hostages_freed_by_the_army_are_its_rescue(code) -> None:
    for text in (
        "Malian special forces freed two Italian hostages held by jihadists near Gao on Monday.",
        "Burkina Faso's army rescued 30 women abducted by jihadists near Arbinda, the "
        "government said on Tuesday.",
    ):
        rescue = next(e for e in code(text) if e.type in {"AID", "RETREAT"})
        assert _sectors(rescue.actors) == {"MIL"}, text


def test_talks_brokered_by_a_third_party_are_its_mediation(code) -> None:
    text = (
        "Talks between the Malian government and Tuareg rebels, brokered by Algeria, opened "
        "in Algiers on Monday."
    )
    talks = only(code(text), "CONSULT")
    assert talks.mode == "third-party"
    assert names_of(talks.actors) == {"Algeria"}
    assert "MLI" in {a.country for a in talks.recipients}


# --- Protests: who protests, and at whom ----------------------------------------------------


def test_a_crowd_told_only_by_its_count_is_the_country_s_protesters(code) -> None:
    text = "Thousands demonstrated in Niamey on Sunday to demand the departure of French troops."
    protest = only(code(text), "PROTEST")
    assert {a.country for a in protest.actors} == {"NER"}
    assert [(a.country, _sectors([a])) for a in protest.recipients] == [("FRA", {"MIL"})]


def test_the_streets_of_a_town_are_where_a_protest_is_not_its_target(code) -> None:
    text = (
        "Hundreds of people took to the streets of Niamey on Sunday to demand the departure "
        "of French troops."
    )
    assert {a.country for a in only(code(text), "PROTEST").recipients} == {"FRA"}


def test_a_rally_against_a_body_s_sanctions_is_aimed_at_the_body(code) -> None:
    text = "Thousands of people rallied in Bamako on Friday against the ECOWAS sanctions."
    assert names_of(only(code(text), "PROTEST").recipients) == {"ECOWAS"}


def test_a_condemnation_of_a_group_s_attack_named_before_the_noun_is_aimed_at_it(code) -> None:
    text = "The African Union condemned the JNIM attack on the army camp in Boulkessi."
    assert names_of(only(code(text), "ACCUSE").recipients) == {"JNIM"}


@need_french
def test_a_denied_part_in_an_attack_is_the_attack_negated_in_french() -> None:
    events = code_french("Le JNIM a démenti toute implication dans l'attaque de Djibo.", PUBLISHED)
    assert types(events) == ["ASSAULT"]
    assert events[0].status == "negated"
    assert names_of(events[0].actors) == {"JNIM"}
