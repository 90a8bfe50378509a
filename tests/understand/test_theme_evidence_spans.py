"""The evidence audit of round evidence36: a sentence that does not show a warning (a
supposed one, a figure, another sense of the word, a name) is no evidence of it, and the
confidence of a tag drops with it. Every sentence here is invented for the test."""

from __future__ import annotations

from theme_probes import analysed, cue_score

from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_cue_tally import tally_cues


def evidence(text: str, tag: str) -> list[str]:
    """Return the sentences the warnings layer gives as evidence of ``tag`` in ``text``."""
    a = analysed(text)
    spans = [s for s in a.layer("warnings") if s.label == tag]
    return [" ".join(a.text[s.start : s.end].split()) for s in spans]


DRINKING = (
    "Pell drank steadily all evening. By ten he was blind drunk, and the barman took his keys. "
    "He finished the bottle of rum on the stairs.\n\n"
)


def test_a_supposed_warning_is_no_evidence() -> None:
    supposed = "If Oren was drunk, he hid it well."
    assert cue_score(supposed + "\n", "alcohol") == 0.0
    assert supposed not in evidence(DRINKING + supposed + "\n", "alcohol")
    assert "Pell drank steadily all evening." in evidence(DRINKING + supposed + "\n", "alcohol")


def test_grave_the_adjective_is_no_death() -> None:
    for sentence in (
        "A stout young woman with a grave, kind face held the gate for us.",
        "The grave little porter bowed and said nothing.",
        "Her uncle was suddenly grave, and put down his fork.",
    ):
        assert cue_score(sentence + "\n", "death/grief") == 0.0, sentence
    assert cue_score("They stood a long while by the grave of her brother.\n", "death/grief")
    assert cue_score("She laid the roses on his grave.\n", "death/grief")
    assert cue_score("They left her in a shallow grave somewhere past the ford.\n", "death/grief")


def test_idioms_and_supposed_deaths_are_no_death() -> None:
    for sentence in (
        "Stand about in the sleet like that and you are catching your death, Ma said.",
        "Tomas went white, looking like he had seen a ghost.",
        "For a second I took the scarecrow for a ghost.",
        "All the village had supposed him dead these ten years.",
        "The whole town thought her dead after the flood.",
        "The cat played dead until the dog wandered off.",
        "There was a dead wasp on the windowsill and another in the jam.",
        "The vixen dragged her kill under the hedge.",
        "The old dog-fox has made his last kill.",
    ):
        assert cue_score(sentence + "\n", "death/grief") == 0.0, sentence
    assert cue_score("Her ghost still walked the long gallery at night.\n", "death/grief")


def test_ill_luck_and_speaking_ill_are_no_illness() -> None:
    for sentence in (
        "The fishermen called it ill luck to whistle on the quay.",
        "Nobody in that house would speak ill of the old housekeeper.",
        "The whole ward was in an ill humour by noon.",
    ):
        assert cue_score(sentence + "\n", "illness") == 0.0, sentence
    assert cue_score("Agnes was ill all that winter, and thin as a rail.\n", "illness")


def test_a_character_named_like_a_cue_is_no_cue() -> None:
    # a cook called Sherry opens her sentences: her name is never the drink
    story = (
        "Sherry ran the galley of the Petrel. Sherry laughed at the captain's jokes. "
        "Sherry scrubbed the pans after supper. Sherry hummed at the stove.\n\n"
        "The mate said Sherry was the best cook on the coast, and Sherry agreed with him.\n"
    )
    a = analysed(story)
    layers = a.layers
    tallies = tally_cues(
        a.text,
        layers["body"],
        layers["sentences"],
        body_quotes(a),
        mentions=layers["mentions"],
    )
    assert "alcohol" not in tallies
    # (without the cast, the name opening a sentence reads as the drink)
    assert "alcohol" in tally_cues(a.text, layers["body"], layers["sentences"], body_quotes(a))


def test_a_bare_drink_after_a_soft_one_is_no_alcohol() -> None:
    soft = (
        "Gran pressed a mug of cocoa into his cold hands. 'Go on.'\n\n"
        "Davey drinks. Then he drinks again, slowly, and raises his cup to her.\n"
    )
    assert cue_score(soft, "alcohol") == 0.0
    hard = "Gran uncorked the gin. 'Go on.'\n\nDavey drinks. Then he drinks again, slowly.\n"
    assert cue_score(hard, "alcohol") > 0.0


def test_a_simile_is_no_evidence() -> None:
    for sentence, tag in (
        ("The curate walked ahead of us with his lamp like a boy at a funeral.", "death/grief"),
        ("She held the kitten's paw the way a nurse feels for a pulse.", "illness"),
    ):
        assert cue_score(sentence + "\n", tag) == 0.0, sentence


def test_a_negation_reaches_the_later_items_of_its_list() -> None:
    assert cue_score("Nobody spoke of the war, or the fevers.\n", "illness") == 0.0
    assert cue_score("They never kept ale, or brandy, at the vicarage.\n", "alcohol") == 0.0
    assert cue_score("Hal was ill, or drunk, or both.\n", "alcohol") > 0.0


def test_a_work_or_a_stage_names_the_topic_only() -> None:
    for sentence, tag in (
        ("At the wake-night dance they sang a shanty about a drowned bosun.", "death/grief"),
        ("The panto ended with the giant dying in the last act, to loud cheers.", "death/grief"),
        ("Our Romeo dies, with a great deal of groaning, twice nightly.", "death/grief"),
        ("Mum had fallen asleep in front of a film about a drunk.", "alcohol"),
    ):
        assert cue_score(sentence + "\n", tag) == 0.0, sentence


def test_drinking_in_a_view_or_being_hooked_on_a_show_is_no_warning() -> None:
    assert cue_score("From the ridge he drank in the view of the bay.\n", "alcohol") == 0.0
    assert cue_score("Gemma was addicted to crime podcasts.\n", "drug use") == 0.0
    assert cue_score("By June he was addicted to the stuff again.\n", "drug use") > 0.0


def test_the_would_of_a_habit_is_still_evidence() -> None:
    habit = "On pay nights her uncle would drink himself senseless at the Crown.\n"
    assert cue_score(habit, "alcohol") > 0.0
    wish = "Her uncle wished he could drink himself senseless at the Crown.\n"
    assert cue_score(wish, "alcohol") == 0.0


def test_what_someone_could_smell_is_there() -> None:
    smelt = "Nan could smell the gin on him from the doorway.\n"
    supposed = "If Nan could smell the gin on him, she never said so.\n"
    assert cue_score(smelt, "alcohol") > 0.0
    assert cue_score(supposed, "alcohol") == 0.0
