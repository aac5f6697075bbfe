"""Trigger words spelt with a hyphen ("counter-offensive", "sit-in", "counter-attacked") are
kept whole before tagging, so the lexicon sees them and the parse around them holds."""

from datetime import date

PUBLISHED = date(2023, 6, 1)


def test_a_counter_offensive_is_an_assault_by_its_launcher(code):
    events = code("The army launched a counter-offensive near Tessit on Monday.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].actors[0].country == "MLI"
    assert events[0].place is not None and events[0].place.name == "Tessit"
    assert events[0].date_start == date(2023, 5, 29)


def test_a_counter_offensive_that_killed_carries_its_toll(code):
    events = code("The army said its counter-offensive had killed 20 militants near Tessit.")
    assert [(e.type, e.dead) for e in events] == [("ASSAULT", 20)]


def test_an_inflected_hyphenated_verb_is_its_trigger(code):
    events = code("Soldiers counter-attacked near Boni on Sunday, killing 12 assailants.")
    assert [(e.type, e.dead) for e in events] == [("ASSAULT", 12)]
    assert events[0].date_start == date(2023, 5, 28)


def test_a_sit_in_is_a_demonstration(code):
    events = code("Students staged a sit-in outside the ministry in Niamey on Monday.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "demo")]


def test_lexicon_words_stay_whole_and_other_hyphenated_words_split(pipeline):
    doc = pipeline.nlp("Counter-offensives and anti-French protests followed.")
    assert doc[0].text == "Counter-offensives"
    assert [t.text for t in doc[2:5]] == ["anti", "-", "French"]


def test_a_counter_attack_noun_is_an_assault_on_its_target(code):
    events = code("The army launched a counter-attack against the rebels near Tessit on Monday.")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].recipients[0].id != events[0].actors[0].id
