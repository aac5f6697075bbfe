"""Which date expression belongs to which event: attachment in the parse, report dates, and
dates counted from another clause ("a day after ...").

The rule of thumb (docs/dates.md, "Which event a date belongs to"): a date belongs to the
nearest clause that governs it in the parse. An event whose own clause has none may take the
date of the clause its clause shares a time with: the report that states it ("said on Sunday
that ..."), the clause a participle or a when-clause hangs from ("surrounded the village on
Saturday, shooting residents"), the date a when-clause describes ("since July 2022, when
jihadists attacked Kati").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from crisisdesk.dates.resolve import DateValue, Tense, add_months, resolve_date
from crisisdesk.events.arguments import misparsed_clause, verb_at_or_above
from crisisdesk.events.grammar import current_language, word_map, word_set
from crisisdesk.events.lexicon import StatusMarkers, load_quantities
from crisisdesk.model import DatePrecision

SIMULTANEITY_MARKS = word_set("simultaneity_marks")
MEANS_PREPS = word_set("means_prepositions")
CONTAINING_PREPS = word_set("containing_prepositions")
PLACE_RELATIVES = word_set("place_relatives")
CAUSATIVE_VERBS = word_set("causative_verbs")
SEQUENCE_PREPS = word_set("sequence_prepositions")
INCEPTION_VERBS = word_set("inception_verbs")
OUTCOME_VERBS = word_set("outcome_verbs")
TALLY_NOUNS = word_set("tally_nouns")
# How a noun (or a gerund: "Fighting ... resumed in August") is an argument of its verb.
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"}
VERBAL = {"VERB", "AUX"}
# How a date names a noun rather than an event's time: "the 2015 agreement", "Sunday's vote".
NOUN_MODIFIER_DEPS = {"nummod", "compound", "amod", "poss"}


def relative_clause(token: Token) -> tuple[Token, int, str] | None:
    """The 'N days after/before' clause holding a trigger, and the signed distance, in days
    or in months (unit "day" or "month"; positive: the event is that long before the main
    clause's date)."""
    current = token
    for _ in range(4):
        markers = [c for c in current.children if c.dep_ in {"mark", "prep"}]
        marks = {c.lower_ for c in markers}
        # "a day after X": the distance hangs from the clause or from its "after"
        near = [*current.children, *(g for m in markers for g in m.children)]
        distance = next((c for c in near if c.dep_ == "npadvmod"), None)
        if distance is None and current.dep_ == "advcl" and markers:
            # "It comes a month after leaders decided": the parser may hang the distance from
            # the main verb, right before the clause's "after"
            distance = next(
                (
                    c
                    for c in current.head.children
                    if c.dep_ == "npadvmod" and c.right_edge.i + 1 == markers[0].i
                ),
                None,
            )
        # "..., a day after troops demanded": the parser may make the clause a conjunct;
        # its "after" still makes it subordinate
        subordinate = (
            current.dep_ == "advcl"
            or (current.dep_ == "conj" and any(m.dep_ == "mark" for m in markers))
            or main_of_misparsed_root(current) is not None
        )
        counted = any(m in DISTANCE_AFTER or m in DISTANCE_BEFORE for m in marks)
        if subordinate and counted and distance is not None:
            return _distance(current, distance, _counts_after(markers, distance))
        gerund = _counted_gerund(current)
        if gerund is not None:
            return gerund
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _counts_after(markers: list[Token], distance: Token) -> bool:
    """Whether the distance counts after: from the "after" or "before" that follows it ("five
    days before the army removed Bashir after 30 years in power": "before" counts, not the
    "after" of a duration inside the clause)."""
    counted = [m for m in markers if m.lower_ in DISTANCE_AFTER or m.lower_ in DISTANCE_BEFORE]
    following = [m for m in counted if m.i > distance.i] or counted
    return min(following, key=lambda m: m.i).lower_ in DISTANCE_AFTER


def _counted_gerund(verb: Token) -> tuple[Token, int, str] | None:
    """ "pulled out of Aguelhok on Monday, two days after leaving Tessalit": a gerund under a
    counted "after" or "before" is a clause of its own, counted from the verb the preposition
    hangs from (returned in the clause's place, so that its head is that verb)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    after = prep.lower_ in DISTANCE_AFTER
    if not after and prep.lower_ not in DISTANCE_BEFORE:
        return None
    distance = next((c for c in prep.children if c.dep_ == "npadvmod" and c.i < prep.i), None)
    return _distance(prep, distance, after) if distance is not None else None


def counted_from(trigger: Token) -> tuple[Token, int, str] | None:
    """The act an event is counted from, and the signed distance as :func:`relative_clause`
    gives it (positive: the act is that long before the event): "It suspended Mali the day
    after soldiers toppled Keïta on 18 August 2020" (a clause: "toppled"), "Five days after
    the coup, ECOWAS suspended Mali", "The day after the massacre, the government dissolved
    ..." (a noun: "coup", "massacre")."""
    verb = trigger if trigger.pos_ in VERBAL else verb_of_noun(trigger)
    if verb is None:
        return None
    counted = DISTANCE_AFTER | DISTANCE_BEFORE
    for child in verb.children:
        if child.dep_ == "advcl":
            mark = next(
                (c for c in child.children if c.dep_ == "mark" and c.lower_ in counted), None
            )
            # the distance comes before its "after" ("the day after"): a date inside the
            # clause ("after rebels overran the camp last month") is no distance
            distance = next(
                (c for c in child.children if c.dep_ == "npadvmod" and c.i < child.i), None
            )
            if mark is not None and distance is not None and distance.i < mark.i:
                return _distance(child, distance, mark.lower_ in DISTANCE_AFTER)
        if child.dep_ == "npadvmod":
            # "suspended Mali the day after soldiers toppled ...", the clause under the distance
            for clause in child.children:
                mark = next(
                    (c for c in clause.children if c.dep_ == "mark" and c.lower_ in counted), None
                )
                if clause.dep_ == "advcl" and mark is not None and child.i < mark.i:
                    return _distance(clause, child, mark.lower_ in DISTANCE_AFTER)
        # "Five days after the coup" (the distance under "after") or "The day after the
        # massacre" (the preposition under the distance)
        pairs = []
        if child.dep_ == "prep" and child.lower_ in counted:
            pairs = [(child, c) for c in child.children if c.dep_ == "npadvmod"]
        elif child.dep_ == "npadvmod":
            pairs = [(p, child) for p in child.children if p.dep_ == "prep" and p.lower_ in counted]
        for prep, distance in pairs:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN" and distance.i < prep.i:
                return _distance(noun, distance, prep.lower_ in DISTANCE_AFTER)
    return None


def shift_date(value: DateValue, distance: int, unit: str) -> DateValue:
    """``value`` moved ``distance`` days or months back, at day or month precision."""
    if unit == "day":
        day = value.start - timedelta(days=distance)
        return DateValue(day, day, DatePrecision.DAY)
    return DateValue.of(add_months(value.start, -distance), DatePrecision.MONTH)


def main_of_misparsed_root(clause: Token) -> Token | None:
    """'Chad's air force struck ... on Wednesday, the army said, two days after suicide attacks
    killed 23 people': a parenthetical 'the army said' can lead the parser to make the
    'after' clause the root and the main clause its complement. A root opened by 'after' or
    'before' is subordinate all the same; its main clause is the complement before it."""
    if clause.head.i != clause.i or not any(
        c.dep_ == "mark" and (c.lower_ in DISTANCE_AFTER or c.lower_ in DISTANCE_BEFORE)
        for c in clause.children
    ):
        return None
    return next((c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i), None)


def _distance(clause: Token, distance: Token, after: bool) -> tuple[Token, int, str] | None:
    """The signed distance a noun such as "two months" counts, in days or months."""
    word = distance.lemma_.lower()
    days, months = DISTANCE_UNITS.get(word), DISTANCE_MONTHS.get(word)
    if days is None and months is None:
        return None
    count = next((c for c in distance.children if c.dep_ == "nummod"), None)
    if count is None and distance.tag_ in {"NNS", "NNPS"}:
        if days == 1:
            # "days after Paris suspended its aid": a few days away, no day to count back,
            # but the main clause's month, not its day
            return clause, 0, "month"
        return None  # "weeks before": an unknown count, no day to count back
    quantities = load_quantities(current_language())
    number = quantities.value_of([count.text]) if count is not None else 1
    if number is None:
        return None
    sign = 1 if after else -1
    if days is not None:
        return clause, sign * number * days, "day"
    return clause, sign * number * months, "month"


DISTANCE_AFTER = word_set("distance_after_marks")
DISTANCE_BEFORE = word_set("distance_before_marks")
DISTANCE_MONTHS = word_map("distance_units_in_months")
DISTANCE_UNITS = word_map("distance_units_in_days")


def reporting_head(token: Token, markers: StatusMarkers) -> Token | None:
    """The reporting verb ('said', 'announced') whose clausal complement holds the trigger."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        if current.dep_ == "ccomp" and current.head.lemma_.lower() in markers.reporting_verbs:
            return current.head
        if current.dep_ == "ccomp" and current.head.pos_ not in VERBAL:
            # "a annoncé dimanche soir que la France allait ...": the parser may hang the
            # "that" clause from the date noun in front of it; the verb above is the report
            return _verb_above(current.head, markers.reporting_verbs)
        current = current.head
    return None


def _verb_above(noun: Token, verbs: frozenset[str] | set[str]) -> Token | None:
    """The verb (one of ``verbs``) a noun hangs from, at most two steps up."""
    current = noun
    for _ in range(2):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in VERBAL:
            return current if current.lemma_.lower() in verbs else None
    return None


def own_anchors(trigger: Token) -> set[int]:
    """Tokens whose dates are the event's own: the trigger; the verb an 'xcomp' trigger hangs
    from ("had soldiers detain ... on 24 May"); the verb a noun trigger is an argument of or in
    whose prepositional phrase it stands ("carried out an attack on Sunday", "killed in an
    attack on Friday"). A noun after "after", "since", "over"... or inside another noun's
    phrase ("in response to the coup") is another event, not at that verb's time."""
    anchors = {trigger.i}
    if misparsed_clause(trigger):
        anchors.add(trigger.head.i)  # "since the military seized power in August 2020"
    if trigger.dep_ == "xcomp" or (
        trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in CAUSATIVE_VERBS
    ):
        anchors.add(trigger.head.i)
    nominal = trigger.pos_ not in VERBAL or (
        trigger.tag_ == "VBG" and trigger.dep_ in ARGUMENT_DEPS
    )
    if nominal and trigger.head.lemma_.lower() in TALLY_NOUNS:
        return {trigger.i, trigger.head.i}  # "revised the death toll on Wednesday"
    if nominal:
        verb = verb_of_noun(trigger)
        if verb is not None:
            anchors.add(verb.i)
            if (
                verb.dep_ == "xcomp"
                and trigger.head.i == verb.i
                and trigger.dep_ in {"dobj", "obj"}
            ):
                # "in October, young Nigerians used it to organise the demonstrations": the
                # verb that makes the noun's infinitive happen dates it, as for a verb trigger
                anchors.add(verb.head.i)
    # "since 15 August, when 17 soldiers were killed": a when-clause on a date happened then
    for verb in [trigger.i, *anchors]:
        clause = trigger.doc[verb]
        if (
            clause.dep_ == "relcl"
            and clause.head.ent_type_ == "DATE"
            and any(c.lower_ in SIMULTANEITY_WORDS for c in clause.children if c.dep_ == "advmod")
        ):
            anchors.add(clause.head.i)
            break
    # "had asked for a 30-year sentence when they summed up their case in February": a
    # when-clause on the event's verb says when it happened
    for verb in [trigger.i, *anchors]:
        anchors |= {
            c.i
            for c in trigger.doc[verb].children
            if c.dep_ == "advcl" and any(m.lower_ in SIMULTANEITY_WORDS for m in c.children)
        }
        # "ECOWAS leaders, meeting in Abuja on 30 July, closed the borders": a present
        # participle describing the subject is at the verb's time
        anchors |= {
            c.i
            for subject in trigger.doc[verb].children
            if subject.dep_ in {"nsubj", "nsubjpass"}
            for c in subject.children
            if c.dep_ == "acl" and c.tag_ == "VBG"
        }
    return anchors


def misparsed_clause_date(trigger: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'after the military seized power in August 2020', parsed as "the [military seized]
    power" with the date hung from the main verb: the date right after the object is the
    clause's own."""
    if not misparsed_clause(trigger):
        return None
    words = list(trigger.head.subtree)
    end = words[-1].idx + len(words[-1])
    following = trigger.doc[words[-1].i + 1] if words[-1].i + 1 < len(trigger.doc) else None
    if following is None or following.dep_ != "prep" or following.head.i == trigger.head.i:
        return None
    return next((s for s in spans if s[0] == following.idx and s[0] - end <= 1), None)


def subject_clause_of(doc: Doc, span: tuple[int, int]) -> Token | None:
    """The relative clause on a subject that a date right after it belongs to: in "The
    soldiers who staged the coup in July expelled the ambassador on Friday", "in July" is the
    coup's, though the parser hangs it from "expelled" (a time between a subject and its verb
    is rare). None for any other date."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or words.start == 0:
        return None
    before = doc[words.start - 1]
    clause = next((t for t in (before, *before.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != before.i:
        return None
    if clause.head.dep_ not in {"nsubj", "nsubjpass"} or span[1] > clause.head.head.idx:
        return None
    return clause


def subject_clause_date(trigger: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The date right after the subject's relative clause the trigger is told in (see
    :func:`subject_clause_of`)."""
    clause = trigger if trigger.pos_ in VERBAL else verb_of_noun(trigger)
    if clause is None or clause.dep_ != "relcl":
        # "The attack that killed 20 soldiers on Sunday shocked ...": the clause tells the act
        clause = next((c for c in trigger.children if c.dep_ == "relcl"), None)
    if clause is None:
        return None
    return next((s for s in spans if subject_clause_of(trigger.doc, s) == clause), None)


def said_before_the_clause(trigger: Token, span: tuple[int, int]) -> bool:
    """'The army said on Monday it had killed 300 rebels ... over the weekend': a date right
    after the verb that reports the trigger's clause, before that clause's subject, dates the
    saying, wherever the parser hangs it."""
    clause = trigger if trigger.pos_ in VERBAL else verb_of_noun(trigger)
    while clause is not None and clause.dep_ == "conj" and clause.head.pos_ in VERBAL:
        clause = clause.head  # "had killed ... and lost five soldiers": the first verb's clause
    if clause is None or clause.dep_ != "ccomp" or clause.head.pos_ not in VERBAL:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    words = trigger.doc.char_span(span[0], span[1], alignment_mode="expand")
    if subject is None or words is None:
        return False
    return words.start == clause.head.i + 1 and words.end <= subject.left_edge.i


def not_of_subject_clauses(trigger: Token, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without the dates of relative clauses on a subject that the trigger is neither
    told in nor described by: the main verb's act is not dated by the clause that says who did
    it."""
    kept = []
    for span in spans:
        clause = subject_clause_of(trigger.doc, span)
        if clause is None or trigger.i in {clause.i, clause.head.i} or clause in trigger.ancestors:
            kept.append(span)
    return kept


def drop_restated_distances(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """'Six days earlier, on 15 March, gunmen killed ...': a distance counted back ('N days
    earlier') counts from the story's last event, not from publication; where the sentence
    also writes the calendar date, the written date is the date. A distance from publication
    yields only to the date written right after it ("A month ago, on 1 June")."""

    def last_word(span: tuple[int, int]) -> str:
        words = text[span[0] : span[1]].split()
        return words[-1].lower().strip(",.") if words else ""

    def counted(span: tuple[int, int]) -> bool:
        return last_word(span) in NARRATIVE_DISTANCE_WORDS or last_word(span) in APPOSED_DISTANCE

    written = [s for s in spans if not counted(s) and any(c.isdigit() for c in text[s[0] : s[1]])]

    def restated(span: tuple[int, int]) -> bool:
        if last_word(span) in NARRATIVE_DISTANCE_WORDS:
            return bool(written)
        # "A month ago, on 1 June": only the date written right after it restates it
        return last_word(span) in APPOSED_DISTANCE and any(
            0 <= s[0] - span[1] <= 2 and text[span[1] : s[0]].strip() in {"", ","} for s in written
        )

    return [s for s in spans if not restated(s)]


COMPARISON_PREPS = word_set("comparison_prepositions")
SUPERLATIVE_ADVERBS = word_set("superlative_adverbs")
SUPERLATIVE_WORDS = word_set("superlative_words")


def _superlative(token: Token) -> bool:
    """ "deadliest", "la plus meurtrière", "the first": a word ranking its noun."""
    return (
        token.tag_ in {"JJS", "RBS"}
        or token.lower_ in SUPERLATIVE_WORDS
        # the French tagger takes "meurtrière" in "la plus meurtrière" for a noun
        or any(c.dep_ == "advmod" and c.lower_ in SUPERLATIVE_ADVERBS for c in token.children)
    )


def comparison_bound(trigger: Token, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` (doc characters) bounds a superlative's comparison ("the
    deadliest attack since 2015", "l'attaque la plus meurtrière depuis le massacre de 2015")
    for an event outside that "since" phrase: it dates neither the act ranked nor the
    sentence's clause."""
    doc = trigger.doc
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not len(words):
        return False
    since = next((t for t in words if t.lower_ in COMPARISON_PREPS), None)
    if since is None:
        since = next((t for t in words.root.ancestors if t.lower_ in COMPARISON_PREPS), None)
    if since is None or since.dep_ == "mark" or trigger in since.subtree:
        return False
    head = since.head
    if head.i == trigger.i:
        # "gathered for a third mass rally since June": the parser may hang the comparison
        # from the verb; the ranked noun phrase then ends right before it
        head = _ranked_before(since)
        return head is not None and head.i != trigger.i
    return _ranked(head) and head.i < since.i


def _ranked(noun: Token) -> bool:
    """A noun ranked by a superlative or an ordinal ("the deadliest attack", "a third rally")."""
    return _superlative(noun) or any(
        _superlative(c) or c.ent_type_ == "ORDINAL"
        for c in noun.children
        if c.dep_ in {"amod", "advmod", "nummod"}
    )


def _ranked_before(since: Token) -> Token | None:
    """The ranked noun whose phrase ends right before ``since``, if any."""
    if since.i == 0:
        return None
    word = since.doc[since.i - 1]
    for noun in (word, *word.ancestors):
        if noun.i == since.head.i or noun.right_edge.i != since.i - 1:
            return None
        if noun.pos_ in {"NOUN", "PROPN"} and _ranked(noun):
            return noun
    return None


# "months of protests", "weeks of fighting": the spell's dates are the event's own
SPELL_NOUNS = word_set("spell_nouns")
# "when they summed up their case in February": a clause of the same time
SIMULTANEITY_WORDS = word_set("simultaneity_words")
# "the crisis of 2012": a date naming a noun, not the clause's time; "the summer of 2012" is one
NAMING_OF_PREPS = word_set("naming_of_prepositions")
PERIOD_NOUNS = word_set("period_nouns")
# "established in April 2013 to support ...": an infinitive of purpose
PURPOSE_MARKS = word_set("purpose_marks")
# "in a speech ... on 25 September": the act's vehicle and its date
UTTERANCE_NOUNS = word_set("utterance_nouns")
UTTERANCE_PREPS = word_set("utterance_prepositions")
# "six days earlier": counted from the story's last event
NARRATIVE_DISTANCE_WORDS = word_set("narrative_distance_words")
# "A month ago, on 1 June": a distance from publication that the date written right after it
# restates
APPOSED_DISTANCE = word_set("apposed_distance_words")


def phrase_anchors(trigger: Token) -> set[int]:
    """Tokens whose dates are the trigger's own before its clause's: the trigger, the event
    noun a verb happens in ("were killed in last Thursday's attack"), and the verb saying when
    an event noun began ("the talks, which began on 6 May")."""
    anchors = {trigger.i}
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SPELL_NOUNS:
        # "months of street protests from October 2019": the spell's own dating phrase
        anchors |= {c.i for c in prep.head.children if c.dep_ == "prep" and c.i > prep.i}
    if trigger.pos_ in VERBAL:
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ in CONTAINING_PREPS:
                anchors |= {c.i for c in prep.children if c.dep_ == "pobj"}
    else:
        # "the talks, which began in Jeddah on 6 May": an event noun dates from its start
        anchors |= {
            c.i
            for c in trigger.children
            if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in INCEPTION_VERBS
        }
        # "the attack that killed 20 soldiers on Sunday": what the act did is at its time
        anchors |= {c.i for c in trigger.children if _tells_outcome(c)}
    return anchors


def _tells_outcome(clause: Token) -> bool:
    """A relative clause whose subject is the act it describes and whose verb tells what the
    act did ("that killed 20 soldiers", "which left 12 dead")."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in OUTCOME_VERBS
        and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in clause.children)
    )


def verb_of_noun(noun: Token) -> Token | None:
    """The nearest verb above a noun trigger, unless the way up passes a preposition that
    puts the noun at another time ("after the attack", "in response to the coup")."""
    current = noun
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "prep" and (
            current.lower_ in SEQUENCE_PREPS or (current.lower_ == "to" and head.pos_ == "NOUN")
        ):
            return None
        if head.pos_ in VERBAL:
            return head
        current = head
    return None


def clause_tense(verb: Token) -> Tense:
    """The tense of the clause a verb heads, from its tag and auxiliaries."""
    tags = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"})}
    if "MD" in tags:
        return Tense.FUTURE
    if tags & {"VBD", "VBN"}:
        return Tense.PAST
    if tags & {"VBZ", "VBP"}:
        return Tense.PRESENT
    return Tense.PAST


def time_sharing_governors(trigger: Token) -> Iterator[Token]:
    """Verbs whose time a trigger's clause shares, nearest first: the clause a participle
    ("..., shooting residents") or a when/while/as clause hangs from, through coordination
    ("arming and training volunteers"), or the clause holding the antecedent of an "in which"
    clause ("the attack carried out this morning ..., in which ten peacekeepers were killed");
    last, a later conjunct of the same subject that ends on the date ("had demanded their
    departure and revoked the defence agreements in August")."""
    current = trigger
    if current.pos_ not in VERBAL:
        current = verb_of_noun(current) or current
    yield from _governors_above(current)
    if current.pos_ in VERBAL and clause_tense(current) == Tense.PAST:
        yield from (
            c
            for c in current.children
            if c.dep_ == "conj" and _shares_time_with_conjunct(c, current)
        )


def _governors_above(current: Token) -> Iterator[Token]:
    """The verbs above a clause whose time it shares (see :func:`time_sharing_governors`)."""
    for _ in range(4):
        head = current.head
        if head.i == current.i:
            return
        if current.dep_ == "conj":
            # "The sanctions, decided at a summit on 9 January, closed the borders": a verb
            # sharing its first conjunct's subject shares its time when it has none of its own
            # (not a plan: "would continue ... and overthrow" is dated by its report; not a
            # relative clause: "prisoners who escaped last Sunday and arrested ..." is a misparse)
            if _shares_time_with_conjunct(current, head):
                yield head
            current = head
            continue
        means = head.head if current.dep_ == "pcomp" and head.lower_ in MEANS_PREPS else None
        if means is not None and means.pos_ in VERBAL:
            yield means  # "responded on Monday by ordering ..."
            current = means
            continue
        container = containing_event_verb(current)
        if container is not None:
            yield container
            current = container
            continue
        if _bare_infinitive(current) and head.pos_ in VERBAL:
            # "set up the VDP in January 2020 to help the army hold territory, arming ...
            # volunteers": a bare infinitive ("help the army hold", "let them go") happens
            # at the time of the verb it completes
            yield head
            current = head
            continue
        if current.dep_ != "advcl" or head.pos_ not in VERBAL:
            return
        marks = {c.lower_ for c in current.children if c.dep_ in {"mark", "advmod"}}
        participle = (
            current.tag_ in {"VBG", "VBN"}
            and not marks
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children)
        )
        if not (participle or marks & SIMULTANEITY_MARKS or _purpose(current)) or (
            head.dep_ in ARGUMENT_DEPS
        ):
            return  # a verb that is an argument is a mis-tagged noun ("reflections ... reveal")
        yield head
        current = head


def _bare_infinitive(clause: Token) -> bool:
    """A verb completing another with no "to" and no tense of its own ("help the army hold")."""
    return (
        clause.dep_ == "ccomp"
        and clause.tag_ == "VB"
        and not any(c.dep_ in {"aux", "mark"} for c in clause.children)
    )


def _purpose(clause: Token) -> bool:
    """ "was established in April 2013 to support the political process": an infinitive of
    purpose is what the act it hangs from was done for, from that act's time."""
    return clause.tag_ == "VB" and any(
        c.dep_ in {"aux", "mark"} and c.lower_ in PURPOSE_MARKS for c in clause.children
    )


def _shares_time_with_conjunct(verb: Token, head: Token) -> bool:
    """Whether a verb conjoined to ``head`` without a subject of its own is told at its time:
    both past, the head not a relative or participial clause (often a misparse)."""
    return (
        head.pos_ in VERBAL
        and head.dep_ not in {"relcl", "acl"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        and clause_tense(head) == Tense.PAST
    )


def containing_event_verb(relative: Token) -> Token | None:
    """For "an attack ..., in which ten peacekeepers were killed" or "the summit in
    Nouakchott, where it agreed ...": the verb of the clause that holds the antecedent, whose
    time the relative clause shares."""
    if not _framed_relative(relative):
        return None
    return verb_at_or_above(relative.head, 3)


def _framed_relative(relative: Token) -> bool:
    """An "in which", "during which" or "where" relative clause: set inside its antecedent."""
    return relative.dep_ == "relcl" and any(
        (
            c.dep_ == "prep"
            and c.lower_ in CONTAINING_PREPS
            and any(g.lower_ == "which" for g in c.children)
        )
        or (c.dep_ == "advmod" and c.lower_ in PLACE_RELATIVES)
        for c in relative.children
    )


def antecedent_date(trigger: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The date of the antecedent of an "in which" or "where" clause holding the trigger: "a
    telephone conversation on 26 March ..., in which the two men agreed", "a case that Sudan
    brought against the UAE in March, in which Khartoum accused ...". What the clause tells
    happened in that conversation or case, at its time: a date in the antecedent's own phrase
    (wherever the parser hangs the clause inside it), or that of a relative clause describing
    the antecedent."""
    current = trigger if trigger.pos_ in VERBAL else verb_of_noun(trigger) or trigger
    for _ in range(3):
        if _framed_relative(current):
            break
        if current.dep_ not in {"conj", "xcomp"} or current.head.i == current.i:
            return None
        current = current.head
    else:
        return None
    doc = trigger.doc
    path: list[Token] = []
    token = current.head
    for _ in range(6):
        if token.pos_ in VERBAL:
            break
        path.append(token)
        if token.head.i == token.i:
            break
        token = token.head
    found = _date_in_phrase(spans, doc, {t.i for t in path})
    if found is not None:
        return found
    # "a case that Sudan brought against the UAE in March, in which ...": the clause that
    # describes the antecedent dates it
    describing = {
        c.i for t in path for c in t.children if c.dep_ in {"relcl", "acl"} and c.i != current.i
    }
    return nearest_attached(doc, spans, describing) if describing else None


def _date_in_phrase(
    spans: list[tuple[int, int]], doc: Doc, path: set[int]
) -> tuple[int, int] | None:
    """The first date hanging, through no verb, from a token of ``path``."""
    for span in spans:
        date = doc.char_span(*span, alignment_mode="expand")
        step = date.root if date is not None else None
        for _ in range(4):
            if step is None or step.pos_ in VERBAL:
                break
            if step.i in path:
                return span  # the date names the antecedent or hangs from its phrase
            step = step.head if step.head.i != step.i else None
    return None


def described_date(trigger: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The date a when-clause describes: "since July 2022, when jihadists attacked Kati", or
    of a noun trigger's verb ("in January 2012, when the MNLA launched a rebellion")."""
    current, doc = trigger, trigger.doc
    if current.pos_ not in VERBAL:
        current = verb_of_noun(current) or current
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ in {"relcl", "advcl"} and any(c.lower_ == "when" for c in current.children):
            # the date is the noun ("in July 2022, when") or names it ("the 2012 rebellion, when")
            return next(
                (s for s in spans if s[0] <= head.idx < s[1] or _names_noun(doc, s, head)), None
            )
        if current.dep_ not in {"conj", "xcomp"}:
            return None
        current = head
    return None


# what closes a date that opens a sentence: "On 24 December 2007, gunmen ...", an incident
# log's "02/01/2021 - Armed men attacked ..."
FRONTED_DATE_SEPARATORS = word_set("fronted_date_separators")


def fronted_date(trigger: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A date that opens the sentence before a comma ("On 24 December 2007, gunmen ...
    killed four tourists"), or before a dash in an incident log, frames every clause of it,
    whatever the parse made of the verbs ("gunmen linked to al-Qaeda" is often parsed as the
    main clause). Not a clause that sets
    itself before or after the framed time ("after jihadists attacked"), nor a relative
    clause, nor a noun after "after", "since" ...: those are other times."""
    sentence = trigger.sent
    text = sentence.text
    opening = sentence.start_char + len(text) - len(text.lstrip())
    span = next((s for s in spans if s[0] == opening), None)
    # the sentence's own text: doc.text would rebuild the whole document's string
    if span is None:
        return None
    after = text[span[1] - sentence.start_char :].lstrip()
    if not after or after[0] not in FRONTED_DATE_SEPARATORS:
        return None
    current = trigger
    if current.pos_ not in VERBAL:
        verb = verb_of_noun(current)
        if verb is None:
            return None
        current = verb
    for _ in range(8):
        marks = {c.lower_ for c in current.children if c.dep_ in {"mark", "prep"}}
        if current.dep_ == "relcl" or (current.dep_ == "advcl" and marks & SEQUENCE_PREPS):
            return None
        if current.dep_ == "pcomp" and current.head.lower_ in SEQUENCE_PREPS:
            return None
        if current.head.i == current.i:
            return span
        current = current.head
    return None


def utterance_date(trigger: Token, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """ "accused France of abandoning Mali in a speech to the UN on 25 September": the parser
    hangs the speech and its date from the gerund ("abandoning"), not from the act; a date
    beside (after) the speech that conveys the act is the act's."""
    if trigger.pos_ not in VERBAL:
        return None
    doc = trigger.doc
    for noun in trigger.subtree:
        prep = noun.head
        if noun.dep_ != "pobj" or noun.lemma_.lower() not in UTTERANCE_NOUNS:
            continue
        if prep.lower_ not in UTTERANCE_PREPS or prep.head.i == trigger.i:
            continue
        for span in spans:
            date_span = doc.char_span(*span, alignment_mode="expand")
            if date_span is None or date_span.root.i < noun.i:
                continue
            # the span may hold its preposition ("on 25 September") or not
            root = date_span.root
            date_prep = root if root.dep_ == "prep" else root.head
            if date_prep.dep_ == "prep" and date_prep.head.i == prep.head.i:
                return span
    return None


def inception_anchors(trigger: Token) -> set[int]:
    """For an ongoing fight: the verbs saying when what it fights began ("are fighting
    insurgencies that began in 2012", "a jihadist insurgency that spread in 2015")."""
    targets = [c for c in trigger.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    if trigger.pos_ not in VERBAL:
        targets.append(trigger)
    # the relative clause may hang from a noun inside the object ("insurgencies by groups
    # linked to al-Qaeda that began in 2012")
    return {
        clause.i
        for target in targets
        for clause in target.subtree
        if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in INCEPTION_VERBS
    }


def nearest_attached(
    doc: Doc, spans: list[tuple[int, int]], anchors: set[int]
) -> tuple[int, int] | None:
    """The date span most closely attached to one of the anchor tokens, if any is."""
    attached = []
    for span in spans:
        distance = attachment_distance(doc.char_span(*span, alignment_mode="expand"), anchors)
        if distance is not None:
            attached.append((distance, span))
    return min(attached)[1] if attached else None


def attachment_distance(span: Span | None, anchors: set[int]) -> int | None:
    """Steps from a date's head up to the trigger (or its governing verb), or None when the
    date hangs from another clause ("Initiated in 2013 ..., Minusma faced ...")."""
    if span is None:
        return None
    token = span.root
    if token.dep_ in NOUN_MODIFIER_DEPS and token.head.i not in anchors:
        return None  # "ending the 2015 agreement": the year names the agreement
    if _names_noun_by_of(token, anchors):
        return None  # "stabilize the country after the crisis of 2012": the crisis's year
    clause = _misattached_adverb(token)
    if clause is not None:
        return 0 if clause.i in anchors else None
    for steps in range(12):
        if token.i in anchors:
            return steps
        if token.head.i == token.i:
            return None
        if steps > 0 and token.pos_ in VERBAL and not _same_clause(token, anchors):
            return None  # crossed into another clause
        token = token.head
    return None


def _misattached_adverb(token: Token) -> Token | None:
    """ "rescued 137 hostages, most of them schoolchildren, who were abducted from their school
    ..., more than two weeks ago": an adverb of time cannot modify a noun; hung by the parser
    from one after a relative clause on it, it belongs to that clause (returned)."""
    noun = token.head
    if token.dep_ not in {"advmod", "npadvmod"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i < token.i]
    return clauses[-1] if clauses else None


def _names_noun_by_of(token: Token, anchors: set[int]) -> bool:
    """Whether a date is an "of" complement naming a noun after "after", "since"... ("help
    stabilize the country after the crisis of 2012"): the time of that other event, not the
    clause's. A part of a period ("after the summer of 2012") is still a time."""
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in NAMING_OF_PREPS:
        return False
    noun = prep.head
    return (
        noun.pos_ in {"NOUN", "PROPN"}
        and noun.i not in anchors
        and noun.lemma_.lower() not in PERIOD_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in SEQUENCE_PREPS
    )


def _names_noun(doc: Doc, span: tuple[int, int], noun: Token) -> bool:
    """Whether a date span modifies ``noun`` ("the 2012 rebellion")."""
    root = doc.char_span(*span, alignment_mode="expand")
    return root is not None and root.root.dep_ in NOUN_MODIFIER_DEPS and root.root.head.i == noun.i


def _same_clause(verb: Token, anchors: set[int]) -> bool:
    """Whether crossing this verb on the way up stays in the anchor's clause: an infinitive
    complement, an auxiliary, or a participle describing the anchor noun itself ("the attack
    carried out this morning")."""
    if verb.dep_ in {"xcomp", "aux"}:
        return True
    if verb.head.i not in anchors or not _participle(verb):
        return False
    # "the attack carried out this morning"; "Meeting in Accra on Sunday, the leaders imposed
    # sanctions" (a subjectless participle opening the clause shares its time)
    opening = (
        verb.i < verb.head.i
        and verb.dep_ in {"advcl", "npadvmod"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )
    return verb.dep_ == "acl" or opening


def _participle(verb: Token) -> bool:
    return verb.tag_ in {"VBN", "VBG"} or "Part" in verb.morph.get("VerbForm")


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def lead_paragraph_dates(
    doc: Doc,
    body: str,
    skip: Callable[[Span], bool],
    spans_of: Callable[[Span], list[tuple[int, int]]],
    published: date | None,
    language: str,
) -> list[tuple[int, DateValue]]:
    """The day and week dates the lead paragraph writes (offset, value), read in the past.

    The lead paragraph is the first with a finite verb that asks no question: a dateline
    ("BAMAKO, Nov 15"), a byline or a question title is not it. ``skip`` tells headings;
    ``spans_of`` finds a sentence's date spans.
    """
    found: list[tuple[int, DateValue]] = []
    lead_end: int | None = None
    for sentence in doc.sents:
        if skip(sentence):
            continue
        if lead_end is None:
            # a question is a title or a heading ("Why has Chad arrested Masra?"), not news
            if sentence.text.rstrip().endswith("?"):
                continue
            if not any(token.tag_ in FINITE_TAGS for token in sentence):
                continue
            end = body.find("\n\n", sentence.start_char)
            lead_end = len(body) if end == -1 else end
        if sentence.start_char >= lead_end:
            break
        for start, end in spans_of(sentence):
            value = resolve_date(body[start:end], published, Tense.PAST, language)
            if value is not None and value.precision in {DatePrecision.DAY, DatePrecision.WEEK}:
                found.append((start, value))
    return found


def narrative_dates(
    doc: Doc,
    body: str,
    skip: Callable[[Span], bool],
    spans_of: Callable[[Span], list[tuple[int, int]]],
    published: date | None,
    language: str,
    coded: set[int],
) -> list[tuple[int, DateValue]]:
    """Days that move a narrative on without an event of their own ("Algiers answered on
    Monday.", "On Friday, their commander declared himself head of a council."): the day of
    a sentence's main verb, in sentences with no coded event (offset, value), read in the
    past. ``coded`` holds the start offsets of sentences that have events."""
    found: list[tuple[int, DateValue]] = []
    for sentence in doc.sents:
        if sentence.start_char in coded or skip(sentence):
            continue
        for start, end in spans_of(sentence):
            span = doc.char_span(start, end, alignment_mode="expand")
            if attachment_distance(span, {sentence.root.i}) is None:
                continue
            value = resolve_date(body[start:end], published, Tense.PAST, language)
            if value is not None and value.precision == DatePrecision.DAY:
                found.append((start, value))
    return found
