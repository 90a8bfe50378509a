"""The descriptor phrase record (``DescriptorMention``: a phrase such as "the old man" or
"Gisborne's soldier" with the evidence of how the text uses it), which
``descriptor_phrases`` yields and ``descriptors``, ``characters``, ``role_links`` and
``voice_owners`` read; and ``owned_by_role``, which tells a phrase whose owner is a role
("the ship's boy")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ficshelf.understand.frozen_init import setter_init

# "the turnkey's son", "the ship's boy": a person noun whose owner is a role in the
# possessive ("the <noun>'s").
_OWNED_BY_ROLE = re.compile(r"the [a-z]+['’]s [a-z]+")


def owned_by_role(key: str) -> bool:
    """Return whether a descriptor key is a person noun owned by a role ("the turnkey's
    son", "the miller's daughter", "the ship's boy"). Such a phrase relates the person to
    the role, not to anyone named just before it (a kin noun: "her father" after "Emma" is
    Emma's father), and says what the person is (a noun that names anyone: "the boy" is
    anyone, "the ship's boy" a role)."""
    return _OWNED_BY_ROLE.fullmatch(key) is not None


# "David's aunt", "Tom's mother": a person noun whose owner is a name in the possessive.
_OWNED_BY_NAME = re.compile(r"[A-Z][a-z]+['’]s [a-z]+")


def owned_by_name(key: str) -> bool:
    """Return whether a descriptor key is a person noun owned by a name ("David's aunt",
    "Tom's mother"): a kin noun so owned is nobody the owner is, and may be someone the
    narration has just brought in ("Miss Trotwood marches in" ... "says David's aunt")."""
    return _OWNED_BY_NAME.fullmatch(key) is not None


@setter_init
@dataclass(frozen=True, slots=True)
class DescriptorMention:
    """One descriptor phrase ``text[start:end]``: ``key`` is its lower-case form ("the old
    man"; a name's possessive keeps the name: "Gisborne's soldier", whose span covers only
    "soldier" so that it never overlaps the name), ``noun`` the person noun ("man").
    ``modified``: a modifier stands before the noun; ``possessive``: "'s" follows it ("the
    doctor's man"); ``speech``: it tags a quote; ``subject``: a verb follows it;
    ``in_quote``: it stands in dialogue."""

    start: int
    end: int
    key: str
    noun: str
    modified: bool
    possessive: bool
    speech: bool
    subject: bool
    in_quote: bool
    # where the first quote after the phrase starts when that quote's tag is a "he"/"she"
    # agreeing with the noun ("An old man sat there. / '…,' he says.") or, for a definite
    # phrase in the narration, when it is untagged and a paragraph of its own right after
    # the phrase's ("the footman opened the door. / 'Sir Anthony, madam.'"), else -1
    pronoun_quote: int = -1
    # a voice ("said a rough voice") or what continues one ("the speaker", "the voice")
    voice: bool = False
    # a group that speaks as one ("cried the thralls", "the players cry")
    group: bool = False
    # the subject of a verb that brings someone on the scene ("the footman opened the
    # door", "the bargeman shouts at us", "the maid came in")
    enters: bool = False
