"""The gold format reader and the scorer, rule by rule (docs/evaluation.md)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from crisisdesk.evaluation import (
    GoldDocument,
    GoldEvent,
    GoldFormatError,
    gold_source_document,
    load_gold,
    render_table,
    report_json,
)
from crisisdesk.evaluation.score import bcubed, date_correct, score
from crisisdesk.model import (
    Actor,
    Article,
    DatePrecision,
    DocumentResult,
    Event,
    Evidence,
    Place,
    Status,
    article_id,
)

SHARED_GOLD = Path(__file__).parents[1] / ".." / "shared" / "gold" / "plover-gsr"

BODY = (
    "Gunmen killed 12 soldiers near Gao on Sunday, the army said. "
    "MINUSMA is set to conclude its withdrawal on Sunday. "
    "Niger recalled its ambassador from Paris."
)
SENTENCES = [
    "Gunmen killed 12 soldiers near Gao on Sunday, the army said.",
    "MINUSMA is set to conclude its withdrawal on Sunday.",
    "Niger recalled its ambassador from Paris.",
]

MINUSMA = Actor(id="minusma", name="MINUSMA", aliases=["UN mission in Mali"])
MALI_ARMY = Actor(id="MLI-MIL", name="Armed Forces of Mali", aliases=["FAMa"], country="MLI")
MALI = Actor(id="MLI", name="Mali", qid="Q912", country="MLI")
JNIM = Actor(id="jnim", name="JNIM")


def system_event(number: int, event_type: str, sentence: int, **fields: object) -> Event:
    """A system event citing sentence ``sentence`` of BODY."""
    start = BODY.index(SENTENCES[sentence])
    evidence = Evidence(
        article_id="a",
        sentence=SENTENCES[sentence],
        sentence_start=start,
        sentence_end=start + len(SENTENCES[sentence]),
    )
    return Event(id=f"e{number}", article_id="a", type=event_type, evidence=[evidence], **fields)


def result(*events: Event, body: str = BODY) -> DocumentResult:
    return DocumentResult(article=Article(id=article_id(body), body=body), events=list(events))


def gold_doc(
    doc_id: str = "d1", events: list[dict] | None = None, **fields: object
) -> GoldDocument:
    return GoldDocument.model_validate(
        {"id": doc_id, "text": BODY, "events": events or [], **fields}
    )


ASSAULT = {"type": "ASSAULT", "evidence": "gunmen killed 12   SOLDIERS"}  # folded on match
RETREAT = {"type": "RETREAT", "evidence": "set to conclude its withdrawal"}


# -- reading gold files ----------------------------------------------------------------------


def write_lines(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_load_gold_resolves_paths_against_the_gold_folder(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.html").write_text("<p>Coup in Niamey.</p>", encoding="utf-8")
    gold = write_lines(
        tmp_path / "gold.jsonl",
        [
            {"id": "one", "path": "articles/one.html", "published": "2023-07-26"},
            "",
            {"id": "two", "text": "Plain text.", "events": []},
        ],
    )
    docs = load_gold(gold)
    assert [doc.id for doc in docs] == ["one", "two"]
    assert Path(docs[0].path) == (tmp_path / "articles" / "one.html").resolve()
    assert docs[0].published == date(2023, 7, 26)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('{"id": "x", "text": "t"', "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ({"id": "x"}, "exactly one of 'path' and 'text'"),
        ({"id": "x", "text": "t", "path": "p.txt"}, "exactly one of 'path' and 'text'"),
        ({"id": "x", "text": "t", "evnts": []}, "evnts"),
        ({"id": "x", "text": "t", "events": [{"type": "ATTACK", "evidence": "e"}]}, "ATTACK"),
        ({"id": "x", "text": "t", "events": [{"type": "AID"}]}, "evidence"),
        (
            {
                "id": "x",
                "text": "t",
                "events": [{**RETREAT, "date": "2023-09", "date_precision": "day"}],
            },
            "precision",
        ),
        ({"id": "x", "text": "t", "events": [{**RETREAT, "date": "2023-02-30"}]}, "day"),
        ({"id": "x", "text": "t", "events": [{**RETREAT, "country": "ML"}]}, "country"),
        ({"id": "x", "path": "absent.html"}, "not found"),
    ],
)
def test_malformed_gold_names_file_line_and_problem(
    tmp_path: Path, line: object, problem: str
) -> None:
    gold = write_lines(tmp_path / "bad.jsonl", [{"id": "fine", "text": "ok"}, line])
    with pytest.raises(GoldFormatError) as caught:
        load_gold(gold)
    assert f"{gold}:2:" in str(caught.value)
    assert problem in str(caught.value)


def test_repeated_id_is_refused(tmp_path: Path) -> None:
    gold = write_lines(tmp_path / "g.jsonl", [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}])
    with pytest.raises(GoldFormatError, match="line 1"):
        load_gold(gold)


def test_date_precision_is_taken_from_the_date_form() -> None:
    assert GoldEvent(**RETREAT, date="2023").date_precision == DatePrecision.YEAR
    assert GoldEvent(**RETREAT, date="2023-09").date_precision == DatePrecision.MONTH
    assert GoldEvent(**RETREAT, date="2023-09-04").date_precision == DatePrecision.DAY
    week = GoldEvent(**RETREAT, date="2023-09-04", date_precision="week")
    assert week.date_precision == DatePrecision.WEEK


def test_gold_source_document_detects_format_and_passes_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text("<div>Attack in Gao</div>", encoding="utf-8")
    from_file = GoldDocument(id="p", path=str(page), outlet="Daily", published=date(2024, 1, 2))
    source = gold_source_document(from_file, tmp_path)
    assert (source.origin, source.format, source.outlet) == ("p", "html", "Daily")
    assert source.raw == "<div>Attack in Gao</div>"
    assert source.published == date(2024, 1, 2)
    relative = GoldDocument(id="r", path="page.htm")
    assert gold_source_document(relative, tmp_path).raw == source.raw
    doctype = GoldDocument(id="h", text="  <!DOCTYPE html><html><p>x</p></html>")
    assert gold_source_document(doctype, tmp_path).format == "html"
    plain = GoldDocument(id="t", text="Attack in Gao.", language="en", url="https://e.org/t")
    text_source = gold_source_document(plain, tmp_path)
    assert (text_source.format, text_source.language, text_source.url) == (
        "text",
        "en",
        "https://e.org/t",
    )


def test_shared_plover_gold_file_loads() -> None:
    gold = SHARED_GOLD / "plover-gsr.gold.jsonl"
    if not gold.exists():
        pytest.skip(f"shared gold file absent: {gold}")
    docs = load_gold(gold)
    assert len(docs) == 322
    assert sum(len(doc.events) for doc in docs) == 334
    assert all(gold_source_document(doc, gold.parent).format == "text" for doc in docs)


# -- event matching --------------------------------------------------------------------------


def test_matching_counts_tp_fp_fn_with_folded_evidence() -> None:
    gold = [gold_doc(events=[ASSAULT, RETREAT])]
    found = result(
        system_event(1, "ASSAULT", 0),  # matches, despite spacing and case of gold evidence
        system_event(2, "SANCTION", 2),  # nothing in gold: false positive
    )
    report = score(gold, {"d1": found})
    events = report.events
    assert (events.tp, events.fp, events.fn, events.duplicates) == (1, 1, 1, 0)
    assert events.precision == pytest.approx(0.5)
    assert events.recall == pytest.approx(0.5)
    assert events.f1 == pytest.approx(0.5)
    assert report.gold_events == 2 and report.system_events == 2


def test_duplicates_are_counted_apart_not_as_false_positives() -> None:
    gold = [gold_doc(events=[ASSAULT])]
    found = result(system_event(1, "ASSAULT", 0), system_event(2, "ASSAULT", 0))
    events = score(gold, {"d1": found}).events
    assert (events.tp, events.fp, events.fn, events.duplicates) == (1, 0, 0, 1)
    assert events.precision == 1.0


def test_wrong_type_is_a_miss_but_an_untyped_match() -> None:
    gold = [gold_doc(events=[ASSAULT])]
    events = score(gold, {"d1": result(system_event(1, "COERCE", 0))}).events
    assert (events.tp, events.fp, events.fn) == (0, 1, 1)
    assert (events.untyped.tp, events.untyped.fp, events.untyped.fn) == (1, 0, 0)
    assert events.untyped.f1 == 1.0


def test_type_list_accepts_any_listed_type_and_counts_under_the_chosen_one() -> None:
    gold = [gold_doc(events=[{"type": ["COERCE", "ASSAULT"], "evidence": "killed 12 soldiers"}])]
    events = score(gold, {"d1": result(system_event(1, "ASSAULT", 0))}).events
    assert events.tp == 1
    assert set(events.by_type) == {"ASSAULT"}
    assert events.by_type["ASSAULT"].support == 1
    missed = score(gold, {"d1": result()}).events
    assert missed.by_type["COERCE"].fn == 1  # unmatched: under the preferred (first) type


def test_evidence_list_and_any_cited_sentence_match() -> None:
    gold = [gold_doc(events=[{"type": "RETREAT", "evidence": ["pulls out", "its withdrawal"]}])]
    event = system_event(1, "RETREAT", 0)
    event.evidence.append(system_event(9, "RETREAT", 1).evidence[0])
    assert score(gold, {"d1": result(event)}).events.tp == 1


def test_evidence_must_be_in_the_cited_sentence_not_elsewhere_in_the_document() -> None:
    gold = [gold_doc(events=[RETREAT])]
    events = score(gold, {"d1": result(system_event(1, "RETREAT", 0))}).events
    assert (events.tp, events.fp, events.fn) == (0, 1, 1)


def test_greedy_matching_takes_system_events_in_text_order() -> None:
    # The first gold event could take either system event; taken in the order of their
    # evidence in the text (not the order the system listed them), it takes the one citing
    # sentence 0 and leaves the one citing sentence 2 for the second gold event.
    gold = [
        gold_doc(
            events=[
                {"type": "ASSAULT", "evidence": ["recalled its ambassador", "killed 12"]},
                {"type": "ASSAULT", "evidence": "recalled its ambassador"},
            ]
        )
    ]
    listed_first, cited_first = system_event(1, "ASSAULT", 2), system_event(2, "ASSAULT", 0)
    report = score(gold, {"d1": result(listed_first, cited_first)})
    assert (report.events.tp, report.events.fn, report.events.duplicates) == (2, 0, 0)


def test_per_type_figures_and_missing_documents() -> None:
    gold = [gold_doc(events=[ASSAULT, RETREAT]), gold_doc("d2", events=[ASSAULT])]
    report = score(gold, {"d1": result(system_event(1, "ASSAULT", 0), system_event(2, "AID", 1))})
    assault = report.events.by_type["ASSAULT"]
    assert (assault.tp, assault.fp, assault.fn, assault.support) == (1, 0, 1, 2)
    assert assault.recall == pytest.approx(0.5)
    assert report.events.by_type["AID"].precision == 0.0
    assert report.events.by_type["RETREAT"].recall == 0.0
    assert report.missing_documents == ["d2"]
    kinds = sorted(finding.kind for finding in report.findings)
    assert kinds == ["false_positive", "missed", "missed"]


def test_no_events_in_gold_and_none_found_is_perfect() -> None:
    events = score([gold_doc(events=[])], {"d1": result()}).events
    assert (events.precision, events.recall, events.f1) == (1.0, 1.0, 1.0)


# -- attributes ------------------------------------------------------------------------------


def attribute(gold_event: dict, **system_fields: object) -> tuple[int, int]:
    """(correct, total) for the one attribute ``gold_event`` sets, on one matched pair."""
    gold = [gold_doc(events=[gold_event])]
    found = result(system_event(1, gold_event["type"], 1, **system_fields))
    report = score(gold, {"d1": found})
    assert report.events.tp == 1
    scored = {name: s for name, s in report.attributes.items() if s.total}
    assert len(scored) <= 1
    name = next(iter(scored), None)
    return (scored[name].correct, scored[name].total) if name else (0, 0)


def test_attributes_not_given_in_gold_are_not_scored() -> None:
    assert attribute(RETREAT, mode="withdraw", dead=4) == (0, 0)


@pytest.mark.parametrize(
    ("gold_actors", "system_actors", "correct"),
    [
        (["MINUSMA"], [MINUSMA], 1),
        (["un mission in mali"], [MINUSMA], 1),  # alias, case-insensitive
        (["Q912"], [MALI], 1),  # QID
        (["MLI"], [MALI_ARMY], 1),  # country code
        ([["Malian army", "FAMa"]], [MALI_ARMY], 1),  # one of the alternatives
        ([["Malian army", "Mali troops"]], [MALI_ARMY], 0),
        (["MINUSMA", "JNIM"], [MINUSMA], 0),  # every gold actor must be found
        (["MINUSMA"], [MINUSMA, JNIM], 1),  # extra system actors are not penalised
        (["Minus"], [MINUSMA], 0),  # no partial names
        ([], [], 1),
        ([], [MINUSMA], 0),  # [] is a value: there is no actor
    ],
)
def test_actor_rules(gold_actors: list, system_actors: list[Actor], correct: int) -> None:
    assert attribute({**RETREAT, "actor": gold_actors}, actors=system_actors) == (correct, 1)


def test_recipient_empty_list_means_the_system_must_have_none() -> None:
    assert attribute({**RETREAT, "recipient": []}, recipients=[]) == (1, 1)
    assert attribute({**RETREAT, "recipient": []}, recipients=[MALI]) == (0, 1)
    assert attribute({**RETREAT, "recipient": ["Mali"]}, recipients=[MALI]) == (1, 1)


@pytest.mark.parametrize(
    ("gold_fields", "system_fields", "correct"),
    [
        ({"mode": "withdraw"}, {"mode": "withdraw"}, 1),
        ({"mode": "withdraw"}, {"mode": None}, 0),
        ({"country": "MLI"}, {"place": Place(name="Gao", country="MLI")}, 1),
        ({"country": "MLI"}, {"place": Place(name="Niamey", country="NER")}, 0),
        ({"country": "MLI"}, {}, 0),  # no place at all
        ({"admin1": "ML-7"}, {"place": Place(name="Gao", country="MLI", admin1="ML-7")}, 1),
        ({"admin1": "ML-7"}, {"place": Place(name="Mali", country="MLI")}, 0),
        ({"status": "planned"}, {"status": Status.PLANNED}, 1),
        ({"status": "planned"}, {"status": Status.OCCURRED}, 0),
        ({"dead": 0}, {"dead": 0}, 1),  # zero dead is a value
        ({"dead": 0}, {"dead": None}, 0),
        ({"dead": 12}, {"dead": 11}, 0),
    ],
)
def test_exact_attributes(gold_fields: dict, system_fields: dict, correct: int) -> None:
    assert attribute({**RETREAT, **gold_fields}, **system_fields) == (correct, 1)


@pytest.mark.parametrize(
    ("gold_date", "precision", "start", "system_precision", "correct"),
    [
        ("2023-12-31", None, date(2023, 12, 31), DatePrecision.DAY, True),
        ("2023-12-31", None, date(2023, 12, 30), DatePrecision.DAY, False),
        ("2023-12-31", None, date(2023, 12, 31), None, True),  # no precision: a day
        ("2023-12-01", None, date(2023, 12, 1), DatePrecision.MONTH, False),  # too coarse
        ("2023-09", None, date(2023, 9, 1), DatePrecision.MONTH, True),
        ("2023-09", None, date(2023, 9, 14), DatePrecision.DAY, True),  # finer is fine
        ("2023-09", None, date(2023, 10, 1), DatePrecision.MONTH, False),
        ("2023-09", None, date(2023, 1, 1), DatePrecision.YEAR, False),
        ("2013", None, date(2013, 1, 1), DatePrecision.YEAR, True),
        ("2013", None, date(2013, 6, 5), DatePrecision.DAY, True),
        ("2013", None, date(2014, 1, 1), DatePrecision.YEAR, False),
        ("2023-09-06", "week", date(2023, 9, 4), DatePrecision.WEEK, True),  # same ISO week
        ("2023-09-06", "week", date(2023, 9, 11), DatePrecision.WEEK, False),
        ("2023-09-06", "week", date(2023, 9, 1), DatePrecision.MONTH, False),
    ],
)
def test_date_equal_at_gold_precision(
    gold_date: str,
    precision: str | None,
    start: date,
    system_precision: DatePrecision | None,
    correct: bool,
) -> None:
    gold_event = GoldEvent(**RETREAT, date=gold_date, date_precision=precision)
    event = system_event(1, "RETREAT", 1, date_start=start, date_precision=system_precision)
    assert gold_event.date_precision is not None
    assert date_correct(gold_event.date, gold_event.date_precision, event) is correct
    expected = (1, 1) if correct else (0, 1)
    fields = {"date": gold_date, "date_precision": precision}
    assert attribute({**RETREAT, **fields}, date_start=start, date_precision=system_precision) == (
        expected
    )


def test_undated_system_event_gets_the_date_wrong() -> None:
    assert attribute({**RETREAT, "date": "2023-12-31"}) == (0, 1)


# -- stories and bodies ----------------------------------------------------------------------


def test_bcubed_known_values() -> None:
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}
    split = bcubed(gold, {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2})
    # Precision per item: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
    assert split.precision == pytest.approx(11 / 15)
    assert split.recall == pytest.approx(11 / 15)
    assert split.f1 == pytest.approx(11 / 15)
    lumped = bcubed(gold, dict.fromkeys(gold, 0))
    assert lumped.precision == pytest.approx(13 / 25)
    assert lumped.recall == 1.0
    assert lumped.f1 == pytest.approx(2 * 0.52 / 1.52)


def test_story_scores_over_documents_with_a_gold_story() -> None:
    gold = [
        gold_doc("a", story="coup"),
        gold_doc("b", story="coup"),
        gold_doc("c", story="exit"),
        gold_doc("d"),  # no story: left out
    ]
    results = {doc.id: result() for doc in gold}
    alone = score(gold, results).stories  # no stories given: each document its own story
    assert alone.documents == 3
    assert alone.precision == 1.0
    assert alone.recall == pytest.approx((1 / 2 + 1 / 2 + 1) / 3)
    together = score(gold, results, stories={"a": "s1", "b": "s1", "c": "s2", "d": "s1"}).stories
    assert (together.precision, together.recall, together.f1) == (1.0, 1.0, 1.0)
    none = score([gold_doc("a")], {"a": result()}).stories
    assert (none.documents, none.f1) == (0, None)


def test_body_contains_and_excludes_with_folded_white_space() -> None:
    gold = [
        gold_doc(
            "a",
            body_contains=["MINUSMA is set\nto conclude", "not in the body"],
            body_excludes=["Please enter your comment", "niger RECALLED"],
        ),
        gold_doc("b", body_contains=["anything"], body_excludes=["anything else"]),
    ]
    body = score(gold, {"a": result()}).body  # b has no result: its snippets fail
    assert (body.contains_total, body.excludes_total) == (3, 3)
    assert body.contains == pytest.approx(1 / 3)
    assert body.excludes == pytest.approx(1 / 3)


# -- presentation ----------------------------------------------------------------------------


def test_report_json_has_stable_keys_and_is_serialisable() -> None:
    gold = [gold_doc(events=[{**ASSAULT, "dead": 12}], story="s", body_contains=["Gao"])]
    found = result(system_event(1, "ASSAULT", 0, dead=12))
    data = json.loads(json.dumps(report_json(score(gold, {"d1": found}))))
    assert data["events"]["precision"] == data["events"]["f1"] == 1.0
    assert data["events"]["by_type"]["ASSAULT"]["f1"] == 1.0
    assert data["events"]["untyped"]["recall"] == 1.0
    assert data["events"]["duplicates"] == 0
    assert data["attributes"]["dead"] == 1.0
    assert data["attributes"]["date"] is None
    assert data["attribute_counts"]["dead"] == {"correct": 1, "total": 1}
    assert data["stories"]["f1"] == 1.0
    assert data["body"]["contains"] == 1.0
    assert (data["documents"], data["gold_events"], data["system_events"]) == (1, 1, 1)


def test_render_table_shows_the_figures() -> None:
    gold = [gold_doc(events=[ASSAULT, RETREAT])]
    report = score(gold, {"d1": result(system_event(1, "ASSAULT", 0))})
    console = Console(file=io.StringIO(), width=160, color_system=None)
    render_table(report, console, findings=5)
    text = console.file.getvalue()
    for expected in ("Event detection", "ASSAULT", "RETREAT", "0.500", "Attributes", "B-cubed"):
        assert expected in text
    assert "set to conclude its withdrawal" in text  # the missed event is listed
