"""Persistent storage of articles and coded events in DuckDB (see docs/store.md)."""

from crisisdesk.store.schema import SCHEMA_VERSION, StoreError
from crisisdesk.store.store import EventFilter, Store, is_interrupt, iter_batches
from crisisdesk.store.stories import Story, StoryArticle, StoryFilter, StoryLinks

__all__ = [
    "SCHEMA_VERSION",
    "EventFilter",
    "Store",
    "StoreError",
    "Story",
    "StoryArticle",
    "StoryFilter",
    "StoryLinks",
    "is_interrupt",
    "iter_batches",
]
