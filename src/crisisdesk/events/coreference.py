"""Coreference: what a back-reference stands for.

Pronouns ("it", "he", "they", the author's "we"), definite descriptions ("the group", "the
mission", "the junta") and plural references ("the three countries") resolved to the actors the
document named before them; and the antecedent lists (coordinated actors, generic actors) built
once per document for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from crisisdesk.events.arguments import coordinated, verb_at_or_above
from crisisdesk.events.grammar import word_map, word_set
from crisisdesk.events.mention_parts import (
    FORCE_NOUNS,
    STATE_SECTORS,
    TITLE_NOUNS,
    is_definite,
    unknown_actor,
)
from crisisdesk.model import Actor, ActorKind, Sector

if TYPE_CHECKING:
    from crisisdesk.events.mentions import DocumentContext

COUNT_DEFINERS = word_set("count_definers")
PERSON_PRONOUNS = word_set("person_pronouns")
THING_PRONOUNS = word_set("thing_pronouns")
QUOTE_SPEECH_VERBS = word_set("quote_speech_verbs")
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
PLURAL = {"NNS", "NNPS"}
# Definite descriptions that point back to an actor already named, by what kind it is.
ANAPHORS = word_map("anaphoric_nouns")
OBJECT_DEPS = {"dobj", "dative", "obj"}
OPENING_QUOTES = {'"', "“", "«"}
CLOSING_QUOTES = {'"', "”", "»"}
GROUP_NOUNS = word_set("group_nouns")
COUNTED_GROUP_NOUNS = word_set("counted_group_nouns")
NUMBER_WORDS = word_set("count_determiners")
GROUP_SIZES = word_map("group_sizes")
PERSON_TITLES = word_set("person_title_nouns")
# Branches of a state that act against each other ("lawmakers ... accusing the government"):
# each is its own referent, where the army and the government are the state's one voice.
SEPARATE_BRANCHES = {Sector.LEG, Sector.JUD}


def find_generics(context: DocumentContext) -> None:
    """Generic actors the text names ("the army said that it ..."): antecedents for
    pronouns. Kept apart from ``history`` so "the group" still finds a named group."""
    heads = dict(context.by_head)  # resolving here must not change what the coder later gets
    for token in context.doc:
        if token.pos_ != "NOUN" or token.i in context.mentions or token.dep_ == "compound":
            continue
        if any(child.dep_ == "poss" and child.pos_ == "PRON" for child in token.children):
            continue  # "its fighters": resolved through the owner, when asked
        lemma = token.lemma_.lower()
        # "ECOWAS leaders", "members of the presidential guard": forces and titles act for
        # their owner, and are "they" later
        owned = lemma in FORCE_NOUNS or lemma in TITLE_NOUNS  # no union built per token
        if context.kb.sector_for_noun(lemma) is None and lemma not in ANAPHORS and not owned:
            continue
        actor = context.actor_of(token)
        if actor is not None:
            context.generics.append((token.i, actor))
    context.by_head = heads


def find_groups(context: DocumentContext) -> None:
    """Lists of two or more actors: antecedents for "they", "the two sides", "the parties".
    A member may be a generic actor ("Sudan's army and the RSF", "the Malian government and
    the armed groups"), as long as one member is a name."""
    heads = dict(context.by_head)  # resolving here must not change what the coder later gets
    for token in context.doc:
        if token.dep_ in {"conj", "appos"} or token.pos_ not in {"NOUN", "PROPN"}:
            continue  # only the head of a coordination: "Mali, Burkina Faso and Niger"
        listed = coordinated(token)
        if len(listed) < 2 or not any(t.i in context.mentions for t in listed):
            continue
        members = [actor for t in listed if (actor := _listed_actor(context, t))]
        unique = list({actor.id: actor for actor in members}.values())
        if len(unique) >= 2:
            context.groups.append((token.i, unique))
    context.by_head = heads


def _listed_actor(context: DocumentContext, token: Token) -> Actor | None:
    """The actor a member of a list names: its name, the name in apposition to it ("the
    opposition candidate Muhammadu Buhari"), else a generic noun ("the army")."""
    mention = context.mentions.get(token.i)
    if mention is not None:
        return mention.actor
    for child in token.children:
        if child.dep_ == "appos" and (named := context.mentions.get(child.i)) is not None:
            return named.actor
    if token.pos_ != "NOUN" or context.kb.sector_for_noun(token.lemma_.lower()) is None:
        return None
    return context.actor_of(token)


def group_before(context: DocumentContext, token: Token) -> list[Actor]:
    """The latest list of actors before a plural back-reference; 'the three countries'
    takes the latest list of three, when the text has one."""
    bound = [a for t in _clause_subjects(token) if (a := context.actor_of(t)) is not None]
    earlier = [
        (start, members)
        for start, members in context.groups
        if start < token.i and not any(_same_referent(m, b) for m in members for b in bound)
    ]
    size = _group_size(token)
    sized = [
        members
        for _, members in sorted(
            earlier + _memberships_before(context, token, size), key=lambda pair: pair[0]
        )
        if len(members) == size
    ]
    if _bare_count(token):
        return sized[-1] if sized else []  # "all three" is no back-reference to a list of two
    return (sized or [members for _, members in earlier] or [[]])[-1]


def _clause_subjects(token: Token) -> list[Token]:
    """The subject words of the verb whose object (or object's modifier) a back-reference is:
    "Saudi Arabia and the United States mediated the talks between the two sides" names
    other sides than the mediators, as "it" is never its own verb's subject."""
    if token.dep_ in {"nsubj", "nsubjpass"}:
        return []
    verb = verb_at_or_above(token, 6)
    if verb is None:
        return []
    return [t for subject in _subjects(verb) for t in coordinated(subject)]


def _memberships_before(
    context: DocumentContext, token: Token, size: int | None
) -> list[tuple[int, list[Actor]]]:
    """The member states of organisations named before a counted back-reference: "the
    Alliance of Sahel States ... the three countries" are its three members, even where the
    text never lists them together."""
    if size is None:
        return []
    found: list[tuple[int, list[Actor]]] = []
    for start, actor in context.history:
        if start >= token.i or actor.kind != ActorKind.ORGANISATION:
            continue
        codes = context.kb.members(actor.id, context.year())
        members = [member for code in codes if (member := context.kb.get(code)) is not None]
        if len(members) == size:
            found.append((start, members))
    return found


def author(context: DocumentContext, token: Token) -> Actor | None:
    """'We also urge them to ...' outside quotation marks: the organisation that wrote the
    document (an NGO alert, a communiqué), named as its outlet. Inside a quotation, "we"
    is the speaker's side, which the outlet does not tell."""
    if _quoted(context, token):
        return _quote_speaker(context, token)
    outlet = context.article.outlet
    if not outlet:
        return None
    actor = context.kb.lookup(outlet) or unknown_actor(outlet, ActorKind.ORGANISATION)
    return actor.model_copy(update={"mention": token.text})


def speaker(context: DocumentContext, token: Token) -> Actor | None:
    """'"I call on the abductors to release our colleagues," Kallon said': "I" inside a
    quotation is the person it is attributed to; outside one it names nobody."""
    if not _quoted(context, token):
        return None
    return _quote_speaker(context, token, person=True)


def _quote_speaker(context: DocumentContext, token: Token, person: bool = False) -> Actor | None:
    """'"We condemn this attack," MSF said': inside a quotation, "we" is the organisation,
    group or state the same sentence says spoke, outside the quotation marks. A person
    speaking ("said the spokesman") does not tell whose side "we" is. A quotation of several
    sentences is attributed in the one that closes it, in the same paragraph.

    With ``person`` ("I", "my"), the speaker is whoever spoke, a person too, and a quotation
    that goes on after its attribution ('"...," Kallon said. "I call on ..."') is the
    speaker's of the paragraph's latest attribution before it."""
    doc, end = token.doc, token.sent.end
    body = context.article.body
    paragraph_end = body.find("\n\n", token.idx)
    paragraph_start = body.rfind("\n\n", 0, token.idx)
    while end < len(doc) and (paragraph_end < 0 or doc[end].idx < paragraph_end):
        end = doc[end].sent.end
    for word in doc[token.sent.start : end]:
        if word.lemma_ not in QUOTE_SPEECH_VERBS or _quoted(context, word):
            continue
        return _speaker_of(context, word, token, person)  # the first attribution outside
    if not person:
        return None
    for word in reversed(doc[: token.sent.start]):
        if word.idx < paragraph_start:
            break
        if word.lemma_ in QUOTE_SPEECH_VERBS and not _quoted(context, word):
            return _speaker_of(context, word, token, person)
    return None


def _speaker_of(context: DocumentContext, verb: Token, token: Token, person: bool) -> Actor | None:
    """The subject of a verb of saying that attributes a quotation, as the actor 'we' (or,
    with ``person``, 'I') in it stands for."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        speaker = context.actor_of(child)
        if speaker is None and person:
            # "the Humanitarian Coordinator in Nigeria, Edward Kallon, said": the name
            named = (w for w in child.subtree if w.dep_ == "appos" and w.pos_ == "PROPN")
            speaker = next((a for w in named if (a := context.actor_of(w)) is not None), None)
        if speaker is not None and person and not _speaks_for_a_party(speaker, child):
            return None  # "said Amadou, a boatman": a private voice acts for no one
        if speaker is not None and (person or speaker.kind != ActorKind.PERSON):
            return speaker.model_copy(update={"mention": token.text})
    return None


def _speaks_for_a_party(speaker: Actor, subject: Token) -> bool:
    """Whether a speaker quoted in the first person acts for a party: a body, a person the
    knowledge base knows, or one named with an office ("the Humanitarian Coordinator")."""
    if speaker.kind != ActorKind.PERSON or not speaker.id.startswith("unresolved:"):
        return True
    return any(w.lemma_.lower() in PERSON_TITLES for w in subject.subtree)


def _quoted(context: DocumentContext, token: Token) -> bool:
    """Whether a quotation opened earlier in the token's paragraph is still open."""
    body = context.article.body
    start = body.rfind("\n\n", 0, token.idx) + 1
    before = body[start : token.idx]
    straight = before.count('"')
    curly = sum(before.count(q) for q in OPENING_QUOTES - {'"'}) - sum(
        before.count(q) for q in CLOSING_QUOTES - {'"'}
    )
    return straight % 2 == 1 or curly > 0


def pronoun_antecedent(context: DocumentContext, token: Token) -> Actor | None:
    """What 'it', 'its', 'he' or 'him' refers to: the closest fitting actor before it.

    "he"/"him" need a person, "it"/"its" a non-person and "they"/"them" a plural noun.
    A subject or possessive pronoun prefers a subject of this or the previous sentence
    ("The army said that it had taken Kidal"). An object pronoun never refers to its own
    clause's subject: in "the junta asked it to leave", "it" is neither the junta nor the
    state the junta rules.
    """
    lower = token.lower_
    if lower in THING_PRONOUNS and (said_of := _participle_object(token)) is not None:
        # "condemned the attack, calling it unacceptable": it is the attack
        return context.actor_of(said_of)
    choice = _pronoun_choice(context, token)
    return choice[1].model_copy(update={"mention": token.text}) if choice else None


def _pronoun_choice(context: DocumentContext, token: Token) -> tuple[int, Actor, bool] | None:
    """The antecedent of a pronoun with where it was named and whether it was chosen as
    the subject of this or the previous sentence (see :func:`pronoun_antecedent`)."""
    lower = token.lower_
    bound = _bound_actors(context, token)
    candidates = sorted(
        (
            (start, actor)
            for start, actor in [*context.history, *context.generics]
            if start < token.i
            and (_fits_pronoun(lower, actor) or _person_title(context, lower, start))
            and not any(_same_referent(actor, other) for other in bound)
        ),
        key=lambda pair: pair[0],
    )
    if lower in PLURAL_PRONOUNS:
        candidates = [(s, a) for s, a in candidates if _plural_phrase(context, s)]
    elif lower in THING_PRONOUNS:
        # "Benin denied that French troops had been deployed on its soil": a plural noun
        # ("troops") is "they", never "it"; a plural name ("the United States") may be "it"
        candidates = [(s, a) for s, a in candidates if _phrase_head(context, s).tag_ != "NNS"]
    if not candidates:
        # no fitting antecedent ("He calls on ..." after "The Secretary-General", a
        # title the knowledge base cannot place): the most recent actor, as a last resort
        if bound:
            return None
        own = _own_clause_subject(context, token)
        if own is not None:
            return own  # "The first bomber detonated her explosives": the bomber's
        last = next(((i, a) for i, a in reversed(context.history) if i < token.i), None)
        return (last[0], last[1], False) if last else None
    controller = _controlling_object(token)
    if controller is not None and token.dep_ == "poss":
        # "accused Benin of letting troops gather on its territory": the object's
        span = range(controller.left_edge.i, controller.right_edge.i + 1)
        held = [(s, a) for s, a in candidates if s in span]
        if held:
            return held[-1][0], held[-1][1], False
    if not bound and token.dep_ not in OBJECT_DEPS | {"pobj"}:
        for start, actor in reversed(candidates):
            if start < _window_start(context, token):
                break
            if _is_subject(_mention_root(context, start)) or _is_subject(
                _phrase_head(context, start)
            ):
                return start, actor, True
    return candidates[-1][0], candidates[-1][1], False


def _own_clause_subject(context: DocumentContext, token: Token) -> tuple[int, Actor, bool] | None:
    """For a possessive pronoun no named actor fits, the actor its own clause's subject
    names, when the subject comes first: a possessive in the doer's clause is the doer's."""
    if token.dep_ != "poss":
        return None
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = (
        next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i), None)
        if verb is not None
        else None
    )
    actor = context.actor_of(subject) if subject is not None else None
    return (subject.i, actor, True) if actor is not None else None


def _controlling_object(token: Token) -> Token | None:
    """The direct object of the verb whose complement holds ``token``: the doer that
    complement is told of ("urged Mali to withdraw its troops", "accused Benin of letting
    French troops gather on its territory": Mali, Benin). None when the pronoun is in the
    verb's own clause, or in a clause with a singular subject of its own ("told Paris that
    Mali would defend its territory")."""
    child = token
    for ancestor in token.ancestors:
        complement = child.dep_ == "xcomp" or (
            child.dep_ == "prep" and any(c.dep_ == "pcomp" for c in child.children)
        )
        if complement and ancestor.pos_ == "VERB":
            objects = [c for c in ancestor.children if c.dep_ == "dobj" and c.i < token.i]
            return objects[0] if objects else None
        if child.dep_ in CLAUSE_LIMITS or _own_singular_subject(child):
            return None
        child = ancestor
    return None


CLAUSE_LIMITS = frozenset({"ROOT", "relcl", "advcl", "conj", "acl"})


def _own_singular_subject(clause: Token) -> bool:
    """Whether a clause has a subject that could itself be 'it' (not "French troops")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ != "NNS" for c in clause.children)


def _window_start(context: DocumentContext, token: Token) -> int:
    """The first token of the sentence before the token's own (pronouns look back so far
    for a subject)."""
    sentence = token.sent
    return context.doc[sentence.start - 1].sent.start if sentence.start else 0


def plural_antecedent(context: DocumentContext, token: Token) -> list[Actor]:
    """What 'they' or 'them' refers to: a list of actors ("Mali, Burkina Faso and Niger")
    or a plural noun ("ECOWAS leaders", "members of the presidential guard"), whichever
    was named last, but a subject of this or the previous sentence before an object or a
    list inside a phrase ("recalled its ambassadors to France, the United States and
    Togo" is no antecedent for "they" two paragraphs on)."""
    single = _pronoun_choice(context, token)
    if single is not None and refers_to_group(_mention_root(context, single[0])):
        # "the three states signed ...; they announced": the list that noun stands for
        members = group_before(context, _mention_root(context, single[0]))
        if members:
            return members
    counted = _group_subject_before(context, token)
    if counted is not None and (single is None or single[0] < counted.i):
        # "the three countries announced that they would ...": the list that noun stands for
        members = group_before(context, counted)
        if members:
            return members
    bound = _bound_actors(context, token)
    groups = [
        (start, members)
        for start, members in context.groups
        if start < token.i and not any(_same_referent(m, b) for m in members for b in bound)
    ]
    if not groups:
        return [single[1]] if single else []
    start, members = groups[-1]
    head = context.doc[start]
    end = max(t.i for t in coordinated(head))
    group_subject = start >= _window_start(context, token) and _is_subject(head)
    if single is None:
        return members
    single_start, actor, single_subject = single
    if start in {t.i for t in _mention_root(context, single_start).subtree}:
        # "the military governments of Mali, Burkina Faso and Niger": the list is who
        return members
    if group_subject != single_subject:
        return members if group_subject else [actor]
    return members if end > single_start else [actor]


def _group_subject_before(context: DocumentContext, pronoun: Token) -> Token | None:
    """The latest plural back-reference noun ("the three countries", "the juntas") that is
    a subject in the pronoun's sentence or the one before: no entity of its own, so the
    actor history does not hold it."""
    for index in range(pronoun.i - 1, _window_start(context, pronoun) - 1, -1):
        word = context.doc[index]
        if word.lower_ not in PLURAL_PRONOUNS and refers_to_group(word) and _is_subject(word):
            return word
    return None


def _bound_actors(context: DocumentContext, pronoun: Token) -> list[Actor]:
    """The actors an object pronoun cannot refer to: its own verb's subject, or, for a
    participle, the main clause's subject ("ousted X, accusing him": not the ouster), or,
    for an infinitive with no subject of its own, the subject that controls it ("Tiani
    refused to receive him": not Tiani). A pronoun in a partitive object ("brought most of
    them back") is that object; every subject of a coordinated list is bound ("lawmakers
    and the opposition tabled a motion, accusing it": neither)."""
    object_of = _partitive_object(pronoun) or pronoun
    if object_of.dep_ not in OBJECT_DEPS:
        return []
    verb = object_of.head
    subjects = _subjects(verb)
    if not subjects and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"}:
        subjects = _subjects(verb.head)
    if not subjects and verb.dep_ == "xcomp":
        subjects = _subjects(verb.head)
    return [a for s in subjects for t in coordinated(s) if (a := context.actor_of(t)) is not None]


def _subjects(verb: Token) -> list[Token]:
    """A verb's own subjects, active or passive."""
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _partitive_object(pronoun: Token) -> Token | None:
    """'most' in "brought most of them back": the quantity word whose "of" holds the
    pronoun, standing for the pronoun as the verb's object."""
    prep = pronoun.head
    if pronoun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    whole = prep.head
    return whole if whole.pos_ in {"ADJ", "NUM", "PRON", "DET"} else None


def _plural_phrase(context: DocumentContext, index: int) -> bool:
    """Whether the phrase named at ``index`` is plural: a plural noun ("ECOWAS leaders") or
    a name coordinated with another party ("France and its European partners")."""
    if _phrase_head(context, index).tag_ in PLURAL:
        return True
    return any(child.dep_ == "conj" for child in _mention_root(context, index).children)


def _force_or_title(lemma: str) -> bool:
    return lemma in FORCE_NOUNS or lemma in TITLE_NOUNS


def _phrase_head(context: DocumentContext, index: int) -> Token:
    """The noun a mention's phrase ends in: 'leaders' in 'ECOWAS leaders', where the name
    modifies a title or force noun after it (however the parser hung the two)."""
    mention = context.mentions.get(index)
    if mention is None:
        return context.doc[index]
    after = context.doc[mention.span.end] if mention.span.end < len(context.doc) else None
    if after is not None and _force_or_title(after.lemma_.lower()):
        return after
    return mention.span.root


def _mention_root(context: DocumentContext, index: int) -> Token:
    mention = context.mentions.get(index)
    return mention.span.root if mention is not None else context.doc[index]


def latest_antecedent(
    context: DocumentContext, token: Token, sectors: tuple[str, ...] | None
) -> Actor | None:
    """The most recent actor before ``token`` (of the given sectors)."""
    for start, actor in reversed(context.history):
        if start >= token.i:
            continue
        if sectors is None or (actor.sector and actor.sector.value in sectors):
            return actor.model_copy(update={"mention": token.text})
    return None


def _participle_object(pronoun: Token) -> Token | None:
    """The main clause's object that an object pronoun of a describing participle stands for:
    'the attack' in "condemned the attack, calling it unacceptable" (not "cut ties with
    Ukraine, accusing it": a participle that says what it is, not what it did)."""
    verb = pronoun.head
    if pronoun.dep_ not in OBJECT_DEPS or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    if not any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in OBJECT_DEPS), None)


def refers_to_group(token: Token) -> bool:
    """'they', 'them', 'the three countries', 'the juntas': a plural back-reference."""
    if token.lower_ in PLURAL_PRONOUNS or _bare_count(token):
        return True
    lemma = token.lemma_.lower()
    counted = lemma in COUNTED_GROUP_NOUNS and _group_size(token) is not None
    return (
        token.tag_ in {"NNS", "NNPS"}
        and (lemma in GROUP_NOUNS or counted)
        and (is_definite(token) or any(child.lower_ == "both" for child in token.children))
        and not any(
            child.dep_ in {"amod", "compound", "poss"}
            for child in token.children
            if child.pos_ in {"PROPN", "ADJ"} and child.lower_ not in NUMBER_WORDS
        )
    )


def _bare_count(token: Token) -> bool:
    """A count standing alone for a list named before: "ECOWAS, which had suspended all
    three" (Mali, Burkina Faso and Niger), "the two". Only with "all" or "the", which make it
    definite (`count_definers`), and never a part ("two of the hostages")."""
    return (
        token.lower_ in GROUP_SIZES
        and token.pos_ in {"NUM", "DET", "PRON"}
        and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        and any(child.lower_ in COUNT_DEFINERS for child in token.children)
        and not any(child.dep_ == "prep" for child in token.children)
    )


def _group_size(token: Token) -> int | None:
    """The count a back-reference gives: 'the three countries' -> 3, 'both juntas' -> 2,
    'all three' -> 3."""
    if _bare_count(token):
        return int(GROUP_SIZES[token.lower_])
    for child in token.children:
        if child.dep_ not in {"nummod", "det", "amod", "predet"}:
            continue
        if child.like_num and child.text.isdigit():
            return int(child.text)
        if child.lower_ in GROUP_SIZES:
            return int(GROUP_SIZES[child.lower_])
    return None


def _fits_pronoun(pronoun: str, actor: Actor) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return actor.kind == ActorKind.PERSON
    if pronoun in THING_PRONOUNS:
        return actor.kind != ActorKind.PERSON
    return True


def _person_title(context: DocumentContext, pronoun: str, index: int) -> bool:
    """Whether "he"/"him" may refer to the phrase at ``index`` as the office-holder it names:
    "Benin's mines minister travelled to Niamey ...; Tiani refused to receive him"."""
    if pronoun not in PERSON_PRONOUNS:
        return False
    head = _phrase_head(context, index)
    # "Barmou, the new army chief of staff": the title describes a person already named
    return head.lemma_.lower() in PERSON_TITLES and head.dep_ != "appos"


def _is_subject(token: Token) -> bool:
    """The subject of its clause, or part of it ("The mission, MINUSMA, ...")."""
    current = token
    for _ in range(4):
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if current.dep_ not in {"appos", "conj", "compound"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _same_referent(actor: Actor, other: Actor) -> bool:
    """One actor, or a state and its government or army ("the junta" and "Mali"); not two
    branches of one state ("lawmakers ... accusing the government")."""
    if actor.id == other.id:
        return True
    if ActorKind.PERSON in {actor.kind, other.kind}:
        return False
    sectors = {actor.sector, other.sector}
    if len(sectors) == 2 and sectors & SEPARATE_BRANCHES and not sectors & {None, Sector.STATE}:
        return False
    state_like = {ActorKind.STATE}
    both_state = (actor.kind in state_like or actor.sector in STATE_SECTORS) and (
        other.kind in state_like or other.sector in STATE_SECTORS
    )
    return both_state and actor.country is not None and actor.country == other.country
