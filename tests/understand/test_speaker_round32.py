"""Round S32 (docs/history/speakers.md): a tag's "he"/"she" after narration whose latest subject is
a character of unknown gender (a creature, a bare descriptor the text never gives a
pronoun of its own) goes to that subject before an earlier speaker of that gender; a
subject of unknown gender further back, behind a later subject, is not reached for. Short
texts written for the test."""

from __future__ import annotations

from dialogue_texts import said

NAMES = {"Ada": "Ada", "Jonah": "Jonah", "Bramble": "Bramble"}

# Ada scolds the old goat Bramble in the barn, her brother Jonah answers for it; Bramble is
# never "he" or "she" in the narration, so the cast does not know its gender.
BARN = (
    "Ada came into the barn with a lantern and set it on the feed bin. Her brother Jonah "
    "followed her as far as the door.\n\n"
    "\u201cYou missed the evening milking,\u201d Ada said to the goat.\n\n"
    "\u201cLeave the poor beast alone,\u201d said Jonah.\n\n"
    "{before}\n\n"
    "\u201cThe gate was open and the clover was sweet,\u201d she said at last.\n"
)


def test_the_latest_subject_of_unknown_gender_takes_the_tag() -> None:
    text = BARN.format(before="Bramble chewed for a long time and looked at the rafters.")
    assert [speaker for _, speaker in said(text, NAMES)] == ["Ada", "Jonah", "Bramble"]


def test_no_later_subject_is_passed_over_for_one_of_unknown_gender() -> None:
    text = BARN.format(before="Bramble chewed for a long time. Jonah laughed from the doorway.")
    assert [speaker for _, speaker in said(text, NAMES)] == ["Ada", "Jonah", "Ada"]
