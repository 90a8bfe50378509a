"""Round warn28 of the themes stage: AO3's own tag forms ("Implied/Referenced Character
Death", "Sick Fic", "Post-Traumatic Stress Disorder - PTSD") read as the warnings they name.
Tags and texts written for the tests."""

from __future__ import annotations

import pytest

from ficshelf.model import GivenMetadata, GivenTag, TagType
from ficshelf.understand.theme_stated import given_warnings


def freeform(*names: str) -> GivenMetadata:
    return GivenMetadata(tags=tuple(GivenTag(TagType.FREEFORM, n) for n in names))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # AO3's "Implied/Referenced" form of a mention
        (("Implied/Referenced Character Death",), {"death/grief"}),
        (("Implied/Referenced Self-Harm", "Angst"), {"self-harm"}),
        (("Implied/Referenced Suicide",), {"suicide"}),
        (("Implied/Referenced Drug Use",), {"drug use"}),
        (("Implied/Referenced Child Abuse",), {"child abuse"}),
        (("Implied/Referenced Cheating",), {"infidelity"}),
        # the common tags of each warning
        (("Sick Fic", "Hurt/Comfort"), {"illness"}),
        (("Sick!Bertie",), {"illness"}),
        (("Hospitals", "Convalescence"), {"illness"}),
        (("Scarlet Fever",), {"illness"}),
        (("Post-Traumatic Stress Disorder - PTSD",), {"mental illness"}),
        (("Eating Disorders", "Nervous Breakdown"), {"mental illness"}),
        (("Attempted Suicide",), {"suicide"}),
        (("Mpreg",), {"pregnancy"}),
        (("Miscarriage",), {"pregnancy"}),
        (("Oral Sex", "Porn With Plot"), {"sexual content"}),
        (("Emotional Affair",), {"infidelity"}),
        (("Language",), {"profanity"}),
        (("Loss of a Parent",), {"death/grief"}),
        (("Drug Withdrawal",), {"drug use"}),
        (("Drunk",), {"alcohol"}),
        (("Blood and Injury",), {"graphic violence"}),
        # what only shares a word with a warning names nothing
        (("Sick Burns", "Language Barrier", "Hospital AU", "Hair Cutting"), set()),
        (
            ("Sexual Tension", "Character Death Fix", "Recovery", "Implied/Referenced Violence"),
            set(),
        ),
    ],
)
def test_ao3_tag_forms_name_their_warnings(names: tuple[str, ...], expected: set[str]) -> None:
    assert set(given_warnings(freeform(*names))) == expected
