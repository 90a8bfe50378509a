"""A speech tag whose subject is a person owned by a name: '"…," says David's aunt'.

The tag reader (``speech_tags``) looks a tag's words up in the cast, longest run first, and
the cast knows "David" ("David's" is David's own possessive). But a name in the possessive
followed by a lower-case word owns that word ("David's aunt", "the Rector's wife"): the
one speaking is the owned person, never the owner.
``owns_next`` tells such a run; ``owned_phrase`` returns the character the owned words
name ("aunt", the mention the characters stage gives the aunt's character), or none, so
that the tag is read as naming no one rather than the owner. Two tests per tag: constant
work.
"""

from __future__ import annotations

import re

from ficshelf.understand.speaker_cues import Cast

_OWNER = re.compile(r"['’]s\Z")
# Words after which an owned noun may come ("Tom's own mother", "David's old aunt").
_OWNED_WORDS = 3


def owns_next(words: list[re.Match[str]], n: int) -> bool:
    """Whether the run ``words[:n]`` ends in a possessive ("David's") with a lower-case
    word right after it: the run owns that word and is not the tag's subject."""
    return (
        n < len(words)
        and _OWNER.search(words[n - 1].group()) is not None
        and words[n].group()[:1].islower()
    )


def owned_phrase(cast: Cast, text: str, words: list[re.Match[str]], n: int) -> str:
    """Return the character the words owned by ``words[:n]`` name (longest run first, up to
    ``_OWNED_WORDS`` words), or ""."""
    rest = words[n : n + _OWNED_WORDS]
    for k in range(len(rest), 0, -1):
        name = cast.lookup(text[rest[0].start() : rest[k - 1].end()])
        if name:
            return name
    return ""
