"""Read documents from files, folders and globs: HTML pages, plain text, JSON Lines.

Every problem becomes an :class:`IngestError` naming the file (and line) and the cause; the
caller goes on with the rest of the batch. Nothing here parses language: it only hands over
decoded :class:`SourceDocument` objects.
"""

from __future__ import annotations

import glob
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from crisisdesk.model import IngestError, SourceDocument

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Markdown is left out: in a folder of articles it is the folder's README, not news.
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES
# News articles are kilobytes; a file this large is a dump or a mistake, and reading it whole
# would stall the batch. JSON Lines files hold many articles, so they get a larger allowance.
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
MAX_JSONL_BYTES = 512 * 1024 * 1024
_BINARY_SNIFF_BYTES = 8192
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


class SourceError(ValueError):
    """A document that cannot be read; the message says why."""


def expand_inputs(inputs: Iterable[str]) -> Iterator[Path | IngestError]:
    """Files named, files under folders (recursively, supported types only) and glob matches."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif path.is_file():
            yield path
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if not matches:
                yield IngestError(origin=item, message="no file matches this pattern")
            yield from matches
        else:
            yield IngestError(origin=item, message="no such file or folder")


def decode(data: bytes) -> tuple[str, str | None]:
    """Text of a file and, when it was not UTF-8, the encoding used instead (for a warning)."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    for encoding in _FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SourceError("cannot be decoded as text")  # latin-1 accepts all bytes; kept for safety


def check_bytes(data: bytes, limit: int) -> None:
    """Reject empty, binary and oversized files before decoding them."""
    if not data.strip():
        raise SourceError("empty file")
    if len(data) > limit:
        raise SourceError(
            f"file is {len(data) / 1_048_576:.1f} MB, over the {limit / 1_048_576:.0f} MB limit"
        )
    head = data[:_BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        raise SourceError("binary file (contains NUL bytes), not text or HTML")
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(head) * 0.05:
        raise SourceError("binary file (mostly control bytes), not text or HTML")


def read_bytes(path: Path, limit: int) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise SourceError(
            f"file is {size / 1_048_576:.1f} MB, over the {limit / 1_048_576:.0f} MB limit"
        )
    data = path.read_bytes()
    check_bytes(data, limit)
    return data


def sniff_format(path: Path, text: str) -> str:
    """'html' for HTML files (by suffix or content), else 'text'."""
    if path.suffix.lower() in HTML_SUFFIXES:
        return "html"
    head = text.lstrip()[:200].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "text"


def read_path(
    path: Path, defaults: dict[str, object] | None = None
) -> Iterator[SourceDocument | IngestError]:
    """Documents in one file, or the errors that stopped them; ``defaults`` fill metadata."""
    defaults = defaults or {}
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, defaults)
            return
        text, fallback = decode(read_bytes(path, MAX_DOCUMENT_BYTES))
    except (OSError, SourceError) as error:
        yield IngestError(origin=str(path), message=_message(error))
        return
    if fallback:
        yield IngestError(
            origin=str(path), message=f"not valid UTF-8; read as {fallback}", warning=True
        )
    yield SourceDocument(
        origin=str(path),
        raw=text,
        format=sniff_format(path, text),
        **_metadata(defaults),
    )


def read_jsonl(path: Path, defaults: dict[str, object]) -> Iterator[SourceDocument | IngestError]:
    """One article per line: ``text`` or ``html``; url, title, published, outlet, language."""
    text, fallback = decode(read_bytes(path, MAX_JSONL_BYTES))
    if fallback:
        yield IngestError(
            origin=str(path), message=f"not valid UTF-8; read as {fallback}", warning=True
        )
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            yield jsonl_record(json.loads(line), origin, defaults)
        except json.JSONDecodeError as error:
            yield IngestError(
                origin=origin, message=f"invalid JSON ({error.msg} at column {error.colno})"
            )
        except SourceError as error:
            yield IngestError(origin=origin, message=str(error))


def jsonl_record(record: object, origin: str, defaults: dict[str, object]) -> SourceDocument:
    if not isinstance(record, dict):
        raise SourceError("a line must hold a JSON object")
    html, text = record.get("html"), record.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str) or not body.strip():
        raise SourceError("no 'text' or 'html' field with content")
    metadata = {**_metadata(defaults), **_metadata(record)}
    return SourceDocument(
        origin=origin, raw=body, format="html" if body is html else "text", **metadata
    )


def _metadata(fields: dict[str, object]) -> dict[str, object]:
    """The metadata fields of a record, validated; unknown or empty fields are left out."""
    metadata: dict[str, object] = {}
    for key in ("url", "title", "outlet", "language"):
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            metadata[key] = value.strip()
    published = fields.get("published")
    if isinstance(published, date):
        metadata["published"] = published
    elif isinstance(published, str) and published.strip():
        metadata["published"] = parse_published(published)
    return metadata


def parse_published(value: str) -> date:
    """An ISO date or date-time ('2023-12-30', '2023-12-30T08:00:00Z')."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as error:
        raise SourceError(f"'published' is not an ISO date: {value!r}") from error


def _message(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    return str(error)
