"""One record per real event: merging the events that several articles code for one happening.

The coder gives one event per happening *per article*. Across the articles of one story, the
same happening is reported again (by other outlets, by reprints, by a follow-up), so this
module merges those events into one :class:`EventRecord` that keeps every mention.

Two events from different articles merge when they are of the same PLOVER type (or kin types,
:data:`KIN_TYPES`), with compatible statuses, actors, recipients, place and dates (see
:mod:`crisisdesk.stories.disagreements` for what "compatible" means for each). Within one
story, an event that is the only one of its type, status and actors in each of two articles is
the same act even when the dates differ (the end of MINUSMA: "31 December" in one report,
"mid-November" in another): the difference is then a disagreement, not a reason to split.

Blocking keeps this near-linear: events are compared only within a (story, type) block, and a
record takes at most one event per article, so what the coder kept apart in one article stays
apart. Everything here is a pure function of articles, events, a duplicate map
(``article id -> id of the article it reprints``) and a story assignment
(``article id -> story id``); :mod:`crisisdesk.stories.view` reads those from a store.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from crisisdesk.model import Article, DatePrecision, Event, Status
from crisisdesk.stories.disagreements import (
    DATE_FIELD,
    FIELD_BY_NAME,
    PLACE_FIELD,
    DateValue,
    actors_compatible,
    dates_overlap,
    linked,
    place_key,
    places_compatible,
    record_fields,
    story_disagreements,
)
from crisisdesk.stories.records import ArticleRef, EventRecord, Mention, StoryView
from crisisdesk.stories.timeline import timeline_key

# Types that name the same act in different words: a cooperation agreement is coded
# COOPERATE by one report and AGREE by another. Kept narrow on purpose: PLOVER's future-type
# rule (planned SUPPORT/AID/CONSULT as AGREE) is not used, because this coder keeps planned
# events in their own type (docs/decisions/0001).
KIN_TYPES: Mapping[str, str] = {"COOPERATE": "AGREE"}

Duplicates = Mapping[str, str | None]
Articles = Mapping[str, Article] | Iterable[Article]

_FACTUAL = frozenset({Status.OCCURRED, Status.ONGOING})
# Matches that need the "one act, two dates" rule rank below every ordinary match.
_DATE_RULE_PENALTY = 10.0
# How far apart two reports may date one done act (see dates_close_enough).
DATE_RULE_MAX_GAP_DAYS = 7


def type_family(event_type: str) -> str:
    """The block an event type is merged in: itself, or the type it is kin to."""
    return KIN_TYPES.get(event_type, event_type)


# -- sources ---------------------------------------------------------------------------------


def article_map(articles: Articles) -> dict[str, Article]:
    if isinstance(articles, Mapping):
        return dict(articles)
    return {article.id: article for article in articles}


def root_article(article_id: str, duplicates: Duplicates) -> str:
    """The original an article reprints, following chains of reprints (cycles are cut)."""
    seen = {article_id}
    current = article_id
    while (original := duplicates.get(current)) and original not in seen:
        seen.add(original)
        current = original
    return current


def source_key(article_id: str, articles: Mapping[str, Article], duplicates: Duplicates) -> str:
    """What counts as one independent source for an article.

    The outlet of the original article: a reprint counts as its original, so it never adds a
    source, and two articles of one outlet are one source. An article with no known outlet
    is a source of its own.
    """
    root = root_article(article_id, duplicates)
    original = articles.get(root)
    if original is not None and original.outlet:
        return "outlet:" + " ".join(original.outlet.casefold().split())
    return f"article:{root}"


def make_mention(event: Event, articles: Mapping[str, Article], duplicates: Duplicates) -> Mention:
    """An article's event as a mention; the evidence moves from the event to the mention."""
    article = articles.get(event.article_id)
    return Mention(
        article_id=event.article_id,
        outlet=article.outlet if article else None,
        published=article.published if article else None,
        title=article.title if article else None,
        duplicate_of=duplicates.get(event.article_id),
        source_key=source_key(event.article_id, articles, duplicates),
        evidence=list(event.evidence),
        event=event.model_copy(update={"evidence": []}),
    )


# -- compatibility and scores ----------------------------------------------------------------


def statuses_compatible(first: Event, second: Event) -> bool:
    """Occurred and ongoing are one fact. A planned act and its report as done are one act
    when both are dated (the date then ties them); negated and hypothetical only match
    themselves."""
    if first.status == second.status:
        return True
    statuses = {first.status, second.status}
    if statuses <= _FACTUAL:
        return True
    if Status.PLANNED in statuses and statuses - {Status.PLANNED} <= _FACTUAL:
        return first.date_start is not None and second.date_start is not None
    return False


def events_compatible(first: Event, second: Event) -> bool:
    """May the two events (already in one type block) be reports of one happening?"""
    return (
        statuses_compatible(first, second)
        and actors_compatible(first.actors, second.actors)
        and actors_compatible(first.recipients, second.recipients)
        and places_compatible(first.place, second.place)
        and dates_overlap(first, second)
    )


def dates_close_enough(first: Event, second: Event) -> bool:
    """May two differing dates still be one act's, told differently?

    A plan's date is what reports disagree about ("31 December", "mid-November"), so any
    dates do. A done act's day may be off by a few days between reports (the day it
    happened, the day it was announced), but months or years apart are two acts: two coups,
    two rounds of fighting.
    """
    if first.status == Status.PLANNED:
        return True
    one, two = DateValue.of(first), DateValue.of(second)
    if one is None or two is None:
        return True
    precise = {DatePrecision.DAY, DatePrecision.WEEK}
    if one.precision not in precise or two.precision not in precise:
        return False
    gap = max(one.start, two.start) - min(one.end, two.end)
    return gap.days <= DATE_RULE_MAX_GAP_DAYS


def same_act_other_date(first: Event, second: Event) -> bool:
    """Same type, status, mode and named actors, compatible place, dates close enough."""
    return (
        first.type == second.type
        and first.status == second.status
        and (first.mode == second.mode or not first.mode or not second.mode)
        and bool(first.actors)
        and bool(second.actors)
        and any(linked(a, b) for a in first.actors for b in second.actors)
        and actors_compatible(first.actors, second.actors)
        and actors_compatible(first.recipients, second.recipients)
        and places_compatible(first.place, second.place)
        and dates_close_enough(first, second)
    )


def _jaccard(first: Sequence[str], second: Sequence[str]) -> float:
    one, two = set(first), set(second)
    return len(one & two) / len(one | two) if one and two else 0.0


def pair_score(first: Event, second: Event) -> float:
    """How alike two compatible events are; picks the best match among several."""
    score = 2 * _jaccard([a.id for a in first.actors], [a.id for a in second.actors])
    score += _jaccard([a.id for a in first.recipients], [a.id for a in second.recipients])
    if first.mode == second.mode:
        score += 1
    elif first.mode and second.mode:
        score -= 1
    score += 1 if first.status == second.status else 0
    if first.place and second.place:
        score += 2 if place_key(first.place) == place_key(second.place) else 0.5
    one, two = DateValue.of(first), DateValue.of(second)
    if one and two:
        score += 2 if one.label == two.label else (1 if one.overlaps(two) else 0)
    if first.dead is not None and second.dead is not None:
        score += 0.5
    return score


# -- merging ---------------------------------------------------------------------------------


@dataclass
class _Draft:
    """A record being built: its events, one per article."""

    events: list[Event] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    def add(self, event: Event) -> None:
        self.events.append(event)
        self.articles.add(event.article_id)

    def score(self, event: Event) -> float:
        return sum(pair_score(event, other) for other in self.events) / len(self.events)


def _unique_acts(events: Sequence[Event]) -> set[str]:
    """Ids of events that are the only one of their status and actors in their article."""
    unique = set()
    for event in events:
        twins = [
            other
            for other in events
            if other.article_id == event.article_id
            and other.status == event.status
            and other.type == event.type
            and (
                not other.actors
                or not event.actors
                or actors_compatible(other.actors, event.actors)
            )
        ]
        if len(twins) == 1:
            unique.add(event.id)
    return unique


def _candidate_pairs(
    events: Sequence[Event], drafts: Sequence[_Draft], unique: set[str] | None
) -> list[tuple[float, int, int]]:
    """(score, event index, draft index) for every allowed match, best first."""
    pairs = []
    for i, event in enumerate(events):
        for j, draft in enumerate(drafts):
            if event.article_id in draft.articles:
                continue
            if all(events_compatible(event, other) for other in draft.events):
                pairs.append((draft.score(event), i, j))
            elif unique is not None and _date_rule_applies(event, draft, unique):
                pairs.append((draft.score(event) - _DATE_RULE_PENALTY, i, j))
    return sorted(pairs, key=lambda pair: (-pair[0], pair[1], pair[2]))


def _date_rule_applies(event: Event, draft: _Draft, unique: set[str]) -> bool:
    return event.id in unique and all(
        other.id in unique and same_act_other_date(event, other) for other in draft.events
    )


def _merge_block(events: Sequence[Event], date_rule: bool) -> list[_Draft]:
    """Merge one block, article by article (earliest first), matching best pairs first."""
    unique = _unique_acts(events) if date_rule else None
    by_article: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    drafts: list[_Draft] = []
    for article_events in by_article.values():
        taken_events: set[int] = set()
        taken_drafts: set[int] = set()
        for _score, i, j in _candidate_pairs(article_events, drafts, unique):
            if i not in taken_events and j not in taken_drafts:
                drafts[j].add(article_events[i])
                taken_events.add(i)
                taken_drafts.add(j)
        for i, event in enumerate(article_events):
            if i not in taken_events:
                drafts.append(_Draft())
                drafts[-1].add(event)
    return drafts


def _article_order(articles: Mapping[str, Article]) -> dict[str, tuple[date, str]]:
    return {
        article_id: (article.published or date.max, article_id)
        for article_id, article in articles.items()
    }


def _sorted_events(events: Iterable[Event], articles: Mapping[str, Article]) -> list[Event]:
    """Events in article order (publication date, then id), keeping each article's order."""
    order = _article_order(articles)
    indexed = list(enumerate(events))
    indexed.sort(
        key=lambda pair: (order.get(pair[1].article_id, (date.max, pair[1].article_id)), pair[0])
    )
    return [event for _, event in indexed]


def merge_story(
    events: Iterable[Event],
    articles: Articles,
    duplicates: Duplicates | None = None,
    story_id: str | None = None,
) -> list[EventRecord]:
    """Merge the events of the articles of one story into records, in timeline order."""
    article_by_id = article_map(articles)
    duplicates = duplicates or {}
    blocks: dict[str, list[Event]] = defaultdict(list)
    for event in _sorted_events(events, article_by_id):
        blocks[type_family(event.type)].append(event)
    records = [
        build_record(draft.events, article_by_id, duplicates, story_id)
        for block in blocks.values()
        for draft in _merge_block(block, date_rule=True)
    ]
    return sorted(records, key=timeline_key)


def merge_events(
    events: Iterable[Event],
    articles: Articles,
    duplicates: Duplicates | None = None,
    stories: Mapping[str, str | None] | None = None,
) -> list[EventRecord]:
    """Merge events story by story, in timeline order.

    Articles with no story (or all of them, with ``stories`` left ``None``) are merged
    together by :func:`merge_without_stories`.
    """
    article_by_id = article_map(articles)
    stories = stories or {}
    by_story: dict[str, list[Event]] = defaultdict(list)
    loose: list[Event] = []
    for event in events:
        story = stories.get(event.article_id)
        if story:
            by_story[story].append(event)
        else:
            loose.append(event)
    records = merge_without_stories(loose, article_by_id, duplicates)
    for story, story_events in by_story.items():
        records.extend(merge_story(story_events, article_by_id, duplicates, story))
    return sorted(records, key=timeline_key)


def merge_without_stories(
    events: Iterable[Event], articles: Articles, duplicates: Duplicates | None = None
) -> list[EventRecord]:
    """Merge across all articles without a story assignment.

    Blocks are (type family, country), and within a block only events whose dates overlap
    at their precision are compared: a sweep in date order keeps only the records still
    open at the current date. Undated events stay records of their own, and the "one act,
    two dates" rule is off: without a story, nothing ties two differently dated reports.
    """
    article_by_id = article_map(articles)
    duplicates = duplicates or {}
    blocks: dict[tuple[str, str], list[Event]] = defaultdict(list)
    drafts: list[_Draft] = []
    for event in _sorted_events(events, article_by_id):
        if event.date_start is None:
            drafts.append(_Draft(events=[event], articles={event.article_id}))
            continue
        country = event.place.country if event.place and event.place.country else ""
        blocks[(type_family(event.type), country)].append(event)
    for block in blocks.values():
        drafts.extend(_sweep(block))
    records = [build_record(draft.events, article_by_id, duplicates, None) for draft in drafts]
    return sorted(records, key=timeline_key)


def _sweep(events: list[Event]) -> list[_Draft]:
    """Greedy merge in date order against the records whose dates are still open."""
    done: list[_Draft] = []
    open_drafts: list[tuple[date, _Draft]] = []
    for event in sorted(events, key=lambda item: item.date_start or date.min):
        span = DateValue.of(event)
        assert span is not None  # undated events never reach a sweep
        done.extend(draft for end, draft in open_drafts if end < span.start)
        open_drafts = [(end, draft) for end, draft in open_drafts if end >= span.start]
        best: tuple[float, int] | None = None
        for index, (_end, draft) in enumerate(open_drafts):
            if event.article_id in draft.articles:
                continue
            if all(events_compatible(event, other) for other in draft.events):
                score = draft.score(event)
                if best is None or score > best[0]:
                    best = (score, index)
        if best is None:
            open_drafts.append((span.end, _Draft(events=[event], articles={event.article_id})))
        else:
            end, draft = open_drafts[best[1]]
            draft.add(event)
            open_drafts[best[1]] = (min(end, span.end), draft)
    return done + [draft for _end, draft in open_drafts]


# -- records ---------------------------------------------------------------------------------


def record_id(events: Iterable[Event]) -> str:
    digest = hashlib.sha256("|".join(sorted(event.id for event in events)).encode("utf-8"))
    return "rec-" + digest.hexdigest()[:16]


def _canonical_event(spec_name: str, mentions: Sequence[Mention], best: str) -> Event | None:
    spec = FIELD_BY_NAME[spec_name]
    for mention in mentions:
        value = spec.extract(mention.event)
        if value is not None and spec.key(value) == best:
            return mention.event
    return None


def build_record(
    events: Sequence[Event],
    articles: Mapping[str, Article],
    duplicates: Duplicates,
    story_id: str | None,
) -> EventRecord:
    """One record from the events of one happening: canonical values, mentions, sources."""
    mentions = [make_mention(event, articles, duplicates) for event in events]
    values, disagreements = record_fields(mentions)

    def best(name: str) -> str | None:
        listed = values.get(name)
        return listed[0].value if listed else None

    def best_number(name: str) -> int | None:
        listed = values.get(name)
        return listed[0].number if listed else None

    date_event = _canonical_event(DATE_FIELD.name, mentions, best("date") or "")
    place_event = _canonical_event(PLACE_FIELD.name, mentions, best("place") or "")
    actor_event = _canonical_event("actors", mentions, best("actors") or "")
    recipient_event = _canonical_event("recipients", mentions, best("recipients") or "")
    dead = best_number("dead")
    dead_event = next(
        (m.event for m in mentions if dead is not None and m.event.dead == dead), None
    )
    outlets = list(dict.fromkeys(m.outlet for m in mentions if m.outlet))
    return EventRecord(
        id=record_id(events),
        story_id=story_id,
        type=best("type") or events[0].type,
        mode=best("mode"),
        contexts=list(dict.fromkeys(c for event in events for c in event.contexts)),
        status=Status(best("status") or events[0].status),
        actors=list(actor_event.actors) if actor_event else [],
        recipients=list(recipient_event.recipients) if recipient_event else [],
        place=place_event.place if place_event else None,
        date_start=date_event.date_start if date_event else None,
        date_end=date_event.date_end if date_event else None,
        date_precision=date_event.date_precision if date_event else None,
        dead=dead,
        dead_high=dead_event.dead_high if dead_event else None,
        injured=best_number("injured"),
        abducted=best_number("abducted"),
        arrested=best_number("arrested"),
        troops=best_number("troops"),
        confidence=max(event.confidence for event in events),
        mentions=mentions,
        sources=len({mention.source_key for mention in mentions}),
        outlets=outlets,
        values=values,
        disagreements=disagreements,
    )


def build_story(
    story_id: str,
    articles: Articles,
    events: Iterable[Event],
    duplicates: Duplicates | None = None,
) -> StoryView:
    """A story: its articles, one record per real event, and its disagreements."""
    article_by_id = article_map(articles)
    duplicates = duplicates or {}
    events = [event for event in events if event.article_id in article_by_id]
    records = merge_story(events, article_by_id, duplicates, story_id)
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        counts[event.article_id] += 1
    ordered = sorted(article_by_id.values(), key=lambda a: (a.published or date.max, a.id))
    refs = [
        ArticleRef(
            article_id=article.id,
            outlet=article.outlet,
            published=article.published,
            title=article.title,
            url=article.url,
            duplicate_of=duplicates.get(article.id),
            events=counts[article.id],
        )
        for article in ordered
    ]
    keys = {source_key(article.id, article_by_id, duplicates) for article in ordered}
    return StoryView(
        story_id=story_id,
        articles=refs,
        sources=len(keys),
        records=records,
        disagreements=story_disagreements(records),
    )
