"""Where an event happened: the most specific place its own words give, else the focus country.

The place of an act is read from its own noun phrase ("the coup there"), then its clause, then
a fronted phrase that sets the scene of the whole sentence ("In Niger, ..."). Places that say
something else are skipped: where the actor set out from ("from their bases in Libya"), a
relative clause describing the subject ("France, which has troops in the Sahel, ..."), a
government named by its capital. The rules are stated in docs/coding-rules.md ("Where").
"""

from __future__ import annotations

from spacy.tokens import Token

from crisisdesk.actors.kb import ActorKB
from crisisdesk.events import arguments, nearby, place_mentions
from crisisdesk.events.draft import SPECIFICITY, Draft
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mentions import PLACE_NOUNS, DocumentContext
from crisisdesk.events.policies import load_policies
from crisisdesk.model import Actor, ActorKind, Place, PlacePrecision, Sector
from crisisdesk.places.gazetteer import STRETCH_PREFIX, Gazetteer

LOCATIVE_PREPS = word_set("locative_prepositions")
# "next to Niamey's airport", "close to the border": a preposition that says where after these
PROXIMITY_PREPS = word_set("proximity_prepositions")
PROXIMITY_HEADS = word_set("proximity_heads")
DIRECTIONS = word_set("direction_words")
ROUTE_NOUNS = word_set("hyphenated_route_nouns")
LOCATIVE_OF_HEADS = word_set("locative_of_heads")
ORIGIN_PREPS = word_set("origin_prepositions")
BETWEEN_PREPS = word_set("between_prepositions")
# the trigger entries of a seizure of power: with no town of their own, in the capital
SEAT_OF_POWER_ENTRIES = word_set("seat_of_power_entries")
# the trigger entries of a recall of diplomats: "from Algiers" names the posting left
POSTING_ENTRIES = word_set("posting_entries")
POSTING_PREPS = word_set("posting_prepositions")
# "the capture of Kidal": the preposition by which a noun of taking names the place it takes
TAKEN_PREPS = word_set("taken_prepositions")
# "forced on Paris", "relations with Niamey": a capital after these is a party, not a scene
PARTY_PREPS = word_set("party_prepositions")
# the mode of a mediation: with no place of its own, it is held where its mediator is
MEDIATION_MODE = "third-party"
POLICIES = load_policies()
SCENE_TYPES = POLICIES.scene_types
# the parts of speech a place word takes (proper nouns, "the capital", "the camp")
PLACE_POS = frozenset({"PROPN", "NOUN"})
# a country's ground named by its owner: "deployed on its soil", "on Malian territory"
TERRITORY_NOUNS = word_set("territory_nouns")
# "the talks, which began in Jeddah": verbs whose subject is an event, not a party
INCEPTION_VERBS = word_set("inception_verbs")
# "the north of the country": the noun that points back to a country named before
COUNTRY_ANAPHORS = word_set("country_anaphors")


class EventPlacer:
    """Fills a draft's place from its sentence; one instance serves a whole ingest."""

    def __init__(self, kb: ActorKB, gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.gazetteer = gazetteer

    def fill_place(self, draft: Draft, context: DocumentContext) -> None:
        """The most specific place of the event's own words: a noun trigger's own phrase ("the
        coup there") first, then its clause, then a fronted "In Niger, ..." that sets the scene
        of the whole sentence; else the document's focus country."""
        trigger = draft.match.token
        used = {t.i for _, t in draft.actors + draft.recipients}
        # "recalled their ambassadors from Algiers": the posting left is where the act is
        posting = draft.match.entry.id in POSTING_ENTRIES
        if draft.type == "CONSULT":
            # "se réuniront à Niamey", "visited Bamako": a meeting is where its host city is
            used = {i for i in used if not context.names_a_city(trigger.doc[i])}
        sentence = trigger.sent  # found once: Token.sent scans the sentence at each ask
        if draft.match.entry.frame != "movement" and not posting:
            # only nouns can name a place: the ancestor walk is skipped for other words
            nouns = (t for t in sentence if t.pos_ in PLACE_POS)
            used |= {t.i for t in nouns if _from_origin(t, trigger)}
        scene = POLICIES.at_a_scene(draft.type, draft.match.entry.id)
        if not scene:
            # a statement or decision is not where the acts it mentions happened
            nouns = (t for t in trigger.sent if t.pos_ in PLACE_POS)
            used |= {t.i for t in nouns if _in_anothers_act(t, trigger)}
        own = list(trigger.subtree) if trigger.pos_ in {"NOUN", "PROPN"} else []
        root = sentence.root
        fronted = [t for c in root.children if c.dep_ == "prep" and c.i < root.i for t in c.subtree]
        if _in_relative_clause(trigger):
            # "At a summit in Abuja, the bloc gave the leaders of Niger, who toppled Bazoum on
            # 26 July, one week": a relative clause tells its noun's past, not the scene's
            fronted = []
        best = draft.place or self._taken_place(draft, context)  # "left Niamey", "took Gao"
        if posting:
            home = {actor.country for actor, _ in draft.actors if actor.country}
            best = best or self._posting_place(trigger, context, home)
        # scene events take the scene from their paragraph (events/discourse.py); a statement
        # or decision in a "where" clause is made at the place the clause describes
        where = _where_antecedent(trigger) if not scene else []
        tiers = (own, _own_clause(trigger), where, fronted)
        parties = {t.i for _, t in draft.actors + draft.recipients}
        # "held talks with the junta in Bamako": a meeting with a government is at its seat
        seats = draft.type in POLICIES.meeting_types
        state = _parties_state(draft)  # whose "the country" the clause means
        for tier, tokens in enumerate(tiers):
            found = self._best_locative(tokens, None, used, context, parties, trigger, seats, state)
            if found is not None:
                rank, best_rank = SPECIFICITY[found[0].precision], 9
                best_rank = SPECIFICITY[best[0].precision] if best is not None else best_rank
                # the noun's own phrase beats what its governing verb's roles gave at equal rank
                better = rank < best_rank or (tier == 0 and rank == best_rank)
                if better and not _relocates(found, best, parties):
                    best = found
                break
        if best is None and draft.match.entry.mode == MEDIATION_MODE:
            best = self._mediators_seat(draft, context)
        seizure = draft.match.entry.id in SEAT_OF_POWER_ENTRIES
        seized = _seized_state(draft) if best is None and seizure else None
        if seized is not None and (country := self.gazetteer.country(seized)) is not None:
            best = (country, None)
        if best is None:
            hosts = {
                host
                for actor, _ in draft.recipients
                if not actor.unresolved and (host := self.kb.info(actor.id).get("host_country"))
            }
            country = concerned_country(draft, context.focus_country, hosts)
            best = (self.gazetteer.country(country), None) if country else None
        if draft.match.entry.id in SEAT_OF_POWER_ENTRIES:
            best = self._seat_of_power(best) or best
        draft.place = best

    def _seat_of_power(self, best: tuple[Place, Token | None] | None):
        """A coup that names no place more precise than its country happens in its capital,
        where power is seized (ACLED's convention): "soldiers overthrew President Condé"."""
        if best is None or best[0].precision != PlacePrecision.COUNTRY:
            return None
        country = best[0].country
        name = self.kb.capital(country) if country else None
        capital = self.gazetteer.lookup(name, country) if name else None
        if capital is None or capital.precision != PlacePrecision.TOWN:
            return None
        return (capital, None) if capital.country == country else None

    def _posting_place(self, trigger: Token, context: DocumentContext, home: set[str]):
        """'recalled their ambassadors from Algiers': the country of the posting the diplomats
        leave; only its country, as a recall decided at a summit elsewhere is the summit's."""
        # "recalled its ambassador from Algiers": the parse may hang the posting on the noun
        recalled = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        preps = [p for p in trigger.children if p.lower_ in ORIGIN_PREPS | POSTING_PREPS]
        preps += [p for noun in recalled for p in noun.children if p.lower_ in POSTING_PREPS]
        objects = [o for p in preps if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        if not objects:
            objects = [o for n in recalled if (o := arguments.misparsed_post(n, POSTING_PREPS))]
        for obj in objects:
            place = context.place_of(obj)
            country = self.gazetteer.country(place.country) if place else None
            # "recalled its ambassador to Paris" by France: home, not the posting
            if country is not None and country.country not in home:
                return country, None
        return None

    def _mediators_seat(self, draft: Draft, context: DocumentContext):
        """'after five months of talks mediated by Qatar': a mediation that names no place is
        held at the mediator's capital when the report names that capital as a place ('signed
        in Doha'); not when the mediator is the report's own country."""
        mediators = [
            actor.country
            for actor, token in draft.actors
            if actor.country and _is_state_or_person(actor) and _mediator(token, draft)
        ]
        if len(set(mediators)) != 1 or mediators[0] == context.focus_country:
            return None
        country = mediators[0]
        capital = self.kb.capital(country)
        # a mediator's state alone is no venue: "talks mediated by Algeria" may be anywhere
        for _, place in context.named_scenes():
            if place.country == country and place.name == capital:
                return place, None
        return None

    def _between(self, token: Token, context: DocumentContext) -> Place | None:
        """'on the road between Djibo and Arbinda': the division the places share, or their
        country. Countries between which something happens are its parties ('talks between
        Mali and Algeria'), not its scene."""
        places = [context.place_of(t) for t in arguments.coordinated(token)]
        if len(places) < 2 or any(
            p is None or p.precision == PlacePrecision.COUNTRY for p in places
        ):
            return None
        return _shared_place(places, self.gazetteer)

    def _taken_place(self, draft: Draft, context: DocumentContext) -> tuple[Place, Token] | None:
        """The place a territorial act takes ("seized northern Mali"), though it is also the
        act's target."""
        if "@place" not in draft.match.entry.objects:
            return None
        trigger = draft.match.token
        objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        if trigger.pos_ in {"NOUN", "PROPN"}:
            # "the capture of the rebel stronghold of Kidal": a noun's "of" names what it takes
            objects += arguments.prep_heads(trigger, TAKEN_PREPS)
        for obj in objects:
            place = self.locative_place(obj, context)
            if place is not None:
                return place, obj
        return None

    def _best_locative(
        self,
        tokens,
        best,
        used: set[int],
        context: DocumentContext,
        parties=frozenset(),
        trigger: Token | None = None,
        seats: bool = False,
        state: str | None = None,
    ):
        """The most specific locative place among ``tokens``, or ``best`` if none is more so.
        With ``seats``, a capital naming a government ("the junta in Bamako") is a place;
        ``state`` is the one country of the act's parties, what "the country" points back to."""
        inside = {t.i for t in tokens}
        for token in tokens:
            if token.i in used or (not seats and context.describes_government(token)):
                continue
            if _describes_subject(token, inside, parties, trigger):
                continue
            if _capital_as_party(token, context, trigger):
                continue
            if _locative(token):
                place = self.locative_place(token, context, state)
                place = place or self._territory(token, context)
            else:
                place = context.place_there(token)
            if place and (
                best is None or SPECIFICITY[place.precision] < SPECIFICITY[best[0].precision]
            ):
                best = (place, token)
        return best

    def _parties_region(self, phrase, context: DocumentContext, state: str) -> Place | None:
        """'Déby was killed while visiting troops in the north of the country', in a report on
        Niger: a region that names no country of its own is in the state of the act's
        parties ("the country" points back to them), not in the report's country."""
        if not any(t.lower_ in COUNTRY_ANAPHORS for t in phrase):
            return None  # "in the north" alone is the report's; "northern Niger" names its own
        region = self.gazetteer.region(phrase.text, state)
        return region if region is not None and region.country == state else None

    def _territory(self, token: Token, context: DocumentContext) -> Place | None:
        """'deployed on its soil', 'gather on its territory', 'on Malian territory': a
        state's ground named by its owner is that state's country, wherever the report is."""
        if token.lemma_.lower() not in TERRITORY_NOUNS:
            return None
        owners = [a for c in token.children if c.dep_ == "poss" for a in context.actors_of(c)]
        country = owners[0].country if owners else context.modifier_country(token)
        return self.gazetteer.country(country) if country else None

    def locative_place(
        self, token: Token, context: DocumentContext, state: str | None = None
    ) -> Place | None:
        """The place a locative object names: a gazetteer entry, or 'northern Mali' as a region.
        "The north of the country" is the north of ``state`` (the one country of the act's
        parties) when given, else of the report's country."""
        if token.dep_ == "pobj" and token.head.lower_ in BETWEEN_PREPS:
            return self._between(token, context)
        route = _hyphenated_route(token, context)
        if route:
            return _shared_place(route, self.gazetteer)
        place = context.place_of(token)
        directional = [c for c in token.children if c.lower_ in DIRECTIONS]
        if (directional or token.lower_ in DIRECTIONS) and not _named_division(
            token, directional, context
        ):
            phrase = token.doc[
                min(t.i for t in token.subtree) : max(t.i for t in token.subtree) + 1
            ]
            # "the north of the country", "in the north": the focus country's northern part
            region = self.gazetteer.region(phrase.text, context.focus_country)
            if region is not None and state and region.country != state:
                region = self._parties_region(phrase, context, state) or region
            if region is not None:
                return region
            place = place or _part_of_division(token, context)
        town = place is not None and place.precision == PlacePrecision.TOWN
        if town and nearby.reference_town(token, context):  # "the village of X, near Djibo"
            # "60 km from Niamey": a capital's district is small; the distance leaves it
            capital = self.kb.capital(place.country) == place.name
            away = capital and nearby.measured_from(token.head)
            return self.gazetteer.near(place, in_its_division=not away)
        return place


def _hyphenated_route(token: Token, context: DocumentContext) -> list[Place]:
    """'on the Djibo-Arbinda road', 'on the Fada N'Gourma-Pama axis': two towns joined by a
    hyphen in a locative phrase with a route noun name the stretch between them."""
    doc = token.doc
    phrase = list(token.subtree)
    if not any(t.lemma_.lower() in ROUTE_NOUNS or t.lower_ in ROUTE_NOUNS for t in phrase):
        return []
    inside = {t.i for t in phrase}
    for t in phrase:
        if t.text != "-" or t.whitespace_ or t.i == 0 or doc[t.i - 1].whitespace_:
            continue
        before, after = context.mentions.get(t.i - 1), context.mentions.get(t.i + 1)
        if before is None or after is None or after.span.start != t.i + 1:
            continue
        places = [before.place, after.place]
        if after.span.end - 1 in inside and all(
            p is not None and p.precision == PlacePrecision.TOWN for p in places
        ):
            return places
    return []


def _part_of_division(token: Token, context: DocumentContext) -> Place | None:
    """'in the eastern part of Sokoto State', 'the north of the Tillabéri region': a part of a
    division, told by direction, is in that division."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "de", "du", "des"}:
            for obj in prep.children:
                named = context.place_of(obj) if obj.dep_ == "pobj" else None
                if named is not None and named.precision in DIVISION_PRECISIONS:
                    return named
    return None


DIVISION_PRECISIONS = frozenset({PlacePrecision.ADMIN1, PlacePrecision.ADMIN2})


def _named_division(token: Token, directional: list[Token], context: DocumentContext) -> bool:
    """'the Far North region', 'the Far North' (Cameroon's CM-EN), 'the North-West region': a
    division whose name is made of direction words is that division, when the gazetteer tagged
    the direction words as part of its name; it is not a described part of the country."""
    mention = context.mentions.get(token.i)
    place = mention.place if mention is not None else None
    if place is None or place.precision not in DIVISION_PRECISIONS:
        return False
    inside = range(mention.span.start, mention.span.end)
    return all(t.i in inside for t in [*directional, token] if t.lower_ in DIRECTIONS)


# the parts of a state that speak and act for it: "the junta", "Mali's government"
GOVERNING_SECTORS = frozenset({Sector.GOV, Sector.STATE})


def concerned_country(draft: Draft, focus: str | None, hosts: set[str] = frozenset()) -> str | None:
    """The country an act with no place of its own concerns (docs/coding-rules.md, "Where"):
    the report's country when the act involves it; else the one state it is aimed at
    ("ECOWAS imposed sanctions on Mali" in a report on Niger is Mali's; "deposed Bazoum" is
    Niger's), or its own state when one state acts on another ("Niger cut its ties with Kyiv
    two days later", in a report on Mali). An act of several states together, or aimed at
    several ("Mali, Burkina Faso and Niger left ECOWAS", "suspended Mali and Burkina Faso"),
    spans them all: no one country; but a reaction of several other states ("The United
    States and Britain denounced the crackdown") concerns the report's matter. A state's act
    at home, aimed at no state ("the Malian authorities released 200 prisoners" in a report
    on Niger), is its own country's. A mission named for its host country (``hosts``: MINUSMA
    is Mali's) stands for that country when no state is aimed at ("Mali's junta demanded that
    MINUSMA leave the country", in a report on Niger, is Mali's act at home)."""
    states = _countries(draft.actors, _is_state)
    targets = [c for c in _countries(draft.recipients, _is_state_or_person) if c not in states]
    if not targets and len(hosts) == 1:
        host = next(iter(hosts))
        if host in states or host == focus:
            return host
        targets = [host]
    involved = {actor.country for actor, _ in draft.actors + draft.recipients if actor.country}
    reaction = draft.type in POLICIES.reaction_types
    if len(states) >= 2 and _together(draft.actors):
        outsiders = reaction and not targets and focus not in involved
        return focus if outsiders else None
    if len(targets) >= 2:
        return None
    home = _at_home(draft) if not targets else None
    if home is not None:
        return home  # its recipients are no state: "released some 200 prisoners"
    if focus in involved or not targets or (reaction and _unknown_speakers(draft)):
        return focus  # a speaker's own country is not where its words about another one go
    return states[0] if states else targets[0]


def _seized_state(draft: Draft) -> str | None:
    """Where power is seized: the country of those deposed ("soldiers toppled President
    Keïta", in a report on Chad, is Mali's coup), else of the plotters ("a military council
    led by Déby's son took power", in a report on Niger): a coup is always at home."""
    for parties in (draft.recipients, draft.actors):
        # states, governments, people: armed forces say only where they come from
        countries = {a.country for a, _ in parties if a.country and _is_state_or_person(a)}
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None


def _parties_state(draft: Draft) -> str | None:
    """The one country of the act's parties that are states or people ("Déby was killed":
    Chad), if they all share one; armed forces and groups say only where they come from."""
    parties = draft.actors + draft.recipients
    countries = {a.country for a, _ in parties if a.country and _is_state_or_person(a)}
    return countries.pop() if len(countries) == 1 else None


def _unknown_speakers(draft: Draft) -> bool:
    """Whether the act's doers are people of no known country ("He accused ...", a minister
    the knowledge base does not know), or unnamed: a report's unplaced voice is its own."""
    return all(a.kind == ActorKind.PERSON and not a.country for a, _ in draft.actors)


def _at_home(draft: Draft) -> str | None:
    """The one country of a state's (or its government's, or its people's) act at home, aimed
    at no state: an arrest, a pardon, a release, a state quitting a body ("the Malian
    authorities released 200 prisoners", "Mali left the group"). Not a reaction ("Macron
    condemned the attack" is the report's matter), nor an act sent outward (troops, aid)."""
    entry = draft.match.entry
    domestic = entry.type in POLICIES.domestic_types or entry.mode in POLICIES.domestic_modes
    domestic = domestic or entry.frame in POLICIES.domestic_frames
    countries = {a.country for a, _ in draft.actors if a.country}
    doers = [a for a, _ in draft.actors if _is_state_or_person(a)]
    if not domestic or len(countries) != 1 or not doers:
        return None
    return countries.pop()


def _countries(parties: list[tuple[Actor, Token]], keep) -> list[str]:
    """The distinct countries of the parties ``keep`` accepts, in order; not a country named
    only as where people come from ("46 soldiers from Côte d'Ivoire" are not the state)."""
    return list(
        dict.fromkeys(
            a.country
            for a, token in parties
            if a.country and keep(a) and not _named_as_origin(token)
        )
    )


def _named_as_origin(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in ORIGIN_PREPS


def _together(parties: list[tuple[Actor, Token]]) -> bool:
    """Whether the parties are named as one: a list ("Mali, Burkina Faso and Niger") or a
    plural for it ("the three countries", "they"); not a partner named apart ("Niger agreed
    with a visiting Russian delegation")."""
    heads = set()
    for _, token in parties:
        while token.dep_ in {"conj", "appos"} and token.head.i != token.i:
            token = token.head
        heads.add(token.i)
    return len(heads) == 1


def _is_state(actor: Actor) -> bool:
    """A state, or its government: what a country's name stands for as a party."""
    return actor.kind == ActorKind.STATE or (
        actor.kind == ActorKind.GROUP and actor.sector in GOVERNING_SECTORS
    )


def _is_state_or_person(actor: Actor) -> bool:
    """A state, its government, or a person of the country (an ousted president)."""
    return _is_state(actor) or actor.kind == ActorKind.PERSON


def _shared_place(places: list[Place], gazetteer: Gazetteer) -> Place | None:
    """Where a scene between several places lies: their division when they share one (the
    first place stands for it), else their country; nothing when they lie in several."""
    countries = {p.country for p in places}
    if len(countries) != 1 or None in countries:
        return None
    if len({p.admin1 for p in places}) == 1 and places[0].admin1:
        names = [p.name for p in places]
        return gazetteer.near(places[0]).model_copy(
            update={"name": f"{STRETCH_PREFIX}{', '.join(names[:-1])} and {names[-1]}"}
        )
    return gazetteer.country(places[0].country)


def _from_origin(token: Token, trigger: Token) -> bool:
    """'launched an offensive from their bases in Libya': a place in a 'from' phrase of the
    act's clause says where the actor set out from; not where someone or something is taken
    from ('seized 276 schoolgirls from their school in Chibok': the verb has an object other
    than the act itself, or a passive subject: 'was abducted from his home in Abalak')."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in ORIGIN_PREPS:
            if nearby.measured_from(ancestor):  # "40 km from Bandiagara": a distance
                return False
            # the taken may be the subject of a passive: "was kidnapped from his parish in X"
            objects = [c for c in ancestor.head.children if c.dep_ in {"dobj", "nsubjpass"}]
            return all(c.i == trigger.i for c in objects)
    return False


RELATIVE_WHERE = word_set("relative_where")
# "which", "who", "that": a relative clause whose subject is one of these is about its noun
RELATIVE_PRONOUNS = word_set("relative_pronouns")


def _capital_as_party(token: Token, context: DocumentContext, trigger: Token | None) -> bool:
    """'a withdrawal forced on Paris', 'Paris condemned': a capital named as the government it
    is the seat of is a party to another verb of the clause, not where the act happened. Only
    as the object of a party preposition on a verb other than the act's own ('fighting in
    Bamako' stays a place, and so does 'marched on Bamako')."""
    mention = context.mentions.get(token.i)
    if mention is None or mention.place is None:
        return False
    if place_mentions.capital_for_government(mention):
        return True
    if not capital_party_mention(mention) or token.dep_ != "pobj":
        return False
    prep = token.head
    other_verb = prep.head.pos_ in {"VERB", "AUX"} and (trigger is None or prep.head != trigger)
    return prep.lower_ in PARTY_PREPS and other_verb


def capital_party_mention(mention) -> bool:
    """Whether a mention names a capital town that the report also reads as its government."""
    actor, place = mention.actor, mention.place
    return (
        actor is not None
        and place.precision == PlacePrecision.TOWN
        and actor.sector in GOVERNING_SECTORS
    )


def _relocates(found: tuple[Place, Token | None], best, parties: set[int]) -> bool:
    """Whether a place of the clause would move the event out of the country that the act's
    own argument names: "left Niger on Friday, completing a withdrawal forced on Paris" stays
    in Niger. A clause's place may refine the argument's (a town of that country), not replace
    it with another country's: that one is a party, an origin or another act's scene."""
    if best is None or best[1] is None or best[1].i in parties:
        return False  # nothing of the act's own words to keep ("leaves the United States as")
    return found[0].country is not None and found[0].country != best[0].country


def _where_antecedent(trigger: Token) -> list[Token]:
    """'a summit in Abuja, where they called for Kafando to be restored': a clause opened by
    'where' happens at the place it describes. The antecedent's phrase, without the clause."""
    for clause in (trigger, *trigger.ancestors):
        if clause.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in RELATIVE_WHERE for c in clause.children
        ):
            inner = {t.i for t in clause.subtree}
            return [t for t in clause.head.subtree if t.i not in inner]
        if clause.dep_ in {"ccomp", "relcl", "ROOT"}:
            return []  # only the trigger's own clause: not a reported one inside it
    return []


def _in_anothers_act(token: Token, trigger: Token) -> bool:
    """'suspended Burkina Faso, but stopped short of imposing the sanctions it has placed on
    neighbouring Mali'; 'accused Guterres of manoeuvres that it said had kept Niger out of the
    General Assembly in New York': a relative clause with a subject of its own tells what that
    subject did with the noun, another act with its own place; so does a participle on
    another noun ("the 2015 accord, signed in Bamako"). Not a clause the trigger is in, nor
    one whose subject is the noun itself ("a summit that opened in Abuja")."""
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.dep_ == "acl" and ancestor.tag_ == "VBN" and ancestor.head.i != trigger.i:
            # "led the mediation that produced the 2015 accord, signed in Bamako": a
            # participle on the noun of another verb tells that noun's own act and its place
            # (not "formed the alliance with a charter signed in Bamako": the act's own)
            return not _within(trigger, ancestor) and _of_another_verb(ancestor.head, trigger)
        if ancestor.dep_ == "relcl":
            if _within(trigger, ancestor):
                return False
            subjects = [c for c in ancestor.children if c.dep_ in SUBJECTS]
            return any(s.lower_ not in RELATIVE_PRONOUNS for s in subjects)
    return False


def _of_another_verb(noun: Token, trigger: Token) -> bool:
    """Whether a noun hangs on a verb other than the trigger's own on its way up to it."""
    own = trigger if trigger.pos_ in {"VERB", "AUX"} else None
    for ancestor in noun.ancestors:
        if ancestor.i == trigger.i:
            return False
        if ancestor.pos_ in {"VERB", "AUX"}:
            return own is None or ancestor.i != own.i
    return False


def _in_relative_clause(trigger: Token) -> bool:
    """Whether the trigger belongs to a relative clause (its own verb or one governing it)."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ == "relcl":
            return True
        if token.dep_ in {"ROOT", "ccomp"}:
            return False
    return False


def _describes_subject(
    token: Token, inside: set[int], parties=frozenset(), trigger: Token | None = None
) -> bool:
    """'France, which has troops in the Sahel, warned ...': a place in a relative clause about
    the subject says who the subject is, not where the event happened. So does one about
    another party to the event ('to demand the departure of the 1,000 American soldiers, most
    of whom are at a drone base near Agadez'). Not when the event is told in that clause
    itself ('France, whose troops intervened in Mali in 2013, ...': the intervention)."""
    for ancestor in token.ancestors:
        if ancestor.i not in inside:
            return False
        if trigger is not None and ancestor.dep_ == "relcl" and _within(trigger, ancestor):
            return False
        if ancestor.dep_ == "relcl" and ancestor.head.dep_ in {"nsubj", "nsubjpass"}:
            return ancestor.head.i in inside
        if ancestor.dep_ == "relcl" and ancestor.head.i in parties:
            # "mediated the talks between the two sides, which began in Jeddah": a clause that
            # tells something beginning is about the event, whatever noun the parse hangs it on
            return ancestor.lemma_.lower() not in INCEPTION_VERBS
    return False


def _within(token: Token, clause: Token) -> bool:
    """Whether ``token`` is ``clause`` or one of its dependents."""
    return token.i == clause.i or any(a.i == clause.i for a in token.ancestors)


def _own_clause(trigger: Token) -> list[Token]:
    """The trigger's clause without a clause coordinated to it that has its own subject:
    "Chad sent troops into Cameroon, and AU leaders are due to meet in Addis Ababa" places
    the deployment by its own words, not by the next clause's summit."""
    tokens = arguments.clause_tokens(trigger)
    inside = {t.i for t in tokens}
    apart: set[int] = set()
    for token in tokens:
        coordinated = token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}
        if not coordinated or token.head.i not in inside or _within(trigger, token):
            continue
        if any(c.dep_ in SUBJECTS for c in token.children):
            apart |= {t.i for t in token.subtree}
    return [t for t in tokens if t.i not in apart]


SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
AGENT_DEPS = frozenset({"agent"})


def _mediator(token: Token, draft: Draft) -> bool:
    """Whether an actor of a mediation is its mediator: the agent of a passive ("talks
    mediated by Qatar"), or its subject when it is a state."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ in AGENT_DEPS:
            return True
        if ancestor.i == draft.match.token.i:
            break
    actor = next((a for a, t in draft.actors if t.i == token.i), None)
    return token.dep_ in SUBJECTS and actor is not None and actor.kind == ActorKind.STATE


def _locative_prep(prep: Token) -> bool:
    """'in', 'near', and 'to' after 'next' or 'close' ('next to Niamey's airport')."""
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ in PROXIMITY_PREPS and prep.head.lower_ in PROXIMITY_HEADS


def _locative(token: Token) -> bool:
    """Where a place word says where: 'in Gao', 'near Boni', 'out of Gao', 'the Kati military
    camp', 'in Conakry's stadium', 'next to Niamey's airport'."""
    if token.dep_ == "pobj" and _locative_prep(token.head):
        return True
    if token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.pos_ == "PROPN":
        return _locative(token.head)  # "in Birnin Yauri, Kebbi State": the town's division
    if token.dep_ == "pobj" and nearby.measured_from(token.head):
        return True  # "Wandoumbou, 40 km from Bandiagara"
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head.lower_ in LOCATIVE_OF_HEADS
    if token.dep_ == "poss" and token.head.dep_ == "pobj":
        return _locative_prep(token.head.head)  # "in Conakry's main stadium"
    if token.dep_ == "poss" and token.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "attacked Kaduna's international airport": the airport is in Kaduna
    return token.dep_ in {"compound", "nmod"} and token.head.lemma_.lower() in PLACE_NOUNS


def located(place: Place) -> Place:
    """A place as an event carries it: no point for a whole country or a described region,
    where a centroid would put the event somewhere it did not happen."""
    if place.precision in {PlacePrecision.COUNTRY, PlacePrecision.REGION} and place.lat is not None:
        return place.model_copy(update={"lat": None, "lon": None})
    return place
