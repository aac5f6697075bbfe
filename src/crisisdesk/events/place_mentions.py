"""Which place a token names: gazetteer names settled by the country their sentence or the
document gives, "the capital", "Katsina state", "the town of Kidal", "the town" and "there"
referring back; and the document's places as priors (lead place, named scenes, section
headings)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from crisisdesk.events import nearby
from crisisdesk.events.grammar import word_set
from crisisdesk.events.mention_parts import GENITIVE_PREPS, Mention, is_definite
from crisisdesk.model import Place, PlacePrecision, Sector

if TYPE_CHECKING:
    from crisisdesk.events.mentions import DocumentContext

# Nouns for settlements and areas: "the town of Kidal", "the village of Solhan".
PLACE_NOUNS = word_set("place_nouns")
# "the town", "the village" with no name: the last town the text named.
SETTLEMENT_NOUNS = word_set("settlement_nouns")
# "the village" is the last town the text introduced as a village, where there is one
SMALL_SETTLEMENT_NOUNS = word_set("small_settlement_nouns")
CAPITAL_NOUNS = word_set("capital_nouns")
DIVISION_NOUNS = word_set("division_nouns")
LOCATIVE_PREPS = word_set("locative_prepositions")
BETWEEN_PREPS = word_set("between_prepositions")
# where a capital names its government as a party: "Paris condemned", "Bamako was told"
GOVERNMENT_ROLES = frozenset({"nsubj", "nsubjpass"})


def resolve_ambiguous_places(context: DocumentContext, spans: list[Span]) -> None:
    """Names several countries share ("Savanes region": Togo's and Côte d'Ivoire's) are the
    one in a country the sentence names, nearest first ("Togo's Savanes region", "the
    Savanes region of northern Togo"), else in the document's focus country."""
    for mention in list(context.mentions.values()):
        owner = _owner_country(context, mention.span)
        if mention.place is not None and owner and mention.place.country != owner:
            # "Burkina Faso's Sahel region": the division of the owner country
            mention.place = context.gazetteer.division_in(mention.span.text, owner) or (
                mention.place
            )
    for mention in {id(m): m for m in context.mentions.values()}.values():
        _rehint_town(context, mention)
        _place_in_stated_division(context, mention)
    for span in spans:
        described = _described_country(context, span)
        hints = [described, *sentence_countries(context, span), context.focus_country]
        for hint in dict.fromkeys(h for h in hints if h):
            place = context.gazetteer.lookup(span.text, hint)
            if place is not None and place.country == hint:
                mention = Mention(span, None, place)
                for token in span:
                    context.mentions[token.i] = mention
                break


def _rehint_town(context: DocumentContext, mention: Mention) -> None:
    """A town resolved before the focus country was known, to a GeoNames namesake in a
    country neither its sentence nor the document names, is the namesake in the country
    they name, if there is one (a Malian town in a report about Mali, not its larger
    namesake in Congo). An area several countries share is the part of the country its
    sentence names ("Lake Chad, in Chad"), never the report's country by default: "the
    Sahel" is not Mali's alone; but an area that lies in one division of each of its
    countries (a national park) is the report's country's part."""
    place = mention.place
    if mention.actor is not None or place is None:
        return
    sentence = list(dict.fromkeys(sentence_countries(context, mention.span)))
    hints = list(dict.fromkeys(h for h in [*sentence, context.focus_country] if h))
    if place.country in hints:
        return
    found = None
    if place.precision == PlacePrecision.REGION and place.country is None:
        for hint in sentence:
            region = context.gazetteer.region(mention.span.text, hint)
            if region is not None and region.country == hint:
                found = region
                break
        focus = context.focus_country
        local = context.gazetteer.region(mention.span.text, focus) if focus else None
        if found is None and local is not None and local.country == focus and local.admin1:
            # "in the W park", in a report on Benin: an area that lies in one division of
            # each of its countries is the report's country's part, unlike "the Sahel"
            found = local
    elif place.precision == PlacePrecision.TOWN:
        for hint in hints:
            found = context.gazetteer.namesake_in(mention.span.text, hint)
            if found is not None:
                break
    if found is not None:
        mention.place = found


def _place_in_stated_division(context: DocumentContext, mention: Mention) -> None:
    """'near Koutougou, in the Tillabéri region', 'Tabatol, in the Tahoua region': a town
    the report places in a first-level division itself is in that division. A coder follows
    the source over a namesake or a pointless entry the gazetteer files elsewhere; a point
    that lies in another division is dropped rather than kept on the wrong side."""
    place = mention.place
    if mention.actor is not None or place is None or place.precision != PlacePrecision.TOWN:
        return
    division = _stated_division(context, mention.span)
    if division is None or division.admin1 == place.admin1:
        return
    namesake = context.gazetteer.namesake_in(mention.span.text, division.country or "")
    if namesake is not None and namesake.admin1 == division.admin1:
        mention.place = namesake
        return
    mention.place = place.model_copy(
        update={
            "geonames_id": None,
            "country": division.country,
            "admin1": division.admin1,
            "admin1_name": division.admin1_name,
            "lat": None,
            "lon": None,
        }
    )


def _stated_division(context: DocumentContext, span: Span) -> Place | None:
    """The first-level division named right after a town: "TOWN, in the X region" (or with no
    comma, "the village of TOWN in the X region"), also
    through a lower unit the gazetteer may not know ("Mafa, in the Tarmuwa local government
    area of Yobe State"): within the phrase of that "in", up to twelve words on."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    if len(after) < 3:
        return None
    if after[0].text == "," and after[1].lower_ in LOCATIVE_PREPS:
        prep = after[1]
    elif after[0].lower_ == "in":
        prep = after[0]  # "near the village of Koutougou in the Tillabéri region"
    else:
        return None
    phrase = {token.i for token in prep.subtree}
    for token in doc[prep.i + 1 : min(prep.i + 13, span.sent.end)]:
        if token.i not in phrase:
            break
        named = context.mentions.get(token.i)
        if named is None or named.place is None:
            continue
        if named.place.precision == PlacePrecision.COUNTRY and named.span.root.dep_ == "poss":
            continue  # "in Niger's Tillabéri region": the division's owner
        division = named.place
        typed = named.span.end < len(doc) and doc[named.span.end].lemma_.lower() in DIVISION_NOUNS
        if division.admin1 and (division.precision == PlacePrecision.ADMIN1 or typed):
            return division  # "the Tahoua region": the region, not its capital town
        return None
    return None


def _described_country(context: DocumentContext, span: Span) -> str | None:
    """The country an adjective gives the place noun a name hangs on: "the French town of
    Pau", "the Nigerian city Maiduguri"."""
    root = span.root
    nouns = [root]
    if root.dep_ == "pobj" and root.head.lower_ in GENITIVE_PREPS:
        nouns.append(root.head.head)  # "the French town of Pau"
    elif root.dep_ == "appos":
        nouns.append(root.head)  # "the French town, Pau"
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "amod":
                country = context.kb.country_from_adjective(child.text)
                if country:
                    return country
    return None


def _owner_country(context: DocumentContext, span: Span) -> str | None:
    """The country a place name is given as part of: "Togo's Savanes region"."""
    for child in span.root.children:
        owner = context.mentions.get(child.i)
        place = owner.place if owner is not None and child.dep_ == "poss" else None
        if place is not None and place.precision == PlacePrecision.COUNTRY:
            return place.country
    return None


def sentence_countries(context: DocumentContext, span: Span) -> list[str]:
    """The countries the span's sentence names, nearest to the span first."""
    sentence = span.sent
    found = []
    for token in sentence:
        mention = context.mentions.get(token.i)
        if mention is None or mention.place is None or not mention.place.country:
            continue
        if span.start <= token.i < span.end:
            continue  # the span's own place is not a hint for it
        distance = min(abs(token.i - span.start), abs(token.i - span.end))
        found.append((distance, mention.place.country))
    return [country for _, country in sorted(found)]


def place_of(context: DocumentContext, token: Token) -> Place | None:
    """The place a token names: 'Kidal', or 'the town of Kidal' through its 'of'. A
    dateline names none: it says where the reporter files from."""
    if context.in_dateline(token.idx):
        return None
    mention = context.mentions.get(token.i)
    if mention and mention.place:
        return mention.place
    if token.lemma_.lower() in PLACE_NOUNS:
        for named in (context.mentions.get(c.i) for c in token.children if c.dep_ == "appos"):
            if named and named.place and named.place.precision != PlacePrecision.COUNTRY:
                return named.place  # "in the capital, Ouagadougou": named in apposition
    if (division := _typed_division(context, token)) is not None:
        return division  # "in Katsina state": the state, not its capital city
    if (capital := _unnamed_capital(context, token)) is not None:
        return capital  # "the capital of Chad" is N'Djamena, not all of Chad
    if token.lemma_.lower() in PLACE_NOUNS:
        # "le camp voisin de Mondoro": the "of" may hang on the noun's adjective
        near = [c for c in token.children if c.dep_ == "amod" and c.i == token.i + 1]
        for prep in [*token.children, *(p for a in near for p in a.children)]:
            if prep.dep_ == "prep" and prep.lower_ in GENITIVE_PREPS:
                for obj in prep.children:
                    named = context.mentions.get(obj.i)
                    if obj.dep_ == "pobj" and named and named.place:
                        return named.place
                    settlement = token.lemma_.lower() in SETTLEMENT_NOUNS
                    if settlement and obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                        town = _named_town(context, obj, named)
                        if town is not None:
                            return town
    return _settlement_antecedent(context, token)


def _named_town(context: DocumentContext, name: Token, mention: Mention | None) -> Place | None:
    """'the south-western French town of Pau': a name the tagger took for something else
    is a town when a settlement noun says so; looked up in the country the noun's
    adjective gives, else the report's."""
    text = mention.span.text if mention is not None else name.text
    span = mention.span if mention is not None else name.doc[name.i : name.i + 1]
    hint = _described_country(context, span) or context.focus_country
    place = context.gazetteer.lookup(text, hint)
    if place is None or place.precision != PlacePrecision.TOWN:
        return None
    return place


def _typed_division(context: DocumentContext, token: Token) -> Place | None:
    """'Katsina state', 'Soum province': a division named by its type word after a name
    that alone may be a town (the state capital Katsina)."""
    if token.lemma_.lower() not in DIVISION_NOUNS:
        return None
    for child in token.children:
        named = context.mentions.get(child.i) if child.dep_ == "compound" else None
        if named is None or named.place is None or not named.place.country:
            continue
        text = f"{named.span.text} {token.text}"
        return context.gazetteer.division_in(text, named.place.country)
    return None


def _unnamed_capital(context: DocumentContext, token: Token) -> Place | None:
    """'in the capital' with no name: the capital of the country the report is about, or
    of the country its modifier names ("the Malian capital", "Niger's capital", "the
    capital of Chad")."""
    if token.lemma_.lower() not in CAPITAL_NOUNS:
        return None
    if any(c.dep_ == "appos" for c in token.children):
        return None  # "the capital, Ouagadougou": named there
    country = context.modifier_country(token)
    if country is None:
        if not is_definite(token) or any(
            c.dep_ in {"compound", "prep", "poss", "amod"} for c in token.children
        ):
            return None  # "the regional capital", "the capital of the region"
        country = context.focus_country
    name = context.kb.capital(country) if country else None
    place = context.gazetteer.lookup(name, country) if name else None
    if place is None or place.precision != PlacePrecision.TOWN:
        return None
    return place if place.country == country else None


def _settlement_antecedent(context: DocumentContext, token: Token) -> Place | None:
    """'the town', 'around the village': the last town named before it. News names the
    scene once and then calls it 'the town'."""
    if not is_definite(token) or token.lemma_.lower() not in SETTLEMENT_NOUNS:
        return None
    if any(c.dep_ in {"compound", "appos"} for c in token.children) or any(
        context.mentions.get(g.i) or g.pos_ == "PROPN"
        for c in token.children
        if c.dep_ == "prep"
        for g in c.children
    ):
        # "the Kidal town", "the town of Kidal", "the town, Kidal": named there, even by a
        # name the gazetteer does not know ("the village of Teguey")
        return None
    towns = _towns_before(context, token)
    # "attacked the village of Solhan ... fled to Sebba, the provincial capital, ... moving into
    # the village": the last town introduced as a village, where the text introduced one
    noun = token.lemma_.lower()
    last = next(towns, None)
    if last is None or noun not in SMALL_SETTLEMENT_NOUNS:
        return last[1] if last else None
    introduced = (p for m, p in (last, *towns) if _introducing_noun(m.span.root) == noun)
    return next(introduced, last[1])


def _towns_before(context: DocumentContext, token: Token) -> Iterator[tuple[Mention, Place]]:
    """The towns named before ``token``, latest first: not a dateline's, nor a town named only
    as what a distance is measured from."""
    for mention in reversed(context.ordered):
        place = mention.place
        if mention.span.end > token.i or context.in_dateline(mention.span.start_char):
            continue  # a dateline says where the reporter files from, not the scene
        if place is not None and place.precision == PlacePrecision.TOWN:
            if _distance_reference(mention.span.root):
                continue  # "Djibo, some 200 km north of Ouagadougou, ...": the town is Djibo
            yield mention, place


def _introducing_noun(name: Token) -> str | None:
    """The settlement noun a town's name is introduced by: "the village of Solhan", "Solhan
    village", "Sebba, the provincial capital"."""
    head = name.head
    if name.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower()
    if name.dep_ in {"compound", "appos"}:
        return head.lemma_.lower()
    return next((c.lemma_.lower() for c in name.children if c.dep_ == "appos"), None)


def _distance_reference(name: Token) -> bool:
    """'200 km north of Ouagadougou', '60 km from Pama': a town named only as what a distance
    is measured from locates another place; 'the town' after it is not that town."""
    prep = name.head
    return name.dep_ == "pobj" and prep.dep_ == "prep" and nearby.measured_from(prep)


def place_there(context: DocumentContext, token: Token) -> Place | None:
    """'the coup there': 'there' stands for the last place named in the sentence or the one
    before it (a country too: 'sanctions on Niger after the coup there')."""
    if token.lower_ != "there" or token.dep_ != "advmod":
        return None
    earliest = token.doc[token.sent.start - 1].sent.start if token.sent.start else 0
    for mention in reversed(context.ordered):
        if mention.span.start < earliest:
            return None
        if mention.span.end <= token.i and mention.place is not None:
            return mention.place
    return None


def capital_for_government(mention: Mention) -> bool:
    """'Paris condemned the decision', 'relations between Bamako and Paris': a town named as
    a party (the government it is the seat of), not in a locative phrase ('In Paris, the
    ministry said ...')."""
    place, actor, root = mention.place, mention.actor, mention.span.root
    if place is None or actor is None or place.precision != PlacePrecision.TOWN:
        return False
    if actor.sector not in {Sector.GOV, Sector.STATE}:
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Bamako and Paris": as the first of the list
    if root.dep_ == "pobj":
        return root.head.lower_ in BETWEEN_PREPS  # "relations between Bamako and Paris"
    return root.dep_ in GOVERNMENT_ROLES


def describes_government(context: DocumentContext, token: Token) -> bool:
    """'the junta in Bamako', 'the government in Niamey': a place in a phrase naming a
    government says which government, not where the event happened."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    named = context.mentions.get(token.i)
    if named is None or named.place is None:
        return False
    mention = context.mentions.get(owner.i)
    if mention is not None and mention.actor is not None:
        sector, country = mention.actor.sector, mention.actor.country
    else:
        sector = context.kb.sector_for_noun(owner.lemma_.lower())
        country = context.modifier_country(owner)
        if country is None and not any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in owner.children
        ):
            # "its embassy in Niamey": the owner a pronoun stands for, not the report's state
            country = context.focus_country
    # "the French embassy in Ouagadougou" is not the seat of the French government
    return sector in {Sector.GOV, Sector.STATE} and country == named.place.country


def named_scenes(context: DocumentContext) -> list[tuple[int, Place]]:
    """(character offset, place) of the towns and admin1 divisions the text names as where
    something is ("In Niamey, ...", "near Gao"), in text order: the prior for scene events
    of the same paragraph that name no place of their own."""
    scenes = []
    local = {PlacePrecision.TOWN, PlacePrecision.ADMIN1, PlacePrecision.ADMIN2}
    for mention in context.ordered:
        place, root = mention.place, mention.span.root
        if place is None or place.precision not in local:
            continue
        if context.in_dateline(mention.span.start_char):
            continue  # "DOSSO, 22 March (Wire) -": where the reporter files from
        locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
        locative = locative and not between_places(root)
        if (locative and not describes_government(context, root)) or _item_label(root):
            scenes.append((mention.span.start_char, place))
    return scenes


def section_places(context: DocumentContext) -> list[tuple[int, Place | None]]:
    """(character offset, place) of the section headings, in text order: a digest's
    "SAHEL REGION", "Mali" or "Tillabéri region" places the items under it that name no
    place of their own, until the next heading (which may name none: "NATIONAL")."""
    sections = []
    for heading in context.article.headings:
        if heading.role != "heading":
            continue
        text = heading.text.strip().strip(":").strip()
        place = None
        if context.focus_country:
            place = context.gazetteer.division_in(text, context.focus_country)
        place = place or context.gazetteer.lookup(text, context.focus_country)
        sections.append((heading.start, place))
    return sections


def names_a_city(context: DocumentContext, token: Token) -> bool:
    """A town or region named by the token, even one that also stands for a government
    ("Niamey" in "left Niamey")."""
    mention = context.mentions.get(token.i)
    return (
        mention is not None
        and mention.place is not None
        and mention.place.precision != PlacePrecision.COUNTRY
    )


def lead_place(context: DocumentContext) -> Place | None:
    """The first town or admin1 named in the first paragraphs: the story's scene."""
    lead_end = len(context.article.body) // 3
    headings = [(h.start, h.end) for h in context.article.headings]
    for mention in sorted(context.mentions.values(), key=lambda m: m.span.start):
        place = mention.place
        if mention.span.start_char > lead_end:
            break
        if any(start <= mention.span.start_char < end for start, end in headings):
            continue  # a dateline names where the reporter is, not the scene
        local = place is not None and place.precision != PlacePrecision.COUNTRY
        # a capital stands for its government as a speaker or doer ("Bamako said") or
        # where it says which government ("the junta in Bamako"); "in the capital,
        # Conakry" names the scene
        root = mention.span.root
        as_place = mention.actor is None or (
            root.dep_ in {"pobj", "appos"} and not describes_government(context, root)
        )
        as_place = as_place and not between_places(root)
        if local and as_place and place.country == context.focus_country:
            return place
    return None


def between_places(token: Token) -> bool:
    """'the railway line between Abuja and Kaduna': the places a stretch runs between are
    not its scene, nor the scene of what the paragraph tells next."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in BETWEEN_PREPS


def _item_label(root: Token) -> bool:
    """'Natiaboani (Gourma province). On Sunday, gunmen attacked the mosque': a digest item
    opens with a verbless line naming its place, which is the scene of what follows."""
    sentence = root.sent
    return root.i == sentence.root.i and not any(t.pos_ in {"VERB", "AUX"} for t in sentence)
