"""Round warn37: illness and death cues in which nobody suffers the thing are no evidence of
it — an illness over or trifling, had long ago, only thought of, a cough of laughter or of
smoke, a death that nearly happened — while the same words of someone who suffers it still
count. Every sentence here is invented for the test."""

from __future__ import annotations

from theme_probes import cue_score


def test_an_illness_over_or_trifling_is_no_illness() -> None:
    for sentence in (
        "It was nothing serious, the nurse wrote, a fever that came and went.",
        "Aunt Dora had a chill in March, but she is quite recovered now.",
        "A touch of influenza, the vicar said, and he was fully recovered by Easter.",
    ):
        assert cue_score(sentence + "\n", "illness") == 0.0, sentence
    assert cue_score("The fever came back that night, worse than before.\n", "illness")
    assert cue_score("By March the influenza had gone to her lungs.\n", "illness")


def test_an_illness_had_long_ago_is_no_illness() -> None:
    for sentence in (
        "Corin had the measles as a boy and never caught anything since.",
        "She got the whooping cough one time, the year they lived in Leeds.",
        "Uncle Abe caught a fever years ago in the canal country.",
    ):
        assert cue_score(sentence + "\n", "illness") == 0.0, sentence
    assert cue_score("Corin had the measles, and the spots were everywhere.\n", "illness")


def test_an_illness_only_thought_of_is_no_illness() -> None:
    for sentence in (
        "Lying awake, Pim thought about the harbour, and about a fever he had read of.",
        "She spent the train ride reading about Bright's disease on her phone.",
        "He wouldn't swim there, on account of cholera, which you can catch from ponds.",
    ):
        assert cue_score(sentence + "\n", "illness") == 0.0, sentence
    # someone's own illness, thought of, is still theirs
    assert cue_score("All night she thought about his fever and the doctor's face.\n", "illness")


def test_a_cough_of_laughter_or_smoke_is_no_illness() -> None:
    for sentence in (
        "Rab laughed until he coughed, and wiped his eyes on his sleeve.",
        "The clerk turned his laugh into a cough when the judge looked up.",
        "Nell swallowed the whisky in one go and coughed.",
        "The firemen were coughing on the smoke by the time they reached the stairs.",
        "Mr. Pruett coughed behind his hand and turned the page.",
    ):
        assert cue_score(sentence + "\n", "illness") == 0.0, sentence
    assert cue_score("Mam coughed all night, a deep wet cough that frightened us.\n", "illness")


def test_a_death_that_nearly_happened_is_no_death() -> None:
    for sentence in (
        "The fall nearly killed him, and he walked with a stick after.",
        "Both boys almost drowned in the weir that spring.",
    ):
        assert cue_score(sentence + "\n", "death/grief") == 0.0, sentence
    assert cue_score("The fall killed him, and they buried him on the hill.\n", "death/grief")
    assert cue_score("Both boys drowned in the weir that spring.\n", "death/grief")


def test_a_slight_ailment_or_an_idiom_is_no_illness() -> None:
    for sentence in (
        "Every June the twins got hay fever and sneezed through the whole of the fete.",
        "Gil had a touch of cold and stayed in with his crossword.",
        "The old gardener liked the boys' visits so ill that he locked the gate.",
        "She went home sick at heart, and did not write to him again.",
        "It was all the product of two fevered imaginations and a long wet week.",
    ):
        assert cue_score(sentence + "\n", "illness") == 0.0, sentence
    assert cue_score("Every June the twins got a fever and were put to bed.\n", "illness")
    assert cue_score("The old gardener took ill in the spring.\n", "illness")
