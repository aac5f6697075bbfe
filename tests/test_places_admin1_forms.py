"""Divisions named with their type word, other names of divisions, and where such events are.

Reporters on northern Benin and Togo, Burkina Faso and Mauritania name first-level divisions
with their type ("in Togo's Savanes region", "département de l'Alibori"), often where the bare
name is a plain word (Est, Kara, Savanes) the gazetteer never tags alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Article, article_id
from crisisdesk.places.gazetteer import default_gazetteer
from tests.conftest import code_text, of_type, only

PUBLISHED = date(2024, 6, 10)


def _place(pipeline, text: str, type_: str = "ASSAULT"):
    return only(code_text(pipeline, text, PUBLISHED), type_).place


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen attacked a village in Togo's Savanes region on Sunday, killing 12 civilians.",
         "TG-S"),
        ("Jihadists killed 12 soldiers in an attack in Burkina Faso's Est region on Monday.",
         "BF-08"),
        ("Gunmen killed four soldiers in Alibori department, northern Benin, on Friday.",
         "BJ-AL"),
        ("Suspected jihadists attacked a military post in the Kara region of Togo on Tuesday, "
         "killing two soldiers.", "TG-K"),
        ("Militants killed five civilians in the Centre-Est region of Burkina Faso on Sunday.",
         "BF-04"),
        ("Jihadists killed 12 soldiers in Burkina Faso's Sahel region on Monday.", "BF-12"),
    ],
)  # fmt: skip
def test_english_divisions_with_their_type_word(pipeline, text, admin1):
    place = _place(pipeline, text)
    assert place is not None and place.admin1 == admin1
    assert place.precision.value == "admin1"


def _french_place(pipeline, text: str):
    article = Article(id=article_id(text), body=text, published=PUBLISHED, language="fr")
    return only(pipeline.analyse([article])[0].events, "ASSAULT").place


def test_french_divisions_with_their_type_word(pipeline):
    text = (
        "Des hommes armés ont attaqué un village de la région des Savanes, au Togo, "
        "tuant cinq civils dimanche."
    )
    assert _french_place(pipeline, text).admin1 == "TG-S"
    text = "Des jihadistes ont tué huit soldats dans le département de l'Alibori, au Bénin."
    assert _french_place(pipeline, text).admin1 == "BJ-AL"


def test_a_togolese_prefecture_is_in_savanes(pipeline):
    text = "Jihadists attacked an army post in Kpendjal prefecture on Thursday, killing 4 soldiers."
    place = _place(pipeline, text)
    assert (place.country, place.admin1, place.precision.value) == ("TGO", "TG-S", "admin2")


def test_the_sahel_region_alone_is_still_the_sahel(pipeline):
    place = _place(pipeline, "Jihadists killed 12 soldiers in the Sahel region on Monday.")
    assert place.precision.value == "region" and place.admin1 is None


@pytest.mark.parametrize(
    ("name", "hint", "admin1"),
    [
        ("Atakora", None, "BJ-AK"),  # Natural Earth's spelling of ISO's "Atacora"
        ("Maritime region", None, "TG-M"),  # ISO: "Maritime (Région)"
        ("Hodh Oriental", None, "MR-01"),
        ("région des Savanes", "TGO", "TG-S"),
        ("Savanes region", "CIV", "CI-SV"),
        ("région de la Kara", None, "TG-K"),
        ("département de l'Alibori", None, "BJ-AL"),
        ("the department of Borgou", None, "BJ-BO"),
        ("Oti prefecture", None, "TG-S"),  # Togo's prefecture, not Ghana's Oti Region
        ("Oti Region", None, "GH-OT"),
        ("Kidal region", None, "ML-8"),  # the region, not the town
    ],
)
def test_division_names_resolve(name, hint, admin1):
    place = default_gazetteer().lookup(name, hint)
    assert place is not None and place.admin1 == admin1


def test_an_ambiguous_division_needs_a_country():
    assert default_gazetteer().lookup("Savanes region") is None


@pytest.mark.parametrize(
    ("town", "admin1"),
    [
        ("Porga", "BJ-AK"), ("Tanguiéta", "BJ-AK"), ("Banikoara", "BJ-AL"),
        ("Karimama", "BJ-AL"), ("Malanville", "BJ-AL"), ("Kérou", "BJ-AK"), ("Matéri", "BJ-AK"),
        ("Kandi", "BJ-AL"), ("Gogounou", "BJ-AL"), ("Kouandé", "BJ-AK"), ("Dapaong", "TG-S"),
        ("Mandouri", "TG-S"), ("Mango", "TG-S"), ("Cinkassé", "TG-S"), ("Tandjouaré", "TG-S"),
        ("Bassikounou", "MR-01"), ("Néma", "MR-01"), ("Fassala", "MR-01"), ("Kaédi", "MR-04"),
    ],
)  # fmt: skip
def test_northern_benin_togo_and_mauritania_towns(town, admin1):
    place = default_gazetteer().lookup(town)
    assert place is not None and place.precision.value == "town" and place.admin1 == admin1


def test_a_capital_named_as_the_scene_places_the_coup(pipeline):
    """'in the capital, Conakry' names where the coup happened, though 'Conakry' alone can
    stand for Guinea's government."""
    text = (
        "Soldiers from Guinea's special forces seized power on Sunday and detained President "
        "Alpha Condé after hours of heavy gunfire near the presidential palace in the capital, "
        "Conakry.\n\nThe soldiers said they had dissolved the government."
    )
    events = code_text(pipeline, text, date(2021, 9, 6))
    coups = [e for e in events if e.type == "COERCE" and "seized" in e.evidence[0].sentence]
    assert coups and coups[0].place.admin1 == "GN-C"


def test_a_region_named_after_a_town_without_a_comma_places_it_over_a_namesake(code):
    # Koutougou is also a Burkinabe town; the report puts this one in Niger's Tillabéri region
    for text in (
        "Suspected jihadists attacked a patrol near the village of Koutougou in the Tillabéri "
        "region on Tuesday.",
        "Suspected jihadists attacked a patrol near Koutougou in Niger's Tillabéri region on "
        "Tuesday.",
    ):
        (attack,) = of_type(code(text, published=date(2023, 3, 22)), "ASSAULT")
        assert attack.place is not None
        assert (attack.place.name, attack.place.country, attack.place.admin1) == (
            "Koutougou",
            "NER",
            "NE-6",
        ), text
