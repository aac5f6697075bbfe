"""Extraction, round 3: furniture in the middle of an article, one-line widget rows, footers,
French furniture, and sentence boundaries after unpunctuated headings.

The texts are written for these tests, in the shapes scraped pages and briefing notes take.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.extraction import extract_html, extract_text
from crisisdesk.nlp.pipeline import load_pipeline

PUBLISHED = date(2022, 3, 14)

LEAD = (
    "Gunmen attacked a gendarmerie post in Seytenga on Saturday night, killing nine gendarmes, "
    "the security ministry said in a statement on Sunday.\n\n"
    "The attackers arrived on motorbikes before dawn and set fire to two vehicles before "
    "withdrawing towards the border with Niger.\n\n"
)
AFTER = (
    "The UN mission condemned the attack and called for an inquiry into the killings.\n\n"
    "Soldiers later searched the villages around the town, residents said."
)


def test_a_share_bar_between_paragraphs_drops_only_its_own_lines() -> None:
    text = LEAD + "Share this article\n\nFacebook Twitter WhatsApp\n\n" + AFTER
    body = extract_text(text).body
    assert "called for an inquiry into the killings" in body
    assert "Soldiers later searched the villages" in body
    assert "Share this article" not in body
    assert "WhatsApp" not in body


def test_a_share_bar_before_related_links_still_ends_the_article() -> None:
    related = (
        "Share this article\n\nRelated articles\n\nNiger recalls its ambassador to Benin\n\n"
        "The government in Niamey said the envoy would return for consultations next week.\n\n"
        "Burkina Faso reopens the road to Djibo\n\n"
        "Convoys will run twice a week under army escort, the transport ministry said.\n\n"
        "Please enter your comment!"
    )
    body = extract_text(LEAD + related).body
    assert body.endswith("withdrawing towards the border with Niger.")


def test_teasers_after_a_read_more_marker_are_not_taken_for_the_article() -> None:
    teasers = (
        "Read more\n\nMali extends its transition by two years\n\n"
        "The military government said on Friday that elections would be held in 2024.\n\n"
        "ECOWAS lifts its sanctions on Guinea\n\n"
        "The bloc's leaders took the decision at a summit in Abuja on Sunday."
    )
    body = extract_text(LEAD + teasers).body
    assert "elections would be held" not in body
    assert "lifts its sanctions" not in body


def test_the_comment_form_ends_the_article_even_when_comments_are_prose() -> None:
    comments = (
        "Leave a Reply\n\nAmadou says:\n\n"
        "The government has to do much more to protect the people of the north.\n\n"
        "This is the third attack on the town this year and nothing has changed.\n\n"
    )
    body = extract_text(LEAD + comments).body
    assert "Amadou" not in body
    assert "protect the people of the north" not in body


def test_a_row_of_widgets_on_one_line_is_dropped_but_a_byline_row_is_kept() -> None:
    text = (
        "Seytenga toll rises to 86\n\nSahel Courier | 14 June 2022\n\n"
        + LEAD
        + AFTER
        + "\n\nShare this live page | Comments are closed on this page"
        + "\n\nTwitter | Facebook | Email"
    )
    body = extract_text(text).body
    assert "Sahel Courier | 14 June 2022" in body
    assert "Share this live page" not in body
    assert "Comments are closed" not in body
    assert "Twitter | Facebook" not in body
    assert body.endswith("residents said.")


@pytest.mark.parametrize(
    "footer",
    [
        "Contact: press@sahel-monitor.example",
        "Media enquiries: +227 20 00 00 00",
        "For more information, please contact the desk.",
    ],
)
def test_a_contact_footer_line_is_dropped(footer: str) -> None:
    body = extract_text(LEAD + AFTER + "\n\n" + footer).body
    assert footer not in body
    assert body.endswith("residents said.")


def test_a_newsletter_box_in_the_middle_of_the_article_goes_and_the_article_stays() -> None:
    box = "Subscribe to our newsletter\n\nGet the day's Sahel headlines in your inbox.\n\n"
    body = extract_text(LEAD + box + AFTER).body
    assert "newsletter" not in body and "inbox" not in body
    assert "Soldiers later searched the villages" in body


def test_a_tail_marker_at_the_top_of_the_page_does_not_cut_the_story() -> None:
    body = extract_text("Read more\n\n" + LEAD + AFTER).body
    assert "Read more" not in body
    assert "Soldiers later searched the villages" in body


FRENCH = (
    "Des hommes armés ont attaqué samedi un poste de gendarmerie à Seytenga, tuant neuf "
    "gendarmes, a indiqué dimanche le ministère de la Sécurité dans un communiqué.\n\n"
    "Les assaillants sont arrivés à moto avant l'aube et ont incendié deux véhicules.\n\n"
    "Partager cet article\n\n"
    "La Minusma a condamné l'attaque et demandé une enquête sur ces tueries.\n\n"
    "À lire aussi : Au Mali, la junte prolonge la transition de deux ans\n\n"
    "Mots-clés : Burkina Faso, sécurité\n\n"
    "Laisser un commentaire\n\n"
    "Votre adresse e-mail ne sera pas publiée."
)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_french_furniture_goes_whatever_the_language_hint(language: str) -> None:
    body = extract_text(FRENCH, language).body
    assert "La Minusma a condamné l'attaque" in body
    for junk in ("Partager", "À lire aussi", "Mots-clés", "commentaire", "e-mail"):
        assert junk not in body


def test_live_blog_entry_titles_after_a_time_stamp_are_headings() -> None:
    text = (
        "10:15 - Toll revised upwards\n"
        "The governor said 31 people had been killed in the attack, up from 24 announced "
        "on Monday night.\n\n" + AFTER
    )
    clean = extract_text(text)
    assert [h.text for h in clean.headings if h.role == "heading"] == [
        "10:15 - Toll revised upwards"
    ]


def test_a_share_paragraph_inside_an_html_article_keeps_the_paragraphs_after_it() -> None:
    paragraphs = [p for p in (LEAD + AFTER).split("\n\n")]
    html = (
        "<html><head><title>Seytenga</title></head><body><article><h1>Nine gendarmes killed"
        "</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[:2])
        + "<p>Share this article</p>"
        + "".join(f"<p>{p}</p>" for p in paragraphs[2:])
        + "</article></body></html>"
    )
    body = extract_html(html).clean.body
    assert "Share this article" not in body
    assert "Soldiers later searched the villages" in body


def _sentences(text: str, language: str = "en") -> list[str]:
    return [sentence.text.strip() for sentence in load_pipeline(language)(text).sents]


def test_a_name_after_an_unpunctuated_heading_is_not_cut_in_two() -> None:
    text = (
        "Background\n\nBoko Haram has controlled large parts of Borno State since last year. "
        "In August its fighters seized the town of Gwoza."
    )
    sentences = _sentences(text)
    assert sentences[0] == "Background"
    assert sentences[1] == "Boko Haram has controlled large parts of Borno State since last year."


def test_a_briefing_note_section_heading_is_a_sentence_of_its_own() -> None:
    text = (
        "Sequence of events\n\nBurkina Faso's army freed 66 women and children on Friday "
        "near Tougouri, the government said."
    )
    assert _sentences(text) == [
        "Sequence of events",
        "Burkina Faso's army freed 66 women and children on Friday near Tougouri, the "
        "government said.",
    ]


def test_a_sentence_starts_only_after_punctuation_or_a_line_break() -> None:
    text = (
        "CHAD: Army says it retook islands from Boko Haram near Baga Sola\n\nSummary\n\n"
        "Satellite pictures taken on Thursday show that soldiers retook three islands on Lake "
        "Chad.\n\nThe toll\n\n" + LEAD + AFTER
    )
    doc = load_pipeline("en")(text)
    for sentence in list(doc.sents)[1:]:
        previous = doc[sentence.start - 1]
        assert "\n" in previous.text_with_ws or previous.text[-1] in ".!?…:;\"'”’»)]"


def test_a_french_organisation_name_stays_in_one_sentence() -> None:
    text = (
        "Moura : Human Rights Watch accuse l'armée malienne\n\n"
        "L'organisation Human Rights Watch a accusé mardi l'armée malienne d'avoir exécuté "
        "des civils dans le centre du pays."
    )
    sentences = _sentences(text, "fr")
    assert sentences[-1].startswith("L'organisation Human Rights Watch a accusé mardi")


def test_sentence_offsets_still_point_into_the_body() -> None:
    body = extract_text("Summary\n\n" + LEAD + AFTER).body
    for sentence in load_pipeline("en")(body).sents:
        assert body[sentence.start_char : sentence.end_char] == sentence.text


def test_the_coder_reads_the_whole_subject_after_a_heading(code) -> None:
    events = code(
        "Continuing attacks\n\nBoko Haram fighters attacked the town of Gwoza on Sunday, "
        "killing 20 villagers, local officials said."
    )
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults, [(e.type, e.evidence[0].sentence) for e in events]
    assert assaults[0].evidence[0].sentence.startswith("Boko Haram fighters attacked")
