"""One-line speakers: people a story lets speak once, in a crowd or a group, and never
names or follows ("cried one of the women", "said another", "somebody exclaimed", "someone
else asked").

Such a speaker is the speaker of the line its tag stands by and of that line's second half
when the tag splits it, and of nothing else: the next line is most often someone else in
the crowd, or the person they were talking to. Made into full characters they took part in
turn-taking and pronoun resolution and drew whole scenes' lines (round L19), so here they
are characters (``descriptor_phrases`` yields their phrases, ``descriptors`` keeps them) that
the speakers stage leaves out of its cast and its ranker, and gives only their own lines
afterwards (``own_lines``).

``one_line_phrases`` finds the phrases in one paragraph: "one of the" with a plural person
noun ("one of the women", "one of the young men"), "another" standing alone, "somebody",
"someone" (with "else"), each the subject of a speech tag next to a quote. One regex pass per
paragraph of dialogue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_skipping
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.speaker_split import continues_split_line
from ficshelf.understand.speech_verbs import PARTICLE_VERBS, is_speech_verb
from ficshelf.understand.story_marks import MARKS

# (The first letter comes before the lookbehind; ``compile_skipping`` lets the engine skip in
# C to the letters a phrase can start with.)
_PHRASE = compile_skipping(
    r"(?P<phrase>[Oo](?<![\w'’-][Oo])ne[ \t]+of[ \t]+the[ \t]+"
    r"(?P<words>[a-z]+(?:[ \t]+[a-z]+){0,2})"
    r"|[Aa](?<![\w'’-][Aa])nother(?=[ \t]*[,.;!?]|[ \t]+[a-z]+(?:ed|s)\b)"
    r"|[Ss](?<![\w'’-][Ss])ome(?:body|one)(?:[ \t]+else)?)\b(?![-'’])"
)
_NAME = re.compile(r"one of the (?:[a-z]+ ){0,2}[a-z]+|another|some(?:body|one)(?: else)?")
_VERB_AFTER = re.compile(r"[ \t]+(?:([a-z]+ly)[ \t]+)?([a-z]+)\b(?:[ \t]+(in|up|out)\b)?")
# What stands between a tag's subject and the second half of the line it splits: a particle
# ("someone else put in"), a comma, the opening mark.
_SPLIT_REST = re.compile(r"(?:[ \t]+(?:[a-z]+[ \t]+)?(?:in|up|out))?[ \t]*,[ \t]*[\"'“‘]*\Z")
_VERB_BEFORE = re.compile(r"([a-z]+)(?:[ \t]+(?:in|up|out))?[ \t]+\Z")
_MARKS = " \t" + MARKS
# What every phrase holds, whatever the case of its first letter: a paragraph holding none
# of them has no phrase (``descriptor_phrases.scan_descriptors`` skips such paragraphs).
PHRASE_CORES = ("ne of the", "nother", "omebody", "omeone")
_WINDOW = 70  # how far from a quote's edge a tag's subject is looked for
_TAG_GAP = 6  # characters between a quote and the verb or subject of its tag
_INTRO_GAP = 30  # characters between a tag before a quote and its opening mark


def is_one_line(name: str) -> bool:
    """Whether a character's name is a one-line speaker's ("one of the women", "another",
    "somebody else")."""
    return _NAME.fullmatch(name) is not None


def one_line_phrases(
    text: str, para: Span, quotes: QuoteIndex, plural_nouns: frozenset[str]
) -> Iterator[tuple[int, int, str, str]]:
    """Yield ``(start, end, key, noun)`` for each one-line speaker's phrase in ``para`` that
    is the subject of a speech tag next to a quote (``key`` its lower-case form, ``noun``
    the person noun or the phrase itself). ``plural_nouns``: the plural person nouns a
    "one of the" phrase must end with."""
    if not any(text.find(word, para.start, para.end) >= 0 for word in PHRASE_CORES):
        return  # (four scans in C: most paragraphs hold none of the phrases)
    for m in _near_quotes(text, para, quotes):
        start, end, noun = m.start(), m.end(), None
        if m.group("words") is not None:
            # "one of the young men cried": the phrase ends at its first plural person noun
            words = list(re.finditer(r"[a-z]+", text[m.start("words") : end]))
            at = next((w for w in words if w.group() in plural_nouns), None)
            if at is None:
                continue
            noun, end = at.group(), m.start("words") + at.end()
        if quotes.find(start) >= 0 or not _tags(text, para, quotes, start, end):
            continue
        key = " ".join(text[start:end].lower().split())
        yield start, end, key, noun or key


def _near_quotes(text: str, para: Span, quotes: QuoteIndex) -> Iterator[re.Match[str]]:
    """Yield the phrase matches in the narration of ``para`` within ``_WINDOW`` characters
    of a quote's edge (where a tag's subject stands), so a paragraph costs its number of
    quotes, not its length."""
    pos = para.start
    while pos < para.end:
        nxt = quotes.next_start(pos)
        gap_end = min(nxt, para.end)
        if gap_end - pos <= 2 * _WINDOW:
            yield from _PHRASE.finditer(text, pos, gap_end)
        else:
            if pos > para.start:  # after a quote: '…," said another'
                yield from _PHRASE.finditer(text, pos, pos + _WINDOW)
            if gap_end < para.end:  # before one: 'somebody asked, "…'
                yield from _PHRASE.finditer(text, gap_end - _WINDOW, gap_end)
        if nxt >= para.end:
            return
        k = quotes.find(nxt)
        pos = max(quotes.bounds(k)[1], nxt + 1) if k >= 0 else nxt + 1


def _tags(text: str, para: Span, quotes: QuoteIndex, start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` is the subject of a speech tag by a quote:
    after its verb ("…," said another) or before it ("…" somebody exclaimed, / one of the
    men cried, "…")."""
    before = _VERB_BEFORE.search(text, max(para.start, start - 24), start)
    if before is not None and is_speech_verb(before.group(1)):
        if quotes.ends_before(before.start(), _TAG_GAP, para) or quotes.starts_after(
            end, _INTRO_GAP, para
        ):
            return True
    after = _VERB_AFTER.match(text, end, min(para.end, end + 30))
    if after is not None and (
        is_speech_verb(after.group(2))
        or (after.group(3) is not None and after.group(2) in PARTICLE_VERBS)
    ):
        return quotes.ends_before(start, _TAG_GAP, para) or quotes.starts_after(
            after.end(), _INTRO_GAP, para
        )
    return False


def own_lines(
    text: str, quotes: Sequence[Span], mentions: Sequence[Span], speakers: frozenset[str]
) -> dict[int, str]:
    """Return ``{quote index: speaker}`` for the lines the one-line ``speakers`` (their
    mentions among ``mentions``, in text order) tag: the quote that ends right before the
    tag's subject or its verb, else the one that starts right after the tag; and the quote
    after a tagged one when it is the second half of a line the tag splits
    (``speaker_split``) or goes on past the tag's full stop in the same paragraph."""
    found: dict[int, str] = {}
    starts = [q.start for q in quotes]
    ends = [q.end for q in quotes]
    for mention in mentions:
        if mention.label not in speakers:
            continue
        k = bisect_right(ends, mention.start) - 1
        if k >= 0 and _only_tag(text[quotes[k].end : mention.start]):
            found[k] = mention.label
            if k + 1 < len(quotes) and (
                continues_split_line(text, quotes[k], quotes[k + 1])
                or _goes_on(text[mention.end : quotes[k + 1].start])
                or (
                    text[quotes[k].start : quotes[k].end].rstrip(_MARKS).endswith(",")
                    and _SPLIT_REST.match(text[mention.end : quotes[k + 1].start]) is not None
                )
            ):
                found[k + 1] = mention.label
            continue
        n = bisect_right(starts, mention.end)
        if n < len(quotes) and _only_tag(text[mention.end : quotes[n].start]):
            found[n] = mention.label
    return found


def _goes_on(between: str) -> bool:
    """Whether a quote after a tag, with only the tag's full stop ``between`` them in one
    paragraph, goes on with the tagged speech ("…," cried one of the women. "We must…")."""
    return len(between) <= 4 and "\n" not in between and not between.strip(" \t.\"'“‘")


def _only_tag(between: str) -> bool:
    """Whether the narration ``between`` a quote and a tag's subject holds only
    punctuation and at most a speech verb with an adverb ("," cried / exclaimed, "),
    within a short reach."""
    if len(between) > _INTRO_GAP or "\n" in between:
        return False
    words = re.findall(r"[A-Za-z]+", between)
    if len(words) > 3:
        return False
    return not words or any(is_speech_verb(w.lower()) or w.lower() in PARTICLE_VERBS for w in words)
