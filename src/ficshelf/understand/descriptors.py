"""Unnamed characters: people a story knows only by a description ("the old man", "her
father", "the girl", "Gisborne's soldier") who speak or matter.

The phrases and their evidence come from ``descriptor_phrases.scan_descriptors``.

``unnamed_characters`` clusters the phrases by their lower-case form, folds a bare "the
man" into the one "the <modifier> man" or compound ("the shop-boy" for "the boy") the text
uses (when it uses exactly one; "the nurse" into the one "Clym's old nurse" too) and a
possessive "her visitor" into the one "the visitor" (when each is the only one of its kind
for that noun), and keeps the clusters that speak or matter:

* a role or kinship phrase after "the" or an owner ("the ferryman", "Gisborne's
  soldier") that tags a quote, or that the narration mentions three times, or twice with
  one of them the subject of a verb, or once as the subject of a verb that brings someone
  on the scene right before a line of its own ("the footman opened the door. / 'Sir
  Anthony, madam.'": ``DescriptorMention.enters`` and ``pronoun_quote``); a noun that
  names anyone with a place after it ("the man in the bar", "the man downstairs") is such
  a role;
* the same with a noun that names anyone (``person_nouns.GENERIC``: "the man", "the
  girl"): it tags two quotes, or tags one and the narration mentions it again, or is the
  subject of three narration sentences, or the narration describes it three times ("the
  old woman": fewer people than "the woman"), once as a subject;
* after a possessive pronoun, whose referent changes with the pronoun: "my" and a kinship
  noun ("my father") that tags a quote; any other ("her father", "his wife", "my friend")
  that tags two.

* a one-line speaker in a speech tag ("cried one of the women", "said another", "somebody
  exclaimed": ``one_line_speakers``), as a group: it speaks once;
* an indefinite phrase in a speech tag (``_indefinite_in``: "…," broke in a thin,
  elderly gentleman; exclaimed a man in the crowd), named with the place after it, that
  speaks once; a later "the thin gentleman" or "the gentleman" joins it
  (``_fold_into_introductions``);
* a voice in a speech tag ("said a rough voice"; "a man's voice" right after a line) that
  the narration goes on with ("the speaker", "the rough voice": ``_fold_voices``, each into
  the voice last heard before it). A voice heard once, one named right after ("It was
  Ron"), a bare "the voice" and "the man" after "a man's voice" are no one new;
* an indefinite phrase the narration brings in as a subject ("A nurse had let him in")
  right before a line that "he"/"she" says (its noun's gender allowing; no name and no other
  phrase between), when the narration mentions them again ("the nurse"), or, seen once,
  when a modifier and a role noun describe them ("An old peasant was sitting on the wall"
  / '"…," he said'; "a small boy", a noun of age; not "A tall man", whose noun names
  anyone and is as often someone known). A name after a preposition between the phrase
  and the line ("looked up at Tom") is no one who says it.

A compound of a noun that names anyone ("the fisher-lad"), or one a described owner holds
("the ship's boy"), names a role, not anyone.

Each kept cluster becomes one character named by its most frequent phrase (the longest on
a tie: "the old man"). Clustering is a fixed number of dictionary passes over the phrases,
linear in their number.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.described_introductions import fold_into_described_introductions
from ficshelf.understand.descriptor_mention import DescriptorMention, owned_by_role
from ficshelf.understand.descriptor_patterns import PRONOUN_DETERMINERS

# How far a voice's continuation ("the speaker") may stand from the voice it continues.
_VOICE_REACH = 3000


@dataclass(slots=True)
class UnnamedCharacter:
    """A kept cluster of descriptor mentions: ``name`` and its mentions in text order."""

    name: str
    mentions: list[DescriptorMention] = field(default_factory=list)

    @property
    def speeches(self) -> int:
        """How many quotes the character's phrases tag."""
        return sum(m.speech for m in self.mentions)


def unnamed_characters(
    mentions: Sequence[DescriptorMention],
    taken: Sequence[tuple[int, int]],
    held: Collection[str] = (),
    rivals: Sequence[tuple[int, int]] | None = None,
) -> list[UnnamedCharacter]:
    """Return the unnamed characters among descriptor ``mentions`` (see the module
    docstring), in order of first mention. Phrases overlapping a name mention (``taken``,
    sorted (start, end) pairs) are left out, and so are the phrases whose key a named
    character holds as a role (``held``: "the old king, Duncan"), so that no other phrase
    ("the king") is folded into them. ``rivals`` (sorted like ``taken``; default
    ``taken``) are the name mentions that may say a line "he"/"she" tags after a phrase:
    a name after a preposition ("looked up at Tom") is no one who acts there."""
    groups: dict[str, list[DescriptorMention]] = {}
    if rivals is None:
        rivals = taken
    j = r = 0
    for k, d in enumerate(mentions):
        while j < len(taken) and taken[j][1] <= d.start:
            j += 1
        while r < len(rivals) and rivals[r][1] <= d.start:
            r += 1
        if j < len(taken) and taken[j][0] < d.end:
            continue
        if d.key in held:
            continue
        if d.pronoun_quote >= 0 and not _voiced(d, mentions, k, rivals, r):
            d = replace(d, pronoun_quote=-1)
        groups.setdefault(d.key, []).append(d)
    _fold_voices(groups)
    _fold_bare_phrases(groups)
    _fold_possessive_phrases(groups)
    _fold_into_introductions(groups)
    kept: list[UnnamedCharacter] = []
    for group in groups.values():
        if _matters(group):
            group.sort(key=lambda d: d.start)
            kept.append(UnnamedCharacter(_name(group), group))
    kept.sort(key=lambda c: c.mentions[0].start)
    return kept


def _voiced(
    d: DescriptorMention,
    mentions: Sequence[DescriptorMention],
    k: int,
    taken: Sequence[tuple[int, int]],
    j: int,
) -> bool:
    """Whether the "he"/"she" line after ``d`` (``mentions[k]``) is the phrase's: no other
    descriptor and no name (``taken[j:]`` onward) stands between them."""
    if k + 1 < len(mentions) and mentions[k + 1].start < d.pronoun_quote:
        return False
    while j < len(taken) and taken[j][0] < d.end:
        j += 1
    return not (j < len(taken) and taken[j][0] < d.pronoun_quote)


def _fold_voices(groups: dict[str, list[DescriptorMention]]) -> None:
    """Move each "the speaker" or "the rough voice" into the voice ("said a rough voice",
    "a man's voice") that came last before it, not far back and with the modifier; those
    that continue no voice, and a bare "the voice", are dropped."""
    intros = sorted(
        (d.start, key, {w.strip(",") for w in key.split()})
        for key, group in groups.items()
        if key.split(" ", 1)[0] in _INDEFINITE_DETERMINERS
        for d in group
        if d.voice
    )
    starts = [start for start, _, _ in intros]
    for key in [k for k, g in groups.items() if g[0].voice and k.startswith("the ")]:
        mods = set(key.split()[1:-1])
        if key == "the voice":  # "The voice was unmistakable": anyone's, known or not
            del groups[key]
            continue
        for d in groups.pop(key):
            at = bisect_right(starts, d.start) - 1
            if at < 0 or d.start - starts[at] > _VOICE_REACH:
                continue
            _, into, words = intros[at]
            if mods <= words:
                groups[into].append(d)


def _fold_bare_phrases(groups: dict[str, list[DescriptorMention]]) -> None:
    """Move "the man" into "the old man" when that is the only "the … man" with a modifier;
    a compound is one too, once the text has used it: "the boy" is "the shop-boy" when the
    text has no other "the … boy" and "the shop-boy" came first ("the shop-boy came in" …
    "the boy asked"); and so is a noun a name owns ("Clym’s old nurse" … "the nurse")."""
    modified: dict[str, list[str]] = {}
    for key, group in groups.items():
        if (key.startswith("the ") or _named_owner(key)) and (
            group[0].modified or _is_compound(key) or _named_owner(key)
        ):
            modified.setdefault(group[0].noun, []).append(key)
    for noun, keys in modified.items():
        bare = groups.get(f"the {noun}")
        if bare is None or len(keys) != 1:
            continue
        into = groups[keys[0]]
        if into[0].modified or min(d.start for d in into) < min(d.start for d in bare):
            into.extend(bare)
            del groups[f"the {noun}"]


def _named_owner(key: str) -> bool:
    """Whether the phrase ``key`` is owned by a name ("Clym’s old nurse", "Gisborne's
    soldier"): a role of that person's, as "the old nurse" is one nurse of many."""
    return key[:1].isupper()


def _fold_possessive_phrases(groups: dict[str, list[DescriptorMention]]) -> None:
    """Move "her visitor" into "the visitor" when the text has one phrase of each for that
    noun (not a noun that names anyone: "her friend" is not "the friend")."""
    definite: dict[str, list[str]] = {}
    possessive: dict[str, list[str]] = {}
    for key, group in groups.items():
        determiner = key.split(" ", 1)[0]
        if determiner == "the":
            definite.setdefault(group[0].noun, []).append(key)
        elif determiner in PRONOUN_DETERMINERS:
            possessive.setdefault(group[0].noun, []).append(key)
    for noun, keys in possessive.items():
        into = definite.get(noun, [])
        if len(keys) == 1 and len(into) == 1 and noun not in nouns.GENERIC:
            groups[into[0]].extend(groups.pop(keys[0]))


_INDEFINITE_DETERMINERS = ("a", "an", "another")


def _fold_into_introductions(groups: dict[str, list[DescriptorMention]]) -> None:
    """Move "the gentleman" and "the thin gentleman" into "a thin, elderly gentleman", the
    one indefinite speaker the text introduced with that noun before them: a definite phrase
    whose modifiers the introduction has, first seen after it, is that person again."""
    introduced: dict[str, list[str]] = {}
    for key, group in groups.items():
        if key.split(" ", 1)[0] in _INDEFINITE_DETERMINERS:
            introduced.setdefault(group[0].noun, []).append(key)
    for noun, keys in introduced.items():
        if len(keys) != 1:
            fold_into_described_introductions(groups, noun, keys)
            continue
        into = groups[keys[0]]
        if noun in nouns.GENERIC and any(d.voice for d in into):
            continue  # "a man's voice" ... "the man": any man; only "the speaker" is his
        words = {w.strip(",") for w in keys[0].split()}
        first = min(d.start for d in into)
        for key in [k for k in groups if k.startswith("the ")]:
            group = groups[key]
            mods = key.split()[1:-1]
            if group[0].noun == noun and set(mods) <= words and group[0].start > first:
                into.extend(groups.pop(key))


def _matters(group: Sequence[DescriptorMention]) -> bool:
    """Whether a cluster speaks or matters enough to be a character (module docstring)."""
    speeches = sum(d.speech for d in group)
    told = [d for d in group if not d.in_quote]
    subjects = sum(d.subject for d in told)
    key = group[0].key
    determiner = key.split(" ", 1)[0]
    if group[0].group:
        return speeches >= 1
    if any(d.voice for d in group) and all(
        d.key.split(" ", 1)[0] in _INDEFINITE_DETERMINERS for d in told
    ):
        # a voice heard once (or "a voice" again: anyone's) is most often someone the text
        # knows or names a line later; one the narration goes on with ("the speaker", "the
        # rough voice", "said the man") is someone new
        return False
    intros = [d for d in group if d.key.split(" ", 1)[0] in _INDEFINITE_DETERMINERS]
    rest = [d for d in group if d.key.split(" ", 1)[0] not in _INDEFINITE_DETERMINERS]
    if intros:
        # introduced by the tag of a line they say, or by the narration just before a
        # line that "he"/"she" says; else what follows the narration's "a man" must show
        # as much as it would alone ("A middle-aged man was walking" ... "said the man")
        if any(d.speech for d in intros):
            return True
        # and the narration speaks of them again ("the nurse"), or a modifier and a noun
        # of what they are or do describe them ("An old peasant was sitting on the wall",
        # "a small boy with a red nose"; not "a tall man", as often someone known)
        described = any(d.modified and d.noun not in _ANYONE for d in intros)
        if any(d.pronoun_quote >= 0 for d in told) and (
            described or any(not d.in_quote for d in rest)
        ):
            return True
        return bool(rest) and _matters(rest)
    if determiner in PRONOUN_DETERMINERS:  # whose father "her father" is depends on "her"
        kin = determiner == "my" and group[0].noun in nouns.KINSHIP
        return speeches >= (1 if kin else 2)
    if group[0].noun in nouns.GENERIC and not _names_a_role(key, group[0].noun):
        # "the old woman" is fewer people than "the woman": described three times in the
        # narration, once as the one who acts, it is someone
        described = sum(d.modified for d in told) >= 3 and subjects >= 1
        return (
            speeches >= 2
            or (speeches == 1 and len(told) >= 2)
            or subjects >= 3
            or described
            or _enters_to_speak(determiner, group[0].noun, told)
        )
    return (
        speeches >= 1
        or len(told) >= 3
        or (len(told) >= 2 and subjects >= 1)
        or (determiner == "the" and any(d.enters and d.pronoun_quote >= 0 for d in told))
    )


def _names_a_role(key: str, noun: str) -> bool:
    """Whether a phrase of a noun that names anyone names a role all the same: a compound
    ("the fisher-lad") or a noun a role owns ("the ship's boy", "the miller's man"), which
    say what the person does, as "the ferryman" does; or a place after the noun ("the man
    in the bar", "the man downstairs"), which says where this one is found, as a role
    does."""
    return _is_compound(key) or owned_by_role(key) or _has_place(key, noun)


def _has_place(key: str, noun: str) -> bool:
    """Whether the phrase ``key`` of the person noun ``noun`` goes on after the noun with a
    place ("the man in the skiff", "the man downstairs")."""
    return not key.endswith(noun)


def _is_compound(key: str) -> bool:
    """Whether the phrase ``key`` ends in a compound noun ("the shop-boy", "the fisher-lad")."""
    return "-" in key.rsplit(" ", 1)[-1]


# Nouns that name anyone and that the narration gives a named person again as often as a
# new one ("Tom came in. The man sat down."): their entrance is no one new.
_ANYONE = frozenset(
    ("man", "woman", "lady", "gentleman", "fellow", "person", "friend", "guy", "bloke", "chap")
)


def _enters_to_speak(determiner: str, noun: str, told: Sequence[DescriptorMention]) -> bool:
    """Whether a definite role that names anyone by its office or age ("the servant", "the
    boy", "the guard") comes on the scene right before a line "he"/"she" says ("the servant
    came up. / 'Lord Orville, ma'am,' he said"), as "the footman" does; not "the man" or
    "the lady", as often a known person described again."""
    return (
        determiner == "the"
        and noun not in _ANYONE
        and any(d.enters and d.pronoun_quote >= 0 for d in told)
    )


def _name(group: Sequence[DescriptorMention]) -> str:
    """The most frequent phrase of a cluster, the longest on a tie."""
    counts = Counter(d.key for d in group)
    return max(counts, key=lambda k: (counts[k], len(k)))
