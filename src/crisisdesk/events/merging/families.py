"""The rule data of merging, and the families of types that code one act.

The lists the rules use are data (``data/plover/merging.yaml``): kin types, manner and own-act
modes, the sectors a state acts through, armed sectors, perpetrator nouns. Act families say
which types code one act two ways ("seized power" ASSAULT / "the coup" COERCE): :func:`one_act`
and :func:`family_types` (also used to cluster a story's events). The constants here are the
ones several merging modules share.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from crisisdesk.events.grammar import word_set
from crisisdesk.model import PlacePrecision, Status
from crisisdesk.paths import data_file


@cache
def _rules() -> dict[str, Any]:
    return yaml.safe_load(data_file("plover", "merging.yaml").read_text(encoding="utf-8"))


# Types that one sentence may state together of the same act ("signed a pact, creating an
# alliance"): coded once.
KIN_TYPES = frozenset(_rules()["kin_types"])
NAMING_VERBS = frozenset(_rules()["naming_verbs"])
# the act a trigger in the doers' phrase names, and the acts of the verb it is then one with
DOER_PHRASE_ACTS = {
    type_: frozenset(types) for type_, types in _rules()["doer_phrase_acts"].items()
}
MANNER_MODES = {type_: frozenset(modes) for type_, modes in _rules()["manner_modes"].items()}
PACKAGE_TYPES = frozenset(_rules()["package_types"])
PACKAGE_NOUNS = frozenset(_rules()["package_nouns"])
STATE_SECTORS = frozenset(_rules()["state_sectors"])
ARMED_SECTORS = frozenset(_rules()["armed_sectors"])
FIGHTING_SECTORS = frozenset(_rules()["fighting_sectors"])
PERPETRATOR_NOUNS = frozenset(_rules()["perpetrator_nouns"])
OWN_ACT_MODES = {type_: frozenset(modes) for type_, modes in _rules()["own_act_modes"].items()}
# "held since Wednesday, when his guard detained him": modes whose start and holding are one act
HOLDING_MODES = {type_: frozenset(modes) for type_, modes in _rules()["holding_modes"].items()}
HOLDING_START_PREPS = frozenset(_rules()["holding_start_prepositions"])
DEATH_REPORTS = frozenset(_rules()["death_reports"])
# types whose coordinated verbs of two modes are two acts ("recalled ... and closed ...")
COORDINATED_ACT_TYPES = frozenset(_rules()["coordinated_act_types"])
# acts folded into an attack their sentence tells ("raided the town, killing three")
ATTACK_TYPE: str = _rules()["attack_type"]
ATTACK_PARTS = {type_: frozenset(modes) for type_, modes in _rules()["attack_parts"].items()}
ATTACK_CAPTURES = {type_: frozenset(modes) for type_, modes in _rules()["attack_captures"].items()}
ATTACK_RESULTS = {type_: frozenset(modes) for type_, modes in _rules()["attack_results"].items()}
SEQUENCE_VERBS = frozenset(_rules()["sequence_verbs"])
DEADLINE_PREPS = frozenset(_rules()["deadline_prepositions"])
TELLING_VERBS = frozenset(_rules()["telling_verbs"])
# the words a killing in the fight is told with: the attackers' losses, no act of their own
FIGHT_LOSS_WORDS = frozenset(_rules()["fight_loss_words"])
ADDED_COUNT_ADVERBS = frozenset(_rules()["added_count_adverbs"])
# the fight itself ("in fighting", "in the clash"): a killing told in it is a loss in the fight
FIGHT_NOUNS = frozenset(_rules()["fight_nouns"])
# a fight told by an attack's own targets ("the gendarmes fought for hours")
TARGET_FIGHT_WORDS = frozenset(_rules()["target_fight_words"])
# verbs of telling or mourning: a day of their clause is not the day of the act they tell
REPORT_DAY_VERBS = frozenset(_rules()["report_day_verbs"])
REPORT_LAG_DAYS: int = _rules()["report_lag_days"]
RELATIVE_LAG_DAYS: int = _rules()["relative_lag_days"]
# the parts of one coup told one by one ("overthrew Condé" / "detained Condé on Sunday")
COUP_TYPE: str = _rules()["coup_parts"]["type"]
COUP_PART_MODES = frozenset(_rules()["coup_parts"]["modes"])
DETENTION_MODE: str = _rules()["coup_parts"]["detention_mode"]
COUP_WHOLE_MODES = frozenset(_rules()["coup_parts"]["whole_modes"])
COUP_DOER_SECTORS = frozenset(_rules()["coup_parts"]["doer_sectors"])
JUNTA_SECTORS = frozenset(_rules()["coup_parts"]["junta_sectors"])
JUNTA_WORDS = frozenset(_rules()["coup_parts"]["junta_words"])
TAKEOVER_ENTRIES = frozenset(_rules()["coup_parts"]["takeover_entries"])
DISSOLUTION_ENTRIES = frozenset(_rules()["coup_parts"]["dissolution_entries"])
OWN_DOER_MODES = frozenset(_rules()["own_doer_modes"])
PERSONAL_TARGET_TYPES = frozenset(_rules()["personal_target_types"])
# acts done at a scene whose parts a detail sentence tells (merging.document._detail_of)
DETAIL_TYPES = frozenset(_rules()["detail_types"])
# a toll this large told twice for one type marks one act (merging.document._same_toll)
SAME_TOLL_MIN: int = _rules()["same_toll_min"]
# Places that name one scene: two of them with different names are two scenes.
SCENES = {PlacePrecision.TOWN, PlacePrecision.ADMIN2}
DEFINITE_DETERMINERS = word_set("definite_determiners")


def _family_members(spec: str) -> tuple[str, str | None]:
    """'RETREAT withdraw' -> (RETREAT, withdraw); 'COERCE' -> (COERCE, None): no mode."""
    type_, _, mode = spec.partition(" ")
    return type_, mode or None


# Types that code one act two ways ("seized power" ASSAULT / "the coup" COERCE): each family is
# a set of (type, mode) pairs, mode None for "no mode" and "*" for any mode.
ACT_FAMILIES = [
    frozenset(_family_members(spec) for spec in members)
    for members in _rules()["act_families"].values()
]
# Statuses one act can be told in twice: "were withdrawing with immediate effect" / "their
# departure"
AKIN_STATUSES = {Status.OCCURRED, Status.ONGOING}


def one_act(type_: str, mode: str | None, other_type: str, other_mode: str | None) -> bool:
    """Can two triggers code one act? Same type, or types of one family with fitting modes
    ('seized power' ASSAULT and 'the coup' COERCE; 'the withdrawal' RETREAT and 'ended the
    mission' SANCTION, both withdraw)."""
    if type_ == other_type:
        return True
    return any(
        _in_family(family, type_, mode) and _in_family(family, other_type, other_mode)
        for family in ACT_FAMILIES
    )


def family_types(type_: str, mode: str | None) -> frozenset[str]:
    """The types an act of this type and mode may also be coded as (its families' types, and
    itself): a deployment coded AID may be another report's MOBILIZE."""
    found = {type_}
    for family in ACT_FAMILIES:
        if _in_family(family, type_, mode):
            found |= {member for member, _ in family}
    return frozenset(found)


def _in_family(family: frozenset[tuple[str, str | None]], type_: str, mode: str | None) -> bool:
    return (type_, mode) in family or (type_, "*") in family


# a link that keeps an event apart from those told before it (:func:`.antecedents.antecedent_links`
# gives it, :func:`.document.merge_repeated` reads it)
NEW_ACT = -1


def _modes_agree(type_: str, later: str | None, first: str | None) -> bool:
    """A later mention may leave the mode out or add how it was done ("setting homes on
    fire"); another mode names another act ("abducted 50 women" after an attack)."""
    if later is None or later == first:
        return True
    manner = MANNER_MODES.get(type_, frozenset())
    return later in manner and (first is None or first in manner)
