"""Recipients that only the document's earlier events can give.

A call for someone's release is addressed to whoever holds them ("called for the release of
Condé": the soldiers who detained him). The sentence names the detainee; the earlier drafts of
the same document say who detained them. (A condemnation of an act with no party named, "condemned
the takeover", keeps no recipient: the annotation conventions code none.)
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.events import arguments
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.model import Actor, ActorKind

RELEASE_NOUNS = word_set("release_nouns")
GENITIVE_PREPS = word_set("genitive_prepositions")
REQUEST_CONTENT_PREPS = word_set("request_content_prepositions")


def from_earlier(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """Fill a request's recipients from the document's earlier events, where what it asks for
    is a detainee's release."""
    if draft.type != "REQUEST":
        return
    slots = arguments.slots(draft.match.token)
    asked = [h for word in REQUEST_CONTENT_PREPS for h in slots.preps.get(word, [])]
    for obj in slots.object + asked:  # "called for the release of X"
        if obj.lemma_.lower() in RELEASE_NOUNS:
            _ask_the_holder(draft, obj, earlier, context)
            return


def _ask_the_holder(
    draft: Draft, release: Token, earlier: list[Draft], context: DocumentContext
) -> None:
    """'called for the release of Condé': the one who detained Condé, when told before."""
    heads = arguments.prep_heads(release, GENITIVE_PREPS)
    heads += [c for c in release.children if c.dep_ == "poss"]
    held = {_surname(actor) for head in heads for actor in context.actors_of(head)}
    for before in reversed(earlier):
        if before.type != "COERCE" or not before.actors:
            continue
        if any(_surname(actor) in held for actor, _ in before.recipients):
            draft.recipients = [(a, t) for a, t in draft.recipients if _surname(a) not in held]
            _take_actors(draft, before, release)
            return


def _surname(actor: Actor) -> str:
    """A key that 'Condé' and 'President Alpha Condé' share: a person's last name."""
    if actor.kind == ActorKind.PERSON or actor.id.startswith("unresolved:"):
        return actor.name.split()[-1].lower() if actor.name else actor.id
    return actor.id


def _take_actors(draft: Draft, act: Draft, token: Token) -> None:
    """The act's actors become the draft's recipients."""
    known = {a.id for a, _ in draft.actors + draft.recipients}
    for actor, _ in act.actors:
        if actor.id not in known:
            draft.recipients.append((actor, token))
