"""Where events happen, when the text does not say it plainly: the country an act with no place
of its own concerns (not its speaker's), joint acts of several states (no one country),
section headings of a digest, "between" two towns, a division named with its type word, the
capital named by its country, a place given as a possessive, and the actor's origin kept apart
from the scene. Sentences are written in the style of wire copy and NGO digests."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Event

from .conftest import code_text, ingest_text, where

PUBLISHED = date(2024, 3, 4)


def of_type(events: list[Event], type_: str) -> Event:
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        # the scene the text names wins over the victims' or the attackers' nationality
        (
            "Five Nigerien soldiers were killed in Mali on Sunday when their convoy hit a mine.",
            "ASSAULT",
            ("MLI", None),
        ),
        (
            "A French soldier was killed in Mali on Monday, the French presidency said.",
            "ASSAULT",
            ("MLI", None),
        ),
        # "from his parish in X": where the victim was taken from is the scene of a kidnapping
        (
            "Father Pierluigi Maccalli was kidnapped from his parish in the Tillabéri region of "
            "Niger in September 2018.",
            "ASSAULT",
            ("NER", "NE-6"),
        ),
        # a division named with its type word, not the namesake city; a province is in its region
        (
            "Gunmen attacked a secondary school in Kankara, in Katsina state, and took away 344 "
            "boys on Friday.",
            "ASSAULT",
            ("NGA", "NG-KT"),
        ),
        ("Jihadists killed 15 soldiers in Soum province on Saturday.", "ASSAULT", ("BFA", "BF-12")),
        (
            "Gunmen killed 12 villagers in the Tillabéri region on Friday.",
            "ASSAULT",
            ("NER", "NE-6"),
        ),
        # the capital named by its country
        (
            "Gunmen stormed a hotel in the Malian capital on Friday, killing 20 people.",
            "ASSAULT",
            ("MLI", "ML-BKO"),
        ),
        (
            "Soldiers clashed with the presidential guard in the capital of Chad on Monday.",
            "ASSAULT",
            ("TCD", "TD-ND"),
        ),
        # a town given as the owner of the place
        (
            "Security forces opened fire on an opposition rally in Conakry's main stadium on "
            "Monday, killing at least 156 people.",
            "ASSAULT",
            ("GIN", "GN-C"),
        ),
        # between two towns: their shared division, else only the country
        (
            "Gunmen killed seven people in a village between Djibo and Arbinda on Monday.",
            "ASSAULT",
            ("BFA", "BF-12"),
        ),
        (
            "A soldier was killed on Sunday when gunmen ambushed his vehicle on the road between "
            "Djibo and Ouagadougou.",
            "ASSAULT",
            ("BFA", None),
        ),
    ],
)
def test_the_scene_the_text_names(pipeline, text: str, type_: str, expected) -> None:
    assert where(of_type(code_text(pipeline, text, PUBLISHED), type_)) == expected


def test_a_sanction_on_a_state_is_placed_in_it_not_in_the_reports_country(pipeline) -> None:
    text = (
        "Niger's junta has faced regional pressure since the coup in Niamey. "
        "Niger's leaders met in Niamey on Monday. "
        "In January 2022, ECOWAS suspended Mali from its decision-making bodies."
    )
    sanction = of_type(code_text(pipeline, text, PUBLISHED), "SANCTION")
    assert sanction.place is not None and sanction.place.country == "MLI"


def test_a_coup_is_placed_in_the_country_of_the_leader_it_deposed(pipeline) -> None:
    text = (
        "Mali's junta hosted the leaders of Burkina Faso in Bamako on Monday. "
        "Niger's military leaders, who deposed President Mohamed Bazoum in July, attended."
    )
    coup = of_type(code_text(pipeline, text, PUBLISHED), "COERCE")
    assert coup.place is not None and coup.place.country == "NER"


def test_one_state_acting_on_another_is_placed_in_its_own_country(pipeline) -> None:
    text = (
        "Mali cut diplomatic ties with Ukraine on 4 August, accusing Kyiv of supporting "
        "terrorism in Mali. Niger cut its own ties with Kyiv two days later."
    )
    events = [e for e in code_text(pipeline, text, PUBLISHED) if e.type == "SANCTION"]
    niger = [e for e in events if "Niger" in e.evidence[0].sentence.split(".")[0][:6]]
    assert niger and niger[0].place is not None and niger[0].place.country == "NER"


def test_a_foreign_statement_about_the_reports_country_is_not_placed_at_home(pipeline) -> None:
    text = (
        "Gunmen killed 30 civilians in Burkina Faso's Sahel region on Sunday. "
        "France condemned the attack on Monday."
    )
    condemnation = of_type(code_text(pipeline, text, PUBLISHED), "ACCUSE")
    assert condemnation.place is not None and condemnation.place.country == "BFA"


def test_a_statement_with_a_venue_is_placed_there(pipeline) -> None:
    text = "In Paris, the French foreign minister condemned the coup in Niger on Thursday."
    condemnation = of_type(code_text(pipeline, text, PUBLISHED), "ACCUSE")
    assert where(condemnation) == ("FRA", "FR-IDF")


def test_three_states_leaving_together_have_no_one_country(pipeline) -> None:
    text = "Mali, Burkina Faso and Niger announced on Sunday that they were leaving ECOWAS."
    exit_ = of_type(code_text(pipeline, text, PUBLISHED), "SANCTION")
    assert exit_.place is None or exit_.place.country is None


def test_a_partner_named_apart_does_not_make_an_act_joint(pipeline) -> None:
    text = (
        "Niger's junta has turned away from France. Earlier this month, Niger's military "
        "rulers agreed with a visiting Russian delegation to strengthen military cooperation."
    )
    events = code_text(pipeline, text, PUBLISHED)
    agreed = [e for e in events if "Russian delegation" in e.evidence[0].sentence]
    assert agreed and agreed[0].place is not None and agreed[0].place.country == "NER"


def test_a_report_about_a_un_mission_is_about_its_host_country(pipeline) -> None:
    text = (
        "Le Conseil de sécurité des Nations unies a mis fin vendredi au mandat de la Mission "
        "multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali "
        "(Minusma), en adoptant une résolution présentée par la France.\n\n"
        "Le texte prévoit le retrait des quelque 12 000 soldats et policiers de la mission "
        "d'ici le 31 décembre."
    )
    from crisisdesk.model import Article, article_id

    article = Article(id=article_id(text), body=text, published=PUBLISHED, language="fr")
    events = pipeline.analyse([article])[0].events
    assert events and all(e.place and e.place.country == "MLI" for e in events)


DIGEST = """SAHEL AND LAKE CHAD - WEEKLY SECURITY DIGEST

Issued 4 March 2024 for partner organisations.

TILLABÉRI REGION

On Saturday, gunmen killed nine civilians at a weekly market, local sources said.

EST REGION

Natiaboani (Gourma province). On Sunday, gunmen attacked the mosque during dawn prayers, \
killing 14 worshippers.

MALI

Jihadists killed 12 soldiers on Monday, the army said.
"""


def test_section_headings_place_the_items_under_them(pipeline) -> None:
    events = ingest_text(pipeline, DIGEST, PUBLISHED)
    by_sentence = {e.evidence[0].sentence[:20]: where(e) for e in events if e.type == "ASSAULT"}
    places = list(by_sentence.values())
    assert ("NER", "NE-6") in places  # under "TILLABÉRI REGION"
    assert ("BFA", "BF-08") in places  # Natiaboani, under "EST REGION"
    assert any(country == "MLI" for country, _ in places)  # under "MALI"
