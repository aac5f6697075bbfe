"""The event-trigger lexicon, status markers and quantity words, as typed data.

The word lists live in ``crisisdesk/data/plover/``:

- ``triggers.{lang}.yaml``: frames (syntactic slot -> PLOVER role), light verbs, and triggers
  (verb and noun lemmas that signal a PLOVER type and mode);
- ``status.{lang}.yaml``: words that make an event planned, hypothetical, negated, ongoing, a
  threat or an attempt;
- ``quantities.{lang}.yaml``: number words, vague counts and casualty words.

Each loader parses its file once, checks it (every type and mode against the PLOVER ontology;
errors name the file and the trigger id) and caches the result.

Multiword patterns: a verb pattern ``"open fire"`` is the verb lemma ``open`` followed, in the
same clause, by the words ``fire``; a noun pattern ``"air strike"`` is the noun lemma ``strike``
preceded by the modifier ``air``. Indexes are keyed by the head lemma; the coder checks the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from crisisdesk.events.ontology import Ontology, load_ontology

ROLES = frozenset({"actor", "recipient", "theme", "origin", "destination"})
REFLEXIVE_CLITICS = frozenset({"se"})
ADVERBIAL_CLITICS = frozenset({"en", "y"})
LIGHT_VERB_ROLES = ("agentive", "patient", "occurrence")


class LexiconError(ValueError):
    """A lexicon file is malformed or inconsistent; the message names file and entry."""


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.casefold().split())


def _split_elisions(phrase: str) -> str:
    """The phrase with its elided words apart: "prise d'otages" -> "prise d' otages"."""
    return re.sub(r"\b(\w{1,2}')(?=\w)", r"\1 ", phrase.replace("\u2019", "'"))


class VerbPattern(_Frozen):
    """A verb lemma, optionally followed by particle/object/preposition words."""

    head: str
    tail: tuple[str, ...] = ()

    @classmethod
    def parse(cls, phrase: str) -> VerbPattern:
        words = list(_words(phrase))
        # French pronominal verbs are listed as said ("se retirer", "s'emparer"); the parse's
        # lemma is the verb alone, its reflexive pronoun a separate word.
        if len(words) > 1 and words[0] in REFLEXIVE_CLITICS:
            words = words[1:]
        elif words[0].startswith(("s'", "s’")) and len(words[0]) > 2:
            words[0] = words[0][2:]
        if len(words) > 1 and words[0] in ADVERBIAL_CLITICS:
            # "s'en prendre à": the clitic before the verb is a tail word, found beside it
            words = [words[1], words[0], *words[2:]]
        head, *tail = words
        return cls(head=head, tail=tuple(tail))

    @property
    def text(self) -> str:
        return " ".join((self.head, *self.tail))


class NounPattern(_Frozen):
    """A noun lemma (singular), optionally preceded by modifier words (``air strike``)."""

    head: str
    modifiers: tuple[str, ...] = ()

    @classmethod
    def parse(cls, phrase: str) -> NounPattern:
        *modifiers, head = _words(phrase)
        return cls(head=head, modifiers=tuple(modifiers))

    @property
    def text(self) -> str:
        return " ".join((*self.modifiers, self.head))


class Frame(_Frozen):
    """How the syntactic slots around a trigger map to PLOVER roles."""

    name: str
    subject: str | None = None
    object: str | None = None
    passive_subject: str | None = None
    agent: str | None = None
    dative: str | None = None
    possessor: str | None = None
    modifier: str | None = None
    purpose: str | None = None  # the object of an infinitive of purpose: "to disperse them"
    preps: dict[str, str] = Field(default_factory=dict)

    def role_of(self, slot: str) -> str | None:
        """The role for a slot name (``subject``...) or a preposition (``against``)."""
        if slot in self.preps:
            return self.preps[slot]
        value = getattr(self, slot, None) if slot in type(self).model_fields else None
        return value if isinstance(value, str) and slot != "name" else None


NO_PATTERNS: tuple[list, list] = ([], [])


class Trigger(_Frozen):
    """One trigger entry: words that signal a PLOVER type (and mode) in a given frame."""

    id: str
    type: str
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    frame: str
    verbs: tuple[VerbPattern, ...] = ()
    nouns: tuple[NounPattern, ...] = ()
    objects: frozenset[str] = frozenset()
    # a verb's object that makes it another sense: "met its objectives" is no meeting
    not_objects: frozenset[str] = frozenset()
    # a noun pattern counts only with one of these prepositions after it: "opposition to"
    noun_complements: frozenset[str] = frozenset()
    requires_any: frozenset[str] = frozenset()
    requires_number_or_victim: bool = False
    requires_content: bool = False
    two_sided: bool = False
    kill: bool = False
    # the type of a promised act when it differs from the ontology's future_types: a promise
    # to send investigators offers help (AGREE); sending them is the investigation (ACCUSE)
    future_type: str | None = None
    confidence: float = Field(default=0.7, ge=0.0, le=1.0)
    acled: tuple[str, str] | None = None
    note: str | None = None

    @field_validator("verbs", mode="before")
    @classmethod
    def _parse_verbs(cls, value: Any) -> Any:
        return [VerbPattern.parse(v) if isinstance(v, str) else v for v in value or ()]

    @field_validator("nouns", mode="before")
    @classmethod
    def _parse_nouns(cls, value: Any) -> Any:
        patterns = []
        for noun in value or ():
            patterns.append(NounPattern.parse(noun) if isinstance(noun, str) else noun)
            if isinstance(noun, str) and (split := _split_elisions(noun)) != noun:
                # "coup d'état": the French parser reads "d'" and "état" as two words, the
                # English one "d'état" as one; both spellings match
                patterns.append(NounPattern.parse(split))
        return patterns

    @field_validator("objects", "not_objects", "noun_complements", "requires_any", mode="before")
    @classmethod
    def _fold_words(cls, value: Any) -> Any:
        return frozenset(str(word).casefold() for word in value or ())

    @field_validator("contexts", mode="before")
    @classmethod
    def _contexts(cls, value: Any) -> Any:
        return tuple(value or ())

    def verb_patterns(self, lemma: str) -> list[VerbPattern]:
        """This trigger's verb patterns whose head is ``lemma``."""
        return self._patterns_by_head.get(lemma, NO_PATTERNS)[0]

    def noun_patterns(self, lemma: str) -> list[NounPattern]:
        """This trigger's noun patterns whose head is ``lemma``."""
        return self._patterns_by_head.get(lemma, NO_PATTERNS)[1]

    @cached_property
    def _patterns_by_head(self) -> dict[str, tuple[list[VerbPattern], list[NounPattern]]]:
        """Patterns by their head lemma, indexed at the first look-up: every token asks."""
        index: dict[str, tuple[list[VerbPattern], list[NounPattern]]] = {}
        for verb in self.verbs:
            index.setdefault(verb.head, ([], []))[0].append(verb)
        for noun in self.nouns:
            index.setdefault(noun.head, ([], []))[1].append(noun)
        return index


class Lexicon(_Frozen):
    """The trigger lexicon of one language, with lookup indexes."""

    version: int
    language: str
    frames: dict[str, Frame]
    light_verbs: dict[str, tuple[VerbPattern, ...]]
    lemma_corrections: dict[str, str]
    triggers: tuple[Trigger, ...]
    by_verb: dict[str, tuple[Trigger, ...]]
    by_noun: dict[str, tuple[Trigger, ...]]

    def normalise(self, lemma: str) -> str:
        """The lemma as the lexicon spells it: case-folded, known lemmatiser errors fixed."""
        folded = lemma.casefold()
        return self.lemma_corrections.get(folded, folded)

    def verb_triggers(self, lemma: str) -> list[Trigger]:
        """Triggers with a verb pattern headed by ``lemma`` (tails still to be checked)."""
        return list(self.by_verb.get(self.normalise(lemma), ()))

    def noun_triggers(self, lemma: str) -> list[Trigger]:
        """Triggers with a noun pattern headed by ``lemma`` (modifiers still to be checked)."""
        return list(self.by_noun.get(self.normalise(lemma), ()))

    def hyphenated_heads(self) -> frozenset[str]:
        """The trigger heads spelt with a hyphen ("counter-offensive", "sit-in", "couvre-feu"):
        a tokenizer that splits at hyphens would leave them unmatchable."""
        return frozenset(word for word in (*self.by_verb, *self.by_noun) if "-" in word)

    def frame(self, name: str) -> Frame:
        """The frame called ``name``."""
        return self.frames[name]

    def trigger(self, trigger_id: str) -> Trigger:
        """The trigger with this id."""
        for trigger in self.triggers:
            if trigger.id == trigger_id:
                return trigger
        raise KeyError(trigger_id)

    def light_verb_role(self, lemma: str) -> str | None:
        """Whose action a noun trigger governed by this verb is: agentive/patient/occurrence.

        ``agentive``: the verb's subject is the actor ("X launched an attack");
        ``patient``: the subject is the recipient ("X came under attack");
        ``occurrence``: the subject is the event itself ("fighting broke out").
        """
        head = self.normalise(lemma)
        for role in LIGHT_VERB_ROLES:
            if any(pattern.head == head for pattern in self.light_verbs.get(role, ())):
                return role
        return None


class MarkerGroup(_Frozen):
    """Words that give an event one status (or make it a threat or an attempt)."""

    status: str | None = None
    auxiliaries: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    governing_verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    # Inflections that carry the status themselves, as Universal Dependencies features of the
    # verb or its auxiliary ("Tense=Fut": French "retirera" is planned, with no word for "will").
    morphology: tuple[str, ...] = ()

    @field_validator("auxiliaries", "words", "governing_verbs", "nouns", mode="before")
    @classmethod
    def _fold(cls, value: Any) -> Any:
        return frozenset(str(word).casefold() for word in value or ())

    @field_validator("phrases", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return tuple(_words(phrase) for phrase in value or ())

    def has_word(self, lemma: str) -> bool:
        """True when a single lemma of this group (aux, word, governing verb, noun) matches."""
        folded = lemma.casefold()
        return any(folded in group for group in self._single_words())

    def _single_words(self) -> tuple[frozenset[str], ...]:
        return (self.auxiliaries, self.words, self.governing_verbs, self.nouns)


class StatusMarkers(_Frozen):
    """Status marker groups of one language (planned, hypothetical, negated, ...)."""

    language: str
    groups: dict[str, MarkerGroup]
    reporting_verbs: frozenset[str]
    reported_future: frozenset[str]
    announcing: frozenset[str] = frozenset()

    def groups_for(self, lemma: str) -> list[str]:
        """Names of the groups a single lemma belongs to (MarkerGroup.has_word), in order."""
        return list(self._groups_by_word.get(lemma.casefold(), ()))

    @cached_property
    def _groups_by_word(self) -> dict[str, tuple[str, ...]]:
        """The groups of each single word, indexed once: status reading asks for every word
        of a trigger's clause."""
        index: dict[str, list[str]] = {}
        for name, group in self.groups.items():
            for word in frozenset().union(*group._single_words()):
                index.setdefault(word, []).append(name)
        return {word: tuple(names) for word, names in index.items()}

    @cached_property
    def _phrases_by_first_word(self) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for name, group in self.groups.items():
            for phrase in group.phrases:
                index.setdefault(phrase[0], []).append((name, phrase))
        return index

    def find_phrases(self, lemmas: Sequence[str]) -> list[tuple[str, int]]:
        """(group, start index) of every multiword phrase found in a lemma sequence, in order.

        Phrases are indexed by their first word, so a sentence is read once (this runs on
        every sentence).
        """
        folded = [lemma.casefold() for lemma in lemmas]
        index = self._phrases_by_first_word
        hits: list[tuple[str, int]] = []
        for start, word in enumerate(folded):
            for name, phrase in index.get(word, ()):
                if tuple(folded[start : start + len(phrase)]) == phrase:
                    hits.append((name, start))
        return hits


class VagueCount(_Frozen):
    """A vague count word: the value to code (or None) and where the convention comes from."""

    value: int | None = None
    minimum: int | None = None
    source: str


class CasualtyTerms(_Frozen):
    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()

    @field_validator("verbs", "nouns", "adjectives", mode="before")
    @classmethod
    def _fold(cls, value: Any) -> Any:
        return frozenset(str(word).casefold() for word in value or ())

    @field_validator("phrases", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return tuple(_words(phrase) for phrase in value or ())


class Quantities(_Frozen):
    """Number words, vague counts and casualty words of one language."""

    language: str
    numbers: dict[str, int]
    multipliers: dict[str, int]
    vague: dict[str, VagueCount]
    casualties: dict[str, CasualtyTerms]
    # words inside a number phrase that change nothing ("two hundred and five", "soixante et onze")
    fillers: frozenset[str] = frozenset({"of", "and", "a", "some"})
    # singular nouns naming one person ("the governor"): one victim
    one_person_nouns: frozenset[str] = frozenset()

    def casualty_category(self, lemma: str, pos: str | None = None) -> str | None:
        """``dead``/``injured``/``abducted``/``arrested``/... for a lemma, by part of speech.

        ``pos`` is a coarse tag (VERB, NOUN, ADJ); without it every list is searched.
        """
        fields = _CASUALTY_FIELDS.get(pos or "", _ALL_CASUALTY_FIELDS)
        return self._casualty_index[fields].get(lemma.casefold())

    @cached_property
    def _casualty_index(self) -> dict[tuple[str, ...], dict[str, str]]:
        """word -> category for each set of word lists searched; the first category listed
        wins, as in the data file (this runs on every token)."""
        index: dict[tuple[str, ...], dict[str, str]] = {}
        for fields in [*_CASUALTY_FIELDS.values(), _ALL_CASUALTY_FIELDS]:
            words = index.setdefault(fields, {})
            for category, terms in self.casualties.items():
                for field in fields:
                    for word in getattr(terms, field):
                        words.setdefault(word, category)
        return index

    def value_of(self, words: Sequence[str]) -> int | None:
        """The count a short run of words states, or None.

        Handles digits ("1,200", "3"), number words ("twenty-five", "two hundred", "3 million"),
        and vague counts ("dozens" -> 12, the ACLED convention); "of" is ignored.
        """
        tokens = [w.casefold() for w in words if w.casefold() not in self.fillers]
        tokens = [part for token in tokens for part in token.split("-")]
        if len(tokens) == 1 and tokens[0] in self.vague:
            return self.vague[tokens[0]].value
        return self._compose(tokens)

    def _compose(self, tokens: Sequence[str]) -> int | None:
        total, current, seen = 0, 0, False
        for token in tokens:
            number = _digits(token)
            if number is None:
                number = self.numbers.get(token)
            if number is not None:
                current, seen = current + number, True
            elif token in self.multipliers:
                current, seen = max(current, 1) * self.multipliers[token], True
                if self.multipliers[token] >= 1000:
                    total, current = total + current, 0
            else:
                return None
        return total + current if seen else None


# which casualty word lists a coarse part of speech searches
_CASUALTY_FIELDS = {"VERB": ("verbs",), "NOUN": ("nouns",), "ADJ": ("adjectives", "nouns")}
_ALL_CASUALTY_FIELDS = ("verbs", "nouns", "adjectives")


def _digits(token: str) -> int | None:
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", token):
        return int(token.replace(",", ""))
    return None


def _data_text(name: str) -> str:
    return (resources.files("crisisdesk") / "data" / "plover" / name).read_text("utf-8")


def _load_yaml(file_name: str) -> dict[str, Any]:
    try:
        raw = yaml.safe_load(_data_text(file_name))
    except FileNotFoundError as error:
        raise LexiconError(f"{file_name}: not found") from error
    if not isinstance(raw, dict):
        raise LexiconError(f"{file_name}: expected a mapping at the top level")
    return raw


def _check_trigger(trigger: Trigger, lexicon_frames: dict[str, Frame], onto: Ontology) -> None:
    """Raise ValueError naming what is wrong with one trigger."""
    if not onto.is_valid(trigger.type, trigger.mode):
        raise ValueError(f"unknown PLOVER type/mode {trigger.type}/{trigger.mode}")
    unknown = set(trigger.contexts) - set(onto.contexts)
    if unknown:
        raise ValueError(f"unknown contexts {sorted(unknown)}")
    if trigger.frame not in lexicon_frames:
        raise ValueError(f"unknown frame {trigger.frame!r}")
    if not trigger.verbs and not trigger.nouns:
        raise ValueError("has neither verbs nor nouns")
    if trigger.acled and not onto.acled_spec.is_valid(*trigger.acled):
        raise ValueError(f"unknown ACLED sub-event {trigger.acled}")
    multiword = sorted(word for word in trigger.objects if " " in word)
    if multiword:
        raise ValueError(f"objects must be single lemmas: {multiword}")


def _build_frames(file_name: str, raw: dict[str, Any]) -> dict[str, Frame]:
    frames: dict[str, Frame] = {}
    for name, body in raw.items():
        try:
            frame = Frame(name=name, **body)
        except ValidationError as error:
            raise LexiconError(f"{file_name}: frame {name}: {error}") from error
        roles = {v for k, v in frame.model_dump().items() if k not in {"name", "preps"} and v}
        bad = (roles | set(frame.preps.values())) - ROLES
        if bad:
            raise LexiconError(f"{file_name}: frame {name}: unknown roles {sorted(bad)}")
        frames[name] = frame
    return frames


def _build_triggers(
    file_name: str, raw: list[dict[str, Any]], frames: dict[str, Frame], onto: Ontology
) -> tuple[Trigger, ...]:
    triggers: list[Trigger] = []
    seen: set[str] = set()
    for index, body in enumerate(raw):
        label = body.get("id", f"#{index + 1}") if isinstance(body, dict) else f"#{index + 1}"
        try:
            trigger = Trigger(**body)
            _check_trigger(trigger, frames, onto)
        except (ValidationError, ValueError, TypeError) as error:
            raise LexiconError(f"{file_name}: trigger {label}: {error}") from error
        if trigger.id in seen:
            raise LexiconError(f"{file_name}: trigger {trigger.id}: duplicate id")
        seen.add(trigger.id)
        triggers.append(trigger)
    return tuple(triggers)


def _index(triggers: Iterable[Trigger], attribute: str) -> dict[str, tuple[Trigger, ...]]:
    index: dict[str, list[Trigger]] = {}
    for trigger in triggers:
        for head in dict.fromkeys(pattern.head for pattern in getattr(trigger, attribute)):
            index.setdefault(head, []).append(trigger)
    return {head: tuple(found) for head, found in index.items()}


def parse_lexicon(raw: dict[str, Any], file_name: str, onto: Ontology | None = None) -> Lexicon:
    """Build and check a :class:`Lexicon` from parsed YAML; errors name ``file_name``."""
    onto = onto or load_ontology()
    frames = _build_frames(file_name, raw.get("frames") or {})
    triggers = _build_triggers(file_name, raw.get("triggers") or [], frames, onto)
    light = {
        role: tuple(VerbPattern.parse(p) for p in (raw.get("light_verbs") or {}).get(role, ()))
        for role in LIGHT_VERB_ROLES
    }
    corrections: dict[str, str] = raw.get("lemma_corrections") or {}
    return Lexicon(
        version=int(raw.get("version", 1)),
        language=str(raw.get("language", "en")),
        frames=frames,
        light_verbs=light,
        lemma_corrections={k.casefold(): v for k, v in corrections.items()},
        triggers=triggers,
        by_verb=_index(triggers, "verbs"),
        by_noun=_index(triggers, "nouns"),
    )


@cache
def load_lexicon(language: str = "en") -> Lexicon:
    """The packaged trigger lexicon for ``language``, parsed and checked once."""
    file_name = f"triggers.{language}.yaml"
    return parse_lexicon(_load_yaml(file_name), file_name)


@cache
def load_status_markers(language: str = "en") -> StatusMarkers:
    """The packaged status markers for ``language``."""
    file_name = f"status.{language}.yaml"
    raw = _load_yaml(file_name)
    try:
        return StatusMarkers(
            language=language,
            groups={name: MarkerGroup(**body) for name, body in raw["groups"].items()},
            reporting_verbs=frozenset(raw.get("reporting_verbs") or ()),
            reported_future=frozenset(raw.get("reported_future") or ()),
            announcing=frozenset(raw.get("announcing") or ()),
        )
    except (KeyError, TypeError, ValidationError) as error:
        raise LexiconError(f"{file_name}: {error}") from error


@cache
def load_quantities(language: str = "en") -> Quantities:
    """The packaged number words, vague counts and casualty words for ``language``."""
    file_name = f"quantities.{language}.yaml"
    raw = _load_yaml(file_name)
    try:
        return Quantities(
            language=language,
            numbers={str(k).casefold(): int(v) for k, v in raw["numbers"].items()},
            multipliers={str(k).casefold(): int(v) for k, v in raw["multipliers"].items()},
            vague={str(k).casefold(): VagueCount(**v) for k, v in raw["vague"].items()},
            casualties={k: CasualtyTerms(**v) for k, v in raw["casualties"].items()},
            **({"fillers": frozenset(raw["fillers"])} if "fillers" in raw else {}),
            one_person_nouns=frozenset(raw.get("one_person_nouns") or ()),
        )
    except (KeyError, TypeError, ValidationError) as error:
        raise LexiconError(f"{file_name}: {error}") from error
