"""Which date an event gets: attachment to its clause, dates shared between clauses, and dates
lent by the discourse (docs/dates.md, "Which event a date belongs to").

The sentences report real events, published on the day the real reports were.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.dates import find_date_spans
from crisisdesk.evaluation.gold import GoldEvent
from crisisdesk.evaluation.score import match_document
from crisisdesk.model import DatePrecision, Event, Evidence, Span, Status


def dated(events: list[Event], type_: str) -> list[str]:
    """The date labels of the events of one type, in output order."""
    return [e.date_label for e in events if e.type == type_]


# -- the date of the clause the event belongs to ---------------------------------------------


def test_a_reported_plan_is_dated_by_the_report_read_in_the_past(code) -> None:
    # "on Thursday" dates "said" (past): 27 January 2022, not the Thursday after the report.
    # The announcement of its own withdrawal is coded as the concession it makes.
    events = code(
        "Denmark said on Thursday that it would bring its troops home.", date(2022, 1, 31)
    )
    assert dated(events, "CONCEDE") == ["2022-01-27"]


def test_a_month_of_an_announcement_is_not_next_year(code) -> None:
    text = (
        "In February, France and its European partners announced that they would pull their "
        "troops out of Mali."
    )
    # the announcement of their own withdrawal is coded as the concession it makes
    assert dated(code(text, date(2022, 8, 15)), "CONCEDE") == ["2022-02"]


def test_a_subject_gerund_takes_its_verbs_date(code) -> None:
    text = "Fighting between the army and the rebels resumed in August."
    assert dated(code(text, date(2023, 11, 15)), "ASSAULT") == ["2023-08"]


def test_a_participle_describing_the_attack_dates_it(code) -> None:
    text = (
        "The Secretary-General strongly condemns the attack carried out this morning against "
        "a camp of MINUSMA in Aguelhok, in the Kidal region, in which ten peacekeepers from "
        "Chad were killed."
    )
    events = [e for e in code(text, date(2019, 1, 20)) if e.type == "ASSAULT"]
    assert events and all(e.date_label == "2019-01-20" for e in events)


def test_a_causative_verbs_date_is_the_caused_events(code) -> None:
    text = (
        "Colonel Assimi Goïta had soldiers detain the transitional president, Bah Ndaw, on 24 May."
    )
    assert dated(code(text, date(2021, 5, 31)), "COERCE") == ["2021-05-24"]


def test_a_participial_adjunct_happens_when_its_main_clause_does(code) -> None:
    text = (
        "The attackers surrounded the village of Ogossagou at dawn on Saturday, shooting "
        "residents and setting fire to huts."
    )
    events = [e for e in code(text, date(2019, 3, 25)) if e.type == "ASSAULT"]
    assert events and all(e.date_label == "2019-03-23" for e in events)


def test_a_when_clause_happens_at_its_main_clauses_date(code) -> None:
    text = (
        "Damiba himself came to power in January, when he ousted President Roch Marc "
        "Christian Kaboré, accusing him of failing to contain the jihadist insurgency."
    )
    events = code(text, date(2022, 10, 3))
    assert dated(events, "ACCUSE") == ["2022-01"]
    assert events and all(e.date_label == "2022-01" for e in events)


def test_a_when_clause_after_a_date_is_dated_by_it(code) -> None:
    text = (
        "It was the most serious attack near the capital since July 2022, when jihadists "
        "attacked the Kati military camp."
    )
    assert "2022-07" in dated(code(text, date(2024, 9, 17)), "ASSAULT")


def test_an_ongoing_fight_starts_when_what_it_fights_began(code) -> None:
    text = "Burkina Faso has been fighting a jihadist insurgency that spread from Mali in 2015."
    event = next(e for e in code(text, date(2024, 8, 26)) if e.type == "ASSAULT")
    assert event.date_label == "2015"
    assert event.date_precision == DatePrecision.YEAR


def test_a_contrasting_while_clause_does_not_share_the_reports_date() -> None:
    from crisisdesk.events.grammar import word_set

    assert "while" not in word_set("simultaneity_marks")


def test_a_planned_deadline_in_wire_style_is_a_day(code) -> None:
    text = "The mission, MINUSMA, is due to complete its withdrawal from Mali by Dec. 31."
    event = next(e for e in code(text, date(2023, 11, 15)) if e.type == "RETREAT")
    assert event.status == Status.PLANNED
    assert event.date_label == "2023-12-31"


def test_an_abbreviated_month_with_a_day_is_found_after_any_preposition() -> None:
    text = "It must leave by Dec. 31, and in August 15 soldiers were killed."
    assert [text[a:b] for a, b in find_date_spans(text)] == ["by Dec. 31", "in August"]


# -- dates the discourse lends ---------------------------------------------------------------


def test_a_reaction_takes_the_day_of_the_news_not_of_the_massacre(code) -> None:
    text = (
        "A report published on Friday by the UN human rights office found that Malian troops "
        "and foreign military personnel killed at least 500 people in the village of Moura "
        "between 27 and 31 March 2022.\n\n"
        "Mali's transitional authorities rejected the report."
    )
    events = code(text, date(2023, 5, 15))
    assert dated(events, "REJECT") == ["2023-05-12"]
    assert dated(events, "ASSAULT")[0].startswith("2022-03")


def test_a_denial_of_the_attack_takes_the_attacks_date(code) -> None:
    text = (
        "Mali's government said on Sunday that it had dissolved the Dogon militia Dan Na "
        "Ambassagou, a day after gunmen killed at least 134 Fulani villagers in Ogossagou.\n\n"
        "Dan Na Ambassagou denied carrying out the attack."
    )
    denied = [e for e in code(text, date(2019, 3, 25)) if e.status == Status.NEGATED]
    assert [e.date_label for e in denied] == ["2019-03-23"]


def test_the_present_perfect_is_news_of_the_report_not_of_the_year_before(code) -> None:
    text = (
        "The military governments of Mali, Burkina Faso and Niger signed a mutual defence "
        "pact on Saturday.\n\n"
        "French troops left Mali in 2022. In Niger, the junta has demanded that France "
        "withdraw its soldiers."
    )
    events = code(text, date(2023, 9, 16))
    assert dated(events, "RETREAT") == ["2022"]
    assert dated(events, "REQUEST") == ["2023-09-16"]


def test_an_ongoing_lead_lends_its_day(code) -> None:
    text = (
        "The military governments of Mali, Burkina Faso and Niger announced on Sunday that "
        "they were withdrawing from the Economic Community of West African States.\n\n"
        "In a joint statement, the juntas accused ECOWAS of failing to help them fight "
        "jihadist groups."
    )
    assert dated(code(text, date(2024, 1, 28)), "ACCUSE") == ["2024-01-28"]


# -- scoring in document order ---------------------------------------------------------------


def test_events_of_one_sentence_are_matched_in_the_order_of_their_triggers() -> None:
    """The store lists events by date; gold matches them in document order."""
    sentence = (
        "United Nations peacekeepers left their camp in Kidal on 31 October as part of the "
        "withdrawal, which the Security Council ordered in June."
    )

    def event(type_: str, trigger: str, day: date) -> Event:
        start = sentence.index(trigger)
        span = Span(role="trigger", start=start, end=start + len(trigger), text=trigger)
        evidence = Evidence(
            article_id="a",
            sentence=sentence,
            sentence_start=0,
            sentence_end=len(sentence),
            spans=[span],
        )
        return Event(id=trigger, article_id="a", type=type_, date_start=day, evidence=[evidence])

    ordered_by_date = [
        event("SANCTION", "ordered", date(2023, 6, 1)),
        event("RETREAT", "left", date(2023, 10, 31)),
    ]
    gold = [
        GoldEvent(type=["RETREAT", "SANCTION"], evidence="peacekeepers left their camp"),
        GoldEvent(type=["SANCTION", "RETREAT"], evidence="the Security Council ordered in June"),
    ]
    pairs = match_document(gold, ordered_by_date).pairs
    assert [(index, e.type) for index, e in pairs] == [(0, "RETREAT"), (1, "SANCTION")]


# -- tolls reported later --------------------------------------------------------------------


def test_a_possessive_weekday_dates_the_attack_not_the_revision(code) -> None:
    # The toll was revised on Wednesday 12 June 2019; the attack was on Sunday 9 June.
    events = code(
        "The government on Wednesday revised the death toll from Sunday's attack on the "
        "village of Sobane Da to 35.",
        date(2019, 6, 13),
    )
    attack = [e for e in events if e.type == "ASSAULT"]
    assert [(e.date_label, e.dead) for e in attack] == [("2019-06-09", 35)]


def test_a_possessive_date_keeps_no_preposition() -> None:
    text = "revised the toll from Sunday's attack"
    assert [text[s:e] for s, e in find_date_spans(text)] == ["Sunday"]


def test_a_year_naming_an_agreement_does_not_date_its_ending(code) -> None:
    events = code(
        "Mali's military government announced on Thursday that it was ending the 2015 Algiers "
        "peace agreement with the separatist groups of the north.",
        date(2024, 1, 26),
    )
    assert dated(events, "SANCTION") == ["2024-01-25"]


def test_a_when_clause_after_a_named_year_takes_that_year(code) -> None:
    events = code(
        "Mali's north has been unstable since the 2012 rebellion, when Tuareg separatists and "
        "jihadists took control of the region.",
        date(2024, 1, 26),
    )
    assert dated(events, "ASSAULT") == ["2012"]


def test_killings_in_an_attack_take_the_attacks_date(code) -> None:
    events = code(
        "Eighty-nine soldiers were killed in last Thursday's attack on an army camp in "
        "Chinegodar, security sources said on Sunday.",
        date(2020, 1, 13),
    )
    assert dated(events, "ASSAULT") == ["2020-01-09"]


def test_an_opening_participle_dates_its_main_clause(code) -> None:
    events = code(
        "Meeting in Accra on Sunday, West African leaders imposed sanctions on Mali.",
        date(2022, 1, 12),
    )
    assert dated(events, "SANCTION") == ["2022-01-09"]


def test_a_means_gerund_takes_its_clauses_date_and_the_ordered_act_is_not_coded(code) -> None:
    # The expulsion is the event; the ambassador's leaving is what it orders.
    events = code(
        "Germany responded on Monday by ordering Chad's ambassador in Berlin to leave the "
        "country within 48 hours.",
        date(2023, 4, 11),
    )
    assert [(e.type, e.date_label) for e in events] == [("SANCTION", "2023-04-10")]


def test_a_promise_in_a_second_conjunct_is_the_speakers_own(code) -> None:
    events = code(
        "France said on 25 January that it would respect the request and withdraw its troops "
        "within a month.",
        date(2023, 1, 26),
    )
    assert dated(events, "CONCEDE") == ["2023-01-25"]
