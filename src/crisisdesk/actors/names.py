"""Name folding and EntityRuler token patterns shared by the actor KB and the gazetteer.

Names in news text differ from the knowledge base in ways that do not change what they name:
case, diacritics ("Goïta"/"Goita"), curly quotes, hyphen versus space ("El-Ghassim"), a leading
"the" and a trailing possessive. :func:`fold` removes exactly those differences, so lookups are
exact matches on folded keys rather than fuzzy matches that could link the wrong actor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "“": '"', "”": '"'})
_DASHES = re.compile(r"[\-‐‑‒–—/]+")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|s')$", re.IGNORECASE)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_EDGE_PUNCT = ' \t\n.,;:!?"()[]{}'

Tokenizer = Callable[[str], list[str]]


def strip_accents(text: str) -> str:
    """Remove combining marks: "Ménaka" -> "Menaka", "burkinabè" -> "burkinabe"."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Normalise quotes and spaces, drop surrounding punctuation, a leading "the" and a possessive.

    Case and diacritics are kept, so case-sensitive rules can still look at the result.
    Cached, as :func:`fold`: the coder cleans the same names and nouns sentence after sentence.
    """
    text = _SPACE.sub(" ", text.translate(_QUOTES)).strip(_EDGE_PUNCT)
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip(_EDGE_PUNCT)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The lookup key of a name: cleaned, case-folded, accent-free, hyphens and dots as spaces.

    Cached: the coder folds the same few thousand nouns for every sentence it reads."""
    key = strip_accents(clean(text)).casefold()
    key = _DASHES.sub(" ", key)
    # "U.N." and "UN" are the same name; dots inside acronyms carry no meaning.
    key = re.sub(r"(?<=\w)\.(?=\w|$)", "", key)
    return _SPACE.sub(" ", key).strip()


def fold_keep_case(text: str) -> str:
    """Like :func:`fold` but keeping letter case, for names that are case-sensitive."""
    key = _DASHES.sub(" ", strip_accents(clean(text)))
    key = re.sub(r"(?<=\w)\.(?=\w|$)", "", key)
    return _SPACE.sub(" ", key).strip()


def letter_count(text: str) -> int:
    return sum(c.isalpha() for c in text)


def is_acronym(name: str) -> bool:
    """True for names written in capitals: "AES", "FAMa" is not (it has lower-case letters)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def is_upper_text(text: str) -> bool:
    """True when the text has letters and all of them are capitals ("MINUSMA", "U.N.")."""
    return is_acronym(text)


# --- EntityRuler patterns -------------------------------------------------------------------

_ELISION = re.compile(r"^([dlnDLN]['’])(\w.*)$")
_INFIX = re.compile(r"([\-/])")


def approximate_tokens(text: str) -> list[str]:
    """Split a name roughly as spaCy's English tokenizer does: on spaces, and around hyphens
    and slashes between letters ("al-Islam" -> "al", "-", "Islam"); apostrophes stay inside words.
    """
    tokens: list[str] = []
    for word in text.split():
        tokens.extend(part for part in _INFIX.split(word) if part)
    return tokens


def _french_tokens(tokens: list[str]) -> list[str]:
    """French tokenizers split elisions: "d'Ivoire" -> "d'", "Ivoire"."""
    out: list[str] = []
    for token in tokens:
        match = _ELISION.match(token)
        out.extend([match.group(1), match.group(2)] if match else [token])
    return out


def surface_variants(name: str) -> list[str]:
    """The written forms of one name worth matching: as given, accent-free, with straight and
    curly apostrophes, and with hyphens as spaces."""
    forms = {name, strip_accents(name)}
    for form in list(forms):
        forms.add(form.replace("'", "’"))
        forms.add(form.replace("’", "'"))
    for form in list(forms):
        if "-" in form:
            forms.add(form.replace("-", " "))
    return sorted(forms)


def token_patterns(
    name: str, *, case_sensitive: bool, tokenizer: Tokenizer | None = None
) -> list[list[dict[str, str]]]:
    """Token-list patterns for every surface variant and tokenization of ``name``.

    Case-insensitive names use ``LOWER``; case-sensitive ones (short acronyms, common words) use
    ``ORTH`` with the form as written and its all-capitals form (headlines).
    """
    patterns: dict[tuple[tuple[str, str], ...], None] = {}
    for form in surface_variants(name):
        splits = (
            [tokenizer(form)]
            if tokenizer
            else [approximate_tokens(form), _french_tokens(approximate_tokens(form))]
        )
        for tokens in splits:
            if not tokens:
                continue
            if case_sensitive:
                for variant in {tuple(tokens), tuple(t.upper() for t in tokens)}:
                    patterns[tuple(("ORTH", t) for t in variant)] = None
            else:
                patterns[tuple(("LOWER", t.lower()) for t in tokens)] = None
    return [[{attr: value} for attr, value in pattern] for pattern in patterns]


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without duplicates or blanks."""
    return [item for item in dict.fromkeys(i.strip() for i in items) if item]
