"""What a clause leaves unsaid, the paragraph or the lead says: dates and places by discourse.

News writes the date and the scene once ("Gunmen attacked Solhan on Friday night ...") and
then reports reactions and details without repeating them ("The government condemned the
attack"). An event whose own clause gives no date takes it from, in order: the closest earlier
event of the same paragraph; the closest earlier event of the same type with a date of its own
(a restatement: "Dan Na Ambassagou denied carrying out the attack"); the lead's date. An event
told in the present or present perfect ("the junta has demanded") is news of the report, not
of the past narrative before it: it takes the lead's date, unless its trigger is a definite
noun naming an act told before ("has denied any role in the killings"). Planned and
hypothetical events never inherit a date: they are not anchored to what already happened. An
event without a date of its own place takes the place of the closest earlier event of its
paragraph, or the lead's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Token

from crisisdesk.dates.find import find_date_spans
from crisisdesk.dates.lexicon import fold
from crisisdesk.dates.lexicon import load_lexicon as load_date_lexicon
from crisisdesk.dates.resolve import DateValue, Tense, resolve_date, resolve_in_story
from crisisdesk.dates.story import find_story_offsets, story_date
from crisisdesk.events.dating import (
    attachment_distance,
    counted_from,
    main_of_misparsed_root,
    own_anchors,
    relative_clause,
    shift_date,
    verb_of_noun,
)
from crisisdesk.events.grammar import word_set
from crisisdesk.events.lexicon import load_lexicon
from crisisdesk.events.merging.families import (
    COUP_TYPE,
    COUP_WHOLE_MODES,
    DETENTION_MODE,
    REPORT_DAY_VERBS,
)
from crisisdesk.events.policies import load_policies
from crisisdesk.events.sections import section_date
from crisisdesk.events.venues import place_at_venues
from crisisdesk.model import ActorKind, DatePrecision, Place, PlacePrecision, Status

INHERITING_STATUSES = {Status.OCCURRED, Status.ONGOING, Status.NEGATED}
# Events that happen at a scene; statements and decisions happen where their authors are, so
# they keep the country rather than borrow the town of the attack they react to.
POLICIES = load_policies()
SCENE_TYPES = POLICIES.scene_types


def paragraph_of(offset: int, breaks: Sequence[int]) -> int:
    """Index of the paragraph holding a character offset, given paragraph start offsets."""
    index = 0
    for number, start in enumerate(breaks):
        if start <= offset:
            index = number
    return index


def paragraph_starts(body: str) -> list[int]:
    starts = [0]
    position = body.find("\n\n")
    while position != -1:
        starts.append(position + 2)
        position = body.find("\n\n", position + 2)
    return starts


def inherit(
    drafts: list,
    body: str,
    lead_place: Place | None,
    focus_place: Place | None,
    lead_dates: Sequence[tuple[int, DateValue]] = (),
    named_scenes: Sequence[tuple[int, Place]] = (),
    venues: Sequence = (),
    published: date | None = None,
    language: str = "en",
    section_places: Sequence[tuple[int, Place | None]] = (),
    entries: Sequence[tuple[int, int, DateValue | None]] = (),
    narrative: Sequence[tuple[int, DateValue]] = (),
    points: Sequence[tuple[int, int, DateValue]] = (),
) -> None:
    """Fill missing dates and vague places of drafts (in text order) from their context.

    ``lead_dates`` are the day or week dates the lead paragraph writes, with their offsets, as
    read in the past tense; see :func:`lead_date`. ``named_scenes`` are the (offset, place) of
    towns the text names as where things happen ("In Niamey, thousands rallied ..."): a scene
    event takes the latest of them or of the earlier events' places in its paragraph.
    ``venues`` place decisions taken at a meeting (see :mod:`crisisdesk.events.venues`).
    ``published`` and ``language`` let yearless dates be read in the story's time
    (:func:`read_in_story_time`). ``section_places`` are the (offset, place) of section
    headings (:func:`section_place`). ``entries`` are the dated entries of a live page
    (:mod:`crisisdesk.events.sections`): an entry's undated events happen on its day.
    ``narrative`` are days that move the story on in sentences without an event ("Algiers
    answered on Monday."): the paragraph's events after one stand at that day. ``points`` are
    the numbered points of a communiqué with the day of the meeting that adopted it
    (:mod:`crisisdesk.events.communiques`): what a point states in the present is that day's.
    """
    starts = paragraph_starts(body)
    lead = lead_date(drafts, lead_dates)
    if published is not None:
        read_in_story_time(drafts, body, starts, lead, published, language)
    previous: dict[int, object] = {}
    telling: set[int] = set()  # statements dated by the document's own day
    for position, draft in enumerate(drafts):
        paragraph = paragraph_of(draft.sentence.start_char, starts)
        before = previous.get(paragraph)
        if draft.date is None and draft.reading.status in INHERITING_STATUSES:
            marker = _narrative_day(draft, before, narrative, starts[paragraph])
            source = _counted_on(
                draft, before, drafts[:position], language, marker, published=published
            )
            source = source or _after_event_noun(draft, drafts, position, language)
            entry = section_date(draft.sentence.start_char, entries)
            if entry is not None and not (before is not None and before.date):
                source = source or entry
            if marker is not None and not _news_of_the_report(draft):
                source = source or marker
            point = section_date(draft.sentence.start_char, points)
            headline = paragraph == 0  # a title's present ("Chad bombs ...") is no statement
            if point is None and published is not None and not headline and _said(draft):
                # "Sahel Press Freedom Watch calls on the authorities to ...": a statement in
                # the simple present is made by the document itself, on its day; the story
                # it tells stays at its own time
                point = DateValue.of(published, DatePrecision.DAY)
                telling.add(id(draft))
            source = source or _held_since_coup(draft, drafts)
            source = source or _date_source(draft, before, drafts[:position], lead, point)
            if source is not None:
                if not _counted_already(draft, before, source):
                    source = _counted_back(draft, source, drafts)
                draft.date = (source, None)  # inherited: no span of its own in this sentence
        elif _story_night(draft, body, before, language):
            # "On Monday, soldiers arrested ten suspects. Gunmen attacked the village
            # overnight": the night of the day the paragraph tells, not the one before
            # publication
            draft.date = (before.date[0], draft.date[1])
        section = section_place(draft, section_places)
        local = section if section is not None and not _vague((section, None)) else None
        if section is not None and _unplaced(draft):
            # an item under a heading "Niger" is Niger's, not the report's country's; one under
            # "Tillabéri region" is there, whatever country the report is mostly about
            foreign = draft.place is None or draft.place[0].country != section.country
            if local is None or (foreign and at_a_scene(draft)):
                draft.place = (section, None)
        if _vague(draft.place) and at_a_scene(draft) and not _country_wide(draft):
            scene = _paragraph_scene(draft, before, starts[paragraph], named_scenes)
            scene = scene or ((local, None) if local else None)
            scene = scene or ((lead_place, None) if lead_place else None)
            same_country = scene is not None and (
                draft.place is None or draft.place[0].country == scene[0].country
            )
            if scene is not None and same_country:
                draft.place = (scene[0], None)
            elif draft.place is None and focus_place is not None:
                draft.place = (focus_place, None)
        if (
            not _backdrop(draft, before)
            and not _aside(draft, drafts)
            and not _time_reference(draft, drafts)
            and id(draft) not in telling
        ):
            previous[paragraph] = draft
    if venues:
        place_at_venues(drafts, list(venues), SCENE_TYPES)


SEQUENCE_MARKS = word_set("sequence_marks")
# "across the country", "nationwide": an act of the whole country, at no one scene
COUNTRY_WIDE_PHRASES = word_set("country_wide_phrases")


def _story_night(draft, body: str, before, language: str) -> bool:
    """Whether the draft's own date is a night word ("overnight", dates' ``story_nights``)
    read from publication while its paragraph already tells an earlier day's events: the
    night is that day's."""
    if draft.date is None or draft.date[1] is None or before is None or not before.date:
        return False
    value, (start, end) = draft.date[0], draft.date[1]
    told = before.date[0]
    if told.precision != DatePrecision.DAY or value.precision != DatePrecision.DAY:
        return False
    nights = load_date_lexicon(language).folded("story_nights")
    return fold(body[start:end].strip()) in nights and told.start < value.start


def section_place(draft, sections: Sequence[tuple[int, Place | None]]) -> Place | None:
    """The place of the section a draft is in: its heading's, if it names one. A heading
    naming a country places its items in that country; one naming a division or town is the
    scene of the items that name no place of their own."""
    current = None
    for offset, place in sections:
        if offset > draft.sentence.start_char:
            break
        current = place
    return current


def _unplaced(draft) -> bool:
    """No place of its own words: none, or only the country a fallback gave."""
    return draft.place is None or (
        draft.place[1] is None and draft.place[0].precision == PlacePrecision.COUNTRY
    )


def _backdrop(draft, before) -> bool:
    """'ECOWAS suspended Guinea on Wednesday, three days after soldiers overthrew Condé': an
    act told as the time of its sentence's main event is a backdrop; the story stays at the
    main event, whose date the next sentences inherit."""
    token = draft.match.token
    return (
        before is not None
        and before.sentence.start == draft.sentence.start
        and token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in token.children)
    )


def _aside(draft, drafts: list) -> bool:
    """'FACT, the group behind the offensive during which Déby died in April 2021, refused to
    sign': an act told in a relative clause, in a sentence whose main clause tells an event, is
    an aside; the story does not move to its date. Not one on the subject itself ("Governor
    Zulum, who visited Auno on Monday, criticised ..."), which sets the scene of its act."""
    relative = _relative_clause_of(draft.match.token)
    if relative is None or relative.head.dep_ in {"nsubj", "nsubjpass"}:
        return False
    return any(
        other is not draft
        and other.sentence.start == draft.sentence.start
        and not _in_relative_clause(other.match.token)
        for other in drafts
    )


def _time_reference(draft, drafts: list) -> bool:
    """'The junta, led by Traoré since a coup in September 2022, has ordered a general
    mobilisation': an act named after "since" starts a period that lasts to the time of
    writing, in a sentence that tells another act; the story does not move to its date. After
    "after" it does ("After the coup, ECOWAS had threatened to use force": the coup's year)."""
    token = draft.match.token
    if token.dep_ != "pobj" or token.head.lower_ not in PERIOD_START_MARKS:
        return False
    return any(
        other is not draft
        and other.sentence.start == draft.sentence.start
        and other.match.token.head.lower_ not in PERIOD_START_MARKS
        for other in drafts
    )


def _in_relative_clause(token) -> bool:
    return _relative_clause_of(token) is not None


def _relative_clause_of(token):
    """The nearest relative clause holding a token (the clause's verb), if any."""
    return next((t for t in [token, *token.ancestors] if t.dep_ == "relcl"), None)


def _narrative_day(
    draft, before, narrative: Sequence[tuple[int, DateValue]], paragraph_start: int
) -> DateValue | None:
    """The latest day a sentence without an event set in the draft's paragraph, after the
    paragraph's previous event and before the draft's sentence."""
    since = before.sentence.start_char if before is not None else paragraph_start
    days = [
        value
        for offset, value in narrative
        if since <= offset < draft.sentence.start_char and offset >= paragraph_start
    ]
    return days[-1] if days else None


def _counted_on(
    draft,
    before,
    earlier: list,
    language: str,
    marker: DateValue | None = None,
    published: date | None = None,
) -> DateValue | None:
    """ "The militants brought them back a month later": the date of the event the story
    stands at (the previous one of the paragraph, else the last dated one), moved on. An
    event of the phrase's own sentence that was only just lent a date is no such point ("In
    the evening, protesters who had gathered ... set fire": the gathering's date is a guess)."""
    sentence = draft.sentence
    earlier = [d for d in earlier if not _lent_in(d, sentence)]
    if before is not None and _lent_in(before, sentence):
        before = None
    for offset in find_story_offsets(sentence.text, language):
        start = sentence.start_char + offset.start
        span = sentence.doc.char_span(start, start + offset.end - offset.start, "expand")
        fronted = offset.start == 0 and sentence.text[offset.end : offset.end + 1] == ","
        if not fronted and attachment_distance(span, own_anchors(draft.match.token)) is None:
            # the phrase dates another clause; "Hours later, X said that ..." opening the
            # sentence sets the time of all its clauses, as a fronted date does
            continue
        if marker is not None:
            return story_date(marker, offset)
        # "Both men resigned on 26 May while in detention and were freed the following day":
        # a day written earlier in the phrase's own sentence is where the story stands
        written = _written_before(sentence.text[: offset.start], published, language)
        if written is not None:
            return story_date(written, offset)
        base = before if before is not None and before.date else None
        base = base or next((d for d in reversed(earlier) if d.date), None)
        if base is None:
            return None
        return story_date(base.date[0], offset)
    return None


def _written_before(text: str, published: date | None, language: str) -> DateValue | None:
    """The last date written (with its day or month) in ``text``, read in the past."""
    if published is None:
        return None
    for start, end in reversed(find_date_spans(text, language)):
        value = resolve_date(text[start:end], published, Tense.PAST, language)
        if value is not None and value.precision in {DatePrecision.DAY, DatePrecision.MONTH}:
            return value
    return None


def _counted_back(draft, value: DateValue, drafts: list) -> DateValue:
    """'The summit opened a day after soldiers detained Bazoum', 'The pledge came ten days
    after Moscow pulled out of the deal': an act told in an "N days after" clause whose main
    clause writes no date (event_dates reads those that do) stands that long before the time
    the discourse lends the main clause; a day's distance needs a day. A main clause in the
    present ("A week after soldiers took the leaders hostage, the president is back") is the
    report's news, not the time lent."""
    found = relative_clause(draft.match.token)
    if found is None:
        return value
    clause, distance, unit = found
    main = main_of_misparsed_root(clause) or clause.head
    if main.tag_.lower() in STATEMENT_TAGS:
        told = _restated_subject_date(main, drafts)
        if told is None:
            return value
        value = told  # "The attack comes two weeks after ...": counted from the attack
    if value.precision != DatePrecision.DAY and (
        unit == "day" or value.precision != DatePrecision.MONTH
    ):
        return value
    return shift_date(value, distance, unit)


def _counted_already(draft, before, source: DateValue) -> bool:
    """ "The sanctions came nine days after Washington declared ... and imposed sanctions on
    Hemedti": a conjunct of the "after" clause that takes the date of the act before it in that
    clause takes a date already counted back; counting again would move it twice."""
    if before is None or not before.date or before.date[0] != source:
        return False
    if before.sentence.start != draft.sentence.start:
        return False
    mine, theirs = relative_clause(draft.match.token), relative_clause(before.match.token)
    return mine is not None and theirs is not None and mine[0].i == theirs[0].i


def _restated_subject_date(main: Token, drafts: list) -> DateValue | None:
    """The date of the act a present main clause's subject noun names ("The attack comes two
    weeks after gunmen killed 19 civilians"): the time of that clause is the act's."""
    subjects = {c.i for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}}
    named = next(
        (d for d in drafts if d.match.token.i in subjects and d.date),
        None,
    )
    return named.date[0] if named is not None else None


def _after_event_noun(draft, drafts: list, position: int, language: str) -> DateValue | None:
    """ "Five days after the coup, ECOWAS suspended Mali", "The day after the massacre, the
    government dissolved ...": counted from the act the noun names, at that act's date: the
    noun's own where it is coded, else that of the act of its type told before (as a definite
    noun refers back); a day's distance needs a day."""
    found = counted_from(draft.match.token)
    if found is None or found[0].pos_ != "NOUN":
        return None
    noun, distance, unit = found
    named = next((d for d in drafts if d.match.token.i == noun.i and d.date), None)
    value = named.date[0] if named is not None else None
    types = Counter(t.type for t in load_lexicon(language).noun_triggers(noun.lemma_.lower()))
    if value is None and types:
        type_ = types.most_common(1)[0][0]
        value = _told_with(noun, type_, drafts[:position]) or _told_before(type_, drafts[:position])
    if value is None:
        return None
    if value.precision != DatePrecision.DAY and (
        unit == "day" or value.precision != DatePrecision.MONTH
    ):
        return None
    return shift_date(value, -distance, unit)


def _told_with(noun: Token, type_: str, earlier: list) -> DateValue | None:
    """The own date of the last earlier act of ``type_`` whose sentence has the words the
    noun is named by ("two days after the attack on the post": the attack told with "post",
    not the last attack told)."""
    words = {
        t.lemma_.lower()
        for t in noun.subtree
        if t.i != noun.i and t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.is_stop
    }
    if not words:
        return None
    for draft in reversed(earlier):
        if draft.type != type_ or not draft.date or draft.date[1] is None:
            continue
        if words & {t.lemma_.lower() for t in draft.sentence}:
            return draft.date[0]
    return None


def _held_since_coup(draft, drafts: list) -> DateValue | None:
    """ "Bazoum has been held with his wife and son at the presidential residence since the
    coup": a deposed leader's detention told as going on, with no date of its own, began
    with the coup the text dates that has him as its target."""
    if draft.reading.status != Status.ONGOING or draft.type != COUP_TYPE:
        return None
    if draft.match.entry.mode != DETENTION_MODE:
        return None
    held = {actor.id for actor, _ in draft.recipients if actor.kind == ActorKind.PERSON}
    for other in drafts:
        if other is draft or other.type != COUP_TYPE or not other.date or other.date[1] is None:
            continue
        if other.match.entry.mode not in COUP_WHOLE_MODES | {None}:
            continue
        if other.reading.status == Status.OCCURRED and any(
            actor.id in held for actor, _ in other.recipients
        ):
            return other.date[0]
    return None


def _lent_in(draft, sentence) -> bool:
    """Whether a draft of ``sentence`` holds a date lent by the discourse, not its own words'."""
    lent = draft.date is not None and draft.date[1] is None
    return lent and draft.sentence.start == sentence.start


def read_in_story_time(
    drafts: list,
    body: str,
    starts: Sequence[int],
    lead: DateValue | None,
    published: date,
    language: str,
) -> None:
    """Read the yearless days and months of past events ("on 1 April", "in November") in the
    story's time rather than the publication's.

    The story's time is the latest day or month written with its year earlier in the same
    paragraph ("In June 2012, ... and in July"), else the lead's date: a retrospective whose
    lead says "Ten years ago today" tells "on 1 April" of that year. A date in an earlier
    paragraph does not carry over, and a bare year is background, not a point in the story
    ("The accord was signed in 2015. The army took Kidal in November": the report's November).
    Only events that happened and are told in the past are re-read: an ongoing fight or a
    present perfect reaches the report's present. Weekdays and "last November" keep counting
    from publication.
    """
    story: dict[int, DateValue | None] = {}
    for draft in drafts:
        if not draft.date or draft.date[1] is None:
            continue
        paragraph = paragraph_of(draft.sentence.start_char, starts)
        value, (start, end) = draft.date
        text = body[start:end]
        if _WRITTEN_YEAR.search(text) or _names_its_year(text, language):
            if value.precision in {DatePrecision.DAY, DatePrecision.MONTH} and not _opens_a_period(
                draft
            ):
                story[paragraph] = value  # a bare year is a frame, not a point in the story
            continue
        anchor = story.get(paragraph) or lead
        if anchor is None or not _told_in_the_past(draft):
            continue
        if value != resolve_date(text, published, Tense.PAST, language):
            continue  # counted from its span ("ten days before soldiers detained ..."): kept
        # a narrative moves on: a clause's yearless date after the paragraph's dated one
        # follows it, unless told as before it ("had launched its rebellion in January"); an
        # event noun may name an earlier act ("after the junta ordered them out following
        # the July coup")
        forward = (
            story.get(paragraph) is not None
            and draft.match.token.pos_ == "VERB"
            and not _pluperfect(draft)
        )
        reread = resolve_in_story(text, anchor, published, language, forward)
        if reread is not None:
            draft.date = (reread, (start, end))


# "Relations have soured since the military seized power in August 2020": an act told in such
# a clause opens a period that reaches the report's present
PERIOD_START_MARKS = word_set("period_start_marks")


def _opens_a_period(draft) -> bool:
    """Whether the act is told in a clause opened by "since": the period it starts runs to the
    report's present, so the story does not stand at its date ("... since the military seized
    power in August 2020. West African leaders imposed sanctions on 9 January": this January)."""
    token = draft.match.token
    clause = next((t for t in [token, *token.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    if clause is not None and any(
        c.dep_ == "mark" and c.lower_ in PERIOD_START_MARKS for c in clause.children
    ):
        return True
    # the parser may make "since" a preposition over the clause ("since the military seized
    # power": "seized" a modifier of "power")
    return any(a.dep_ == "prep" and a.lower_ in PERIOD_START_MARKS for a in token.ancestors)


def _told_in_the_past(draft) -> bool:
    """Something that happened, told in the past: an ongoing fight ("have been fighting since
    August") or the present perfect reaches the report's present, so its date counts from
    publication."""
    return draft.reading.status == Status.OCCURRED and not _news_of_the_report(draft)


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _names_its_year(text: str, language: str) -> bool:
    """ "in May last year", "in March this year": a month or day whose year the text names
    relative to the report is as fixed a point in the story as one with its year written."""
    lexicon = load_date_lexicon(language)
    return any(lexicon.units.get(fold(word)) == "year" for word in re.findall(r"\w+", text))


def _paragraph_scene(draft, before, paragraph_start: int, named_scenes) -> tuple | None:
    """The latest place of the paragraph before this draft's trigger: an earlier event's, or
    a town named as a location (in a sentence with no event of its own, or earlier in the
    draft's own sentence)."""
    scene = before.place if before is not None and not _vague(before.place) else None
    scene_at = -1
    if scene is not None:
        token = scene[1]
        scene_at = token.idx if token is not None else before.sentence.start_char
    # a scene named earlier in the draft's own sentence too: "a bomber drove into the UN
    # building in Abuja, killing 20"
    until = draft.match.token.idx
    for offset, place in named_scenes:
        if paragraph_start <= offset < until and offset > scene_at:
            scene, scene_at = (place, None), offset
    return scene


def lead_date(drafts: list, lead_dates: Sequence[tuple[int, DateValue]]) -> DateValue | None:
    """The date the lead gives the story: its first day or week of something that happened.

    That is the first, in text order, of the lead paragraph's dates of occurred events and of
    its dates no event took ("A report published on Friday found that troops killed 500 people
    in March 2022": Friday, the day of the news). A date an event planned ("will meet on
    Tuesday") is not one. Without a lead paragraph date, the first anchoring event's date.
    """
    taken: dict[int, object] = {}
    for draft in drafts:
        if draft.date and draft.date[1] is not None:
            # "on Wednesday, three days after soldiers overthrew ...": the date is the main
            # event's, the first to take it; the backdrop's is counted back from it
            taken.setdefault(draft.date[1][0], draft)
    candidates = []
    for start, value in lead_dates:
        owner = taken.get(start)
        if owner is None:
            candidates.append((start, value))
        elif _anchors(owner):
            candidates.append((start, owner.date[0]))
    if candidates:
        return min(candidates, key=lambda item: item[0])[1]
    # no date in the lead: the story's news is its latest day ("met in Pau on Monday", after
    # a background of the attacks that led to the summit)
    # (a pluperfect is background before that news: "France had suspended its aid on Saturday")
    anchoring = [d.date[0] for d in drafts if d.date and _anchors(d) and not _pluperfect(d)]
    return max(anchoring, key=lambda value: value.start) if anchoring else None


def _pluperfect(draft) -> bool:
    """'had struck', 'avait suspendu' (or a noun in their clause): told as before the story's
    time."""
    token = draft.match.token
    if token.pos_ not in {"VERB", "AUX"}:
        token = verb_of_noun(token) or token
    return any(
        c.dep_ in {"aux", "aux:tense"}
        and c.lemma_ in {"have", "avoir", "être"}
        and (c.tag_ == "VBD" or "Imp" in c.morph.get("Tense"))
        for c in token.children
    )


def _date_source(
    draft, before, earlier: list, lead: DateValue | None, point: DateValue | None = None
) -> DateValue | None:
    """Where an undated event's date comes from (see the module's docstring); ``point`` is
    the day a statement in the present speaks at, if it is known: the meeting of the
    communiqué point it is in, or the document's own day."""
    told = _told_before(draft.type, earlier) if _refers_back(draft) else None
    if _news_of_the_report(draft):
        # "has denied any role in the killings": the news is the denial, the act its noun
        # names is the one told before, at that act's date; "1. The Council condemns ...":
        # a communiqué's point speaks at its meeting
        return told if told is not None and _noun_trigger(draft) else point or lead
    if _denial(draft) and (before is None or _told_on_a_telling_day(before, draft.type)):
        # "The WHO said on Wednesday that 460 patients had been shot dead there. The RSF
        # denied killing anyone at the hospital": a denial is dated by the act it denies, not by
        # the day a report of that act was given, nor by the lead
        done = [d for d in earlier if d.reading.status != Status.NEGATED and d is not before]
        denied = told or _told_before(draft.type, done)
        if denied is not None:
            return denied
    if told is not None and (before is None or not before.date or before.date[1] is None):
        return told  # a date the previous event only inherited does not outweigh the act's own
    if before is not None and before.date:
        return before.date[0]
    return lead


DENIAL_VERBS = word_set("denial_verbs")


def _denial(draft) -> bool:
    """A negated act its sentence denies ("denied killing anyone", "denied that its troops
    had attacked"): the denial verb governs the trigger."""
    if draft.reading.status != Status.NEGATED:
        return False
    heads = list(draft.match.token.ancestors)[:3]
    return any(h.pos_ == "VERB" and h.lemma_.lower() in DENIAL_VERBS for h in heads)


def _told_on_a_telling_day(before, type_: str) -> bool:
    """The previous event is the same act told again, dated by the day of its telling ("the
    WHO said on Wednesday that ...")."""
    if before.type != type_ or not before.date or before.date[1] is None:
        return False
    doc = before.sentence.doc
    span = doc.char_span(*before.date[1], alignment_mode="expand")
    if span is None:
        return False
    verb = next((t for t in [span.root, *span.root.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
    token = before.match.token
    return (
        verb is not None
        and verb.i != token.i
        and verb.lemma_.lower() in REPORT_DAY_VERBS
        and any(a.i == verb.i for a in token.ancestors)
    )


def _told_before(type_: str, earlier: list) -> DateValue | None:
    """The own date of the last earlier event of ``type_``: what a definite noun names.
    An act told in the pluperfect ("a week earlier, jihadists had attacked a camp") is an aside
    before the story's act; "the killings" names the story's act where the text has one."""
    dated = [d for d in earlier if d.type == type_ and d.date and d.date[1]]
    told = next((d for d in reversed(dated) if not _pluperfect(d)), None)
    told = told or (dated[-1] if dated else None)
    return told.date[0] if told is not None else None


def _said(draft) -> bool:
    """Told in the simple present ("calls on", "condemns"), not the present perfect nor an
    imperfect the tagger took for a present ("réclamaient")."""
    token = draft.match.token
    return (
        draft.reading.tense == Tense.PRESENT
        and token.tag_.lower() in STATEMENT_TAGS
        and token.morph.get("Tense") == ["Pres"]
        and token.morph.get("VerbForm") == ["Fin"]
    )


def _noun_trigger(draft) -> bool:
    return draft.match.token.pos_ in {"NOUN", "PROPN"}


DEFINITE = word_set("definite_determiners")
# tags of a verb in the simple present, where the language's tagger tells it apart reliably
STATEMENT_TAGS = word_set("simple_present_tags")


def _news_of_the_report(draft) -> bool:
    """Told in the present or present perfect ("condemns", "has demanded"): the present
    perfect takes no past date of its own; it is what the report brings as news."""
    if draft.reading.tense == Tense.PRESENT:
        return True
    token = draft.match.token
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in token.children
    )


def _refers_back(draft) -> bool:
    """'the attack', 'carrying out the attack', 'the killings': a definite event noun."""
    words = [draft.match.token, *draft.match.words]
    return any(
        word.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ in {"det", "poss"} and c.lower_ in DEFINITE for c in word.children)
        for word in words
    )


def at_a_scene(draft) -> bool:
    """Whether the draft's act happens at a scene (policies.yaml), not where it is decided."""
    return POLICIES.at_a_scene(draft.type, draft.match.entry.id)


def _country_wide(draft) -> bool:
    """'killing at least 1,800 people across the country': an act told as country-wide has
    no scene to take from its paragraph."""
    text = " ".join(draft.sentence.text.lower().split())
    return any(phrase in text for phrase in COUNTRY_WIDE_PHRASES)


def _vague(place: tuple | None) -> bool:
    return place is None or place[0].precision == PlacePrecision.COUNTRY


def _anchors(draft) -> bool:
    """A date worth lending: a day or week of something that happened or is under way."""
    value = draft.date[0]
    return draft.reading.status in {Status.OCCURRED, Status.ONGOING} and value.precision in {
        DatePrecision.DAY,
        DatePrecision.WEEK,
    }
