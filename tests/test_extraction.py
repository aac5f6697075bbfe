"""Article bodies: junk removed, headings kept as headings, HTML metadata read."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.extraction import HtmlExtractionError, extract_html, extract_text
from crisisdesk.model import SourceDocument
from crisisdesk.pipeline import ExtractionError, build_article

from .conftest import SEEDS, need_seeds

SEED0_JUNK = [
    "You May Like Also",
    "Haryana Minister",
    "Please enter your comment",
    "Please enter your name here",
    "Share post:",
    "More like this",
    "Ronit Roy Net Worth",
    "Sleep Exercises",
]


@need_seeds
def test_seed0_tail_junk_is_gone_and_the_article_kept() -> None:
    clean = extract_text((SEEDS / "000_1a44d2c3f9f13b6f.txt").read_text(encoding="utf-8"))
    for junk in SEED0_JUNK:
        assert junk not in clean.body
    assert "310 peacekeepers killed" in clean.body
    assert clean.body.rstrip().endswith("secure Mali.")


@need_seeds
def test_seed0_headings_are_their_own_paragraphs() -> None:
    clean = extract_text((SEEDS / "000_1a44d2c3f9f13b6f.txt").read_text(encoding="utf-8"))
    headings = [h.text for h in clean.headings]
    assert "Background and Armed Rebellion" in headings
    assert "Post-UN Peacekeeper Withdrawal" in headings
    assert clean.title and clean.title.startswith("End of an Era")
    for heading in clean.headings:
        assert clean.body[heading.start : heading.end] == heading.text
        # a blank line after each heading: the sentence splitter cannot glue it to the text
        assert clean.body[heading.end : heading.end + 2] == "\n\n"
    assert "Background and Armed Rebellion Minusma" not in clean.body


def test_scraped_text_junk_lines_anywhere_are_dropped() -> None:
    raw = (
        "Niger junta closes border\n\nAdvertisement\n\n"
        "Niger's military rulers closed the border with Benin on Monday, officials said, in a "
        "move that traders in Niamey described as a heavy blow to the country's economy.\n"
        "Share on Facebook\n"
        "The decision follows weeks of tension over the sanctions imposed after the coup.\n\n"
        "Read more:\nMali junta extends transition\nBurkina army recruits volunteers\n"
    )
    clean = extract_text(raw)
    assert "Advertisement" not in clean.body and "Share on Facebook" not in clean.body
    assert "Mali junta extends transition" not in clean.body
    assert "weeks of tension" in clean.body
    assert [h.text for h in clean.headings] == ["Niger junta closes border"]


@pytest.mark.parametrize(
    "dateline", ["BAMAKO, Nov 15 (West Africa Wire)", "NIAMEY, 10 January 2020 (West Africa Wire)"]
)
def test_wire_dateline_gets_its_own_paragraph(dateline: str) -> None:
    raw = f"{dateline} - Malian soldiers entered Kidal on Tuesday."
    clean = extract_text(raw)
    assert clean.body == f"{dateline}\n\nMalian soldiers entered Kidal on Tuesday."
    assert [(h.role, h.text) for h in clean.headings] == [("dateline", dateline)]
    assert clean.title is None
    assert extract_text("UN SAYS - nothing to add").headings == []


def test_hard_wrapped_lines_are_joined() -> None:
    first, second = "Fighting erupted near Ber between the army and", "rebels on Sunday."
    assert extract_text(f"{first}\n{second}").body == f"{first} {second}"


PAGE = """<!doctype html><html><head><title>Kidal retaken | Sahel Monitor</title>
<meta property="og:site_name" content="Sahel Monitor">
<meta property="article:published_time" content="2023-11-15T08:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
<div class="cookie">We use cookies. Accept all</div>
<article><h1>Malian army retakes Kidal</h1>
<p>Malian troops and their Russian allies entered the northern town of Kidal on Tuesday,
the army said, a decade after the state lost control of the rebel stronghold.</p>
<h2>A symbolic prize</h2>
<p>The town had been held by the Coordination of Azawad Movements since 2014.</p>
<p>Share on Facebook</p></article>
<aside><h3>Related articles</h3>
<ul><li><a href="/x">Football: cup final tonight</a></li></ul></aside>
<section class="comments"><h3>Leave a Reply</h3><p>Please enter your comment!</p></section>
<footer>© 2023 Sahel Monitor. All rights reserved.</footer></body></html>"""


def test_html_body_metadata_and_headings() -> None:
    page = extract_html(PAGE)
    body = page.clean.body
    assert "entered the northern town of Kidal" in body
    for junk in ("We use cookies", "Football", "Please enter your comment", "Share on Facebook"):
        assert junk not in body
    assert "A symbolic prize" in [h.text for h in page.clean.headings]
    assert page.published == date(2023, 11, 15)
    assert page.outlet == "Sahel Monitor"
    assert not page.truncated


def test_truncated_html_is_flagged_and_empty_html_is_an_error() -> None:
    cut = PAGE[: PAGE.index("<h2>")]
    source = SourceDocument(origin="cut.html", raw=cut, format="html")
    article, warnings = build_article(source)
    assert "Kidal" in article.body
    assert warnings and "truncated" in warnings[0].message
    with pytest.raises(HtmlExtractionError):
        extract_html("<html><body></body></html>")
    nav_only = "<html><body><nav>Home</nav></body></html>"
    with pytest.raises(ExtractionError):
        build_article(SourceDocument(origin="nav.html", raw=nav_only, format="html"))


def test_article_id_is_a_content_hash() -> None:
    a, _ = build_article(
        SourceDocument(
            origin="a.txt", raw="French troops withdrew from the base at Ber.\n" * 3, format="text"
        )
    )
    b, _ = build_article(
        SourceDocument(
            origin="b.txt",
            raw="French  troops withdrew from the base at Ber.\r\n" * 3,
            format="text",
        )
    )
    assert a.id == b.id and a.source_path != b.source_path


def test_a_tag_line_inside_the_text_is_dropped() -> None:
    raw = (
        "Soldiers were killed near Djibo on Monday, the army said in a statement.\n\n"
        "Tags: Burkina Faso, Djibo, Security\n\n"
        "The attack was claimed by JNIM."
    )
    body = extract_text(raw).body
    assert "Tags:" not in body and "claimed by JNIM" in body
