"""Recipients an analyst reads from the holder, the doer or the state the report is about:
a call for a detainee's release or restoration goes to whoever holds or deposed them, an
ultimatum to whom it gives the deadline, a demand told by a participle to whoever must carry
it out, a call for an inquiry to the government of the place, a threat of force with no target
to the state the report is about, a condemned refusal to who refused, and a town taken to
whoever the sentence says held it."""

from __future__ import annotations

from datetime import date

from .conftest import countries_of, names_of, of_type, only

PUBLISHED = date(2024, 5, 20)


def test_a_call_for_his_release_goes_to_whoever_arrested_him(code) -> None:
    text = (
        "Chadian security forces arrested the opposition leader Succès Masra at his home in "
        "N'Djamena on Friday. The African Union called for his immediate release."
    )
    request = only(code(text), "REQUEST")
    assert request.recipients
    assert countries_of(request.recipients) == {"TCD"}


def test_an_arrest_with_no_doer_named_was_made_by_the_state_where_it_happened(code) -> None:
    text = (
        "Forty-six soldiers from Côte d'Ivoire were arrested on arrival at Bamako airport on "
        "10 July 2022.\n\n"
        "Côte d'Ivoire said the soldiers were on a UN contract and demanded their release."
    )
    request = only(code(text), "REQUEST")
    assert "MLI" in countries_of(request.recipients)
    assert "CIV" not in countries_of(request.recipients)


def test_a_call_to_restore_a_leader_goes_to_those_who_detained_him(code) -> None:
    text = (
        "Soldiers of the presidential guard detained the interim president, Michel Kafando, "
        "on Wednesday.\n\n"
        "ECOWAS leaders met in Abuja on Tuesday and called for Kafando to be restored to office."
    )
    request = only(code(text), "REQUEST")
    assert request.recipients
    assert "Michel Kafando" not in names_of(request.recipients)
    assert "ECOWAS" not in names_of(request.recipients)


def test_a_withdrawal_demanded_by_a_junta_is_asked_of_the_troops_withdrawing(code) -> None:
    text = (
        "The last French soldiers left Niger on Friday, completing a withdrawal demanded by "
        "the military government that seized power in July."
    )
    request = only(code(text), "REQUEST")
    assert countries_of(request.recipients) == {"FRA"}


def test_an_ultimatum_is_aimed_at_whom_it_gives_the_deadline(code) -> None:
    text = "In January 2023 the Burkinabe junta gave French special forces a month to leave."
    events = code(text)
    ultimatum = next(e for e in events if e.type in {"REQUEST", "SANCTION"})
    assert countries_of(ultimatum.recipients) == {"FRA"}


def test_a_call_for_an_inquiry_goes_to_the_government_of_the_place(code) -> None:
    text = (
        "Soldiers killed at least 60 civilians in the village of Karma in northern Burkina "
        "Faso on 20 April.\n\n"
        "The UN High Commissioner for Human Rights called for a thorough and independent "
        "investigation."
    )
    request = only(code(text), "REQUEST")
    assert countries_of(request.recipients) == {"BFA"}


def test_a_government_calling_for_its_own_inquiry_names_no_recipient(code) -> None:
    text = "Mali's government called for an investigation into the attack in Bamako on Monday."
    requests = of_type(code(text), "REQUEST")
    assert all(not r.recipients for r in requests)


def test_a_threat_of_force_with_no_target_is_aimed_at_the_state_the_report_is_about(
    code,
) -> None:
    text = (
        "In Niger, soldiers seized power on 26 July, prompting the regional bloc ECOWAS to "
        "threaten military intervention to restore President Mohamed Bazoum."
    )
    threat = only(code(text), "THREATEN")
    assert countries_of(threat.recipients) == {"NER"}


def test_a_state_warning_at_home_names_no_recipient(code) -> None:
    text = (
        "Burkina Faso's army chief warned on Monday that the response to the weekend's "
        "attacks in the Sahel region would be severe."
    )
    for threat in of_type(code(text), "THREATEN"):
        assert "BFA" not in countries_of(threat.recipients)


def test_a_condemned_refusal_is_aimed_at_who_refused(code) -> None:
    text = (
        "Soldiers seized power in Niger on 26 July. ECOWAS condemned the refusal of the "
        "Nigerien junta to receive its delegation on 8 August."
    )
    condemnation = next(e for e in code(text) if e.type == "ACCUSE")
    assert "NER" in countries_of(condemnation.recipients)


def test_a_condemned_killing_of_civilians_names_no_victims_as_recipients(code) -> None:
    text = "ECOWAS condemned the killing of civilians in Mali on Sunday."
    for condemnation in of_type(code(text), "ACCUSE"):
        assert "MLI" not in countries_of(condemnation.recipients)


def test_a_town_taken_is_taken_from_the_holder_the_sentencenames_of(code) -> None:
    text = (
        "Malian troops took control of the northern town of Kidal on Tuesday, ending a decade "
        "in which the town was held by separatist rebels."
    )
    taking = only(code(text), "ASSAULT")
    assert taking.recipients
    assert all(a.sector is not None and a.sector.value == "REB" for a in taking.recipients)


def test_a_rejected_measure_is_aimed_at_whoever_its_participle_says_imposed_it(code) -> None:
    text = (
        "Niger's junta rejected on Monday the sanctions imposed by the Economic Community of "
        "West African States."
    )
    rejection = only(code(text), "REJECT")
    assert "ECOWAS" in names_of(rejection.recipients)


def test_a_sanction_naming_no_party_is_aimed_at_the_state_its_words_name(code) -> None:
    text = "The EU did not suspend its military training mission in Mali on Monday."
    sanction = only(code(text), "SANCTION")
    assert countries_of(sanction.recipients) == {"MLI"}


def test_a_state_closing_its_own_borders_names_no_recipient(code) -> None:
    text = (
        "Soldiers seized power in Chad on Tuesday. The military council imposed a curfew and "
        "closed the country's land and air borders."
    )
    for sanction in of_type(code(text), "SANCTION"):
        assert not sanction.recipients or "TCD" not in countries_of(sanction.recipients)


def test_founding_an_alliance_names_no_recipient_not_even_its_charter(code) -> None:
    text = (
        "The leaders of Mali, Niger and Burkina Faso have set up an Alliance of Sahel States, a "
        "defence pact under which the three neighbours will help one another.\n\n"
        "Colonel Assimi Goïta said on Saturday that he had signed the Liptako-Gourma Charter "
        "with the heads of state of Burkina Faso and Niger."
    )
    founding = next(e for e in code(text) if e.type in {"COOPERATE", "AGREE"})
    assert {"MLI", "NER", "BFA"} <= countries_of(founding.actors)
    assert not founding.recipients


def test_the_charter_signed_is_not_a_recipient(code) -> None:
    text = (
        "Colonel Assimi Goïta, Mali's transitional president, said on Saturday that he had "
        "signed the Liptako-Gourma Charter in Bamako."
    )
    for pact in (e for e in code(text) if e.type in {"SUPPORT", "AGREE", "COOPERATE"}):
        assert not any("Charter" in a.name for a in pact.recipients)
