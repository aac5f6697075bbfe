"""Recipients and restatements a blind batch of dev reports (2016-2025, Sahel, Lake Chad,
coastal West Africa, Sudan) showed the coder getting wrong: a distance from a town taken for the
scene, what an act "bore" taken for its target, an act "days after" another lent the other's
day, an ambassador named by title and then by name, a stronghold's owner, refusals to comply
or to sign, and measures told by a relative clause or a package noun. Each text is written for
the test in the style of the batch's wire copy.
"""

from __future__ import annotations

from datetime import date

from .conftest import of_type


def names(actors) -> set[str]:
    return {a.name for a in actors}


def test_a_distance_from_a_town_locates_the_bombing_without_splitting_it(code):
    """'35 kilometres from Maiduguri' says where Konduga lies: one bombing, at Konduga."""
    events = code(
        "At least 30 people were killed on Sunday night when three suicide bombers blew "
        "themselves up in Konduga, about 35 kilometres from Maiduguri, officials said.",
        date(2019, 6, 17),
    )
    (bombing,) = of_type(events, "ASSAULT")
    assert bombing.place is not None and bombing.place.name == "Konduga"
    assert bombing.dead == 30


def test_what_an_attack_bore_is_not_its_target(code):
    events = code(
        "No group claimed the bombings, but the attack bore the hallmarks of Boko Haram.",
        date(2019, 6, 17),
    )
    for attack in of_type(events, "ASSAULT"):
        assert "Boko Haram" not in names(attack.recipients)


def test_an_act_told_days_after_another_is_not_given_the_others_day(code):
    """'days after Paris suspended its aid': the suspension is not Monday's; told again as
    'last week', it is one suspension."""
    events = code(
        "Mali's military government on Monday banned all activities of non-governmental "
        "organisations funded by France, days after Paris suspended its development aid to "
        "the country.\n\n"
        "France announced last week that it was suspending its official development "
        "assistance to Mali.",
        date(2022, 11, 22),
    )
    suspensions = [e for e in of_type(events, "SANCTION") if "France" in str(names(e.actors))]
    assert len(suspensions) == 1
    assert "Mali" in names(suspensions[0].recipients)


def test_an_ambassador_summoned_by_title_then_by_name_is_one_summons(code):
    events = code(
        "Algeria summoned Mali's ambassador on Thursday, a day after Bamako summoned the "
        "Algerian ambassador to protest against what it called unfriendly acts.\n\n"
        "Mali's foreign ministry said on Wednesday that it had summoned Ambassador El Haoues "
        "Riache over recent meetings in Algiers.",
        date(2023, 12, 22),
    )
    malis = [e for e in of_type(events, "ACCUSE") if e.date_label == "2023-12-20"]
    assert len(malis) == 1
    assert len(malis[0].evidence) == 2


def test_a_strongholds_owner_is_whom_the_town_is_taken_from(code):
    events = code(
        "The separatists took up arms again in August. The army seized their stronghold of "
        "Kidal in November.",
        date(2023, 12, 22),
    )
    (taking,) = [e for e in of_type(events, "ASSAULT") if e.date_label == "2023-11"]
    assert taking.recipients, "the separatists held Kidal"
    assert all(r.country == "MLI" and r.sector is not None for r in taking.recipients)


def test_a_refusal_to_comply_answers_the_order_told_before(code):
    events = code(
        "Niger's junta gave the French ambassador 48 hours to leave the country on Friday.\n\n"
        "France has refused to comply.",
        date(2023, 9, 1),
    )
    (refusal,) = of_type(events, "REJECT")
    assert {r.country for r in refusal.recipients} == {"NER"}


def test_a_refusal_to_sign_the_agreement_is_aimed_at_those_who_signed_it(code):
    events = code(
        "Chad's military government and dozens of rebel groups signed a peace agreement in "
        "Doha on Monday.\n\n"
        "The Front for Change and Concord in Chad (FACT) refused to sign the agreement.",
        date(2022, 8, 9),
    )
    (refusal,) = of_type(events, "REJECT")
    assert refusal.recipients
    assert all(r.country == "TCD" for r in refusal.recipients)


def test_sanctions_lifted_are_aimed_at_whom_their_relative_clause_imposed_them_on(code):
    events = code(
        "West African leaders on Sunday lifted the economic and financial sanctions they "
        "imposed on Mali in January.",
        date(2022, 7, 4),
    )
    (lifting,) = of_type(events, "RETREAT")
    assert "Mali" in names(lifting.recipients)


def test_a_package_of_sanctions_on_a_state_and_the_countrys_assets_are_that_state(code):
    """In a report on Burkina Faso, 'the country's assets' after 'sanctions on Mali' are
    Mali's."""
    events = code(
        "ECOWAS suspended Burkina Faso from its governing bodies on Friday.\n\n"
        "ECOWAS had imposed a package of sanctions on Mali on 9 January, closing borders and "
        "freezing the country's assets at the regional central bank.",
        date(2022, 1, 29),
    )
    (package,) = [e for e in of_type(events, "SANCTION") if e.date_label == "2022-01-09"]
    assert names(package.recipients) == {"Mali"}


def test_sanctions_not_imposed_are_aimed_at_the_state_spared_not_the_one_they_hit(code):
    events = code(
        "ECOWAS suspended Burkina Faso from its governing bodies on Friday, but stopped short "
        "of imposing the economic and financial sanctions it has placed on neighbouring Mali.",
        date(2022, 1, 29),
    )
    spared = [e for e in of_type(events, "SANCTION") if e.status.value == "negated"]
    assert spared and "Burkina Faso" in names(spared[0].recipients)


def test_bodies_dissolved_in_a_takeover_are_not_whom_the_coup_deposed(code):
    events = code(
        "A military council led by his son took power on Tuesday and dissolved the government "
        "and the National Assembly.",
        date(2021, 4, 21),
    )
    (coup,) = of_type(events, "COERCE")
    assert coup.recipients == []


def test_a_warning_that_the_bloc_could_act_is_not_aimed_at_the_bloc(code):
    events = code(
        "ECOWAS lifted its sanctions on Mali on Sunday.\n\n"
        "Diplomats warned that the bloc could reimpose sanctions if the timetable slips.",
        date(2022, 7, 4),
    )
    for threat in of_type(events, "THREATEN"):
        assert "ECOWAS" not in names(threat.recipients)
