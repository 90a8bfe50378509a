"""A group named in the tag right after its line speaks it, whatever the tag's verb or place.

Right after a line that ends on a comma, a "?" or a "!", a lower-case "the" can only open
the line's tag, and a plural there is the group that said it: '"Is it him?" the village
children wanted to know', '"Keep it down!" the lodgers in 4B yell up', '"Hurrah!" the Blues
roared'. The group scan of ``descriptor_phrases`` (``group_pattern``) asks for a speech verb right
after the group or after a short place of lower-case words, and for a plural person noun;
here, in that one position, the verb may be any past tense in "-ed" ("wanted to know"),
the place's last word any word ("in 4B"), and the group a capitalised plural ("the
Greys", a regiment or a family the story names as one). Such a group is a character of
its scene as the other groups that speak are (``group`` set; ``descriptors._matters``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.descriptor_patterns import NOT_MODIFIERS, TAG_GAP, group_at
from ficshelf.understand.group_voices import NAMED_PEOPLE_NOUN
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.speech_verbs import SPEECH_VERBS

# The marks a line ends on when its tag goes on in the same sentence (the closing quotation
# mark may stand on either side of the quote's end).
_LINE_END = re.compile(r"[,!?—–…][\"”’']?[ \t]+\Z")
# "the" right after a line's end: where a tag opens.
_THE_AFTER = re.compile(rf"[^\w\n]{{0,{TAG_GAP}}}?(?<![\w'’-])(?=the[ \t])")
# A capitalised plural after "the": a group the story names ("the Greys", "the Blues"), the
# noun that ``group_voices.speaks_as_one`` takes for one.
_NAMED_GROUP = re.compile(rf"the[ \t]++(?P<noun>{NAMED_PEOPLE_NOUN})(?![\w'’-])")
# A short place after the group, its last word any word ("in 4B", "at the back").
_PLACE = re.compile(
    r"[ \t]++(?:in|at|by|on|from|near|behind|outside|upstairs|downstairs)"
    r"(?:[ \t]++(?:the|a|an|their)[ \t]++[a-z]++(?:-[a-z]++)*+|[ \t]++[\w-]++)?(?=[ \t])"
)
# The word after the group (and its place): the tag's verb.
_VERB = re.compile(r"[ \t]++(?P<verb>[a-z]++)\b(?![-'’])")


def _is_tag_verb(word: str) -> bool:
    """Whether ``word`` can be a tag's verb: a speech verb, or another past tense ("wanted
    to know"), never a function word."""
    if word in SPEECH_VERBS:
        return True
    return word.endswith("ed") and word not in name_tables.FUNCTION_WORDS


def after_line_positions(
    text: str, paragraphs: Sequence[Span], index: QuoteIndex
) -> dict[int, list[int]]:
    """Return, by paragraph index, the positions of the lower-case "the"s that stand at
    most ``TAG_GAP`` characters after the end of a line (``index``) closed on a comma, a
    "?" or a "!" in the same paragraph: where a tag opens."""
    if not paragraphs:
        return {}
    starts = [para.start for para in paragraphs]
    first, last = starts[0], paragraphs[-1].end
    by_para: dict[int, list[int]] = {}
    for end in index.ends:
        if end < first or end >= last:
            continue
        m = _THE_AFTER.match(text, end, last)
        if m is None or not _LINE_END.search(text, max(0, end - 2), m.end()):
            continue
        i = bisect_right(starts, m.end()) - 1
        if i >= 0 and m.end() < paragraphs[i].end:
            by_para.setdefault(i, []).append(m.end())
    return by_para


def groups_after_lines(
    text: str, para: Span, positions: Sequence[int], taken: set[int]
) -> Iterator[DescriptorMention]:
    """Yield the groups that open the tag after a line at ``positions`` (of
    ``after_line_positions``) of the paragraph ``para`` and are its subject, ``group`` and
    ``speech`` set; none starting at a position in ``taken`` (a group already read there)."""
    for at in positions:
        if at in taken:
            continue
        m = group_at(text, at, para.end)
        if m is not None:
            mods = m.group("mods").split()
            if any(w in NOT_MODIFIERS for w in mods):
                continue
            noun, words = m.group("noun"), ["the", *mods, m.group("noun")]
        else:
            m = _NAMED_GROUP.match(text, at, para.end)
            if m is None:
                continue
            mods, noun, words = [], m.group("noun"), ["the", m.group("noun")]
        end = m.end()
        place = _PLACE.match(text, end, para.end)
        if place is not None:
            words += place.group().split()
            end = place.end()
        verb = _VERB.match(text, end, para.end)
        if verb is None or not _is_tag_verb(verb.group("verb")):
            continue
        key = " ".join(words)
        yield DescriptorMention(
            at, end, key, noun, bool(mods), False, True, True, False, group=True
        )
