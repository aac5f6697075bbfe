"""Recipients, fourth round: a condemnation blames the doer its phrase names, a denied act is
aimed at the victims told before, a protest is aimed at whom it opposes (else the government of
its country), a call for a release goes to the abductors, and back-references ("him", a
surname, "le contingent danois") name the party told before."""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Article, Event, article_id

from .conftest import countries_of, only

PUBLISHED = date(2021, 9, 9)


def _ids(actors) -> set[str]:
    return {a.id for a in actors}


def _by_trigger(events: list[Event], word: str) -> Event:
    found = [e for e in events if (s := e.evidence[0].span("trigger")) and s.text == word]
    assert len(found) == 1, [(e.type, e.evidence[0].sentence) for e in events]
    return found[0]


# -- condemnations -------------------------------------------------------------------------


def test_a_condemned_coup_names_no_party_the_phrase_does_not_name(code) -> None:
    text = (
        "Soldiers seized power in Burkina Faso on Friday and dissolved the government.\n\n"
        "ECOWAS condemned the coup."
    )
    accuse = only(code(text), "ACCUSE")
    assert accuse.recipients == []


def test_a_condemned_attack_by_a_named_group_blames_that_group(code) -> None:
    accuse = only(code("The UN condemned the attack by JNIM on the camp."), "ACCUSE")
    assert _ids(accuse.recipients) == {"jnim"}


def test_a_condemned_attack_by_unidentified_gunmen_names_no_recipient(code) -> None:
    text = (
        "Gunmen killed 37 people on Wednesday near Boungou in eastern Burkina Faso.\n\n"
        "UN Secretary-General António Guterres condemned the attack on Thursday."
    )
    accuse = only(code(text), "ACCUSE")
    assert accuse.recipients == []


def test_a_condemnation_blames_the_doer_not_the_victims_of_the_act(code) -> None:
    text = (
        "Boko Haram militants killed at least 43 farm workers near Zabarmari on Saturday.\n\n"
        "President Muhammadu Buhari condemned the killings of the farmers."
    )
    accuse = only(code(text), "ACCUSE")
    assert "NGA-CVL" not in _ids(accuse.recipients)


def test_condemning_a_kind_of_act_in_general_names_no_one(code) -> None:
    text = (
        "Soldiers seized power in Guinea on Sunday.\n\n"
        "The AU chairman strongly condemned any takeover of government by force."
    )
    accuse = only(code(text), "ACCUSE")
    assert accuse.recipients == []


# -- denials ---------------------------------------------------------------------------------


def test_a_denied_attack_is_aimed_at_the_victims_told_before(code) -> None:
    text = (
        "Gunmen killed at least 134 Fulani villagers in Ogossagou, in central Mali, on "
        "Saturday.\n\n"
        "Dan Na Ambassagou denied carrying out the attack."
    )
    denied = next(e for e in code(text) if e.status.value == "negated")
    assert denied.type == "ASSAULT"
    assert "MLI-CVL" in _ids(denied.recipients)


def test_a_denied_role_in_named_killings_takes_the_victims_of_that_place(code) -> None:
    text = (
        "Gunmen attacked the Dogon village of Sobane Da on Sunday, killing 35 people.\n\n"
        "In March, gunmen killed 157 Fulani villagers in Ogossagou.\n\n"
        "Dan Na Ambassagou has denied any role in the Ogossagou killings."
    )
    denied = next(e for e in code(text) if e.status.value == "negated")
    assert _ids(denied.recipients) == {"MLI-CVL"}


# -- back-references -------------------------------------------------------------------------


def test_sheltering_him_is_aid_to_the_man_told_before(code) -> None:
    text = (
        "Traoré's camp accused France of sheltering Paul-Henri Sandaogo Damiba at a French "
        "military base. Paris denied that it had sheltered him."
    )
    aid = next(e for e in code(text) if e.type == "AID" and e.status.value == "negated")
    assert _ids(aid.recipients) == {"paul-henri-sandaogo-damiba"}


def test_a_surname_refers_to_the_person_named_in_full_before(code) -> None:
    text = (
        "Soldiers seized power in Guinea on Sunday and detained President Alpha Condé.\n\n"
        "Soldiers led by Colonel Mamady Doumbouya detained Condé at the presidential palace."
    )
    arrests = [e for e in code(text) if e.type == "COERCE" and e.recipients]
    assert arrests and all(_ids(e.recipients) == {"alpha-conde"} for e in arrests)


def test_overthrew_is_a_coup_whose_date_stays_the_main_events(code) -> None:
    text = (
        "ECOWAS suspended Guinea from its decision-making bodies on Wednesday, three days "
        "after soldiers overthrew President Alpha Condé.\n\n"
        "Leaders of the bloc demanded the immediate and unconditional release of Condé."
    )
    events = code(text)
    coup = only(events, "COERCE")
    assert "alpha" in " ".join(a.name.lower() for a in coup.recipients)
    assert coup.date_start == date(2021, 9, 5)
    request = only(events, "REQUEST")
    assert _ids(request.recipients) == {"GIN-MIL"}  # whoever holds him
    assert request.date_start == date(2021, 9, 8)


def test_a_call_to_free_abducted_women_goes_to_their_abductors(code) -> None:
    text = (
        "About 50 women were abducted by jihadists near Arbinda on 12 January.\n\n"
        "The UN human rights chief, Volker Türk, had called earlier this week for the "
        "immediate and unconditional release of the women."
    )
    request = only(code(text), "REQUEST")
    assert request.recipients and all(a.sector == "INS" for a in request.recipients)


# -- protests --------------------------------------------------------------------------------


def test_protesters_blocking_a_french_army_convoy_protest_against_france(code) -> None:
    text = "Protesters in the town of Kaya blocked a French army supply convoy for several days."
    protest = only(code(text), "PROTEST")
    assert "FRA" in countries_of(protest.recipients)


def test_a_protest_naming_no_target_is_against_its_countrys_government(code) -> None:
    text = (
        "His push for a third term as president of Guinea sparked months of street protests "
        "from October 2019."
    )
    protest = only(code(text), "PROTEST")
    assert _ids(protest.recipients) == {"GIN-GOV"}


def test_a_rally_against_sanctions_is_aimed_at_who_imposed_them(code) -> None:
    text = (
        "ECOWAS imposed tough economic sanctions on Mali on 9 January.\n\n"
        "Tens of thousands of people demonstrated in Bamako on 14 January against the "
        "regional sanctions."
    )
    protest = only(code(text), "PROTEST")
    assert _ids(protest.recipients) == {"ecowas"}


def test_a_states_boycott_gets_no_government_for_a_target(code) -> None:
    for event in code("Mali boycotted the hearings in Bamako on Monday."):
        if event.type == "PROTEST":
            assert "MLI-GOV" not in _ids(event.recipients)


# -- French ----------------------------------------------------------------------------------


def test_french_demand_for_a_danish_contingent_to_leave_is_addressed_to_denmark(pipeline) -> None:
    text = (
        "Fin janvier, la junte malienne avait exigé le départ du contingent danois de la force "
        "Takuba, arrivé quelques jours plus tôt."
    )
    article = Article(id=article_id(text), body=text, published=date(2022, 2, 18), language="fr")
    request = only(pipeline.analyse([article])[0].events, "REQUEST")
    assert "DNK" in countries_of(request.recipients)
