"""Round warn39: words in another sense that read as warnings across novels and stories (the
kind called "sex", a thing thrust, birth the rank, a nightcap worn, a baby already born, an
orphan asylum, a children's nurse, "struck" and "shot" of no blow and no gun, "anxious" as
eager and "melancholy" of a thing), and oaths that never make a story's profanity alone.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import cue_score, tags

# (tag, sentence): a cue of the tag in another sense, which counts for nothing
OTHER_SENSES = [
    ("sexual content", "She was, said the vicar, an ornament to the whole of her sex."),
    ("sexual content", "Mr. Pell had a low opinion of the fairer sex and said so at dinner."),
    ("sexual content", "The school took pupils of either sex from the age of seven."),
    ("sexual content", "Ambrose thrust his hands into his coat pockets and walked on."),
    ("sexual content", "She sat with her chin thrust out, daring anyone to speak."),
    ("sexual content", "The clerk made a sudden thrust with his pen at the ledger."),
    ("sexual content", "Greatness was thrust upon the curate at the age of sixty."),
    ("pregnancy", "Miss Harrow was a woman of some birth and no fortune at all."),
    ("pregnancy", "He married a girl of inferior birth, to his uncle's horror."),
    ("pregnancy", "His bride was his equal in birth and his better in sense."),
    ("pregnancy", "Nell shifted the baby to her other arm and opened the gate."),
    ("pregnancy", "The baby lay kicking on the quilt by the stove."),
    ("pregnancy", "Everyone stopped to look at the baby in the pram."),
    ("alcohol", "Uncle Barnaby came down the stair in his nightcap and slippers."),
    ("alcohol", "The weathervane wore a white nightcap of snow."),
    ("death/grief", "Prudence had been matron of the orphan asylum for eleven years."),
    ("death/grief", "The orphan children sang at the harvest supper."),
    ("illness", "The nurse came in to take the children up to bed."),
    ("violence", "It struck him that the vicar had not once mentioned his wife."),
    ("violence", "The ship's chronometer struck midnight as Mabel came in."),
    ("violence", "The riders struck across the moor toward the ford."),
    ("violence", "A falling star shot through the dark above the barn."),
    ("violence", "Tobias shot her an anxious glance over the teapot."),
    ("mental illness", "Cousin Walter was anxious to see the new mill before dark."),
    ("mental illness", "The squire was anxious that the tenants should dine well."),
    ("mental illness", "It was a melancholy errand, and Lydia walked slowly."),
    ("mental illness", "The empty barn was the most melancholy sight in the parish."),
]

# (tag, sentence): the same words in the tag's own sense, which still count
OWN_SENSES = [
    ("sexual content", "They had sex in the back of the van."),
    ("sexual content", "He thrust into her, slow and deep."),
    ("pregnancy", "The birth was long and hard."),
    ("pregnancy", "She was sure the baby kicked last night."),
    ("alcohol", "He poured himself a nightcap of rum."),
    ("death/grief", "She was an orphan at six, and grieved for years."),
    ("illness", "The nurse came in to change his dressing."),
    ("violence", "He struck the sentry with the butt of his rifle."),
    ("violence", "The keeper shot the poacher in the leg."),
    ("mental illness", "For months she was anxious and depressed."),
]


@pytest.mark.parametrize(("tag", "sentence"), OTHER_SENSES)
def test_a_word_in_another_sense_counts_for_nothing(tag: str, sentence: str) -> None:
    assert cue_score(sentence + "\n", tag) == 0.0


@pytest.mark.parametrize(("tag", "sentence"), OWN_SENSES)
def test_the_word_in_its_own_sense_still_counts(tag: str, sentence: str) -> None:
    assert cue_score(sentence + "\n", tag) > 0.0


def test_oaths_alone_are_no_profanity() -> None:
    text = (
        '"Good God," said the vicar, when he saw the flood.\n\n'
        '"Oh God, the hay," said his wife.\n\n'
        '"My God, the church," said the sexton.\n\n'
        '"Good God," said the vicar again, and went to fetch a spade.\n'
    )
    assert "profanity" not in tags(text)
    sworn = text + '\n"Damn the rain," said the sexton, "and damn the river."\n'
    assert "profanity" in tags(sworn)
