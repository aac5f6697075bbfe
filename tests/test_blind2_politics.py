"""Political and diplomatic acts that blind-annotated dev reports showed the coder missing.

Suspensions of a member state told without "from", sanctions a body "stopped short of"
imposing (negated, by that body), a summit's "leaders" and "heads of state" acting for the
organisation named before them, a passive act still in force ("has been cut since Tuesday"),
military cooperation suspended, and a coup told in a "when" clause whose past verb the tagger
reads as a present.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import of_type


def names(actors) -> set[str]:
    return {a.name for a in actors}


def test_a_state_suspended_with_no_from_is_suspended_from_the_acting_body(code):
    text = (
        "The Economic Community of West African States suspended Mali at a summit in Accra "
        "on Sunday. The African Union suspended Mali on Tuesday."
    )
    suspensions = of_type(code(text, date(2021, 6, 4)), "SANCTION")
    assert sorted(e.date_start for e in suspensions) == [date(2021, 5, 30), date(2021, 6, 1)]
    assert all(e.mode == "expel" for e in suspensions)
    assert all(names(e.recipients) == {"Mali"} for e in suspensions)


def test_sanctions_a_body_stopped_short_of_imposing_are_negated_and_its_own(code):
    events = code(
        "The European Union stopped short of imposing sanctions on Mali on Friday.",
        date(2022, 1, 29),
    )
    (sanction,) = of_type(events, "SANCTION")
    assert sanction.status == Status.NEGATED
    assert names(sanction.actors) == {"European Union"}


def test_the_leaders_of_a_summit_act_for_the_organisation_named_before(code):
    text = (
        "The Economic Community of West African States suspended Burkina Faso on Friday. "
        "Leaders of the 15-member bloc met by videoconference. In their final communiqué, the "
        "leaders demanded the immediate release of Kaboré. The heads of state will hold a "
        "summit in Accra on 3 February."
    )
    events = code(text, date(2022, 1, 29))
    (demand,) = of_type(events, "REQUEST")
    assert names(demand.actors) == {"ECOWAS"}
    summit = next(e for e in of_type(events, "CONSULT") if e.status == Status.PLANNED)
    assert names(summit.actors) == {"ECOWAS"}
    assert summit.date_start == date(2022, 2, 3)


def test_coup_leaders_are_not_the_organisation_named_before(code):
    text = (
        "ECOWAS suspended Niger on Sunday. The envoy said she had held talks in Niamey with "
        "the coup leaders on Monday."
    )
    talks = of_type(code(text, date(2023, 8, 8)), "CONSULT")
    assert all("ECOWAS" not in names(e.recipients) for e in talks)


def test_a_passive_act_in_force_since_a_day_is_coded_ongoing(code):
    text = "Mobile internet has been cut across the country since Tuesday."
    events = code(text, date(2024, 7, 3))
    (cut,) = of_type(events, "COERCE")
    assert cut.mode == "censor"
    assert cut.status == Status.ONGOING
    assert cut.date_start == date(2024, 7, 2)


def test_suspended_military_cooperation_is_a_sanction_but_a_firms_operations_are_not(code):
    text = "France has suspended joint military operations with Mali's armed forces on Thursday."
    (sanction,) = of_type(code(text, date(2021, 6, 4)), "SANCTION")
    assert names(sanction.actors) == {"France"}
    firm = "Semafo said the mine site was secure but that it had suspended operations."
    assert of_type(code(firm, date(2019, 11, 7)), "SANCTION") == []


def test_a_coup_told_in_a_when_clause_keeps_its_deposed_president(code):
    text = (
        "The country's last coup took place in February 2010, when soldiers overthrew "
        "President Mamadou Tandja."
    )
    (coup,) = of_type(code(text, date(2021, 3, 31)), "COERCE")
    assert "Mamadou Tandja" in names(coup.recipients)
    assert (coup.date_start.year, coup.date_start.month) == (2010, 2)


def test_a_person_held_is_detained_but_a_town_or_a_post_held_is_not(code):
    events = code(
        "Biram is no stranger to detention: the authorities held him for several months in 2018.",
        date(2024, 7, 3),
    )
    (detention,) = of_type(events, "COERCE")
    assert detention.mode == "arrest"
    assert detention.date_start.year == 2018
    held_town = code("The rebels have held Kidal since 2014.", date(2024, 7, 3))
    held_post = code("He held the post of prime minister until 2021.", date(2024, 7, 3))
    assert of_type(held_town + held_post, "COERCE") == []


def test_protests_that_broke_out_in_a_town_are_an_event_without_their_own_date(code):
    events = code(
        "Protests also broke out in Kaédi, the main town of the southern Gorgol region.",
        date(2024, 7, 3),
    )
    (protest,) = of_type(events, "PROTEST")
    assert protest.place is not None and protest.place.name == "Kaédi"
    # a protest only spoken of, told by no occurrence verb, stays a topic
    assert (
        of_type(
            code("The protests in Kaédi were the largest since 2019.", date(2024, 7, 3)), "PROTEST"
        )
        == []
    )


def test_an_indirect_question_about_a_detention_reports_none(code):
    events = code(
        "Wong did not say where Elliott had been held or how his release was obtained.",
        date(2023, 5, 20),
    )
    assert of_type(events, "COERCE") == []
    assert of_type(events, "RETREAT") == []


def test_a_foiled_attempted_coup_is_an_attempt_made_but_a_foiled_attack_is_negated(code):
    text = (
        "NIAMEY, 31 March 2021 - Niger's government said on Wednesday that it had foiled an "
        "attempted coup."
    )
    (coup,) = of_type(code(text, date(2021, 3, 31)), "COERCE")
    assert coup.status == Status.OCCURRED
    attacks = of_type(
        code("Police foiled a plot to attack the embassy.", date(2021, 3, 31)), "ASSAULT"
    )
    assert all(e.status == Status.NEGATED for e in attacks)


def test_suspending_a_newspapers_distribution_is_censorship(code):
    text = (
        "Burkina Faso's military government on Monday suspended the distribution of the "
        "Paris-based weekly Jeune Afrique until further notice."
    )
    (censor,) = of_type(code(text, date(2023, 9, 28)), "COERCE")
    assert censor.mode == "censor"
    assert names(censor.recipients) == {"Jeune Afrique"}


def test_threatening_sanctions_is_a_threat_but_threatening_a_garrison_is_a_danger(code):
    text = (
        "The African Union suspended Mali on Tuesday, threatening targeted sanctions if the "
        "junta did not hand power to civilians."
    )
    (threat,) = of_type(code(text, date(2021, 6, 4)), "THREATEN")
    assert names(threat.actors) == {"African Union"}
    danger = code("The jihadists advanced south, threatening the garrison.", date(2021, 6, 4))
    assert of_type(danger, "THREATEN") == []


def test_sanctions_targeting_junta_members_are_no_attack(code):
    text = (
        "West African leaders decided at a meeting in New York on Thursday to impose gradual "
        "sanctions on Guinea, targeting members of the junta."
    )
    events = code(text, date(2022, 10, 22))
    assert of_type(events, "SANCTION")
    assert of_type(events, "ASSAULT") == []
    raid = code(
        "Jihadists attacked the town on Monday, targeting the army base.", date(2022, 10, 22)
    )
    assert of_type(raid, "ASSAULT")
