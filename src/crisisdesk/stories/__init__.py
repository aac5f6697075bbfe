"""Stories and near-duplicates: which stored articles report the same real-world story, and
which are copies (wire copies, reprints) of another. See docs/stories.md.

* :mod:`crisisdesk.stories.dedup`: MinHash signatures of word 5-shingles and the LSH index;
* :mod:`crisisdesk.stories.cluster`: features, blocking, scoring and :class:`StoryAssigner`,
  which turns a batch of coded articles into :class:`~crisisdesk.store.StoryLinks` that
  :meth:`Store.write` stores in the batch's transaction.

The store answers the questions: ``story_of``, ``stories``, ``story_articles``,
``duplicate_of``.
"""

from crisisdesk.store.stories import Story, StoryArticle, StoryFilter, StoryLinks
from crisisdesk.stories.cluster import ArticleFeatures, StoryAssigner, features_of

__all__ = [
    "ArticleFeatures",
    "Story",
    "StoryArticle",
    "StoryAssigner",
    "StoryFilter",
    "StoryLinks",
    "features_of",
]
