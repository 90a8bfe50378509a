"""Round six of the warnings (docs/history/warnings.md): the classes the tuning stories 51–110
showed missed or falsely raised, each with contrasts that must not fire. Sentences written
for the tests."""

from __future__ import annotations

import pytest
from theme_probes import analysed, tags
from theme_probes import cue_score as score

# A quiet scene around one line of speech, so that the line is all there is to read.
QUIET = (
    "The kettle was slow that morning. Petra stood at the window and watched the milk float "
    "go by, and counted the bottles on it, and lost count. {line} Then she went back to the "
    "crossword, which was no easier than it had been the night before."
)


@pytest.mark.parametrize(
    "line",
    [
        '"This coffee tastes like shit," said Petra.',
        '"You absolute arsehole," said Petra to the printer.',
        '"Damn you, start," she told the printer, and it did.',
        "Her brother called from the hall that the car was a heap of shit.",
    ],
)
def test_one_vulgar_word_is_profanity(line: str) -> None:
    assert "profanity" in tags(QUIET.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        # an exclamation of God's name, even twice, is an oath, not a story's swearing
        '"Good God," said Petra. "Good God, look at the time."',
        '"Oh God," she said, and then, "Christ, the milk."',
        # one mild word alone stays below the threshold, as before
        '"Damn," said Petra mildly.',
        # a word with a literal sense: the old name of a child born out of wedlock
        "The parish had strong views on bastards and on the women who bore them.",
    ],
)
def test_an_oath_or_a_mild_word_alone_is_not_profanity(line: str) -> None:
    assert "profanity" not in tags(QUIET.format(line=line))


def test_oaths_add_to_a_mild_swear() -> None:
    # (round warn39: oaths alone never make a story's profanity, but they add to a swear that
    # alone stays below the threshold, as "Damn" does above)
    line = '"Good God," said Petra. "Oh God. My God, damn it, the milk has boiled over again."'
    assert "profanity" in tags(QUIET.format(line=line))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a hospital someone is in, or is taken to or from
        ("Her father was in hospital for a fortnight that winter.", True),
        ("They drove him to the hospital at two in the morning.", True),
        ("She came out of the hospital thinner and very quiet.", True),
        # a hospital as a building or an institution: built, governed, visited as a sight
        ("The duchess had built a hospital for the village beside the new school.", False),
        ("The letter in the newspaper was all about the hospital and its warden.", False),
        ("You must see the hospital; it has forty beds and a laundry.", False),
    ],
)
def test_a_hospital_counts_only_with_someone_in_it(text: str, counts: bool) -> None:
    assert (score(text, "illness") > 0) is counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("He woke hung over and swore off punch for a month.", True),
        ("She was still hung over from the wedding.", True),
        ("The boy was hungover and sulking in the back of the car.", True),
        # the verb and its preposition: nothing to drink
        ("A thin moon hung over the chimneys of the town.", False),
        ("The lamp hung over the table, and the children bent to their sums.", False),
        ("A cloud of steam hung over her as she worked.", False),
    ],
)
def test_hung_over_is_a_hangover_only_of_a_person(text: str, counts: bool) -> None:
    assert (score(text, "alcohol") > 0) is counts


# A wound left to the reader: the body in the water, the water changing colour round it,
# and what the weapon did.
FORD = (
    "The raiders had come at dawn. Below the bridge a man lay face down in the stream where "
    "the sergeant's musket had dropped him, the water turning red round him, and when Pell "
    "rolled him over with a boot we all saw what the ball had done to his jaw. Nobody ate "
    "much after that."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FORD, True),
        # colour with no wound: the sunset, a dye
        ("The river was going pink under the sunset, and the swallows were out.", False),
        ("The pool went pink under the paper lanterns, and the band played on.", False),
        # "what the … did to" of a thing, not a body: a kitchen knife and a loaf
        ("Look what the rain has done to my hair, and what the wind did to the hedge.", False),
    ],
)
def test_a_wound_told_by_its_effect_is_graphic_violence(text: str, expected: bool) -> None:
    if expected:
        assert "graphic violence" in tags(text)
    else:
        assert score(text, "graphic violence") == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "She was so glad to see the dog that she had to bury her face in its fur.",
        "He sat with his face buried in the cushions and would not come to supper.",
        "The vicar looked grave and said nothing about the roof.",
        "Halfway up the lane the pony stops dead and will not be moved.",
        "You look like a drowned rat; come in and stand by the fire.",
        "There were two dying rose bushes by the gate and a broken bench.",
    ],
)
def test_idioms_of_death_words_are_no_grief(text: str) -> None:
    assert score(text, "death/grief") == 0.0


# A quiet story for a note to be read over.
FERRY = (
    "The ferry left at nine. Ada stood at the rail and watched the harbour lights go small, "
    "and thought about the letter in her coat, and did not open it.\n\n"
    "In the morning there were gulls, and rain, and a grey line of hills that was the island."
)


def noted(note: str) -> tuple[set[str], str]:
    """The warnings and the rating of the quiet story under the author's note ``note``."""
    a = analysed(f"A/N: {note}\n\n{FERRY}\n")
    return {s.label for s in a.layer("warnings")}, a.layer("rating")[0].label


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # the sentence that states a rating lists what earned it
        (
            "Some rain, a duel in the yard (hence the M), and a death that happens off it.",
            {"death/grief"},
        ),
        ("Mostly fluff, a fair bit of whisky, hence the T.", {"alcohol"}),
        # a rating the note denies lists nothing
        ("Not rated M, whatever the deaths in the prologue suggest.", set()),
        # a parent's or a partner's blows, named in a warning
        ("Heads up for mentions of her dad knocking her around.", {"child abuse"}),
        ("Warnings: his stepfather hitting him, off the page.", {"child abuse"}),
        ("Content warning: her husband beating her, one scene.", {"domestic violence"}),
        # blows with no one at home named, or none at all
        ("Warnings: a boxing match, and the champion hits him hard in the ribs.", set()),
        ("Heads up: my dad helped me with the sailing bits!", set()),
    ],
)
def test_a_notes_rating_sentence_and_blows_at_home(note: str, expected: set[str]) -> None:
    assert noted(note)[0] == expected


@pytest.mark.parametrize(
    ("note", "rating"),
    [
        # abuse at home a note warns of as a scene rates the story Mature ...
        ("Warnings: her husband beating her, on the page.", "Mature"),
        ("CW for domestic violence, one short scene.", "Mature"),
        # ... a mention of it, not on the page, Teen
        ("Heads up for mentions of his father beating him, nothing on the page.", "Teen"),
        ("Warnings for talk of domestic violence in the past.", "Teen"),
    ],
)
def test_abuse_a_note_only_mentions_is_teen_not_mature(note: str, rating: str) -> None:
    assert noted(note)[1] == rating
