"""How many: casualty and troop counts stated in a sentence.

A count is found through the word that says what it counts: a casualty verb ("killed 20
soldiers", "20 people were abducted"), a casualty noun ("20 deaths", "the death toll rose to
132") or adjective ("left 20 dead"). The words and ACLED's conventions for vague counts
("dozens" is 12) are in ``data/plover/quantities.en.yaml``. "at least 20" counts as 20; "at
least 20, possibly 40", "between 20 and 40" and "20 to 40" also give an upper figure, while
"12 dead and 20 wounded" are two counts. A named or titled person killed is one victim. Which
event of a sentence a count belongs to, and revised tolls, are settled in ``merging/sentence.py``.
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
TOLL_UPDATE_VERBS = word_set("toll_update_verbs")
# "the number of soldiers killed": a noun that counts, like "toll"
NUMBER_NOUNS = word_set("number_nouns")
RANGE_LINKS = {"conj", "appos", "prep", "pobj", "quantmod"}
# "between 30 and 50", "20 to 30": the words that make two numbers one range
RANGE_OPENERS = word_set("range_openers")
RANGE_WORDS = word_set("range_links")
COUNT_CONJUNCTIONS = word_set("count_conjunctions")
# "south-east of Niamey", "the area": listed after the victims, but not victims
DIRECTION_WORDS = word_set("direction_words")
INDEFINITE_DETERMINERS = word_set("indefinite_determiners")
PLACE_NOUNS = word_set("place_nouns")
# "a soldier died": verbs whose subject is the victim; "an attack killed" names no victim
VICTIM_SUBJECT_VERBS = word_set("victim_subject_verbs")
# "was shot dead with twelve of his companions": the companions died with the victim
COMPANION_PREPS = word_set("companion_prepositions")
# "lost their lives": the subject of these verbs, with "life" as object, is the victim
LIFE_LOSS_VERBS = word_set("life_loss_verbs")
TO_DEATH_VERBS = word_set("to_death_verbs")
DEATH_OUTCOMES = word_set("death_outcomes")
# "52 soldiers had fallen": "fall" is a death only for these subjects
FALLEN_VERBS = word_set("fallen_verbs")
FALLEN_NOUNS = word_set("fallen_nouns")
# "shot", "killed", "assassinated": verbs whose object, a bare name, can only be a person
KILLING_VERBS = word_set("killing_verbs")
COMPANION_OTHERS = word_set("companion_others")
GENITIVE_PREPS = word_set("genitive_prepositions")
TALLY_NOUNS = word_set("tally_nouns")
# "47 personnes, dont 30 civils": the relative that opens a breakdown of a total
BREAKDOWN_RELATIVES = word_set("breakdown_relatives")
# "days after its chief died": a sequence word the parser may hang the subject from
SEQUENCE_MARKS = word_set("sequence_marks")
# "killed in Gao and 5 in Ménaka": the prepositions of a place a gapped count names
LOCATIVE_PREPS = word_set("locative_prepositions")
ONE_CASUALTY_KINDS = ("dead", "injured")


@dataclass(frozen=True)
class Count:
    kind: str  # dead, injured, abducted, arrested, troops
    low: int
    high: int | None
    token: Token  # the number (or count word) stating it
    # a revised toll ("the toll rose to 132"): the current one, it replaces the earlier figure
    revised: bool = False
    word: Token | None = None  # the casualty word that says what is counted ("killed", "toll")


def sentence_counts(sentence: Span, quantities: Quantities) -> list[Count]:
    """Every casualty count the sentence states, in text order, one per kind and word."""
    counts: list[Count] = []
    for token in sentence:
        kind = (
            quantities.casualty_category(token.lemma_, _coarse_pos(token))
            or _fallen(token)
            or _lost_men(token)
            or _to_death(token)
        )
        if kind not in COUNTED_KINDS:
            continue
        for target in count_targets(token):
            found = number_of(target, quantities)
            if found is None and (
                _one_victim(token, target, quantities) or _one_casualty(token, target, kind)
            ):
                found = (1, None)  # "a journalist has been killed", "un mort et six blessés"
            if found is not None:
                found = _with_coordinated(target, found, quantities)
                found = _with_sibling_victims(token, target, found, quantities)
                found = _with_companions(token, found, quantities)
                found = _with_gapped_counts(token, target, found, quantities)
                revised = _revision(token, target)
                counts.append(Count(kind, found[0], found[1], target, revised, token))
                break
    return counts


def _one_casualty(word: Token, target: Token, kind: str) -> bool:
    """'un mort et six blessés', 'a death': a singular dead or wounded noun with the indefinite
    article is one casualty, as "un" is one (a tally noun, "un bilan", counts nothing)."""
    return (
        kind in ONE_CASUALTY_KINDS
        and target.i == word.i
        and word.pos_ == "NOUN"
        and word.tag_ == "NN"
        and word.lemma_.lower() not in TALLY_NOUNS
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in word.children)
    )


def _fallen(verb: Token) -> str | None:
    """'52 Chadian soldiers had fallen': "fall" counts the dead only of soldiers and the like
    (a town or a government falls too)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FALLEN_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return "dead" if any(s.lemma_.lower() in FALLEN_NOUNS for s in subjects) else None


def _to_death(verb: Token) -> str | None:
    """'At least 23 travellers were burnt to death', 'hacked five villagers to death', 'were
    burned alive': a verb of violence whose outcome is death counts the dead (a sentence "to
    death" is no killing: only the verbs of ``to_death_verbs``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TO_DEATH_VERBS:
        return None
    for child in verb.children:
        if child.lower_ in DEATH_OUTCOMES:  # "burned alive"
            return "dead"
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in DEATH_OUTCOMES for g in child.children
        ):
            return "dead"  # "burnt to death"
    return None


def _lost_men(verb: Token) -> str | None:
    """'Togo lost eight soldiers when gunmen attacked': a side that loses a counted number of
    its soldiers or men loses them dead (it loses ground, control or an election otherwise)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LIFE_LOSS_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    counted = any(
        o.lemma_.lower() in FALLEN_NOUNS and any(c.dep_ == "nummod" for c in o.children)
        for o in objects
    )
    return "dead" if counted else None


def _listed_with(target: Token) -> list[Token]:
    """The nouns listed after ``target``: its later conjuncts, and an apposition that cannot
    restate it because it is someone's and opens a list ("six aid workers, their guide and
    their driver": the parser takes "their guide" for an apposition). A lone possessed
    apposition is a comment on the sentence ("23 soldiers were killed ..., its first account
    of ..."), not a victim."""
    listed = [t for t in target.conjuncts if t.i > target.i]
    for child in target.children:
        owned = any(g.dep_ == "poss" for g in child.children)
        if child.dep_ == "appos" and owned and child.conjuncts:
            listed += [child, *child.conjuncts]
    return sorted(set(listed), key=lambda t: t.i)


def _a_place(noun: Token) -> bool:
    """A place listed after the victims ("their driver ..., about 60 km south-east of Niamey")."""
    return noun.lower_ in DIRECTION_WORDS or noun.lemma_.lower() in PLACE_NOUNS


def _with_coordinated(
    target: Token, found: tuple[int, int | None], quantities: Quantities
) -> tuple[int, int | None]:
    """Victims listed together are counted together: "six aid workers, their guide and their
    driver" is 8, "four US soldiers and four Nigerien soldiers" is 8. A listed noun with no
    number counts 1 when singular; a plural one without a number leaves the first count alone
    (it cannot be summed)."""
    low, high = found
    for other in _listed_with(target):
        if (other.pos_ == "NUM" or other.like_num) and _partitive(other):
            pass  # "the mayor and three of his companions": a numeral stands for its victims
        elif _numeral_with_its_noun(other, quantities):
            # "huit soldats et trente-deux VDP": the parser hangs the noun elsewhere
            value = quantities.value_of([_hyphenated(other, quantities)])
            low += value or 0
            high = None if high is None else high + (value or 0)
            continue
        elif other.pos_ not in {"NOUN", "PROPN"} or _a_place(other):
            continue
        more = number_of(other, quantities)
        if more is None:
            if other.tag_ not in {"NN", "NNP"}:
                return found
            more = (1, None)
        low += more[0]
        high = None if high is None else high + (more[1] or more[0])
    return low, high


def _with_companions(
    word: Token, found: tuple[int, int | None], quantities: Quantities
) -> tuple[int, int | None]:
    """'was shot dead with twelve of his companions', 'killed along with three others': the
    victims counted with the killing's "with" are more victims (13). Only a numbered
    companion counts: "killed with a machete" names the means."""
    verb = word.head if word.dep_ in {"oprd", "acomp"} else word
    if verb.pos_ not in {"VERB", "AUX"}:
        return found
    low, high = found
    # "with twelve of his companions"; "along with three others" (a "with" under "along")
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in COMPANION_PREPS:
            continue
        for companion in (c for c in prep.children if c.dep_ == "pobj"):
            if not _companions(companion):
                continue
            more = number_of(companion, quantities)
            if more is not None:
                low += more[0]
                high = None if high is None else high + (more[1] or more[0])
    return low, high


def _with_gapped_counts(
    word: Token, target: Token, found: tuple[int, int | None], quantities: Quantities
) -> tuple[int, int | None]:
    """'70 people were killed in Tchoma Bangou and 30 in Zaroumdareye', 'killed 12 people in
    Gao and 5 in Ménaka': a gapped remnant repeats the killing at another place with a number
    of its own, so the clause's toll is the sum. The parser makes the remnant's number a
    conjunct of the verb or of its place. A breakdown told after a total ("killed 39 people in
    two villages, 21 in Libiri and 18 in Kokorou") hangs elsewhere and adds nothing."""
    if word.pos_ != "VERB":
        return found
    places = [
        place
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS and prep.i > target.i
        for place in prep.children
        if place.dep_ == "pobj"
    ]
    if not places:
        return found  # the first count names no place: no list of places to continue
    low, high = found
    for head in (word, *places):
        for number in head.children:
            gapped = number.dep_ == "conj" and number.i > target.i and not _a_date(number)
            if not gapped or not (number.pos_ == "NUM" or number.like_num):
                continue
            if not any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in number.children):
                continue
            value = _value(number, quantities)
            if value is not None:
                low += value
                high = None if high is None else high + value
    return low, high


def _numeral_with_its_noun(number: Token, quantities: Quantities) -> bool:
    """'Huit soldats et trente-deux Volontaires ... ont été tués': the small French model
    makes the second numeral the conjunct and its noun a modifier of the first noun. A listed
    word that is a number by itself (not part of a date), followed by a word, counts."""
    if number.pos_ not in {"NUM", "ADJ"} or _a_date(number):
        return False
    if quantities.value_of([number.text]) is None or number.i + 1 >= number.sent.end:
        return False
    noun = number.doc[number.i + 1]
    return noun.pos_ in {"NOUN", "PROPN", "ADJ"} and not noun.like_num and noun.is_alpha


def _partitive(number: Token) -> bool:
    """'three of his companions': a numeral with an "of" phrase counts people of its own."""
    return any(c.dep_ == "prep" and c.lower_ in GENITIVE_PREPS for c in number.children)


def _with_sibling_victims(
    word: Token, target: Token, found: tuple[int, int | None], quantities: Quantities
) -> tuple[int, int | None]:
    """'The mayor of Djibo and three of his companions were killed': the parser may make each
    listed victim a subject of the verb of its own; a numbered one after the first is more."""
    if word.pos_ != "VERB" or target.head.i != word.i or target.dep_ not in {"nsubjpass", "dobj"}:
        return found
    low, high = found
    for sibling in word.children:
        # "ont tué le chef du village ..., et cinq autres habitants": a numbered noun listed
        # after the object may hang from the verb as its conjunct
        listed = sibling.dep_ == "conj" and sibling.pos_ == "NOUN" and target.dep_ == "dobj"
        if sibling.i > target.i and (sibling.dep_ == target.dep_ or listed):
            more = number_of(sibling, quantities)
            if more is not None:
                low += more[0]
                high = None if high is None else high + (more[1] or more[0])
    return low, high


def _companions(phrase: Token) -> bool:
    """People with the victim: someone's ("twelve of his companions", "his three
    bodyguards") or "others" ("along with three others"), not the means ("two rockets")."""
    nouns = [phrase] + [
        o
        for p in phrase.children
        if p.dep_ == "prep" and p.lower_ in GENITIVE_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        n.lemma_.lower() in COMPANION_OTHERS or any(c.dep_ == "poss" for c in n.children)
        for n in nouns
    )


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
    before = word.doc[word.i - 1] if word.i > word.sent.start else None
    if before is not None and _a_number(before) and word.tag_ in {"VBN", "JJ", "NNS"}:
        targets.append(before)  # "12 people dead and 20 wounded", "20 killed": its own number
    if word.pos_ == "VERB":
        objects = [c for c in word.children if c.dep_ in {"nsubjpass", "dobj"}]
        if word.dep_ == "relcl" and any(_a_breakdown(o) for o in objects):
            # "Quarante-sept personnes, dont trente civils, quatorze soldats ..., ont été
            # tuées": the parser makes the breakdown the verb's subject; the total is the toll
            targets.append(word.head)
        targets += objects
        if not objects:
            # "killed at least 21 civilians, including 11 children, ... said": the parser lost
            # the object; the noun right after an active verb is still its victim
            targets += _object_after(word)
            # "an attack killed between 10 and 14 civilians": the parser hangs the victims
            # from the range's opening word
            targets += [
                c
                for prep in word.children
                if prep.dep_ == "prep" and prep.lower_ in RANGE_OPENERS
                for c in prep.children
                if c.dep_ == "pobj"
            ]
            # "20 people died": the subject of an intransitive is the victim
            subjects = [c for c in word.children if c.dep_ == "nsubj"]
            targets += subjects or _subject_taken_by_a_sequence(word)
        if word.dep_ in {"acl", "amod", "relcl"}:  # "310 peacekeepers killed"
            targets.append(word.head)
        number = _number_phrase(word)
        if number is not None:  # "raised to 42 the number of soldiers killed"
            targets += _risen_to(number)
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
            targets.append(_first_conjunct(word.head))
        if word.dep_ in {"oprd", "acomp"}:
            # "left 71 soldiers dead", "28 people were shot dead", "five people are dead"
            targets += [c for c in word.head.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
        for prep in word.children:  # "a death toll of 132"
            if prep.dep_ == "prep" and prep.lower_ in TOLL_PREPS:
                targets += [c for c in prep.children if c.dep_ == "pobj"]
        if word.dep_ == "dobj" and word.head.lemma_.lower() in LIFE_LOSS_VERBS:
            # "three civilians lost their lives", "trois civils ont perdu la vie"
            targets += [c for c in word.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if word.dep_ in {"nsubj", "dobj"}:  # "the toll rose to 132", "revised the toll to 35"
            targets += _risen_to(word)
    return targets


def _subject_taken_by_a_sequence(verb: Token) -> list[Token]:
    """ "days after its chief, Abu Bakr al-Baghdadi, died in a raid": the parser makes the
    subject the object of "after" hung from the verb; a noun of such a preposition before a
    verb that has no subject of its own is that subject."""
    return [
        c
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in SEQUENCE_MARKS and prep.i < verb.i
        for c in prep.children
        if c.dep_ == "pobj" and c.i < verb.i
    ]


def _first_conjunct(noun: Token) -> Token:
    """ "left 15 soldiers and 20 militants dead": the parser hangs "dead" on the last of the
    listed victims; the list starts at its first noun, which the count sums from. Not a noun
    with a casualty word of its own ("left 10 soldiers wounded and 5 civilians dead")."""
    while noun.dep_ == "conj" and not any(
        c.dep_ in {"amod", "acl", "oprd"} and c.i > noun.head.i for c in noun.head.children
    ):
        noun = noun.head
    return noun


def _a_breakdown(noun: Token) -> bool:
    """Is ``noun`` opened by a relative that breaks a total down ("dont trente civils")?"""
    return any(c.lower_ in BREAKDOWN_RELATIVES for c in noun.children)


def _risen_to(tally: Token) -> list[Token]:
    """The figure a tally is raised to or put at: "the toll rose to 132" -> 132."""
    if tally.dep_ not in {"nsubj", "dobj"}:
        return []
    return [
        c
        for prep in tally.head.children
        if prep.dep_ == "prep" and prep.lower_ in TOLL_RISE_PREPS
        for c in prep.children
        if c.dep_ == "pobj"
    ]


def _number_phrase(word: Token) -> Token | None:
    """The tally noun of "the number of soldiers killed": a casualty verb in a clause on the
    noun counted by a number noun (``number_nouns``), which then says the toll like "toll"."""
    counted = word.head
    if word.dep_ not in {"acl", "relcl"} or counted.dep_ != "pobj":
        return None
    prep = counted.head
    if prep.lower_ not in TOLL_PREPS or prep.head.lemma_.lower() not in NUMBER_NOUNS:
        return None
    return prep.head


def _revision(word: Token, target: Token) -> bool:
    """Is the count a revised toll: "the toll rose to 132", "bringing the toll to seven"?"""
    word = _number_phrase(word) or word  # "raised to 42 the number of soldiers killed"
    verb = word.head
    return (
        word.dep_ in {"nsubj", "dobj"}
        and verb.lemma_.lower() in TOLL_UPDATE_VERBS
        and target.dep_ == "pobj"
        and target.head.head.i == verb.i
    )


def _a_number(token: Token) -> bool:
    return (token.like_num or token.pos_ == "NUM") and not _a_date(token)


def _object_after(verb: Token) -> list[Token]:
    """The noun an active verb is followed by, over a hedged number ("killed at least 21
    civilians"), when the parse gives the verb no object."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBG"} or any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
    ):
        return []
    numbered = False
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.like_num or token.pos_ == "NUM":
            numbered = True
        elif token.pos_ in {"NOUN", "PROPN"}:
            return [token] if numbered else []
        elif token.lower_ not in HEDGES and token.pos_ not in {"ADV", "ADJ", "DET"}:
            return []
    return []


def _a_date(token: Token) -> bool:
    """Is a number part of a date ("the 2019 massacre", "on 12 June")? The NER also calls some
    counts dates ("Between 30 and 50 civilians", "revised the toll to 35"): a number in a DATE
    entity is a count when the entity is only numbers and range words, none of them a year."""
    if token.ent_type_ not in {"DATE", "TIME"}:
        return False
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    for word in token.doc[start:end]:
        if word.like_num or word.pos_ == "NUM":
            if word.text.isdigit() and 1000 <= int(word.text) <= 2100:
                return True  # a year
        elif not any(word.lower_ in words for words in (HEDGES, RANGE_WORDS, RANGE_OPENERS)):
            return True  # "12 June", "two days"
    return False


def number_of(token: Token, quantities: Quantities) -> tuple[int, int | None] | None:
    """(low, high) stated by a number or a counted noun; None when no count is given."""
    if _a_date(token):
        return None  # "the 2019 massacre", "the killings of 2021": a year, not a toll
    if token.like_num or token.pos_ == "NUM":
        start = _range_start(token)
        if start is not None:  # "20 to 30 villagers": 20, up to 30
            low, high = _value(start, quantities), _value(token, quantities, start)
            if low is not None and high is not None and high > low:
                return low, high
        low = _value(token, quantities)
        return None if low is None else (low, _upper(token, low, quantities))
    if token.lower_ in quantities.vague:
        value = quantities.vague[token.lower_].value
        return None if value is None else (value, None)
    if token.pos_ == "NOUN" and token.lower_ in quantities.numbers:
        # "une dizaine", "une centaine"; "Cinquante-huit" split at its hyphen
        return quantities.value_of([_hyphenated(token, quantities)]), None
    if token.pos_ == "NOUN" and token.lower_ in quantities.multipliers:
        return quantities.multipliers[token.lower_], None  # "un millier"
    numbers = [
        c
        for c in token.children
        if c.dep_ == "nummod" or _number_word_compound(c, token, quantities)
    ]
    numbers = numbers or _number_on_nationality(token)
    numbers += [n for n in _numbers_listed_on_nationality(token) if n not in numbers]
    for child in numbers:
        found = number_of(child, quantities)
        if found is not None and found[1] is None:  # "20 people, possibly 40"
            found = (found[0], _upper(token, found[0], quantities))
        if found is not None:
            found = _with_listed_numbers(child, numbers, found, quantities)
        return found
    return None


def _number_word_compound(child: Token, noun: Token, quantities: Quantities) -> bool:
    """ "Sixteen civilians and three soldiers were killed" opening a paragraph: the tagger may
    read a capitalised number word as a proper noun compounded with its noun; it counts the
    noun all the same."""
    return (
        child.dep_ == "compound"
        and child.i < noun.i
        and child.is_alpha
        and child.lower_ in quantities.numbers
    )


def _number_on_nationality(noun: Token) -> list[Token]:
    """'Nine Nigerien soldiers': the parser may hang the number on the nationality before the
    noun (a compound of it) rather than on the noun."""
    return [
        number
        for modifier in noun.lefts
        if modifier.dep_ in {"compound", "amod"} and modifier.ent_type_ == "NORP"
        for number in modifier.lefts
        if number.dep_ in {"compound", "nummod"} and (number.like_num or number.pos_ == "NUM")
    ]


def _numbers_listed_on_nationality(noun: Token) -> list[Token]:
    """'four American and four Nigerien soldiers': the parser may hang the second number as a
    conjunct of the first nationality; it counts the same noun's second group."""
    return [
        number
        for modifier in noun.lefts
        if modifier.dep_ in {"compound", "amod"} and modifier.ent_type_ == "NORP"
        for number in modifier.children
        if number.dep_ == "conj" and (number.like_num or number.pos_ == "NUM")
    ]


def _with_listed_numbers(
    first: Token, numbers: list[Token], found: tuple[int, int | None], quantities: Quantities
) -> tuple[int, int | None]:
    """'four American and four Nigerien soldiers': numbers of one noun listed with "and" (no
    "between") count groups of the same victims, summed: 8."""
    low, high = found
    for other in numbers:
        if other.i <= first.i or not _two_counts(first, other):
            continue
        value = _value(other, quantities)
        if value is None:
            return found
        low += value
        high = None if high is None else high + value
    return low, high


def supersedes(count: Count, counts: dict[str, Count]) -> bool:
    """Whether a count of a sentence is the one its event keeps: the first of its kind, unless
    a later one is the revised total ("twelve people were killed ... and three others died of
    their wounds, bringing the toll to fifteen": 15)."""
    kept = counts.get(count.kind)
    return kept is None or (count.revised and not kept.revised)


def added(kept: Count, more: Count) -> Count:
    """Two tolls of one event summed (each side's dead in one fight); the first stays the one
    the evidence points to."""
    high = (
        None
        if kept.high is None and more.high is None
        else ((kept.high or kept.low) + (more.high or more.low))
    )
    return Count(kept.kind, kept.low + more.low, high, kept.token, kept.revised, kept.word)


def _value(number: Token, quantities: Quantities, without: Token | None = None) -> int | None:
    """A number with its multiword parts ('2,000', 'twenty-five', '3 million')."""
    whole = _hyphenated(number, quantities)
    words = [whole]
    skipped = {t.i for t in (without, _range_start(number)) if t is not None}
    if whole != number.text:  # "Twenty - eight": its parts are in the run already
        skipped |= {c.i for c in number.children if c.text in {"-", *whole.split("-")}}
    for child in number.children:
        if child.i in skipped:
            continue  # "20 to 30": the 20 is the range's other end, not part of 30
        if child.dep_ in {"compound", "quantmod"} and (child.like_num or child.pos_ == "NUM"):
            words.insert(0 if child.i < number.i else len(words), child.text)
    words = [w for w in words if w.lower() not in HEDGES]
    return quantities.value_of(words)


def _hyphenated(number: Token, quantities: Quantities) -> str:
    """'Quarante-sept': the French tokenizer splits some compound numerals at the hyphen
    ("Quarante", "-", "sept"), and the parser hangs the parts apart; the number is the whole
    run of words joined by hyphens with no space, when the run is a number (digits are left
    alone: "20-30" is a range)."""
    doc, start, end = number.doc, number.i, number.i + 1
    if not number.is_alpha:
        return number.text
    while start - 2 >= number.sent.start and _glued(doc[start - 2], doc[start - 1]):
        start -= 2
    while end + 1 < number.sent.end and _glued(doc[end - 1], doc[end]):
        end += 2
    if end - start == 1:
        return number.text
    run = doc[start:end].text
    return run if quantities.value_of([run]) is not None else number.text


def _glued(word: Token, hyphen: Token) -> bool:
    """Is ``word`` glued by a hyphen, with no space, to the word after the hyphen?"""
    after = hyphen.doc[hyphen.i + 1] if hyphen.i + 1 < len(hyphen.doc) else None
    return (
        after is not None
        and hyphen.text == "-"
        and not word.whitespace_
        and not hyphen.whitespace_
        and word.is_alpha
        and after.is_alpha
    )


def _range_start(number: Token) -> Token | None:
    """The lower end of "20 to 30", "20-30", "between 20 and 30": a number before this one, a
    range word between (the parse of "between 20 and 30" varies, so the words are read)."""
    if number.i - 2 < number.sent.start:
        return None
    low, link = number.doc[number.i - 2], number.doc[number.i - 1]
    if not (low.like_num or low.pos_ == "NUM") or link.lower_ not in RANGE_WORDS:
        return None
    if link.text == "-" and not (low.text.isdigit() and number.text.isdigit()):
        return None  # "twenty-five" is one number
    if link.lower_ in COUNT_CONJUNCTIONS and not _opened(low):
        return None  # "12 dead and 20 wounded": two counts
    return low


def _opened(low: Token) -> bool:
    """Is a range opened before ``low`` ("between 30 and 50", "entre 30 et 50")?"""
    before = low.doc[max(low.sent.start, low.i - 3) : low.i]
    return any(t.lower_ in RANGE_OPENERS for t in before)


def _upper(number: Token, low: int, quantities: Quantities) -> int | None:
    """The upper figure of a range: 'at least 20, possibly 40', 'between 20 and 40', '20 or 30'.
    Two numbers joined by a bare "and" are two counts ("12 people dead and 20 wounded")."""
    for other in [*number.children, number.head]:
        if other is number or (other.dep_ not in RANGE_LINKS and number.dep_ not in RANGE_LINKS):
            continue
        candidates = [other] + [c for c in other.children if c.dep_ == "pobj"]
        for candidate in candidates:
            if candidate is not number and (candidate.like_num or candidate.pos_ == "NUM"):
                if _two_counts(number, candidate):
                    continue
                value = _value(candidate, quantities)
                if value is not None and value > low:
                    return value
    return None


def _two_counts(first: Token, second: Token) -> bool:
    """'12 people dead and 20 wounded': "and" without "between" joins two counts."""
    low, high = sorted((first, second), key=lambda t: t.i)
    joined = {t.lower_ for t in low.doc[low.i + 1 : high.i]}
    return any(word in COUNT_CONJUNCTIONS for word in joined) and not _opened(low)


def _one_victim(word: Token, target: Token, quantities: Quantities) -> bool:
    """A single person as the object of a casualty verb, or the subject of an intransitive
    one ("a prisoner died", "the governor ..., Khamis Abakar, was killed", "President Idriss
    Déby died"): one victim."""
    if word.dep_ in {"oprd", "acomp"} and word.head.pos_ == "VERB":
        word = word.head  # "Sankara ... was shot dead", "shot dead the mayor": "shot"'s victim
    elif word.dep_ == "amod" and target == word.head and target.dep_ == "dobj":
        word = target.head  # "shot dead Ousmane Dicko": the parser hangs "dead" on the victim
    dep = "nsubj" if target in _subject_taken_by_a_sequence(word) else target.dep_
    if word.pos_ != "VERB" or dep not in {"nsubjpass", "dobj", "nsubj"}:
        return False
    if dep == "nsubj" and word.lemma_.lower() not in VICTIM_SUBJECT_VERBS:
        return False  # "an attack killed ...": the subject of "kill" is the killer
    if target.ent_type_ == "PERSON":
        return True
    if target.tag_ == "NNP" and not target.ent_type_ and word.lemma_.lower() in KILLING_VERBS:
        return True  # "Sankara ... was shot dead": a name the recogniser missed is a person's
    if target.tag_ not in {"NN", "NNP"}:
        return False
    if any(c.dep_ in {"appos", "compound"} and c.ent_type_ == "PERSON" for c in target.children):
        return True  # a title with the person's name
    if any(
        c.lower_ in INDEFINITE_DETERMINERS or quantities.value_of([c.text]) == 1
        for c in target.children
        if c.dep_ in {"det", "nummod"}
    ):
        return True  # "a soldier", "one civilian"
    definite = any(c.dep_ in {"det", "poss"} for c in target.children)
    return definite and target.lemma_.lower() in quantities.one_person_nouns


# Coarse tags of the casualty word lists; every other part of speech reads as a noun.
_COARSE_POS = {"VERB": "VERB", "AUX": "VERB", "ADJ": "ADJ"}


def _coarse_pos(token: Token) -> str:
    return _COARSE_POS.get(token.pos_, "NOUN")
