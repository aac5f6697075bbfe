"""One event per real event, third round (docs/coding-rules.md, "One event per real event"):
ranked event nouns ("the most serious attack since ..."), acts set apart in time ("came four
days after gunmen killed ..."), dated back-references ("Tuesday's ambush", "the 2020 coup"),
negations that belong to another verb, hedged perpetrators, participles of an ongoing act and
the measures of one sanctions package. Reports written for these tests from public facts."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import ingest_text, of_type, told_in

BAMAKO = (
    "BAMAKO, Sept 17 (West Africa Wire) - Jihadist fighters attacked a gendarmerie training "
    "school in Bamako early on Tuesday, the army said.\n\n"
    "It was the most serious attack near the capital since July 2022, when jihadists attacked "
    "the Kati military camp.\n\n"
    "Al-Qaeda's Sahel affiliate JNIM claimed responsibility for the attack."
)


def test_a_ranked_attack_restates_the_attack_and_leaves_the_one_compared_with(pipeline):
    attacks = of_type(ingest_text(pipeline, BAMAKO, date(2024, 9, 17)), "ASSAULT")
    assert len(attacks) == 2, [(e.date_label, e.evidence[0].sentence) for e in attacks]
    school = next(e for e in attacks if told_in(e, "gendarmerie training school"))
    kati = next(e for e in attacks if e is not school)
    assert school.date_label == "2024-09-17"
    assert told_in(school, "most serious attack")
    assert kati.date_label == "2022-07"


NIGER_COUP = (
    "NIAMEY, July 28 (West Africa Wire) - Soldiers of Niger's presidential guard detained "
    "President Mohamed Bazoum on Wednesday and seized power, in the seventh coup in West and "
    "Central Africa since 2020.\n\n"
    "The putsch was condemned by the African Union and ECOWAS."
)


def test_the_period_of_a_ranked_coup_dates_nothing(pipeline):
    """ "the seventh coup ... since 2020": 2020 is the period counted over, not the coup's
    year; the coup is the one the sentence tells, on Wednesday."""
    coups = of_type(ingest_text(pipeline, NIGER_COUP, date(2023, 7, 28)), "COERCE")
    assert [c.date_label for c in coups] == ["2023-07-26"]


ZABARMARI = (
    "MAIDUGURI, Nov 30 (West Africa Wire) - At least 110 civilians were killed in an attack on "
    "farmers near Zabarmari in Borno State on Saturday, the United Nations said.\n\n"
    "Edward Kallon, the UN humanitarian coordinator, said the attack was the most violent "
    "direct attack against civilians in the country this year."
)


def test_a_predicate_ranking_the_attack_is_the_attack(pipeline):
    attacks = of_type(ingest_text(pipeline, ZABARMARI, date(2020, 11, 30)), "ASSAULT")
    assert len(attacks) == 1, [(e.date_label, e.evidence[0].sentence) for e in attacks]
    assert attacks[0].dead == 110
    assert attacks[0].date_label == "2020-11-28"


SOBANE = (
    "BAMAKO, June 10 (West Africa Wire) - Gunmen killed 95 people in an attack on the Dogon "
    "village of Sobane Da in central Mali late on Sunday, the government said.\n\n"
    "The massacre came less than three months after gunmen killed some 160 Fulani villagers "
    "in Ogossagou, in the same region."
)


def test_an_act_told_as_months_earlier_is_not_the_one_it_is_compared_with(pipeline):
    attacks = of_type(ingest_text(pipeline, SOBANE, date(2019, 6, 10)), "ASSAULT")
    assert sorted(e.dead for e in attacks) == [95, 160]
    sobane = next(e for e in attacks if e.dead == 95)
    assert told_in(sobane, "The massacre came")


PORGA = (
    "COTONOU, Dec 3 (West Africa Wire) - Gunmen attacked an army position near Porga in "
    "northern Benin early on Thursday, killing two soldiers, security sources said.\n\n"
    "The government had not commented on the attack by Friday afternoon.\n\n"
    "A jihadist group denied the attack in a statement."
)


def test_silence_about_an_attack_is_no_denial_of_it(pipeline):
    """ "had not commented on the attack by Friday": the negation is the commenting's and
    Friday is a deadline; the attack told before is restated. A denial stays apart."""
    events = ingest_text(pipeline, PORGA, date(2021, 12, 3))
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 1, [(e.status, e.evidence[0].sentence) for e in attacks]
    assert attacks[0].status == Status.OCCURRED
    assert told_in(attacks[0], "had not commented")
    assert not told_in(attacks[0], "denied")


GWOZA = (
    "MAIDUGURI, June 30 (West Africa Wire) - Suspected female suicide bombers attacked a "
    "wedding and a hospital in the town of Gwoza in Borno State on Saturday, killing at least "
    "18 people, officials said.\n\n"
    "Jihadist groups have been blockading the town since last year, cutting off its roads to "
    "Maiduguri."
)


def test_suspected_bombers_attacked_is_one_attack_that_occurred(pipeline):
    events = ingest_text(pipeline, GWOZA, date(2024, 6, 30))
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 1, [(e.status, e.evidence[0].sentence) for e in attacks]
    assert attacks[0].status == Status.OCCURRED
    assert attacks[0].mode == "suicide-attack"


def test_a_participle_of_an_ongoing_blockade_is_the_blockade(pipeline):
    blockades = of_type(ingest_text(pipeline, GWOZA, date(2024, 6, 30)), "COERCE")
    assert len(blockades) == 1, [(e.status, e.mode) for e in blockades]
    assert blockades[0].status == Status.ONGOING


MALI_COUPS = (
    "ACCRA, May 31 (West Africa Wire) - West African leaders suspended Mali from the Economic "
    "Community of West African States on Sunday in response to the country's second military "
    "coup in nine months.\n\n"
    "Colonel Assimi Goïta, who led the August 2020 coup, had soldiers detain the transitional "
    "president, Bah Ndaw, on 24 May.\n\n"
    "Goïta had been vice-president of the transitional government formed after the 2020 coup."
)


def test_a_dated_back_reference_joins_only_an_act_of_its_date(pipeline):
    """ "the August 2020 coup" is not this year's coup told before it; "the 2020 coup" is the
    August 2020 one."""
    coups = of_type(ingest_text(pipeline, MALI_COUPS, date(2021, 5, 31)), "COERCE")
    august = [c for c in coups if c.date_label == "2020-08"]
    assert len(august) == 1, [(c.date_label, c.evidence[0].sentence) for c in coups]
    assert told_in(august[0], "vice-president")
    lead = next(c for c in coups if told_in(c, "second military coup"))
    assert lead.date_label == "2021-05-30"
    assert not told_in(lead, "August 2020")


SEYTENGA = (
    "OUAGADOUGOU, June 14 (West Africa Wire) - Gunmen killed scores of civilians in the town "
    "of Seytenga in northern Burkina Faso on Saturday night, the government said.\n\n"
    "Rescuers found more bodies on Monday, bringing the toll of Saturday's massacre to 86."
)


def test_the_toll_of_saturdays_massacre_is_that_massacre(pipeline):
    attacks = of_type(ingest_text(pipeline, SEYTENGA, date(2022, 6, 14)), "ASSAULT")
    assert len(attacks) == 1, [(e.date_label, e.evidence[0].sentence) for e in attacks]
    assert attacks[0].dead == 86
    assert attacks[0].date_label == "2022-06-11"


ECOWAS_SANCTIONS = (
    "ACCRA, Jan 10 (West Africa Wire) - West African leaders imposed sanctions on Mali on "
    "Sunday after its military rulers proposed to stay in power for up to five more years.\n\n"
    "The measures include closing the borders of member states with Mali and freezing Malian "
    "state assets held at the regional central bank. The bloc also recalled the ambassadors of "
    "its member states from Bamako.\n\n"
    "Mali's government condemned the sanctions as illegal."
)


def test_the_measures_of_one_sanctions_package_are_one_sanction(pipeline):
    sanctions = of_type(ingest_text(pipeline, ECOWAS_SANCTIONS, date(2022, 1, 10)), "SANCTION")
    assert len(sanctions) == 1, [(e.mode, e.evidence[0].sentence) for e in sanctions]
    assert told_in(sanctions[0], "recalled the ambassadors")
