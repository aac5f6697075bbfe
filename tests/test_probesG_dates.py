"""Dates found wrong by probes: "overnight", "N days after the attack on the post", and the
year of a superlative's comparison ("the deadliest attack since 2015")."""

from __future__ import annotations

from datetime import date

from .conftest import GOLD_DIR, code_french, ingest_text, need_french, of_type

PUBLISHED = date(2024, 3, 6)  # a Wednesday


def _dates(events, type_="ASSAULT"):
    return [(e.date_start, e.date_precision) for e in of_type(events, type_)]


def test_overnight_is_the_night_before_publication_not_the_lead_day(code):
    events = code(
        "Soldiers killed five militants near Diapaga on Sunday, the army said.\n\n"
        "Gunmen attacked the village of Tawori overnight, killing 12 civilians, a local "
        "official said."
    )
    assert [d for d, _ in _dates(events)] == [date(2024, 3, 3), date(2024, 3, 5)]


def test_overnight_on_a_weekday_is_that_day(code):
    events = code(
        "Gunmen stormed the village of Tawori overnight on Saturday and shot residents, "
        "survivors said."
    )
    assert [d for d, _ in _dates(events)] == [date(2024, 3, 2)]


def test_overnight_after_a_day_of_the_paragraph_is_that_days_night(code):
    events = code(
        "Troops reached Diapaga on Sunday, the army said.\n\n"
        "On Monday, soldiers arrested ten suspects in Tawori. Gunmen attacked the village "
        "overnight, killing 12 civilians."
    )
    assert [d for d, _ in _dates(events)] == [date(2024, 3, 4)]


def test_days_after_the_attack_on_the_post_count_from_that_attack(code):
    events = code(
        "Jihadists attacked a military post in Koutougou on 3 March, killing 20 soldiers.\n\n"
        "On 10 March, gunmen killed eight traders near Djibo.\n\n"
        "Two days after the attack on the post, the army launched air strikes on jihadist "
        "camps near Koutougou.",
        date(2024, 3, 12),
    )
    assert [d for d, _ in _dates(events)] == [date(2024, 3, 3), date(2024, 3, 10), date(2024, 3, 5)]


def test_deadliest_attack_since_a_year_is_not_dated_by_that_year(code):
    events = code(
        "Jihadists killed 20 soldiers in Koutougou on Tuesday, the army said.\n\n"
        "The attack, the deadliest since the start of the insurgency in 2015, also wounded "
        "dozens of soldiers."
    )
    assert all(d is None or d.year == 2024 for d, _ in _dates(events))


@need_french
def test_french_deadliest_since_a_year_is_not_the_attacks_date():
    for text in [
        "Des jihadistes ont tué 20 soldats à Koutougou, l'attaque la plus meurtrière depuis 2015.",
        "L'attaque, la plus meurtrière depuis le début de l'insurrection en 2015, a tué 20 "
        "soldats à Koutougou.",
    ]:
        events = code_french(text, PUBLISHED)
        assert of_type(events, "ASSAULT")
        assert all(e.date_start is None or e.date_start.year != 2015 for e in events), text


def test_leader_claiming_the_abduction_in_a_video_is_the_abduction_told(code):
    events = code(
        "Boko Haram fighters abducted 276 schoolgirls from their school in Chibok on the night "
        "of 14 April.\n\n"
        "On Monday, the group's leader, Abubakar Shekau, released a video in which he claimed "
        "the abduction and threatened to sell the girls.",
        date(2014, 5, 8),
    )
    abductions = of_type(events, "ASSAULT")
    assert [(e.mode, e.date_start) for e in abductions] == [("abduct", date(2014, 4, 14))]


def test_abduction_in_a_relative_clause_folds_into_the_one_told_a_month_before(pipeline):
    # "brought back most of the schoolgirls they abducted from a boarding school in Dapchi"
    # (dated by its main clause, 21 March), then the abduction told with its day, 19 February
    raw = (GOLD_DIR / "dev" / "dapchi-girls-return.txt").read_text()
    events = ingest_text(pipeline, raw, date(2018, 3, 22))
    dapchi = [
        e
        for e in of_type(events, "ASSAULT")
        if e.mode == "abduct" and e.place is not None and e.place.name == "Dapchi"
    ]
    assert [e.date_start for e in dapchi] == [date(2018, 2, 19)]
