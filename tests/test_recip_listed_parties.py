"""Recipients named by pointing back to a pair or list told before ("the two sides", "the
parties", "both men"), also where a member of that list is a generic body ("the army") or a
title in apposition to a name; and people named by their role, whose kind is the word before
them ("Russian civilian advisers", "opposition candidates")."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, names_of, only

PUBLISHED = date(2023, 5, 22)


def test_the_two_sides_are_the_pair_told_before_even_with_a_generic_member(code) -> None:
    text = (
        "Sudan's army and the paramilitary Rapid Support Forces signed a seven-day ceasefire "
        "in Jeddah on Saturday. Saudi Arabia and the United States mediated the talks between "
        "the two sides."
    )
    talks = only(code(text), "CONSULT")
    assert names_of(talks.actors) == {"Saudi Arabia", "United States"}
    assert "Rapid Support Forces" in names_of(talks.recipients)
    assert len(talks.recipients) == 2
    assert countries_of(talks.recipients) == {"SDN"}


def test_the_parties_called_on_are_the_signatories_told_before(code) -> None:
    text = (
        "The Malian government and the Coordination of Azawad Movements agreed to a ceasefire "
        "in Kidal on Friday. The African Union called on the parties to respect the ceasefire."
    )
    request = only(code(text), "REQUEST")
    assert "Coordination of Azawad Movements" in names_of(request.recipients)
    assert len(request.recipients) == 2
    assert "African Union" not in names_of(request.recipients)


def test_both_men_are_the_two_people_named_before(code) -> None:
    text = (
        "US Secretary of State John Kerry met President Goodluck Jonathan and the opposition "
        "candidate Muhammadu Buhari in Lagos on Sunday. He urged both men to make sure that "
        "next month's election is peaceful."
    )
    request = only(code(text), "REQUEST")
    assert names_of(request.recipients) == {"Goodluck Jonathan", "Muhammadu Buhari"}


def test_the_men_alone_is_no_back_reference_to_a_list(code) -> None:
    text = (
        "Niger's junta received envoys from Mali and Burkina Faso in Niamey on Sunday. "
        "Gunmen attacked a checkpoint near Tera on Monday, and the men fled on motorbikes."
    )
    events = code(text)
    assert all("Mali" not in names_of(e.actors) for e in events if e.type == "ASSAULT"), [
        (e.type, names_of(e.actors)) for e in events
    ]


def test_people_named_by_role_take_their_kind_from_the_word_before(code) -> None:
    text = (
        "President Yoweri Museveni has banned Ugandan opposition candidates from taking part "
        "in next month's elections."
    )
    ban = only(code(text), "COERCE")
    assert countries_of(ban.recipients) == {"UGA"}
    assert [a.sector for a in ban.recipients] == ["OPP"]


def test_a_single_role_noun_with_a_name_is_the_person(code) -> None:
    text = "Security forces arrested the opposition candidate Succès Masra in N'Djamena on Friday."
    arrest = only(code(text), "COERCE")
    assert names_of(arrest.recipients) == {"Succès Masra"}


def test_a_mission_sent_to_a_capital_visits_its_government(code) -> None:
    text = (
        "Soldiers seized power in Guinea on Sunday. West African leaders decided on Wednesday "
        "to send a high-level mission to Conakry."
    )
    visit = only(code(text), "CONSULT")
    assert countries_of(visit.recipients) == {"GIN"}
    assert "ECOWAS" not in names_of(visit.recipients)


def test_an_envoy_sent_is_the_senders_own_not_a_party(code) -> None:
    visit = only(code("France sent an envoy to Bamako on Tuesday for talks."), "CONSULT")
    assert countries_of(visit.actors) == {"FRA"}
    assert countries_of(visit.recipients) == {"MLI"}


def test_a_by_phrase_on_what_is_demanded_names_who_is_asked(code) -> None:
    text = (
        "Poland's parliament has demanded an immediate admission by Moscow that Soviet "
        "security forces murdered thousands of Polish officers during the war."
    )
    request = only(code(text), "REQUEST")
    assert countries_of(request.actors) == {"POL"}
    assert countries_of(request.recipients) == {"RUS"}


def test_the_station_is_the_outlet_named_before(code) -> None:
    text = (
        "Burkina Faso's junta suspended Radio France Internationale in December, accusing the "
        "station of relaying a message from a jihadist leader."
    )
    accusation = only(code(text), "ACCUSE")
    assert names_of(accusation.recipients) == {"Radio France Internationale"}


def test_a_channel_with_its_name_beside_it_is_that_channel(code) -> None:
    text = (
        "Mali's transitional government on Wednesday suspended the broadcasts of Radio France "
        "Internationale (RFI) and the television channel France 24 until further notice."
    )
    ban = only(code(text), "COERCE")
    assert names_of(ban.recipients) == {"Radio France Internationale", "France 24"}


def test_a_threat_to_withdraw_own_troops_is_aimed_at_the_host_not_the_troops(code) -> None:
    text = (
        "President Emmanuel Macron threatened on Sunday to withdraw French troops from Mali "
        "after the second coup in nine months."
    )
    threat = only(code(text), "THREATEN")
    assert countries_of(threat.recipients) == {"MLI"}


def test_a_threat_to_withdraw_troops_naming_no_place_is_aimed_at_the_reports_country(
    code,
) -> None:
    text = (
        "Mali's junta named a new transitional president on Friday. French President Emmanuel "
        "Macron had threatened at the weekend to withdraw French troops."
    )
    threat = only(code(text), "THREATEN")
    assert countries_of(threat.recipients) == {"MLI"}


def test_dispersing_a_protest_is_aimed_at_its_protesters(code) -> None:
    text = (
        "Security forces fired tear gas to disperse protests against the military council in "
        "N'Djamena on Tuesday."
    )
    dispersal = only(code(text), "ASSAULT")
    assert countries_of(dispersal.recipients) == {"TCD"}
    assert [a.sector for a in dispersal.recipients] == ["OPP"]
