"""A bridge from Universal Dependencies to the analysis the event coder reads.

The coder (``crisisdesk.events``) reads the English models' ClearNLP-style dependency labels
and Penn Treebank tags: a preposition heads its noun (``prep`` -> ``pobj``), the passive has
``nsubjpass``/``auxpass`` and a by-phrase ``agent``, tags say past participle (VBN), past
(VBD) and plural (NNS). spaCy's French model annotates in Universal Dependencies instead: the
noun heads its preposition (``obl``/``nmod`` with a ``case`` child), ``obj``, ``nsubj:pass``,
``aux:pass``, ``obl:agent``, ``acl:relcl``, and the tag is just the part of speech, with
tense, mood, number and verb form as morphological features.

The component below rewrites the UD analysis of each document, in place, into that scheme, so
the one coder serves both languages (docs/decisions/0007-french-through-the-english-coder.md).
It runs last in the French pipeline, once per document, with no model of its own. The
morphology is kept: future and conditional verbs keep ``Tense=Fut`` / ``Mood=Cnd``, which the
status reader takes from the language's status file.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

from crisisdesk.dates.lexicon import load_lexicon
from crisisdesk.events.grammar import word_map, word_set

UD_BRIDGE_COMPONENT = "crisisdesk_ud_bridge"
# Labels that only change name.
RENAMED = {
    "obj": "dobj",
    "iobj": "dative",
    "nsubj:pass": "nsubjpass",
    "csubj:pass": "csubjpass",
    "aux:pass": "auxpass",
    "aux:tense": "aux",
    "aux:caus": "aux",
    "acl:relcl": "relcl",
    "nmod:poss": "poss",
}
# Labels whose noun carries a preposition (its ``case`` child), which becomes its head.
OBLIQUES = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod"}
TAGS = {"DET": "DT", "ADJ": "JJ", "ADV": "RB", "ADP": "IN", "NUM": "CD", "CCONJ": "CC",
        "SCONJ": "IN", "PUNCT": ".", "INTJ": "UH", "SYM": "SYM", "PART": "RP"}  # fmt: skip


@Language.component(UD_BRIDGE_COMPONENT)
def bridge_universal_dependencies(doc: Doc) -> Doc:
    """Rewrite a UD parse into the coder's labels and tags (see the module docstring)."""
    if not doc.has_annotation("DEP"):
        return doc
    heads = [token.head.i for token in doc]
    deps = [token.dep_ for token in doc]
    _date_words_are_nouns(doc, heads, deps)  # relabelled below, as any obl:mod
    for sentence in doc.sents:
        _verbless_sentence_has_its_verb(sentence, heads, deps)
        _participle_after_avoir(sentence, heads, deps)
        _gapped_passive_participles(sentence, heads, deps)
        _passives_read_as_copulas(sentence, deps)
    swapped = (
        _hedges_leave_their_nouns(doc, heads, deps)
        | _names_head_their_titles(doc, heads, deps)
        | _numbers_count_their_nouns(doc, heads, deps)
        | _quotes_are_punctuation(doc, heads, deps)
        | _objects_after_quoted_phrases(doc, heads, deps)
    )
    for token in doc:
        if token.i not in swapped:
            _relabel(token, heads, deps)
    strings = doc.vocab.strings
    array = numpy.empty((len(doc), 2), dtype="uint64")
    # relative heads, negative ones wrapped as spaCy stores them
    array[:, 0] = numpy.array([heads[i] - i for i in range(len(doc))], dtype="int64").view("uint64")
    array[:, 1] = [strings.add(dep) for dep in deps]
    # Heads only move inside their sentence's tree, so the sentences stay as the parser set them.
    doc.from_array([HEAD, DEP], array)
    # Read once from the arrays: Token.children walks the whole subtree edge per call.
    with_auxiliary = {heads[i] for i, dep in enumerate(deps) if dep in AUXILIARY_LABELS}
    for token in doc:
        _repair_mood(token)
        _retag(token, token.i in with_auxiliary)
    return doc


AUXILIARY_LABELS = frozenset({"aux", "auxpass"})

# Endings of the French future and conditional, added to the infinitive ("retirer-ait").
FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")
CONDITIONAL_ENDINGS = ("ais", "ait", "ions", "iez", "aient")


def _repair_mood(token: Token) -> None:
    """The small model reads some conditionals as imperfects ("retirerait"): the conditional
    and the future are the infinitive plus an ending, which the imperfect never is."""
    if token.pos_ not in {"VERB", "AUX"} or "Fin" not in token.morph.get("VerbForm"):
        return
    lemma, text = token.lemma_.lower(), token.lower_
    stem = lemma[:-1] if lemma.endswith("re") else lemma  # "prendre" -> "prendr-ait"
    if not lemma.endswith(("er", "ir", "re")) or not text.startswith(stem):
        return
    ending = text[len(stem) :]
    features = token.morph.to_dict()
    if ending in CONDITIONAL_ENDINGS and features.get("Mood") != "Cnd":
        features.update(Mood="Cnd", Tense="Pres")
    elif ending in FUTURE_ENDINGS and features.get("Tense") != "Fut":
        features.update(Mood="Ind", Tense="Fut")
    else:
        return
    token.set_morph(features)


# A verb's own dependents that a misread date word takes from it ("ont annoncé jeudi le
# retrait": "jeudi" read as a participle with "le retrait" as its object).
CLAUSE_DEPENDENTS = {"obj", "iobj", "ccomp", "xcomp", "obl", "obl:arg", "obl:mod", "advcl"}


def _date_words_are_nouns(doc: Doc, heads: list[int], deps: list[str]) -> None:
    """'ont annoncé jeudi le retrait': the small model reads some weekday and month names after
    a verb as participles that govern the verb's object. The date word is a noun modifying the
    verb, as 'announced on Thursday', and the object is the verb's again."""
    dates = load_lexicon("fr")
    names = dates.folded("_weekdays") | dates.folded("_months")
    for word in doc:
        verb = word.head
        if word.pos_ not in {"VERB", "AUX", "ADJ"} or word.lower_ not in names:
            continue
        if verb.i == word.i or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for child in word.children:
            if child.dep_ in CLAUSE_DEPENDENTS:
                heads[child.i] = verb.i
        word.pos_ = "NOUN"
        word.set_morph("")
        heads[word.i], deps[word.i] = verb.i, "obl:mod"


# 3rd-person endings of a finite verb the small model misreads, with the features they mark:
# the present of first-group verbs ("reproche", "dénoncent"), and the future and conditional of
# any verb ("tiendra", "partiront", "retirerait"), whose stem ends in "r"
FINITE_ENDINGS = (
    ("raient", "Mood=Cnd|Number=Plur|Tense=Pres"),
    ("rait", "Mood=Cnd|Number=Sing|Tense=Pres"),
    ("ront", "Mood=Ind|Number=Plur|Tense=Fut"),
    ("ra", "Mood=Ind|Number=Sing|Tense=Fut"),
    ("ent", "Mood=Ind|Number=Plur|Tense=Pres"),
    ("e", "Mood=Ind|Number=Sing|Tense=Pres"),
)
# future stems that are not the infinitive ("tiendr-a": tenir), from the grammar file
IRREGULAR_FUTURES = word_map("irregular_future_stems", "fr")


def _finite_reading(word: Token) -> tuple[str, str] | None:
    """The lemma and features of a word whose form is a 3rd-person finite verb, if it is one."""
    text = word.lower_
    for ending, features in FINITE_ENDINGS:
        if not text.endswith(ending) or len(text) <= len(ending) + 2:
            continue
        if ending.startswith("r"):  # future and conditional: the stem keeps its "r"
            stem = text[: -len(ending) + 1]
            lemma = IRREGULAR_FUTURES.get(stem) or (
                stem if stem.endswith(("er", "ir")) else stem + "e"
            )
        else:
            lemma = text[: -len(ending)] + "er"
        return lemma, f"{features}|Person=3|VerbForm=Fin"
    return None


def _verbless_sentence_has_its_verb(sentence, heads: list[int], deps: list[str]) -> None:
    """'L'organisation reproche à la junte ...', 'La CEDEAO tiendra dimanche ... son sommet':
    with no finite verb in the sentence, the small model takes the verb after the subject for
    an adjective of it, or for a noun. A lower-case word in the form of a 3rd-person finite
    verb right after the subject noun is the verb: it heads the sentence, with the noun as its
    subject and what followed the noun as its dependents."""
    root = sentence.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None:  # "La CEDEAO dénonce les sanctions": only the tag is wrong
        verb, noun = root, subject
    else:
        verb = next((c for c in root.rights if c.dep_ == "amod" and c.i == root.i + 1), None)
        noun = root
    reading = _finite_reading(verb) if verb is not None and verb.is_lower else None
    if reading is None or any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") and t.i != verb.i
        for t in sentence
    ):
        return
    if verb is not root:
        for child in root.rights:
            if child.i > verb.i:
                heads[child.i] = verb.i
                deps[child.i] = "xcomp" if child.dep_ == "acl" else deps[child.i]
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
    for child in verb.children:
        if child.dep_ == "amod" and child.pos_ == "NOUN":
            deps[child.i] = "npadvmod"  # "tiendra dimanche": the day is the verb's
    if verb.pos_ != "VERB":
        verb.lemma_ = reading[0]
    verb.pos_ = "VERB"
    verb.set_morph(reading[1])


# past participle endings of first-group verbs ("expulsé", "expulsées")
PARTICIPLE_ENDINGS = ("ées", "és", "ée", "é")


def _participle_after_avoir(sentence, heads: list[int], deps: list[str]) -> None:
    """'le Mali avait déjà expulsé le représentant': the small model may tag the participle
    after 'avoir' as an adverb, and make either 'avoir' the main verb or the object the root
    with 'avait' as its copula. The participle heads the clause in the place of either, with
    'avoir' as its auxiliary and the noun as its object."""
    for have in sentence:
        if have.lemma_ != "avoir" or "Fin" not in have.morph.get("VerbForm"):
            continue
        word = _participle_after(have)
        if word is None:
            continue
        if have.dep_ == "cop" and have.head.pos_ in {"NOUN", "PROPN"}:
            noun = have.head  # "avait [expulsé] le représentant" rooted on the noun
            for child in noun.children:
                if child.i < word.i:
                    heads[child.i] = word.i
            heads[word.i], deps[word.i] = _place_of(noun, word, heads, deps)
            heads[noun.i], deps[noun.i] = word.i, "dobj"  # final labels: _relabel reads
        elif word.head.i == have.i:  # "avait" the main verb, "[expulsé]" its adverb
            for child in have.children:
                if child.i != word.i:
                    heads[child.i] = word.i
            heads[word.i], deps[word.i] = _place_of(have, word, heads, deps)
        else:
            continue
        heads[have.i], deps[have.i] = word.i, "aux"  # the model's own labels, not these
        have.pos_, word.pos_ = "AUX", "VERB"
        ending = next(e for e in PARTICIPLE_ENDINGS if word.lower_.endswith(e))
        word.lemma_ = word.lower_[: -len(ending)] + "er"
        word.set_morph("Tense=Past|VerbForm=Part")
        return


def _gapped_passive_participles(sentence, heads: list[int], deps: list[str]) -> None:
    """'Sept assaillants ont été neutralisés et huit autres interpellés': the second conjunct
    of a passive shares its auxiliary, and the small model takes its participle for a noun
    counted by the number before it. A lower-case conjunct of a passive verb in the form of a
    first-group participle, with a number of its own, is that verb again (as the English
    parse has 'and eight others arrested'), the counted words its passive subject."""
    for word in sentence:
        head = word.head
        if word.dep_ != "conj" or word.pos_ not in {"NOUN", "ADJ"}:
            continue
        if not (word.is_lower and len(word) > 4 and word.lower_.endswith(PARTICIPLE_ENDINGS)):
            continue
        if head.text in QUOTES or head.head.text in QUOTES:
            head = head.head  # "ont été « neutralisés »": the guillemet read as the verb
        if head.pos_ != "VERB" or not any(c.dep_ == "aux:pass" for c in head.children):
            continue
        number = next((c for c in word.lefts if c.dep_ == "nummod" and c.like_num), None)
        if number is None:
            continue
        for child in word.lefts:
            if child.i != number.i and child.dep_ in {"amod", "det"}:
                heads[child.i] = number.i  # "huit autres": the others counted
        heads[number.i], deps[number.i] = word.i, "nsubjpass"  # final: _relabel reads dep_
        ending = next(e for e in PARTICIPLE_ENDINGS if word.lower_.endswith(e))
        word.pos_, word.lemma_ = "VERB", word.lower_[: -len(ending)] + "er"
        word.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")


def _passives_read_as_copulas(sentence, deps: list[str]) -> None:
    """'lorsqu'il a été attaqué': the small model may read 'été' as the copula of the
    participle, and 'il' as its plain subject, so that the victim becomes the doer. 'été'
    before a participle is always the passive's auxiliary (a compound past with 'être' has
    'est', 'sont'), and the subject is the passive subject."""
    for word in sentence:
        if word.lower_ != "été" or word.dep_ != "cop" or word.head.pos_ != "VERB":
            continue
        if "Part" not in word.head.morph.get("VerbForm"):
            continue
        deps[word.i] = "auxpass"  # final labels: _relabel keeps what it does not rename
        for child in word.head.children:
            if child.dep_ == "nsubj":
                deps[child.i] = "nsubjpass"


def _participle_after(have: Token) -> Token | None:
    """The word after 'avoir' (adverbs skipped) in the form of a first-group participle that
    the model did not read as a verb."""
    for word in have.doc[have.i + 1 : min(have.i + 4, have.sent.end)]:
        participle = word.is_lower and len(word) > 4 and word.lower_.endswith(PARTICIPLE_ENDINGS)
        if participle:
            return word if word.pos_ not in {"VERB", "AUX"} else None
        if word.pos_ != "ADV":
            return None
    return None


def _place_of(token: Token, successor: Token, heads: list[int], deps: list[str]) -> tuple[int, str]:
    """The head and label ``successor`` takes in ``token``'s place in the tree."""
    if heads[token.i] == token.i:
        return successor.i, "ROOT"
    return heads[token.i], deps[token.i]


HEDGES = word_set("number_hedges", "fr")


def _hedges_leave_their_nouns(doc: Doc, heads: list[int], deps: list[str]) -> set[int]:
    """'le retrait des quelque 2 400 militaires': the small model makes the hedge 'quelque'
    the noun of the phrase, with the preposition as its case and the soldiers beside it.
    The soldiers head the phrase, and the hedge modifies them, as 'some 2,400 soldiers'."""
    moved: set[int] = set()
    for hedge in doc:
        case = _case_of(hedge)
        if hedge.lower_ not in HEDGES or hedge.pos_ == "ADP" or case is None:
            continue
        noun = next((t for t in doc[hedge.i + 1 : hedge.i + 5] if t.pos_ == "NOUN"), None)
        between = doc[hedge.i + 1 : noun.i] if noun is not None else []
        if noun is None or noun.head.i != hedge.head.i or not all(t.like_num for t in between):
            continue
        # as _hoist_preposition: the preposition takes the phrase's place and heads the noun
        heads[case.i], deps[case.i] = hedge.head.i, "prep"
        heads[noun.i], deps[noun.i] = case.i, "pobj"
        heads[hedge.i], deps[hedge.i] = noun.i, "advmod"
        moved.update((case.i, noun.i, hedge.i))
    return moved


# Clause roles in which "le président Emmanuel Macron" may hand its role to the name.
TITLE_ROLES = {"nsubj", "nsubj:pass", "obj", "iobj", "ROOT"}


def _names_head_their_titles(doc: Doc, heads: list[int], deps: list[str]) -> set[int]:
    """'le président Emmanuel Macron': UD heads the phrase on the title, with the name in
    apposition; English heads it on the name ('President Emmanuel Macron'). The name takes the
    title's place, so the actor is Macron, not a generic 'president'."""
    swapped: set[int] = set()
    for name in doc:
        title = name.head
        if (
            name.pos_ == "PROPN"
            and name.ent_type_ in {"PERSON", "PER", "ORG"}
            and name.dep_ in {"appos", "flat:name", "nmod"}
            and title.i == name.i - 1
            and title.pos_ == "NOUN"
            and title.dep_ in TITLE_ROLES
            and _case_of(name) is None
        ):
            heads[name.i] = name.i if title.dep_ == "ROOT" else heads[title.i]
            deps[name.i] = RENAMED.get(title.dep_, title.dep_)
            heads[title.i], deps[title.i] = name.i, "compound"
            swapped.update((name.i, title.i))
    return swapped


# Pronominal verbs build their compound tenses with "être": "s'en étaient pris" is active.
PRONOMINAL_AS_PASSIVE = {"aux:pass": "aux", "nsubj:pass": "nsubj"}


def _numbers_count_their_nouns(doc: Doc, heads: list[int], deps: list[str]) -> set[int]:
    """'Douze soldats', 'Soixante et onze soldats': the small model takes a number word at the
    start of a sentence for a proper noun heading the phrase ('soldats' as its flat:name or,
    after 'et onze', its conjunct). The noun takes the number's place and the number counts
    it, as 'Twelve soldiers' is parsed."""
    swapped: set[int] = set()
    for number in doc:
        if not (number.like_num and number.is_alpha and number.pos_ in {"NOUN", "PROPN"}):
            continue
        noun = next(
            (
                c
                for c in number.rights
                if c.pos_ == "NOUN" and c.dep_ in {"flat:name", "flat", "appos", "conj"}
            ),
            None,
        )
        between = doc[number.i + 1 : noun.i] if noun is not None else []
        if noun is None or not all(t.lower_ == "et" or t.like_num for t in between):
            continue
        heads[noun.i] = noun.i if number.dep_ == "ROOT" else heads[number.i]
        deps[noun.i] = RENAMED.get(number.dep_, number.dep_)
        heads[number.i], deps[number.i] = noun.i, "nummod"
        number.pos_ = "NUM"
        for part in between:  # "et onze": parts of the one number
            heads[part.i], deps[part.i] = number.i, "compound" if part.like_num else "cc"
        swapped.update((noun.i, number.i, *(t.i for t in between)))
    return swapped


QUOTES = {"«", "»", '"', "“", "”"}
CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "PRON", "NUM"}


def _quotes_are_punctuation(doc: Doc, heads: list[int], deps: list[str]) -> set[int]:
    """'n'exclut pas un « recours à la force »': the small model sometimes takes a guillemet
    for a word heading the quoted phrase. The phrase's first word takes its place and the
    guillemet is punctuation again."""
    moved: set[int] = set()
    for quote in doc:
        if quote.text not in QUOTES or quote.dep_ == "punct":
            continue
        content = [c for c in quote.children if c.pos_ in CONTENT_POS]
        # 'Sept assaillants ont été « neutralisés »': the guillemet read as the passive verb
        # also heads the subject before it; the quoted word, not the subject, is the verb
        inside = [c for c in content if c.i > quote.i]
        word = (inside or content or [None])[0]
        if word is not None and quote.pos_ == "VERB" and word.pos_ in {"ADJ", "VERB"}:
            word.pos_ = "VERB"
            if "Part" not in word.morph.get("VerbForm"):
                word.set_morph("Tense=Past|VerbForm=Part")
        quote.pos_ = "PUNCT"
        if word is not None:
            heads[word.i] = word.i if quote.dep_ == "ROOT" else heads[quote.i]
            deps[word.i] = RENAMED.get(quote.dep_, quote.dep_)
            for other in quote.children:
                if other.i != word.i:
                    heads[other.i] = word.i
            moved.add(word.i)
            heads[quote.i] = word.i
        deps[quote.i] = "punct"
        moved.add(quote.i)
    return moved


CLOSING_QUOTES = {"»", '"', "”"}


def _objects_after_quoted_phrases(doc: Doc, heads: list[int], deps: list[str]) -> set[int]:
    """'a dénoncé samedi « avec effet immédiat » l'accord': after a quoted adjunct the small
    model takes the verb's object for an apposition to the quoted noun. A noun in apposition
    right after the closing guillemet, whose verb has no object, is that verb's object."""
    moved: set[int] = set()
    for quote in doc:
        if quote.text not in CLOSING_QUOTES or quote.i + 1 >= len(doc):
            continue
        after = doc[quote.i + 1]
        noun = after.head if after.dep_ == "det" else after
        quoted = noun.head
        if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not quoted.i < quote.i < noun.i:
            continue
        verb = doc[heads[quoted.i]]
        has_object = any(heads[c.i] == verb.i and deps[c.i] in {"obj", "dobj"} for c in doc)
        if verb.pos_ != "VERB" or not deps[quoted.i].startswith(("obl", "advmod")) or has_object:
            continue
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        moved.add(noun.i)
    return moved


def _relabel(token: Token, heads: list[int], deps: list[str]) -> None:
    dep = token.dep_
    i = token.i
    if dep in PRONOMINAL_AS_PASSIVE and _pronominal(token.head):
        deps[i] = PRONOMINAL_AS_PASSIVE[dep]
    elif dep in RENAMED:
        deps[i] = RENAMED[dep]
    elif dep in OBLIQUES or (dep not in {"case", "fixed"} and _case_of(token) is not None):
        # the small model hangs some "près de Ménaka" as flat:name of the noun before
        _hoist_preposition(token, heads, deps)
    elif dep == "det" and "Yes" in token.morph.get("Poss"):
        deps[i] = "poss"  # "ses troupes": the owner, as "its troops"
    elif dep == "advmod" and "Neg" in token.morph.get("Polarity"):
        deps[i] = "neg"
    elif dep in {"conj", "flat", "fixed"} and token.pos_ == "NUM" and token.head.pos_ == "NUM":
        deps[i] = "compound"  # "soixante et onze": one number


def _hoist_preposition(noun: Token, heads: list[int], deps: list[str]) -> None:
    """'dans l'attaque' (attaque -case-> dans) becomes dans -pobj-> attaque, as in English.

    An adverb right before the case word is the real preposition: 'près de Gao' heads on
    'près', 'lors de l'attaque' on 'lors'.
    """
    case = _case_of(noun)
    if case is None:
        deps[noun.i] = "npadvmod" if noun.dep_.startswith("obl") else "nmod"
        return
    preposition = case
    before = noun.doc[case.i - 1] if case.i > 0 else None
    if before is not None and before.head.i == noun.i and before.pos_ == "ADV":
        preposition = before
    if heads[noun.i] == noun.i:
        # a root noun with a "case" word is a misparse ("ont tué ... lundi", the verb taken
        # for lundi's case): the word takes the root's place, so the tree keeps no cycle
        heads[preposition.i], deps[preposition.i] = preposition.i, "ROOT"
    else:
        heads[preposition.i] = heads[noun.i]
        deps[preposition.i] = "agent" if noun.dep_ == "obl:agent" else "prep"
    heads[noun.i] = preposition.i
    deps[noun.i] = "pobj"


def _pronominal(verb: Token) -> bool:
    """'s'en prendre', 'se retirer': a verb with its reflexive pronoun."""
    return any(
        c.lemma_.lower() == "se" and c.dep_.startswith(("expl", "obj", "iobj"))
        for c in verb.children
    )


def _case_of(noun: Token) -> Token | None:
    return next((c for c in noun.lefts if c.dep_ == "case"), None)


def _retag(token: Token, has_auxiliary: bool) -> None:
    """A Penn Treebank tag from the part of speech and the morphology."""
    pos = token.pos_
    if pos not in {"VERB", "AUX"} and has_auxiliary:
        # "a nié": a word with a tense auxiliary is a verb, whatever the tagger said
        token.pos_ = pos = "VERB"
        token.tag_ = "VBN"
        return
    morph = token.morph
    if pos in {"VERB", "AUX"}:
        token.tag_ = _verb_tag(morph.get("VerbForm"), morph.get("Tense"), morph.get("Number"))
    elif pos in {"NOUN", "PROPN"}:
        plural = "Plur" in morph.get("Number")
        token.tag_ = ("NNP" if pos == "PROPN" else "NN") + ("S" if plural else "")
    elif pos == "PRON":
        token.tag_ = "WP" if "Rel" in morph.get("PronType") else "PRP"
    else:
        token.tag_ = TAGS.get(pos, pos)


def _verb_tag(form: list[str], tense: list[str], number: list[str]) -> str:
    if "Part" in form:
        return "VBG" if "Pres" in tense else "VBN"
    if "Inf" in form:
        return "VB"
    if "Past" in tense or "Imp" in tense:
        return "VBD"  # passé simple, imparfait
    return "VBP" if "Plur" in number else "VBZ"
