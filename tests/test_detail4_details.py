"""A detail sentence that tells the parts or manner of an act, by the same side, right after it
and with no date, scene or toll of its own, is that act (merging.document._detail_of); a
side's operation that "ended after" its troops did something ends with its last part
(merging.sequence._ends_an_operation). Acts of the other side, or on another day, stay apart."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2021, 11, 28)


def _of_type(events, type_):
    return [e for e in events if e.type == type_]


def test_protesters_manner_told_next_folds_into_the_protest(code):
    events = code(
        "Police in Burkina Faso fired tear gas on Saturday to disperse hundreds of protesters "
        "in Ouagadougou who were demanding the resignation of President Roch Marc Christian "
        "Kaboré. Protesters burned tyres and threw stones at the police in several "
        "neighbourhoods of the capital."
    )
    protests = _of_type(events, "PROTEST")
    assert len(protests) == 1
    assert len(protests[0].evidence) == 2
    # the police's tear gas is the other side's act: an event of its own
    assert any(e.type == "ASSAULT" and e.actors[0].id == "BFA-COP" for e in events)


def test_last_part_of_an_offensive_is_the_offensive(code):
    events = code(
        "Chad's army said on Thursday that it had killed about 1,000 Boko Haram fighters "
        "during an offensive on the islands of Lake Chad. A spokesman said the operation had "
        "ended on Wednesday after the troops drove the militants out of Chadian territory and "
        "destroyed their bases."
    )
    assaults = _of_type(events, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].dead == 1000
    assert len(assaults[0].evidence) == 2


def test_another_day_and_town_with_its_own_toll_stays_apart(code):
    events = code(
        "Jihadists attacked an army post in Djibo on Monday, killing 10 soldiers. On Tuesday, "
        "jihadists attacked a market in Arbinda, killing 15 civilians."
    )
    assert sorted(e.dead for e in _of_type(events, "ASSAULT")) == [10, 15]


def test_the_other_sides_reply_stays_apart(code):
    events = code(
        "Jihadists attacked an army post near Djibo on Monday, killing 10 soldiers. The army "
        "responded with air strikes on the attackers, killing 30 militants."
    )
    assert sorted(e.dead for e in _of_type(events, "ASSAULT")) == [10, 30]


def test_a_siege_ended_by_the_other_side_is_no_operation(pipeline):
    from crisisdesk.events.merging.sequence import _ends_an_operation

    doc = pipeline.nlp("The siege ended after Malian commandos stormed the hotel.")
    stormed = next(t for t in doc if t.lower_ == "stormed")
    assert not _ends_an_operation(stormed)
    doc = pipeline.nlp("The operation ended after the troops drove the militants out.")
    drove = next(t for t in doc if t.lower_ == "drove")
    assert _ends_an_operation(drove)
