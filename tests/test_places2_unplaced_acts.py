"""Where acts go when their own words name no place, as an analyst codes wire reports: a recall
of diplomats is at the posting it leaves; a mediation at the mediator's capital when the report
names it; a clause coordinated with its own subject does not lend its place; a reaction of
several outside states, or of a speaker of no known country, concerns the report's country; a
state's act at home is its own country's, a foreign leader's condemnation is not; a meeting
venue does not place an earlier act told again ("the sanctions they imposed"), nor an act
told mid-report before the venue is named; talks or a signing with "the government in Bamako"
are in Bamako; a restatement that knows the division refines an event told with a region."""

from __future__ import annotations

from datetime import date

from .conftest import code_text, told, where


def test_a_recall_from_a_capital_is_at_the_posting(pipeline) -> None:
    """'recalled their ambassadors from Algiers' (April 2025) is Algeria's, not the report's
    Mali, where the recalling states are."""
    text = (
        "Algeria said its air defences shot down a Malian drone near Tinzaouaten, in the Kidal "
        "region of Mali. The governments of Mali, Burkina Faso and Niger condemned the act. "
        "The three countries recalled their ambassadors from Algiers."
    )
    events = code_text(pipeline, text, date(2025, 4, 7))
    assert where(told(events, "recalled", "SANCTION"))[0] == "DZA"


def test_a_mediation_is_at_the_mediators_capital_the_report_names(pipeline) -> None:
    """The Doha agreement of August 2022: talks 'mediated by Qatar' are in Doha, which the
    report names; talks 'mediated by Algeria' in a report that never names Algiers stay in
    the report's country."""
    text = (
        "Chad's military government and dozens of rebel groups signed a peace agreement in "
        "Doha on Monday after five months of talks mediated by Qatar."
    )
    events = code_text(pipeline, text, date(2022, 8, 9))
    assert where(told(events, "mediated by Qatar", "CONSULT")) == ("QAT", "QA-DA")
    text = (
        "Mali's government and the separatist rebels of the north signed a peace agreement "
        "in June 2015 after talks mediated by Algeria."
    )
    events = code_text(pipeline, text, date(2022, 1, 10))
    assert where(told(events, "mediated by Algeria", "CONSULT"))[0] == "MLI"


def test_a_coordinated_clause_does_not_lend_its_place(pipeline) -> None:
    """'Chad sent troops into northern Cameroon ..., and African Union leaders are due to
    discuss a force at their summit in Addis Ababa' (January 2015): the deployment is in
    Cameroon; the summit's city belongs to the other clause."""
    text = (
        "Boko Haram fighters seized the town of Monguno in Borno state on Sunday. Chad sent "
        "troops and armoured vehicles into northern Cameroon earlier this month to help fight "
        "the militants, and African Union leaders are due to discuss a regional force against "
        "Boko Haram at their summit in Addis Ababa at the end of the week."
    )
    events = code_text(pipeline, text, date(2015, 1, 26))
    assert where(told(events, "Chad sent troops", "MOBILIZE"))[0] == "CMR"


def test_a_reaction_of_outside_states_is_the_reports_country(pipeline) -> None:
    """Khartoum, June 2019: 'The United States and Britain also denounced the crackdown' is
    Sudan's; several states acting together would otherwise have no one country."""
    text = (
        "Sudanese security forces stormed the protest camp outside the military headquarters "
        "in Khartoum on Monday, killing dozens of people.\n\n"
        "The United States and Britain also denounced the crackdown."
    )
    events = code_text(pipeline, text, date(2019, 6, 4))
    assert where(told(events, "denounced", "ACCUSE"))[0] == "SDN"


def test_a_state_at_home_is_in_its_own_country(pipeline) -> None:
    """In a report on hostages freed in Niger (March 2023), the 2020 release of prisoners by
    'the Malian authorities' is Mali's; Macron's condemnation of the Kouré killings (August
    2020) in a report on Niger stays Niger's, not France's."""
    text = (
        "French journalist Olivier Dubois and American aid worker Jeffery Woodke arrived in "
        "Niamey on Monday after being freed, Niger's government said.\n\n"
        "Sophie Pétronin was freed in October 2020, days after the Malian authorities released "
        "some 200 prisoners, many of them suspected jihadists."
    )
    events = code_text(pipeline, text, date(2023, 3, 21))
    by_mali = [e for e in events if any(a.country == "MLI" for a in e.actors)]
    released = [e for e in by_mali if e.type == "RETREAT"]
    assert released and where(released[0])[0] == "MLI", [(e.type, e.actors) for e in events]
    text = (
        "Gunmen killed six French aid workers, their Nigerien guide and a driver in the "
        "Kouré giraffe reserve in Niger on Sunday.\n\n"
        "French President Emmanuel Macron condemned what he called a murderous attack."
    )
    events = code_text(pipeline, text, date(2020, 8, 10))
    assert where(told(events, "condemned", "ACCUSE"))[0] == "NER"


def test_an_earlier_act_told_again_is_not_at_the_summit(pipeline) -> None:
    """'West African leaders meeting in Abuja on Sunday kept in place the sanctions they
    imposed on Niger after its July coup' (December 2023): the sanctions are Niger's."""
    text = (
        "West African leaders meeting in Abuja on Sunday kept in place the sanctions they "
        "imposed on Niger after its July coup, and set up a committee of three heads of state "
        "to negotiate a short transition with the military government."
    )
    events = code_text(pipeline, text, date(2023, 12, 11))
    assert where(told(events, "imposed on Niger", "SANCTION"))[0] == "NER"


def test_a_venue_named_later_places_only_the_lead(pipeline) -> None:
    """The Nigerian Senate report of August 2023: the border closure told mid-report as
    background is Niger's, though the summit of the same day is named in the next paragraph;
    the summit's own ultimatum is in Abuja."""
    text = (
        "Nigeria's Senate on Saturday urged President Bola Tinubu to pursue diplomatic options "
        "in neighbouring Niger.\n\n"
        "The Senate president read out the resolution after a closed session.\n\n"
        "Senators from northern states had spoken against military action.\n\n"
        "Tinubu had written to the lawmakers about the measures taken against the junta. "
        "ECOWAS closed its borders with Niger on July 30.\n\n"
        "At a summit in Abuja on July 30, the bloc gave Niger's military leaders one week to "
        "reinstate President Mohamed Bazoum."
    )
    events = code_text(pipeline, text, date(2023, 8, 6))
    assert where(told(events, "closed its borders", "SANCTION"))[0] == "NER"


def test_a_signing_with_the_government_in_its_capital_is_there(pipeline) -> None:
    """'signed a peace agreement with the government in Bamako in June 2015': the seat of the
    government it was signed with is where it was signed (while 'urged the junta in Bamako'
    only says which junta)."""
    text = (
        "The separatists signed a peace agreement with the government in Bamako in June 2015. "
        "ECOWAS later urged the junta in Bamako to hold elections."
    )
    events = code_text(pipeline, text, date(2022, 1, 10))
    assert where(told(events, "signed", "SUPPORT")) == ("MLI", "ML-BKO")
    assert where(told(events, "urged", "REQUEST")) == ("MLI", None)


def test_a_restatement_that_knows_the_division_refines_a_region(pipeline) -> None:
    """Arbinda, January 2023: 'abducted by jihadists in the north of the country', then
    'seized ... near Arbinda, in the Sahel region': one abduction, in BF-12."""
    text = (
        "Burkina Faso's army freed 66 women and children on Friday who had been abducted by "
        "jihadists in the north of the country last week, state television said.\n\n"
        "About 50 women were seized on 12 and 13 January near Arbinda, in the Sahel region, "
        "while they were gathering leaves and wild fruit in the bush."
    )
    events = code_text(pipeline, text, date(2023, 1, 21))
    abductions = [e for e in events if e.type == "ASSAULT"]
    assert abductions and all(where(e) == ("BFA", "BF-12") for e in abductions)
