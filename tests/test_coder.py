"""The event coder on sentences an analyst would code by hand (written for these tests)."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import only

PUBLISHED = date(2023, 12, 30)  # a Saturday


def ids(actors) -> set[str]:
    return {a.id for a in actors}


def test_planned_withdrawal_on_sunday_is_the_coming_sunday(code) -> None:
    events = code("The UN mission in Mali (MINUSMA) is set to conclude its withdrawal on Sunday.")
    event = only(events, "RETREAT")
    assert event.status == Status.PLANNED
    assert event.date_label == "2023-12-31"
    assert ids(event.actors) == {"minusma"}


def test_past_sunday_is_the_sunday_before(code) -> None:
    event = only(code("Jihadists attacked an army post near Boni on Sunday."), "ASSAULT")
    assert event.date_label == "2023-12-24"
    assert event.place is not None and event.place.admin1 == "ML-5"


def test_passive_participle_victims_and_death_toll(code) -> None:
    text = "Minusma, with 310 peacekeepers killed, became the UN's second deadliest mission."
    event = only(code(text), "ASSAULT")
    assert event.dead == 310
    assert ids(event.recipients) == {"minusma"}
    assert event.actors == []


def test_fighting_between_two_parties_makes_both_actors(code) -> None:
    text = (
        "In northern Mali, fighting erupted again in August between separatists and "
        "government troops."
    )
    event = only(code(text), "ASSAULT")
    assert ids(event.actors) == {"MLI-REB", "MLI-MIL"}
    assert event.recipients == []
    assert event.date_label == "2023-08"
    assert event.acled_sub_event_type == "Armed clash"


def test_one_sided_violence_perpetrator_and_victims(code) -> None:
    text = "Gunmen killed at least 130 civilians in the village of Solhan in June 2021."
    event = only(code(text), "ASSAULT")
    assert [a.sector.value for a in event.actors] == ["UAG"]
    assert [a.sector.value for a in event.recipients] == ["CVL"]
    assert event.dead == 130
    assert event.place is not None and event.place.name == "Solhan"
    assert event.date_label == "2021-06"


def test_suspension_from_a_bloc_with_a_list_of_members(code) -> None:
    text = (
        "Mali, along with Guinea, Niger, and Burkina Faso, faces suspension from the "
        "Economic Community of West African States (ECOWAS) due to military coups."
    )
    event = only(code(text), "SANCTION")
    assert ids(event.actors) == {"ecowas"}
    assert ids(event.recipients) == {"MLI", "GIN", "NER", "BFA"}


def test_founding_an_alliance_is_coded_for_its_members(code) -> None:
    text = (
        "In response, the Alliance of Sahel States was formed in September, comprising Mali, "
        "Niger, and Burkina Faso."
    )
    event = next(e for e in code(text) if e.type in {"AGREE", "COOPERATE"})
    assert ids(event.actors) == {"MLI", "NER", "BFA"}
    assert event.date_label == "2023-09"


def test_background_history_keeps_its_own_year(code) -> None:
    events = code("France's decision to withdraw troops in the preceding year shocked Bamako.")
    event = only(events, "RETREAT")
    assert ids(event.actors) == {"FRA"}
    assert event.date_label == "2022"


def test_coups_in_two_years_are_two_events(code) -> None:
    events = code("Mali experienced military coups in 2020 and 2021.")
    coups = sorted(e.date_label for e in events if e.type == "COERCE")
    assert coups == ["2020", "2021"]


def test_denied_attack_is_negated_not_a_rejection(code) -> None:
    text = (
        "Gunmen killed 20 villagers in Ogossagou on Saturday. "
        "Dan Na Ambassagou denied carrying out the attack."
    )
    events = code(text)
    assert not [e for e in events if e.type == "REJECT"]
    negated = [e for e in events if e.status == Status.NEGATED]
    assert negated and negated[0].type == "ASSAULT"


def test_demand_is_coded_not_its_content(code) -> None:
    events = code("The junta demanded that France withdraw its soldiers from Niger.")
    assert [e.type for e in events] == ["REQUEST"]
    assert ids(events[0].recipients) == {"FRA"}


def test_threat_is_coded_as_threaten_not_as_the_threatened_act(code) -> None:
    events = code("ECOWAS threatened to use force against the soldiers who seized power in Niamey.")
    types = {e.type for e in events}
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_a_sentence_without_an_event_yields_nothing(code) -> None:
    text = (
        "Mali is a landlocked country in West Africa. The Niger River flows through Timbuktu "
        "and Gao before entering Niger."
    )
    assert code(text) == []


def test_purpose_is_not_an_event(code) -> None:
    text = (
        "MINUSMA was established by the Security Council in April 2013 "
        "to support the political process."
    )
    assert "SUPPORT" not in {e.type for e in code(text)}


def test_headings_are_not_coded(pipeline) -> None:
    from crisisdesk.model import SourceDocument
    from crisisdesk.pipeline import build_article

    raw = (
        "Withdrawal of French Forces\n\n"
        "Analysts in Bamako said the security situation remained fragile in the centre of the "
        "country, where the army has struggled to hold territory."
    )
    article, _ = build_article(SourceDocument(origin="t.txt", raw=raw, format="text"))
    assert [h.text for h in article.headings] == ["Withdrawal of French Forces"]
    assert pipeline.analyse([article])[0].events == []


def test_same_event_twice_in_a_document_is_one_event_with_two_evidences(code) -> None:
    text = (
        "France withdrew its last troops from Mali on 15 August 2022. "
        "Residents of Gao watched the convoys leave. "
        "France withdrew its last troops from Mali on 15 August 2022, the army said."
    )
    retreats = [e for e in code(text) if e.type == "RETREAT"]
    assert len(retreats) == 1
    assert len(retreats[0].evidence) == 2


def test_evidence_spans_point_into_the_body(code) -> None:
    text = (
        "Jihadists from JNIM attacked a military camp in Boulkessi on 1 June 2023, "
        "killing 14 soldiers."
    )
    events = code(text)
    event = only(events, "ASSAULT")
    roles = {s.role for s in event.evidence[0].spans}
    assert {"trigger", "actor", "place", "date"} <= roles
    for span in event.evidence[0].spans:
        assert text[span.start : span.end] == span.text
    assert ids(event.actors) == {"jnim"}
    assert event.date_label == "2023-06-01"


def test_undated_document_gives_no_invented_date(code) -> None:
    event = only(
        code("Jihadists attacked an army post near Boni on Sunday.", published=None), "ASSAULT"
    )
    assert event.date_start is None


def test_an_acronym_defined_in_the_text_names_one_actor(code) -> None:
    text = (
        "The Movement for Peace in the Liptako (MPL) attacked a convoy near Ansongo on Monday. "
        "The MPL later said it had abducted two drivers."
    )
    events = code(text)
    attack = next(e for e in events if e.type == "ASSAULT" and e.mode != "abduct")
    abduction = next(e for e in events if e.mode == "abduct")
    assert attack.actors[0].name == "Movement for Peace in the Liptako"
    assert attack.actors[0].matches("MPL")
    assert abduction.actors[0].id == attack.actors[0].id
    assert abduction.abducted == 2


def test_a_day_after_counts_back_from_the_main_clause(code) -> None:
    text = (
        "Mali's government said on Sunday that it had dissolved the militia, a day after "
        "gunmen killed at least 134 villagers in Ogossagou."
    )
    killing = only(code(text, published=date(2019, 3, 25)), "ASSAULT")
    assert killing.date_label == "2019-03-23"
    assert killing.dead == 134


def test_agreeing_to_step_down_is_a_concession(code) -> None:
    events = code("Lieutenant-Colonel Damiba agreed to step down on Sunday.", date(2022, 10, 3))
    assert [e.type for e in events] == ["CONCEDE"]
    assert events[0].status == Status.OCCURRED  # the promise was made
    assert events[0].date_label == "2022-10-02"


def test_an_attack_on_a_held_place_has_its_holder_as_recipient(code) -> None:
    event = only(
        code("Malian soldiers entered the rebel-held town of Kidal on Tuesday."), "ASSAULT"
    )
    assert [a.sector.value for a in event.recipients] == ["REB"]
    assert event.place is not None and event.place.admin1 == "ML-8"


def test_set_for_a_date_is_planned_and_the_departure_refers_back(code) -> None:
    text = (
        "The junta ordered MINUSMA to leave the country. "
        "The final departure date is set for mid-November."
    )
    departure = next(
        e
        for e in code(text, date(2023, 8, 1))
        if e.type == "RETREAT" and "departure" in e.evidence[0].sentence
    )
    assert departure.status == Status.PLANNED
    assert departure.date_label == "2023-11"
    assert ids(departure.actors) == {"minusma"}
