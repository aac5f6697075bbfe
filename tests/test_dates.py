"""Date expressions resolved against the publication date, and found in running text.

Each case is (expression, published, tense, expected) where expected is "2023-12-24" (a day),
"W2023-12-25" (the week starting that Monday), "2023-12" (a month), "2013" (a year),
"2013/2023" or "2023-03/2023-06" (a range), or None (cannot be resolved without guessing).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crisisdesk.dates import DateValue, Tense, find_date_spans, resolve_date, split_years
from crisisdesk.dates.grammar import DatePattern, load_grammar
from crisisdesk.model import DatePrecision, format_date

SAT = date(2023, 12, 30)  # a Saturday, the reference date of the brief
SUN = date(2023, 12, 31)
JUNE = date(2023, 6, 20)
NEW_YEAR = date(2024, 1, 3)
LEAP = date(2024, 3, 1)  # the day after 29 February 2024

PAST, PRESENT, FUTURE = Tense.PAST, Tense.PRESENT, Tense.FUTURE


def label(value: DateValue | None) -> str | None:
    """A compact, readable form of a resolved date, for the tables below."""
    if value is None:
        return None
    if value.precision == DatePrecision.WEEK:
        assert value.start.weekday() == 0 and (value.end - value.start).days == 6
        return f"W{value.start.isoformat()}"
    first = format_date(value.start, value.precision)
    last = format_date(value.end, value.precision)
    return first if first == last else f"{first}/{last}"


ENGLISH = [
    # weekdays: the tense picks the side of the publication date
    ("on Sunday", SAT, PAST, "2023-12-24"),
    ("on Sunday", SAT, FUTURE, "2023-12-31"),
    ("Sunday", SAT, PRESENT, "2023-12-24"),
    ("on Saturday", SAT, PRESENT, "2023-12-30"),
    ("on Tuesday night", SAT, PAST, "2023-12-26"),
    ("Sunday morning", SAT, PAST, "2023-12-24"),
    ("Sunday's", SAT, PAST, "2023-12-24"),
    ("last Sunday", SAT, FUTURE, "2023-12-24"),
    ("next Sunday", SAT, PAST, "2023-12-31"),
    # published on a Sunday: the same weekday is the publication day itself
    ("on Sunday", SUN, PAST, "2023-12-31"),
    ("on Sunday", SUN, FUTURE, "2023-12-31"),
    ("last Sunday", SUN, PAST, "2023-12-24"),
    ("next Sunday", SUN, FUTURE, "2024-01-07"),
    # months without a year
    ("in August", SAT, PAST, "2023-08"),
    ("in August", SAT, FUTURE, "2024-08"),
    ("in December", SAT, PAST, "2023-12"),
    ("in December", SAT, FUTURE, "2023-12"),
    ("in December", NEW_YEAR, PAST, "2023-12"),
    ("last December", SAT, PAST, "2022-12"),
    ("last December", NEW_YEAR, PAST, "2023-12"),
    ("next August", SAT, PAST, "2024-08"),
    ("mid-November", SAT, PAST, "2023-11"),
    ("mid-November", JUNE, FUTURE, "2023-11"),
    ("mid November", JUNE, PAST, "2022-11"),
    ("late January", SAT, PAST, "2023-01"),
    ("early March", SAT, FUTURE, "2024-03"),
    ("end of June", SAT, PAST, "2023-06"),
    ("by the end of June", JUNE, FUTURE, "2023-06"),
    # periods relative to publication
    ("last month", SAT, PAST, "2023-11"),
    ("last month", NEW_YEAR, PAST, "2023-12"),
    ("next month", SAT, FUTURE, "2024-01"),
    ("last year", SAT, PAST, "2022"),
    ("the preceding year", SAT, PAST, "2022"),
    ("in the previous year", SAT, PAST, "2022"),
    ("a year earlier", SAT, PAST, "2022"),
    ("this year", SAT, PAST, "2023"),
    ("next year", SAT, FUTURE, "2024"),
    ("the end of the year", SAT, FUTURE, "2023-12"),
    ("the end of last year", SAT, PAST, "2022-12"),
    ("the beginning of next month", SAT, FUTURE, "2024-01"),
    ("earlier this month", SAT, PAST, "2023-12"),
    ("later this year", JUNE, FUTURE, "2023"),
    ("this week", SAT, PAST, "W2023-12-25"),
    ("last week", SAT, PAST, "W2023-12-18"),
    ("last week", NEW_YEAR, PAST, "W2023-12-25"),
    ("next week", SAT, FUTURE, "W2024-01-01"),
    ("yesterday", SAT, PAST, "2023-12-29"),
    ("yesterday morning", NEW_YEAR, PAST, "2024-01-02"),
    ("today", SAT, PRESENT, "2023-12-30"),
    ("tomorrow", SAT, FUTURE, "2023-12-31"),
    ("last night", NEW_YEAR, PAST, "2024-01-02"),
    ("a decade ago", SAT, PAST, "2013"),
    ("two years ago", SAT, PAST, "2021"),
    ("three days ago", SAT, PAST, "2023-12-27"),
    ("two weeks ago", SAT, PAST, "W2023-12-11"),
    ("six months ago", SAT, PAST, "2023-06"),
    # years, months of a year, explicit days
    ("in 2013", SAT, PAST, "2013"),
    ("2013", None, PAST, "2013"),
    ("since 2013", SAT, PRESENT, "2013"),
    ("in September 2023", SAT, PAST, "2023-09"),
    ("September 2022", None, PAST, "2022-09"),
    ("Sept. 2022", None, PAST, "2022-09"),
    ("early 2023", None, PAST, "2023"),
    ("mid-2024", SAT, FUTURE, "2024"),
    ("the 1990s", None, PAST, "1990/1999"),
    ("12 March 2022", None, PAST, "2022-03-12"),
    ("March 12, 2022", None, PAST, "2022-03-12"),
    ("on Sunday, 24 December 2023", None, PAST, "2023-12-24"),
    ("the 5th of August", SAT, PAST, "2023-08-05"),
    ("Aug. 5, 2023", None, PAST, "2023-08-05"),
    ("2023-12-24", None, PAST, "2023-12-24"),
    ("25/03/2022", None, PAST, "2022-03-25"),
    ("03/25/2022", None, PAST, "2022-03-25"),
    ("12/03/2022", None, PAST, None),  # 12 March or 3 December: not guessed in English
    ("on 5 August", SAT, PAST, "2023-08-05"),
    ("on 5 August", SAT, FUTURE, "2024-08-05"),
    ("on August 5", SAT, PAST, "2023-08-05"),
    ("on 30 December", SAT, PAST, "2023-12-30"),
    ("on 30 December", SAT, FUTURE, "2023-12-30"),
    ("on 31 December", SAT, PAST, "2022-12-31"),
    ("on 2 January", NEW_YEAR, PAST, "2024-01-02"),
    ("on 28 December", NEW_YEAR, PAST, "2023-12-28"),
    ("30 February 2023", None, PAST, None),
    # ranges and lists
    ("between 2013 and 2023", None, PAST, "2013/2023"),
    ("from 2013 to 2023", None, PAST, "2013/2023"),
    ("2013-2023", None, PAST, "2013/2023"),
    ("2013–23", None, PAST, "2013/2023"),
    ("between 2023 and 2013", None, PAST, None),
    ("from March to June 2023", None, PAST, "2023-03/2023-06"),
    ("between November and February 2024", None, PAST, "2023-11/2024-02"),
    ("from 5 August to 10 September 2023", None, PAST, "2023-08-05/2023-09-10"),
    ("between 12 and 15 March 2022", None, PAST, "2022-03-12/2022-03-15"),
    ("from Monday to Wednesday", SAT, PAST, "2023-12-25/2023-12-27"),
    ("over the past decade", SAT, PAST, "2013/2023"),
    ("the past ten years", SAT, PAST, "2013/2023"),
    ("the last decade", SAT, PAST, "2013/2023"),
    ("in the past two years", SAT, PAST, "2021/2023"),
    ("the past three months", SAT, PAST, "2023-09/2023-12"),
    ("in 2020 and 2021", None, PAST, "2020/2021"),
    ("in 2019, 2020 and 2021", None, PAST, "2019/2021"),
    # nothing to pin down: None, never the publication date
    ("recent years", SAT, PAST, None),
    ("in recent years", SAT, PAST, None),
    ("the past few years", SAT, PAST, None),
    ("the following year", SAT, PAST, None),
    ("the next day", SAT, PAST, None),
    ("a year later", SAT, PAST, None),
    ("before 2013", SAT, PAST, None),
    ("until next year", SAT, FUTURE, None),
    ("a decade", SAT, PAST, None),
    ("the mission", SAT, PAST, None),
]

FRENCH = [
    ("dimanche", SAT, PAST, "2023-12-24"),
    ("dimanche", SAT, FUTURE, "2023-12-31"),
    ("dimanche dernier", SAT, PAST, "2023-12-24"),
    ("dimanche dernier", SUN, PAST, "2023-12-24"),
    ("dimanche prochain", SAT, FUTURE, "2023-12-31"),
    ("dimanche soir", SAT, PAST, "2023-12-24"),
    ("jeudi 28 décembre", SAT, PAST, "2023-12-28"),
    ("en août", SAT, PAST, "2023-08"),
    ("en aout", SAT, FUTURE, "2024-08"),
    ("en décembre", NEW_YEAR, PAST, "2023-12"),
    ("août dernier", SAT, PAST, "2023-08"),
    ("le 12 mars 2022", None, PAST, "2022-03-12"),
    ("le 1er mars", SAT, PAST, "2023-03-01"),
    ("le 12/03/2022", None, PAST, "2022-03-12"),
    ("l'année dernière", SAT, PAST, "2022"),
    ("l’an dernier", SAT, PAST, "2022"),
    ("l'année précédente", SAT, PAST, "2022"),
    ("cette année", SAT, PAST, "2023"),
    ("l'année prochaine", SAT, FUTURE, "2024"),
    ("le mois dernier", SAT, PAST, "2023-11"),
    ("la semaine dernière", SAT, PAST, "W2023-12-18"),
    ("ce mois-ci", SAT, PAST, "2023-12"),
    ("plus tôt ce mois-ci", SAT, PAST, "2023-12"),
    ("plus tôt dans l'année", SAT, PAST, "2023"),
    ("mi-novembre", SAT, PAST, "2023-11"),
    ("à la mi-novembre", JUNE, FUTURE, "2023-11"),
    ("fin janvier", SAT, PAST, "2023-01"),
    ("début mars", SAT, PAST, "2023-03"),
    ("fin 2023", None, PAST, "2023-12"),
    ("à la fin de l'année", SAT, FUTURE, "2023-12"),
    ("d'ici la fin de l'année", SAT, FUTURE, "2023-12"),
    ("en fin d'année", SAT, FUTURE, "2023-12"),
    ("depuis 2013", SAT, PRESENT, "2013"),
    ("en 2020 et 2021", None, PAST, "2020/2021"),
    ("entre 2013 et 2023", None, PAST, "2013/2023"),
    ("de 2013 à 2023", None, PAST, "2013/2023"),
    ("du 12 au 15 mars 2022", None, PAST, "2022-03-12/2022-03-15"),
    ("d'avril à juin", SAT, PAST, "2023-04/2023-06"),
    ("au cours de la dernière décennie", SAT, PAST, "2013/2023"),
    ("ces dix dernières années", SAT, PAST, "2013/2023"),
    ("la décennie écoulée", SAT, PAST, "2013/2023"),
    ("les années 1990", None, PAST, "1990/1999"),
    ("il y a dix ans", SAT, PAST, "2013"),
    ("il y a trois jours", SAT, PAST, "2023-12-27"),
    ("deux ans plus tôt", SAT, PAST, "2021"),
    ("hier", SAT, PAST, "2023-12-29"),
    ("hier soir", SAT, PAST, "2023-12-29"),
    ("aujourd'hui", SAT, PRESENT, "2023-12-30"),
    ("avant-hier", SAT, PAST, "2023-12-28"),
    ("ces dernières années", SAT, PAST, None),
    ("ces derniers mois", SAT, PAST, None),
    ("l'année suivante", SAT, PAST, None),
]

UNDATED = [  # no publication date: absolute forms resolve, relative ones do not
    ("12 March 2022", "2022-03-12"),
    ("in September 2023", "2023-09"),
    ("since 2013", "2013"),
    ("between 2013 and 2023", "2013/2023"),
    ("between November and February 2024", "2023-11/2024-02"),
    ("on Sunday", None),
    ("in August", None),
    ("on 5 August", None),
    ("last year", None),
    ("the past decade", None),
    ("three days ago", None),
    ("yesterday", None),
    ("earlier this month", None),
]

LEAP_YEAR = [  # published 1 March 2024, the day after 29 February
    ("yesterday", LEAP, PAST, "2024-02-29"),
    ("last month", LEAP, PAST, "2024-02"),
    ("on 29 February", LEAP, PAST, "2024-02-29"),
    ("on 29 February", date(2023, 3, 1), PAST, "2020-02-29"),
    ("29 February 2024", None, PAST, "2024-02-29"),
    ("29 February 2023", None, PAST, None),
    ("three days ago", LEAP, PAST, "2024-02-27"),
    ("the end of February", LEAP, PAST, "2024-02"),
]


def _ids(cases: list[tuple]) -> list[str]:
    return [f"{case[0]}|{case[1]}|{case[2]}" for case in cases]


@pytest.mark.parametrize(("text", "published", "tense", "expected"), ENGLISH, ids=_ids(ENGLISH))
def test_english_expressions_resolve_against_publication(text, published, tense, expected):
    assert label(resolve_date(text, published, tense)) == expected


@pytest.mark.parametrize(("text", "published", "tense", "expected"), FRENCH, ids=_ids(FRENCH))
def test_french_expressions_resolve_against_publication(text, published, tense, expected):
    assert label(resolve_date(text, published, tense, language="fr")) == expected


@pytest.mark.parametrize(("text", "expected"), UNDATED, ids=[case[0] for case in UNDATED])
def test_undated_document_resolves_only_absolute_expressions(text, expected):
    assert label(resolve_date(text, None)) == expected


@pytest.mark.parametrize(("text", "published", "tense", "expected"), LEAP_YEAR, ids=_ids(LEAP_YEAR))
def test_leap_year(text, published, tense, expected):
    assert label(resolve_date(text, published, tense)) == expected


def test_values_cover_whole_periods():
    month = resolve_date("last month", LEAP)
    assert month == DateValue(date(2024, 2, 1), date(2024, 2, 29), DatePrecision.MONTH)
    assert not month.is_range
    decade = resolve_date("over the past decade", SAT)
    assert decade == DateValue(date(2013, 1, 1), date(2023, 12, 31), DatePrecision.YEAR)
    assert decade.is_range


def test_tense_and_language_accept_plain_strings_and_regional_codes():
    assert resolve_date("dimanche", SAT, "future", language="fr-ML") == resolve_date(
        "on Sunday", SAT, Tense.FUTURE
    )


def test_spacing_case_and_sentence_punctuation_do_not_matter():
    assert label(resolve_date("  In   AUGUST, ", SAT)) == "2023-08"
    assert label(resolve_date("(last December)", SAT)) == "2022-12"


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("in 2020 and 2021", "en", [2020, 2021]),
        ("in 2019, 2020 and 2021", "en", [2019, 2020, 2021]),
        ("en 2020 et 2021", "fr", [2020, 2021]),
        ("since 2013", "en", [2013]),
        ("between 2013 and 2023", "en", []),
        ("over the past decade", "en", []),
        ("last year", "en", []),
    ],
)
def test_split_years_lists_only_years_given_one_by_one(text, language, years):
    assert split_years(text, language) == years


def spans(text: str, language: str = "en") -> list[str]:
    return [text[start:end] for start, end in find_date_spans(text, language)]


FOUND = [
    (
        "en",
        "France's decision to withdraw its troops in the preceding year left a gap that the "
        "junta filled with Russian instructors.",
        ["in the preceding year"],
    ),
    (
        "en",
        "Jihadists killed at least 40 civilians in central Mali last December, a local official "
        "said on Tuesday night.",
        ["last December", "on Tuesday night"],
    ),
    (
        "en",
        "Attacks on the army rose sharply between 2013 and 2023, and over the past decade more "
        "than 2,000 soldiers died.",
        ["between 2013 and 2023", "over the past decade"],
    ),
    (
        "en",
        "The battalion, deployed to Gao in 2020 and 2021, left earlier this month and the last "
        "convoy is due by mid-November.",
        ["in 2020 and 2021", "earlier this month", "by mid-November"],
    ),
    (
        "en",
        "Talks between separatists and government envoys resumed on August 15 in Algiers, the "
        "first since 2013.",
        ["on August 15", "since 2013"],
    ),
    (
        "en",
        "The coup of 18 August 2020 was followed by a second one on 24 May 2021.",
        ["18 August 2020", "on 24 May 2021"],
    ),
    (
        "en",
        "In August 15 soldiers were killed near Boni, and the junta may march on Kidal in May.",
        ["In August", "in May"],
    ),
    (
        "en",
        "More than 2000 troops and 310 vehicles left the base, which the mission may reopen.",
        [],
    ),
    (
        "fr",
        "Dimanche dernier, des hommes armés ont attaqué Boni, deux ans après l'attaque du 12 mars "
        "2022.",
        ["Dimanche dernier", "12 mars 2022"],
    ),
    (
        "fr",
        "Au cours de la dernière décennie, les violences ont fait des milliers de morts, surtout "
        "en 2020 et 2021.",
        ["Au cours de la dernière décennie", "en 2020 et 2021"],
    ),
    (
        "fr",
        "Le retrait, entamé mi-juillet, s'est achevé fin décembre ; l'armée a annoncé hier soir "
        "que l'opération durera jusqu'à la fin de l'année.",
        ["mi-juillet", "fin décembre", "hier soir", "la fin de l'année"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_find_date_spans_in_sentences(language, text, expected):
    assert spans(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_every_found_span_resolves_with_a_publication_date(language, text, expected):
    for start, end in find_date_spans(text, language):
        assert resolve_date(text[start:end], SAT, language=language) is not None


def test_found_spans_do_not_overlap_and_prefer_the_longest():
    text = "Fighting went on from March to June 2023, then again in mid-November 2023."
    assert spans(text) == ["from March to June 2023", "in mid-November 2023"]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_anchor_prefilter_loses_nothing(language, text, expected, monkeypatch):
    """The finder skips shapes whose anchor words a sentence lacks; it must find the same."""
    filtered = find_date_spans(text, language)
    monkeypatch.setattr(DatePattern, "may_occur_with", lambda self, anchors: True)
    assert find_date_spans(text, language) == filtered


def test_date_words_load_as_strings():
    for language in ("en", "fr"):
        lexicon = load_grammar(language).lexicon
        assert lexicon.months["aout" if language == "fr" else "august"] == 8
        assert lexicon.is_in("prepositions", "on" if language == "en" else "depuis")


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not present at ../shared/seeds")
def test_every_span_found_in_seed_documents_resolves():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    found = [text[s:e] for text in texts for s, e in find_date_spans(text)]
    assert found, "the seed reports mention dates"
    assert [text for text in found if resolve_date(text, SAT) is None] == []
