"""Whom an act is addressed to where the parse hangs the party away from the trigger: a blame
laid on someone, the parties of mediated talks, the one who must avert a threat, a demand's
content, the author of a rejected report or offer, the body left, the state aid went to, and
the partner met."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Article, article_id

from .conftest import countries_of, names_of, need_french, only

PUBLISHED = date(2024, 3, 4)


def test_a_blame_laid_on_a_group_is_aimed_at_the_group_not_at_the_victims(code) -> None:
    text = "The Nigerien army blamed Tuesday's ambush near Tillabéri on the Islamic State."
    accusation = only(code(text), "ACCUSE")
    assert accusation.recipients
    assert all(a.country != "NER" for a in accusation.recipients)


def test_talks_mediated_by_a_third_party_bring_together_the_clause_parties(code) -> None:
    text = (
        "Mali's transitional government and the separatist rebels signed a ceasefire in "
        "Algiers on Monday after three weeks of talks mediated by Algeria."
    )
    mediation = next(e for e in code(text) if e.mode == "third-party")
    assert countries_of(mediation.actors) == {"DZA"}
    assert "MLI" in countries_of(mediation.recipients)
    assert "DZA" not in countries_of(mediation.recipients)


def test_a_threat_is_aimed_at_whoever_must_act_to_avert_it(code) -> None:
    text = (
        "Nigeria threatened on Friday to halt all fuel deliveries unless Benin reopened the "
        "port of Cotonou to Nigerien goods."
    )
    threat = only(code(text), "THREATEN")
    assert "BEN" in countries_of(threat.recipients)


def test_a_demand_names_who_is_asked_in_its_content(code) -> None:
    text = "ECOWAS repeated its demand that Mali hold elections before the end of the year."
    demand = only(code(text), "REQUEST")
    assert countries_of(demand.recipients) == {"MLI"}


def test_a_demanded_departure_is_asked_of_those_who_would_leave(code) -> None:
    text = (
        "French troops left Niger in December 2023 after the junta in Niamey demanded their "
        "departure."
    )
    demand = only(code(text), "REQUEST")
    assert "FRA" in countries_of(demand.recipients)
    assert "NER" not in countries_of(demand.recipients)


def test_rejecting_a_report_is_aimed_at_its_author(code) -> None:
    text = (
        "A report published on Tuesday by Human Rights Watch found that soldiers had killed "
        "at least 40 villagers in central Mali.\n\n"
        "The Malian government rejected the report, calling it biased."
    )
    rejection = only(code(text), "REJECT")
    assert "Human Rights Watch" in names_of(rejection.recipients)


def test_ruling_out_talks_with_a_group_is_aimed_at_the_group(code) -> None:
    text = "Burkina Faso's junta on Sunday ruled out any talks with the jihadists."
    rejection = only(code(text), "REJECT")
    assert rejection.recipients
    assert all(a.country != "BFA" or a.sector != "GOV" for a in rejection.recipients)


def test_talks_held_with_a_partner_make_the_partner_the_recipient(code) -> None:
    text = "The ECOWAS president held talks in Abuja with President Mohamed Bazoum on Monday."
    talks = only(code(text), "CONSULT")
    assert "Mohamed Bazoum" in names_of(talks.recipients)
    assert "Mohamed Bazoum" not in names_of(talks.actors)


@need_french
def test_leaving_a_bloc_is_aimed_at_the_bloc_in_french(pipeline) -> None:
    text = (
        "Le Mali, le Burkina Faso et le Niger ont annoncé dimanche leur retrait « sans délai » "
        "de la Communauté économique des États de l'Afrique de l'Ouest."
    )
    article = Article(id=article_id(text), body=text, language="fr", published=PUBLISHED)
    events = pipeline.analyse([article])[0].events
    exit_ = next(e for e in events if e.mode == "withdraw")
    assert "ECOWAS" in {a.id for a in exit_.recipients} | names_of(exit_.recipients)


@need_french
def test_suspended_aid_is_aimed_at_the_state_it_went_to_in_french(pipeline) -> None:
    text = "La France a suspendu samedi son aide au développement et son appui budgétaire au Niger."
    article = Article(id=article_id(text), body=text, language="fr", published=PUBLISHED)
    events = pipeline.analyse([article])[0].events
    suspension = next(e for e in events if e.type == "SANCTION")
    assert countries_of(suspension.recipients) == {"NER"}
