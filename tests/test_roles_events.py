"""Who did what to whom: actor and recipient rules on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from .conftest import only

PUBLISHED = date(2023, 12, 30)


def ids(actors) -> set[str]:
    return {a.id for a in actors}


def countries(actors) -> set[str | None]:
    return {a.country for a in actors}


def test_object_pronoun_is_not_its_own_clause_subject(code) -> None:
    text = (
        "MINUSMA is due to complete its withdrawal from Mali by 31 December after the junta "
        "asked it to leave."
    )
    request = only(code(text), "REQUEST")
    assert ids(request.recipients) == {"minusma"}  # not the junta, nor Mali it rules


def test_him_refers_to_a_person(code) -> None:
    text = (
        "President Ibrahim Boubacar Keïta spoke on television in Bamako. "
        "Hours later, mutinous soldiers detained him."
    )
    arrest = only(code(text), "COERCE")
    assert ids(arrest.recipients) == {"ibrahim-boubacar-keita"}
    assert countries(arrest.actors) == {"MLI"}


def test_title_gives_an_unknown_person_a_country(code) -> None:
    rejection = only(code("Ghanaian President John Mahama rejected the proposal."), "REJECT")
    assert countries(rejection.actors) == {"GHA"}


def test_proposal_owner_is_the_recipient_not_a_second_actor(code) -> None:
    rejection = only(code("The junta rejected an appeal from ECOWAS to release Bazoum."), "REJECT")
    assert "ecowas" in ids(rejection.recipients)
    assert "ecowas" not in ids(rejection.actors)


def test_who_must_act_on_a_demand_is_its_recipient(code) -> None:
    request = only(code("Mali demanded the withdrawal of French troops."), "REQUEST")
    assert countries(request.recipients) == {"FRA"}
    assert ids(request.actors) == {"MLI"}


def test_indirect_object_of_giving_is_the_recipient(code) -> None:
    events = code("The European Union gave Niger 50 million euros in aid.")
    assert any(ids(e.recipients) == {"NER"} for e in events)


def test_captured_from_gives_who_lost_the_town(code) -> None:
    capture = only(code("Malian troops captured Anefis from the rebels on Monday."), "ASSAULT")
    assert countries(capture.actors) == {"MLI"}
    assert [a.sector.value for a in capture.recipients if a.sector] == ["REB"]


def test_from_on_a_noun_is_an_origin_not_a_target(code) -> None:
    text = "Jihadists attacked the town on Sunday; the insurgency from Mali has spread south."
    for event in code(text):
        assert "MLI" not in ids(event.recipients)


def test_leading_article_is_not_part_of_a_name(code) -> None:
    events = code("The Sahel Youth Forum accused the junta of arresting journalists on Monday.")
    names = {a.name for e in events for a in e.actors}
    assert "Sahel Youth Forum" in names
