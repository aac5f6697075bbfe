"""One event per real event in a document: merging triggers and restatements.

Within a sentence, triggers of one type (or kin types) are one event; across a document, a
restatement of an event joins the first mention and adds what it tells that the first did not.
A restatement is recognised four ways: a definite event noun that points back ("the capture
follows ...", "JNIM claimed responsibility for the attack"), the perpetrators named with "the"
("the attackers surrounded the village"), a mention of the same type, day, place and status
whose parties fit ("the army said it had taken Kidal"), or an undated mention of the same type
and parties ("the departure of MINUSMA left a void"). The lists the rules use
are data: ``data/plover/merging.yaml``.

The modules, lowest first: ``families`` (the rule data and the act families), ``parties``
(parties and scenes that fit), ``sequence`` (acts told in order), ``antecedents`` (definite
nouns that point back), ``sentence`` (within a sentence, and tolls), ``document`` (across the
document).
"""

from crisisdesk.events.merging.antecedents import (
    antecedent_links,
    antecedent_of,
    comparison_noun,
    relative_days,
    report_days,
)
from crisisdesk.events.merging.document import merge_repeated
from crisisdesk.events.merging.families import family_types, one_act
from crisisdesk.events.merging.parties import named_already, parties_restate
from crisisdesk.events.merging.sentence import carry_tolls, merge_in_sentence

__all__ = [
    "antecedent_links",
    "antecedent_of",
    "carry_tolls",
    "comparison_noun",
    "family_types",
    "merge_in_sentence",
    "merge_repeated",
    "named_already",
    "one_act",
    "parties_restate",
    "relative_days",
    "report_days",
]
