"""One event per real event across a document: a restatement joins the first mention.

A mention joins the event a definite noun links it to (:mod:`.antecedents`), or else the first
earlier event it restates: of the same type, day, place and status with parties that fit ("the
army said it had taken Kidal"), or undated with the same type and parties ("the departure of
MINUSMA left a void"), or a detail sentence right after it that tells its parts or manner by
the same side (:func:`_detail_of`). The first mention is kept and takes what the restatement
tells that it did not.
"""

from __future__ import annotations

from datetime import timedelta

from crisisdesk.events.draft import SPECIFICITY
from crisisdesk.events.merging.families import (
    ADDED_COUNT_ADVERBS,
    AKIN_STATUSES,
    COUP_DOER_SECTORS,
    COUP_PART_MODES,
    COUP_TYPE,
    COUP_WHOLE_MODES,
    DETAIL_TYPES,
    DETENTION_MODE,
    FIGHT_LOSS_WORDS,
    FIGHT_NOUNS,
    FIGHTING_SECTORS,
    JUNTA_SECTORS,
    JUNTA_WORDS,
    NEW_ACT,
    OWN_ACT_MODES,
    PERPETRATOR_NOUNS,
    PERSONAL_TARGET_TYPES,
    RELATIVE_LAG_DAYS,
    REPORT_LAG_DAYS,
    SAME_TOLL_MIN,
    SCENES,
    STATE_SECTORS,
    TARGET_FIGHT_WORDS,
    _modes_agree,
    one_act,
)
from crisisdesk.events.merging.parties import (
    _armed,
    _one_party,
    _parties_fit,
    _places_agree,
    _reversed,
    _same_division,
    _same_side,
    _sector,
    named_already,
)
from crisisdesk.model import Actor, ActorKind, DatePrecision, Event, Place, Status

# Dates precise enough that two mentions on them, at one place, by fitting parties, are one act.
PRECISE_DATES = {DatePrecision.DAY, DatePrecision.WEEK}
# finest first: a restatement's date refines the first mention's when it ranks lower
DATE_RANK = {
    DatePrecision.DAY: 0,
    DatePrecision.WEEK: 1,
    DatePrecision.MONTH: 2,
    DatePrecision.YEAR: 3,
}


def merge_repeated(
    events: list[Event],
    links: list[int | None] | None = None,
    report_days: list[bool] | None = None,
    relative_days: list[bool] | None = None,
) -> list[Event]:
    """The same event stated twice in a document is one event with two evidences.

    ``links`` gives, for each event, the index of the event it restates by a definite noun
    (:func:`antecedent_links`); such an event joins that one. Otherwise a mention joins the
    first earlier one it restates (:func:`_restates`). ``report_days`` marks the events whose
    sentence dates only the telling of the act (:func:`report_days`): they fold as undated
    into an act told shortly before the telling, and an event first told that way takes the
    day of a later mention that gives the act's own ("fighters stormed the camp on Tuesday").
    """
    lent = {id(e) for e, flag in zip(events, report_days or [], strict=False) if flag}
    # of those, the days a relative clause borrowed from its main clause ("brought back the
    # schoolgirls they abducted"): the act may lie longer before
    borrowed = {id(e) for e, flag in zip(events, relative_days or [], strict=False) if flag}
    kept: list[Event] = []
    home: list[Event] = []  # the kept event each input event ended in
    # the mentions each kept event absorbed: restating one of them restates the event ("the
    # agreement could unravel" after "signed a peace agreement" / "the agreement opens the way")
    told: dict[int, list[Event]] = {}
    fights: list[Event] = []  # attacks the other side's losses joined: fights once all is told
    # the sentences that tell some event: a toll told after sentences telling none is the next
    # thing the report tells ("... came under attack, the ministry said. More than 100
    # assailants were neutralised")
    telling = sorted({evidence.sentence_start for e in events for evidence in e.evidence})
    for number, event in enumerate(events):
        link = links[number] if links else None
        if link == NEW_ACT:
            target: Event | None = None
        elif link is not None and link < number:
            target = home[link]
        else:
            matches = [k for k in kept if _restates_any(event, k, told[id(k)], lent, borrowed)]
            target = _nearest_for_a_bare_killing(event, matches)
        if target is None:
            kept.append(event)
            told[id(event)] = []
        else:
            told[id(target)].append(event.model_copy(deep=True))
            if id(target) in lent and _dated_in_its_sentence(event) and id(event) not in lent:
                # "began mourning on Friday for the 71 soldiers killed in an attack" /
                # "fighters stormed the camp on Tuesday evening": the act's own day
                _take_date(target, event)
                lent.discard(id(target))
            if _absorb(target, event, telling):
                fights.append(target)
        home.append(target or event)
    for fight in fights:
        _as_fight(fight)
    return kept


def _restates_any(
    event: Event,
    kept: Event,
    absorbed: list[Event],
    lent: set[int] = frozenset(),
    borrowed: set[int] = frozenset(),
) -> bool:
    """Does ``event`` restate the kept event, or one of the mentions it absorbed, without
    turning round the parties the whole event has? ``lent``: events dated by a telling."""
    if _restates(event, kept, lent, borrowed) or _detail_of(event, kept):
        return True
    if _reversed(event.actors, kept.recipients) or _reversed(kept.actors, event.recipients):
        return False
    placed = _placed_in_its_sentence(event) and _placed_in_its_sentence(kept)
    if placed and not _places_agree(event.place, kept.place):
        return False  # "gunmen killed two soldiers near Porga": not the Alibori ambush
    return any(_restates(event, mention, lent, borrowed) for mention in absorbed)


COUNT_FIELDS = ("dead", "dead_high", "injured", "abducted", "arrested", "troops")


def _absorb(target: Event, restatement: Event, telling: list[int] = ()) -> bool:
    """Keep the first mention and add what the restatement tells that it did not. True when
    the restatement added the other side's losses in the same fight. ``telling``: the start
    offsets of the sentences that tell some event."""
    losses = _adds_to_toll(target, restatement, telling)
    more = not losses and _more_victims(target, restatement)
    target.evidence.extend(restatement.evidence)
    for actor in restatement.actors:
        if not named_already(actor, target.actors + target.recipients):
            target.actors.append(actor)
    clash = _clash_toll(restatement, target)
    for actor in restatement.recipients:
        if losses or clash or _attackers_losses(actor, restatement, target):
            continue  # the attackers' own dead are not the act's targets
        if not named_already(actor, target.actors + target.recipients + restatement.actors):
            target.recipients.append(actor)
    if losses or more:
        # the other side's dead in the same fight: ACLED counts every fatality of a battle;
        # "Two civilians were also killed": more dead of the act
        target.dead = (target.dead or 0) + (restatement.dead or 0)
        target.dead_high = None
    for name in COUNT_FIELDS:
        if getattr(target, name) is None and getattr(restatement, name) is not None:
            setattr(target, name, getattr(restatement, name))
    if restatement.place is not None and (
        target.place is None
        or (
            SPECIFICITY[restatement.place.precision] < SPECIFICITY[target.place.precision]
            and not _wider_area(restatement.place, target.place)
        )
        or _names_division(restatement.place, target.place)
    ):
        target.place = restatement.place
    if (target.date_start is None and restatement.date_start is not None) or _refines(
        restatement, target
    ):
        # "the 1987 assassination" ... "shot dead on 15 October 1987": the finer date inside
        # the first mention's period is the date
        target.date_start, target.date_end = restatement.date_start, restatement.date_end
        target.date_precision = restatement.date_precision
    if target.mode is None and not _coup_part(target, restatement):
        # a coup told first as a whole keeps no mode: the detention is one of its parts
        target.mode = restatement.mode
    return losses


def _nearest_for_a_bare_killing(event: Event, matches: list[Event]) -> Event | None:
    """The first earlier event a mention restates; for a killing that names no doer ("Gunmen
    attacked a bus near Fada N'Gourma on Thursday, wounding 14 passengers. Three people were
    killed."), the one told last before it, as a bare count counts the victims of the act
    the sentence before told, not those of an earlier act of the same day."""
    if not matches:
        return None
    if event.actors or event.dead is None or len(matches) == 1 or not event.evidence:
        return matches[0]
    start = event.evidence[0].sentence_start
    told_before = [
        (max(e.sentence_end for e in k.evidence if e.sentence_end <= start), k)
        for k in matches
        if any(e.sentence_end <= start for e in k.evidence)
    ]
    if not told_before:
        return matches[0]
    return max(told_before, key=lambda item: item[0])[1]


def _as_fight(event: Event) -> None:
    """An attack whose other side's losses joined it is a fight between two armed sides: both
    are its actors and it has no recipient (tests/gold/README.md, "fighting between two armed
    sides"), as ACLED codes a battle."""
    sides = [r for r in event.recipients if r.sector is not None and r.sector in FIGHTING_SECTORS]
    if not sides:
        return
    event.actors.extend(s for s in sides if not named_already(s, event.actors))
    event.recipients.clear()


def _take_date(target: Event, source: Event) -> None:
    target.date_start, target.date_end = source.date_start, source.date_end
    target.date_precision = source.date_precision


def _refines(finer: Event, coarser: Event) -> bool:
    """Whether one mention's date is more precise than another's and falls inside it."""
    if None in (finer.date_start, finer.date_end, coarser.date_start, coarser.date_end):
        return False
    if finer.date_precision is None or coarser.date_precision is None:
        return False
    if DATE_RANK[finer.date_precision] >= DATE_RANK[coarser.date_precision]:
        return False
    return coarser.date_start <= finer.date_start and finer.date_end <= coarser.date_end


def _restates(
    event: Event, earlier: Event, lent: set[int] = frozenset(), borrowed: set[int] = frozenset()
) -> bool:
    """Does ``event`` tell again what ``earlier`` told?

    Same type, and a mode that names no other act. Dated: the same date and status, and the
    same parties; or, on the same day, at the same scene (one of them stated in its own
    sentence), parties that fit ("Malian soldiers entered Kidal on Tuesday" / "the army said it
    had taken Kidal"). Undated: the parties of a dated event ("JNIM claimed the attack"). Never
    when the doers of one are the targets of the other.
    """
    if event.type != earlier.type:
        return one_act(event.type, event.mode, earlier.type, earlier.mode) and _told_again(
            event, earlier
        )
    if _parts_of_one_coup(event, earlier):
        return True
    moded = event.mode or earlier.mode
    if moded and event.mode != earlier.mode and _one_sentence(event, earlier):
        # kept apart in their sentence: "recalled its ambassadors ... and closed its airspace",
        # "abducted two tourists and killed their guide"
        return False
    if not _modes_agree(event.type, event.mode, earlier.mode) and not _same_captive(event, earlier):
        return False  # (a coup told whole and the detention of its target are one act)
    if (event.status == Status.NEGATED) != (earlier.status == Status.NEGATED):
        return False  # "denied carrying out the attack" is not the attack told before
    if _same_toll(event, earlier) or _running_toll(event, earlier):
        return True  # "81 killed as insurgents attack Borno village" / "At least 81 people ..."
    placed = _placed_in_its_sentence(event) and _placed_in_its_sentence(earlier)
    if placed and not _places_agree(event.place, earlier.place):
        return False  # an attack on a market in Gao is not the attack on a camp in Boulkessi
    if _losses_in_the_fight(event, earlier, lent):
        return True  # "its troops had killed 20 of the attackers in fighting": the same fight
    if event.recipients and (
        _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients)
    ):
        # the army's counter-attack on the attackers is another act; a clash told with both
        # sides as actors ("the assailants attacked and the peacekeepers responded") is not
        return False
    if _same_death(event, earlier):
        return True  # a named man is killed once, whatever day each telling gives
    if _same_captive(event, earlier):
        # a named person seized by the same doers within days is one seizure, whichever
        # mention a telling verb dated ("ten days after soldiers detained him, the junta
        # said" / "soldiers detained Keïta on 18 August")
        return True
    actors = {a.id for a in event.actors}
    recipients = {a.id for a in event.recipients}
    earlier_recipients = {a.id for a in earlier.recipients}
    if id(event) in lent:
        # dated by its telling: the day may still be the act's ("detained him ..., the junta
        # said on Thursday"); else it may restate an act told shortly before the telling
        if _restates(event, earlier, lent - {id(event)}):
            return True
        if not _shortly_before(earlier, event):
            return False
    if id(earlier) in lent and _dated_in_its_sentence(event) and id(event) not in lent:
        # the act told first inside a telling dated by its day ("mourning on Friday for the
        # soldiers killed in an attack"), then with its own day: one act if told before
        lag = RELATIVE_LAG if id(earlier) in borrowed else REPORT_LAG
        if not _shortly_before(event, earlier, lag) or event.status != earlier.status:
            return False
        lent = lent | {id(event)}  # compare as undated
    if _dated_in_its_sentence(event) and id(event) not in lent:
        if event.status != earlier.status:
            return False
        if event.date_label != earlier.date_label:
            return _told_finer(event, earlier) or _same_captive(event, earlier)
        if actors == {a.id for a in earlier.actors} and recipients == earlier_recipients:
            return True
        return _same_scene(event, earlier)
    if actors != {a.id for a in earlier.actors}:
        if _own_scene(event) and not _same_town(event.place, earlier.place):
            return False  # "rebels overran the garrison at Aguelhok": not the rebellion's start
        # "JNIM claimed the attack": the jihadists' attack told before, if undated
        return _parties_fit(event.actors, earlier.actors)
    return _recipients_restate(event, earlier)


def _same_toll(event: Event, earlier: Event) -> bool:
    """One act told twice with the same death toll, of at least ``same_toll_min`` dead: the
    headline's "81 killed" and the lede's "at least 81 people were killed". Both occurred, in
    one division (a village and the department it lies in), by doers that fit, neither turned
    round, and not set apart by the days their own sentences give (the same toll on two days
    is two attacks)."""
    if event.status != Status.OCCURRED or earlier.status != Status.OCCURRED:
        return False
    if event.dead is None or event.dead < SAME_TOLL_MIN:
        return False
    if event.dead != earlier.dead:
        return False
    if not _same_division(event.place, earlier.place):
        return False
    own_days = _dated_in_its_sentence(event) and _dated_in_its_sentence(earlier)
    one_period = _refines(event, earlier) or _refines(earlier, event)
    if own_days and event.date_label != earlier.date_label and not one_period:
        return False  # the same toll on two days: two attacks
    if _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients):
        return False
    return _parties_fit(event.actors, earlier.actors)


def _running_toll(event: Event, earlier: Event) -> bool:
    """The toll of a fight told so far, right after the fight with no toll of its own ("Fighting
    ... raged for a second day in Khartoum on Sunday" / "At least 56 civilians have been killed
    since Saturday"): a killing with no doer and no act of its own (its trigger only a killing
    word), counted from the fight's day or a day before it, at the fight's scene. Its victims
    are the fight's, not a side of it turned round."""
    if event.actors or event.dead is None or earlier.dead is not None:
        return False
    if {event.status, earlier.status} - AKIN_STATUSES:
        return False
    if not _fight_losses_told(event) or not _told_right_after(event, earlier):
        return False
    if not _places_agree(event.place, earlier.place):
        return False
    if event.date_start is None or earlier.date_start is None:
        return not _reversed(earlier.actors, event.recipients)
    counted_from = earlier.date_start - REPORT_LAG <= event.date_start <= earlier.date_start
    return counted_from and not _reversed(earlier.actors, event.recipients)


def _clash_toll(toll: Event, fight: Event) -> bool:
    """The running toll of a fight between two sides that names no target ("Fighting between
    the army and the RSF" / "At least 56 civilians have been killed since Saturday"): its dead
    are the fight's toll, not a third party the fight was aimed at."""
    return len(fight.actors) > 1 and not fight.recipients and _running_toll(toll, fight)


def _recipients_restate(event: Event, earlier: Event) -> bool:
    """An undated mention by the same doers names no target the first mention did not: each
    of its recipients is one of the first's, or could be ("the terrorists" / "Boko Haram",
    "Mali" / "the Malian army"). A mention naming no doer may add the attackers' own losses
    ("37 attackers were neutralised" after an attack on a camp)."""
    if not earlier.recipients:
        return True
    shared = [r for r in event.recipients if _one_of(r, earlier.recipients)]
    return all(
        recipient in shared or (bool(shared) and _attackers_losses(recipient, event, earlier))
        for recipient in event.recipients
    )


def _one_of(party: Actor, parties: list[Actor]) -> bool:
    return any(_same_side(party, other) for other in parties)


def _attackers_losses(recipient: Actor, event: Event, earlier: Event) -> bool:
    """An armed party among the victims of a mention that names no doer, beside the victims
    told before ("22 soldiers were wounded and 37 attackers were neutralised"): the attackers'
    own losses in the act, not a target of their own."""
    return (
        not event.actors
        and bool(earlier.recipients)
        and _armed(recipient)
        and all(_armed(a) for a in earlier.actors)
        and not _one_of(recipient, earlier.recipients)
    )


# how long before a telling the act it restates may lie (merging.yaml, report_lag_days)
REPORT_LAG = timedelta(days=REPORT_LAG_DAYS)
# how long before the main clause's day an act told in a relative clause may lie
RELATIVE_LAG = timedelta(days=RELATIVE_LAG_DAYS)

# characters between two sentences told one right after the other (a space, a paragraph break)
NEXT_SENTENCE_GAP = 3
# characters of sentences telling no event that may lie between an act and its other side's
# toll (about two sentences of wire copy)
NEXT_TOLD_SPAN = 400


def _told_right_after(event: Event, earlier: Event) -> bool:
    """The mention's sentence comes right after a sentence that told the earlier event."""
    return any(
        0 <= told.sentence_start - before.sentence_end <= NEXT_SENTENCE_GAP
        for told in event.evidence
        for before in earlier.evidence
    )


def _told_next(event: Event, earlier: Event, telling: list[int]) -> bool:
    """The mention is the next thing the report tells after the earlier event: within
    ``NEXT_TOLD_SPAN`` characters of it, with no sentence telling any event between them."""
    for told in event.evidence:
        for before in earlier.evidence:
            gap = (before.sentence_end, told.sentence_start)
            if not 0 <= gap[1] - gap[0] <= NEXT_TOLD_SPAN:
                continue
            if not any(gap[0] <= start < gap[1] for start in telling):
                return True
    return False


def _fight_losses_told(event: Event) -> bool:
    """Every trigger word is a killing in the fight ("killed ... in fighting", "were
    neutralised", "in the clash"): no act of its own (an air strike, a pursuit, a raid)."""
    words = [s.text.lower() for e in event.evidence for s in e.spans if s.role == "trigger"]
    return bool(words) and all(w in FIGHT_LOSS_WORDS for w in words)


def _in_the_fight(event: Event) -> bool:
    """A killing told as happening in the fight ("killed 20 of the attackers in fighting that
    lasted several hours"), not as an act of the killers ("killed eight of the attackers")."""
    words = {s.text.lower() for e in event.evidence for s in e.spans if s.role == "trigger"}
    return bool(words & FIGHT_NOUNS)


def _losses_in_the_fight(event: Event, earlier: Event, lent: set[int]) -> bool:
    """The attackers' losses told right after the attack, of its day and scene, with no act
    verb of their own ("Seventeen soldiers ... were killed on Sunday when jihadists attacked an
    army camp at Tessit" / "The army said its troops had killed 20 of the attackers in fighting
    that lasted several hours"): the same two-sided fight, not the army's counter-attack,
    though its doers are the attack's targets. A killing told with its killers as doers must be
    told as in the fight; "soldiers killed one of the assailants" is an act of its own."""
    if event.dead is None or event.status != Status.OCCURRED or earlier.status != event.status:
        return False
    if not event.recipients or not _fight_losses_told(event):
        return False
    if event.actors and not _in_the_fight(event):
        return False  # "Soldiers killed one of the assailants": the army's act, told apart
    own_day = _dated_in_its_sentence(event) and id(event) not in lent
    if own_day and event.date_label != earlier.date_label:
        return False
    if not _places_agree(event.place, earlier.place) or not _told_right_after(event, earlier):
        return False
    attackers = all(
        _one_of(r, earlier.actors) or _named_as_perpetrators(r) for r in event.recipients
    )
    # "The army killed 63 of the attackers in the fighting": read as the fight, the mention may
    # name both sides as doers; one of them is the attack's target, the other its doer
    targets = [a for a in event.actors if _one_of(a, earlier.recipients)]
    both_sides = all(a in targets or _one_of(a, earlier.actors) for a in event.actors)
    return attackers and both_sides and (bool(targets) or not event.actors)


def _adds_to_toll(target: Event, restatement: Event, telling: list[int] = ()) -> bool:
    """A toll told right after the act that counts the dead of the doers' side (the attackers
    "neutralised", "a gendarme was killed in the clash"), not the act's targets: it adds to
    the act's toll. A mention that counts the targets again restates the toll, and the first
    figure stays (a revised toll is settled in its sentence, :mod:`.sentence`)."""
    victims = _toll_victims(restatement)
    if target.dead is None or restatement.dead is None or not victims:
        return False
    if not _fight_losses_told(restatement):
        return False
    if not (_told_right_after(restatement, target) or _told_next(restatement, target, telling)):
        return False
    if any(_one_of(r, target.recipients) for r in victims):
        return False
    return all(_doers_side(r, target) for r in victims)


def _toll_victims(event: Event) -> list[Actor]:
    """The parties its toll counts: the recipients named in the words of the dead count ("22
    soldiers were wounded and 37 attackers were neutralised": the attackers), else all."""
    counted = [
        s.text.lower()
        for e in event.evidence
        for s in e.spans
        if s.role == "number" and s.detail == "dead"
    ]
    named = [
        r for r in event.recipients if r.mention and any(r.mention.lower() in c for c in counted)
    ]
    return named or event.recipients


def _doers_side(party: Actor, event: Event) -> bool:
    """A party of the side that did the act: one of its doers, a force of the same state ("a
    gendarme was killed in the clash" after "security forces killed three"), or an armed party
    where all its doers are armed ("20 of the attackers" after "jihadists attacked")."""
    if _named_as_perpetrators(party):
        return True  # "Eight attackers were also killed": the doers, however unnamed
    state_force = party.country is not None and _sector(party) in STATE_SECTORS
    if state_force and any(
        a.country == party.country and _sector(a) in STATE_SECTORS for a in event.actors
    ):
        return True
    return _one_of(party, event.actors) or (
        _armed(party)
        and all(_armed(a) for a in event.actors)
        and not any(_armed(r) for r in event.recipients)
    )


def _more_victims(target: Event, restatement: Event) -> bool:
    """A toll told with "also" for victims the act had not counted ("... killed 15 soldiers.
    Two civilians were also killed."): it adds to the act's toll."""
    if target.dead is None or restatement.dead is None or not restatement.recipients:
        return False
    if any(named_already(r, target.recipients) for r in restatement.recipients):
        return False
    for evidence in restatement.evidence:
        trigger = evidence.span("trigger")
        if trigger is None:
            continue
        before = evidence.sentence[: trigger.start - evidence.sentence_start].lower().split()
        if before and before[-1] in ADDED_COUNT_ADVERBS:
            return True
    return False


def _named_as_perpetrators(party: Actor) -> bool:
    """A party named only as the doers of an act ("eight attackers", "the assailants")."""
    words = (party.mention or "").lower().split()
    return bool(words) and words[-1].removesuffix("s") in PERPETRATOR_NOUNS


def _shortly_before(act: Event, telling: Event, lag: timedelta | None = None) -> bool:
    """The act took place at most ``report_lag_days`` before the day of a telling about it
    ("the army had said on Monday that 17 soldiers had been killed" after Sunday's attack;
    "said on Tuesday that about 150 people had been killed" after the attacks of 3 to 7
    January), not after it; a telling says nothing of an act of another year."""
    if act.date_start is None or telling.date_start is None or act.date_end is None:
        return False
    return act.date_start <= telling.date_start <= act.date_end + (lag or REPORT_LAG)


def _coup_part(target: Event, part: Event) -> bool:
    """A mention of a part of a coup (a detention, a dissolution) joining the coup."""
    return target.type == COUP_TYPE and part.type == COUP_TYPE and part.mode in COUP_PART_MODES


def _parts_of_one_coup(event: Event, earlier: Event) -> bool:
    """The parts of one coup told one by one: "soldiers overthrew President Alpha Condé" /
    "soldiers ... detained Condé on Sunday"; "had seized power and detained President Kaboré"
    / "the MPSR had dissolved the government and suspended the constitution". COERCE mentions
    of other coup modes (or none), both occurred on the same day, at one scene, by the
    military or the junta it set up on both sides (:func:`_junta`), neither turned round. The
    coup told whole may be dated at the month that holds the part's day ("the military's
    seizure of power in July" / "soldiers detained Bazoum on 26 July").
    A curfew or an internet cut is no part (its mode is not one of the coup's); the
    government's arrests are not the army's coup."""
    if event.type != COUP_TYPE or earlier.type != COUP_TYPE or event.mode == earlier.mode:
        return False
    if not {event.mode, earlier.mode} <= COUP_PART_MODES | {None}:
        return False
    if event.status != Status.OCCURRED or earlier.status != Status.OCCURRED:
        return False
    if not _same_or_holding_day(event, earlier):
        return False
    if not _places_agree(event.place, earlier.place):
        return False
    # the very doers of one are the targets of the other; a coup's army acting on its own
    # state ("overthrew the president of Guinea") is no such reversal
    doer_ids = {a.id for a in event.actors + earlier.actors}
    if doer_ids & {a.id for a in event.recipients + earlier.recipients}:
        return False
    countries = {a.country for a in event.actors + earlier.actors}
    doers = event.actors + earlier.actors
    return (
        bool(event.actors and earlier.actors)
        and len(countries) == 1
        and None not in countries
        and all(_junta(a) for a in doers)
        and any(_sector(a) in COUP_DOER_SECTORS for a in doers)
    )


def _same_or_holding_day(event: Event, earlier: Event) -> bool:
    """Both told on one day, or the coup told whole (no mode or ``whole_modes``) at the month
    that holds the other's day."""
    if event.date_start is None or earlier.date_start is None:
        return False
    precisions = {event.date_precision, earlier.date_precision}
    if precisions == {DatePrecision.DAY}:
        return event.date_label == earlier.date_label
    if precisions != {DatePrecision.DAY, DatePrecision.MONTH}:
        return False
    whole = event if event.date_precision == DatePrecision.MONTH else earlier
    part = earlier if whole is event else event
    if whole.mode is not None and whole.mode not in COUP_WHOLE_MODES:
        return False
    return (whole.date_start.year, whole.date_start.month) == (
        part.date_start.year,
        part.date_start.month,
    )


def _junta(actor: Actor) -> bool:
    """The military, or a named body of the state it acts as (the MPSR, the CNSP); not the
    government named as such ("the government arrested ..." is not the coup), but a body
    named as a junta ("the junta detained Kaboré") is."""
    if _sector(actor) in COUP_DOER_SECTORS:
        return True
    if _sector(actor) not in JUNTA_SECTORS:
        return False
    named_a_junta = any(word in (actor.mention or "").lower() for word in JUNTA_WORDS)
    return actor.kind == ActorKind.ORGANISATION or named_a_junta


# days apart that one captivity's start may be told with ("ten days after soldiers detained
# him" / "soldiers detained Keïta on 18 August"): a day counted back may be off by one
CAPTIVE_DAYS = 2


def _same_captive(event: Event, earlier: Event) -> bool:
    """One detention or abduction of a named person told twice, with days a little apart:
    the same act of its own kind (same mode, or a coup told whole with the person as its
    target and the person's detention), told as done or as going on ("soldiers detained
    Bazoum on Wednesday" / "Bazoum, who is being held by the presidential guard"), a person
    among the recipients of both, doers that fit where both tellings name them. A person is
    not seized twice within days."""
    if not _captivity_modes(event, earlier):
        return False
    if event.status != earlier.status and {event.status, earlier.status} - AKIN_STATUSES:
        return False
    if event.date_precision != DatePrecision.DAY or earlier.date_precision != DatePrecision.DAY:
        return False
    if None in (event.date_start, earlier.date_start):
        return False
    if abs((event.date_start - earlier.date_start).days) > CAPTIVE_DAYS:
        return False
    if not _places_agree(event.place, earlier.place):
        return False
    persons = {a.id for a in earlier.recipients if a.kind == ActorKind.PERSON}
    if not any(a.id in persons for a in event.recipients):
        return False
    # a telling that names no doer ("who is being held") fits the one that does
    return _parties_fit(event.actors, earlier.actors)


def _captivity_modes(event: Event, earlier: Event) -> bool:
    """The same kind of seizure: one mode on both, or a detention beside a coup told with no
    mode ("the soldiers who seized power on Wednesday" / "Bazoum, held since Wednesday")."""
    if event.mode is not None and event.mode == earlier.mode:
        return True
    modes = {event.mode, earlier.mode}
    return event.type == earlier.type == COUP_TYPE and modes == {DETENTION_MODE, None}


def _same_death(event: Event, earlier: Event) -> bool:
    """The killing of one named person told twice ("French forces have killed Adnan Abu Walid
    al-Sahrawi, Macron said on Wednesday" / "Sahrawi had been killed in a drone strike last
    month"): a person dies once, so two killings of the same named person, one of them
    counting him as its one death and neither counting more, by doers that fit where both
    name some, are one act, whatever day each telling gives."""
    if event.status != earlier.status or event.status != Status.OCCURRED:
        return False
    deaths = {event.dead, earlier.dead}
    if 1 not in deaths or not deaths <= {1, None}:
        return False
    persons = {a.id for a in earlier.recipients if a.kind == ActorKind.PERSON}
    if not persons or not any(a.id in persons for a in event.recipients):
        return False
    if event.actors and earlier.actors:
        return _parties_fit(event.actors, earlier.actors)
    return True


def _told_finer(event: Event, earlier: Event) -> bool:
    """One act dated once coarsely and once finely, the finer date inside the coarser ("had
    been abducted last week" / "were seized on 12 and 13 January near Arbinda"; "on 28
    February 2021, soldiers raided his home" / "had already clashed with the security forces
    three years ago"), by the same doers, or in the same act of its own kind (an abduction of
    the same victims). The places must agree and neither side be turned round."""
    if not (_refines(event, earlier) or _refines(earlier, event)):
        return False
    if not _places_agree(event.place, earlier.place):
        return False
    same_doers = bool(event.actors and earlier.actors) and all(
        any(_one_party(one, other) for other in earlier.actors) for one in event.actors
    )
    own_act = event.mode is not None and event.mode in OWN_ACT_MODES.get(event.type, set())
    same_act = (
        own_act
        and event.mode == earlier.mode
        and bool({a.id for a in event.recipients} & {a.id for a in earlier.recipients})
        and _parties_fit(event.actors, earlier.actors)
    )
    return same_doers or same_act


def _told_again(event: Event, earlier: Event) -> bool:
    """One act told under two types of its family ("the military seized power on Wednesday" /
    "the coup on Wednesday"): named parties on both sides that fit, neither turned round, one
    scene, and the same day; or, with no day of its own, the very same actors. Stricter than
    a restatement of one type: two types are two acts unless the text shows they are one."""
    if event.status != earlier.status and {event.status, earlier.status} - AKIN_STATUSES:
        return False
    if not (event.actors and earlier.actors and _parties_fit(event.actors, earlier.actors)):
        return False
    if not _parties_fit(event.recipients, earlier.recipients) or not _places_agree(
        event.place, earlier.place
    ):
        return False
    if _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients):
        return False
    if _dated_in_its_sentence(event) or _dated_in_its_sentence(earlier):
        # one sentence, one date: "Russian instructors arrived in Niamey in April" is one
        # deployment (AID, MOBILIZE) whatever the date's precision
        precise = event.date_precision in PRECISE_DATES or _one_sentence(event, earlier)
        return event.date_label == earlier.date_label and precise
    same_actors = {a.id for a in event.actors} == {a.id for a in earlier.actors}
    return same_actors and (event.date_label == earlier.date_label or not event.date_label)


def _one_sentence(event: Event, earlier: Event) -> bool:
    """Both mentions are told in one sentence."""
    starts = {e.sentence_start for e in earlier.evidence}
    return any(e.sentence_start in starts for e in event.evidence)


def _same_scene(event: Event, earlier: Event) -> bool:
    """One act told twice on one day: the same scene and parties that fit, neither side
    turned round (the army's counter-attack on the attackers is another event)."""
    if event.date_precision not in PRECISE_DATES or not _places_agree(event.place, earlier.place):
        return False
    told = event.evidence[0]
    if told.span("date") is None and told.span("place") is None:
        return False  # day and scene both borrowed from the context: no sign it is that act
    # a target the knowledge base could not resolve ("the offices of the State Security
    # Service") is no sign of another act at the same scene on the same day
    personal = event.type in PERSONAL_TARGET_TYPES
    return (
        _parties_fit(event.actors, earlier.actors)
        and _parties_fit(
            _resolved(event.recipients, personal), _resolved(earlier.recipients, personal)
        )
        and not _reversed(event.actors, earlier.recipients)
        and not _reversed(earlier.actors, event.recipients)
    )


def _resolved(parties: list[Actor], personal: bool = True) -> list[Actor]:
    """The parties but unresolved organisations ("the State Security Service"): a named
    person killed ("Lieutenant Damien Boiteux") stays a victim of their own (``personal``);
    in another act an unknown person may be a party's envoy ("Ambassador El Haoues Riache")."""
    unknown = {ActorKind.ORGANISATION} if personal else {ActorKind.ORGANISATION, ActorKind.PERSON}
    return [p for p in parties if not (p.unresolved and p.kind in unknown)]


def _own_scene(event: Event) -> bool:
    """A town (or district) its own sentence names as where it happened."""
    return (
        event.place is not None
        and event.place.precision in SCENES
        and _placed_in_its_sentence(event)
    )


def _same_town(one: Place | None, other: Place | None) -> bool:
    return (
        one is not None
        and other is not None
        and other.precision in SCENES
        and one.name == other.name
    )


def _placed_in_its_sentence(event: Event) -> bool:
    """A place its own sentence names, not one the discourse lent it."""
    return any(e.span("place") for e in event.evidence)


def _dated_in_its_sentence(event: Event) -> bool:
    """A date the event's own sentence gives; one lent by the discourse (an undated
    restatement takes the lead's date) does not make it a separate event."""
    return bool(event.date_label) and any(e.span("date") for e in event.evidence)


def _wider_area(one, other) -> bool:
    """'The suspension is the third in West Africa' after 'suspended Burkina Faso': an area
    several countries share, named with none of them, is wider than a country the act
    already has, though a described region ranks above a country."""
    return one.country is None and other.country is not None


def _names_division(one, other) -> bool:
    """'in the north of the country', then 'near Arbinda, in the Sahel region': of two places
    as precise, the one that knows its division says more."""
    same = SPECIFICITY[one.precision] == SPECIFICITY[other.precision]
    return same and one.admin1 is not None and other.admin1 is None


# the counts of victims: a detail that gives its own is another victim group, not a detail
VICTIM_COUNTS = ("dead", "dead_high", "injured", "abducted", "arrested")


def _detail_of(event: Event, earlier: Event) -> bool:
    """A detail sentence: the parts or manner of an act told in the sentence right after it,
    by the same side ("Police fired tear gas on protesters in Ouagadougou" / "Protesters
    burned tyres and threw stones at the police"; "neutralised 1,000 Boko Haram fighters
    during an offensive" / "the troops drove the terrorists out and took two bases"). One act
    if the detail is of the same type and status, gives no date of its own, no scene of its
    own elsewhere, no toll of its own, and no act of another kind (an abduction after an
    attack); its doers are the act's doers (or unnamed, with the act's victims), and neither
    side is turned round (the other side's reply is another act)."""
    if event.type != earlier.type or event.status != earlier.status:
        return False
    if event.type not in DETAIL_TYPES or event.status != Status.OCCURRED:
        return False
    if not _told_right_after(event, earlier):
        return False
    if _dated_in_its_sentence(event) or _new_toll(event, earlier):
        return False
    if _placed_in_its_sentence(event) and not _places_agree(event.place, earlier.place):
        return False
    if not _same_kind_of_act(event, earlier):
        return False
    if _targets_fight(event, earlier):
        return True  # "The gendarmes fought for several hours before the camp was overrun"
    if _reversed(event.actors, earlier.recipients) or _reversed(earlier.actors, event.recipients):
        return False
    if event.actors:
        return bool(earlier.actors) and all(_one_of(a, earlier.actors) for a in event.actors)
    # no doer named ("soldiers were captured and killed"): the act's own victims
    return bool(event.recipients) and all(_one_of(r, earlier.recipients) for r in event.recipients)


def _targets_fight(event: Event, earlier: Event) -> bool:
    """The attack's own targets fighting it, told right after it with no target of their own
    ("Hundreds of jihadists attacked the post" / "The gendarmes fought for several hours before
    the camp was overrun"): the attack told again from the side that resisted it, not an act
    of theirs; it stays aimed at them (``target_fight_words``)."""
    if event.recipients or not event.actors or not earlier.actors or not earlier.recipients:
        return False
    words = [s.text.lower() for e in event.evidence for s in e.spans if s.role == "trigger"]
    if not words or not all(w in TARGET_FIGHT_WORDS for w in words):
        return False
    return all(_one_of(a, earlier.recipients) for a in event.actors)


def _new_toll(event: Event, earlier: Event) -> bool:
    """A count of victims the act did not give: another victim group with its own toll."""
    return any(
        getattr(event, name) is not None and getattr(event, name) != getattr(earlier, name)
        for name in VICTIM_COUNTS
    )


def _same_kind_of_act(event: Event, earlier: Event) -> bool:
    """Neither mention has a mode that is an act of its own unless both share it: an
    abduction told after an attack is another act, a riot after a demonstration is not."""
    own = OWN_ACT_MODES.get(event.type, set())
    return event.mode == earlier.mode or not ({event.mode, earlier.mode} & own)
