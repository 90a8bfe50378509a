"""Round warn33 of the themes stage: the eighth recall round of invented scenes
(``theme_fresh_warn33.py``) tagged as a reader would, and the families of
``theme_shown`` each with a contrast in another sense. Every sentence written for the tests.
"""

from __future__ import annotations

import pytest
from theme_fresh_warn33 import EIGHTH_SCENES, NINTH_SCENES, TENTH_SCENES
from theme_probes import scene_params, tags

# What the round's rules still cannot read, scene by scene (strict: a fix must remove them).
GAPS: dict[str, str] = {
    "the-pipe-in-limehouse": "an opium den told by its shelves and a long pipe, never named",
    "the-marks-on-her-wrists": "the husband named only in the next paragraph (anchors are per "
    "paragraph)",
    "his-fists": "drink told as wages spent at a public house",
    "the-poker": "a killing with no death word",
    "amelia": "a named character 'gone' at dawn (no death verb theme_deaths reads)",
    "the-captain": "a death told by the eyes going still",
    "the-asylum": "a death in a subordinate clause of backstory",
    "the-yellow-room": "a breakdown told as a hallucination in a wallpaper; chloral prescribed",
    "the-river": "a drowning told by a bonnet in the reeds",
    "the-study-door": "a death told by a shot heard behind a locked door",
    "the-whole-bottle": "a deliberate overdose told as 'drank every drop of it'",
    "the-house-in-kensington": "a kept mistress told as a house taken for a named woman",
    "the-letters-in-the-desk": "an affair told by love letters and an alibi",
    "the-governess": "a seduction and a pregnancy told by what the servants saw",
    # round nine (studied after round eight's rules)
    "the-bayonet": "a wound told over three sentences, none carrying a scene's weight",
    "the-scarlatina": "a sickroom told by its swollen throats and wet cloths",
    "the-inn-at-dover": "an assignation told by a room taken and a gown let fall",
}
# Round ten was written after round nine's rules and never studied: a measure of how far the
# families carry to wording they were not written from (1 of 13 warnings, as on main).
TENTH_FOUND = {"the-hypodermic", "spirits-and-blood-up", "the-sick-lamb", "the-dead-letter"}
TENTH = "round ten: written after the rules, never studied (docs/warnings.md, round warn33)"


@pytest.mark.parametrize(
    ("text", "expected"),
    scene_params(
        [(name, text, gold) for name, _register, text, gold in [*EIGHTH_SCENES, *NINTH_SCENES]],
        GAPS,
    ),
)
def test_studied_scene_is_tagged_as_a_reader_would(text: str, expected: frozenset[str]) -> None:
    assert tags(text + "\n") == set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            text,
            gold,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=TENTH)] if name not in TENTH_FOUND else [],
        )
        for name, _register, text, gold in TENTH_SCENES
    ],
)
def test_tenth_round_scene(text: str, expected: frozenset[str]) -> None:
    assert tags(text + "\n") == set(expected)


# A quiet frame around each sentence, so that the sentence is all there is to read.
FRAME = (
    "The lane ran down past the mill to the weir, and the rooks were loud in the elms. "
    "{one} By dusk the shutters were up and the dog had gone to sleep under the settle."
)


@pytest.mark.parametrize(
    ("scene", "expected"),
    [
        # blood that flows, beside a bone or a skull broken; a blush is no wound
        (
            "The ball broke his arm, and the blood was pouring through his fingers onto the "
            "white bone showing at the elbow.",
            {"graphic violence"},
        ),
        ("At his words the blood was pouring into her cheeks, and she looked away.", set()),
        # a blade or a pin to one's own arm; a coin pressed into a palm
        ("Each night she drew the razor slowly along her own forearm.", {"self-harm"}),
        ("He pressed the shilling into her palm and drew the knife from his belt.", set()),
        # stones in the pockets; a boy's pockets full of conkers
        (
            "At dawn she filled the pockets of her coat with stones and went down to the weir.",
            {"suicide"},
        ),
        ("He filled his pockets with conkers and went down to the weir.", set()),
        # the coroner's kindness
        (
            "The inquest found an accident while cleaning his revolver, and the vicar buried "
            "him in the churchyard without a word said.",
            {"suicide", "death/grief"},
        ),
        # a lover taken beside a spouse; a lover of books
        ("While her husband was in India she took a lover.", {"infidelity"}),
        ("Her husband was a lover of books and took a house in Bath.", set()),
        # strokes given and ears boxed beside a child; a swimmer's strokes
        (
            "The schoolmaster gave the boy six strokes with the cane and boxed his ears for "
            "crying.",
            {"child abuse"},
        ),
        ("The boy swam ten strokes and his father clapped.", set()),
        # a fever of excitement
        ("The village was in a feverish excitement over the ball.", set()),
        # (round nine) self-harm as a habit; a kettle's burn once is an accident
        ("For a month she had been burning herself with a hot needle.", {"self-harm"}),
        ("She burned her hand on the kettle and swore at it.", set()),
        # a body hanging from a beam; a lantern hanging from it
        (
            "They found the carter hanging from the beam by a rope, and cut him down.",
            {"suicide", "death/grief"},
        ),
        ("A lantern was hanging from the beam by a hook.", set()),
        # a blow across the face beside a spouse; a snowball thrown at a husband
        (
            "Her husband struck her across the face for a late dinner, and she went on "
            "serving the soup.",
            {"domestic violence"},
        ),
        ("Her husband hit her with a snowball and she laughed.", set()),
        # a back striped by the birch beside a child; a striped shirt
        (
            "The boy's back was striped red from the birching his father gave him.",
            {"child abuse"},
        ),
        ("The boy's shirt was striped red and white, and his father bought it.", set()),
    ],
)
def test_shown_families_and_their_contrasts(scene: str, expected: set[str]) -> None:
    assert tags(FRAME.format(one=scene)) == expected
