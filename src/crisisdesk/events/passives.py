"""Acts told in the passive with no agent: "Mobile internet was cut in the capital on
Wednesday", "The base at Faya-Largeau was handed over on 26 December", "Jocelyn Elliott was
released the following month".

The passive leaves the doer out, but the act is told as done: it is coded. Its actor is the
doer the report has already named for the same act ("French troops handed over their last base
... The base at Faya-Largeau was handed over ..." is France's), except for violence and
coercion, whose victims are what the passive tells ("a passive killing with no agent has no
actor", tests/gold/README.md); else it has no actor. With no actor it is kept only when its
own clause dates it, as a violent act with no named perpetrator is kept when dated and placed.
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events.draft import Draft
from crisisdesk.model import Actor, Status

PASSIVE_MARKS = {"auxpass", "nsubjpass"}
VERBS = {"VERB", "AUX"}


def agentless(trigger: Token) -> bool:
    """A verb in the passive ('was handed over', 'were raped') with no 'by' phrase."""
    if trigger.pos_ not in VERBS:
        return False
    deps = {child.dep_ for child in trigger.children}
    return bool(deps & PASSIVE_MARKS) and "agent" not in deps


def doers_told_before(
    draft: Draft, earlier: list[Draft], victim_types: frozenset[str]
) -> list[tuple[Actor, Token]]:
    """The actors of the latest earlier act coded from the same trigger entry, for a passive
    act of a type that is not told by its victims."""
    if draft.type in victim_types or not agentless(draft.match.token):
        return []
    entry = draft.match.entry.id
    before = next(
        (
            d
            for d in reversed(earlier)
            if d.match.entry.id == entry and d.actors and d.reading.status != Status.NEGATED
        ),
        None,
    )
    if before is None:
        return []
    return [(actor, draft.match.token) for actor, _ in before.actors]


def dated_in_its_clause(draft: Draft) -> bool:
    """The passive act is told as done (or in force since) and its own words date it ('on
    Wednesday', 'the following month', 'since Tuesday'); not 'could be asked ... on Sunday',
    nor a date of another clause."""
    trigger = draft.match.token
    # "has been cut since Tuesday": an act still in force is told as done too
    if not agentless(trigger) or draft.reading.status not in {Status.OCCURRED, Status.ONGOING}:
        return False
    if draft.date is None or draft.date[1] is None:
        return False
    start = draft.date[1][0]
    return any(word.idx <= start < word.idx + len(word) for word in trigger.subtree)
