"""Turn lines of article text into a clean body: paragraphs, headings, no site furniture.

Both extractors end here: the plain-text cleaner feeds it the file's lines, the HTML extractor
feeds it trafilatura's markdown. The body is paragraphs joined by blank lines; a heading is a
paragraph of its own (so the sentence splitter never glues it to the next sentence) and its
offsets are kept in ``Article.headings``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crisisdesk.extraction.junk import JunkRules, LineKind, is_prose
from crisisdesk.model import Span

# A tail marker only cuts the page when this much article text came before it: a real article
# can open with "Read more" furniture, and cutting there would lose the story.
MIN_BODY_CHARS_BEFORE_TAIL = 200
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
_SENTENCE_END = re.compile(r"[.!?…:;,]['\"”’)]*$")
# "17:40 - ", "09h20 : ", "8.30 | ": the time stamp that opens a live-blog entry
_TIME_STAMP = re.compile(r"^\d{1,2}[:.h]\d{2}\s*(?:-{1,2}|–|—|:|\|)\s+")
# a wire headline that opens on its toll: "24 killed in attack on church", "81 killed as ..."
_TOLL_OPENING = re.compile(r"^\d[\d,.]*\s+[a-z]")
# the line that opens a text may be a long wire headline ("Boko Haram attack kills at least 27
# in Niger's Diffa region on eve of vote"): a few more words than a section heading
MAX_OPENING_WORDS = 18


# "BAMAKO, Nov 15 (West Africa Wire) - ", "NIAMEY (Reuters) — ", "OUAGADOUGOU, Burkina Faso -- ",
# "MAIDUGURI, Nigeria, 26 January 2015 (Wire) - " (a country and a date)
_DATELINE = re.compile(
    r"^(?P<dateline>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{2,40}"  # "LOMÉ", "SÉGOU"
    r"(?:,\s*[A-Z0-9][\w'’.\- ]{1,30}?){0,2}"
    r"(?:,?\s*\([^)]{2,40}\))?)"
    r"\s*(?:-{1,2}|–|—)\s+(?=[A-Z\"“])"
)


def dateline_end(paragraph: str) -> int | None:
    """Where a paragraph's opening wire dateline ends ("LOME, July 20 (Wire) - "), if it has
    one: for bodies that did not come through :func:`split_dateline`."""
    match = _DATELINE.match(paragraph)
    return match.end("dateline") if match else None


@dataclass
class Block:
    text: str
    heading: bool = False
    dateline: bool = False


def split_dateline(blocks: list[Block]) -> list[Block]:
    """Give the first paragraph's wire dateline a paragraph of its own.

    Left in place it becomes the subject of the lead sentence in the parse ("BAMAKO, Nov 15
    (Wire) - Malian soldiers entered ..."); as its own paragraph it is kept, and marked.
    """
    for index, block in enumerate(blocks):
        if block.heading:
            continue
        match = _DATELINE.match(block.text)
        if match is None:
            return blocks
        dateline = Block(match.group("dateline").strip(), dateline=True)
        rest = Block(block.text[match.end() :])
        return [*blocks[:index], dateline, rest, *blocks[index + 1 :]]
    return blocks


@dataclass
class CleanBody:
    body: str
    headings: list[Span]
    title: str | None


def heading_shaped(line: str, opening: bool = False) -> bool:
    """Short, capitalised, and without the punctuation that closes a sentence.

    A live blog's entry title counts after its time stamp ("17:40 - Toll revised upwards"),
    and a headline may open on its toll ("24 killed in attack on church"). The ``opening``
    line of a text may run to ``MAX_OPENING_WORDS``.
    """
    words = line.split()
    limit = MAX_OPENING_WORDS if opening else MAX_HEADING_WORDS
    if not words or len(words) > limit or len(line) > MAX_HEADING_CHARS:
        return False
    title = _TIME_STAMP.sub("", line)
    capitalised = title[:1].isupper() or _TOLL_OPENING.match(title) is not None
    return not _SENTENCE_END.search(line) and capitalised


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Undo hard wrapping: a line ending mid-sentence followed by a lower-case line is one line."""
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and joined[-1]
            and line
            and line[0].islower()
            and not _SENTENCE_END.search(joined[-1])
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def article_line_indexes(lines: list[str], rules: JunkRules) -> list[int]:
    """Indexes of the lines that are article text: the tail is cut, junk lines dropped.

    An end marker (the comment form) cuts the page. A tail marker (share buttons, related
    links) cuts it only when no article text follows before the next marker: some sites put
    their share bar between two paragraphs, and cutting there loses the rest of the story.
    """
    kept: list[int] = []
    seen_chars = 0
    for index, line in enumerate(lines):
        kind = rules.kind(line)
        enough_before = seen_chars >= MIN_BODY_CHARS_BEFORE_TAIL
        if enough_before and ends_article(kind, lines[index + 1 :], rules):
            break
        if kind is not LineKind.TEXT:
            continue
        kept.append(index)
        seen_chars += len(line)
    return kept


def ends_article(kind: LineKind, rest: list[str], rules: JunkRules) -> bool:
    """An end marker always ends the article; a tail marker when no article text follows."""
    if kind is LineKind.END:
        return True
    return kind is LineKind.TAIL and not article_text_follows(rest, rules)


def article_text_follows(rest: list[str], rules: JunkRules) -> bool:
    """Whether the lines up to the next marker are running text rather than a list of linked
    headlines (each perhaps with its teaser sentence) and buttons: more paragraphs of prose
    than other lines, and more prose than anything else."""
    prose_lines = other_lines = prose_chars = other_chars = 0
    for line in rest:
        kind = rules.kind(line)
        if kind in (LineKind.TAIL, LineKind.END):
            break
        if kind is LineKind.JUNK:
            continue
        if is_prose(line):
            prose_lines, prose_chars = prose_lines + 1, prose_chars + len(line)
        else:
            other_lines, other_chars = other_lines + 1, other_chars + len(line)
    return prose_lines > other_lines and prose_chars >= other_chars


def classify(lines: list[str], marked_headings: set[int] | None = None) -> list[Block]:
    """Blocks from non-empty lines; headings are those marked, or those shaped like one."""
    marked = marked_headings or set()
    blocks: list[Block] = []
    # Walk backwards: a heading stands before a longer paragraph or before another heading
    # (a section title over a sub-title), or opens the text; never at the very end of it.
    next_is_heading = False
    next_line: str | None = None
    # the lines shaped like headings that open the text (kicker, headline, sub-title): the
    # headline is one of them even over a shorter date or byline line ("Burkina army frees 66
    # women ..." / "21 January 2023 - Harmattan News"); coded, a headline would be a second
    # copy of the story's events
    opening = next(
        (i for i, line in enumerate(lines) if not heading_shaped(line, opening=i == 0)),
        len(lines),
    )
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        heading = index in marked or (
            next_line is not None
            and heading_shaped(line, opening=index == 0)
            and (next_is_heading or len(next_line) > len(line) or index < opening)
        )
        blocks.append(Block(line, heading))
        next_is_heading, next_line = heading, line
    blocks.reverse()
    return blocks


def assemble(blocks: list[Block]) -> CleanBody:
    """Join blocks into the body, recording heading offsets; the first heading is the title."""
    parts: list[str] = []
    headings: list[Span] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += 2  # the blank line between paragraphs
        if block.heading or block.dateline:
            role = "dateline" if block.dateline else "heading"
            headings.append(
                Span(role=role, start=offset, end=offset + len(block.text), text=block.text)
            )
        parts.append(block.text)
        offset += len(block.text)
    first = headings[0] if headings else None
    title = first.text if first and first.start == 0 and first.role == "heading" else None
    return CleanBody("\n\n".join(parts), headings, title)
