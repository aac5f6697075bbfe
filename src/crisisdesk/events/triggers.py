"""Find event triggers in a sentence: lexicon verbs and nouns, with their constraints checked."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import Lexicon, NounPattern, Trigger, VerbPattern

# Words a verb pattern's tail may be found in: particles, objects, prepositions, complements.
TAIL_DEPS = {"prt", "dobj", "prep", "pobj", "xcomp", "acomp", "advmod", "compound", "dative"}
TAIL_WINDOW = 4  # a tail word may also simply follow the verb closely ("open fire on")
# A word that follows the verb but hangs inside a clause the verb embeds is that clause's:
# "said they can no longer reach" and "said no ransom had been paid" are no "say no".
EMBEDDED_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj"}
# "lifted most of the sanctions", "suspended part of its aid": the object is what follows "of"
PARTITIVES = word_set("partitive_nouns")
GENITIVE_PREPS = word_set("genitive_prepositions")
PERSON_PRONOUNS = word_set("person_pronouns")
# "left office" is the post, "left the passport office" a building: only bare
BARE_IDIOM_NOUNS = word_set("bare_idiom_nouns")
NOUN_MODIFIER_DEPS = {"det", "poss", "compound", "amod"}
KIND_MODIFIERS = word_set("kind_modifiers")
# "one week to reinstate", "72 hours until": what an ultimatum's span of time is given for
DEADLINE_CONTENT_MARKS = word_set("deadline_content_marks")
DEADLINE_UNITS = word_set("deadline_units")


@dataclass(frozen=True)
class TriggerMatch:
    token: Token
    entry: Trigger
    words: tuple[Token, ...]  # all the tokens of the trigger phrase
    # a negated grant read as a refusal ("did not recognise the decision"): the REJECT
    # occurred, whatever the negation says of the verb (selection.refused_reading)
    refusal: bool = False

    @property
    def start_char(self) -> int:
        return min(t.idx for t in self.words)

    @property
    def end_char(self) -> int:
        return max(t.idx + len(t) for t in self.words)


def _nearby(verb: Token) -> list[Token]:
    """Tokens a multiword verb's tail may come from: the verb's particles, objects and
    prepositions, their own children ("take control of", "open fire on"), and the words
    right after it. Deeper words belong to other clauses ("condemned ... called on them to")."""
    # a fronted phrase is not the verb's particle: "In January, the junta gave ..." is no
    # "give in"
    near = [
        c for c in verb.children if c.dep_ in TAIL_DEPS and not (c.dep_ == "prep" and c.i < verb.i)
    ]
    near += [g for c in near if c.dep_ in {"dobj", "prep", "prt"} for g in c.children]
    # "gave the junta one week to ...", "gave the military on 30 April a further 60 days
    # to ...": a counted span the parser hangs as an adverb, of the verb or of a date before it
    near += [
        g
        for c in [verb, *(c for c in near if c.dep_ == "pobj")]
        for g in c.children
        if g.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in g.children)
    ]
    doc = verb.doc
    following = (doc[i] for i in range(verb.i + 1, window_end(verb, TAIL_WINDOW)))
    return [*near, *(t for t in following if not _in_embedded_clause(t, verb))]


def window_end(token: Token, width: int) -> int:
    """``min(token.i + 1 + width, token.sent.end)``, found by looking at the few tokens after
    ``token`` only: ``token.sent`` scans the whole sentence and builds spans, and every
    candidate trigger asks."""
    doc = token.doc
    end, limit = token.i + 1, min(token.i + 1 + width, len(doc))
    while end < limit and not doc[end].is_sent_start:
        end += 1
    return end


def window_start(token: Token, width: int) -> int:
    """``max(token.sent.start, token.i - width)``, looking at the few tokens before ``token``
    only (see :func:`window_end`)."""
    doc = token.doc
    start = token.i
    while start > 0 and token.i - start < width and not doc[start].is_sent_start:
        start -= 1
    return start


def _in_embedded_clause(word: Token, verb: Token) -> bool:
    """Whether ``word`` hangs below ``verb`` through a clause of its own (a complement, an
    adverbial or a relative clause). A word hung elsewhere by a misparse keeps its chance."""
    if word.dep_ == "mark":
        return False  # "called for the perpetrators to be brought": the clause's own "for"
    current = word
    while current.i != current.head.i:
        if current.head.i == verb.i:
            return current.dep_ in EMBEDDED_CLAUSE_DEPS
        if current.dep_ in EMBEDDED_CLAUSE_DEPS:
            # a clause boundary below the verb: an embedded clause if the verb is above it
            return verb in current.ancestors
        current = current.head
    return False


def _near_forms(verb: Token) -> list[tuple[Token, str, str]]:
    """``_nearby(verb)``, each word with its lower-cased form and lemma, read once: a verb is
    tried against each pattern of each of its entries, and each tail word scans them all."""
    return [(t, t.lower_, t.lemma_.lower()) for t in _nearby(verb)]


def _match_verb(
    verb: Token, pattern: VerbPattern, near: list[tuple[Token, str, str]] | None = None
) -> tuple[Token, ...] | None:
    """The words of ``pattern`` around ``verb``; ``near`` is ``_near_forms(verb)`` where the
    caller has it already (a verb is tried against each pattern of each entry)."""
    if not pattern.tail:
        return (verb,)
    if near is None:
        near = _near_forms(verb)
    words = [verb]
    for word in pattern.tail:
        found = next(
            (
                t
                for t, lower, lemma in near
                if (lower == word or lemma == word) and _tail_fits(t, words)
            ),
            None,
        )
        if found is None:
            return _tail_run(verb, pattern.tail)
        words.append(found)
    return tuple(words)


def _tail_fits(word: Token, before: list[Token]) -> bool:
    """A tail word may be the verb's object or particle, or the object of a preposition the
    pattern names ("take control of"), not the object of another prepositional phrase
    ("rallied in Bamako in support of the junta" is no "rally support"), nor an infinitive's
    "to" ("travelling there to interview" is no "travel to"); an idiom's noun with a
    determiner or modifier is a thing, not the idiom ("left the passport office")."""
    if word.tag_ == "TO" and word.dep_ == "aux":
        return False
    if word.lower_ in BARE_IDIOM_NOUNS and any(c.dep_ in NOUN_MODIFIER_DEPS for c in word.children):
        return False  # "left the passport office", "left his office": a building, not the post
    if word.dep_ == "pobj":
        # "take to the streets": its own preposition matched first; "seized power", however
        # the parser hung it, follows the verb at once
        return word.head in before or word.i == before[-1].i + 1
    return True


def _tail_run(verb: Token, tail: tuple[str, ...]) -> tuple[Token, ...] | None:
    """A tail of two words or more written out in one piece in the verb's own clause, however
    the parser hung it and however long the object before it: "declared the head of the UN
    mission in Sudan, Volker Perthes, persona non grata"; a one-word tail only when it is an
    ultimatum's span of time (:func:`_deadline_tail`)."""
    if len(tail) == 1:
        return _deadline_tail(verb, tail[0]) if tail[0] in DEADLINE_UNITS else None
    after = sorted((t for t in verb.subtree if t.i > verb.i), key=lambda t: t.i)
    for start in range(len(after) - len(tail) + 1):
        run = after[start : start + len(tail)]
        contiguous = run[-1].i - run[0].i == len(tail) - 1
        if contiguous and all(
            t.lower_ == word or t.lemma_.lower() == word for t, word in zip(run, tail, strict=True)
        ):
            return (verb, *run)
    return None


def _deadline_tail(verb: Token, word: str) -> tuple[Token, ...] | None:
    """ "gave the military junta that seized power in Niger one week to reinstate ...": an
    ultimatum's span of time that the parser hung inside the object's relative clause is
    still the verb's, when what it is given for follows it at once ("to", "until")."""
    for token in verb.subtree:
        if (
            token.i < verb.i
            or token.lemma_.lower() != word
            or token.ent_type_ not in {"DATE", "TIME"}
        ):
            continue
        if token.i + 1 < len(token.doc) and token.nbor().lower_ in DEADLINE_CONTENT_MARKS:
            return (verb, token)
    return None


def _match_noun(noun: Token, pattern: NounPattern) -> tuple[Token, ...] | None:
    if not pattern.modifiers:
        return (noun,)
    doc = noun.doc
    left = [doc[i] for i in range(window_start(noun, len(pattern.modifiers)), noun.i)]
    last = left[-len(pattern.modifiers) :]
    # a modifier is its lemma or, for an elided article ("d'" of "coup d'état"), its form
    if len(last) != len(pattern.modifiers) or not all(
        word in {t.lemma_.lower(), t.lower_.replace("\u2019", "'")}
        for t, word in zip(last, pattern.modifiers, strict=True)
    ):
        return None
    return (*left[-len(pattern.modifiers) :], noun)


TokenTest = Callable[[Token], bool]


def _objects(verb: Token, pattern: VerbPattern) -> list[Token]:
    """The verb's object: its direct object, the object of the pattern's last preposition,
    or the noun a participle or relative clause modifies."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    if pattern.tail:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == pattern.tail[-1]:
                objects += [c for c in prep.children if c.dep_ == "pobj"]
    if verb.dep_ in {"acl", "relcl"}:
        objects.append(verb.head)
    return objects + [
        pobj
        for obj in objects
        if obj.lemma_.lower() in PARTITIVES or obj.like_num
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _object_ok(
    verb: Token, entry: Trigger, pattern: VerbPattern, kinds: Mapping[str, TokenTest]
) -> bool:
    if entry.not_objects and any(_names(obj, entry.not_objects) for obj in _objects(verb, pattern)):
        return False  # "failed to meet its objectives": no meeting
    if not entry.objects:
        return True
    known = {"@person": _is_person, **kinds}  # a person is read from the parse alone
    tests = [known.get(word, _never) for word in entry.objects if word.startswith("@")]
    for obj in _objects(verb, pattern):
        if _names(obj, entry.objects) or any(test(obj) for test in tests):
            return True
    return False


def _is_person(obj: Token) -> bool:
    """A named person or a pronoun that stands for one ("held him", "Kaboré, whom ..."): what
    one detains, as against what one holds (talks, power, a town)."""
    return obj.ent_type_ == "PERSON" or obj.lower_ in PERSON_PRONOUNS or obj.lower_ == "whom"


def _names(obj: Token, words: frozenset[str]) -> bool:
    """Whether an object is one of ``words``: its lemma or form, or, for a name, the title or
    kind written before it ("removed President Omar al-Bashir", "suspended Radio France
    Internationale")."""
    if obj.lemma_.lower() in words or obj.lower_ in words:
        return True
    return obj.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < obj.i and c.lower_ in words for c in obj.children
    )


def _complement_ok(noun: Token, entry: Trigger) -> bool:
    """A noun that needs a complement has it: "the opposition of certain states to the Malian
    presidency" is a refusal; "the opposition" alone names the political opposition."""
    if not entry.noun_complements:
        return True
    return any(c.dep_ == "prep" and c.lower_ in entry.noun_complements for c in noun.children)


def _requires_ok(token: Token, entry: Trigger) -> bool:
    if not entry.requires_any:
        return True
    # a word of the sentence, as written or as its lemma (stops at the first: no sets built)
    required = entry.requires_any
    return any(t.lower_ in required or t.lemma_.lower() in required for t in token.sent)


def _never(_: Token) -> bool:
    return False


def match_token(
    token: Token, lexicon: Lexicon, kinds: Mapping[str, TokenTest] | None = None
) -> TriggerMatch | None:
    """The best trigger entry for one token, or None."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return None  # "in March 2022": a month, not a march
    candidates: list[TriggerMatch] = []
    if token.pos_ == "VERB":
        # the verb's nearby words, found once for all patterns
        near: list[tuple[Token, str, str]] | None = None
        for entry in lexicon.verb_triggers(token.lemma_):
            for pattern in entry.verb_patterns(lexicon.normalise(token.lemma_)):
                if pattern.tail and near is None:
                    near = _near_forms(token)
                words = _match_verb(token, pattern, near)
                if (
                    words
                    and _object_ok(token, entry, pattern, kinds or {})
                    and _requires_ok(token, entry)
                ):
                    candidates.append(TriggerMatch(token, entry, words))
    elif token.pos_ in {"NOUN", "PROPN", "ADJ"}:
        lemma = token.lemma_ if token.pos_ != "PROPN" else token.lower_
        entries = lexicon.noun_triggers(lemma)
        # most nouns head no trigger: the parse is read (children) only for those that may
        if not entries or (token.pos_ == "ADJ" and not _adjective_as_noun(token)):
            return None
        if _kind_of_act(token):
            return None
        for entry in entries:
            for pattern in entry.noun_patterns(lexicon.normalise(lemma)):
                words = _match_noun(token, pattern)
                if words and _requires_ok(token, entry) and _complement_ok(token, entry):
                    candidates.append(TriggerMatch(token, entry, words))
    if not candidates:
        return None
    # The most specific reading wins: longest phrase, then a constrained entry, then one whose
    # object is a place it takes ("seized northern Mali": a country is an actor too, but seized
    # here it is territory), then prior.
    return max(
        candidates,
        key=lambda m: (
            len(m.words),
            bool(m.entry.objects or m.entry.requires_any),
            _takes_place_object(m, (kinds or {}).get("@place", _never)),
            m.entry.confidence,
        ),
    )


def _kind_of_act(noun: Token) -> bool:
    """'such attacks will not diminish our resolve': a kind of act, none the report tells.
    With another modifier the phrase counts an act told ('the first such attacks')."""
    modifiers = [c for c in noun.children if c.i < noun.i and c.dep_ != "punct"]
    return bool(modifiers) and all(c.lower_ in KIND_MODIFIERS for c in modifiers)


def _adjective_as_noun(token: Token) -> bool:
    """'launched a counter-offensive', 'its counteroffensive': a word the tagger calls an
    adjective (its ending says so) but that takes a determiner or a possessor is a noun."""
    return token.pos_ == "ADJ" and any(c.dep_ in {"det", "poss"} for c in token.children)


def _takes_place_object(match: TriggerMatch, is_place: TokenTest) -> bool:
    if "@place" not in match.entry.objects:
        return False
    objects = [c for c in match.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(is_place(o) for o in objects)


def find_triggers(
    sentence: Span, lexicon: Lexicon, kinds: Mapping[str, TokenTest] | None = None
) -> list[TriggerMatch]:
    """All trigger matches in a sentence, in text order, one per token.

    ``kinds`` answers the lexicon's object guards by kind ("@place", "@actor",
    "@organisation", "@peace_operation"); "@person" is read from the parse.
    """
    matches = []
    claimed: set[int] = set()
    for token in sentence:
        if token.i in claimed:
            continue
        match = match_token(token, lexicon, kinds)
        if match is not None:
            matches.append(match)
            claimed.update(t.i for t in match.words if t.i != token.i and t.pos_ != "VERB")
    return matches
