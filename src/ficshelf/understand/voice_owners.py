"""Voice owners: a stranger a story lets the reader hear before it shows them.

Fiction often brings someone on voice first: a line tagged by a voice ("said a voice in
her ear", "cried a harsh voice"), then, in the narration right after, the person the voice
belongs to, introduced as someone new ("as a man started up from the bench", "She had been
aware for some while of a woman behind her"). The narration then goes on with "he"/"she"
and the description ("the man"), never with "the voice". A voice heard once is otherwise
no one (``descriptors``: most often someone the text knows or names a line later), so the
stranger's lines had no speaker of their own and went to whoever else was in the scene.

``with_voice_owners`` joins such a voice to its owner: a voice in a speech tag ("a …
voice", with or without a place after it; not "a man's voice", which names its owner
already) whose narration within ``_REACH`` characters after it brings in an indefinite
person ("a man", "a tall woman") outside dialogue, with no name and no other described
person between. The voice's mention is re-keyed to the owner's phrase (so the character
is "a man", a person of the noun's gender, not "a voice in her ear") and the owner's
phrase is added as a mention of the same cluster; ``descriptors`` then keeps the cluster
as someone an indefinite tag introduced, and folds a later "the man" into it as it does
for "said a thin gentleman" ... "the gentleman". A voice whose owner the text names ("It
was Ron") never reaches here (``descriptor_phrases`` drops it), and one followed by a name
before any indefinite person stays no one.

One bounded regex search after each voice: linear in the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ficshelf.understand import name_tables
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.regex_tries import compile_embedding, trie_regex

# How far after a voice its owner may be brought in (about three sentences).
_REACH = 400
_FUNCTION_WORDS = sorted(w for w in name_tables.FUNCTION_WORDS if w.isalpha())
_FUNCTION_TRIE = trie_regex(_FUNCTION_WORDS)
_MODIFIER = rf"(?!(?:{_FUNCTION_TRIE})\b)[a-z]+(?:-[a-z]+)*"
_NOUN_WORDS = sorted(nouns.PERSON_NOUNS)
_NOUN_TRIE = trie_regex(_NOUN_WORDS)


@functools.cache
def _owner_pattern() -> re.Pattern[str]:
    """Return an indefinite person phrase: "a man", "an old woman", "a tall, thin
    gentleman": at most two modifiers, a singular person noun that no apostrophe or hyphen
    continues ("a man's", "a man-servant"); the tries built, not parsed
    (``regex_tries.compile_embedding``). Compiled the first time a voice is heard before
    its owner is named (round speed39: compiled at import, it was read by 8 of 95 stories)."""
    return compile_embedding(
        rf"(?<![\w'’-])(?P<det>[Aa]n?)[ \t]+(?P<mods>(?:{_MODIFIER},?[ \t]+){{0,2}})"
        rf"(?P<noun>{_NOUN_TRIE})\b(?![-'’]\w)",
        [(_FUNCTION_TRIE, _FUNCTION_WORDS), (_NOUN_TRIE, _NOUN_WORDS)],
    )


def with_voice_owners(
    text: str,
    mentions: Sequence[DescriptorMention],
    taken: Sequence[tuple[int, int]],
    quotes: QuoteIndex,
) -> list[DescriptorMention]:
    """Return ``mentions`` (descriptor phrases in text order) with each voice heard in a
    tag re-keyed to the indefinite person the narration brings in right after it, and that
    person's phrase added (module docstring). ``taken``: the name mentions, sorted
    (start, end) pairs; ``quotes``: the dialogue. Never raises."""
    out: list[DescriptorMention] = []
    starts = [t[0] for t in taken]
    for k, d in enumerate(mentions):
        if not (d.voice and d.speech and d.noun == "voice" and d.key.startswith(("a ", "an "))):
            out.append(d)
            continue
        limit = min(len(text), d.end + _REACH)
        if k + 1 < len(mentions):  # someone else described first: not the voice's owner
            limit = min(limit, mentions[k + 1].start)
        at = bisect_left(starts, d.end)
        if at < len(starts):  # a name first: the voice is most often that person's
            limit = min(limit, starts[at])
        owner = _owner(text, d.end, limit, quotes)
        if owner is None:
            out.append(d)
            continue
        mods = " ".join(w.strip(",") for w in owner.group("mods").split())
        noun = owner.group("noun")
        key = " ".join(w for w in (owner.group("det").lower(), mods, noun) if w)
        out.append(replace(d, key=key, noun=noun, voice=False))
        out.append(
            DescriptorMention(
                owner.start(), owner.end("noun"), key, noun, bool(mods), False, False, False, False
            )
        )
    return out


def _owner(text: str, start: int, end: int, quotes: QuoteIndex) -> re.Match[str] | None:
    """The first indefinite person phrase between ``start`` and ``end`` outside dialogue."""
    for m in _owner_pattern().finditer(text, start, end):
        if quotes.find(m.start()) < 0:
            return m
    return None
