"""Whom a protest opposes, when the syntax of its trigger does not name the party.

A protest is aimed at whom it opposes (docs/coding-rules.md, "Protests that demand"). Wire copy
often names the party only inside what the protest opposes: "rallied to denounce the ECOWAS
ultimatum", "a hunger strike to protest President Assad's failure to ...", "in protest of the
Russian government's refusal", "riots against Israeli military policies", "pour dénoncer les
sanctions imposées au Mali par la CEDEAO"; or inside a phrase the parser hangs off another
word ("in support of the junta and against the regional sanctions", "protested for days
outside the French base"). The party is the one that phrase names: the party itself ("in
defiance of Chinese authorities"), the doer its own words name (by, a possessive, a
participle's agent), the owner a modifier names ("the ECOWAS ultimatum", "l'ambassade de
France"), else the doer of the act the report told ("against the sanctions").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from crisisdesk.events import arguments, blame
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.model import Actor

# "against the sanctions", "contre la junte": what a protest opposes
OPPOSED_PREPS = word_set("opposed_prepositions")
# "to denounce the ultimatum", "pour dénoncer les sanctions": verbs whose object is opposed
OPPOSING_VERBS = word_set("protest_opposing_verbs")
# "in protest of X", "in defiance of X", "their disapproval for X": nouns of opposing
OPPOSING_NOUNS = word_set("protest_opposing_nouns")
# "outside the French base", "devant l'ambassade de France": a protest's site held by a party
SITE_PREPS = word_set("protest_site_prepositions")
HELD_NOUNS = word_set("held_place_nouns")
PREMISES_NOUNS = word_set("diplomatic_premises_nouns")
GENITIVE_PREPS = word_set("genitive_prepositions")
# words a phrase may pass through between the trigger and what it opposes: prepositions and
# their objects, coordination ("in support of X and against Y"), never a verb's object
PATH_DEPS = {"prep", "pobj", "conj", "cc", "npadvmod"}
OWNER_DEPS = {"poss", "compound", "amod", "nmod"}


def opposed_parties(draft: Draft, earlier: list[Draft], context: DocumentContext) -> None:
    """Fill a protest's recipients with the party that what it opposes names."""
    found: list[tuple[Actor, Token]] = []
    for head in _opposed_heads(draft.match.token):
        found += _party_of(head, earlier, context)
    for site in _sites(draft.match.token):
        found += _owners(site, context, genitive=True)
    blame.add_parties(draft.recipients, found, draft)


def _opposed_heads(trigger: Token) -> Iterator[Token]:
    """The nouns naming what the protest opposes."""
    for prep in _reachable(trigger):
        if prep.lower_ in OPPOSED_PREPS:
            yield from _objects(prep)
        elif prep.head != trigger and prep.head.lemma_.lower() in OPPOSING_NOUNS:
            yield from _objects(prep)  # "in protest of X", "in defiance of X"
    # "started a hunger strike to protest X": the purpose hangs on the noun's light verb
    verb, _ = arguments.governing_verb(trigger) if trigger.pos_ == "NOUN" else (None, None)
    clauses = [c for w in (trigger, verb) if w is not None for c in w.children]
    for clause in (c for c in clauses if c.dep_ in {"advcl", "xcomp"}):
        for obj in (c for c in clause.children if c.dep_ in arguments.OBJECT_DEPS):
            if clause.lemma_.lower() in OPPOSING_VERBS:
                yield from arguments.coordinated(obj)  # "to denounce the ECOWAS ultimatum"
            elif obj.lemma_.lower() in OPPOSING_NOUNS:  # "to show their disapproval for X"
                for prep in (c for c in obj.children if c.dep_ == "prep"):
                    yield from _objects(prep)


def _reachable(trigger: Token) -> Iterator[Token]:
    """The prepositions hung, through prepositional phrases and coordination only, from the
    trigger: 'rallied in support of the junta and against the sanctions'; not those inside
    its subject or object ('protested the violence against civilians' opposes the
    violence)."""
    stack = [c for c in trigger.children if c.dep_ == "prep" or _time_noun(c)]
    while stack:
        word = stack.pop()
        if word.dep_ in {"prep", "conj"} and word.pos_ == "ADP":
            yield word
        stack += [c for c in word.children if c.dep_ in PATH_DEPS]


def _time_noun(word: Token) -> bool:
    """'se sont rassemblés samedi devant l'ambassade': a day the parse makes a complement,
    with the site hung from it."""
    return word.dep_ in {"xcomp", "npadvmod"} and word.pos_ == "NOUN"


def _objects(prep: Token) -> list[Token]:
    return [h for o in prep.children if o.dep_ == "pobj" for h in arguments.coordinated(o)]


def _sites(trigger: Token) -> Iterator[Token]:
    """'protested for days outside the French base': a held site, however the parse hangs
    its preposition."""
    for prep in _reachable(trigger):
        if prep.lower_ in SITE_PREPS:
            yield from (h for h in _objects(prep) if _site(h))


def _site(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in HELD_NOUNS or lemma in PREMISES_NOUNS


def _party_of(
    head: Token, earlier: list[Draft], context: DocumentContext
) -> list[tuple[Actor, Token]]:
    """The party an opposed noun names: itself, the doer its phrase names, the owner its
    modifiers name, else the doer of the act it points back to."""
    named = [(a, head) for a in context.actors_of(head)]
    if named:
        return named
    doers = blame.named_doers(head, context) or _owners(head, context, genitive=False)
    if doers:
        return doers
    types = blame.act_types(head)
    return blame.doers_of(head, types, earlier, context) if types else []


def _owners(head: Token, context: DocumentContext, genitive: bool) -> list[tuple[Actor, Token]]:
    """'the ECOWAS ultimatum', 'Israeli military policies', 'the United States' policies';
    with ``genitive``, also 'l'ambassade de France' (for a site, where 'of' names its
    holder)."""
    words = [c for c in head.children if c.dep_ in OWNER_DEPS and c.i < head.i]
    words = [w for w in words if w.tag_ != "PRP$"]
    if genitive:
        words += arguments.prep_heads(head, GENITIVE_PREPS)
    return [(actor, word) for word in words for actor in context.actors_of(word)]
