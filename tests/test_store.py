"""The DuckDB store: round trips, atomic batches, filters, versions and read-only use."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from crisisdesk.model import (
    Actor,
    ActorKind,
    Article,
    DatePrecision,
    DocumentResult,
    Event,
    Evidence,
    Place,
    PlacePrecision,
    Sector,
    Span,
    Status,
    article_id,
)
from crisisdesk.store import SCHEMA_VERSION, EventFilter, Store, StoreError
from crisisdesk.store import store as store_module

MINUSMA = Actor(
    id="minusma",
    name="MINUSMA",
    aliases=["UN mission in Mali", "Minusma"],
    qid=None,
    country=None,
    sector=Sector.UNO,
    kind=ActorKind.ORGANISATION,
    mention="the UN peacekeeping mission",
)
MALI_ARMY = Actor(
    id="MLI-MIL",
    name="Armed Forces of Mali",
    aliases=["FAMa"],
    country="MLI",
    sector=Sector.MIL,
    kind=ActorKind.GROUP,
    mention="Malian troops",
)
MALI = Actor(
    id="MLI", name="Mali", qid="Q912", country="MLI", sector=Sector.STATE, kind=ActorKind.STATE
)
JNIM = Actor(id="jnim", name="Jama'at Nusrat al-Islam wal-Muslimin", aliases=["JNIM"])


def make_result(
    body: str,
    events: list[dict],
    published: date | None = date(2023, 12, 30),
) -> DocumentResult:
    """A document whose events are built from keyword overrides of a fully set event."""
    doc_id = article_id(body)
    article = Article(
        id=doc_id,
        url=f"https://example.org/{doc_id}",
        outlet="Example Daily",
        title="Title " + body[:20],
        published=published,
        language="en",
        body=body,
        headings=[Span(role="heading", start=0, end=5, text=body[:5])],
        source_path=f"/data/{doc_id}.html",
        ingested_at=datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=UTC),
    )
    built = []
    for position, overrides in enumerate(events):
        fields = {
            "id": f"{doc_id}-{position}",
            "article_id": doc_id,
            "type": "RETREAT",
            "mode": "withdraw",
            "contexts": ["peacekeeping", "international"],
            "actors": [MINUSMA],
            "recipients": [MALI_ARMY, MALI],
            "place": Place(
                name="Gao",
                geonames_id=2457163,
                country="MLI",
                admin1="ML-7",
                admin1_name="Gao",
                lat=16.27167,
                lon=-0.04472,
                precision=PlacePrecision.TOWN,
            ),
            "date_start": date(2023, 12, 31),
            "date_end": date(2023, 12, 31),
            "date_precision": DatePrecision.DAY,
            "status": Status.PLANNED,
            "dead": 3,
            "injured": 7,
            "cameo": "08",
            "acled_event_type": "Strategic developments",
            "acled_sub_event_type": "Non-violent transfer of territory",
            "confidence": 0.83,
            "evidence": [
                Evidence(
                    article_id=doc_id,
                    sentence=body,
                    sentence_start=0,
                    sentence_end=len(body),
                    spans=[
                        Span(role="trigger", start=0, end=4, text=body[:4]),
                        Span(role="actor", start=5, end=9, text=body[5:9]),
                    ],
                ),
                Evidence(article_id=doc_id, sentence="Second.", sentence_start=1, sentence_end=8),
            ],
        }
        fields.update(overrides)
        built.append(Event(**fields))
    return DocumentResult(article=article, events=built)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crisisdesk.duckdb"


def test_round_trip_returns_equal_models(db_path: Path) -> None:
    full = make_result("MINUSMA completes its withdrawal from Gao.", [{}, {"type": "AID"}])
    sparse = make_result(
        "Something happened somewhere.",
        [
            {
                "mode": None,
                "contexts": [],
                "actors": [],
                "recipients": [],
                "place": None,
                "date_start": None,
                "date_end": None,
                "date_precision": None,
                "dead": None,
                "injured": None,
                "cameo": None,
                "acled_event_type": None,
                "acled_sub_event_type": None,
                "evidence": [],
            }
        ],
        published=None,
    )
    sparse.article.headings = []
    sparse.article.ingested_at = None
    with Store(db_path) as store:
        assert store.write([full, sparse]) == 2
        assert store.article(full.article.id) == full.article
        assert store.article(sparse.article.id) == sparse.article
        assert store.article("missing") is None
        by_id = {event.id: event for event in store.events()}
    assert by_id == {event.id: event for event in full.events + sparse.events}


def test_events_order_and_article_order(db_path: Path) -> None:
    first = make_result("Doc one.", [{"date_start": None}, {"date_start": date(2023, 1, 5)}])
    second = make_result("Doc two.", [{"date_start": date(2023, 1, 5)}], published=None)
    with Store(db_path) as store:
        store.write([second, first])
        ordered = [event.id for event in store.events()]
        dated = sorted([first.events[1], second.events[0]], key=lambda e: e.article_id)
        assert ordered == [*(e.id for e in dated), first.events[0].id]
        assert [a.id for a in store.articles()] == [first.article.id, second.article.id]
        assert len(store.articles(limit=1)) == 1


def test_second_write_of_same_article_adds_nothing(db_path: Path) -> None:
    result = make_result("MINUSMA leaves Kidal.", [{}])
    # Same text, spaced and cased differently: same content hash, so the same article.
    respaced = make_result("MINUSMA  leaves\nKIDAL.", [{}])
    assert respaced.article.id == result.article.id
    with Store(db_path) as store:
        assert store.write([result]) == 1
        before = store.counts()
        assert store.write([result]) == 0
        assert store.write([respaced, respaced]) == 0
        assert store.counts() == before == {"articles": 1, "events": 1, "evidence": 2}
        assert store.known_article_ids([result.article.id, "other"]) == {result.article.id}


def test_repeated_article_within_one_batch_is_stored_once(db_path: Path) -> None:
    result = make_result("Wagner arrives in Bamako.", [{}])
    with Store(db_path) as store:
        assert store.write([result, result]) == 1
        assert store.counts()["events"] == 1


def test_failing_batch_leaves_nothing_and_keeps_earlier_data(db_path: Path) -> None:
    earlier = make_result("Earlier report.", [{}])
    one = make_result("First of batch.", [{}])
    two = make_result("Second of batch.", [{}])
    # A real failure: the second document reuses an event id, a primary key violation that
    # only shows once the first document's rows are already inserted.
    two.events[0].id = one.events[0].id
    with Store(db_path) as store:
        store.write([earlier])
        with pytest.raises(duckdb.ConstraintException):
            store.write([one, two])
        assert store.counts() == {"articles": 1, "events": 1, "evidence": 2}
        assert store.known_article_ids([one.article.id, two.article.id]) == set()
        # The store is still usable after the rollback.
        two.events[0].id = "fresh-id"
        assert store.write([one, two]) == 2


@pytest.mark.parametrize("exception", [RuntimeError("disk"), KeyboardInterrupt()])
def test_interrupted_write_rolls_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, exception: BaseException
) -> None:
    earlier = make_result("Earlier report.", [{}])
    batch = [make_result("Batch report.", [{}])]
    original = Store._insert_rows

    def insert_then_fail(self: Store, table: str, rows: list) -> None:
        original(self, table, rows)
        if table == "evidence":  # the last table: articles, events, actors are in by now
            raise exception

    with Store(db_path) as store:
        store.write([earlier])
        monkeypatch.setattr(Store, "_insert_rows", insert_then_fail)
        with pytest.raises(type(exception)):
            store.write(batch)
        monkeypatch.undo()
        assert store.counts() == {"articles": 1, "events": 1, "evidence": 2}
        assert [e.id for e in store.events()] == [earlier.events[0].id]
    # And after reopening the file: nothing of the failed batch was persisted.
    with Store(db_path, read_only=True) as store:
        assert store.known_article_ids([batch[0].article.id]) == set()


def test_ctrl_c_after_the_transaction_ended_is_still_a_ctrl_c(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C inside COMMIT: DuckDB ends the transaction (all or nothing) and the rollback
    # finds none open; the user must see the interrupt, not a rollback error.
    batch = [make_result("Batch report.", [{}])]
    original = Store._insert_rows

    def insert_commit_then_interrupt(self: Store, table: str, rows: list) -> None:
        original(self, table, rows)
        if table == "evidence":
            self._connection.execute("COMMIT")
            raise KeyboardInterrupt

    with Store(db_path) as store:
        monkeypatch.setattr(Store, "_insert_rows", insert_commit_then_interrupt)
        with pytest.raises(KeyboardInterrupt):
            store.write(batch)
        monkeypatch.undo()
        assert store.counts()["articles"] == 1  # the batch was committed whole
        assert store.write([make_result("Next report.", [{}])]) == 1


def test_bulk_write_uses_one_statement_per_table(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = [make_result(f"Report number {n}.", [{}, {}]) for n in range(50)]
    calls: list[str] = []
    original = Store._insert_rows

    def counting(self: Store, table: str, rows: list) -> None:
        calls.append(table)
        original(self, table, rows)

    monkeypatch.setattr(Store, "_insert_rows", counting)
    with Store(db_path) as store:
        assert store.write(results) == 50
        assert store.counts() == {"articles": 50, "events": 100, "evidence": 200}
    assert calls == ["articles", "events", "event_actors", "evidence"]


def filtered_store(db_path: Path) -> tuple[Store, dict[str, str]]:
    """A store with a few distinct events, and their ids by nickname."""
    gao = make_result("Attack in Gao.", [{"type": "ASSAULT", "status": Status.OCCURRED}])
    niger = make_result(
        "Niger sanctions.",
        [
            {
                "type": "SANCTION",
                "actors": [JNIM],
                "recipients": [],
                "place": Place(name="Niamey", country="NER"),
                "date_start": date(2023, 9, 1),
                "date_end": None,
                "date_precision": DatePrecision.MONTH,
            }
        ],
    )
    undated = make_result("Undated.", [{"date_start": None, "date_end": None, "actors": []}])
    store = Store(db_path)
    store.write([gao, niger, undated])
    ids = {"gao": gao.events[0].id, "niger": niger.events[0].id, "undated": undated.events[0].id}
    return store, ids


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(type="assault"), {"gao"}),
        (EventFilter(country="ner"), {"niger"}),
        (EventFilter(status="planned"), {"niger", "undated"}),
        (EventFilter(actor="jnim"), {"niger"}),  # alias
        (EventFilter(actor="q912"), {"gao", "undated"}),  # recipient QID
        (EventFilter(actor="minusma"), {"gao"}),  # id and name
        (EventFilter(actor="FAMa"), {"gao", "undated"}),  # recipient alias
        (EventFilter(actor="mli"), {"gao", "undated"}),  # recipient country code
        (EventFilter(actor="malian troops"), {"gao", "undated"}),  # mention
        (EventFilter(actor="Nusrat"), {"niger"}),  # part of the name
        (EventFilter(actor="ML"), set()),  # country codes match exactly only
        (EventFilter(since=date(2023, 9, 20), until=date(2023, 9, 30)), {"niger"}),
        (EventFilter(since=date(2023, 10, 1)), {"gao"}),
        (EventFilter(until=date(2023, 8, 31)), set()),
        (EventFilter(type="ASSAULT", country="NER"), set()),
    ],
)
def test_event_filters(db_path: Path, flt: EventFilter, expected: set[str]) -> None:
    store, ids = filtered_store(db_path)
    with store:
        found = {event.id for event in store.events(flt)}
    assert found == {ids[name] for name in expected}


def test_filter_by_article_and_limit(db_path: Path) -> None:
    store, ids = filtered_store(db_path)
    with store:
        gao = store.events(EventFilter(type="ASSAULT"))[0]
        assert [e.id for e in store.events(EventFilter(article_id=gao.article_id))] == [ids["gao"]]
        assert len(store.events(EventFilter(limit=2))) == 2


def test_read_only_stores_read_while_none_writes(db_path: Path) -> None:
    with Store(db_path) as store:
        store.write([make_result("Coup in Niamey.", [{}])])
    with Store(db_path, read_only=True) as reader, Store(db_path, read_only=True) as other:
        assert reader.counts()["articles"] == other.counts()["articles"] == 1
        with pytest.raises(StoreError, match="read-only"):
            reader.write([make_result("Another.", [{}])])
    # Another process can read at the same time as this one holds a read-only store.
    with Store(db_path, read_only=True) as reader:
        code = (
            "from crisisdesk.store import Store; "
            f"print(Store({str(db_path)!r}, read_only=True).counts()['events'])"
        )
        output = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert output.stdout.strip() == "1"
        assert reader.counts()["events"] == 1


def test_second_writer_process_gets_a_clear_error(db_path: Path) -> None:
    with Store(db_path):
        code = f"from crisisdesk.store import Store; Store({str(db_path)!r})"
        output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert output.returncode != 0
    assert "one writing process" in output.stderr


def test_read_only_store_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no CrisisDesk store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_schema_version_recorded(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    with duckdb.connect(str(db_path)) as connection:
        connection.execute(
            "INSERT INTO schema_version (version, description) VALUES (?, 'from the future')",
            [SCHEMA_VERSION + 1],
        )
    for read_only in (False, True):
        with pytest.raises(StoreError, match="upgrade CrisisDesk"):
            Store(db_path, read_only=read_only)


def test_older_schema_is_migrated(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crisisdesk.store import schema

    Store(db_path).close()
    applied: list[int] = []

    def add_note_column(connection: duckdb.DuckDBPyConnection) -> None:
        applied.append(2)
        connection.execute("ALTER TABLE articles ADD COLUMN note VARCHAR")

    future = [*schema.MIGRATIONS, schema.Migration(2, "article notes", add_note_column)]
    monkeypatch.setattr(schema, "MIGRATIONS", future)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", 2)
    with pytest.raises(StoreError, match="migrate"):
        Store(db_path, read_only=True)
    with Store(db_path) as store:
        assert store.schema_version == 2
    assert applied == [2]
    with Store(db_path) as store:  # already migrated: not applied again
        assert store.schema_version == 2
    assert applied == [2]


def test_foreign_duckdb_file_is_refused(db_path: Path) -> None:
    with duckdb.connect(str(db_path)) as connection:
        connection.execute("CREATE TABLE prices (item VARCHAR, price DOUBLE)")
    with pytest.raises(StoreError, match="not a CrisisDesk store"):
        Store(db_path)
