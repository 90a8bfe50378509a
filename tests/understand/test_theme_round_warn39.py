"""Round warn39: words in another sense that read as warnings across novels and stories (the
kind called "sex", a thing thrust, birth the rank, a nightcap worn, a baby already born, an
orphan asylum, a children's nurse, "struck" and "shot" of no blow and no gun), and oaths
that never make a story's profanity alone. Every sentence here is invented for the test."""

from __future__ import annotations

from theme_probes import cue_score, tags


def test_sex_the_kind_is_no_sexual_content() -> None:
    for sentence in (
        "She was, said the vicar, an ornament to the whole of her sex.",
        "Mr. Pell had a low opinion of the fairer sex and said so at dinner.",
        "The school took pupils of either sex from the age of seven.",
    ):
        assert cue_score(sentence + "\n", "sexual content") == 0.0, sentence
    assert cue_score("They had sex in the back of the van.\n", "sexual content") > 0.0


def test_a_thing_thrust_is_no_sexual_content() -> None:
    for sentence in (
        "Ambrose thrust his hands into his coat pockets and walked on.",
        "She sat with her chin thrust out, daring anyone to speak.",
        "The clerk made a sudden thrust with his pen at the ledger.",
        "Greatness was thrust upon the curate at the age of sixty.",
    ):
        assert cue_score(sentence + "\n", "sexual content") == 0.0, sentence
    assert cue_score("He thrust into her, slow and deep.\n", "sexual content") > 0.0


def test_birth_the_rank_is_no_pregnancy() -> None:
    for sentence in (
        "Miss Harrow was a woman of some birth and no fortune at all.",
        "He married a girl of inferior birth, to his uncle's horror.",
        "His bride was his equal in birth and his better in sense.",
    ):
        assert cue_score(sentence + "\n", "pregnancy") == 0.0, sentence
    assert cue_score("The birth was long and hard.\n", "pregnancy") > 0.0


def test_a_baby_already_born_is_no_pregnancy() -> None:
    for sentence in (
        "Nell shifted the baby to her other arm and opened the gate.",
        "The baby lay kicking on the quilt by the stove.",
        "Everyone stopped to look at the baby in the pram.",
    ):
        assert cue_score(sentence + "\n", "pregnancy") == 0.0, sentence
    assert cue_score("She was sure the baby kicked last night.\n", "pregnancy") > 0.0


def test_a_nightcap_worn_is_no_drink() -> None:
    for sentence in (
        "Uncle Barnaby came down the stair in his nightcap and slippers.",
        "The weathervane wore a white nightcap of snow.",
    ):
        assert cue_score(sentence + "\n", "alcohol") == 0.0, sentence
    assert cue_score("He poured himself a nightcap of rum.\n", "alcohol") > 0.0


def test_an_orphan_asylum_is_no_grief() -> None:
    for sentence in (
        "Prudence had been matron of the orphan asylum for eleven years.",
        "The orphan children sang at the harvest supper.",
    ):
        assert cue_score(sentence + "\n", "death/grief") == 0.0, sentence
    assert cue_score("She was an orphan at six, and grieved for years.\n", "death/grief") > 0.0


def test_the_childrens_nurse_is_no_illness() -> None:
    nursery = "The nurse came in to take the children up to bed.\n"
    assert cue_score(nursery, "illness") == 0.0
    assert cue_score("The nurse came in to change his dressing.\n", "illness") > 0.0


def test_struck_and_shot_of_no_blow_and_no_gun_are_no_violence() -> None:
    for sentence in (
        "It struck him that the vicar had not once mentioned his wife.",
        "The kitchen clock struck nine as Mabel came in.",
        "The riders struck across the moor toward the ford.",
        "A falling star shot across the sky above the barn.",
        "Tobias shot her an anxious glance over the teapot.",
    ):
        assert cue_score(sentence + "\n", "violence") == 0.0, sentence
    assert cue_score("He struck the sentry with the butt of his rifle.\n", "violence") > 0.0
    assert cue_score("The keeper shot the poacher in the leg.\n", "violence") > 0.0


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


def test_eager_or_sad_things_are_no_illness_of_the_mind() -> None:
    for sentence in (
        "Cousin Walter was anxious to see the new mill before dark.",
        "The squire was anxious that the tenants should dine well.",
        "It was a melancholy errand, and Lydia walked slowly.",
        "The empty barn was the most melancholy sight in the parish.",
    ):
        assert cue_score(sentence + "\n", "mental illness") == 0.0, sentence
    assert cue_score("For months she was anxious and depressed.\n", "mental illness") > 0.0
