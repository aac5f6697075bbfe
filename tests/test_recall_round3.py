"""Recall, round 3: acts the coder used to miss in the dev reports (docs/coding-rules.md).

Background coups that the parser reads as noun phrases, releases whose captor was named in an
earlier sentence, threats told as "could use force" or "would respond to any attack", "did the
same", persona non grata, and acts told in order ("three months after gunmen killed ...") that
are not the act they are compared with.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import of_type


def countries(actors) -> set[str | None]:
    return {a.country for a in actors}


def test_a_coup_the_parser_reads_as_a_noun_phrase_is_coded(code):
    text = (
        "Mali's junta gave the French ambassador 72 hours to leave the country on Monday. "
        "Relations between Paris and its former colony have worsened since the military "
        "seized power in Bamako in August 2020."
    )
    (coup,) = of_type(code(text, date(2022, 1, 31)), "COERCE")
    assert countries(coup.actors) == {"MLI"}
    assert (coup.date_start, coup.date_precision.value) == (date(2020, 8, 1), "month")
    assert coup.place is not None and coup.place.name == "Bamako"


def test_a_participle_describing_a_noun_is_still_no_event(code):
    text = "The ousted president, Mohamed Bazoum, spoke to his lawyers on Monday."
    assert not of_type(code(text, date(2023, 9, 1)), "COERCE")


def test_ousting_a_president_is_a_coup_not_an_expulsion(code):
    text = (
        "Damiba himself came to power in January, when he ousted President Roch Marc "
        "Christian Kaboré."
    )
    events = code(text, date(2022, 10, 2))
    assert of_type(events, "COERCE")
    assert not of_type(events, "SANCTION")


def test_declaring_an_official_persona_non_grata_is_an_expulsion(code):
    text = (
        "Last week, the government declared the head of the UN mission in Sudan, Volker "
        "Perthes, persona non grata."
    )
    (expulsion,) = of_type(code(text, date(2023, 6, 15)), "SANCTION")
    assert expulsion.mode == "expel"
    assert countries(expulsion.actors) == {"SDN"}


def test_a_release_with_no_named_releaser_is_by_the_captors_told_before(code):
    text = (
        "Gunmen abducted 276 schoolgirls from their school in Chibok in April 2014. "
        "Another 82 were freed in May 2017."
    )
    (release,) = of_type(code(text, date(2024, 4, 14)), "RETREAT")
    assert release.mode == "release"
    assert release.actors and all(a.country in {None, "NGA"} for a in release.actors)
    assert (release.date_start, release.date_precision.value) == (date(2017, 5, 1), "month")


def test_an_act_told_after_another_in_a_sentence_is_its_own_event(code):
    text = (
        "Gunmen killed 95 people in an attack late on Sunday on the Dogon village of Sobane "
        "Da in central Mali. The attack came less than three months after gunmen killed about "
        "160 Fulani villagers in Ogossagou, also in the Mopti region, in March."
    )
    attacks = of_type(code(text, date(2019, 6, 11)), "ASSAULT")
    assert len(attacks) == 2
    assert sorted(a.date_start for a in attacks) == [date(2019, 3, 1), date(2019, 6, 9)]


def test_a_killing_elsewhere_is_not_the_ambush_a_report_is_about(code):
    text = (
        "Gunmen ambushed a patrol of park rangers in W National Park, in the Alibori "
        "department of northern Benin, on Tuesday afternoon, killing five rangers.\n\n"
        "No group has claimed the ambush. It comes two months after gunmen killed two soldiers "
        "near Porga, in the Atacora department."
    )
    attacks = of_type(code(text, date(2022, 2, 10)), "ASSAULT")
    assert len(attacks) == 2
    assert {a.place.name for a in attacks if a.place} >= {"Porga"}


def test_could_use_force_if_said_by_the_bloc_is_a_threat_at_who_must_comply(code):
    text = (
        "West African leaders on Sunday imposed sanctions on Niger and said they could use "
        "force if the soldiers who seized power on Wednesday do not reinstate President "
        "Mohamed Bazoum within a week."
    )
    events = code(text, date(2023, 7, 30))
    (threat,) = of_type(events, "THREATEN")
    assert threat.mode == "violence"
    assert threat.status == Status.OCCURRED
    assert "NER" in countries(threat.recipients)
    assert not of_type(events, "ASSAULT")


def test_would_respond_to_any_attack_is_a_threat(code):
    text = (
        "France said it would respond immediately to any attack on its nationals or its interests."
    )
    (threat,) = of_type(code(text, date(2023, 7, 30)), "THREATEN")
    assert countries(threat.actors) == {"FRA"}


def test_said_it_would_go_on_and_overthrow_the_council_is_a_threat(code):
    text = (
        "The FACT rebels said on Tuesday they would continue their advance on N'Djamena and "
        "overthrow the council."
    )
    events = code(text, date(2021, 4, 21))
    assert of_type(events, "THREATEN")
    assert not of_type(events, "COERCE")


def test_the_one_prompted_to_threaten_is_the_one_who_threatens(code):
    text = (
        "In Niger, soldiers seized power on 26 July, prompting the regional bloc ECOWAS to "
        "threaten military intervention to restore President Mohamed Bazoum."
    )
    (threat,) = of_type(code(text, date(2023, 9, 16)), "THREATEN")
    assert [a.name for a in threat.actors] == ["ECOWAS"]


def test_did_the_same_is_the_act_just_told_by_a_new_actor(code):
    text = (
        "Mali cut diplomatic ties with Ukraine on 4 August, accusing it of supporting "
        "terrorism. Niger did the same two days later."
    )
    sanctions = of_type(code(text, date(2024, 8, 27)), "SANCTION")
    (niger,) = [s for s in sanctions if countries(s.actors) == {"NER"}]
    assert countries(niger.recipients) == {"UKR"}
    assert niger.date_start == date(2024, 8, 6)


def test_to_do_the_same_names_no_new_actor(code):
    text = "Mali cut diplomatic ties with Ukraine on 4 August and urged its allies to do the same."
    sanctions = of_type(code(text, date(2024, 8, 27)), "SANCTION")
    assert [countries(s.actors) for s in sanctions] == [{"MLI"}]


def test_describing_protests_as_an_insurrection_is_an_accusation(code):
    text = "The prime minister described the protests as an attempted insurrection."
    assert of_type(code(text, date(2022, 10, 21)), "ACCUSE")
