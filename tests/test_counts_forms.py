"""The count forms analysts meet daily in wire copy: tolls in subject, object, passive and
apposition, conjoined dead and wounded, ranges, vague counts, named victims, tolls that rise in
a later sentence, and tolls that belong to one of two attacks in a sentence (sentences written
for these tests; conventions of tests/gold/README.md, "Death tolls")."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.model import Article, Event, article_id


@pytest.fixture(scope="module")
def coded(pipeline):
    def run(text: str) -> list[Event]:
        article = Article(id=article_id(text), body=text, published=date(2024, 3, 20))
        return pipeline.analyse([article])[0].events

    return run


def _assaults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "dead", "injured"),
    [
        # the parser hangs the victims on the reporting verb: the noun after "killed" is still
        # the victims
        (
            "Drone strikes on the town of Tinzaouaten on Sunday killed at least 21 civilians, "
            "including 11 children, the separatist CSP-DPA said.",
            21,
            None,
        ),
        ("At least 28 people, most of them men, were shot dead in Nouna on Saturday.", 28, None),
        # the parser hangs "Nine" on the nationality ("Nine" <- "Nigerien" <- "soldiers")
        ("Nine Nigerien soldiers were killed in an ambush near Tillaberi on Monday.", 9, None),
        # "and 20 wounded" is a second count, not the top of a range
        ("The blast left at least 12 people dead and 20 wounded.", 12, 20),
        ("The explosion left two soldiers dead and five injured near Gao on Monday.", 2, 5),
        ("Seven people were killed and 12 others injured in the explosion in Gao.", 7, 12),
        ("Scores of people were killed and hundreds wounded in the attack on Gao.", 20, 100),
        ("Twenty-five Nigerien soldiers were killed when militants attacked a post.", 25, None),
    ],
)
def test_dead_and_injured_are_read_apart(coded, text: str, dead: int, injured) -> None:
    [attack] = _assaults(coded(text))
    assert (attack.dead, attack.injured) == (dead, injured)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Between 30 and 50 civilians were killed when gunmen attacked Yirgou on Tuesday.", 30, 50),
        ("Gunmen killed 20 to 30 villagers near Djibo on Monday.", 20, 30),
        ("Gunmen killed 20-30 villagers near Djibo on Monday.", 20, 30),
        ("Attackers killed at least 30 people, possibly more than 40, in Seytenga.", 30, 40),
    ],
)
def test_a_range_gives_its_lower_figure_and_keeps_the_upper(
    coded, text: str, low: int, high: int
) -> None:
    [attack] = _assaults(coded(text))
    assert (attack.dead, attack.dead_high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The governor of West Darfur, Khamis Abakar, was killed in El Geneina on Wednesday.",
        "Chad's President Idriss Déby died on Tuesday of wounds sustained in fighting, the "
        "army said.",
        "Gunmen killed the mayor of Djibo on Monday.",
    ],
)
def test_a_named_or_titled_victim_counts_one(coded, text: str) -> None:
    [attack] = _assaults(coded(text))
    assert attack.dead == 1


def test_a_place_after_the_victims_is_not_one_more(coded) -> None:
    [attack] = _assaults(
        coded(
            "Gunmen killed six aid workers, their Nigerien guide and their driver on Sunday in "
            "the Koure reserve, about 60 km south-east of Niamey, officials said."
        )
    )
    assert attack.dead == 8


def test_each_of_two_attacks_keeps_its_own_toll(coded) -> None:
    attacks = _assaults(
        coded(
            "Gunmen attacked an army camp in Boulkessi on Monday, killing 15 soldiers, while "
            "other gunmen attacked a market in Gao, killing six civilians."
        )
    )
    assert sorted(a.dead for a in attacks) == [6, 15]


def test_an_earlier_attack_named_in_passing_gets_no_toll(coded) -> None:
    attacks = _assaults(
        coded("Gunmen killed 12 soldiers in Djibo on Monday, a week after an attack in Arbinda.")
    )
    assert sorted(a.dead or 0 for a in attacks) == [0, 12]


def test_the_killing_and_the_abduction_keep_their_own_counts(coded) -> None:
    events = _assaults(
        coded(
            "Jihadists attacked a convoy near Gao, killing 12 soldiers, and abducted five "
            "civilians near Menaka, the army said."
        )
    )
    killing = next(e for e in events if e.mode != "abduct")
    abduction = next(e for e in events if e.mode == "abduct")
    assert (killing.dead, killing.abducted) == (12, None)
    assert (abduction.dead, abduction.abducted) == (None, 5)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Gunmen ambushed a patrol of park rangers in W National Park on Tuesday, killing five "
            "rangers and a soldier. The body of a French instructor was found on Wednesday, "
            "bringing the toll of Tuesday's ambush to seven, local radio reported.",
            7,
        ),
        (
            "Gunmen attacked a village near Djibo on Monday, killing 12 people. Local officials "
            "said on Tuesday that the toll had risen to 20.",
            20,
        ),
    ],
)
def test_a_revised_toll_replaces_the_first(coded, text: str, dead: int) -> None:
    first = _assaults(coded(text))[0]
    assert first.dead == dead


def test_another_sources_estimate_does_not_replace_the_official_toll(coded) -> None:
    [attack] = _assaults(
        coded(
            "Gunmen attacked a village near Djibo on Monday, killing 12 people, the government "
            "said. Local sources put the toll at 30."
        )
    )
    assert attack.dead == 12


def test_a_count_told_alone_after_the_attack_is_its_toll(coded) -> None:
    [attack] = _assaults(coded("Gunmen ambushed a convoy near Gao on Monday. Seven soldiers died."))
    assert attack.dead == 7


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Gunmen abducted 50 women near Arbinda on Thursday.", "abducted", 50),
        ("At least 40 people were abducted by gunmen near Kaya on Saturday.", "abducted", 40),
        ("Security forces arrested 30 suspects in Niamey on Tuesday.", "arrested", 30),
        ("Police detained dozens of protesters in Bamako on Friday.", "arrested", 12),
    ],
)
def test_abducted_and_arrested_counts(coded, text: str, field: str, value: int) -> None:
    assert any(getattr(e, field) == value for e in coded(text))


@pytest.mark.parametrize(
    ("text", "dead", "high", "injured"),
    [
        ("Entre 30 et 50 civils ont été tués lundi dans une attaque contre Yirgou.", 30, 50, None),
        ("L'attaque a fait 12 morts et 20 blessés lundi près de Gao.", 12, None, 20),
        ("Des assaillants ont tué le maire de Djibo lundi.", 1, None, None),
    ],
)
def test_french_ranges_conjoined_counts_and_titled_victims(
    pipeline, text: str, dead: int, high, injured
) -> None:
    article = Article(id=article_id(text), body=text, published=date(2024, 3, 20), language="fr")
    [attack] = _assaults(pipeline.analyse([article])[0].events)
    assert (attack.dead, attack.dead_high, attack.injured) == (dead, high, injured)


def test_a_revised_toll_goes_to_the_event_it_is_the_toll_of(coded) -> None:
    # The ambush's toll rises to 17; the massacre told in between keeps its 20.
    text = (
        "Suspected jihadists killed 15 soldiers in an ambush on a patrol near Fada N'Gourma "
        "on Saturday, the army said.\n\n"
        "On Friday, gunmen killed at least 20 civilians in a village some 50 km away, local "
        "sources said.\n\n"
        "The death toll from the ambush later rose to 17, a security source said."
    )
    tolls = sorted(e.dead for e in _assaults(coded(text)))
    assert tolls == [17, 20]
