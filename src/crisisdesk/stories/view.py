"""Read stories, timelines and the actor network from a store.

A thin adapter: it reads articles, events, the story assignment and the duplicate map from a
:class:`crisisdesk.store.Store` and hands them to the pure functions of
:mod:`~crisisdesk.stories.merge`, :mod:`~crisisdesk.stories.timeline` and
:mod:`~crisisdesk.stories.network`. The story methods (``story_of``/``stories_of``,
``story_articles``, ``duplicate_of``/``duplicates_of``) are used when the store has them;
without them, or for articles not assigned to a story, :func:`timeline_view` and
:func:`network_view` merge without stories (blocks of type, country and overlapping dates; see
:func:`~crisisdesk.stories.merge.merge_without_stories`), and :func:`story_view` raises
:class:`StoriesUnavailable`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from crisisdesk.model import Article
from crisisdesk.stories.merge import build_story, merge_events
from crisisdesk.stories.network import ActorNetwork, build_network
from crisisdesk.stories.records import EventRecord, StoryView
from crisisdesk.stories.timeline import timeline


class StoriesUnavailable(LookupError):
    """The store has no story assignment (the story methods are missing)."""


class UnknownStory(LookupError):
    """No story has this id."""


def has_stories(store: Any) -> bool:
    """Whether the store can say which story an article belongs to."""
    return callable(getattr(store, "story_articles", None)) and (
        callable(getattr(store, "stories_of", None)) or callable(getattr(store, "story_of", None))
    )


def _event_filter(**criteria: Any) -> Any:
    from crisisdesk.store import EventFilter  # the store package is optional for pure users

    return EventFilter(**criteria)


def _story_assignment(store: Any, article_ids: Sequence[str]) -> dict[str, str | None]:
    if callable(getattr(store, "stories_of", None)):
        found = store.stories_of(article_ids)
        return {article_id: found.get(article_id) for article_id in article_ids}
    return {article_id: store.story_of(article_id) for article_id in article_ids}


def _duplicate_map(store: Any, article_ids: Sequence[str]) -> dict[str, str | None]:
    """article id -> the id of the article it reprints (one query where the store allows)."""
    if callable(getattr(store, "duplicates_of", None)):
        return {copy: original for copy, original, *_rest in store.duplicates_of(article_ids)}
    if callable(getattr(store, "duplicate_of", None)):
        found = {article_id: store.duplicate_of(article_id) for article_id in article_ids}
        return {article_id: original for article_id, original in found.items() if original}
    return {}


def story_view(store: Any, story_id: str) -> StoryView:
    """One story: its articles, one record per real event, and where sources disagree."""
    if not has_stories(store):
        raise StoriesUnavailable("this store has no stories yet: assign stories first")
    members = store.story_articles(story_id)
    if not members:
        raise UnknownStory(f"no story {story_id!r}")
    articles: list[Article] = []
    duplicates: dict[str, str | None] = {}
    for member in members:
        article_id = getattr(member, "article_id", None) or member.id
        article = store.article(article_id)
        if article is None:
            continue
        published = getattr(member, "published", None)
        if article.published is None and published is not None:
            # The story assignment may know a date the article's metadata lacks.
            article = article.model_copy(update={"published": published})
        articles.append(article)
        original = getattr(member, "duplicate_of", None)
        if original is None and callable(getattr(store, "duplicate_of", None)):
            original = store.duplicate_of(article_id)
        duplicates[article_id] = original
    events = [
        event
        for article in articles
        for event in store.events(_event_filter(article_id=article.id))
    ]
    return build_story(story_id, articles, events, duplicates)


def all_records(store: Any) -> list[EventRecord]:
    """Every stored event merged into records: story by story for the articles that have a
    story, and without stories (type, country and date blocks) for the others."""
    articles = store.articles()
    ids = [article.id for article in articles]
    duplicates = _duplicate_map(store, ids)
    stories = _story_assignment(store, ids) if has_stories(store) else None
    return merge_events(store.events(), articles, duplicates, stories)


def timeline_view(
    store: Any,
    story: str | None = None,
    actor: str | None = None,
    country: str | None = None,
) -> list[EventRecord]:
    """Records in date order (undated last), for one story or all, filtered by actor and
    country (ISO alpha-3)."""
    records = story_view(store, story).records if story else all_records(store)
    return timeline(records, actor=actor, country=country)


def network_view(
    store: Any,
    since: date | None = None,
    until: date | None = None,
    level: str = "actor",
) -> ActorNetwork:
    """The actor network over [since, until] from every stored event, merged into records."""
    return build_network(all_records(store), since=since, until=until, level=level)
