"""The pretrained model's attribute rules, applied by table look-up instead of a Matcher.

spaCy's ``AttributeRuler`` maps each fine-grained tag to its coarse part of speech and
morphology, and corrects a few words ("not" is a particle, "'s" after "let" is "us"). It runs a
general token Matcher over every document and then sets attributes match by match; on our
reports that costs as much as the whole tagger. Every rule of the models we ship tests one or
two tokens on a handful of attributes, so the same rules can be read once into a table: a
token's tag, part of speech, word form, dependency and white-space flag decide which rules
match it, and that answer is kept for the next token with the same values.

The results are the same as the stock component's, rule for rule: matching reads the document
as the parser left it, and the matched rules are applied in their order, a later rule
overriding an earlier one. A model whose rules use anything else (another attribute, an
operator, a longer pattern) keeps its stock component (:func:`compile_rules` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a rule may test here, by their pattern keys.
TESTED_ATTRIBUTES = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": LOWER,
    "NORM": NORM,
    "TAG": TAG,
    "POS": POS,
    "DEP": DEP,
    "IS_SPACE": IS_SPACE,
}
BOOLEAN_ATTRIBUTES = {"IS_SPACE"}
# The keys that test a word form; parts testing one are filed under the word.
LEXICAL_KEYS = ("ORTH", "TEXT", "LOWER", "NORM")
PREDICATES = {"IN", "NOT_IN", "REGEX"}
LONGEST_PATTERN = 2
# Answers kept per token shape before the memory is cleared.
KNOWN_LIMIT = 200_000

TokenTest = Callable[[dict[str, object]], bool]


def _value_test(key: str, wanted: object) -> TokenTest | None:
    """A test of one attribute against a pattern value: a plain value or one predicate."""
    if not isinstance(wanted, dict):
        return lambda values: values[key] == wanted
    if len(wanted) != 1 or next(iter(wanted)) not in PREDICATES:
        return None
    predicate, argument = next(iter(wanted.items()))
    if predicate == "IN":
        members = frozenset(argument)
        return lambda values: values[key] in members
    if predicate == "NOT_IN":
        outsiders = frozenset(argument)
        return lambda values: values[key] not in outsiders
    pattern = re.compile(argument)
    return lambda values: isinstance(values[key], str) and bool(pattern.search(values[key]))


def _token_test(spec: dict[str, object]) -> TokenTest | None:
    """One token's part of a pattern as a test of its attribute values, or None when the
    pattern uses something this table does not read."""
    tests = []
    for key, wanted in spec.items():
        if key not in TESTED_ATTRIBUTES:
            return None
        test = _value_test(key, wanted)
        if test is None:
            return None
        tests.append(test)
    return lambda values: all(test(values) for test in tests)


def _word_index(spec: dict[str, object]) -> list[tuple[str, str]] | None:
    """The (key, word) entries under which a part testing one word form is filed, or None
    for a part that tests no word form or tests it otherwise (a regex, an exclusion)."""
    lexical = [key for key in spec if key in LEXICAL_KEYS]
    if len(lexical) != 1:
        return None
    key = lexical[0]
    wanted = spec[key]
    if isinstance(wanted, str):
        return [(key, wanted)]
    if isinstance(wanted, dict) and set(wanted) == {"IN"}:
        return [(key, word) for word in wanted["IN"]]
    return None


@dataclass(frozen=True)
class PatternPart:
    """One token's part of a rule's pattern: the whole rule for a one-token pattern
    (``side`` 0), else the first (0) or second (1) token of a two-token pattern."""

    pattern: int  # the pattern's position in CompiledRules.patterns
    side: int
    test: TokenTest


@dataclass(frozen=True)
class TokenMatches:
    """The pattern parts a token with given attribute values fits."""

    whole: tuple[int, ...]  # one-token patterns
    starts: frozenset[int]  # two-token patterns whose first part it fits
    ends: frozenset[int]  # ... and whose second part


@dataclass
class CompiledRules:
    """The stock ruler's rules, in its order, as tests on token attribute values.

    Parts that test no word form are answered once per (tag, part of speech, dependency,
    white space); parts that test a word form are filed under it, so a token only runs the
    few tests its own word may pass. Every answer is kept for the next token like it.
    """

    patterns: list[tuple[int, int, int]]  # (rule, length, target token) per pattern
    attrs: list[dict]  # the normalised attributes each rule sets
    general: list[PatternPart]  # parts that test no word form
    by_word: dict[tuple[str, str], list[PatternPart]]
    scanned: list[PatternPart]  # word tests that cannot be filed (regex, exclusion)
    _known: dict[tuple, TokenMatches] = field(default_factory=dict)
    _general_known: dict[tuple, list[PatternPart]] = field(default_factory=dict)

    @property
    def attribute_ids(self) -> list[int]:
        return [TESTED_ATTRIBUTES[key] for key in TESTED_ATTRIBUTES]

    def matches(self, values: tuple, strings) -> TokenMatches:
        """What a token with these attribute values fits; worked out once per values."""
        found = self._known.get(values)
        if found is None:
            if len(self._known) >= KNOWN_LIMIT:
                self._known.clear()  # a long ingest meets new words without end
            found = self._work_out(values, strings)
            self._known[values] = found
        return found

    def _work_out(self, values: tuple, strings) -> TokenMatches:
        readable = {
            key: bool(value) if key in BOOLEAN_ATTRIBUTES else strings[value]
            for key, value in zip(TESTED_ATTRIBUTES, values, strict=True)
        }
        shape = tuple(readable[key] for key in TESTED_ATTRIBUTES if key not in LEXICAL_KEYS)
        general = self._general_known.get(shape)
        if general is None:
            general = [part for part in self.general if part.test(readable)]
            self._general_known[shape] = general
        words = [(key, readable[key]) for key in LEXICAL_KEYS]
        filed = [part for word in words for part in self.by_word.get(word, ())]
        fitting = general + [part for part in filed + self.scanned if part.test(readable)]
        whole = sorted(p.pattern for p in fitting if self.patterns[p.pattern][1] == 1)
        return TokenMatches(
            whole=tuple(self.patterns[number][0] for number in whole),
            starts=frozenset(
                p.pattern for p in fitting if p.side == 0 and self.patterns[p.pattern][1] == 2
            ),
            ends=frozenset(p.pattern for p in fitting if p.side == 1),
        )


def compile_rules(ruler: AttributeRuler) -> CompiledRules | None:
    """The ruler's rules as a table, or None when some rule needs the general Matcher."""
    patterns: list[tuple[int, int, int]] = []
    general: list[PatternPart] = []
    by_word: dict[tuple[str, str], list[PatternPart]] = {}
    scanned: list[PatternPart] = []
    for rule, entry in enumerate(ruler.patterns):
        index = entry["index"]
        for pattern in entry["patterns"]:
            tests = [_token_test(spec) for spec in pattern]
            if not tests or len(tests) > LONGEST_PATTERN or None in tests:
                return None
            if not -len(tests) <= index < len(tests):
                return None  # the stock ruler raises on it; so it will, where it stays
            number = len(patterns)
            patterns.append((rule, len(tests), index % len(tests)))
            for side, (spec, test) in enumerate(zip(pattern, tests, strict=True)):
                part = PatternPart(number, side, test)
                words = _word_index(spec)
                if not any(key in LEXICAL_KEYS for key in spec):
                    general.append(part)
                elif words is None:
                    scanned.append(part)
                else:
                    for word in words:
                        by_word.setdefault(word, []).append(part)
    return CompiledRules(patterns, list(ruler.attrs), general, by_word, scanned)


def apply_rules(doc: Doc, rules: CompiledRules) -> Doc:
    """Set each token's attributes from the rules it matches, later rules overriding."""
    if not len(doc):
        return doc
    strings = doc.vocab.strings
    # every test reads the document as it stands before any rule is applied
    rows = doc.to_array(rules.attribute_ids).tolist()
    found = [rules.matches(tuple(row), strings) for row in rows]
    matched = [list(token.whole) for token in found]
    for start, (here, after) in enumerate(pairwise(found)):
        for number in here.starts & after.ends:
            rule, _, target = rules.patterns[number]
            matched[start + target].append(rule)
    merged_by_rules: dict[tuple[int, ...], dict] = {}
    for token, rule_numbers in zip(doc, matched, strict=True):
        if not rule_numbers:
            continue
        order = tuple(sorted(rule_numbers))
        merged = merged_by_rules.get(order)
        if merged is None:
            merged = _merged(rules.attrs, order)
            merged_by_rules[order] = merged
        set_token_attrs(token, merged)
    return doc


def _merged(attrs: Sequence[dict], rule_numbers: Sequence[int]) -> dict:
    merged: dict = {}
    for rule in rule_numbers:
        merged.update(attrs[rule])
    return merged


def use_attribute_table(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the model's attribute ruler by its table, where every rule allows it."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    rules = compile_rules(ruler) if isinstance(ruler, AttributeRuler) else None
    if rules is None:
        return False
    nlp.replace_pipe(name, ATTRIBUTE_TABLE_COMPONENT)
    nlp.get_pipe(name).rules = rules
    return True


ATTRIBUTE_TABLE_COMPONENT = "crisisdesk_attribute_table"


class AttributeTable:
    """The pipeline component: the model's attribute rules applied from a table."""

    def __init__(self) -> None:
        self.rules: CompiledRules | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.rules is None:
            raise ValueError("the attribute table has no rules; use use_attribute_table()")
        return apply_rules(doc, self.rules)


@Language.factory(ATTRIBUTE_TABLE_COMPONENT)
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    return AttributeTable()
