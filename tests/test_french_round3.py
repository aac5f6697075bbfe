"""French round 3: sentences that end only at punctuation, small-model misreadings the UD bridge
repairs (a weekday read as a participle, a verb read as an adjective or a noun, a participle
read as an adverb, a hedge heading its noun), forces described where they are stationed,
departures an expulsion orders, "mettre fin à", and a camp named through its adjective.

Real facts, in our own French wording, through the French pipeline and coder.
"""

from __future__ import annotations

from datetime import date

from crisisdesk.model import Status

from .conftest import code_french, need_french


def code(text: str, published: date = date(2023, 7, 31)):
    return code_french(text, published)


def sentences(text: str) -> list[str]:
    from crisisdesk.nlp.pipeline import load_pipeline

    return [s.text.strip() for s in load_pipeline("fr")(text).sents if s.text.strip()]


def of_type(events, type_: str):
    found = [e for e in events if e.type == type_]
    assert found, [(e.type, e.evidence[0].sentence) for e in events]
    return found


@need_french
def test_a_sentence_ends_only_at_its_punctuation() -> None:
    """The small parser cut 'Soixante | et onze soldats' and 'Human | Rights Watch' apart."""
    text = (
        "Niger : l'attaque d'Inates\n\n"
        "Soixante et onze soldats nigériens ont été tués le 10 décembre 2019 lors de l'attaque "
        "du camp d'Inates, dans la région de Tillabéri, a indiqué le gouvernement.\n\n"
        "L'organisation Human Rights Watch a accusé en avril 2022 l'armée malienne d'avoir "
        "exécuté des civils à Moura."
    )
    found = sentences(text)
    assert len(found) == 3, found
    assault = of_type(code(text, date(2019, 12, 12)), "ASSAULT")[0]
    assert assault.dead == 71


@need_french
def test_a_weekday_after_the_verb_leaves_it_its_object() -> None:
    """'ont annoncé jeudi le retrait': 'jeudi' was read as a participle owning 'le retrait'."""
    events = code(
        "La France et ses alliés européens ont annoncé jeudi le retrait de leurs troupes du Mali.",
        date(2022, 2, 18),
    )
    retreat = of_type(events, "RETREAT")[0]
    assert retreat.date_start == date(2022, 2, 17)


@need_french
def test_forces_stationed_somewhere_are_no_deployment() -> None:
    """'les soldats français déployés au Niger' and 'sont stationnés à' say where forces are."""
    events = code(
        "Les quelque 1 500 soldats français déployés au Niger partiront avant la fin de "
        "l'année. Environ 400 soldats des forces spéciales françaises sont stationnés à "
        "Kamboinsin.",
        date(2023, 9, 25),
    )
    assert not [e for e in events if e.type == "MOBILIZE"]
    retreat = of_type(events, "RETREAT")[0]
    assert retreat.status == Status.PLANNED
    assert retreat.actors and retreat.actors[0].country == "FRA"  # through "des quelque"


@need_french
def test_a_verb_read_as_an_adjective_still_heads_its_sentence() -> None:
    """'La junte reproche à ...': the small model reads the verb as an adjective of the noun."""
    events = code(
        "Le Mali expulse l'ambassadeur de France.\n\n"
        "La junte reproche à la France des propos hostiles envers les autorités maliennes.",
        date(2022, 2, 1),
    )
    accusation = of_type(events, "ACCUSE")[0]
    assert "reproche" in accusation.evidence[0].sentence


@need_french
def test_a_future_verb_read_as_a_noun_is_planned_and_dated_forward() -> None:
    """'La CEDEAO tiendra dimanche ... un sommet': 'tiendra' was tagged a noun."""
    (summit,) = of_type(
        code("La CEDEAO tiendra dimanche à Abuja un sommet ordinaire.", date(2024, 7, 4)),
        "CONSULT",
    )
    assert summit.status == Status.PLANNED
    assert summit.date_start == date(2024, 7, 7)
    assert summit.place is not None and summit.place.country == "NGA"


@need_french
def test_a_participle_read_as_an_adverb_is_the_verb() -> None:
    """'le Mali avait expulsé le représentant': 'expulsé' was tagged an adverb."""
    events = code(
        "En octobre 2021, le Mali avait expulsé le représentant spécial de la CEDEAO, "
        "Hamidou Boly.",
        date(2022, 2, 1),
    )
    expulsion = of_type(events, "SANCTION")[0]
    assert expulsion.mode == "expel"
    assert expulsion.date_label == "2021-10"


@need_french
def test_the_departure_an_expulsion_orders_is_no_retreat() -> None:
    events = code(
        "Les autorités maliennes ont donné 72 heures à l'ambassadeur de France pour quitter "
        "le pays.",
        date(2022, 2, 1),
    )
    assert of_type(events, "SANCTION")[0].mode == "expel"
    assert not [e for e in events if e.type == "RETREAT"]


@need_french
def test_ending_a_mandate_is_the_object_of_a() -> None:
    """'a mis fin au mandat de la Minusma': what ends is the object of 'à'."""
    events = code(
        "Le Conseil de sécurité de l'ONU a mis fin vendredi au mandat de la Minusma.",
        date(2023, 7, 1),
    )
    assert of_type(events, "SANCTION")[0].date_start == date(2023, 6, 30)


@need_french
def test_a_neighbouring_camp_is_its_own_scene() -> None:
    """'le camp voisin de Mondoro': the town hangs on the adjective; a second attack."""
    events = code(
        "Des jihadistes ont attaqué le 30 septembre le camp de Boulkessi.\n\n"
        "Le camp voisin de Mondoro a également été attaqué par des jihadistes le même jour.",
        date(2019, 10, 2),
    )
    places = {e.place.name for e in of_type(events, "ASSAULT") if e.place}
    assert {"Boulkessi", "Mondoro"} <= places


@need_french
def test_a_recall_names_the_post_the_ambassador_leaves():
    # The small model reads "Alger" as an infinitive ("à Alger"): the post is still Algeria.
    for text in (
        "Le Mali a rappelé son ambassadeur à Alger jeudi pour consultations.",
        "Le Mali a rappelé son ambassadeur en Algérie jeudi.",
    ):
        (recall,) = [e for e in code(text, date(2023, 12, 22)) if e.type == "SANCTION"]
        assert recall.mode == "withdraw"
        assert [a.country for a in recall.actors] == ["MLI"]
        assert [a.country for a in recall.recipients] == ["DZA"], text
        assert recall.place is not None and recall.place.country == "DZA", text
