"""How many: casualty and troop counts stated in a sentence.

A count is found through the word that says what it counts: a casualty verb ("killed 20
soldiers", "20 people were abducted"), a casualty noun ("20 deaths", "the death toll rose to
132") or adjective ("left 20 dead"). The words and ACLED's conventions for vague counts
("dozens" is 12) are in ``data/plover/quantities.en.yaml``. "at least 20" counts as 20; "at
least 20, possibly 40" and "between 20 and 40" also give an upper figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import Quantities

COUNTED_KINDS = ("dead", "injured", "abducted", "arrested")
# Words around a number that do not change it ("at least 20", "some 15,000", "about 50").
HEDGES = word_set("number_hedges")
# "a death toll of 132"; "the death toll rose to 132"
TOLL_PREPS = word_set("toll_prepositions")
TOLL_RISE_PREPS = word_set("toll_rise_prepositions")
RANGE_LINKS = {"conj", "appos", "prep", "pobj", "quantmod"}


@dataclass(frozen=True)
class Count:
    kind: str  # dead, injured, abducted, arrested, troops
    low: int
    high: int | None
    token: Token  # the number (or count word) stating it


def sentence_counts(sentence: Span, quantities: Quantities) -> list[Count]:
    """Every casualty count the sentence states, in text order, one per kind and word."""
    counts: list[Count] = []
    for token in sentence:
        kind = quantities.casualty_category(token.lemma_, _coarse_pos(token))
        if kind not in COUNTED_KINDS:
            continue
        for target in count_targets(token):
            found = number_of(target, quantities)
            if found is None and _one_victim(token, target):
                found = (1, None)  # "a journalist has been killed"
            if found is not None:
                found = _with_coordinated(target, found, quantities)
                counts.append(Count(kind, found[0], found[1], target))
                break
    return counts


def _listed_with(target: Token) -> list[Token]:
    """The nouns listed after ``target``: its later conjuncts, and an apposition that cannot
    restate it because it is someone's ("six aid workers, their guide and their driver": the
    parser takes "their guide" for an apposition)."""
    listed = [t for t in target.conjuncts if t.i > target.i]
    for child in target.children:
        if child.dep_ == "appos" and any(g.dep_ == "poss" for g in child.children):
            listed += [child, *child.conjuncts]
    return sorted(set(listed), key=lambda t: t.i)


def _with_coordinated(
    target: Token, found: tuple[int, int | None], quantities: Quantities
) -> tuple[int, int | None]:
    """Victims listed together are counted together: "six aid workers, their guide and their
    driver" is 8, "four US soldiers and four Nigerien soldiers" is 8. A listed noun with no
    number counts 1 when singular; a plural one without a number leaves the first count alone
    (it cannot be summed)."""
    low, high = found
    for other in _listed_with(target):
        if other.pos_ not in {"NOUN", "PROPN"}:
            continue
        more = number_of(other, quantities)
        if more is None:
            if other.tag_ not in {"NN", "NNP"}:
                return found
            more = (1, None)
        low += more[0]
        high = None if high is None else high + (more[1] or more[0])
    return low, high


def troop_count(tokens: list[Token], is_force_noun, quantities: Quantities) -> Count | None:
    """'deployed around 15,000 soldiers': the number of a force noun among ``tokens``."""
    for token in tokens:
        if token.pos_ in {"NOUN", "PROPN"} and is_force_noun(token):
            found = number_of(token, quantities)
            if found is not None:
                return Count("troops", found[0], found[1], token)
    return None


def count_targets(word: Token) -> list[Token]:
    """Where the number of a casualty word may be: its victims, itself, what it modifies."""
    targets: list[Token] = []
    if word.pos_ == "VERB":
        objects = [c for c in word.children if c.dep_ in {"nsubjpass", "dobj"}]
        targets += objects
        if not objects:  # "20 people died": the subject of an intransitive is the victim
            targets += [c for c in word.children if c.dep_ == "nsubj"]
        if word.dep_ in {"acl", "amod", "relcl"}:  # "310 peacekeepers killed"
            targets.append(word.head)
    else:
        targets.append(word)  # "20 deaths", "dozens dead"
        counter = word.head.head
        if word.dep_ == "pobj" and word.head.lower_ in TOLL_PREPS and counter.tag_ == "NN":
            # "une dizaine de morts", "une centaine de victimes": a singular count noun heads
            # the casualty noun (plural "hundreds of dead" is left alone)
            targets.append(counter)
        if word.head.like_num or word.head.pos_ == "NUM":  # "20 dead"
            targets.append(word.head)
        if word.dep_ == "amod":  # "left 12 people dead"
            targets.append(word.head)
        if word.dep_ in {"oprd", "acomp"}:  # "left 71 soldiers dead"
            targets += [c for c in word.head.children if c.dep_ == "dobj"]
        for prep in word.children:  # "a death toll of 132"
            if prep.dep_ == "prep" and prep.lower_ in TOLL_PREPS:
                targets += [c for c in prep.children if c.dep_ == "pobj"]
        if word.dep_ in {"nsubj", "dobj"}:  # "the toll rose to 132", "revised the toll to 35"
            for prep in word.head.children:
                if prep.dep_ == "prep" and prep.lower_ in TOLL_RISE_PREPS:
                    targets += [c for c in prep.children if c.dep_ == "pobj"]
    return targets


def _lone_small_number(token: Token) -> bool:
    """A number the NER alone calls a date ("revised the toll to 35"): one token, all digits,
    not a year."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return alone and token.text.isdigit() and not 1000 <= int(token.text) <= 2100


def number_of(token: Token, quantities: Quantities) -> tuple[int, int | None] | None:
    """(low, high) stated by a number or a counted noun; None when no count is given."""
    if token.ent_type_ in {"DATE", "TIME"} and not _lone_small_number(token):
        return None  # "the 2019 massacre", "the killings of 2021": a year, not a toll
    if token.like_num or token.pos_ == "NUM":
        low = _value(token, quantities)
        return None if low is None else (low, _upper(token, low, quantities))
    if token.lower_ in quantities.vague:
        value = quantities.vague[token.lower_].value
        return None if value is None else (value, None)
    if token.pos_ == "NOUN" and token.lower_ in quantities.numbers:
        return quantities.numbers[token.lower_], None  # "une dizaine", "une centaine"
    if token.pos_ == "NOUN" and token.lower_ in quantities.multipliers:
        return quantities.multipliers[token.lower_], None  # "un millier"
    for child in token.children:
        if child.dep_ == "nummod":
            found = number_of(child, quantities)
            if found is not None and found[1] is None:  # "20 people, possibly 40"
                found = (found[0], _upper(token, found[0], quantities))
            return found
    return None


def _value(number: Token, quantities: Quantities) -> int | None:
    """A number with its multiword parts ('2,000', 'twenty-five', '3 million')."""
    words = [number.text]
    for child in number.children:
        if child.dep_ in {"compound", "quantmod"} and (child.like_num or child.pos_ == "NUM"):
            words.insert(0 if child.i < number.i else len(words), child.text)
    words = [w for w in words if w.lower() not in HEDGES]
    return quantities.value_of(words)


def _upper(number: Token, low: int, quantities: Quantities) -> int | None:
    """The upper figure of a range: 'at least 20, possibly 40', 'between 20 and 40'."""
    for other in [*number.children, number.head]:
        if other is number or (other.dep_ not in RANGE_LINKS and number.dep_ not in RANGE_LINKS):
            continue
        candidates = [other] + [c for c in other.children if c.dep_ == "pobj"]
        for candidate in candidates:
            if candidate is not number and (candidate.like_num or candidate.pos_ == "NUM"):
                value = _value(candidate, quantities)
                if value is not None and value > low:
                    return value
    return None


def _one_victim(word: Token, target: Token) -> bool:
    """A single person as the object of a casualty verb, or the subject of an intransitive
    one ("a prisoner died"): one victim."""
    if word.pos_ != "VERB" or target.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
        return False
    if target.ent_type_ == "PERSON":
        return True
    return target.tag_ == "NN" and any(c.lower_ in {"a", "an", "one"} for c in target.children)


def _coarse_pos(token: Token) -> str:
    return {"VERB": "VERB", "AUX": "VERB", "ADJ": "ADJ"}.get(token.pos_, "NOUN")
