"""Gold-standard files: what a careful analyst extracts from each document.

The format is specified in ``docs/evaluation.md`` (JSON Lines, one document per line). This
module reads and checks it; :mod:`crisisdesk.evaluation.score` compares the pipeline's output
with it.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from crisisdesk.model import DatePrecision, SourceDocument, Status

# The sixteen PLOVER v2 event types, as the gold format lists them: a type outside this set
# is a typo in the gold file, and would silently never match.
PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip

_DATE_FORMS = {
    DatePrecision.YEAR: re.compile(r"\d{4}"),
    DatePrecision.MONTH: re.compile(r"\d{4}-\d{2}"),
    DatePrecision.DAY: re.compile(r"\d{4}-\d{2}-\d{2}"),
}


class GoldFormatError(ValueError):
    """A gold file that does not follow the format; names the file and line."""


class _GoldModel(BaseModel):
    # Unknown fields are refused: a misspelt field would otherwise be silently unscored.
    model_config = ConfigDict(extra="forbid")


class GoldEvent(_GoldModel):
    """One event as an analyst codes it. ``None`` means "not given": that attribute is not
    scored for this event. An empty ``actor`` / ``recipient`` list is a value: none."""

    type: str | list[str]
    mode: str | None = None
    actor: list[str | list[str]] | None = None
    recipient: list[str | list[str]] | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    admin1: str | None = Field(default=None, pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
    place: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    status: Status | None = None
    dead: int | None = Field(default=None, ge=0)
    evidence: str | list[str]

    @field_validator("type")
    @classmethod
    def _known_types(cls, value: str | list[str]) -> str | list[str]:
        types = [value] if isinstance(value, str) else value
        if not types:
            raise ValueError("type list is empty")
        unknown = [t for t in types if t not in PLOVER_TYPES]
        if unknown:
            raise ValueError(f"not PLOVER v2 types: {', '.join(unknown)}")
        return value

    @field_validator("evidence")
    @classmethod
    def _evidence_not_blank(cls, value: str | list[str]) -> str | list[str]:
        strings = [value] if isinstance(value, str) else value
        if not strings or any(not s.strip() for s in strings):
            raise ValueError("evidence must be one or more non-blank strings")
        return value

    @model_validator(mode="after")
    def _date_matches_precision(self) -> Self:
        """Fill in the precision from the date's form, and refuse a form that contradicts it."""
        if self.date is None:
            return self
        form = next((p for p, rx in _DATE_FORMS.items() if rx.fullmatch(self.date)), None)
        if form is None:
            raise ValueError(f"date {self.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        _check_calendar_date(self.date)
        if self.date_precision is None:
            self.date_precision = form
        elif self.date_precision == DatePrecision.WEEK and form != DatePrecision.DAY:
            raise ValueError("a week-precision date is given as a day of that week, YYYY-MM-DD")
        elif self.date_precision != DatePrecision.WEEK and self.date_precision != form:
            raise ValueError(f"date {self.date!r} does not have precision {self.date_precision}")
        return self

    @property
    def types(self) -> list[str]:
        """The acceptable types, the first being the preferred one."""
        return [self.type] if isinstance(self.type, str) else list(self.type)

    @property
    def evidence_strings(self) -> list[str]:
        return [self.evidence] if isinstance(self.evidence, str) else list(self.evidence)


class GoldDocument(_GoldModel):
    """One document of a gold file, with what must be extracted from it."""

    id: str = Field(min_length=1)
    path: str | None = None
    text: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    story: str | None = None
    body_contains: list[str] = Field(default_factory=list)
    body_excludes: list[str] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)

    @model_validator(mode="after")
    def _path_or_text(self) -> Self:
        if (self.path is None) == (self.text is None):
            raise ValueError("give exactly one of 'path' and 'text'")
        return self


def _check_calendar_date(value: str) -> None:
    """Refuse impossible dates such as 2023-02-30 or 2023-13."""
    parts = [int(part) for part in value.split("-")] + [1, 1]
    date(parts[0], parts[1], parts[2])  # raises ValueError with the reason


def load_gold(path: Path) -> list[GoldDocument]:
    """Read a gold file. ``path`` fields are resolved against the gold file's folder.

    Raises :class:`GoldFormatError` naming the file, the line and the problem for malformed
    JSON, fields that break the format, repeated ids, or documents whose file is missing.
    """
    path = Path(path)
    documents: list[GoldDocument] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        document = _parse_line(line, path, number)
        if document.id in seen:
            raise GoldFormatError(
                f"{path}:{number}: id {document.id!r} already used on line {seen[document.id]}"
            )
        seen[document.id] = number
        if document.path is not None:
            resolved = (path.parent / document.path).resolve()
            if not resolved.is_file():
                raise GoldFormatError(f"{path}:{number}: document file not found: {resolved}")
            document.path = str(resolved)
        documents.append(document)
    return documents


def _parse_line(line: str, path: Path, number: int) -> GoldDocument:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{path}:{number}: not valid JSON: {error}") from error
    if not isinstance(data, dict):
        raise GoldFormatError(f"{path}:{number}: expected a JSON object per line")
    try:
        return GoldDocument.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or 'document'}: {item['msg']}"
            for item in error.errors()
        )
        raise GoldFormatError(f"{path}:{number}: {problems}") from error


def gold_source_document(doc: GoldDocument, gold_dir: Path) -> SourceDocument:
    """The document as the pipeline's ingest would hand it over; its origin is the gold id."""
    if doc.path is not None:
        file = Path(gold_dir) / doc.path  # an absolute (resolved) path stays as it is
        raw = file.read_text(encoding="utf-8", errors="replace")
        is_html = file.suffix.lower() in {".html", ".htm"} or _looks_like_html(raw)
    else:
        raw = doc.text or ""
        is_html = _looks_like_html(raw)
    return SourceDocument(
        origin=doc.id,
        raw=raw,
        format="html" if is_html else "text",
        url=doc.url,
        published=doc.published,
        outlet=doc.outlet,
        language=doc.language,
    )


def _looks_like_html(raw: str) -> bool:
    start = raw.lstrip()[:15].lower()
    return start.startswith(("<html", "<!doctype"))
