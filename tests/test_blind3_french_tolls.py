"""French tolls, quoted verbs and protests, from the eight blind French reports of dev-fr.

Sentences in the registers of Sahel wire copy and army communiqués (tests/gold/dev-fr/): the
toll an analyst reads from each, the quoted « neutralisés » that the small French model
misparses, and the act a French verb names in its military or legal sense.
"""

from __future__ import annotations

from datetime import date

from .conftest import code_french, need_french


def code(text: str, published: date = date(2022, 7, 23)):
    return code_french(text, published)


def of_type(events, type_: str):
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found


@need_french
def test_a_quoted_neutralised_still_counts_its_dead() -> None:
    # the guillemet was read as the passive verb heading "assaillants", and no toll was found
    events = code("Sept assaillants ont été « neutralisés » lors de la riposte de l'armée à Kati.")
    assert [e.dead for e in of_type(events, "ASSAULT")] == [7]


@need_french
def test_a_compound_numeral_split_by_the_tokenizer_is_one_number() -> None:
    # "Quarante-sept" is tokenized "Quarante", "-", "sept": the toll was 40
    events = code(
        "Quarante-sept personnes ont été tuées mercredi dans l'attaque d'un convoi près de "
        "Gorgadji, dans la région du Sahel.",
        date(2021, 8, 19),
    )
    assert of_type(events, "ASSAULT")[0].dead == 47


@need_french
def test_a_breakdown_after_dont_is_not_added_to_the_total() -> None:
    events = code(
        "Quarante-sept personnes, dont trente civils, quatorze soldats et trois Volontaires "
        "pour la défense de la patrie (VDP), ont été tuées mercredi dans l'attaque d'un "
        "convoi près de Gorgadji.",
        date(2021, 8, 19),
    )
    assert of_type(events, "ASSAULT")[0].dead == 47


@need_french
def test_two_numbered_groups_of_victims_are_summed() -> None:
    # the parser makes "trente-deux" a conjunct and "Volontaires" a modifier of "soldats"
    events = code(
        "Huit soldats et trente-deux Volontaires pour la défense de la patrie (VDP) ont été "
        "tués samedi dans une attaque jihadiste contre leur position à Aorema.",
        date(2023, 4, 16),
    )
    assert of_type(events, "ASSAULT")[0].dead == 40


@need_french
def test_a_named_victim_and_others_listed_after_him_are_all_counted() -> None:
    events = code(
        "Le 1er janvier, des jihadistes présumés ont tué le chef du village de Yirgou, dans le "
        "Centre-Nord, et cinq autres habitants.",
        date(2019, 1, 15),
    )
    assert of_type(events, "ASSAULT")[0].dead == 6


@need_french
def test_un_mort_is_one_dead_and_the_wounded_are_not_dead() -> None:
    events = code(
        "L'armée a repoussé vendredi une attaque contre le camp de Kati. Le bilan fait état "
        "d'un mort et de six blessés dans les rangs de l'armée."
    )
    assert [e.dead for e in of_type(events, "ASSAULT")] == [1]


@need_french
def test_an_attack_repelled_is_a_fight_not_a_refusal() -> None:
    events = code("L'armée malienne a repoussé vendredi une attaque contre le camp de Kati.")
    assert not [e for e in events if e.type == "REJECT"]
    assert of_type(events, "ASSAULT")
    refusal = code("Le Mali a repoussé la proposition de la CEDEAO.")
    assert of_type(refusal, "REJECT")


@need_french
def test_denouncing_an_agreement_after_a_quoted_adjunct_ends_it() -> None:
    # « avec effet immédiat » made the parser hang the object off the quoted phrase
    events = code(
        "Le gouvernement nigérien a dénoncé samedi « avec effet immédiat » l'accord qui "
        "encadrait la présence de militaires américains sur son territoire.",
        date(2024, 3, 17),
    )
    sanction = of_type(events, "SANCTION")[0]
    assert sanction.mode == "discontinue"
    assert not [e for e in events if e.type == "ACCUSE"]


@need_french
def test_a_crowd_gathered_to_denounce_is_a_protest_not_a_denunciation() -> None:
    events = code(
        "Des dizaines de milliers de personnes se sont rassemblées vendredi à Bamako pour "
        "dénoncer les sanctions de la CEDEAO.",
        date(2022, 1, 14),
    )
    protest = of_type(events, "PROTEST")[0]
    assert protest.place is not None and protest.place.name == "Bamako"
    assert not [e for e in events if e.type == "ACCUSE"]  # the aim of the protest


@need_french
def test_intervenir_as_to_come_after_is_no_intervention() -> None:
    events = code(
        "Cette décision intervient après la visite à Niamey d'une délégation comprenant le "
        "chef du commandement militaire des États-Unis pour l'Afrique.",
        date(2024, 3, 17),
    )
    assert not [e for e in events if e.type == "ASSAULT"]


@need_french
def test_a_warning_against_intervention_is_a_threat() -> None:
    events = code(
        "Le général Tiani a mis en garde la CEDEAO contre toute intervention armée.",
        date(2023, 8, 20),
    )
    assert of_type(events, "THREATEN")


@need_french
def test_a_breakdown_the_parser_makes_the_subject_leaves_the_total() -> None:
    # with a lower-case "volontaires" the verb hangs from "personnes" as a relative clause and
    # the breakdown after "dont" becomes its subject: the toll was 17
    events = code(
        "Quarante-sept personnes, dont trente civils, quatorze soldats et trois volontaires, "
        "ont été tuées mercredi dans l'attaque d'un convoi près de Gorgadji.",
        date(2021, 8, 19),
    )
    assert of_type(events, "ASSAULT")[0].dead == 47
