"""Which date expression belongs to which event: attachment in the parse, report dates, and
dates counted from another clause ("a day after ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from crisisdesk.events.grammar import current_language, word_map
from crisisdesk.events.lexicon import StatusMarkers, load_quantities


def relative_clause(token: Token) -> tuple[Token, int] | None:
    """The 'N days after/before' clause holding a trigger, and the signed distance in days
    (positive: the event is that many days before the main clause's date)."""
    current = token
    for _ in range(4):
        markers = [c for c in current.children if c.dep_ in {"mark", "prep"}]
        marks = {c.lower_ for c in markers}
        # "a day after X": the distance hangs from the clause or from its "after"
        near = [*current.children, *(g for m in markers for g in m.children)]
        distance = next((c for c in near if c.dep_ == "npadvmod"), None)
        if current.dep_ == "advcl" and marks & {"after", "before"} and distance is not None:
            unit = DISTANCE_UNITS.get(distance.lemma_.lower())
            if unit is None:
                return None
            count = next((c for c in distance.children if c.dep_ == "nummod"), None)
            quantities = load_quantities(current_language())
            number = quantities.value_of([count.text]) if count is not None else 1
            if number is None:
                return None
            sign = 1 if "after" in marks else -1
            return current, sign * number * unit
        if current.head is current:
            return None
        current = current.head
    return None


DISTANCE_UNITS = word_map("distance_units_in_days")


def reporting_head(token: Token, markers: StatusMarkers) -> Token | None:
    """The reporting verb ('said', 'announced') whose clausal complement holds the trigger."""
    current = token
    for _ in range(4):
        if current.head is current:
            return None
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in markers.reporting_verbs:
            return current.head
        current = current.head
    return None


def nearest_attached(
    doc: Doc, spans: list[tuple[int, int]], anchors: set[int]
) -> tuple[int, int] | None:
    """The date span most closely attached to one of the anchor tokens, if any is."""
    attached = []
    for span in spans:
        distance = attachment_distance(doc.char_span(*span, alignment_mode="expand"), anchors)
        if distance is not None:
            attached.append((distance, span))
    return min(attached)[1] if attached else None


def attachment_distance(span: Span | None, anchors: set[int]) -> int | None:
    """Steps from a date's head up to the trigger (or its governing verb), or None when the
    date hangs from another clause ("Initiated in 2013 ..., Minusma faced ...")."""
    if span is None:
        return None
    token = span.root
    for steps in range(12):
        if token.i in anchors:
            return steps
        if token.head is token:
            return None
        if steps > 0 and token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"xcomp", "aux"}:
            return None  # crossed into another clause
        token = token.head
    return None
