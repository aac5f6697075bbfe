"""Actors: the knowledge base of countries, organisations, armed groups and people."""

from crisisdesk.actors.kb import ActorKB, KnowledgeBaseError, default_kb

__all__ = ["ActorKB", "KnowledgeBaseError", "default_kb"]
