"""One record per real event across the articles of a story: merging, sources, disagreements
and timelines, on hand-built articles and events shaped like the examples and the seeds."""

from __future__ import annotations

from datetime import date
from itertools import count

from typer.testing import CliRunner

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
    Status,
)
from crisisdesk.stories.merge import build_story, merge_events, merge_story
from crisisdesk.stories.timeline import is_background, timeline

_ids = count()

# -- actors and places as the knowledge base resolves them -----------------------------------


def _group(country: str | None, sector: Sector, name: str) -> Actor:
    prefix = f"{country}-" if country else ""
    return Actor(
        id=f"{prefix}{sector.value}" if country else sector.value,
        name=name,
        country=country,
        sector=sector,
        kind=ActorKind.GROUP,
    )


MALI = Actor(id="MLI", name="Mali", country="MLI", sector=Sector.STATE, kind=ActorKind.STATE)
MALI_GOV = _group("MLI", Sector.GOV, "Mali government")
MALI_MIL = _group("MLI", Sector.MIL, "Mali military")
NIGER_MIL = _group("NER", Sector.MIL, "Niger military")
FRANCE = Actor(id="FRA", name="France", country="FRA", sector=Sector.STATE, kind=ActorKind.STATE)
MILITANTS = _group(None, Sector.INS, "militants")
BFA_GUNMEN = _group("BFA", Sector.UNIDENTIFIED, "Burkina Faso unidentified armed group")
BFA_CIVILIANS = _group("BFA", Sector.CVL, "Burkina Faso civilians")
JNIM = Actor(id="jnim", name="JNIM", country="MLI", sector=Sector.INS, kind=ActorKind.ARMED_GROUP)
ISGS = Actor(id="isgs", name="ISGS", sector=Sector.INS, kind=ActorKind.ARMED_GROUP)
WAGNER = Actor(id="wagner", name="Wagner Group", country="RUS", sector=Sector.MIL_PRIV)
MINUSMA = Actor(id="minusma", name="MINUSMA", sector=Sector.UNO)

MALI_PLACE = Place(name="Mali", country="MLI", precision=PlacePrecision.COUNTRY)
KIDAL = Place(name="Kidal", country="MLI", admin1="ML-8", precision=PlacePrecision.TOWN)
KIDAL_REGION = Place(name="Kidal", country="MLI", admin1="ML-8", precision=PlacePrecision.ADMIN1)
ANEFIS = Place(name="Anefis", country="MLI", admin1="ML-8", precision=PlacePrecision.TOWN)
BAMAKO = Place(name="Bamako", country="MLI", admin1="ML-BKO", precision=PlacePrecision.TOWN)
SOLHAN = Place(name="Solhan", country="BFA", admin1="BF-12", precision=PlacePrecision.TOWN)


def article(name: str, outlet: str | None, published: date | None) -> Article:
    return Article(id=name, outlet=outlet, published=published, body=f"Body of {name}.")


def event(
    source: Article,
    type_: str,
    actors: list[Actor],
    recipients: list[Actor] | None = None,
    place: Place | None = MALI_PLACE,
    day: str | None = None,
    precision: DatePrecision | None = None,
    status: Status = Status.OCCURRED,
    mode: str | None = None,
    dead: int | None = None,
) -> Event:
    """An event as the coder stores it; ``day`` is 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    start, found = None, None
    if day:
        parts = [int(part) for part in day.split("-")]
        start = date(parts[0], *[*parts[1:], 1, 1][:2])
        found = (DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY)[len(parts) - 1]
    number = next(_ids)
    sentence = f"{type_} sentence {number}."
    return Event(
        id=f"{source.id}-e{number}",
        article_id=source.id,
        type=type_,
        mode=mode,
        actors=actors,
        recipients=recipients or [],
        place=place,
        date_start=start,
        date_precision=precision or found,
        status=status,
        dead=dead,
        evidence=[
            Evidence(article_id=source.id, sentence=sentence, sentence_start=0,
                     sentence_end=len(sentence))
        ],
    )  # fmt: skip


def _field(record, name):
    return [d for d in record.disagreements if d.field == name]


# -- the Kidal story: three reports, one a reprint -------------------------------------------

TRIBUNE = article("tribune", "Sahel Tribune Daily", date(2023, 11, 14))
WIRE = article("wire", "West Africa Wire", date(2023, 11, 15))
REPRINT = article("reprint", "Niger Bend Herald", date(2023, 11, 16))


def test_two_reports_of_one_capture_make_one_record_with_two_sources():
    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(WIRE, "ASSAULT", [MALI_MIL, WAGNER], place=KIDAL, day="2023-11-14"),
    ]
    [record] = merge_story(events, [TRIBUNE, WIRE], story_id="kidal")
    assert record.sources == 2
    assert [m.article_id for m in record.mentions] == ["tribune", "wire"]
    assert all(m.evidence for m in record.mentions)  # each article's sentence is kept
    # One report names Wagner, the other does not: an omission, not a disagreement; the
    # fuller list is the record's.
    assert {a.id for a in record.actors} == {"MLI-MIL", "wagner"}
    assert record.disagreements == []
    assert record.story_id == "kidal"


def test_a_reprint_adds_no_source_and_one_outlet_is_one_source():
    later = article("tribune-2", "Sahel Tribune Daily", date(2023, 11, 17))
    events = [
        event(TRIBUNE, "RETREAT", [MALI_MIL], place=KIDAL, day="2023-11-14", mode="withdraw"),
        event(WIRE, "RETREAT", [MALI_MIL], place=KIDAL, day="2023-11-14", mode="withdraw"),
        event(REPRINT, "RETREAT", [MALI_MIL], place=KIDAL, day="2023-11-14", mode="withdraw"),
        event(later, "RETREAT", [MALI_MIL], place=KIDAL, day="2023-11-14", mode="withdraw"),
    ]
    duplicates = {"reprint": "wire"}
    [record] = merge_story(events, [TRIBUNE, WIRE, REPRINT, later], duplicates, "kidal")
    assert len(record.mentions) == 4
    assert record.sources == 2  # Sahel Tribune Daily (twice) and West Africa Wire (+ reprint)
    reprint = next(m for m in record.mentions if m.article_id == "reprint")
    assert reprint.duplicate_of == "wire"
    assert record.values["date"][0].independent == 2


def test_articles_without_outlet_each_count_as_a_source():
    first, second = article("a", None, date(2023, 12, 30)), article("b", None, None)
    events = [
        event(first, "MOBILIZE", [MINUSMA], day="2013", mode="troops"),
        event(second, "MOBILIZE", [MINUSMA], day="2013", mode="troops"),
    ]
    [record] = merge_story(events, [first, second], story_id="minusma")
    assert record.sources == 2


# -- disagreements ---------------------------------------------------------------------------

SEED_0 = article("seed-0", None, date(2023, 12, 30))
SEED_1 = article("seed-1", None, None)


def _seed_like_events() -> list[Event]:
    """What the two MINUSMA seeds report: the end 'on Sunday' (31 December) in one,
    'mid-November' in the other, with their background history."""
    return [
        event(SEED_0, "RETREAT", [MINUSMA], day="2023-12-31", status=Status.PLANNED,
              mode="withdraw"),
        event(SEED_0, "RETREAT", [MINUSMA], day="2023-08", mode="withdraw"),
        event(SEED_0, "MOBILIZE", [MINUSMA], day="2013", mode="troops"),
        event(SEED_0, "COERCE", [MALI_MIL], day="2020"),
        event(SEED_0, "COERCE", [MALI_MIL], day="2021"),
        event(SEED_0, "RETREAT", [FRANCE], day="2022", mode="withdraw"),
        event(SEED_0, "ASSAULT", [], [MINUSMA], dead=310),
        event(SEED_1, "RETREAT", [MINUSMA], day="2023-11", status=Status.PLANNED,
              mode="withdraw"),
        event(SEED_1, "MOBILIZE", [MINUSMA], day="2013", mode="troops"),
        event(SEED_1, "COERCE", [MALI_MIL], day="2020"),
    ]  # fmt: skip


def test_mission_end_date_stated_differently_is_one_record_with_a_date_disagreement():
    story = build_story("minusma-exit-2023", [SEED_0, SEED_1], _seed_like_events())
    [end] = [r for r in story.records if r.type == "RETREAT" and r.status == Status.PLANNED]
    assert len(end.mentions) == 2
    [disagreement] = _field(end, "date")
    labels = {value.label: [s.article_id for s in value.sources] for value in disagreement.values}
    assert labels == {"2023-12-31": ["seed-0"], "2023-11": ["seed-1"]}
    # The story lists it too, saying what it is about.
    [listed] = [d for d in story.disagreements if d.field == "date"]
    assert listed.record_id == end.id
    assert "MINUSMA" in listed.subject and "planned" in listed.subject
    assert "2023-12-31" in listed.summary() and "2023-11" in listed.summary()


def test_the_two_coups_are_not_merged_into_one_disagreeing_record():
    story = build_story("minusma-exit-2023", [SEED_0, SEED_1], _seed_like_events())
    coups = sorted(r.date_label for r in story.records if r.type == "COERCE")
    assert coups == ["2020", "2021"]
    [coup_2020] = [r for r in story.records if r.type == "COERCE" and r.date_label == "2020"]
    assert coup_2020.sources == 2


def test_solhan_death_toll_100_then_132_is_a_disagreement():
    first = article("solhan-1", "West Africa Wire", date(2021, 6, 5))
    rises = article("solhan-2", "Dune Times", date(2021, 6, 6))
    events = [
        event(first, "ASSAULT", [BFA_GUNMEN], [BFA_CIVILIANS], SOLHAN, "2021-06-04", dead=100),
        event(rises, "ASSAULT", [BFA_GUNMEN], [BFA_CIVILIANS], SOLHAN, "2021-06-04", dead=132),
    ]
    story = build_story("solhan-2021", [first, rises], events)
    [record] = story.records
    [toll] = _field(record, "dead")
    assert {v.number: v.sources[0].outlet for v in toll.values} == {
        100: "West Africa Wire",
        132: "Dune Times",
    }
    assert record.dead == 132  # one source each: the later report wins the tie
    assert [d.field for d in story.disagreements] == ["dead"]


def test_a_toll_split_over_two_records_is_still_listed_on_the_story():
    """One report codes the attack with its toll, the other the toll on an event with no
    named attacker beside the attack itself: the story still shows 100 vs 132."""
    first = article("solhan-1", "West Africa Wire", date(2021, 6, 5))
    rises = article("solhan-2", "Dune Times", date(2021, 6, 6))
    events = [
        event(first, "ASSAULT", [BFA_GUNMEN], [BFA_CIVILIANS], SOLHAN, "2021-06-04", dead=100),
        event(rises, "ASSAULT", [BFA_GUNMEN], [BFA_CIVILIANS], SOLHAN, "2021-06-04",
              mode="destroy"),
        event(rises, "ASSAULT", [], [], SOLHAN, "2021-06-04", dead=132),
    ]  # fmt: skip
    story = build_story("solhan-2021", [first, rises], events)
    tolls = [d for d in story.disagreements if d.field == "dead"]
    assert len(tolls) == 1
    assert sorted(v.number for v in tolls[0].values) == [100, 132]


def test_a_day_and_its_month_agree():
    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11"),
        event(WIRE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
    ]
    [record] = merge_story(events, [TRIBUNE, WIRE])
    assert record.date_label == "2023-11-14"  # the most precise value nobody contradicts
    assert _field(record, "date") == []
    assert [v.support for v in record.values["date"]] == [2, 1]


def test_a_town_and_its_region_agree_but_two_towns_do_not():
    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL_REGION, day="2023-11-14"),
        event(WIRE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(REPRINT, "ASSAULT", [MALI_MIL], place=ANEFIS, day="2023-11-14"),
    ]
    records = merge_story(events, [TRIBUNE, WIRE, REPRINT])
    assert sorted(len(r.mentions) for r in records) == [1, 2]
    merged = next(r for r in records if len(r.mentions) == 2)
    assert merged.place == KIDAL


# -- what must not merge ---------------------------------------------------------------------


def test_an_attack_and_a_summit_in_the_same_country_are_not_merged():
    events = [
        event(TRIBUNE, "ASSAULT", [JNIM], [MALI_MIL], day="2023-11-14"),
        event(WIRE, "CONSULT", [MALI_GOV], [FRANCE], day="2023-11-14", mode="meet"),
    ]
    records = merge_story(events, [TRIBUNE, WIRE], story_id="s")
    assert sorted(r.type for r in records) == ["ASSAULT", "CONSULT"]


def test_different_groups_or_armies_or_towns_are_different_attacks():
    pairs = [
        ([JNIM], [ISGS], KIDAL, KIDAL),
        ([MALI_MIL], [NIGER_MIL], KIDAL, KIDAL),
        ([MALI_MIL], [MALI_MIL], KIDAL, BAMAKO),
    ]
    for first_actors, second_actors, first_place, second_place in pairs:
        events = [
            event(TRIBUNE, "ASSAULT", first_actors, place=first_place, day="2023-11-14"),
            event(WIRE, "ASSAULT", second_actors, place=second_place, day="2023-11-14"),
        ]
        assert len(merge_story(events, [TRIBUNE, WIRE], story_id="s")) == 2


def test_generic_names_merge_with_the_named_actor():
    """'militants' and JNIM, 'Mali' and its army: compatible, the named one is kept."""
    events = [
        event(TRIBUNE, "ASSAULT", [MILITANTS], [MALI], place=KIDAL, day="2023-11-14"),
        event(WIRE, "ASSAULT", [JNIM], [MALI_MIL], place=KIDAL, day="2023-11-14"),
    ]
    [record] = merge_story(events, [TRIBUNE, WIRE], story_id="s")
    assert [a.id for a in record.actors] == ["jnim"]
    assert record.disagreements == []


def test_events_one_article_kept_apart_stay_apart():
    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(WIRE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
    ]
    records = merge_story(events, [TRIBUNE, WIRE], story_id="s")
    assert sorted(len(r.mentions) for r in records) == [1, 2]


def test_kin_types_merge():
    events = [
        event(TRIBUNE, "COOPERATE", [MALI, FRANCE], day="2023-09-16"),
        event(WIRE, "AGREE", [MALI, FRANCE], day="2023-09-16"),
    ]
    [record] = merge_story(events, [TRIBUNE, WIRE], story_id="s")
    assert {v.value for v in record.values["type"]} == {"AGREE", "COOPERATE"}


def test_without_stories_only_same_type_country_and_overlapping_dates_merge():
    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(WIRE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(REPRINT, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-20"),
        event(TRIBUNE, "RETREAT", [MINUSMA], mode="withdraw"),
        event(WIRE, "RETREAT", [MINUSMA], mode="withdraw"),
    ]
    records = merge_events(events, [TRIBUNE, WIRE, REPRINT])
    shapes = sorted((r.type, len(r.mentions)) for r in records)
    assert shapes == [("ASSAULT", 1), ("ASSAULT", 2), ("RETREAT", 1), ("RETREAT", 1)]


def test_story_assignment_decides_what_may_merge():
    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(WIRE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
    ]
    apart = merge_events(events, [TRIBUNE, WIRE], stories={"tribune": "a", "wire": "b"})
    together = merge_events(events, [TRIBUNE, WIRE], stories={"tribune": "a", "wire": "a"})
    assert (len(apart), len(together)) == (2, 1)


# -- timeline --------------------------------------------------------------------------------


def test_timeline_puts_background_history_at_its_own_date_and_undated_last():
    story = build_story("minusma-exit-2023", [SEED_0, SEED_1], _seed_like_events())
    ordered = timeline(story.records)
    labels = [(r.date_label, r.type) for r in ordered]
    assert labels[:4] == [
        ("2013", "MOBILIZE"),
        ("2020", "COERCE"),
        ("2021", "COERCE"),
        ("2022", "RETREAT"),
    ]
    assert labels[-1] == ("", "ASSAULT")  # the 310 peacekeepers killed: no date
    dated = [r.date_start for r in ordered if r.date_start]
    assert dated == sorted(dated)
    assert is_background(ordered[0])
    end = next(r for r in ordered if r.status == Status.PLANNED)
    assert not is_background(end)


def test_timeline_filters_by_actor_and_country():
    story = build_story("minusma-exit-2023", [SEED_0, SEED_1], _seed_like_events())
    france = timeline(story.records, actor="France")
    assert [(r.type, r.date_label) for r in france] == [("RETREAT", "2022")]
    assert len(timeline(story.records, actor="minusma")) == 4  # end, 2023-08, 2013, 310
    assert timeline(story.records, country="NER") == []
    assert len(timeline(story.records, country="mli")) == len(story.records)


# -- the command, on a store ---------------------------------------------------------------


def _store_with(tmp_path, results):
    from crisisdesk.store import Store

    path = tmp_path / "stories.duckdb"
    with Store(path) as store:
        store.write(results)
    return path


def test_timeline_command_lists_records_in_date_order(tmp_path):
    import json

    import typer

    from crisisdesk.cli_stories import register

    events = _seed_like_events()
    results = [
        DocumentResult(article=source, events=[e for e in events if e.article_id == source.id])
        for source in (SEED_0, SEED_1)
    ]
    db = _store_with(tmp_path, results)
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    done = runner.invoke(app, ["timeline", "--db", str(db), "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in done.output.splitlines()]
    assert rows[0]["type"] == "MOBILIZE" and rows[0]["date_precision"] == "year"
    assert "date_start" not in rows[-1]  # undated last
    assert all(row["mentions"] for row in rows)
    table = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "France"])
    assert table.exit_code == 0 and "RETREAT" in table.output and "1 events" in table.output


class _StoryStore:
    """A stand-in with the store's story methods, to test the adapter on its own."""

    def __init__(self, results, stories, duplicates):
        self._results = {result.article.id: result for result in results}
        self._stories, self._duplicates = stories, duplicates

    def articles(self):
        return [result.article for result in self._results.values()]

    def article(self, article_id):
        return self._results[article_id].article

    def events(self, flt=None):
        wanted = flt.article_id if flt is not None else None
        return [e for r in self._results.values() for e in r.events
                if wanted is None or e.article_id == wanted]  # fmt: skip

    def story_of(self, article_id):
        return self._stories.get(article_id)

    def story_articles(self, story_id):
        return [self.article(a) for a, s in self._stories.items() if s == story_id]

    def duplicate_of(self, article_id):
        return self._duplicates.get(article_id)


def test_story_view_reads_stories_and_reprints_from_the_store():
    import pytest

    from crisisdesk.stories.view import UnknownStory, story_view, timeline_view

    events = [
        event(TRIBUNE, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
        event(WIRE, "ASSAULT", [MALI_MIL, WAGNER], place=KIDAL, day="2023-11-14"),
        event(REPRINT, "ASSAULT", [MALI_MIL, WAGNER], place=KIDAL, day="2023-11-14"),
        event(SEED_0, "ASSAULT", [MALI_MIL], place=KIDAL, day="2023-11-14"),
    ]
    results = [
        DocumentResult(article=a, events=[e for e in events if e.article_id == a.id])
        for a in (TRIBUNE, WIRE, REPRINT, SEED_0)
    ]
    stories = {"tribune": "kidal", "wire": "kidal", "reprint": "kidal"}
    store = _StoryStore(results, stories, {"reprint": "wire"})
    story = story_view(store, "kidal")
    assert (len(story.articles), story.sources) == (3, 2)
    assert [a.duplicate_of for a in story.articles] == [None, None, "wire"]
    [record] = story.records
    assert (len(record.mentions), record.sources) == (3, 2)
    # The article outside any story stays a record of its own in the timeline.
    assert sorted(len(r.mentions) for r in timeline_view(store, actor="MLI-MIL")) == [1, 3]
    with pytest.raises(UnknownStory):
        story_view(store, "no-such-story")
