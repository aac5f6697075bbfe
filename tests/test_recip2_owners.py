"""Recipients an analyst reads from how the act is put: a restriction of what a party owns or
does (licences, activities) is aimed at that party, a demand "from" someone is put to them, a
refusal to answer a demand answers its author, a request reported to a body is put to it, and a
foreign force is sent to the country its deployment names, not to a summit's city."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, names_of, of_type, only

PUBLISHED = date(2024, 7, 11)


def test_suspending_the_activities_of_parties_is_aimed_at_the_parties(code) -> None:
    text = (
        "The Malian government suspended the activities of political parties and associations "
        "until further notice on 10 April, citing the need to preserve public order."
    )
    coerce = only(code(text), "COERCE")
    assert coerce.recipients
    assert countries_of(coerce.recipients) == {"MLI"}
    assert "Mali government" not in names_of(coerce.recipients)


def test_withdrawing_the_licences_of_stations_is_aimed_at_the_media(code) -> None:
    text = (
        "In May the Guinean authorities withdrew the licences of several private radio and "
        "television stations."
    )
    coerce = only(code(text), "COERCE")
    assert {a.sector.value for a in coerce.recipients} == {"MED"}


def test_a_demand_from_the_authorities_is_put_to_them(code) -> None:
    text = "Tuareg rebels are demanding political autonomy from the Malian authorities."
    request = only(code(text), "REQUEST")
    assert countries_of(request.recipients) == {"MLI"}
    assert all(a.sector.value == "GOV" for a in request.recipients)
    assert all(a.sector.value != "GOV" for a in request.actors)


def test_a_demand_from_someone_received_keeps_its_author(code) -> None:
    text = "Niger requested military assistance from Russia on Tuesday."
    request = only(code(text), "REQUEST")
    assert names_of(request.actors) == {"Niger"}
    assert names_of(request.recipients) == {"Russia"}


def test_refusing_to_answer_a_demand_is_aimed_at_its_author(code) -> None:
    text = (
        "The Nigerien junta refused on Monday to respond to a demand from ECOWAS to release "
        "President Mohamed Bazoum."
    )
    reject = only(code(text), "REJECT")
    assert "ECOWAS" in names_of(reject.recipients)


def test_a_request_told_to_the_council_is_put_to_the_council(code) -> None:
    text = (
        "On 16 June, Mali's Minister for Foreign Affairs, Abdoulaye Diop, told the UN Security "
        "Council that his government asked for the withdrawal of the mission without delay."
    )
    request = only(code(text), "REQUEST")
    assert "UN Security Council" in names_of(request.recipients)


def test_troops_sent_into_a_country_go_to_that_state_not_to_a_summit_city(code) -> None:
    text = (
        "Chad sent troops and armoured vehicles into northern Cameroon earlier this month to "
        "help fight the militants, and African Union leaders are due to discuss a regional "
        "force against Boko Haram at their summit in Addis Ababa at the end of the week."
    )
    sent = of_type(code(text, date(2015, 1, 26)), "MOBILIZE")
    assert sent
    assert countries_of(sent[0].recipients) == {"CMR"}


def test_a_release_demanded_beside_the_overthrow_it_ends_goes_to_the_coup_makers(code) -> None:
    text = (
        "Soldiers of the presidential guard seized power in Niger on 26 July.\n\n"
        "The Council strongly condemns the overthrow of President Mohamed Bazoum and demands "
        "his immediate and unconditional release."
    )
    request = only(code(text, date(2023, 8, 22)), "REQUEST")
    assert countries_of(request.recipients) == {"NER"}
    assert "Mohamed Bazoum" not in names_of(request.recipients)


def test_a_call_for_sanctions_against_a_state_is_aimed_at_that_state(code) -> None:
    text = "Human Rights Watch on Sunday called for an arms embargo on Mali."
    request = only(code(text), "REQUEST")
    assert names_of(request.recipients) == {"Mali"}


def test_reservists_mobilized_for_a_war_against_a_state_are_aimed_at_it(code) -> None:
    text = "Niger mobilized army reservists for a possible war against Benin on Tuesday."
    mobilize = only(code(text), "MOBILIZE")
    assert countries_of(mobilize.recipients) == {"BEN"}


def test_a_title_apposed_to_a_name_is_that_person(code) -> None:
    text = (
        "Colonel Assimi Goïta had soldiers detain the transitional president, Bah Ndaw, on 24 May."
    )
    detention = [e for e in of_type(code(text, date(2021, 5, 27)), "COERCE") if e.mode == "arrest"]
    assert detention
    assert "Bah Ndaw" in names_of(detention[0].recipients)


def test_a_visit_to_mediate_meets_the_parties_not_the_host(code) -> None:
    text = (
        "Ethiopia's Prime Minister Abiy Ahmed arrived in Khartoum on Friday to mediate between "
        "the Transitional Military Council and the Forces for Freedom and Change."
    )
    visit = only(code(text, date(2019, 6, 8)), "CONSULT")
    assert "Forces for Freedom and Change" in names_of(visit.recipients)
    assert "Sudan government" not in names_of(visit.recipients)
