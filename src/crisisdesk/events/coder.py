"""The event coder: parsed sentences to PLOVER v2 events with evidence for every field.

For each sentence (headings excluded) the coder finds lexicon triggers, reads their syntactic
slots, maps slots to roles through the trigger's frame, resolves the fillers to actors, and
attaches the clause's status, date, place and casualty count. A sentence with no trigger yields
nothing: there is no default code. The rules are stated for analysts in docs/coding-rules.md.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from crisisdesk.actors.kb import ActorKB, default_kb
from crisisdesk.dates.resolve import Tense
from crisisdesk.events import arguments, discourse, gapping, journeys, passives, recipients
from crisisdesk.events.communiques import numbered_points
from crisisdesk.events.dating import (
    lead_paragraph_dates,
    narrative_dates,
    reporting_head,
)
from crisisdesk.events.draft import Draft
from crisisdesk.events.event_dates import EventDater
from crisisdesk.events.evidence import confidence, event_id, evidence_of, inferred_contexts
from crisisdesk.events.grammar import coding_language, word_set
from crisisdesk.events.lexicon import (
    Lexicon,
    Quantities,
    StatusMarkers,
    load_lexicon,
    load_quantities,
    load_status_markers,
)
from crisisdesk.events.mentions import DocumentContext
from crisisdesk.events.merging import (
    antecedent_links,
    antecedent_of,
    carry_tolls,
    merge_in_sentence,
    merge_repeated,
    parties_restate,
    relative_days,
    report_days,
)
from crisisdesk.events.numbers import Count, added, sentence_counts, supersedes, troop_count
from crisisdesk.events.ontology import Ontology, load_ontology
from crisisdesk.events.placing import EventPlacer, located
from crisisdesk.events.policies import load_policies
from crisisdesk.events.repeats import same_act_matches
from crisisdesk.events.sections import entry_dates
from crisisdesk.events.selection import TriggerSelection, refused_reading
from crisisdesk.events.sentence_index import indexed_sentences
from crisisdesk.events.status import ClauseReading, decided, read_clause, trailing_reporter
from crisisdesk.events.triggers import TriggerMatch, find_triggers
from crisisdesk.events.venues import find_venues
from crisisdesk.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    PlacePrecision,
    Sector,
    Status,
)
from crisisdesk.places.gazetteer import Gazetteer, default_gazetteer

POLICIES = load_policies()
# Types whose object is often someone's proposal, request or plan: its owner is the recipient.
OWNER_IS_RECIPIENT = POLICIES.owner_is_recipient
# The owner of a proposal or demand: "an appeal from X", "calls by X".
OWNER_PREPS = word_set("proposal_owner_prepositions")
# Who would carry out a demanded act: "the withdrawal of X", "an admission by X".
DOER_PREPS = word_set("doer_prepositions")
# Verbs of founding: the founders of an alliance are its members.
FOUNDING = word_set("founding_verbs")
# Which events a count belongs to: the dead of a sentence are its ASSAULT's dead.
COUNT_TYPES = POLICIES.count_types
# "blew themselves up": the actor, not another party.
REFLEXIVES = word_set("reflexive_pronouns")
# "a visit to Russia", "en visite en Russie": the preposition of the country a visit goes to
VISIT_PREPS = word_set("visit_destination_prepositions")
# Types coded with victims but no named perpetrator ("310 peacekeepers killed").
VICTIM_TYPES = POLICIES.victim_types
# coups with no named plotter: the national military's; violence with no named attacker is
# kept, actor unknown, when its clause dates and places it (docs/coding-rules.md)
COUP_NOUNS = word_set("military_coup_nouns")
PROTEST_NOUNS = word_set("protest_nouns")
CROWD_COUNT_NOUNS = word_set("crowd_count_nouns")
# states of emergency and curfews with no named decreer: the government of the place's country
EMERGENCY_NOUNS = word_set("emergency_rule_nouns")
# "would be treated as a declaration of war": a warning whose speaker is the one who warns
WARNING_NOUNS = word_set("speaker_warning_nouns")
# speakers who voice the actor's own words when they name no other party (_own_voice)
OWN_VOICE = word_set("own_voice_speakers")
# "repelled an attack": its attackers are the other side (docs/coding-rules.md)
REPELLED_ACTS = word_set("repelled_act_nouns")
UNATTRIBUTED_TYPES = POLICIES.unattributed_types
ORDERED_ACTS = POLICIES.ordered_acts
ANNOUNCED_PROGRESSIVE = POLICIES.announced_progressive_types
ANNOUNCED_DECISIONS = POLICIES.announced_decision_entries
DEFINITE_DETERMINERS = word_set("definite_determiners")


class EventCoder:
    """Codes events in parsed documents. One instance serves a whole ingest."""

    def __init__(
        self,
        lexicon: Lexicon,
        markers: StatusMarkers,
        quantities: Quantities,
        ontology: Ontology,
        kb: ActorKB,
        gazetteer: Gazetteer,
    ) -> None:
        self.lexicon = lexicon
        self.markers = markers
        self.quantities = quantities
        self.ontology = ontology
        self.kb = kb
        self.gazetteer = gazetteer
        self.selection = TriggerSelection(lexicon, markers, ontology)
        self.placer = EventPlacer(kb, gazetteer)
        self.dater = EventDater(markers)

    @classmethod
    @lru_cache(maxsize=4)
    def default(cls, language: str = "en") -> EventCoder:
        """The coder of one language, with its lexicon, status markers and quantities."""
        return cls(
            load_lexicon(language),
            load_status_markers(language),
            load_quantities(language),
            load_ontology(),
            default_kb(),
            default_gazetteer(),
        )

    # -- document ---------------------------------------------------------------------------

    def code(self, doc: Doc, article: Article, estimated: bool = False) -> list[Event]:
        """All events of one parsed article, one per real event mentioned.

        With ``estimated``, ``article.published`` is an estimated reference (the date of the
        story an undated report belongs to): relative dates resolve to their nearest
        occurrence rather than by tense. To code only a report's lead, pass
        :func:`lead_of` the parse.
        """
        # the grammar word lists answer in the coder's language (events/grammar.py); the
        # rules' many token.sent asks answer from a table (events/sentence_index.py), and a
        # trigger's slots are read once (events/arguments.py)
        with (
            coding_language(self.lexicon.language),
            indexed_sentences(doc),
            arguments.remembered_slots(),
        ):
            return self._code(doc, article, estimated)

    def _code(self, doc: Doc, article: Article, estimated: bool) -> list[Event]:
        context = DocumentContext.build(doc, article, self.kb, self.gazetteer)
        context.estimated_reference = estimated
        headings = [(h.start, h.end) for h in article.headings]

        def skipped(sentence: Span) -> bool:
            return any(start <= sentence.start_char < end for start, end in headings)

        drafts: list[Draft] = []
        for sentence in doc.sents:
            if skipped(sentence):
                continue
            found = self.code_sentence(sentence, context, drafts)
            carry_tolls(found, drafts, sentence, self.quantities)  # "the toll rose to 20"
            drafts.extend(found)
        focus = self.gazetteer.country(context.focus_country) if context.focus_country else None
        lead_dates = lead_paragraph_dates(
            doc,
            article.body,
            skipped,
            lambda s: self.sentence_dates(s, context),
            article.published,
            article.language,
        )
        narrative = narrative_dates(
            doc,
            article.body,
            skipped,
            lambda s: self.sentence_dates(s, context),
            article.published,
            article.language,
            {d.sentence.start_char for d in drafts},
        )
        discourse.inherit(
            drafts,
            article.body,
            context.lead_place(),
            focus,
            lead_dates=lead_dates,
            named_scenes=context.named_scenes(),
            venues=find_venues(context),
            published=None if context.estimated_reference else article.published,
            language=article.language,
            section_places=context.section_places(),
            entries=entry_dates(article),
            narrative=narrative,
            points=numbered_points(
                doc,
                article.body,
                lambda s: self.sentence_dates(s, context),
                article.published,
                article.language,
            ),
        )
        events = [self.finish(d, article, context) for d in drafts]
        return merge_repeated(
            events, antecedent_links(drafts), report_days(drafts), relative_days(drafts)
        )

    # -- sentence ---------------------------------------------------------------------------

    def code_sentence(
        self, sentence: Span, context: DocumentContext, earlier: list[Draft] | None = None
    ) -> list[Draft]:
        matches = find_triggers(sentence, self.lexicon, context.object_kinds)
        matches += same_act_matches(sentence, earlier or [], matches)  # "Niger did the same"
        if not matches:
            return []  # most sentences: their dates and numbers are read only when asked for
        dates = self.sentence_dates(sentence, context)
        counts = sentence_counts(sentence, self.quantities)
        drafts: list[Draft] = []
        phrases = self.markers.find_phrases([t.lemma_ for t in sentence])
        triggered = {w.i for m in matches for w in m.words}
        for match in self.events_proper(matches):
            # "did not recognise the decision": the refusal occurred (selection.py)
            reading = refused_reading(match, read_clause(match.token, self.markers, phrases))
            if reading.threat and match.entry.type != "THREATEN":
                continue  # "threatened to withdraw": the threat is the event, coded by its verb
            match, reading = self._announced(match, reading, context)
            draft = Draft(match, sentence, reading)
            self.fill_roles(draft, context)
            self._closed_by_host(draft, context)  # "closed the French military mission"
            recipients.refine(draft, earlier or [], context)
            # "the capture", "the attackers": the event already told (merging.antecedent_of)
            draft.antecedent = antecedent_of(
                draft,
                earlier or [],
                _definite_noun(match.token),
                dates,
                self.lexicon.light_verb_role,
            )
            if not draft.actors and _definite_noun(match.token):
                # "the final departure": the departure already told, by whoever made it
                # (whose victims are the ones this noun names: not the army's counter-attack)
                before = draft.antecedent or next(
                    (
                        d
                        for d in reversed(earlier or [])
                        if d.type == draft.type and parties_restate(draft, d)
                    ),
                    None,
                )
                if before is not None:
                    draft.actors = list(before.actors)
                else:
                    draft.actors = _ordered_to_act(draft, earlier or [])
            self.fill_counts(draft, counts, context)
            victims = draft.recipients or draft.counts
            if not draft.actors:
                self._default_actor(draft, context)
            if not draft.actors:  # "the base ... was handed over": by whoever handed over before
                draft.actors = passives.doers_told_before(draft, earlier or [], VICTIM_TYPES)
            unattributed = not draft.actors and (
                not victims or match.entry.type not in VICTIM_TYPES
            )
            if journeys.personal_journey(draft, earlier or []):
                continue  # "he left the country for treatment": a journey, not a RETREAT
            if POLICIES.done_by_none(draft.type, [actor.sector for actor, _ in draft.actors]):
                continue  # "families left the town": displaced civilians make no RETREAT
            passive = (
                unattributed
                and passives.agentless(match.token)  # "internet was cut"
                and match.entry.type not in POLICIES.given_types  # "were evacuated"
            )
            if unattributed and match.entry.type not in UNATTRIBUTED_TYPES and not passive:
                continue  # "the withdrawal raised concerns": no one to code it for
            if match.entry.requires_number_or_victim and not (draft.counts or draft.recipients):
                continue
            self.placer.fill_place(draft, context)
            for dated in self.dater.fill_dates(draft, dates, context):
                if unattributed and not (
                    _dated_and_placed(dated)
                    or (passive and passives.dated_in_its_clause(dated))
                    or self._broke_out_in_a_town(dated)
                ):
                    continue  # "the attack was the most violent": a topic, not a new event
                if self.specific_enough(dated):
                    # after the check: a recipient read from the place makes no topic an event
                    recipients.after_place(dated, context)
                    drafts.append(dated)
                    # "in August 2020 and again in May 2021": the act again, per remnant
                    drafts += gapping.gapped_repeats(dated, dates, triggered, context)
        return merge_in_sentence(drafts, self.quantities, sentence)

    def _broke_out_in_a_town(self, draft: Draft) -> bool:
        """'Protests also broke out in Kaédi', 'fighting erupted in Gao': a noun trigger told as
        happening by an occurrence verb, in a local place, is an event of its own even when the
        report leaves its date to the paragraph ('the attack was the deadliest' is no event)."""
        token = draft.match.token
        if token.pos_ != "NOUN" or token.dep_ != "nsubj" or draft.reading.status != Status.OCCURRED:
            return False
        if self.lexicon.light_verb_role(token.head.lemma_) != "occurrence":
            return False
        return draft.place is not None and draft.place[0].precision != PlacePrecision.COUNTRY

    def sentence_dates(self, sentence: Span, context: DocumentContext) -> list[tuple[int, int]]:
        """The sentence's date spans, found once per document (a fresh list per call)."""
        spans = context.sentence_dates.get((sentence.start, sentence.end))
        if spans is None:
            spans = self.dater.date_spans(sentence, context.article)
            context.sentence_dates[(sentence.start, sentence.end)] = spans
        return list(spans)

    def events_proper(self, matches: list[TriggerMatch]) -> list[TriggerMatch]:
        """Triggers that state an event of their own (:class:`TriggerSelection`)."""
        return self.selection.select(matches)

    def _announced(
        self, match: TriggerMatch, reading: ClauseReading, context: DocumentContext
    ) -> tuple[TriggerMatch, ClauseReading]:
        """'said it would withdraw', 'announced it will boycott': the announcement is the event.

        It occurred when it was said, and PLOVER codes a promised act by its future type
        (a promised RETREAT is CONCEDE, a promised AID is AGREE) and a threatened or
        conditional one as THREATEN. Scheduled acts ('is due to leave') keep their type, and
        so do plans that someone else reports ('the Council will meet, diplomats said').
        """
        if reading.status == Status.ONGOING:
            return match, self._announced_decision(match, reading, context)
        if reading.status not in {Status.PLANNED, Status.HYPOTHETICAL}:
            return match, reading
        decision = decided(match.token, reading, self.markers)
        if decision is not None and match.entry.type in ANNOUNCED_PROGRESSIVE:
            return match, decision  # "decided to withdraw": the decision is the act, done
        if not reading.markers or any(
            m.lower_ not in self.markers.announcing
            and self.markers.groups_for(m.lemma_.lower()) != ["ongoing"]
            for m in reading.markers
        ):
            return match, reading  # "would continue ... and overthrow": still an announcement
        reporter = reporting_head(match.token, self.markers) or trailing_reporter(
            match.token, self.markers
        )
        if reporter is None or not self._own_words(match.token, reporter, context):
            return match, reading
        old = match.entry.type
        new = match.entry.future_type or self.ontology.future_type(old)
        if reading.status == Status.HYPOTHETICAL and old in self.ontology.conditional_types:
            new = self.ontology.conditional_type(old)
        elif (
            reading.status == Status.PLANNED
            and old == "SANCTION"
            and match.entry.id in ANNOUNCED_DECISIONS
        ):
            new = old  # "said it would leave the task force": the decision, announced
        if new == old:
            # "Macron announced that France would send 220 more soldiers": the announcement,
            # in the actor's own words, occurred when it was said (tests/gold/README.md)
            return match, read_clause(reporter, self.markers)
        if new == "THREATEN":
            mode = self.ontology.threat_mode(old, match.entry.mode)
        else:
            mode = match.entry.mode if self.ontology.is_valid(new, match.entry.mode) else None
        entry = match.entry.model_copy(update={"type": new, "mode": mode, "acled": None})
        told = read_clause(reporter, self.markers)
        return TriggerMatch(match.token, entry, match.words), told

    def _announced_decision(
        self, match: TriggerMatch, reading: ClauseReading, context: DocumentContext
    ) -> ClauseReading:
        """'announced that it was withdrawing from ECOWAS', 'said he was resigning': the
        progressive of one's own decision tells its announcement, which occurred when it was
        said (policies.yaml ``announced_progressive_types``); 'said it was fighting' stays
        ongoing, and so does 'was still withdrawing'."""
        if match.entry.type not in ANNOUNCED_PROGRESSIVE or reading.markers != (match.token,):
            return reading
        reporter = reporting_head(match.token, self.markers) or trailing_reporter(
            match.token, self.markers
        )
        if reporter is None or not self._own_words(match.token, reporter, context):
            return reading
        return read_clause(reporter, self.markers)

    def _closed_by_host(self, draft: Draft, context: DocumentContext) -> None:
        """'the authorities closed the French military mission': ending or closing a mission
        or base that another party owns is a SANCTION on that party, not its withdrawal
        (ending one's own is RETREAT: 'France ended its Barkhane mission')."""
        token = draft.match.token
        if draft.type != "RETREAT" or draft.match.entry.mode != "withdraw" or token.pos_ != "VERB":
            return
        # the owner is named by a nationality ("the French mission") or a proper name
        # ("France's base"); "its", "their" and "the military presence" name none
        modifiers = [
            owner
            for obj in token.children
            if obj.dep_ == "dobj"
            for owner in obj.children
            if owner.dep_ in {"amod", "poss", "compound"}
        ]
        owners = {
            iso3
            for owner in modifiers
            if owner.pos_ == "ADJ" and (iso3 := self.kb.country_from_adjective(owner.text))
        } | {
            actor.country
            for owner in modifiers
            if owner.pos_ == "PROPN"
            for actor in context.actors_of(owner)
            if actor.country
        }
        doers = {a.country for a, _ in draft.actors if a.country}
        if owners and doers and not owners & doers:
            entry = draft.match.entry.model_copy(
                update={"type": "SANCTION", "mode": "discontinue", "acled": None}
            )
            draft.match = TriggerMatch(token, entry, draft.match.words)

    def _own_words(self, trigger: Token, reporter: Token, context: DocumentContext) -> bool:
        """Whether the one who speaks is the one who will act: 'Denmark said it would ...',
        'Portugal will support ..., Portuguese President Mario Soares said'; not 'the Council
        will meet, diplomats said'."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else arguments.clause_verb(trigger)
        # the subject it inherits too: "is ready to send", "would continue ... and overthrow"
        actors = arguments.slots(verb).subject if verb is not None else []
        if any(a.pos_ == "PRON" for a in actors):
            return True  # "said it would", "announced they will"
        if verb is not None and passives.agentless(verb):
            if _announces(reporter):
                return True  # "announced that a dialogue would be held": the speaker's plan
            # "the minister said British troops would be withdrawn": the speaker's own troops
            actors = [c for c in verb.children if c.dep_ == "nsubjpass"]
        speakers = [c for c in reporter.children if c.dep_ == "nsubj"]
        acting = self._parties(actors, context)
        if acting and self._own_voice(speakers, acting, context):
            return True  # "France is ready to ..., Defence Minister Pierre Joxe said"
        speaking = self._parties(speakers, context)
        placed = any(a.country for h in speakers for a in context.actors_of(h))
        if not placed and _state_title(speakers):
            # "Chad will withdraw ..., President Idriss Déby said": a leader the knowledge
            # base does not place speaks for the state that is to act
            return any(
                actor.kind == ActorKind.STATE or actor.country is not None
                for head in actors
                for actor in context.actors_of(head)
            )
        return bool(acting and acting & speaking)

    def _own_voice(
        self, speakers: list[Token], acting_parties: set[str], context: DocumentContext
    ) -> bool:
        """A statement, a spokesman or a minister that names no state or body of its own
        speaks for the actor of what it tells ("a statement issued by the ministry of finance
        said", "Defence Minister Pierre Joxe said"), as wire copy leaves the country unsaid
        when it is the subject's; "diplomats said" and "a UN official said" do not."""
        words = [w for head in speakers for w in head.subtree]
        if not any(w.lemma_.lower() in OWN_VOICE for w in words):
            return False
        # a name the knowledge base does not know and places nowhere ("Pierre Joxe", the
        # "Defence" of "Defence Minister") names no other party
        known = [
            a
            for w in words
            for a in context.actors_of(w)
            if (a.country or a.qid) and w.lemma_.lower() not in OWN_VOICE
        ]
        others = {a.country or a.id for a in known} | {
            iso3
            for w in words
            if w.pos_ == "ADJ" and (iso3 := self.kb.country_from_adjective(w.text))
        }
        return others <= acting_parties

    def _parties(self, heads: list[Token], context: DocumentContext) -> set[str]:
        """Actor ids and countries a noun phrase names, nationality adjectives included
        ('the Israeli prime minister')."""
        found: set[str] = set()
        for head in heads:
            for actor in context.actors_of(head):
                found.add(actor.id)
                if actor.country:
                    found.add(actor.country)
            for word in head.subtree:
                # "British Armed Forces Minister James Heappey": PROPN in a title
                if word.pos_ in {"ADJ", "PROPN"} and (
                    iso3 := self.kb.country_from_adjective(word.text)
                ):
                    found.add(iso3)
        return found

    def specific_enough(self, draft: Draft) -> bool:
        """A noun trigger needs a date or a named participant to be an event, not a topic.

        "the threat from Islamist militants persisted" and "jihadist violence" describe a
        situation; "fighting erupted in August between ...", "ECOWAS sanctions" and "the death
        toll from the attack rose to 132" are events.
        """
        if draft.match.token.pos_ == "VERB" or draft.date is not None or draft.counts:
            return True
        if self._broke_out_in_a_town(draft):
            return True  # "protests also broke out in Kaédi"
        if _object_of_its_actor(draft):
            return True  # "the army carried out air strikes", "the prosecutor opened an inquiry"
        # "Moroccan diplomats", "Palestinian prisoners": a group whose country is stated
        return any(
            actor.kind.value != "group" or self._stated_nationality(token)
            for actor, token in draft.actors + draft.recipients
        )

    def _stated_nationality(self, token: Token) -> bool:
        """A noun phrase that states its country: 'Moroccan diplomats', "Mali's soldiers";
        not a creed or a movement ('Islamist militants')."""
        return any(
            child.dep_ in {"amod", "compound", "poss", "nmod"}
            and child.ent_type_ in {"NORP", "GPE"}
            and self._names_a_country(child.text)
            for child in token.children
        )

    def _names_a_country(self, word: str) -> bool:
        if self.kb.country_from_adjective(word) is not None:
            return True
        state = self.kb.lookup(word)
        return state is not None and state.kind.value == "state"

    def _default_actor(self, draft: Draft, context: DocumentContext) -> None:
        """The actor a report leaves implicit: a threat named by a noun in what someone says is
        the speaker's; a coup with no named plotter ("the July 2023
        coup there", "last year's coup") is the national military's, as ACLED codes coups;
        street protests with no named protesters ("months of street protests") are the
        country's protesters."""
        token = draft.match.token
        # as written: "coup d'état", "état d'urgence" are parsed as three words
        words = "".join(w.lower_ + w.whitespace_ for w in draft.match.words).strip()
        named = {token.lemma_.lower(), words}
        if named & WARNING_NOUNS and token.pos_ != "VERB":
            # "X said any intervention would be treated as a declaration of war": X warns
            clause = arguments.clause_verb(token)
            reporter = reporting_head(clause, self.markers) if clause is not None else None
            if reporter is not None:
                speakers = arguments.verb_slots(reporter).subject
                self._assign(draft, "actor", speakers, context, draft.match)
                draft.reading = read_clause(reporter, self.markers)  # warned when it was said
            return
        if token.pos_ == "VERB" and draft.type == "PROTEST" and _counted_crowd(token):
            # "Thousands demonstrated in Niamey": the protesters of the country they march in
            country = _clause_country(token, context) or context.focus_country
            if country and self.kb.get(country) is not None:
                draft.actors.append((self.kb.group_actor(country, Sector.OPP, None), token))
            return
        if token.pos_ == "VERB" or not (named & (COUP_NOUNS | PROTEST_NOUNS | EMERGENCY_NOUNS)):
            return
        sector = Sector.MIL if named & COUP_NOUNS else Sector.OPP
        undated = not any(t.ent_type_ == "DATE" for t in token.subtree)
        if draft.antecedent is not None or (_definite_noun(token) and undated):
            return  # "news of the coup": the coup already told, by whoever made it
        country = context.modifier_country(token) or context.focus_country
        if named & EMERGENCY_NOUNS:  # "Tillia has been under a state of emergency since 2017"
            sector = Sector.GOV
            country = _clause_country(token, context) or context.focus_country
        if country and self.kb.get(country) is not None:
            draft.actors.append((self.kb.group_actor(country, sector, None), token))

    def fill_roles(self, draft: Draft, context: DocumentContext) -> None:
        match = draft.match
        frame = self.lexicon.frame(match.entry.frame)
        slots = arguments.slots(match.token)
        objects = slots.object or _tail_objects(match)
        filled: list[tuple[str, list[Token]]] = [
            ("object", objects),
            ("passive_subject", slots.passive_subject),
            ("dative", slots.dative),
            ("agent", slots.agent),
            ("possessor", slots.possessor),
            ("modifier", slots.modifier),
            ("purpose", slots.purpose),
            *slots.preps.items(),
        ]
        # "rejected an appeal from ECOWAS": the proposal's owner is not a second rejecter
        owners = _proposal_owners(objects) if match.entry.type in OWNER_IS_RECIPIENT else []
        owned = {t.i for t in owners}
        subject_role = self._subject_role(frame, slots)
        if subject_role:
            self._assign(draft, subject_role, slots.subject, context, match)
        elif slots.governor is not None and (
            self.lexicon.light_verb_role(slots.governor.lemma_) == "agentive"
        ):
            # "the attack was carried out by ISGS fighters": who carried it out did it
            self._assign(draft, "actor", arguments.passive_agents(match.token), context, match)
        for slot, heads in filled:
            role = frame.role_of(slot)
            if slot == "object" and role == "actor" and draft.actors and not match.entry.two_sided:
                # "France withdrew troops": the troops are France's, not a new party; but
                # "left Niamey" names where it happened. ("X fought Y": Y is the other side.)
                # Only the verb's own object: in "restore relations with Niamey" the capital
                # is the other party (its government), not where the act happens.
                own = [h for h in heads if h.head.i == match.token.i]
                places = [(p, h) for h in own if (p := context.place_of(h)) is not None]
                if places and draft.place is None:
                    draft.place = places[0]
                continue
            if slot == "possessor" and role is None:
                role = "actor"
            if slot == "from" and role == "recipient" and match.token.pos_ not in {"VERB", "AUX"}:
                role = None  # "the insurgency from Mali": where it came from, not its target
            if role:
                heads = [h for h in heads if h.i not in owned] if slot not in FRAME_SLOTS else heads
                self._assign(draft, role, heads, context, match)
        if match.entry.two_sided:
            draft.actors.extend(draft.recipients)
            draft.recipients.clear()
            self._unnamed_attackers(draft, objects)
        if match.entry.type in OWNER_IS_RECIPIENT and not draft.recipients:
            # "rejected a U.S. request", "welcomed France's offer", "dismissed an appeal from
            # the president", "accepted demands by the rebels": whose proposal it was.
            self._assign(draft, "recipient", owners, context, match)
        if match.entry.type in {"REQUEST", "PROTEST"} and not draft.recipients:
            # "demanded the withdrawal of Serbian forces", "an admission by Moscow": who is
            # asked is who would carry out what is demanded (and a protest's demand: "who
            # were demanding the resignation of Kaboré" opposes Kaboré).
            for obj in objects:
                doers = arguments.prep_heads(obj, DOER_PREPS)
                self._assign(draft, "recipient", doers, context, match)
        if (
            frame.name == "communication"
            and not draft.recipients
            and match.entry.type != "THREATEN"
        ):
            # "demanded that France withdraw": who is asked is the subject of the demand's content.
            # (Not in a warning: "warned that the bloc could reimpose sanctions" names who
            # would act, not whom the threat is aimed at.)
            for clause in (c for c in match.token.children if c.dep_ == "ccomp"):
                subjects = [c for c in clause.children if c.dep_ in arguments.SUBJECT_DEPS]
                self._assign(draft, "recipient", subjects, context, match)
        if not draft.recipients and self.ontology.quad_class(match.entry.type).startswith("verbal"):
            # "agreed to provide aid to Romania and Poland", "offered to hand them over to
            # Britain": the promise's beneficiary is named inside what is promised.
            heads = arguments.complement_parties(match.token)
            self._assign(draft, "recipient", heads, context, match)
        if match.entry.type in {"AGREE", "COOPERATE"} and match.token.lemma_.lower() in FOUNDING:
            self._founders(draft)
        if not draft.actors:  # "X denied any role in the killings": X is the denied doer
            self._assign(draft, "actor", arguments.denied_doers(match.token), context, match)

    def _unnamed_attackers(self, draft: Draft, objects: list[Token]) -> None:
        """'soldiers repelled an attack on a security post': fighting off an attack is fighting
        its attackers, an unidentified armed group where the text names none."""
        acts = [o for o in objects if o.lemma_.lower() in REPELLED_ACTS]
        if any(_names_its_doer(act) for act in acts):
            return  # "repelled an attack by Boko Haram", "a Boko Haram attack": named
        if len(draft.actors) == 1 and acts:
            attackers = self.kb.group_actor(None, Sector.UNIDENTIFIED, None)
            draft.actors.append((attackers, acts[0]))

    def _founders(self, draft: Draft) -> None:
        """'the Alliance of Sahel States was formed': its member states are the ones agreeing."""
        for actor, token in [*draft.actors, *draft.recipients]:
            members = [m for code in self.kb.members(actor.id) if (m := self.kb.get(code))]
            if members:
                draft.actors = [(m, token) for m in members]
                draft.recipients = [(a, t) for a, t in draft.recipients if a.id != actor.id]
                return

    def _subject_role(self, frame, slots: arguments.Slots) -> str | None:
        if slots.governor is None:
            return frame.role_of("subject")
        light = self.lexicon.light_verb_role(slots.governor.lemma_)
        if slots.governor_role != "object":
            return None
        if light == "agentive":
            return frame.role_of("subject") or "actor"
        if light == "patient":
            return "recipient"
        return None

    def _assign(self, draft: Draft, role: str, heads: list[Token], context, match) -> None:
        if role in {"origin", "destination"}:
            # "withdrew from Mali", "deployed to Gao": where the movement happens.
            places = [(p, h) for h in heads if (p := context.place_of(h)) is not None]
            if places and draft.place is None:
                draft.place = places[0]
            return
        if role not in {"actor", "recipient"}:
            return
        target = draft.actors if role == "actor" else draft.recipients
        moves = match.entry.frame == "movement" or "@place" in match.entry.objects
        for head in heads:
            if head.i == match.token.i or head.lower_ in REFLEXIVES:
                continue  # "military" in "military coup" still names who acted
            if moves and context.names_a_city(head) and not _acting_capital(head):
                # "left Niamey": the city, not the government its name can stand for (but
                # "Berlin decided to wind down its participation": a capital that acts is
                # its government).
                if draft.place is None:
                    draft.place = (context.place_of(head), head)
                continue
            # "sent a mission to Conakry" is a visit too
            visit = match.entry.frame in {"visit", "sending"} and role == "recipient"
            if visit and draft.place is None and _names_a_host(head, context):
                # "travelled to Niamey", "his first visit to Russia": the host's city or
                # country is where the visit happens, too
                draft.place = (context.place_of(head), head)
            found = context.actors_of(head)
            if not found and role == "recipient" and head.lemma_.lower() in HELD_NOUNS:
                # "the rebel-held town", "rebel positions", "an army camp": its holder
                found = [a for m in _holders(head) for a in context.actors_of(m)]
            if not found and head.pos_ == "ADJ":
                iso3 = self.kb.country_from_adjective(head.text)
                found = [self.kb.get(iso3)] if iso3 and self.kb.get(iso3) else []
            if not found:
                place = context.place_of(head)
                if place is not None and draft.place is None:
                    draft.place = (place, head)
                continue
            for actor in found:
                if all(actor.id != known.id for known, _ in draft.actors + draft.recipients):
                    target.append((actor, head))

    # -- numbers, places, dates -------------------------------------------------------------

    def fill_counts(
        self, draft: Draft, counts: list[Count], context: DocumentContext | None = None
    ) -> None:
        """The sentence's casualty counts that belong to this kind of event, and troops."""
        for count in counts:
            if draft.type not in COUNT_TYPES[count.kind]:
                continue
            if supersedes(count, draft.counts):
                draft.counts[count.kind] = count
            elif context is not None and self._own_losses(draft, count, context):
                # "neutralised 1,000 terrorists ... and 52 of our soldiers fell": the dead of
                # both sides of one fight are its toll, as ACLED counts them
                draft.counts[count.kind] = added(draft.counts[count.kind], count)
        if draft.type in {"MOBILIZE", "RETREAT"}:
            troops = troop_count(
                arguments.clause_tokens(draft.match.token), self._is_force, self.quantities
            )
            if troops is not None:
                draft.counts["troops"] = troops

    def _own_losses(self, draft: Draft, count: Count, context: DocumentContext) -> bool:
        """A second toll of the sentence that counts the doers' own dead, where the first
        counts the other side's."""
        kept = draft.counts[count.kind]
        if count.kind != "dead" or count.revised or kept.revised or count.token == kept.token:
            return False
        doers = {actor.id for actor, _ in draft.actors}
        victims = {actor.id for actor in context.actors_of(count.token)}
        first = {actor.id for actor in context.actors_of(kept.token)}
        return bool(victims & doers) and not first & doers

    def _is_force(self, token: Token) -> bool:
        sector = self.kb.sector_for_noun(token.lemma_.lower())
        return sector is not None and sector.value in {"MIL", "UNO", "COP", "PMC"}

    # -- assembly ---------------------------------------------------------------------------

    def finish(self, draft: Draft, article: Article, context: DocumentContext) -> Event:
        entry = draft.match.entry
        status = draft.reading.status
        contexts = list(entry.contexts)
        actors = [a for a, _ in draft.actors]
        recipients = [a for a, _ in draft.recipients]
        contexts = sorted(set(contexts) | inferred_contexts(actors + recipients, entry.type))
        acled = entry.acled or self.ontology.acled(
            entry.type,
            entry.mode,
            contexts,
            entry.two_sided,
            [a.sector.value for a in recipients if a.sector],
            [a.sector.value for a in actors if a.sector],
        )
        date_value = draft.date[0] if draft.date else None
        mode = entry.mode
        if (
            entry.id in POLICIES.multilateral_entries
            and mode is None
            and not recipients
            and any(
                a.sector is not None and a.sector.value in POLICIES.multilateral_sectors
                for a in actors
            )
        ):
            mode = "multilateral"  # "the Peace and Security Council is due to meet"
        return Event(
            id=event_id(article.id, draft.match.start_char, entry.type, date_value),
            article_id=article.id,
            type=entry.type,
            mode=mode,
            contexts=contexts,
            actors=actors,
            recipients=recipients,
            place=located(draft.place[0]) if draft.place else None,
            date_start=date_value.start if date_value else None,
            date_end=date_value.end if date_value else None,
            date_precision=date_value.precision if date_value else None,
            status=status,
            dead=_low(draft, "dead"),
            dead_high=draft.counts["dead"].high if "dead" in draft.counts else None,
            injured=_low(draft, "injured"),
            abducted=_low(draft, "abducted"),
            arrested=_low(draft, "arrested"),
            troops=_low(draft, "troops"),
            cameo=self.ontology.cameo_root(entry.type, mode),
            acled_event_type=acled[0] if acled else None,
            acled_sub_event_type=acled[1] if acled else None,
            confidence=confidence(draft),
            evidence=[evidence_of(draft, article)],
        )


# Relations that embed one event in another ("demanded that France withdraw", "called for the
# withdrawal of"); coordination ("condemned ..., suspended ... and closed ...") is not one.
HELD_NOUNS = word_set("held_place_nouns")


PLAN_ANNOUNCING_VERBS = word_set("plan_announcing_verbs")
STATE_TITLES = word_set("state_leader_titles")


def _names_its_doer(act: Token) -> bool:
    """'an attack by Boko Haram', 'a Boko Haram attack', 'the jihadists' attack'."""
    return any(
        (c.dep_ == "prep" and c.lower_ in arguments.PASSIVE_AGENT_PREPS)
        or (c.dep_ in {"compound", "poss", "nmod"} and (c.ent_type_ or c.pos_ == "PROPN"))
        or (c.dep_ == "poss" and c.pos_ == "NOUN")
        for c in act.children
    )


def _state_title(speakers: list[Token]) -> bool:
    """A speaker named with a state office ('President Idriss Déby', 'the prime minister')."""
    return any(w.lower_ in STATE_TITLES for head in speakers for w in head.subtree)


def _announces(reporter: Token) -> bool:
    """'announced that a dialogue would be held': announcing a plan with no doer named makes
    it the speaker's; 'diplomats said he could be asked' reports someone else's."""
    return reporter.lemma_.lower() in PLAN_ANNOUNCING_VERBS


def _acting_capital(head: Token) -> bool:
    """'Berlin decided to wind down ...', 'Paris withdrew its troops': a place named as the
    active subject of the act stands for its government (a place that is moved from or to is
    an object or a prepositional phrase, never the active subject)."""
    return head.dep_ == "nsubj"


def _holders(place_noun: Token) -> list[Token]:
    """Words naming who holds a place: 'rebel' in 'rebel-held town', 'army' in 'army camp'."""
    holders: list[Token] = []
    for child in place_noun.children:
        if child.dep_ in {"compound", "amod", "nmod"}:
            holders.append(child)
            holders.extend(g for g in child.children if g.dep_ in {"npadvmod", "compound"})
    return holders


def lead_of(doc: Doc, article: Article, sentences: int) -> Doc:
    """The parse of the report's lead, its first ``sentences`` sentences (headings not
    counted), as a document of its own: what an undated report's story is found by. Its
    character offsets are the report's."""
    counted = 0
    for sentence in doc.sents:
        if any(h.start <= sentence.start_char < h.end for h in article.headings):
            continue
        counted += 1
        if counted >= sentences:
            return doc if sentence.end >= len(doc) else doc[: sentence.end].as_doc()
    return doc


def _counted_crowd(verb: Token) -> bool:
    """The verb's subject is a crowd told only by its count ("Thousands marched")."""
    return any(c.dep_ == "nsubj" and c.lower_ in CROWD_COUNT_NOUNS for c in verb.children)


def _clause_country(token: Token, context: DocumentContext) -> str | None:
    """The country of the first place named in the trigger's clause: a state of emergency in
    "Tillia and other departments" is Niger's, whatever country the report is about."""
    clause = token
    while clause.head.i != clause.i and clause.pos_ not in {"VERB", "AUX"}:
        clause = clause.head  # up to the clause's verb, or the root ("est sous état d'urgence")
    places = (context.place_of(word) for word in clause.subtree if word.ent_type_ in {"GPE", "LOC"})
    return next((place.country for place in places if place and place.country), None)


def _definite_noun(token: Token) -> bool:
    """'the departure', 'the final departure date', "Tuesday's ambush", "before their
    arrest": a noun trigger pointing back."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    owner = token.head if token.dep_ == "compound" else token
    # a possessive pronoun points back where the noun is not what a verb brings in: "before
    # their arrest" (but "Boko Haram launched its insurgency in 2009" tells a new act)
    pointing_possessive = owner.dep_ not in {"dobj", "obj"}
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
        or (c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"})
        or (c.dep_ == "poss" and c.tag_ == "PRP$" and pointing_possessive)
        for c in owner.children
    )


def _tail_objects(match: TriggerMatch) -> list[Token]:
    """The object of a pattern that ends in a preposition: 'turned to Russia' -> Russia."""
    heads: list[Token] = []
    for word in match.words[1:]:
        if word.dep_ == "prep":
            for child in word.children:
                if child.dep_ == "pobj":
                    heads.extend(arguments.coordinated(child))
    return heads


FRAME_SLOTS = {"object", "passive_subject", "dative", "agent", "possessor", "modifier", "purpose"}


def _proposal_owners(objects: list[Token]) -> list[Token]:
    """Whose proposal, request or plan an object is: 'a U.S. request', "France's offer",
    'an appeal from the president', 'calls by the UN chief'."""
    owners: list[Token] = []
    for obj in objects:
        modifiers = [c for c in obj.children if c.dep_ in {"poss", "compound", "amod"}]
        owners += [c for c in modifiers if c.pos_ in {"PROPN", "ADJ", "PRON"} or c.ent_type_]
        owners += arguments.prep_heads(obj, OWNER_PREPS)
    return owners


def _low(draft: Draft, kind: str) -> int | None:
    count = draft.counts.get(kind)
    return count.low if count else None


__all__ = ["EventCoder", "Tense"]


def _object_of_its_actor(draft: Draft) -> bool:
    """A noun trigger that is the object of a verb whose subject is the event's actor: an act
    someone is reported to do ('the army carried out air strikes'), not a topic."""
    noun = arguments.clause_noun(draft.match.token)  # "announced the closure ... and a curfew"
    if noun.dep_ != "dobj":
        return False
    subjects = {c.i for c in noun.head.children if c.dep_ == "nsubj"}
    if any(token.i in subjects for _, token in draft.actors):
        return True
    # "the government had foiled an attempted coup", "the garrison repelled an attack": a
    # past act's target as the subject of its verb; "Mali faces attacks" is a situation
    return noun.head.tag_ in {"VBD", "VBN"} and any(
        token.i in subjects for _, token in draft.recipients
    )


def _dated_and_placed(draft: Draft) -> bool:
    """An event with no named actor told with its own date and a local place: 'Sunday's
    attack on the village of Sobane Da', 'fighting continued in Khartoum on Sunday'."""
    if draft.date is None or draft.date[1] is None or draft.place is None:
        return False
    return draft.place[0].precision != PlacePrecision.COUNTRY


def _ordered_to_act(draft: Draft, earlier: list[Draft]) -> list[tuple[Actor, Token]]:
    """The recipients of the latest earlier order that this act carries out ("ordered MINUSMA
    to leave ... the final departure"), or nothing."""
    modes = ORDERED_ACTS.get(draft.type, frozenset())
    order = next((d for d in reversed(earlier) if d.match.entry.mode in modes), None)
    return list(order.recipients) if order is not None else []


def _names_a_host(head: Token, context) -> bool:
    """Whether a visit's host names where it happens: a city ("travelled to Niamey"), or a
    country the visit goes to ("a visit to Russia", "visited Mali"), not one met elsewhere."""
    if context.names_a_city(head):
        return True
    place = context.place_of(head)
    if place is None or place.precision != PlacePrecision.COUNTRY:
        return False
    return head.dep_ == "dobj" or (head.dep_ == "pobj" and head.head.lower_ in VISIT_PREPS)
