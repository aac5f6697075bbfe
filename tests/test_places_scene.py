"""Where an event happens: the scene, not where the actor came from, the host's city for a
visit or meeting, the focus country's parts and capital for unnamed ones, and venues in French."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Article, PlacePrecision, article_id

from .conftest import code_text, only


def _code_fr(pipeline, text: str, published: date):
    article = Article(id=article_id(text), body=text, published=published, language="fr")
    return pipeline.analyse([article])[0].events


def test_an_offensive_is_not_placed_where_the_attackers_set_out_from(pipeline):
    events = code_text(
        pipeline,
        "Chad's army said on Monday it had repelled the rebels. The rebels launched an "
        "offensive from their bases in Libya on 11 April.",
        date(2021, 4, 20),
    )
    offensive = next(e for e in events if "offensive" in e.evidence[0].sentence)
    assert offensive.place is not None and offensive.place.country == "TCD"


def test_victims_taken_from_a_place_keep_that_place(pipeline):
    event = only(
        code_text(
            pipeline,
            "Gunmen seized 40 pupils from their school in Kaduna on Friday night.",
            date(2020, 12, 13),
        ),
        "ASSAULT",
    )
    assert event.place is not None and event.place.admin1 == "NG-KD"


def test_fighters_driven_out_of_a_town_are_fought_in_that_town(pipeline):
    event = only(
        code_text(
            pipeline, "In June, Islamist fighters drove the MNLA out of Gao.", date(2012, 7, 1)
        ),
        "ASSAULT",
    )
    assert event.place is not None and event.place.admin1 == "ML-7"


def test_a_visit_takes_place_in_the_host_city(pipeline):
    event = only(
        code_text(
            pipeline,
            "Benin's foreign minister travelled to Niamey on Tuesday for talks on the border.",
            date(2024, 5, 10),
        ),
        "CONSULT",
    )
    assert event.place is not None and event.place.admin1 == "NE-8"


def test_the_north_of_the_country_is_the_focus_countrys_north(pipeline):
    events = code_text(
        pipeline,
        "Burkina Faso's army said on Friday it had freed 62 women. They had been abducted by "
        "jihadists in the north of the country last week.",
        date(2023, 1, 21),
    )
    abduction = next(e for e in events if "abducted" in e.evidence[0].sentence)
    assert abduction.place is not None
    assert abduction.place.precision == PlacePrecision.REGION
    assert abduction.place.country == "BFA" and abduction.place.lat is None


def test_the_unnamed_capital_is_the_focus_countrys_capital(pipeline):
    events = code_text(
        pipeline,
        "Malian soldiers detained three officers in Kati on Monday. Later that day, protesters "
        "rallied in the capital against the arrests.",
        date(2024, 3, 5),
    )
    protest = only(events, "PROTEST")
    assert protest.place is not None and protest.place.admin1 == "ML-BKO"


def test_a_french_summit_places_its_decisions_at_its_venue(pipeline):
    events = _code_fr(
        pipeline,
        "Réunis dimanche en sommet à Abuja, les dirigeants de la CEDEAO ont suspendu toutes "
        "les transactions commerciales avec le Niger.",
        date(2023, 7, 31),
    )
    sanction = only(events, "SANCTION")
    assert sanction.place is not None and sanction.place.admin1 == "NG-FC"


def test_a_french_meeting_is_in_the_city_where_the_leaders_meet(pipeline):
    events = _code_fr(
        pipeline,
        "Les chefs d'État du Mali, du Burkina Faso et du Niger se réuniront samedi à Niamey "
        "pour leur premier sommet.",
        date(2024, 7, 4),
    )
    meeting = only(events, "CONSULT")
    assert meeting.place is not None and meeting.place.admin1 == "NE-8"


def test_cette_localite_is_the_last_town_named(pipeline):
    events = _code_fr(
        pipeline,
        "Des soldats maliens ont tué des dizaines de civils à Moura le 27 mars.\n\n"
        "Des jihadistes ont ensuite attaqué un poste militaire dans cette localité le 2 avril.",
        date(2022, 4, 5),
    )
    operation = next(e for e in events if "localité" in e.evidence[0].sentence)  # the attack
    assert operation.place is not None and operation.place.admin1 == "ML-5"
