"""Recall forms, third round: hitting an explosive device, agreeing to impose a sanction."""

from __future__ import annotations

from datetime import date

from .conftest import code_text, only

PUBLISHED = date(2022, 5, 12)


def test_a_unit_that_strikes_an_explosive_device_is_the_target_of_an_attack(pipeline):
    text = (
        "Togolese reinforcements struck an improvised explosive device near Dapaong on "
        "Wednesday, the army said."
    )
    attack = only(code_text(pipeline, text, PUBLISHED), "ASSAULT")
    assert attack.mode == "explosives"
    assert not attack.actors  # who laid the device is not said
    assert attack.recipients and attack.recipients[0].country == "TGO"


def test_hitting_a_landmine_is_coded_but_a_gold_mine_is_not_an_attack(pipeline):
    hit = code_text(pipeline, "A Malian army truck hit a landmine near Boni on Tuesday.", PUBLISHED)
    assert only(hit, "ASSAULT").mode == "explosives"
    visit = code_text(
        pipeline, "The minister visited a gold mine near Kayes on Tuesday.", PUBLISHED
    )
    assert not [e for e in visit if e.type == "ASSAULT"]


def test_agreeing_to_close_borders_is_the_sanction_not_an_extra_agreement(pipeline):
    text = (
        "At a summit in Accra on Sunday, ECOWAS agreed to close its members' borders with "
        "Mali and freeze Malian state assets."
    )
    events = code_text(pipeline, text, PUBLISHED)
    assert not [e for e in events if e.type == "AGREE"], [e.type for e in events]
    sanction = [e for e in events if e.type == "SANCTION"]
    assert sanction and sanction[0].actors[0].id == "ecowas"
    assert sanction[0].status == "occurred"


def test_agreeing_with_a_partner_to_cooperate_stays_an_agreement(pipeline):
    text = "Mali and Russia agreed on Sunday to strengthen their military cooperation."
    events = code_text(pipeline, text, PUBLISHED)
    assert [e for e in events if e.type == "AGREE"], [e.type for e in events]
    assert not [e for e in events if e.type == "SANCTION"]
