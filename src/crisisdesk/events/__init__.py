"""Event coding: PLOVER v2 triggers, arguments, status, ontology."""
