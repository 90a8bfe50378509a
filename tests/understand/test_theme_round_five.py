"""Round five of the warnings (docs/history/warnings.md): the classes the tuning stories 51–110
showed missed, each with contrasts that must not fire. Sentences written for the tests."""

from __future__ import annotations

import pytest
from theme_probes import analysed, tags
from theme_probes import cue_score as score

# A child beaten by the one in charge of it, told by the blow landing and the child named.
CANED = (
    "The master took the rod from its hook. It came down twice across Tom's back, and the "
    "boy did not cry out, because the boys who cried out got more.\n\n"
    'That evening Ellen asked the usher what the boy had done. "Nothing," he said. "A boy '
    'was beaten for looking out of the window. It happens every week here."'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CANED, True),
        # a blow landing with no child or guardian in the paragraph is not child abuse
        ("The hammer came down hard on his hand, and the joiner swore at the nail.", False),
        # beaten at a game, or by a length
        ("The boy was beaten at chess by his sister, and sulked about it all afternoon.", False),
        ("The girl was beaten by a length in the sack race, and laughed.", False),
        # the child's own doing, told in the active voice: no beating (review16)
        ("The little girl whipped round when her father came in with the parcel.", False),
        ("The boy thrashed about in his cot, and his mother sang to him.", False),
        ("The boy belted out a carol while his sister played the piano.", False),
        # what falls across a child's shoulders or back is no blow unless it is the rod
        ("Her hair fell down across her shoulders as the girl bent to her sums.", False),
        ("The child slipped and came down hard on her back in the snow, laughing.", False),
    ],
)
def test_a_child_beaten_is_child_abuse(text: str, expected: bool) -> None:
    if expected:
        assert "child abuse" in tags(text)
    else:
        assert score(text, "child abuse") == 0.0


def test_a_cue_capitalised_inside_a_sentence_is_a_name() -> None:
    # a dog called after a sickness, an almshouse called a hospital: names, not illness
    named = (
        "The terrier we called Plague lay by the door. The rats feared Plague more than the "
        "cat, and the vicar said the wardenship of St Crispin's Hospital was vacant."
    )
    assert score(named, "illness") == 0.0
    # the same words as things still count, and a sentence may start with one
    plain = "Plague had come to the village. He caught the plague and was taken to hospital."
    assert score(plain, "illness") > 0.0


def test_the_rod_coming_down_on_a_child_still_counts() -> None:
    assert score("The boy stood by the desk. The cane came down across his palms.", "child abuse")


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # a word shouted in capitals is the thing, not a name (review16)
        ("HE HAD BEEN DRINKING WHISKY SINCE NOON, the note said.", "alcohol"),
        # a line of speech, or a clause after a colon, opens with a capital
        ('She leaned out of the window and screamed, "Murder!" into the fog.', "violence"),
        ("The doctor said only one word to her: Cancer.", "illness"),
    ],
)
def test_a_capitalised_cue_that_opens_a_clause_or_is_shouted_counts(text: str, tag: str) -> None:
    assert score(text, tag) > 0.0


def rating_of(text: str) -> str:
    (span,) = analysed(text + "\n").layer("rating")
    return span.label


QUIET = (
    "The ferry left at nine. Ada stood at the rail and watched the harbour lights go small, "
    "and thought about the letter in her coat, and did not open it."
)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("A/N: Rated M for the duel in chapter two.", "Mature"),
        ("A/N: one scene of the siege on the page (hence the M), the rest is quiet.", "Mature"),
        ("A/N: Warnings for drinking, on the page. Mature for that.", "Mature"),
        ("A/N: Rated T for the sergeant's vocabulary.", "Teen"),
        ("A/N: rated G for gentle. Enjoy!", "General"),
        # a note that rates something else, or no rating at all, leaves the findings' rating
        ("A/N: I rated the book five stars on every site I could find.", "General"),
        ("A/N: Thank you to my beta, who is a marvel.", "General"),
        # a T-shirt, or someone mature for her age, is no rating (review16)
        ("A/N: My sister made me a shirt, hence the T-shirt joke.", "General"),
        ("A/N: Ada is very mature for the age she is here.", "General"),
        # a rating the note denies is none (review17); the one it goes on to state counts
        ("A/N: Don't worry, this isn't rated M, whatever the title says.", "General"),
        ("A/N: It is not even rated T. Nothing happens but tea.", "General"),
        ("A/N: This is not an E fic, and there is no M-rated content.", "General"),
        ("A/N: Not rated M after all: rated T for one word in the kitchen.", "Teen"),
    ],
)
def test_a_rating_the_authors_note_states_is_the_rating(note: str, expected: str) -> None:
    assert rating_of(f"{note}\n\n{QUIET}") == expected


def note_tags_of(note: str) -> set[str]:
    analysis = analysed(f"{note}\n\n{QUIET}\n")
    return {s.label for s in analysis.layer("warnings")}


def test_a_capitalised_drink_word_that_is_a_name_is_not_the_drink() -> None:
    # a character called Gin or Brandy: a possessive, the subject of what a person does,
    # a vocative (review17)
    named = (
        "Brandy laughed and shut the gate behind her. Brandy's boots were caked in mud.\n\n"
        '"Rum, come and see this," said Tam. Sherry nodded and went to look.'
    )
    assert score(named, "alcohol") == 0.0
    assert "alcohol" not in note_tags_of("A/N: Warnings: Gin's temper, and some shouting.")
    assert "alcohol" not in note_tags_of("A/N: Content warnings: Whisky said some cruel things.")
    # the drinks themselves still count, capitalised or not, a possessive of them too
    drunk = (
        "Brandy was poured for the mourners. Whisky followed, and the gin's bite made him "
        "cough.\n\nRum, he thought, would have been kinder."
    )
    assert score(drunk, "alcohol") > 1.0
    assert "alcohol" in note_tags_of("A/N: Warnings: Gin, and a lot of it.")
    assert "alcohol" in note_tags_of("A/N: Content warnings: whisky, shouting.")
