"""Two acts of one type told together, and acts folded into the attack they are part of
(docs/coding-rules.md, "One event per real event"): coordinated verbs with objects and modes of
their own ("recalled its ambassadors ... and closed its airspace") are two acts, as is a measure
added with "also" after a single measure of another kind; the raid, seizure of goods or round-up
of an attack is the attack. Reports written for these tests from public facts."""

from __future__ import annotations

from datetime import date

from .conftest import ingest_text, of_type, told_in

ALGERIA = (
    "ALGIERS, April 8 (West Africa Wire) - Algeria on Monday recalled its ambassadors to Mali "
    "and Niger and closed its airspace to flights coming from or going to Mali, a week after "
    "its air defences shot down a Malian drone near the border."
)


def test_a_recall_and_a_closure_in_one_sentence_are_two_sanctions(pipeline):
    sanctions = of_type(ingest_text(pipeline, ALGERIA, date(2025, 4, 8)), "SANCTION")
    assert sorted(e.mode or "" for e in sanctions) == ["discontinue", "withdraw"], [
        (e.mode, e.evidence[0].sentence) for e in sanctions
    ]


BAMAKO_REPLY = (
    "BAMAKO, Jan 10 (West Africa Wire) - Mali's military government answered the regional "
    "bloc's sanctions on Sunday evening by recalling its ambassadors from the member states of "
    "ECOWAS. It also closed its own borders with them, the government spokesman said on state "
    "television."
)


def test_also_after_a_single_measure_adds_a_measure_of_another_kind(pipeline):
    sanctions = of_type(ingest_text(pipeline, BAMAKO_REPLY, date(2022, 1, 10)), "SANCTION")
    assert len(sanctions) == 2, [(e.mode, e.evidence[0].sentence) for e in sanctions]
    closure = next(e for e in sanctions if e.mode == "discontinue")
    assert told_in(closure, "closed its own borders")


ECOWAS_NIGER = (
    "ABUJA, July 31 (West Africa Wire) - West African leaders on Sunday closed the borders of "
    "member states with Niger and suspended all commercial and financial transactions with the "
    "country, four days after soldiers detained President Mohamed Bazoum."
)


def test_two_measures_of_one_kind_stay_one_sanction(pipeline):
    sanctions = of_type(ingest_text(pipeline, ECOWAS_NIGER, date(2023, 7, 31)), "SANCTION")
    assert len(sanctions) == 1, [(e.mode, e.evidence[0].sentence) for e in sanctions]


RANN = (
    "MAIDUGURI, Nigeria, Oct 16 (West Africa Wire) - In March, Islamic State fighters raided the "
    "town of Rann in Borno state, killing three aid workers and abducting three women who "
    "worked for aid agencies."
)


def test_a_raid_with_killings_is_one_attack_and_the_abduction_another(pipeline):
    events = ingest_text(pipeline, RANN, date(2018, 10, 16))
    assert not of_type(events, "COERCE"), [(e.type, e.mode) for e in events]
    attacks = of_type(events, "ASSAULT")
    assert sorted(e.mode or "" for e in attacks) == ["", "abduct"], [
        (e.mode, [s.text for v in e.evidence for s in v.spans]) for e in attacks
    ]


NONDIN = (
    "OUAGADOUGOU, April 25 (West Africa Wire) - Soldiers killed at least 44 people in the village "
    "of Nondin on 25 February, survivors told investigators. The soldiers went from house to "
    "house, rounded up villagers in groups and opened fire on them."
)


def test_a_round_up_before_the_shooting_is_the_massacre(pipeline):
    events = ingest_text(pipeline, NONDIN, date(2024, 4, 25))
    assert not of_type(events, "COERCE"), [(e.type, e.evidence[0].sentence) for e in events]
    assert len(of_type(events, "ASSAULT")) == 1


METELE = (
    "MAIDUGURI, Nigeria, Nov 22 (West Africa Wire) - Islamic State fighters overran a military "
    "base in Metele, in Borno state, on Sunday, killing at least 23 soldiers. Islamic State "
    "West Africa Province claimed the attack and said it had seized weapons and vehicles."
)


def test_weapons_seized_in_an_attack_are_the_attack(pipeline):
    events = ingest_text(pipeline, METELE, date(2018, 11, 22))
    assert not of_type(events, "COERCE"), [(e.type, e.evidence[0].sentence) for e in events]
    attacks = of_type(events, "ASSAULT")
    assert len(attacks) == 1 and told_in(attacks[0], "seized weapons")


PENDJARI = (
    "COTONOU, Dec 3 (West Africa Wire) - Gunmen attacked an army position near Porga early on "
    "Thursday, killing two soldiers. Porga lies on the edge of the Pendjari National Park, where "
    "gunmen abducted two French tourists in May 2019 and killed their Beninese guide."
)


def test_a_killing_coordinated_with_an_abduction_is_its_own_act_of_that_date(pipeline):
    attacks = of_type(ingest_text(pipeline, PENDJARI, date(2021, 12, 3)), "ASSAULT")
    told = [(e.mode, e.date_label, [s.text for v in e.evidence for s in v.spans]) for e in attacks]
    in_2019 = [e for e in attacks if e.date_label == "2019-05"]
    assert sorted(e.mode or "" for e in in_2019) == ["", "abduct"], told


def test_a_raid_on_a_village_is_an_attack_and_its_killing_and_abduction_are_two(code):
    events = code(
        "Gunmen raided the village of Rann on Monday, killing three aid workers and abducting "
        "three women working for aid agencies.",
        published=date(2018, 3, 3),
    )
    attacks = of_type(events, "ASSAULT")
    assert sorted((e.mode or "", e.dead or 0) for e in attacks) == [("", 3), ("abduct", 0)]
    assert of_type(events, "COERCE") == []


def test_a_killing_that_ends_a_hostage_taking_is_part_of_it(code):
    events = code(
        "Gunmen stormed the Radisson Blu hotel in Bamako on Friday and held about 170 guests "
        "hostage for several hours, killing at least 20 people.",
        published=date(2015, 11, 21),
    )
    (siege,) = of_type(events, "ASSAULT")
    assert siege.dead == 20


def test_police_raiding_a_party_headquarters_search_it(code):
    events = code(
        "Police raided the headquarters of the opposition party in Bamako on Monday.",
        published=date(2023, 3, 8),
    )
    (search,) = of_type(events, "COERCE")
    assert search.mode == "seize"
    assert of_type(events, "ASSAULT") == []


def test_a_holding_and_the_detention_that_began_it_are_one_act(code):
    events = code(
        "Bazoum has been held at the presidential palace in Niamey since Wednesday, when "
        "members of his guard detained him.",
        published=date(2023, 7, 30),
    )
    (detention,) = of_type(events, "COERCE")
    assert detention.mode == "arrest"
    assert detention.date_start == date(2023, 7, 26)
    assert detention.status.value == "occurred"


def test_deaths_from_floods_or_disease_are_no_one_s_act(code):
    for text in (
        "Floods killed 12 people in Niamey on Monday.",
        "The floods claimed 12 lives in Niamey on Monday.",
        "A cholera outbreak has killed 30 people in Maiduguri since August.",
    ):
        assert of_type(code(text, published=date(2023, 7, 30)), "ASSAULT") == [], text
