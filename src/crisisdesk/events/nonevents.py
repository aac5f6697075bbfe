"""Trigger words that do not report a discrete act, whatever their type.

An experienced event coder leaves out, besides statements' content and purposes
(events/selection.py):

- habits and generic statements: "convoys are frequently ambushed";
- standing properties told in a present-tense relative clause: "a militia that supports the
  army", "Hamas, which advocates Israel's destruction";
- acts inside a purpose, however deep: "imposed an embargo to force the junta to step aside",
  "lend two planes to help move troops", "intervened, aiming to quell the uprising";
- questions: "asked whether he had been mistreated" is no request, and what a question asks
  about is not asserted;
- what someone is blamed for failing to do: "accused ECOWAS of failing to help them fight";
- the framework of a state of affairs: "present under a bilateral agreement";
- courtesies offered: "offers its condolences" is no agreement;
- a source's wish for anonymity: "he asked not to be named" is no request;
- an attack nobody has claimed: "no group has claimed the ambush" tells of no act, and does
  not deny the one told;
- danger: "the areas threatened by the militants" is no threat;
- conditions told without "if": "had a force been deployed", "whether or not their armies had
  arrived", and time clauses of a future act ("will hold them until the armies arrive");
- situations as causes: "families displaced by the conflict";
- absences over a period: "has not suffered an attack since 2011", "no execution since 1987";
- the reason for thanks or praise: "thanked Niger for its help";
- abilities: "they can mass several hundred fighters";
- the content of a suspicion: "villagers it suspected of collaborating with armed groups";
- support that comes with another act: "an inquiry with AU and UN support", "rallied in
  support of the junta" (the rally is the event);
- the act an ultimatum's deadline demands: "gave the ambassador 72 hours to leave" (the
  ultimatum is the event);
- publishing a document: "images released by Amnesty" is no release;
- direct questions: "Could he be released soon?", "Why has Chad arrested Succès Masra?" (a
  question asserts nothing; the act it asks about is told elsewhere if at all), and indirect
  ones opened by "whether" ("has not said when, or whether, such a force would be sent");
- what a free relative leaves open: "recalling what the mission was meant to support";
- generic statements with an act as their subject: "Sending troops into a member state
  requires a decision";
- the duty of a mandate: "an accord that MINUSMA was tasked with helping to implement";
- talk about something: "diplomats talk privately of a smaller force" is no meeting;
- trends: "the group has stepped up its attacks this year";
- the standing situation of a place: "Mali, where the army is fighting jihadist groups";
- territory held as a standing state: "Boko Haram has controlled large parts of Borno State
  since last year", "the rebels control the north" (taking control is an act);
- a visit that dates another act: "fighting broke out during a visit by the Prime Minister";
- a denial of having done something, when the act denied is no trigger: "has repeatedly
  denied arming the RSF" is no REJECT (a denied act that is a trigger is coded negated);
- what a source did not say: "did not say what the diplomats were alleged to have done",
  "did not say which group it held responsible" (an indirect question left unanswered);
- displacement told as a humanitarian figure: "fighting has displaced tens of thousands",
  "two million people have been displaced since 2019" (no one's act, a toll over a period);
- an alternative not taken: "killed himself rather than surrender";
- the source a report cites: "according to a UN commission of inquiry" is no inquiry told;
- the conditional perfect: "a draft resolution that would have extended the sanctions",
  "it would also have renewed the mandate": what would have happened did not;
- declining to comment: "the army declined to comment" is reporting furniture, no REJECT.

The words live in the grammar files (data/plover/grammar.<lang>.yaml); the rules are stated
in docs/coding-rules.md ("What is not an event").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from crisisdesk.events.arguments import verb_at_or_above
from crisisdesk.events.grammar import word_set

HABITUAL_ADVERBS = word_set("habitual_adverbs")
WAR_VERBS = word_set("war_verbs")
ORDER_VERBS = word_set("internal_order_verbs")
OWN_FORCE_NOUNS = word_set("own_force_nouns")
DEPARTURE_VERBS = word_set("departure_verbs")
STATE_NOUNS = word_set("state_nouns")
REPETITION_NOUNS = word_set("repetition_nouns")
REPETITION_COUNTS = word_set("repetition_counts")
QUESTION_MARKS = word_set("question_marks")
FAILURE_WORDS = word_set("failure_words")
FRAMEWORK_PREPOSITIONS = word_set("framework_prepositions")
COURTESY_NOUNS = word_set("courtesy_nouns")
ANONYMITY_VERBS = word_set("anonymity_verbs")
CLAIMING_VERBS = word_set("claiming_verbs")
NO_ONE_DETERMINERS = word_set("no_one_determiners")
PURPOSE_PARTICIPLES = word_set("purpose_participles")
TEMPORAL_PREPS = word_set("temporal_prepositions")
PRESENT_TAGS = word_set("present_relative_tags")
MISTAGGED_PASTS = word_set("mistagged_pasts")
DO_SUPPORT = word_set("do_support_auxiliaries")
PARTICIPLE_TAGS = {"VBG", "VBN"}
THREAT_CONTENT_PREPS = word_set("threat_content_prepositions")
THREATENED_ACT_NOUNS = word_set("threatened_act_nouns")
INVERTED_CONDITION_AUXES = word_set("inverted_condition_auxiliaries")
SITUATION_NOUNS = word_set("situation_nouns")
NATURAL_CAUSE_NOUNS = word_set("natural_cause_nouns")
ABSENCE_SINCE = word_set("absence_since_prepositions")
# "have killed thousands of people": a count only a tally over a period gives
TALLY_COUNT_WORDS = word_set("tally_count_words")
PERIOD_START_MARKS = word_set("period_start_marks")
THANKING_VERBS = word_set("thanking_verbs")
REASON_PREPS = word_set("reason_prepositions")
ABILITY_AUXES = word_set("ability_auxiliaries")
SUSPICION_WORDS = word_set("suspicion_words")
SUPPORT_MANNER_NOUNS = word_set("support_manner_nouns")
SUPPORT_MANNER_PREPS = word_set("support_manner_prepositions")
SUPPORT_CAUSE_PREPS = word_set("support_cause_prepositions")
SUPPORT_CAUSE_COMPLEMENTS = word_set("support_cause_complements")
DEADLINE_NOUNS = word_set("deadline_nouns")
PUBLISHING_VERBS = word_set("publishing_verbs")
DOCUMENT_NOUNS = word_set("document_nouns")
FUTURE_TIME_MARKS = word_set("future_time_marks")
NEGATIONS = {"not", "n't", "never", "no"}
FEELING_NOUNS = word_set("feeling_nouns")
EXPRESSING_VERBS = word_set("expressing_verbs")
FREE_RELATIVE_PRONOUNS = word_set("free_relative_pronouns")
MANDATE_VERBS = word_set("mandate_verbs")
SPEAKING_ABOUT_VERBS = word_set("speaking_about_verbs")
TOPIC_PREPOSITIONS = word_set("topic_prepositions")
PARTNER_PREPOSITIONS = word_set("speaking_partner_prepositions")
TREND_VERBS = word_set("trend_verbs")
SITUATION_RELATIVES = word_set("situation_relative_adverbs")
TIME_FRAME_NOUNS = word_set("time_frame_nouns")
TIME_FRAME_PREPOSITIONS = word_set("time_frame_prepositions")
DENIAL_VERBS = word_set("denial_verbs")
STANDING_STATE_VERBS = word_set("standing_state_verbs")
INDIRECT_QUESTION_WORDS = word_set("indirect_question_words")
DISPLACEMENT_VERBS = word_set("displacement_verbs")
DISPLACEMENT_CAUSES = word_set("displacement_cause_nouns")
FLIGHT_VERBS = word_set("flight_verbs")
OCCASION_NOUNS = word_set("occasion_nouns")
SEQUENCE_VERBS = word_set("sequence_verbs")
PERIOD_PREPOSITIONS = word_set("period_prepositions")
ALTERNATIVE_MARKERS = word_set("alternative_markers")
SOURCE_PHRASES = word_set("source_phrases")
UNREAL_PAST_MODALS = word_set("unreal_past_modals")
DEADLINE_PREPOSITIONS = word_set("deadline_prepositions")
COMMENT_VERBS = word_set("comment_verbs")
QUESTION_END = "?"

RELATIVE_DEPS = {"relcl", "acl:relcl"}
# the words above a trigger that still belong to what it is part of (its content, its object)
CONTENT_DEPS = {"xcomp", "ccomp", "dobj", "obj", "pobj", "obl", "prep", "pcomp"}


def not_an_act(token: Token, is_purpose: Callable[[Token], bool]) -> bool:
    """Whether a trigger word reports no discrete act (see the module); ``is_purpose`` tells
    an infinitive of purpose."""
    return (
        habitual(token)
        or present_description(token)
        or inside_purpose(token, is_purpose)
        or questioned(token)
        or failed_charge(token)
        or framework(token)
        or courtesy(token)
        or anonymity(token)
        or unclaimed(token)
        or unmarked_condition(token)
        or caused_by_situation(token)
        or natural_cause(token)
        or absence_since(token)
        or reason_for_thanks(token)
        or ability(token)
        or suspected(token)
        or accompanying_support(token)
        or deadline_act(token)
        or publication(token)
        or direct_question(token)
        or left_open(token)
        or generic_subject(token)
        or mandated(token)
        or talk_about(token)
        or trend(token)
        or place_situation(token)
        or state_at_war(token)
        or internal_order(token)
        or time_frame(token)
        or followed_occasion(token)
        or denial_of_doing(token)
        or standing_control(token)
        or unsaid(token)
        or displacement_figure(token)
        or fled_situation(token)
        or alternative_not_taken(token)
        or cited_source(token)
        or counterfactual(token)
        or no_comment(token)
        or tally(token)
    )


def _clause_verb(token: Token) -> Token | None:
    """The trigger itself when a verb, else the nearest verb above it (three steps)."""
    return verb_at_or_above(token, 3)


def habitual(token: Token) -> bool:
    """'they are frequently ambushed', 'are regularly attacked': a habit, not one act; nor
    is an act counted in times ('targeted several times', 'attacked three times')."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    return any(
        (c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS) or _times_counted(c)
        for c in verb.children
    )


def _times_counted(child: Token) -> bool:
    """'several times', 'three times' hanging from the verb: a count of repeated acts."""
    if child.dep_ != "npadvmod" or child.lemma_.lower() not in REPETITION_NOUNS:
        return False
    if child.tag_ != "NNS":
        return False  # "at the time", "this time": one act
    return any(
        (m.dep_ == "nummod" and m.like_num) or m.lower_ in REPETITION_COUNTS for m in child.children
    )


def present_description(token: Token) -> bool:
    """'a militia that supports the army', 'the electricity it supplies': a present-tense
    relative clause (no auxiliary) states a standing property of its noun, not an act."""
    verb = _clause_verb(token)
    for _ in range(3):  # "a resolution that aims to tighten sanctions and impose a blockade"
        if verb is None or verb.dep_ not in {"xcomp", "conj"}:
            break
        verb = verb.head
    if verb is None or verb.dep_ not in RELATIVE_DEPS:
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if auxiliaries:
        # "which is fighting", "who has been detained": an act in progress or done; but
        # "which does not recognise the junta" is do-support, a simple present still
        return all(
            a.lemma_.lower() in DO_SUPPORT and a.tag_.lower() in PRESENT_TAGS for a in auxiliaries
        )
    # English only (no French list): the French parser takes "faute de quoi elle n'exclut
    # pas" for a relative clause
    return verb.tag_.lower() in PRESENT_TAGS and verb.lower_ not in MISTAGGED_PASTS


def inside_purpose(token: Token, is_purpose: Callable[[Token], bool]) -> bool:
    """A trigger within a purpose, below its infinitive: 'to force the junta to step aside',
    'to help move troops', 'aiming to quell the uprising'. ``is_purpose`` tells an infinitive
    of purpose (selection.py), an adverbial one: 'is set to conclude its withdrawal' is no
    purpose. The purpose's own verb is selection.py's business."""
    if _purpose_participle(token):
        return True
    current = token
    for _ in range(5):
        if current.head.i == current.i or current.dep_ not in CONTENT_DEPS:
            return False  # "to protect civilians who had been attacked": told as fact
        if current.dep_ == "prep" and current.lower_ in TEMPORAL_PREPS:
            return False  # "to stabilise the region after the coup": an event of its own
        current = current.head
        if (current.dep_ == "advcl" and is_purpose(current)) or _purpose_participle(current):
            return True
    return False


def _purpose_participle(verb: Token) -> bool:
    """'aiming to quell the uprising': the infinitive under a participle of aim."""
    head = verb.head
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "xcomp"
        and head.dep_ == "advcl"
        and head.tag_ == "VBG"
        and head.lemma_.lower() in PURPOSE_PARTICIPLES
    )


def questioned(token: Token) -> bool:
    """'asked whether he had been mistreated': a question is not a request, and what it asks
    about is not asserted."""
    if token.pos_ == "VERB" and any(c.dep_ == "ccomp" and _is_question(c) for c in token.children):
        return token.lemma_.lower() in ASKING_VERBS
    current = token
    for _ in range(4):
        # "Whether Chad will turn to Russia remains an open question": a subject clause too
        if (
            current.pos_ in {"VERB", "AUX"}
            and current.dep_ in {"ccomp", "csubj"}
            and _is_question(current)
        ):
            return True
        if current.head.i == current.i or current.dep_ in RELATIVE_DEPS:
            return False
        current = current.head
    return False


ASKING_VERBS = word_set("asking_verbs")
QUESTION_ADVERBS = word_set("question_adverbs")


def _is_question(clause: Token) -> bool:
    """A clause opened by 'whether' (an indirect yes-no question) or by 'where', 'how', 'why'
    ("did not say where he is being held", "how his release was obtained"): it asks about the
    circumstances of an act told elsewhere, it does not report one."""
    return any(
        (c.dep_ == "mark" and c.lower_ in QUESTION_MARKS)
        or (c.tag_ == "WRB" and c.lower_ in QUESTION_ADVERBS and c.i < clause.i)
        for c in clause.children
    )


def failed_charge(token: Token) -> bool:
    """'accused ECOWAS of failing to help them fight', 'over his failure to stop the attacks':
    what someone is blamed for not doing is the content of a charge, not an event."""
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ in RELATIVE_DEPS:
            return False
        current = current.head
        if current.lemma_.lower() in FAILURE_WORDS and current.tag_ in {"VBG", "NN"}:
            return True
    return False


def framework(token: Token) -> bool:
    """'present under a bilateral agreement', 'operating under a UN mandate': the framework of
    a state of affairs, not an act."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in FRAMEWORK_PREPOSITIONS
        and token.head.head.pos_ in {"VERB", "AUX", "ADJ"}
    )


def courtesy(token: Token) -> bool:
    """'offers its condolences', 'extended its sympathy': a courtesy, not a promise or aid;
    'expressed his immense relief': a feeling, not relief aid."""
    if token.lemma_.lower() in FEELING_NOUNS and token.dep_ in {"dobj", "obj"}:
        return token.head.lemma_.lower() in EXPRESSING_VERBS
    return token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in COURTESY_NOUNS for c in token.children
    )


def anonymity(token: Token) -> bool:
    """'He asked not to be named', 'an official who asked not to be identified': a source's
    wish not to be named is reporting furniture, not a request."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in ANONYMITY_VERBS
        and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "auxpass" for g in c.children)
        for c in token.children
    )


def unclaimed(token: Token) -> bool:
    """'The group has not claimed the bombings', 'No group had claimed the ambush by Sunday':
    an attack named as the object of a claim nobody has made refers back to the attack the
    report tells; it is neither a new act nor a denial of that one."""
    head = token.head
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ != "dobj":
        return False
    if head.lemma_.lower() not in CLAIMING_VERBS:
        return False
    negated = any(c.dep_ == "neg" for c in head.children)
    nobody = any(
        (
            c.dep_ in {"nsubj", "nsubjpass"}
            and any(d.dep_ == "det" and d.lower_ in NO_ONE_DETERMINERS for d in c.children)
        )
        or (c.dep_ == "nsubj" and c.lower_ in NO_ONE_DETERMINERS)
        for c in head.children
    )
    return negated or nobody


def endangering(token: Token) -> bool:
    """'the areas threatened by the militants', 'pushing south, threatening the garrison': a
    participle of threatening that names no threatened act (no infinitive, no 'with ...')
    says that something is in danger, not that someone made a threat."""
    if token.pos_ != "VERB" or token.tag_ not in PARTICIPLE_TAGS:
        return False
    if token.dep_ not in {"acl", "advcl", "conj", "amod"}:
        return False
    return not any(
        c.dep_ in {"xcomp", "ccomp"}
        or (c.dep_ == "prep" and c.lower_ in THREAT_CONTENT_PREPS)
        # "threatening targeted sanctions if the junta did not ...": the object is the act
        or (c.dep_ == "dobj" and c.lemma_.lower() in THREATENED_ACT_NOUNS)
        for c in token.children
    )


def unmarked_condition(token: Token) -> bool:
    """A condition with no 'if': an inverted one ('had a force been deployed', 'were the junta
    to refuse', 'should talks fail'), a 'whether or not' clause, and a time clause of a future
    act ('they will hold the positions until the armies arrive')."""
    if _inverted_condition(token):
        return True
    verb = _clause_verb(token)
    for _ in range(3):
        if verb is None:
            return False
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if verb.dep_ == "advcl" and marks & QUESTION_MARKS:
            return True  # "whether or not their armies had arrived"
        if verb.dep_ == "advcl" and marks & FUTURE_TIME_MARKS and _future(verb.head):
            return verb.tag_ in {"VBP", "VBZ"}  # "until the armies arrive": not yet
        if verb.dep_ not in {"xcomp", "conj"}:
            return False
        verb = verb.head
    return False


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children)


def _inverted_condition(token: Token) -> bool:
    """'had a force like Benin's been deployed', 'were the junta to refuse': 'had' or 'were'
    opening a clause, then a noun phrase, then the trigger's 'been ...' or 'to ...'. Read word
    by word: the parser rarely sees the inversion."""
    if token.pos_ != "VERB":
        return False
    sentence = token.sent
    # only the eight words before the trigger can open its clause
    for aux in token.doc[max(sentence.start, token.i - 8) : token.i]:
        if aux.lower_ not in INVERTED_CONDITION_AUXES:
            continue
        if aux.doc[aux.i + 1].tag_ not in {"DT", "PRP$", "NNP", "NN", "NNS", "CD"}:
            continue  # "had been deployed", "had deployed": no subject in between
        between = aux.doc[aux.i + 1 : token.i]
        if any(
            w.pos_ in {"VERB", "AUX"} and w.tag_ != "POS" and w.lower_ not in {"been", "be"}
            for w in between
        ):
            continue  # another clause in between
        words = {w.lower_ for w in between}
        if aux.lower_ == "had" and token.tag_ == "VBN" and "been" in words:
            return True
        opens = aux.i == sentence.start or aux.doc[aux.i - 1].tag_ in {",", "CC", ":"}
        if aux.lower_ != "had" and opens and ("to" in words or token.tag_ == "VB"):
            return True  # "were the junta to refuse", "should talks fail"; not "they were
            # the first to attack"
    return False


def caused_by_situation(token: Token) -> bool:
    """'families displaced by the conflict with Boko Haram': a situation, not an actor, as
    the agent of a participle tells no act."""
    if token.pos_ != "VERB":
        return False
    agents = [
        g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return bool(agents) and all(a.lemma_.lower() in SITUATION_NOUNS for a in agents)


def natural_cause(token: Token) -> bool:
    """'Floods killed 12 people', 'the floods claimed 12 lives', 'a cholera outbreak has killed
    30', 'were killed by lightning': deaths from a hazard or a disease are nobody's act."""
    if token.pos_ != "VERB":
        return False
    causes = [c for c in token.children if c.dep_ == "nsubj"]
    causes += [g for c in token.children if c.dep_ == "agent" for g in c.children]
    return bool(causes) and all(
        c.lemma_.lower() in NATURAL_CAUSE_NOUNS
        or any(
            m.dep_ in {"compound", "amod"} and m.lemma_.lower() in NATURAL_CAUSE_NOUNS
            for m in c.children
        )
        for c in causes
    )


def absence_since(token: Token) -> bool:
    """'Mauritania has not suffered a jihadist attack since 2011', 'has carried out no
    execution since 1987': a negated act over a period is a state of affairs, not an event."""
    verb = _clause_verb(token)
    if verb is None:
        return False
    negated = any(c.dep_ == "neg" and c.lower_ in NEGATIONS for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children
    )
    if not negated:
        return False
    holders = {verb, token}
    return any(c.dep_ == "prep" and c.lower_ in ABSENCE_SINCE for h in holders for c in h.children)


def reason_for_thanks(token: Token) -> bool:
    """'thanked Niger for its help': what someone is thanked or praised for."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in REASON_PREPS
        and token.head.head.lemma_.lower() in THANKING_VERBS
    )


def ability(token: Token) -> bool:
    """'they can mass several hundred fighters': what someone is able to do."""
    verb = _clause_verb(token)
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ABILITY_AUXES for c in verb.children
    )


def suspected(token: Token) -> bool:
    """'villagers it suspected of collaborating with the armed groups', 'suspected of
    planning attacks': the content of a suspicion is not asserted."""
    current = token
    for _ in range(3):
        if current.head.i == current.i or current.dep_ not in {"pcomp", "pobj", "prep"}:
            return False
        current = current.head
        if current.lemma_.lower() in SUSPICION_WORDS or current.lower_ in SUSPICION_WORDS:
            return True
    return False


def accompanying_support(token: Token) -> bool:
    """'an inquiry with African Union and UN support', 'rallied in support of the junta': the
    support is how or why another act is done."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SUPPORT_MANNER_NOUNS:
        return False
    current = token
    while current.dep_ in {"conj", "compound"} and current.head.i != current.i:
        current = current.head
    if current.dep_ != "pobj":
        return False
    if current.head.lower_ in SUPPORT_MANNER_PREPS:
        return True
    # "in support of", "in solidarity with"; not "in a show of support"
    return (
        current.head.lower_ in SUPPORT_CAUSE_PREPS
        and current.i == token.i
        and any(c.dep_ == "prep" and c.lower_ in SUPPORT_CAUSE_COMPLEMENTS for c in token.children)
    )


def deadline_act(token: Token) -> bool:
    """'gave the French ambassador 72 hours to leave the country': the act an ultimatum's
    deadline demands is the ultimatum's content, not an event."""
    return (
        token.pos_ == "VERB"
        and token.dep_ in {"relcl", "acl"}
        and token.head.lemma_.lower() in DEADLINE_NOUNS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)
    )


def publication(token: Token) -> bool:
    """'images released by Amnesty', 'released a report': publishing a document."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in PUBLISHING_VERBS:
        return False
    things = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ in {"acl", "amod"}:
        things.append(token.head)
    return bool(things) and all(t.lemma_.lower() in DOCUMENT_NOUNS for t in things)


def direct_question(token: Token) -> bool:
    """'Could he be released soon?', 'Why has Chad arrested Succès Masra?', 'How does ECOWAS
    respond when soldiers take power?': a question asserts nothing (a Q&A heading asks about
    what the text states elsewhere); an indirect one opened by 'whether' neither ('has not
    said when, or whether, such a force would be sent')."""
    if token.sent.text.rstrip().rstrip("\"'”’").endswith(QUESTION_END):
        return True
    verb = _clause_verb(token)
    return verb is not None and any(
        c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in verb.children
    )


def left_open(token: Token) -> bool:
    """'recalling what the mission was meant to support': an act whose object is a free
    relative 'what' names no act done to anything; it describes a purpose or asks about it."""
    return token.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "obj"} and c.lower_ in FREE_RELATIVE_PRONOUNS and c.tag_ == "WP"
        for c in token.children
    )


def generic_subject(token: Token) -> bool:
    """'Sending troops into a member state requires a decision of the heads of state': an
    act named by a gerund as the subject of a present-tense verb is spoken of in general."""
    if token.tag_ != "VBG" or token.dep_ not in {"csubj", "nsubj"}:
        return False
    head = token.head
    return head.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in head.children
    )


def mandated(token: Token) -> bool:
    """'an accord that MINUSMA was tasked with helping to implement', 'mandated to protect
    civilians': what a mandate charges someone with is a duty, not an act done."""
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ not in CONTENT_DEPS:
            return False
        current = current.head
        if current.lemma_.lower() in MANDATE_VERBS and current.pos_ == "VERB":
            return True
    return False


def talk_about(token: Token) -> bool:
    """'some diplomats already talk privately of a smaller force': talking about something,
    with no partner to talk with, is no meeting."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SPEAKING_ABOUT_VERBS:
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    return bool(preps & TOPIC_PREPOSITIONS) and not preps & PARTNER_PREPOSITIONS


def trend(token: Token) -> bool:
    """'the group has stepped up its attacks this year', 'intensified their raids': acts in
    the plural as what a trend increases are a tendency, not one act."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ in {"NNS", "NNPS"}
        and token.dep_ in {"dobj", "obj"}
        and token.head.lemma_.lower() in TREND_VERBS
    )


def state_at_war(token: Token) -> bool:
    """'Niger is also fighting groups linked to al-Qaeda', 'the three countries are fighting
    insurgencies': a state as a whole at war, told in the present with no date, is its standing
    situation, not an act (tests/gold/README.md, "Not coded"); "is fighting ... since 2015"
    tells a period and stays."""
    if token.pos_ != "VERB" or token.tag_ != "VBG" or token.lemma_.lower() not in WAR_VERBS:
        return False
    auxiliaries = [c for c in token.children if c.dep_ == "aux"]
    if not auxiliaries or any(a.tag_ not in {"VBZ", "VBP"} for a in auxiliaries):
        return False  # "was fighting", "have been fighting": a told time
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects or not all(_whole_state(s) for s in subjects):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)


def internal_order(token: Token) -> bool:
    """'ordered the security agencies to rescue the passengers', 'directed the army to hunt
    down the attackers': a leader's order to his own state's forces is how the state acts,
    not a request from one party to another. An order to a foreign force ('ordered French
    troops to leave') or to a named party stays."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ORDER_VERBS:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() not in OWN_FORCE_NOUNS:
        return False
    force = objects[0]
    if force.pos_ != "NOUN" or any(
        c.ent_type_ in {"NORP", "GPE", "ORG"} for c in force.subtree if c.i != force.i
    ):
        return False  # "French troops", "the forces of Mali": a party named
    return not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in DEPARTURE_VERBS for c in token.children
    )


def general_present(token: Token) -> bool:
    """'The two groups attack troops and civilians in Chad, Nigeria, Niger and Cameroon': an
    attack verb in the simple present with a common-noun subject and no date states what the
    doers do in general, not one act (a headline's present is a heading, not coded)."""
    if token.pos_ != "VERB" or token.tag_ not in {"VBP", "VBZ"}:
        return False
    if any(c.dep_.startswith("aux") for c in token.children) or token.dep_ not in {"ROOT", "conj"}:
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "conj" and not subjects:
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    if not subjects or any(s.pos_ != "NOUN" for s in subjects):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)


def _whole_state(subject: Token) -> bool:
    """A state named as a whole: 'Niger', 'the three countries' (not 'Malian troops')."""
    if subject.ent_type_ == "GPE" and subject.pos_ == "PROPN":
        return True
    return subject.lemma_.lower() in STATE_NOUNS


def place_situation(token: Token) -> bool:
    """'Mali, where the army is fighting jihadist groups': a present-tense clause on a place
    states its standing situation, background to the report, not one of its events (a
    perfect tells a period of its own: 'where they have been fighting since 2020')."""
    verb = _clause_verb(token)
    if verb is None or verb.dep_ not in RELATIVE_DEPS:
        return False
    if not any(c.lower_ in SITUATION_RELATIVES and c.dep_ == "advmod" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() == "have" for a in auxiliaries):
        return False  # "where they have been fighting each other since 2020": a told period
    tags = {verb.tag_} | {a.tag_ for a in auxiliaries}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"}


def time_frame(token: Token) -> bool:
    """'the fighting that broke out in Kidal on 17 May 2014, during a visit by the Prime
    Minister': a visit named as the time of another act dates it; it is not the news."""
    return (
        token.lemma_.lower() in TIME_FRAME_NOUNS
        and token.dep_ == "pobj"
        and token.head.lower_ in TIME_FRAME_PREPOSITIONS
    )


def followed_occasion(token: Token) -> bool:
    """'The warning followed the ECOWAS summit in Abuja on 30 July': a meeting named as what
    another act followed (or preceded) dates that act, as a visit does (:func:`time_frame`);
    what the meeting did, told of it, is coded ('which gave the soldiers one week')."""
    return (
        token.lemma_.lower() in OCCASION_NOUNS
        and token.dep_ in {"dobj", "obj"}
        and token.head.lemma_.lower() in SEQUENCE_VERBS
    )


def denial_of_doing(token: Token) -> bool:
    """'The UAE has repeatedly denied arming the RSF', 'denied that it had sheltered him': to
    deny having done something is no rejection of a proposal; the act denied, when the
    lexicon knows it, is coded negated (events/selection.py)."""
    return token.lemma_.lower() in DENIAL_VERBS and any(
        c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in token.children
    )


def standing_control(token: Token) -> bool:
    """'Boko Haram has controlled large parts of Borno State since last year', 'the rebels
    control the north': holding territory, told in the present or the present perfect, is a
    standing state; taking it ('seized', 'took control of') is the act."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in STANDING_STATE_VERBS:
        return False
    if token.tag_ in {"VBZ", "VBP"}:
        return True
    return token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"}
        for c in token.children
    )


def unsaid(token: Token) -> bool:
    """'It did not say what the diplomats were alleged to have done', 'did not say which
    group it held responsible': a clause opened by 'what' or 'which' under a negated verb is
    a question left unanswered; what it asks about is not asserted."""
    current = token
    for _ in range(4):
        if current.head.i == current.i or current.dep_ in RELATIVE_DEPS:
            return False
        if current.dep_ == "ccomp" and current.pos_ in {"VERB", "AUX"}:
            opener = current.left_edge
            return (
                opener.i < current.i
                and opener.tag_ in {"WP", "WDT"}
                and opener.lower_ in INDIRECT_QUESTION_WORDS
                and any(c.dep_ == "neg" for c in current.head.children)
            )
        current = current.head
    return False


def displacement_figure(token: Token) -> bool:
    """'Fighting has since displaced tens of thousands of people', 'More than two million
    people have been displaced in Burkina Faso since 2019': displacement caused by a
    situation, or counted over a period, is a humanitarian figure, not someone's act (an
    expulsion by a named party stays COERCE). So are people described by the acts that
    displaced them: "The site hosts families displaced by earlier raids" (the raids are
    events of their own where the report tells them)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DISPLACEMENT_VERBS:
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in SITUATION_NOUNS for c in token.children):
        return True
    agents = [
        g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    if (
        token.dep_ == "acl"
        and agents
        and all(a.lemma_.lower() in DISPLACEMENT_CAUSES for a in agents)
    ):
        return True  # "families displaced by earlier raids": who they are, not a new act
    agentless = not any(c.dep_ == "agent" for c in token.children)
    over_a_period = any(
        c.dep_ == "prep" and c.lower_ in PERIOD_PREPOSITIONS for c in token.children
    )
    return agentless and over_a_period


def fled_situation(token: Token) -> bool:
    """'Ngouboua hosts refugees who fled the fighting in north-east Nigeria', 'families fleeing
    the violence': a situation people flee is why they are where they are, not an act the
    report tells (one named act fled from, 'fled the attack on Monday', stays)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SITUATION_NOUNS:
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":  # "fled from the fighting"
        token, head = head, head.head
    return token.dep_ in {"dobj", "obj", "prep"} and head.lemma_.lower() in FLIGHT_VERBS


def alternative_not_taken(token: Token) -> bool:
    """'killed himself when the fighters surrounded him, rather than surrender', 'instead of
    negotiating': an act named as the alternative someone did not choose did not happen and
    is no refusal either."""
    if token.pos_ != "VERB":
        return False
    before = " ".join(t.lower_ for t in token.doc[max(token.i - 3, token.sent.start) : token.i])
    return any(before.endswith(marker) for marker in ALTERNATIVE_MARKERS)


def cited_source(token: Token) -> bool:
    """'killing at least 156 people, according to a UN commission of inquiry': the body a
    report cites as its source is where a figure comes from, not an event of the report."""
    if token.dep_ != "pobj" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    prep = token.head
    return f"{prep.head.lower_} {prep.lower_}" in SOURCE_PHRASES


def counterfactual(token: Token) -> bool:
    """'a draft resolution that would have extended the travel ban', 'it would also have
    renewed the mandate': a modal with the perfect tells what did not happen. A deadline
    makes it a future perfect, still to come ('would have left by the end of the month')."""
    verb = _clause_verb(token)
    if verb is None or verb.tag_ != "VBN":
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not (auxiliaries & UNREAL_PAST_MODALS and "have" in auxiliaries):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in DEADLINE_PREPOSITIONS for c in verb.children)


def no_comment(token: Token) -> bool:
    """'The army declined to comment', 'refused to comment on the arrests': a source's silence
    is reporting furniture, not a rejection of anything."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS for c in token.children
    )


def tally(token: Token) -> bool:
    """'Jihadist violence has killed thousands of people in Burkina Faso', 'Guinea-Bissau has
    seen four successful coups since independence', 'Attacks on civilians have multiplied
    since 2015': acts summed over a period, told in the perfect, are a tally, not an event. Its
    signs: a count only a tally gives ("thousands", "millions"), or acts in the plural over a
    period opened by "since". An ongoing holding or siege "since July" stays one act."""
    verb = _clause_verb(token)
    if verb is None or not _perfect(verb):
        return False
    counted = [c for c in verb.children if c.dep_ in TALLIED_DEPS]
    if any(_tally_count(c) for c in counted):
        return True
    plural_acts = token.pos_ == "NOUN" and token.tag_ == "NNS"
    return plural_acts and any(
        c.dep_ in {"prep", "mark"} and c.lower_ in PERIOD_START_MARKS for c in verb.children
    )


# the phrases of a verb that count what it did or who suffered it (not "Thousands of supporters
# had gathered": a crowd counted)
TALLIED_DEPS = {"dobj", "obj", "nsubjpass"}


def _tally_count(head: Token) -> bool:
    """A phrase counted as only a tally counts: "thousands of people", "tens of thousands of
    civilians", "many thousands" (the count itself, not a clause about the phrase)."""
    words = [head, *(c for c in head.children if c.dep_ in {"nummod", "quantmod", "amod"})]
    # "tens of thousands": the count's own "of"
    words += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(w.lower_ in TALLY_COUNT_WORDS for w in words)


def _perfect(verb: Token) -> bool:
    """'has killed', 'have been set on fire', 'had killed': a perfect tense; a conjunct with no
    auxiliary of its own shares its first verb's ("had helped ... and had killed")."""
    if verb.tag_ != "VBN":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries and verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        auxiliaries = [c for c in verb.head.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.lemma_.lower() == "have" for c in auxiliaries)
