"""When an event happened: the date expression of its own clause, resolved against the report.

A sentence's date expressions are found once (our finder's spans first, then spaCy's DATE
entities); each event takes the one attached to its own words, else to the clause that shares
its time (a reporting verb for reported acts, a governing verb, a fronted date), read in the
tense of the clause it belongs to. The rules are in docs/dates.md and docs/coding-rules.md.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from crisisdesk.dates.find import find_date_spans
from crisisdesk.dates.resolve import DateValue, Tense, resolve_date, split_years
from crisisdesk.dates.story import find_story_offsets
from crisisdesk.events.dating import (
    antecedent_date,
    attachment_distance,
    clause_tense,
    comparison_bound,
    counted_from,
    described_date,
    drop_restated_distances,
    fronted_date,
    inception_anchors,
    main_of_misparsed_root,
    misparsed_clause_date,
    nearest_attached,
    not_of_subject_clauses,
    own_anchors,
    phrase_anchors,
    relative_clause,
    reporting_head,
    said_before_the_clause,
    shift_date,
    subject_clause_date,
    time_sharing_governors,
    utterance_date,
    verb_of_noun,
)
from crisisdesk.events.draft import Draft
from crisisdesk.events.grammar import current_language, word_set
from crisisdesk.events.lexicon import StatusMarkers
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.model import Article, DatePrecision, Status

# verbs of statements a document makes in its own voice ("The Secretary-General condemns ...")
PRESENT_STATEMENT_VERBS = word_set("present_statement_verbs")
# "I condemn this attack": a quoted speaker's statement, said when the quotation was
SPEAKER_PRONOUNS = word_set("speaker_pronouns")

# "by the end of the year", "d'ici le 31 décembre": a deadline, not the act's date
DEADLINE_PREPS = word_set("deadline_prepositions")
# "considered as a declaration of war", "considérée comme une déclaration de guerre"
PREDICATIVE_PREPS = word_set("predicative_prepositions")
# A conjunct or an infinitive shares the reported clause of the verb it hangs from.
SHARING_DEPS = {"conj", "xcomp"}


class EventDater:
    """Fills a draft's date from its sentence; one instance serves a whole ingest."""

    def __init__(self, markers: StatusMarkers) -> None:
        self.markers = markers

    def date_spans(self, sentence: Span, article: Article) -> list[tuple[int, int]]:
        """Date expressions in a sentence of ``article`` (doc character offsets).

        Our finder's spans win over spaCy's where they overlap: spaCy glues "In August 15
        soldiers" into one date, the finder knows "15" counts soldiers.
        """
        base = sentence.start_char
        found = find_date_spans(sentence.text, article.language)
        spans = [(base + s, base + e) for s, e in found]
        for start, end in _date_entities(sentence):
            if all(end <= s or start >= e for s, e in spans):
                spans.append((start, end))
        # the article's body, not doc.text: spaCy rebuilds that string from every token per call
        return drop_restated_distances(sorted(spans), article.body)

    def fill_dates(
        self, draft: Draft, spans: list[tuple[int, int]], context: DocumentContext
    ) -> list[Draft]:
        """The draft with its date; one draft per year for 'coups in 2020 and 2021'."""
        # a dateline's date is the report's, not an event's ("LOMÉ, 14 June 2022 (Wire) - ")
        spans = [span for span in spans if not context.in_dateline(span[0])]
        # "the deadliest attack since 2015": a comparison's bound, no date of the act
        spans = [span for span in spans if not comparison_bound(draft.match.token, span)]
        # "..., days after its chief died in a raid on 26 October": a date of the clause's own
        # beats the main clause's date counted back
        shifted = self._date_from_main_clause(draft, spans, context)
        own = self._own_date_span(draft, spans) if shifted is not None and spans else None
        if shifted is not None and not (own is not None and own[1] is None):
            draft.date = shifted
            return [draft]
        if not spans:
            return [draft]
        found = self._own_date_span(draft, spans)
        if found is None:
            draft.date = self._counted_from_clause(draft, spans, context)
            return [draft]
        span, borrowed_tense = found
        start, end = span
        text = context.article.body[start:end]
        language = context.article.language
        if resolve_date(text, context.article.published, Tense.PAST, language) is None:
            # "three months after gunmen killed ... in March": a distance, not a date
            return self.fill_dates(draft, [s for s in spans if s != span], context)
        published = context.article.published
        years = split_years(text, language) if draft.match.token.tag_ in {"NNS", "NNPS"} else []
        if len(years) > 1:
            return [
                self._with_date(
                    draft,
                    DateValue(date(y, 1, 1), date(y, 12, 31), DatePrecision.YEAR),
                    (start, end),
                )
                for y in years
            ]
        tense = borrowed_tense or draft.reading.tense
        if _possessive_date(context.article.body, end):
            # "would respond to the weekend's attacks", "Sunday's attack": a date naming an
            # event by its time names one that has happened, whatever the clause's tense
            tense = Tense.PAST
        if context.estimated_reference:
            tense = Tense.PRESENT
        value = resolve_date(text, published, tense, language)
        if value is not None:
            draft.date = (value, (start, end))
        return [draft]

    def _own_date_span(
        self, draft: Draft, spans: list[tuple[int, int]]
    ) -> tuple[tuple[int, int], Tense | None] | None:
        """The date expression that dates the draft, and the tense to read it in when it
        belongs to another clause than the event's (see docs/dates.md)."""
        doc, token = draft.sentence.doc, draft.match.token
        if draft.reading.status == Status.OCCURRED and _told_as_plan(token):
            # "decided on Tuesday to end the deployment by May 2024", "informed the UN that it
            # would pull out by August 2023": the act coded is the decision, which a deadline
            # of its plan does not date
            spans = [span for span in spans if not _deadline(draft.sentence, span)]
        # "The soldiers who staged the coup in July expelled ...": July is not the expulsion's
        spans = not_of_subject_clauses(token, spans)
        # "The army said on Monday it had killed 300 rebels over the weekend": Monday is the
        # saying's, kept for the act only where the act has no date of its own
        own = [span for span in spans if not said_before_the_clause(token, span)]
        if own != spans and nearest_attached(doc, own, own_anchors(token)) is not None:
            spans = own
        # A date in the trigger's own phrase beats its governing verb's ("revised on Wednesday
        # the toll from Sunday's attack": the attack is Sunday's).
        if _present_statement(token):
            # "The Secretary-General condemns the attack on Saturday": Saturday is the
            # attack's; the statement the document makes is dated by the document
            spans = [span for span in spans if _on_the_verb(doc, span, token)]
        span = nearest_attached(doc, spans, phrase_anchors(token))
        if span is None:
            span = nearest_attached(doc, spans, own_anchors(token))
            if span is not None and _dates_verb_above(doc, span, token):
                # "decided on Tuesday to dissolve the parties": Tuesday is the deciding
                # verb's, read in its tense, not in the plan's
                return span, clause_tense(token.head)
        span = (
            span
            or misparsed_clause_date(token, spans)
            or subject_clause_date(token, spans)
            or utterance_date(token, spans)
        )
        if span is not None:
            return self._report_over_deadline(draft, span, spans) or (span, None)
        span = described_date(token, spans) or antecedent_date(token, spans)
        if span is not None:
            return span, Tense.PAST
        # "announced on Sunday that they were withdrawing": the report dates the event.
        # "said on 31 July that any intervention would be treated as a declaration of war": a
        # predicate noun says what the reported clause is, in the report's time too; a trigger
        # inside its "of" phrase ("war") stands for it
        predicate = _predicate_noun(token)
        reporter = reporting_head(predicate or token, self.markers)
        # "announced on 31 December that a dialogue would be held": the reported clause is
        # about its subject noun (not its object: "would respect the request" restates one)
        subject = token.dep_ in {"nsubj", "nsubjpass"} or predicate is not None
        noun = predicate or token
        clause = token if token.pos_ == "VERB" else verb_of_noun(noun) if subject else None
        # "said ... that it would respect the request and withdraw": a conjunct shares the
        # reported clause of its first verb
        # ("allait rappeler", "would try to withdraw": an infinitive shares its verb's clause)
        while clause is not None and clause.dep_ in SHARING_DEPS and clause.head.pos_ == "VERB":
            clause = clause.head
        reported_act = clause is not None and clause.dep_ == "ccomp" and clause.pos_ == "VERB"
        if reporter is not None and (reported_act or draft.reading.status == Status.ONGOING):
            span = nearest_attached(doc, spans, {reporter.i})
            if span is not None:
                return span, clause_tense(reporter)
        # "abducted two priests in March 2019 and freed them three months later": a distance of
        # the act's own, counted on by the discourse, is its time, not its governor's date
        counted_on = _counted_on_in_clause(token)
        for governor in [] if counted_on else time_sharing_governors(token):
            span = nearest_attached(doc, spans, {governor.i})
            if span is not None:
                return span, clause_tense(governor)
        if draft.reading.status == Status.ONGOING:
            span = nearest_attached(doc, spans, inception_anchors(token))
            if span is not None:
                return span, Tense.PAST
        if draft.reading.status == Status.OCCURRED and not counted_on:
            span = fronted_date(token, spans)  # "On 24 December 2007, gunmen ... killed"
            if span is not None:
                return span, None
        return None

    def _report_over_deadline(
        self, draft: Draft, span: tuple[int, int], spans: list[tuple[int, int]]
    ) -> tuple[tuple[int, int], Tense] | None:
        """ "announced on 24 September that France would withdraw its troops by the end of the
        year": a deadline ("by", "d'ici") bounds the plan rather than dates the act; the
        report's own date dates the announced act, where the report has one."""
        sentence = draft.sentence
        doc = sentence.doc
        if not _deadline(sentence, span):
            return None
        reporter = reporting_head(draft.match.token, self.markers)
        if reporter is None:
            return None
        reported = nearest_attached(doc, [s for s in spans if s != span], {reporter.i})
        return (reported, clause_tense(reporter)) if reported is not None else None

    def _date_from_main_clause(
        self, draft: Draft, spans: list[tuple[int, int]], context: DocumentContext
    ) -> tuple[DateValue, tuple[int, int] | None] | None:
        """'..., a day after gunmen killed 134 villagers': the main clause's date, shifted.

        The clause must open with "after" or "before" and carry its distance ("a day", "two
        days", "a week", "two months"); the main clause must have a date of its own, or that
        of the clause it shares a time with ("threatened on Sunday ..., accusing ..., a week
        after"). A main clause in the present ("It comes two months after ...") is the
        report's news: a distance in months counts from publication, at month precision.
        """
        found = relative_clause(draft.match.token)
        if found is None:
            return None
        clause, distance, unit = found
        main = main_of_misparsed_root(clause) or clause.head
        reporter = reporting_head(main, self.markers)
        published = context.article.published
        language = context.article.language
        span = None
        # the main verb, else the nearest clause above it that has a date ("threatened on
        # Sunday to pull out ..., accusing ..., a week after"), or the report's; a span that
        # names no date ("would hold elections within nine months, a day after ...") is passed
        for verb in [main, *_clauses_above(main), *([reporter] if reporter is not None else [])]:
            found = None if span else nearest_attached(draft.sentence.doc, spans, own_anchors(verb))
            text = context.article.body[found[0] : found[1]] if found is not None else ""
            if found is not None and resolve_date(text, published, Tense.PAST, language):
                span = found
        if span is None:
            present = main.tag_ in {"VBZ", "VBP"} and not context.estimated_reference
            if unit != "month" or not present or published is None:
                return None
            return shift_date(DateValue.of(published, DatePrecision.DAY), distance, unit), None
        text = context.article.body[span[0] : span[1]]
        value = resolve_date(text, published, Tense.PAST, language)
        if value is None or (unit == "day" and value.precision != DatePrecision.DAY):
            return None
        if value.precision not in {DatePrecision.DAY, DatePrecision.MONTH}:
            return None
        return shift_date(value, distance, unit), span

    def _counted_from_clause(
        self, draft: Draft, spans: list[tuple[int, int]], context: DocumentContext
    ) -> tuple[DateValue, tuple[int, int] | None] | None:
        """ "It suspended Mali the day after soldiers toppled Keïta on 18 August 2020": an
        event with no date of its own, counted from a clause that has one, is that clause's
        date moved on (or back, "two days before") by the distance."""
        found = counted_from(draft.match.token)
        if found is None or found[0].pos_ not in {"VERB", "AUX"}:
            return None
        clause, distance, unit = found
        article = context.article

        def value_of(span: tuple[int, int]) -> DateValue | None:
            text = article.body[span[0] : span[1]]
            return resolve_date(text, article.published, Tense.PAST, article.language)

        # the distance ("the day") is a span of the clause too, but names no date
        dates = [span for span in spans if value_of(span) is not None]
        span = nearest_attached(draft.sentence.doc, dates, own_anchors(clause))
        value = value_of(span) if span is not None else None
        if value is None or value.precision not in {DatePrecision.DAY, DatePrecision.MONTH}:
            return None
        if unit == "day" and value.precision != DatePrecision.DAY:
            return None
        return shift_date(value, -distance, unit), span

    @staticmethod
    def _with_date(draft: Draft, value: DateValue, span: tuple[int, int]) -> Draft:
        copy = Draft(**{**draft.__dict__})
        copy.actors, copy.recipients = list(draft.actors), list(draft.recipients)
        copy.date = (value, span)
        return copy


def _counted_on_in_clause(trigger: Token) -> bool:
    """ "In February 2013, a family was abducted ...; they were freed two months later": a
    phrase counting on from the story ("two months later", "the following year") on the act's
    own words sets its time apart from the date that opens the sentence; the discourse counts
    it from the act the story stands at."""
    sentence = trigger.sent
    anchors = own_anchors(trigger)
    for offset in find_story_offsets(sentence.text, current_language()):
        start = sentence.start_char + offset.start
        span = sentence.doc.char_span(start, start + offset.end - offset.start, "expand")
        if offset.start > 0 and attachment_distance(span, anchors) is not None:
            return True
    return False


def _predicate_noun(trigger: Token) -> Token | None:
    """The predicate noun a noun trigger is or stands in the "of" phrase of: "would be
    considered a declaration of war", "treated as a declaration of war" ("war" stands for
    "declaration"); None for any other trigger."""
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ in {"attr", "oprd"}:
        return noun
    prep = noun.head
    as_predicate = prep.lower_ in PREDICATIVE_PREPS and prep.head.pos_ == "VERB"
    return noun if noun.dep_ == "pobj" and as_predicate else None


def _deadline(sentence: Span, span: tuple[int, int]) -> bool:
    """Whether a date span is a deadline ("by the end of the year", "d'ici le 31 décembre")."""
    base = sentence.start_char
    words = sentence.text[span[0] - base : span[1] - base].split()
    return bool(words) and words[0].casefold().replace("’", "'") in DEADLINE_PREPS


def _present_statement(trigger: Token) -> bool:
    """A verbal act in the simple present with a noun object ("condemns the attack")."""
    quoted = any(c.dep_ == "nsubj" and c.lower_ in SPEAKER_PRONOUNS for c in trigger.children)
    return (
        trigger.tag_ in {"VBZ", "VBP"}
        and not quoted  # "I condemn this attack", said when the quote was said
        and trigger.lemma_.lower() in PRESENT_STATEMENT_VERBS
        and any(c.dep_ in {"dobj", "obj"} for c in trigger.children)
    )


def _on_the_verb(doc: Doc, span: tuple[int, int], verb: Token) -> bool:
    """The date hangs from the verb itself, or from a preposition on it, not from its object."""
    root = doc.char_span(*span, alignment_mode="expand")
    if root is None:
        return False
    head = root.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _told_as_plan(trigger: Token) -> bool:
    """Whether a verb trigger is told as a plan: an infinitive or under a modal ("to end",
    "would pull out")."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.tag_ in {"TO", "MD"} for c in trigger.children
    )


def _possessive_date(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is a possessive ("Sunday's attack")."""
    return text[end : end + 2] in {"'s", "’s"}


def _clauses_above(verb: Token) -> list[Token]:
    """The verbs above a clause, nearest first, up to a relative clause (whose antecedent's
    clause is another time)."""
    above: list[Token] = []
    current = verb
    for _ in range(4):
        if current.dep_ == "relcl" or current.head.i == current.i:
            break
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            above.append(current)
    return above


def _date_entities(sentence: Span) -> list[tuple[int, int]]:
    """Character spans of spaCy's DATE entities in a sentence, read from the IOB tags:
    ``Span.ents`` builds every entity of the whole report for each sentence it is asked of."""
    found: list[tuple[int, int]] = []
    for token in sentence:
        if token.ent_iob_ == "B" and token.ent_type_ == "DATE":
            found.append((token.idx, token.idx + len(token)))
        elif token.ent_iob_ == "I" and token.ent_type_ == "DATE" and found:
            found[-1] = (found[-1][0], token.idx + len(token))
    return found


def _dates_verb_above(doc: Doc, span: tuple[int, int], trigger: Token) -> bool:
    """A date on the verb an infinitive trigger hangs from, not on the trigger itself."""
    if trigger.dep_ != "xcomp" or trigger.head.pos_ not in {"VERB", "AUX"}:
        return False
    return attachment_distance(doc.char_span(*span, alignment_mode="expand"), {trigger.i}) is None
