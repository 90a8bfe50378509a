"""Round warn37: an author's note that denies a warning overrules the few cues the text
holds of it (``theme_note_denials``); a denied death still leaves grief, and a clause the
negation does not reach denies nothing. Every note and story invented for the tests."""

from __future__ import annotations

from theme_probes import tags

# Swearing and a sickroom's talk, enough for the cues alone to infer both warnings.
STORY = (
    '"Damn the rain," said Corwin. "Damn the ferry, and damn this bloody town."\n\n'
    '"I feel feverish," Ilse said. "My chest aches. I think I need a doctor."\n\n'
    "She took her temperature twice before supper, and lay down with a cold cloth, and a "
    "dose of her medicine, and complained of the symptoms all evening.\n"
)


def _story(note: str) -> str:
    return note + "\n\n" + STORY


GRIEVING = (
    "Marta had buried her husband in the spring. She still set his place at the table, "
    "and wept at his grave every Sunday, and wore her mourning black to market.\n"
)


def test_a_note_that_denies_a_warning_overrules_the_cues() -> None:
    assert {"profanity", "illness"} <= tags(STORY)  # the story alone infers both
    found = tags(_story("A/N: Ilse is fine. No real illness here, she just likes a fuss."))
    assert "illness" not in found
    assert "profanity" in found
    found = tags(_story("A/N: Corwin is grumpy but nobody actually swears, I promise."))
    assert "profanity" not in found
    assert "illness" in found
    # a negation in another clause denies nothing
    assert "illness" in tags(_story("A/N: Let's not. Ilse's illness is the whole plot, sorry."))
    # a denied death leaves grief
    assert "death/grief" in tags("A/N: Nobody dies in this one, I promise.\n\n" + GRIEVING)
