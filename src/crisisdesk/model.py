"""The one data model every stage of CrisisDesk shares.

Sources produce :class:`Article`; the language analysis and the coder turn an article into
:class:`Event` records, each carrying the :class:`Evidence` (sentence and character spans)
that supports every field; the store, the CLI and the evaluation read and write exactly these
models. Offsets are always character offsets into ``Article.body``.

See ``docs/data-model.md`` for the meaning of every field.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    """Base for all models: strict about unknown fields, so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Status(StrEnum):
    """Whether an event happened, per the text that reports it."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    ONGOING = "ongoing"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class PlacePrecision(StrEnum):
    """How precisely an event is located: a point, a district, a region, or the country."""

    TOWN = "town"
    ADMIN2 = "admin2"
    ADMIN1 = "admin1"
    REGION = "region"  # a described part of a country ("northern Mali"), no point
    COUNTRY = "country"

    @property
    def acled_geo_precision(self) -> int:
        """ACLED ``geo_precision``: 1 town, 2 near a town / district, 3 larger region."""
        return {"town": 1, "admin2": 2}.get(self.value, 3)


class Sector(StrEnum):
    """PLOVER actor sectors (plus the kinds of organisation we need in the Sahel)."""

    GOV = "GOV"  # government, executive, ministries, junta as government
    MIL = "MIL"  # armed forces of a state
    COP = "COP"  # police, gendarmerie
    JUD = "JUD"  # courts, judiciary
    LEG = "LEG"  # parliament, transitional council
    REB = "REB"  # rebels, separatists, insurgents with political aims
    INS = "INS"  # jihadist / violent extremist groups
    MIL_PRIV = "PMC"  # private military companies (Wagner, Africa Corps)
    MILITIA = "MLT"  # pro-government or community militias, self-defence groups
    UNIDENTIFIED = "UAG"  # unidentified armed group: "gunmen", "assailants" (as ACLED codes them)
    UNO = "UNO"  # the United Nations and its bodies and missions
    IGO = "IGO"  # regional and intergovernmental bodies
    NGO = "NGO"
    CVL = "CVL"  # civilians
    MED = "MED"  # media
    OPP = "OPP"  # political opposition
    PTY = "PTY"  # political parties
    BUS = "BUS"
    REL = "REL"
    STATE = "STATE"  # the state as a whole, when no finer sector is known


class ActorKind(StrEnum):
    STATE = "state"
    ORGANISATION = "organisation"
    ARMED_GROUP = "armed_group"
    PERSON = "person"
    GROUP = "group"  # a sector of a country, e.g. "Malian troops", "civilians"


# The id prefix of a party the text names but the knowledge base does not know
# ("unresolved:state-security-service").
UNRESOLVED_PREFIX = "unresolved:"


def is_unresolved_id(actor_id: str) -> bool:
    """Whether an actor id is that of a party the knowledge base does not know."""
    return actor_id.startswith(UNRESOLVED_PREFIX)


class Actor(Model):
    """An actor resolved against the knowledge base, or a typed generic actor."""

    id: str = Field(
        description="Stable id from the knowledge base, e.g. 'minusma', 'MLI', 'MLI-MIL'."
    )
    name: str = Field(description="Canonical name.")
    aliases: list[str] = Field(default_factory=list)
    qid: str | None = Field(default=None, description="Wikidata QID where known.")
    country: str | None = Field(
        default=None, description="ISO 3166-1 alpha-3 the actor belongs to."
    )
    sector: Sector | None = None
    kind: ActorKind = ActorKind.ORGANISATION
    mention: str | None = Field(default=None, description="The text that named it in this event.")

    @property
    def unresolved(self) -> bool:
        """Named in the text but not found in the knowledge base."""
        return is_unresolved_id(self.id)

    def matches(self, name: str) -> bool:
        """True when ``name`` is this actor's name, an alias, its QID or its country code."""
        folded = name.casefold()
        keys = [self.name, *self.aliases, self.qid or "", self.id]
        if self.mention:
            keys.append(self.mention)
        if self.country:
            keys.append(self.country)
        return any(folded == key.casefold() for key in keys if key)


class Place(Model):
    name: str
    geonames_id: int | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3.")
    admin1: str | None = Field(default=None, description="ISO 3166-2 code, e.g. 'ML-7'.")
    admin1_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: PlacePrecision = PlacePrecision.COUNTRY


class Span(Model):
    """A stretch of the article body that supports one field of an event."""

    role: str = Field(description="trigger, actor, recipient, place, date, number, heading")
    start: int
    end: int
    text: str
    detail: str | None = Field(
        default=None, description="What a number counts: dead, injured, abducted, arrested, troops."
    )


class Evidence(Model):
    article_id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    spans: list[Span] = Field(default_factory=list)

    def span(self, role: str) -> Span | None:
        return next((s for s in self.spans if s.role == role), None)


class Event(Model):
    """One coded event (PLOVER v2) with the evidence for each field."""

    id: str
    article_id: str
    type: str = Field(description="PLOVER v2 event type, e.g. ASSAULT.")
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    recipients: list[Actor] = Field(default_factory=list)
    place: Place | None = None
    date_start: date | None = None
    date_end: date | None = None
    date_precision: DatePrecision | None = None
    status: Status = Status.OCCURRED
    dead: int | None = Field(default=None, description="People killed ('at least 20' -> 20).")
    dead_high: int | None = Field(
        default=None, description="Upper figure where a range is given ('possibly 40')."
    )
    injured: int | None = None
    abducted: int | None = None
    arrested: int | None = None
    troops: int | None = Field(default=None, description="Troops deployed or withdrawn.")
    cameo: str | None = Field(default=None, description="CAMEO root code, two digits.")
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def date_label(self) -> str:
        """The date at its precision: '2023-12-31', '2023-09', '2013', or a range."""
        if self.date_start is None:
            return ""
        label = format_date(self.date_start, self.date_precision)
        if self.date_end and self.date_end != self.date_start:
            end = format_date(self.date_end, self.date_precision)
            if end != label:
                return f"{label}/{end}"
        return label


class Article(Model):
    id: str = Field(description="Content hash of the normalised body.")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"
    body: str
    headings: list[Span] = Field(
        default_factory=list,
        description="Section headings (role 'heading') and wire datelines (role 'dateline') "
        "inside the body: kept as text, not coded.",
    )
    source_path: str | None = None
    ingested_at: datetime | None = None


class SourceDocument(Model):
    """A document as a source hands it over, before body extraction."""

    origin: str = Field(description="Where it came from: a path, with ':LINE' for JSON Lines.")
    raw: str = Field(description="The document's text or HTML, decoded.")
    format: str = Field(description="'html' or 'text'.")
    url: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    language: str | None = None


class IngestError(Model):
    """A document that could not be read or processed (the batch goes on without it), or, with
    ``warning`` set, one that was read but with a problem the user should know about."""

    origin: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{self.origin}: {prefix}{self.message}"


class DocumentResult(Model):
    """What the pipeline produced for one article."""

    article: Article
    events: list[Event] = Field(default_factory=list)


def format_date(value: date, precision: DatePrecision | None) -> str:
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


_SPACE = re.compile(r"\s+")


def normalise_for_hash(body: str) -> str:
    """The form of a body its id is computed from: NFC, case-folded, white space folded."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", body)).strip().casefold()


def article_id(body: str) -> str:
    """Content hash: the same text, however spaced or cased, gets the same id."""
    return hashlib.sha256(normalise_for_hash(body).encode("utf-8")).hexdigest()[:16]
