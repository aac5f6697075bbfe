"""Who did it: organisations the knowledge base does not know, the author's "we", names several
actors share, "they", titles and labels the recogniser cuts wrongly, both sides of a fight and
the nationality of victims (docs/coding-rules.md, "Who: actors and recipients")."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Article, article_id

from .conftest import of_type, only

PUBLISHED = date(2023, 12, 5)


def names(actors) -> list[str]:
    return [a.name for a in actors]


def test_an_unknown_organisation_speaking_in_its_own_voice_is_an_actor(code):
    text = (
        "Civic Space Watch West Africa calls on the transitional authorities of Burkina Faso "
        "to release Daouda Diallo immediately and unconditionally."
    )
    (request,) = of_type(code(text), "REQUEST")
    assert names(request.actors) == ["Civic Space Watch West Africa"]
    assert request.actors[0].id.startswith("unresolved:")  # no invented id


def test_a_name_holding_a_known_actor_stays_the_known_actor(code):
    text = "The ECOWAS Commission on Monday condemned the attack on the army camp at Tessit."
    (condemnation,) = of_type(code(text), "ACCUSE")
    assert [a.id for a in condemnation.actors] == ["ecowas"]


def test_we_outside_quotes_is_the_organisation_that_wrote_the_alert(pipeline):
    body = (
        "Burkina Faso: rights defender abducted\n\n"
        "Daouda Diallo was abducted in Ouagadougou on 1 December.\n\n"
        "We call on the African Union and ECOWAS to raise these cases with the authorities."
    )
    article = Article(
        id=article_id(body), body=body, published=PUBLISHED, outlet="Civic Space Watch West Africa"
    )
    events = pipeline.analyse([article])[0].events
    (request,) = of_type(events, "REQUEST")
    assert names(request.actors) == ["Civic Space Watch West Africa"]


def test_we_inside_a_quotation_is_not_the_outlet(pipeline):
    body = 'Mali junta speaks\n\nThe spokesman said: "We call on ECOWAS to lift the sanctions."'
    article = Article(id=article_id(body), body=body, published=PUBLISHED, outlet="Dune Times")
    events = pipeline.analyse([article])[0].events
    assert all("Dune Times" not in names(e.actors) for e in events)


def test_a_shared_acronym_is_the_one_of_the_report_s_country(code):
    text = (
        "Niger's military rulers said on Thursday that the CNSP had ended the military "
        "cooperation agreements with France. The CNSP also recalled the ambassadors of Niger "
        "to France and the United States."
    )
    ids = {a.id for e in code(text, date(2023, 8, 4)) for a in e.actors}
    assert "ner-cnsp" in ids and "mli-cnsp" not in ids


def test_they_is_the_subject_before_it_not_a_list_in_an_earlier_quotation(code):
    text = (
        'The CNSP said: "The CNSP also decides to end the functions of the ambassadors of Niger '
        'to France, the United States of America, Nigeria and Togo."\n\n'
        "ECOWAS leaders, meeting in Abuja on 30 July, closed the borders of member states with "
        "Niger. They gave the junta one week to reinstate President Mohamed Bazoum."
    )
    (ultimatum,) = [e for e in code(text, date(2023, 8, 4)) if "one week" in e.evidence[0].sentence]
    assert [a.id for a in ultimatum.actors] == ["ecowas"]


def test_they_after_a_list_inside_the_subject_is_the_list(code):
    text = (
        "The military governments of Mali, Burkina Faso and Niger announced on Sunday that "
        "they were withdrawing from the Economic Community of West African States."
    )
    (exit_,) = of_type(code(text, date(2024, 1, 29)), "SANCTION")
    assert {a.country for a in exit_.actors} == {"MLI", "BFA", "NER"}


def test_a_title_with_of_is_no_organisation(code):
    text = (
        "The acting US Deputy Secretary of State, Victoria Nuland, said on Monday she had "
        "held talks in Niamey with the coup leaders."
    )
    (talks,) = of_type(code(text, date(2023, 8, 8)), "CONSULT")
    assert "State" not in names(talks.actors)
    assert [a.country for a in talks.actors] == ["USA"]


def test_an_entity_cut_after_of_the_names_the_government_after_it(code):
    text = (
        "On Sunday, the Government of the Republic of Mali decided to withdraw from all the "
        "organs and bodies of the G5 Sahel."
    )
    events = code(text, date(2022, 5, 16))
    assert events
    assert all("Government of the" not in names(e.actors) for e in events)
    assert {a.country for e in events for a in e.actors} == {"MLI"}


def test_a_label_opening_a_line_is_not_an_actor(code):
    text = (
        "Niger coup\n\nBackground (Digest): On Wednesday, soldiers of the presidential guard "
        "detained Bazoum at the presidency in Niamey."
    )
    (arrest,) = of_type(code(text, date(2023, 7, 28)), "COERCE")
    assert "Background" not in names(arrest.actors)
    assert [a.country for a in arrest.actors] == ["NER"]


def test_x_fought_y_names_both_sides_as_actors(code):
    text = "On Tuesday, JNIM fighters fought the Malian army near Boulkessi."
    (fight,) = of_type(code(text), "ASSAULT")
    assert {a.id for a in fight.actors} == {"jnim", "MLI-MIL"}
    assert fight.recipients == []


def test_repelling_an_attack_with_no_named_attacker_fights_an_unidentified_group(code):
    text = "On Monday, Togolese soldiers repelled an attack on a security post at Sanloaga."
    (fight,) = of_type(code(text, date(2022, 5, 12)), "ASSAULT")
    assert {a.id for a in fight.actors} == {"TGO-MIL", "UAG"}


def test_victims_are_the_people_of_the_place_their_sentence_names(code):
    text = (
        "Sahel week in review\n\nIn Niger, the junta met a Russian delegation in Niamey. "
        "In Niger, ministers met on Tuesday.\n\n"
        "A drone strike by the Nigerian army killed villagers gathered for a religious "
        "celebration in Tudun Biri, in Kaduna state, on Sunday night."
    )
    (strike,) = [e for e in code(text, date(2023, 12, 8)) if e.type == "ASSAULT"]
    assert [a.country for a in strike.recipients] == ["NGA"]


def test_an_unknown_organisation_counts_for_the_country_that_owns_it(code) -> None:
    events = code("Niger's Constitutional Court rejected the appeal on Monday.")
    court = only(events, "REJECT").actors[0]
    assert court.name == "Constitutional Court"
    assert court.matches("NER")
