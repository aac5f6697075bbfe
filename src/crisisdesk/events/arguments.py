"""Syntactic slots around an event trigger, from spaCy's dependency parse.

A trigger is a verb ("withdrew", "killed") or a noun ("the withdrawal of", "fighting").
:func:`slots` returns the noun-phrase heads filling each slot — subject, object, passive
subject, agent, possessor, prepositional objects — following control verbs ("decided to
withdraw": the decider withdraws), participles ("310 peacekeepers killed"), light verbs
("launched an attack", "faces suspension") and coordination ("Mali, along with Guinea and
Niger"). Which PLOVER role a slot plays is the frame's business (see the lexicon), not this
module's.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields

from spacy.tokens import Token

from crisisdesk.events.grammar import word_set
from crisisdesk.events.nearby import measured_from

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
# Dependencies through which a verb inherits its subject from the verb or noun above it.
CONTROL_DEPS = {"xcomp", "conj", "advcl", "ccomp", "acomp"}  # acomp: "are due to meet"
NOUN_POS = {"NOUN", "PROPN", "PRON", "NUM"}
# "Mali, along with Guinea", "soldiers with Wagner fighters": the list goes on
ACCOMPANIMENT_PREPS = word_set("accompaniment_prepositions")
# "the massacre shocked the country": the object of such a verb reacts to the event; it is not
# the event's target as in "the attack hit the camp"
REACTION_VERBS = word_set("reaction_verbs")
# "were not granted access by the authorities": the preposition of a passive's agent
PASSIVE_AGENT_PREPS = word_set("passive_agent_prepositions")
# "killed in an ambush", "tués dans une attaque": the act a passive happened in
OCCASION_PREPS = word_set("occasion_prepositions")
# "an ambush laid by X", "an attack claimed by X": participles whose agent is the act's doer
# (not "an attack condemned by X")
DOER_PARTICIPLES = word_set("doer_participles")


@dataclass
class Slots:
    """Noun-phrase heads per syntactic slot (each already expanded over coordination)."""

    subject: list[Token] = field(default_factory=list)
    object: list[Token] = field(default_factory=list)
    passive_subject: list[Token] = field(default_factory=list)
    dative: list[Token] = field(default_factory=list)  # "gave the Ivory Coast aid"
    agent: list[Token] = field(default_factory=list)
    possessor: list[Token] = field(default_factory=list)
    modifier: list[Token] = field(default_factory=list)  # "ECOWAS sanctions", "French withdrawal"
    purpose: list[Token] = field(default_factory=list)  # "fired tear gas to disperse them"
    preps: dict[str, list[Token]] = field(default_factory=dict)
    governor: Token | None = None  # the verb governing a noun trigger
    governor_role: str | None = None  # how the noun relates to it: object, subject, ...

    def add_prep(self, word: str, heads: list[Token]) -> None:
        self.preps.setdefault(word, []).extend(heads)

    def copy(self) -> Slots:
        """A copy whose lists are its own (every field, so a slot added later is copied too)."""
        return Slots(**{f.name: _own_copy(getattr(self, f.name)) for f in fields(self)})


def _own_copy(value):
    """Lists and the prepositions' mapping copied; tokens and roles shared."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return {word: list(heads) for word, heads in value.items()}
    return value


# While the coder codes a document, the slots of each trigger it has read: its rules ask for
# the same trigger's slots again and again (1,199 asks for 316 words in the examples, each
# a walk of the parse). Each asker gets its own copy, so what it changes stays its own.
_remembered: ContextVar[dict[tuple[str, object, int], Slots] | None] = ContextVar(
    "crisisdesk_remembered_slots", default=None
)


@contextmanager
def remembered_slots() -> Iterator[None]:
    """Within the block, :func:`verb_slots` and :func:`noun_slots` read each word once."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def _remembered_per_word(read: Callable[[Token], Slots]) -> Callable[[Token], Slots]:
    def remembered(word: Token) -> Slots:
        memo = _remembered.get()
        if memo is None:
            return read(word)
        key = (read.__name__, word.doc, word.i)
        found = memo.get(key)
        if found is None:
            found = memo[key] = read(word)
        return found.copy()

    remembered.__doc__ = read.__doc__
    remembered.__name__ = read.__name__
    return remembered


def coordinated(head: Token) -> list[Token]:
    """The head and the heads coordinated with it: 'Mali, Niger and Burkina Faso'.

    Also follows 'along with', 'together with' and 'as well as', which news uses for lists.
    """
    heads = [head]
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in NOUN_POS:
            heads.extend(coordinated(child))
        elif child.dep_ == "appos" and _same_kind_of_name(head, child):
            # "Mali, Burkina Faso and Niger" parsed as an apposition: it is a list.
            heads.extend(coordinated(child))
        elif child.dep_ == "npadvmod" and _listed_after_comma(head, child):
            # "Burkina Faso, Mali, Niger, Chad and Mauritania set up ...": the parser hangs
            # the second name of a long list as a modifier; a name of the same kind after a
            # comma, with the rest of the list on it, is still a list.
            heads.extend(coordinated(child))
        elif child.dep_ in {"nmod", "compound"} and _modifier_with_and(head, child):
            # "from Mali and Burkina Faso" parsed with "Mali" modifying "Faso"
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in ACCOMPANIMENT_PREPS:
            for inner in _prep_objects(child, nested=True):
                heads.extend(coordinated(inner))
        elif child.dep_ == "acl" and child.lemma_.lower() in BACKING_VERBS:
            # "Malian soldiers, backed by Russian fighters": the backers act too.
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for inner in _prep_objects(agent):
                    heads.extend(coordinated(inner))
    if len(heads) == 1 and (stray := _conjunct_on_verb(head)) is not None:
        heads.extend(coordinated(stray))
    return heads


def _conjunct_on_verb(head: Token) -> Token | None:
    """The second name of an object list that the parser hung on the verb: in "sentenced
    Kafando, the former head of his guard, and General Diendéré" or "call on the African Union
    and ECOWAS to raise", "Diendéré" and "ECOWAS" are the verb's "conj". A verb is never
    coordinated with a noun, so a noun right after the object and "and"/"or" continues it."""
    if head.dep_ not in {"dobj", "dative", "pobj"}:
        return None
    verb = head.head.head if head.dep_ == "pobj" else head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for child in verb.rights:
        if child.dep_ != "conj" or child.pos_ not in NOUN_POS - {"PRON"}:
            continue
        between = head.doc[head.right_edge.i + 1 : child.left_edge.i]
        if between and between[-1].dep_ == "cc" and all(t.dep_ in {"cc", "punct"} for t in between):
            return child
    return None


def _listed_after_comma(head: Token, other: Token) -> bool:
    """Whether ``other`` directly follows ``head``'s phrase after a comma and is a name of
    the same kind (both countries, both organisations)."""
    before = other.doc[other.left_edge.i - 1] if other.left_edge.i > 0 else None
    return (
        before is not None
        and before.text == ","
        and before.i == head.i + 1
        and _same_kind_of_name(head, other)
    )


def _modifier_with_and(head: Token, other: Token) -> bool:
    """A name of the same kind that modifies ``head`` but carries its own 'and': a list the
    parser folded into one name ("Mali and Burkina Faso")."""
    if not any(c.dep_ == "cc" for c in other.children):
        return False
    if _same_kind_of_name(head, other):
        return True
    # "between the army and CMA rebels": the parser reads "army and CMA" as a modifier of
    # "rebels"; a plain noun with a name coordinated to it is the first of two parties.
    return (
        other.dep_ == "nmod"
        and other.pos_ == "NOUN"
        and any(c.dep_ == "conj" and (c.ent_type_ or c.pos_ == "PROPN") for c in other.children)
    )


def _same_kind_of_name(head: Token, other: Token) -> bool:
    return (
        bool(head.ent_type_)
        and head.ent_type_ == other.ent_type_
        and head.ent_type_
        in {
            "GPE",
            "ORG",
            "NORP",
        }
    )


def _prep_objects(prep: Token, nested: bool = False) -> Iterator[Token]:
    """Objects of a preposition; with ``nested``, also of 'with' in 'along with'."""
    for child in prep.children:
        if child.dep_ in {"pobj", "pcomp"}:
            yield child
        elif nested and child.dep_ == "prep":
            yield from _prep_objects(child)


def _fill_preps(slots: Slots, token: Token, skipped: Container[str] = ()) -> None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ not in skipped:
            if measured_from(child):
                continue  # "blew themselves up in Konduga, 35 km from Maiduguri": a locator
            word = child.lower_
            for obj in _prep_objects(child):
                slots.add_prep(word, coordinated(obj))
            # "between X and Y": spaCy often hangs Y as a conj of the preposition's object only
        elif child.dep_ == "agent":
            for obj in _prep_objects(child):
                slots.agent.extend(coordinated(obj))
    if not slots.agent and any(c.dep_ == "auxpass" for c in token.children):
        # "were not granted access to Moura by the Malian authorities": the parser hangs the
        # passive's agent on the object it keeps
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            for prep in (c for c in obj.children if c.dep_ == "prep"):
                if prep.lower_ in PASSIVE_AGENT_PREPS:
                    for inner in _prep_objects(prep):
                        slots.agent.extend(coordinated(inner))


def _controlling_subject(verb: Token) -> list[Token]:
    """The subject a verb inherits: 'France decided to withdraw', 'X's decision to withdraw'."""
    current = verb
    through_preposition = False
    for _ in range(5):
        head = current.head
        if head.i == current.i:
            return []
        if current.dep_ == "acl" and head.pos_ in NOUN_POS:
            owners = [c for c in head.children if c.dep_ == "poss"]
            if owners:
                return coordinated(owners[0])
            if head.lemma_.lower() in DECREE_NOUNS and head.dep_ in OBJECT_DEPS:
                # "signed a decree dissolving the parties", "adopted a resolution ending the
                # mandate": the decree acts for whoever issued it
                enacting = head.head
                return [
                    h for c in enacting.children if c.dep_ in SUBJECT_DEPS for h in coordinated(c)
                ]
            return []
        if current.dep_ == "relcl":
            return coordinated(head)
        if current.dep_ == "advcl" and head.pos_ in NOUN_POS and head.dep_ in OBJECT_DEPS:
            # "prompting ECOWAS to threaten intervention": the parser hangs the infinitive
            # from the object noun, who is the one made to act
            return coordinated(head)
        if current.dep_ == "pcomp" and head.dep_ == "prep":
            # "responded by recalling", "after seizing power": the gerund's doer is the subject
            # of the clause its preposition hangs from.
            current, through_preposition = head, True
            continue
        if current.dep_ == "conj" and _tensed_after_bare(current, head):
            # "demanded that France withdraw its soldiers and has ordered the ambassador to
            # leave": a verb with its own tense cannot share a bare subjunctive's subject;
            # the parser hung it in the wrong clause, and it shares the main clause's
            current = head
            continue
        # "stopped short of imposing", "came close to signing": the preposition hangs from an
        # adverb of the main verb, whose subject the gerund still shares
        hop = through_preposition and current.dep_ in {"prep", "advmod"}
        if current.dep_ not in CONTROL_DEPS and not hop:
            return []
        if current.dep_ == "xcomp":
            # "ordered MINUSMA to leave", "urged France to withdraw": the object acts
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return coordinated(objects[0])
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
        if subjects and subjects[0].tag_ in RELATIVE_PRONOUN_TAGS and head.dep_ == "relcl":
            # "the summit, which gave the junta one week and threatened the use of force":
            # the conjunct shares what 'which' stands for
            return coordinated(_relative_antecedent(subjects[0], head.head))
        if subjects:
            return coordinated(subjects[0])
        current = head
    return []


def _tensed_after_bare(verb: Token, head: Token) -> bool:
    """A conjunct with a finite auxiliary of its own ("has ordered") coordinated with a bare
    verb in a 'that' clause ("that France withdraw")."""
    finite = any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP", "VBD"} for c in verb.children)
    return finite and head.tag_ == "VB" and head.dep_ == "ccomp"


RELATIVE_PRONOUN_TAGS = {"WDT", "WP"}
PERSON_RELATIVES = word_set("person_relative_pronouns")
PLACE_NOUNS = word_set("place_nouns")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
LIST_PREPS = word_set("list_prepositions")
BACKING_VERBS = word_set("backing_verbs")


@_remembered_per_word
def verb_slots(verb: Token) -> Slots:
    slots = Slots()
    if misparsed_clause(verb):
        # "since the military seized power": the parser read the clause as a noun phrase
        slots.subject.extend(misparsed_subject(verb))
        slots.object.extend(coordinated(verb.head))
        _fill_preps(slots, verb.head)
        return slots
    for child in verb.children:
        if (
            child.dep_ in SUBJECT_DEPS
            and child.tag_ in RELATIVE_PRONOUN_TAGS
            and verb.dep_ == "relcl"
        ):
            # "the junta, which seized power"; "protesters in the capital, Ouagadougou, who
            # were demanding": 'who' is never the place the parse hangs it from
            slots.subject.extend(coordinated(_relative_antecedent(child, verb.head)))
        elif (
            child.dep_ in PASSIVE_SUBJECT_DEPS
            and child.tag_ in RELATIVE_PRONOUN_TAGS
            and verb.dep_ == "relcl"
        ):
            # "Touré, who was overthrown by soldiers": the noun the clause describes
            slots.passive_subject.extend(coordinated(verb.head))
        elif (
            child.dep_ in OBJECT_DEPS
            and child.lower_ in PERSON_RELATIVES
            and verb.dep_ == "relcl"
            and verb.head.pos_ in NOUN_POS
        ):
            # "Kaboré, whom the army has held since Monday": 'whom' is the person described
            slots.object.extend(coordinated(verb.head))
        elif child.dep_ in SUBJECT_DEPS:
            subject = _fronted_participle_doer(child) or child
            slots.subject.extend(coordinated(document_author(reduced_relative_head(subject))))
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            # "one of the party's members was arrested": done to the whole, as for objects
            slots.passive_subject.extend(coordinated(partitive_whole(child)))
        elif child.dep_ in OBJECT_DEPS:
            slots.object.extend(coordinated(partitive_whole(child)))
        elif child.dep_ == "dative":
            # "gave the Ivory Coast aid"; spaCy also hangs "to X" there: the preposition's object
            heads = list(_prep_objects(child)) if child.pos_ == "ADP" else [child]
            for head in heads:
                slots.dative.extend(coordinated(head))
    if not slots.object and _object_gap(verb):
        # "the schoolgirls they abducted": the noun a relative clause describes is the object
        # its verb leaves out
        slots.object.extend(coordinated(verb.head))
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in LIST_PREPS and slots.subject:
            # "Mali, along with Guinea and Niger, faces ...": the list hangs from the verb.
            for inner in _prep_objects(child, nested=True):
                slots.subject.extend(coordinated(inner))
    if not slots.subject and not slots.passive_subject:
        inherited = _controlling_subject(verb)
        if verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"} and verb.head.pos_ in NOUN_POS:
            # "310 peacekeepers killed": the participle's noun is what was done to.
            slots.passive_subject.extend(coordinated(verb.head))
        elif _is_passive(verb) or _passive_conjunct(verb):
            slots.passive_subject.extend(inherited)
        else:
            slots.subject.extend(inherited)
    # "condemned the attack by JNIM", parsed with "by JNIM" on the verb: the object's doer
    _fill_preps(slots, verb, PASSIVE_AGENT_PREPS if stray_object_agents(verb) else ())
    for obj in slots.object:
        # "demanded an admission by Moscow": the object's own "by" names who does the thing
        # demanded, not a second doer of the verb
        _fill_preps(slots, obj, PASSIVE_AGENT_PREPS)
    if not slots.agent and _is_passive(verb):
        slots.agent.extend(_doers_of_occasion(verb))
    slots.purpose = _purpose_objects(verb)
    return slots


def _doers_of_occasion(verb: Token) -> list[Token]:
    """'were killed in an ambush laid by jihadists', 'tués dans une attaque revendiquée par
    l'EI': a passive with no agent of its own, done in an act whose noun names its doer
    (its own 'by' phrase or a participle's agent), was done by that doer."""
    doers: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
            continue
        for act in _prep_objects(prep):
            for child in act.children:
                if child.dep_ == "prep" and child.lower_ in PASSIVE_AGENT_PREPS:
                    doers.extend(h for o in _prep_objects(child) for h in coordinated(o))
            doers.extend(participle_doers(act))
    return doers


def participle_doers(act: Token) -> list[Token]:
    """The agent of a participle saying who did an act: 'JNIM' in "an attack claimed by JNIM",
    "une embuscade tendue par des jihadistes"."""
    doers: list[Token] = []
    for child in act.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in DOER_PARTICIPLES:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                doers.extend(h for o in _prep_objects(agent) for h in coordinated(o))
    return doers


def reduced_relative_head(subject: Token) -> Token:
    """'West African leaders meeting in Accra lifted the sanctions': the parser makes the
    participle the subject and the leaders its own subject; the leaders are the subject, the
    participle describes them."""
    if subject.tag_ != "VBG":
        return subject
    own = [c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i]
    return own[0] if own else subject


def _object_gap(verb: Token) -> bool:
    """'the schoolgirls they abducted', 'the positions they had taken': a relative clause
    with its own subject, no object and no clause of its own describes its verb's object.
    Not 'the day they attacked' (a time) nor 'the town where they fought' (a place word)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.head.ent_type_ in {"DATE", "TIME"} or _is_passive(verb):
        return False
    deps = {c.dep_ for c in verb.children}
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(s.tag_ in RELATIVE_PRONOUN_TAGS for s in subjects):
        return False  # "the junta, which seized power": 'which' is the subject
    if deps & (OBJECT_DEPS | {"ccomp", "xcomp", "dative", "attr", "acomp"}):
        return False  # "the girls they said were taken"
    return not any(c.tag_ == "WRB" for c in verb.children)  # "the town where they fought"


# words before a misparsed finite verb that can name its subject ("the military seized")
MISPARSED_SUBJECT_DEPS = {"amod", "compound", "nmod", "poss"}


def misparsed_clause(verb: Token) -> bool:
    """A finite past verb that the parser hung as an adjective of its own object, with its
    subject before it: "after the military seized power" read as "the [military seized]
    power". A participle that describes its noun ("the ousted president") is tagged VBN."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ == "VBD"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and bool(misparsed_subject(verb))
    )


def fronted_participle(token: Token) -> bool:
    """A sentence-opening participle the parser made its verb's subject: "Meeting in an
    emergency summit in Abuja, the Economic Community of West African States suspended ..."."""
    # the small model may tag a sentence-opening "Meeting" as a noun
    gerund = token.tag_ == "VBG" or (token.tag_ == "NN" and token.lower_.endswith("ing"))
    return (
        gerund
        and token.dep_ in SUBJECT_DEPS
        and all(t.is_space for t in token.doc[token.sent.start : token.i])
        and any(t.text == "," for t in token.subtree)
    )


def _fronted_participle_doer(subject: Token) -> Token | None:
    """The doer a fronted participle hides (:func:`fronted_participle`): the parser hangs the
    real subject on the participle's phrase, as an apposition after its comma."""
    if not fronted_participle(subject):
        return None
    comma = next(t for t in subject.subtree if t.text == ",")
    names = [
        t
        for t in subject.subtree
        if t.i > comma.i and t.dep_ == "appos" and t.pos_ in {"PROPN", "NOUN"}
    ]
    return names[0] if names else None


def misparsed_subject(verb: Token) -> list[Token]:
    """The subject words of a misparsed clause: the noun phrase's words before the verb."""
    before = [
        c
        for c in verb.head.children
        if c.i < verb.i and c.dep_ in MISPARSED_SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN", "ADJ"}
    ]
    return before[-1:]


COUNT_WORDS = word_set("count_words")
GENITIVE_PREPS = word_set("genitive_prepositions")
BETWEEN_PREPS = word_set("between_prepositions")


def document_author(subject: Token) -> Token:
    """'A UN human rights report accused Malian troops ...', 'Amnesty's report said ...', 'a
    report by HRW found ...': a document that is the subject of a verb speaks for its author,
    the name that modifies it or follows its "by". A document naming no author stays."""
    if subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return subject
    for child in subject.children:
        if child.dep_ in AUTHOR_DEPS and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in DOCUMENT_AUTHOR_PREPS:
            author = next((c for c in child.children if c.dep_ == "pobj"), None)
            if author is not None and author.pos_ == "PROPN":
                return author
    return subject


DOCUMENT_NOUNS = word_set("document_nouns")
# "report by HRW" (spaCy's English parse); "from" names a source, not an author
DOCUMENT_AUTHOR_PREPS = word_set("passive_agent_prepositions")
AUTHOR_DEPS = {"nmod", "compound", "poss"}


def partitive_whole(head: Token) -> Token:
    """'lifted most of the sanctions', 'brought back most of the schoolgirls', 'freed two of
    the hostages': a quantity of a whole is done to the whole's kind; the slot is the whole."""
    quantity = head.like_num or head.lower_ in COUNT_WORDS
    if not quantity or head.pos_ not in {"ADJ", "NUM", "PRON", "NOUN"}:
        return head
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS:
            whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if whole is not None and whole.pos_ in {"NOUN", "PROPN", "PRON"}:
                return whole
    return head


def _relative_antecedent(pronoun: Token, head: Token) -> Token:
    """The noun a relative 'who' describes: past a place the parse hangs it from ('hundreds of
    protesters in the capital, Ouagadougou, who ...') to the people before it."""
    if pronoun.lower_ not in PERSON_RELATIVES:
        return _past_a_date(head)
    current = head
    for _ in range(6):
        place = current.ent_type_ in PLACE_ENTITIES or current.lemma_.lower() in PLACE_NOUNS
        if not (place or current.dep_ == "prep") or current.head.i == current.i:
            return current
        if current.dep_ not in {"appos", "pobj", "prep"}:
            return current
        current = current.head
    return head


def relative_subject_of(noun: Token) -> bool:
    """Whether a relative 'which' of the sentence is the subject of its clause and describes
    ``noun`` (:func:`_relative_antecedent`)."""
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.tag_ in RELATIVE_PRONOUN_TAGS
        and t.head.dep_ == "relcl"
        and _relative_antecedent(t, t.head.head).i == noun.i
        for t in noun.sent
        if t.i > noun.i
    )


def _past_a_date(head: Token) -> Token:
    """'followed the summit ... in Abuja on 30 July, which gave the soldiers one week': a date
    does no act; a 'which' the parse hangs from one describes the object of the verb the date
    dates (the summit), told before the date."""
    if head.ent_type_ not in {"DATE", "TIME"} or head.dep_ != "pobj":
        return head
    verb = head.head.head
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < head.i]
    return objects[-1] if objects and verb.pos_ in {"VERB", "AUX"} else head


def _purpose_objects(verb: Token) -> list[Token]:
    """Objects of the verb's infinitive of purpose: 'fired tear gas to disperse the crowd'."""
    heads: list[Token] = []
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            for obj in (c for c in clause.children if c.dep_ in OBJECT_DEPS):
                heads.extend(coordinated(obj))
    return heads


def _is_passive(verb: Token) -> bool:
    return any(child.dep_ == "auxpass" for child in verb.children)


def _passive_conjunct(verb: Token) -> bool:
    """'their unit was hit by explosive devices and then attacked by militants': a participle
    coordinated with a passive verb, with no auxiliary of its own, shares its passive: the
    subject it inherits is what was attacked, not the attacker."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and _is_passive(verb.head)
    )


@_remembered_per_word
def noun_slots(noun: Token) -> Slots:
    slots = Slots()
    for child in noun.children:
        if child.dep_ == "poss":
            slots.possessor.extend(coordinated(child))
        elif child.dep_ in {"compound", "amod", "nmod"} and child.pos_ in {"PROPN", "ADJ"}:
            slots.modifier.append(child)
    _fill_preps(slots, noun)
    if _phrase_tail(noun) and not slots.preps:
        # "an exchange of fire between soldiers and jihadists": the parties hang on "exchange"
        for prep in noun.head.head.children:
            if prep.dep_ == "prep" and prep.lower_ in BETWEEN_PREPS:
                for obj in _prep_objects(prep):
                    slots.add_prep(prep.lower_, coordinated(obj))
    if not slots.agent:
        slots.agent.extend(participle_doers(noun))
    governor, role = governing_verb(noun)
    slots.governor, slots.governor_role = governor, role
    if governor is not None:
        governed = verb_slots(governor)
        if role == "object":
            slots.subject = governed.subject or governed.passive_subject
        elif role == "subject" and governor.lemma_.lower() in REACTION_VERBS:
            # "the attack bore the hallmarks of Boko Haram", "drew condemnation from the UN":
            # what the verb says of the act names none of its parties
            return slots
        elif role == "subject":
            slots.object = governed.object
        for word, heads in governed.preps.items():
            # the governing verb's prepositions describe the event too: "fighting erupted
            # between X and Y", "faces suspension from ECOWAS"; the noun's own come first.
            if word not in slots.preps:
                slots.add_prep(word, heads)
    return slots


def _phrase_tail(noun: Token) -> bool:
    """The last noun of "exchange of fire" with no prepositions of its own, whose phrase's
    first noun carries the rest of the phrase."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in GENITIVE_PREPS
        and prep.head.pos_ == "NOUN"
        and prep.i == noun.i - 1
        and prep.head.i == prep.i - 1
        and not any(c.dep_ == "prep" for c in noun.children)
    )


def passive_agents(noun: Token) -> list[Token]:
    """The agent of the passive verb a noun is the subject of: 'fighters' in "the attack was
    carried out by fighters of ISGS"."""
    verb = noun.head
    if noun.dep_ not in PASSIVE_SUBJECT_DEPS or verb.pos_ not in {"VERB", "AUX"}:
        return []
    agents: list[Token] = []
    for child in (c for c in verb.children if c.dep_ == "agent"):
        for obj in _prep_objects(child):
            agents.extend(coordinated(obj))
    return agents


ENACTMENT_NOUNS = word_set("enactment_nouns")
DECREE_NOUNS = word_set("decree_nouns")
NOMINAL_POS = {"NOUN", "PROPN"}
# a list of measures: "X, Y and Z" (the parser hangs a comma-joined item as an apposition)
LIST_DEPS = {"conj", "appos"}


def clause_noun(noun: Token) -> Token:
    """The noun that stands for a noun trigger in its verb's clause. A verb governs all of its
    coordinated objects, not the first alone ("announced the closure of the borders and a
    curfew": the curfew was announced too), and a measure named as the complement of its
    enactment is enacted by that noun's verb ("announced the imposition of a curfew")."""
    for _ in range(6):  # a short chain: "X, Y and the imposition of Z"
        head = noun.head
        if head.i == noun.i:
            break
        if noun.dep_ in LIST_DEPS and head.pos_ in NOMINAL_POS:
            noun = head
        elif (
            noun.dep_ == "pobj"
            and head.lower_ in GENITIVE_PREPS
            and head.head.lemma_.lower() in ENACTMENT_NOUNS
        ):
            noun = head.head
        else:
            break
    return noun


def governing_verb(noun: Token) -> tuple[Token | None, str | None]:
    """Verb a noun trigger hangs from, and how: ('launched', 'object'), ('erupted', 'subject')."""
    noun = clause_noun(noun)
    head = noun.head
    if head.i == noun.i or head.pos_ not in {"VERB", "AUX"}:
        return None, None
    if noun.dep_ in OBJECT_DEPS:
        return head, "object"
    if noun.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return head, "subject"
    return None, None


COMPLEMENT_PREPS = word_set("complement_prepositions")
FORCE_MOVING_VERBS = word_set("force_moving_verbs")


def complement_parties(trigger: Token) -> list[Token]:
    """Parties named in a trigger's infinitive complement: its object and its to/with/for
    phrases ("agreed to provide aid to Romania" -> Romania); not the forces a withdrawal or a
    deployment moves ("threatened to withdraw French troops")."""
    parties: list[Token] = []
    for clause in (c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"}):
        for verb in [clause, *(c for c in clause.children if c.dep_ in {"xcomp", "conj"})]:
            moves = verb.lemma_.lower() in FORCE_MOVING_VERBS
            for child in verb.children:
                if child.dep_ in {"dobj", "dative"}:
                    if moves:  # "to withdraw French troops": what moves is the doer's own
                        continue
                    parties.extend(coordinated(child))
                    parties.extend(prep_heads(child, COMPLEMENT_PREPS))
                elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS:
                    for obj in _prep_objects(child):
                        parties.extend(coordinated(obj))
    return parties


def stray_object_agents(verb: Token) -> list[Token]:
    """The heads of a "by" phrase the parser hung on an active verb after its noun object
    ("ECOWAS condemned the attack by JNIM", "rejected the proposal by ECOWAS"): it names who
    did what the object names, never a second doer of the verb (as for "demanded an admission
    by Moscow", where the parser hangs it on the object)."""
    if verb.pos_ not in {"VERB", "AUX"} or _is_passive(verb):
        return []
    objects = [c.i for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    if not objects:
        return []
    heads: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in PASSIVE_AGENT_PREPS and child.i > objects[0]:
            for obj in _prep_objects(child):
                heads.extend(coordinated(obj))
    return heads


def prep_heads(token: Token, words: set[str] | frozenset[str]) -> list[Token]:
    """Objects (with their coordinates) of the token's prepositions among ``words``."""
    heads: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words:
            for obj in _prep_objects(child):
                heads.extend(coordinated(obj))
    return heads


def misparsed_post(noun: Token, words: Container[str]) -> Token | None:
    """A place name right after ``noun`` and one of ``words``, however the parser hung it:
    in "a rappelé son ambassadeur à Alger", "Alger" is read as an infinitive."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return None
    prep, name = doc[noun.i + 1], doc[noun.i + 2]
    if prep.lower_ in words and name.ent_type_ in {"GPE", "LOC"}:
        return name
    return None


def verb_at_or_above(token: Token, steps: int) -> Token | None:
    """The token itself when it is a verb, else the nearest verb at most ``steps`` heads above
    it; None when the root or the step limit comes first."""
    current = token
    for _ in range(steps + 1):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above a noun trigger: 'experienced ... instability with coups'."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
    return None


def slots(trigger: Token) -> Slots:
    """Slots of a verb or noun trigger."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return verb_slots(trigger)
    return noun_slots(trigger)


def clause_tokens(trigger: Token) -> list[Token]:
    """Tokens of the clause the trigger belongs to: its verb's subtree (for dates, places)."""
    anchor = trigger
    if misparsed_clause(trigger):
        return list(trigger.head.subtree)  # "since the military seized power in Bamako"
    # a gerund subject is a noun: "Fighting continued in Khartoum" is placed by its verb
    if _phrase_tail(trigger) and any(
        c.dep_ == "prep" and c.lower_ in BETWEEN_PREPS for c in trigger.head.head.children
    ):
        anchor = trigger = trigger.head.head  # "an exchange of fire between ... near Gao"
    if trigger.pos_ not in {"VERB", "AUX"} or trigger.dep_ in SUBJECT_DEPS:
        governor, _ = governing_verb(trigger)
        anchor = governor or trigger
    return list(anchor.subtree)


INVOLVEMENT_NOUNS = word_set("involvement_nouns")
DENIAL_VERBS = word_set("denial_verbs")
INVOLVEMENT_DENIAL_VERBS = word_set("involvement_denial_verbs")


def denies(verb: Token) -> bool:
    """A verb of denial ("denied the attack"), or a verb of refusal whose object is a part in
    an act ("rejected any responsibility for the killings"): the act is denied, no REJECT."""
    lemma = verb.lemma_.lower()
    if lemma in DENIAL_VERBS:
        return True
    return lemma in INVOLVEMENT_DENIAL_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INVOLVEMENT_NOUNS for c in verb.children
    )


def prep_attachment(prep: Token) -> Token:
    """The noun a prepositional phrase qualifies, with a part in an act read through the
    part's doer: in "denied any involvement of its armed forces in the killings" the parser
    hangs "in the killings" on "forces", but it is the involvement that is in the killings."""
    head = prep.head
    of = head.head
    if (
        head.dep_ == "pobj"
        and of.dep_ == "prep"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in INVOLVEMENT_NOUNS
    ):
        return of.head
    return head


def denied_doers(trigger: Token) -> list[Token]:
    """Who denies a part in a noun trigger's act: 'Dan Na Ambassagou denied any role in the
    killings', 'the RSF denied any involvement in the killing' -> the subject of the denial."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    noun = prep_attachment(prep)
    if noun.lemma_.lower() not in INVOLVEMENT_NOUNS or noun.dep_ != "dobj":
        return []
    verb = noun.head
    if not denies(verb):
        return []
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
