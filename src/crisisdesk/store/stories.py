"""What the store keeps about stories and near-duplicates, as the store's callers see it.

:class:`StoryLinks` is what story assignment (``crisisdesk.stories``) hands to
:meth:`Store.write` or :meth:`Store.assign`: plain rows, one list per table, so they are written
with the same bulk statements as articles and events, inside the same transaction.
:class:`Story`, :class:`StoryArticle` and :class:`StoryFilter` are what the store reads back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field


class Story(BaseModel):
    """All the stored reports of one real-world story."""

    id: str
    title: str | None = None
    first_date: date | None = Field(default=None, description="Earliest publication date.")
    last_date: date | None = Field(default=None, description="Latest publication date.")
    articles: int = 0
    duplicates: int = Field(default=0, description="Articles that are copies of another one.")
    sources: int = Field(
        default=0, description="Independent sources: distinct outlets, duplicates left out."
    )
    countries: list[str] = Field(default_factory=list)


class StoryArticle(BaseModel):
    """One article of a story, with what a side-by-side view shows."""

    article_id: str
    story_id: str
    score: float = Field(description="Similarity that made it join; 1.0 for the founder.")
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    ingested_at: datetime | None = None
    duplicate_of: str | None = None
    similarity: float | None = Field(
        default=None, description="Estimated similarity to the original, for a duplicate."
    )


class StoryFilter(BaseModel):
    """What :meth:`Store.stories` returns; criteria left ``None`` are ignored."""

    country: str | None = Field(default=None, description="ISO alpha-3 among its countries.")
    since: date | None = Field(default=None, description="Stories whose last date is on/after.")
    until: date | None = Field(default=None, description="Stories whose first date is on/before.")
    min_articles: int | None = Field(default=None, ge=1)
    limit: int | None = Field(default=None, ge=0)


# Column order of each story table in schema_v1.sql.
Row = tuple[Any, ...]


def week_of(day: date) -> int:
    """The week number blocking keys are stored under (``article_keys.week``)."""
    return day.toordinal() // 7


@dataclass
class StoryLinks:
    """Rows for the story tables produced by assigning one batch of articles.

    ``duplicates`` may re-point stored rows (an earlier-published original arrived later), so
    they and ``memberships`` are written with INSERT OR REPLACE.
    """

    minhashes: list[Row] = field(default_factory=list)  # (article_id, shingles, signature)
    duplicates: list[Row] = field(default_factory=list)  # (article_id, original_id, similarity)
    features: list[Row] = field(default_factory=list)  # article_features columns
    keys: list[Row] = field(default_factory=list)  # (key, week_of(day), day, article_id)
    memberships: list[Row] = field(default_factory=list)  # (article_id, story_id, score)

    def restricted_to(self, article_ids: set[str]) -> StoryLinks:
        """The rows about ``article_ids`` (and duplicates pointing at them)."""
        return StoryLinks(
            minhashes=[r for r in self.minhashes if r[0] in article_ids],
            duplicates=[r for r in self.duplicates if r[0] in article_ids or r[1] in article_ids],
            features=[r for r in self.features if r[0] in article_ids],
            keys=[r for r in self.keys if r[3] in article_ids],
            memberships=[r for r in self.memberships if r[0] in article_ids],
        )

    def article_ids(self) -> set[str]:
        """Every article these rows are about."""
        ids = {row[0] for row in self.memberships} | {row[0] for row in self.duplicates}
        return ids | {row[1] for row in self.duplicates}
