"""Places: the gazetteer of countries, first-level divisions, Sahel towns and described regions."""

from crisisdesk.places.gazetteer import Gazetteer, default_gazetteer

__all__ = ["Gazetteer", "default_gazetteer"]
