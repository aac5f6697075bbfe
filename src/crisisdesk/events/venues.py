"""Where decisions are taken: the venue of a meeting places what its participants decided there.

Wire reports give the decisions of a summit in the lead ("West African leaders on Sunday imposed
sanctions on Niger") and the venue a sentence later ("Meeting in Abuja, ECOWAS leaders closed
borders ..."; "At a summit in Accra, ..."; "The signing took place in Bamako"). An analyst codes
the sanctions in Abuja, not in the sanctioned country: the venue is where the act was done. A
venue places the statements and decisions (not scene events: a deployment ordered at a summit
happens elsewhere) of the meeting's participants, or of the act the venue sentence names ("the
signing"), that have no place of their own more precise than a country. Earlier acts of the same
participants are not placed there: those with a date of their own outside the meeting's, and
those told in the past perfect ("ECOWAS had also threatened to use force"), nor acts told as
only possible or planned ("ECOWAS could impose sanctions"): they have not been taken anywhere.
A body that met is also known by the capitalised head of the name it met under, so "The
Authority" and "the Council" in a communiqué's later points are the body that met ("The
Authority of Heads of State ... held a summit in Abuja"; "a meeting of the Council held in
Addis Ababa").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from crisisdesk.events import arguments
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.events.policies import load_policies
from crisisdesk.model import (
    Actor,
    ActorKind,
    Place,
    PlacePrecision,
    Sector,
    Status,
    is_unresolved_id,
)

MEETING_NOUNS = word_set("meeting_nouns")
RELATIVE_WHERE = word_set("relative_where")
# the sentences of a report's lead: headline, dateline and lede (as the pipeline's LEAD)
LEAD_SENTENCES = 3
MEETING_VERBS = word_set("meeting_verbs")
VENUE_VERBS = word_set("venue_verbs")
VENUE_PREPS = word_set("venue_prepositions")
GENITIVE_PREPS = word_set("genitive_prepositions")
# "heads of state", "chefs d'Etat": a title's complement names no body that met
TITLE_COMPLEMENTS = word_set("title_complements")
RELATIVE_PRONOUNS = word_set("relative_pronouns")
# nouns of a connective the parser reads as a relative clause's head ("faute de quoi")
CONNECTIVE_NOUNS = word_set("connective_nouns")
PERSONAL_PRONOUNS = word_set("personal_pronouns")
FUTURE_AUXILIARIES = word_set("future_auxiliaries")
PLANNING_VERBS = word_set("planning_verbs")
ORIGIN_PREPS = word_set("origin_prepositions")
# acts of a scene type decided at a meeting: "lifted the sanctions" (policies.yaml)
DECISION_ENTRIES = load_policies().decision_entries
# "in the French town of Pau": the settlement noun a town's name is apposed to with "of"
SETTLEMENT_NOUNS = word_set("settlement_nouns")
# "The summit also condemned the violence in Guinea-Bissau": said at the summit
MEETING_BODY_NOUNS = word_set("meeting_body_nouns")


@dataclass
class Venue:
    """A place where a meeting (or a named act) happened, and who met there."""

    place: Place
    sentence_start: int  # character offset of the sentence naming the venue
    actor_ids: set[str] = field(default_factory=set)
    event_words: set[str] = field(default_factory=set)  # "sign" for "the signing took place"
    # capitalised heads of the names the participants met under: "authority", "council"
    heads: set[str] = field(default_factory=set)


def find_venues(context: DocumentContext) -> list[Venue]:
    """The venues the document names, in text order."""
    venues = []
    for place, token in _named_places(context):
        if place is None or place.precision == PlacePrecision.REGION:
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in VENUE_PREPS:
            continue
        venue = _venue_of(token.head.head, place, context)
        if venue is not None and not (venue.actor_ids or venue.event_words):
            venue.actor_ids = _opening_phrase_subject(token, context)
        if venue is not None and (venue.actor_ids or venue.event_words):
            venues.append(venue)
    return venues


def _named_places(context: DocumentContext) -> list[tuple[Place | None, Token]]:
    """The places the document names, in text order, each with the word a preposition
    governs: the name, or the settlement noun it is named after ("met Macron in the
    south-western French town of Pau", where the tagger took Pau for no place)."""
    named = [(mention.place, mention.span.root) for mention in context.ordered]
    for token in context.doc:
        if token.lemma_.lower() in SETTLEMENT_NOUNS and token.i not in context.mentions:
            place = context.place_of(token)
            if place is not None and place.precision == PlacePrecision.TOWN:
                named.append((place, token))
    return sorted(named, key=lambda pair: pair[1].i)


def _set_off_subject(participle: Token, context: DocumentContext) -> set[str]:
    """'ECOWAS leaders, meeting in Abuja on 30 July, closed ...': a participle set off by
    commas describes the noun phrase just before it, however the parse hung it."""
    doc, start = participle.doc, participle.sent.start
    if participle.i - 1 <= start or doc[participle.i - 1].text != ",":
        return set()
    for token in reversed(doc[start : participle.i - 1]):
        mention = context.mention_at(token)
        if mention is not None and mention.actor is not None:
            return {mention.actor.id}
    return set()


def _opening_phrase_subject(place_token: Token, context: DocumentContext) -> set[str]:
    """'Meeting in Abuja, leaders of ECOWAS closed ...': an opening phrase is about the noun
    phrase right after it, whatever the parser made of the participle."""
    sentence = place_token.sent
    if place_token.i - sentence.start > 4:
        return set()  # not an opening phrase
    after = place_token.i + 1
    while after < sentence.end and not sentence.doc[after].is_punct:
        after += 1
    for token in sentence.doc[after : sentence.end]:
        mention = context.mention_at(token)
        if mention is not None and mention.actor is not None:
            return {mention.actor.id}  # a name, however it was parsed: "ECOWAS heads of state"
        if token.pos_ in {"NOUN", "PROPN"}:
            return _actors([token], context)
    return set()


def _venue_of(holder: Token, place: Place, context: DocumentContext) -> Venue | None:
    """The venue a locative phrase gives, from the word it attaches to."""
    lemma = holder.lemma_.lower()
    start = holder.sent.start_char
    if holder.pos_ in {"NOUN", "PROPN"} and lemma in MEETING_NOUNS:
        verb = arguments.clause_verb(holder)  # "At a summit in Accra, ECOWAS agreed ..."
        if verb is not None and _planned(verb):
            return None
        subjects = _subjects(verb) if verb is not None else []
        return Venue(place, start, _actors(subjects, context), heads=_name_heads(subjects))
    if holder.pos_ != "VERB" or _planned(holder):
        return None  # "heads of state will meet in Abuja on Sunday": not yet a venue
    if lemma in MEETING_VERBS:
        # "leaders met in Abuja"; "Meeting in Abuja, leaders closed ...": the main clause's
        # subject; "the Council, meeting in Addis Ababa, ...", "the Council, which met in ...":
        # the noun the phrase describes
        subjects = _subjects(holder) or (_subjects(holder.head) if holder.dep_ == "advcl" else [])
        if holder.dep_ in {"acl", "relcl"} and all(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
            subjects = [holder.head]
        actors = _actors(subjects, context) or _set_off_subject(holder, context)
        return Venue(place, start, actors, heads=_name_heads(subjects))
    meeting = _held_meeting(holder) if lemma in VENUE_VERBS else None
    if meeting is not None:
        # "a meeting of the Council held in Addis Ababa": those whose meeting it was met there
        owners = _owners(meeting)
        return Venue(place, start, _actors(owners, context), heads=_name_heads(owners))
    if lemma in VENUE_VERBS:
        # "The signing took place in Bamako", "the summit was held in Abuja"
        objects = [c for c in holder.children if c.dep_ == "dobj"]
        if lemma == "take" and not any(o.lower_ == "place" for o in objects):
            return None
        named = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if lemma == "hold" and any(c.dep_ == "nsubj" for c in named):
            # "ECOWAS held a summit in Abuja": the holders met there
            meetings = [o for o in objects if o.lemma_.lower() in MEETING_NOUNS]
            if not meetings:
                return None
            return Venue(place, start, _actors(named, context), heads=_name_heads(named))
        words = {w for n in named for w in _event_words(n)}
        return Venue(place, start, event_words=words) if words else None
    return None


def _held_meeting(participle: Token) -> Token | None:
    """The meeting a participle 'held' describes: 'a meeting held in Abuja', and 'a meeting of
    the Council held in Addis Ababa', where the parser hangs it on the owner."""
    if participle.dep_ != "acl":
        return None
    noun = participle.head
    if _is_meeting(noun):
        return noun
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ in GENITIVE_PREPS and _is_meeting(of.head):
        return of.head
    return None


def _is_meeting(noun: Token) -> bool:
    return noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() in MEETING_NOUNS


def _owners(meeting: Token) -> list[Token]:
    """Whose meeting it is: 'a meeting of the Council', 'the Council's meeting'."""
    owners = [c for c in meeting.children if c.dep_ == "poss"]
    for prep in meeting.children:
        if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS:
            owners += [c for c in prep.children if c.dep_ == "pobj"]
    return owners


def _name_heads(heads: list[Token]) -> set[str]:
    """The capitalised nouns heading the participants' names ("The Authority of Heads of
    State", "the Council"), by which a communiqué goes on naming them."""
    return {
        h.lemma_.lower()
        for head in heads
        for h in arguments.coordinated(head)
        if _capitalised_noun(h)
    }


def _capitalised_noun(token: Token) -> bool:
    """A common noun written as a name mid-sentence or after 'The': 'the Council'."""
    if token.pos_ not in {"NOUN", "PROPN"} or not token.text[:1].isupper():
        return False
    return token.i > token.sent.start


def _event_words(noun: Token) -> set[str]:
    """The lemmas an act noun shares with its verb: 'signing' -> sign, 'meeting' -> meet."""
    lemma = noun.lemma_.lower()
    return {lemma, lemma.removesuffix("ing")} if lemma.endswith("ing") else {lemma}


def _planned(verb: Token) -> bool:
    """'will meet', 'would hold', 'are expected to meet', 'se réuniront': a meeting still to
    come places nothing that has happened."""
    for word in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in word.children):
            return True
        if "Fut" in word.morph.get("Tense"):
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in PLANNING_VERBS


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in arguments.SUBJECT_DEPS]


def _subject_actors(verb: Token, context: DocumentContext) -> set[str]:
    return _actors(_subjects(verb), context)


def _actors(heads: list[Token], context: DocumentContext) -> set[str]:
    """Who met: the subjects' actors, or those they are the members of ("leaders of ECOWAS",
    "ECOWAS heads of state")."""
    found = set()
    for head in heads:
        for member in arguments.coordinated(head):
            # the body they lead first: "heads of state" alone would be the focus country's
            owners = [c for c in member.children if c.dep_ in {"compound", "nmod", "poss"}]
            genitives = [
                c for c in member.children if c.dep_ == "prep" and c.lower_ in GENITIVE_PREPS
            ]
            for prep in genitives:
                owners += [
                    c
                    for c in prep.children
                    if c.dep_ == "pobj" and c.lemma_.lower() not in TITLE_COMPLEMENTS
                ]
            actors = [a for owner in owners for a in _owner_actors(owner, context)]
            found |= {actor.id for actor in actors or context.actors_of(member)}
    return found


def _owner_actors(owner: Token, context: DocumentContext) -> list[Actor]:
    """The actors an owner names: 'ECOWAS', or the body naming its members ("the presidents of
    the G5 Sahel countries": the G5 Sahel)."""
    found = context.actors_of(owner)
    if owner.pos_ != "NOUN":
        return found
    return found + [a for c in owner.children if c.dep_ == "compound" for a in context.actors_of(c)]


def place_at_venues(drafts: list[Draft], venues: list[Venue], scene_types: set[str]) -> None:
    """Give decisions with no place of their own the venue where they were taken."""
    if not venues:
        return
    # sentence start -> the venue its acts took place at: the venue's own sentence, or one
    # whose acts were placed there
    placed: dict[int, Venue] = {v.sentence_start: v for v in venues}
    for draft in drafts:
        scene = draft.type in scene_types and draft.match.entry.id not in DECISION_ENTRIES
        if scene or not (_vague(draft.place) or _said_by_meeting(draft)):
            continue
        if draft.reading.status in {Status.HYPOTHETICAL, Status.PLANNED}:
            continue  # "ECOWAS could impose sanctions": not taken at any meeting yet
        if _told_of_a_noun(draft.match.token) or draft.antecedent is not None:
            # "kept in place the sanctions they imposed on Niger", "any easing of the
            # sanctions": an earlier act, told again, not an act of the meeting
            continue
        venue = _venue_for(draft, venues) or _continued(draft, placed)
        if venue is not None and _same_time(draft, venue, drafts):
            draft.place = (venue.place, None)
            placed[draft.sentence.start_char] = venue


def _venue_for(draft: Draft, venues: list[Venue]) -> Venue | None:
    """The venue of this draft's meeting: the last one before it, else the first after."""
    # not a party named as where something comes from: "recalled its ambassadors from ECOWAS
    # member states" is not an act of ECOWAS
    actor_ids = {
        actor.id
        for actor, token in draft.actors
        if not (token.dep_ == "pobj" and token.head.lower_ in ORIGIN_PREPS)
    }
    # a state met as its government: "the presidents of Niger, ..." met; "Niger's government"
    actor_ids |= {
        actor.country
        for actor, _ in draft.actors
        if actor.country and actor.kind == ActorKind.GROUP and actor.sector == Sector.GOV
    }
    lemma = draft.match.token.lemma_.lower()
    heads = {token.lemma_.lower() for _, token in draft.actors if _capitalised_noun(token)}
    fitting = [v for v in venues if _met(v, actor_ids) or lemma in v.event_words or v.heads & heads]
    before = [v for v in fitting if v.sentence_start <= draft.sentence.start_char]
    if before:
        return before[-1]
    # a wire lead tells the act first and the meeting after ("ECOWAS imposed sanctions on
    # Mali on Sunday. ... Meeting in Accra, the leaders ..."); an act told later in the
    # report, before a meeting it names afterwards, is background of its own
    return fitting[0] if fitting and _in_lead(draft) else None


def _in_lead(draft: Draft) -> bool:
    """Whether the draft is told in the report's lead: its first paragraphs' sentences."""
    doc = draft.sentence.doc
    return sum(1 for s in doc.sents if s.start < draft.sentence.start) < LEAD_SENTENCES


def _met(venue: Venue, actor_ids: set[str]) -> bool:
    """Whether one of the actors is among those who met: the same actor, or a name the report
    shortens ("The Authority" after "The Authority of Heads of State and Government")."""
    if venue.actor_ids & actor_ids:
        return True
    short = [a for a in actor_ids if is_unresolved_id(a)]
    return any(m.startswith(a + "-") for a in short for m in venue.actor_ids)


def _continued(draft: Draft, placed: dict[int, Venue]) -> Venue | None:
    """'ECOWAS leaders, meeting in Abuja, closed the borders ... They gave the junta one week':
    a pronoun subject goes on with the previous sentence's participants, whose acts were
    placed at the venue."""
    sentence = draft.sentence
    previous = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
    if previous is None or previous.start_char not in placed:
        return None
    if "\n\n" in sentence.doc.text[previous.end_char : sentence.start_char]:
        return None  # a new paragraph
    verb = draft.match.token
    verb = verb if verb.pos_ in {"VERB", "AUX"} else arguments.governing_verb(verb)[0]
    while verb is not None and verb.dep_ == "conj" and not _subjects(verb):
        verb = verb.head  # "... and did not rule out the use of force"
    if verb is None or verb.head.i != verb.i:
        return None  # the sentence's main clause only
    subjects = _subjects(verb)
    if subjects and all(s.lower_ in PERSONAL_PRONOUNS for s in subjects):
        return placed[previous.start_char]
    return None


def _same_time(draft: Draft, venue: Venue, drafts: list[Draft]) -> bool:
    """Not an earlier act of the same participants: no past perfect, no other date."""
    if draft.sentence.start_char != venue.sentence_start and _past_perfect(draft.match.token):
        return False
    if draft.date is None:
        return True
    own = draft.date[0]
    if draft.date[1] is None and not any(
        d.date and d.date[1] and d.date[0] == own and d.sentence.start == draft.sentence.start
        for d in drafts
    ):
        return True  # no date of its own, nor of its sentence ("the summit of 30 July, which")
    at_venue = [
        d.date[0] for d in drafts if d.date and d.sentence.start_char == venue.sentence_start
    ]
    return not at_venue or any(v.start <= own.end and own.start <= v.end for v in at_venue)


def _told_of_a_noun(trigger: Token) -> bool:
    """'kept in place the sanctions they imposed on Niger after its July coup', 'the
    sanctions imposed on Niger': an act told in a clause that describes a noun is that
    noun's past, not an act of the meeting told around it."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else arguments.governing_verb(trigger)[0]
    for token in (verb, *verb.ancestors) if verb is not None else ():
        described = token.dep_ == "relcl" or (token.dep_ == "acl" and token.tag_ == "VBN")
        if described and token.head.lower_ in CONNECTIVE_NOUNS:
            return False  # "..., faute de quoi elle n'exclut pas": a clause of its own
        if described and token.head.pos_ in {"NOUN", "PROPN"}:
            # not "a summit in Abuja, where they called for ...": made at the place it describes
            return not any(c.lower_ in RELATIVE_WHERE for c in token.children)
        if token.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


def _past_perfect(trigger: Token) -> bool:
    """'had threatened', 'had been ordered': told as before the story's time."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else arguments.governing_verb(trigger)[0]
    if verb is None:
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in verb.children)


def _said_by_meeting(draft: Draft) -> bool:
    """'The summit also condemned the violence in Guinea-Bissau': what a meeting says or
    decides is done where it sits, whatever place its object names."""
    return any(token.lemma_.lower() in MEETING_BODY_NOUNS for _, token in draft.actors)


def _vague(place: tuple | None) -> bool:
    return place is None or place[0].precision == PlacePrecision.COUNTRY
