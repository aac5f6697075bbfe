"""Tolls an analyst reads off a sentence: victims listed together are counted together, a year
is never a toll, and an event noun's "of" phrase gives its dead (sentences written for these
tests)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Article, Event, article_id


@pytest.fixture(scope="module")
def assaults(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(id=article_id(text), body=text, published=date(2020, 1, 10))
        return [e for e in pipeline.analyse([article])[0].events if e.type == "ASSAULT"]

    return run


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed six aid workers, their guide and their driver on Sunday.", 8),
        ("Four US soldiers and four Nigerien soldiers were killed in an ambush near Tongo.", 8),
        ("Militants killed 12 soldiers, members of an elite unit, near Gao on Monday.", 12),
        ("Gunmen killed five soldiers and many civilians near Gao on Monday.", 5),
        ("The massacre of 130 villagers in Solhan shocked the country.", 130),
        ("Monday's attack on the army camp in Inates left 71 soldiers dead.", 71),
        ("The attack on the convoy left 20 dead.", 20),
        ("Officials on Wednesday revised the death toll from the attack on Sobane Da to 35.", 35),
    ],
)
def test_the_toll_counts_every_listed_victim(assaults, text: str, dead: int) -> None:
    [attack] = assaults(text)
    assert attack.dead == dead


def test_a_year_is_not_a_toll(assaults) -> None:
    [attack] = assaults(
        "The 2019 massacre in Ogossagou was the deadliest in Mali's recent history."
    )
    assert attack.dead is None and attack.date_label == "2019"


def test_those_shocked_by_an_attack_are_not_its_targets(assaults) -> None:
    [attack] = assaults("The massacre of 130 villagers in Solhan shocked the country.")
    assert "BFA" not in {a.id for a in attack.recipients}


def test_a_month_is_not_a_march(pipeline) -> None:
    from crisisdesk.events.triggers import find_triggers

    doc = pipeline.nlp("Sanctions were imposed in March 2022 after a march in Bamako.")
    found = [m.token.text for m in find_triggers(next(iter(doc.sents)), pipeline.coder.lexicon)]
    assert "March" not in found and "march" in found
