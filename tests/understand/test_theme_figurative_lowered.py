"""``theme_evidence.figurative`` reads a figurative use in the text lower-cased by
``theme_matcher.plainly_lowered`` when the caller holds it (case-sensitive patterns, a
speed-up only): the answer must be the one the case-blind patterns give in the text."""

from __future__ import annotations

import re
import sys

from ficshelf.model import Span
from ficshelf.understand import theme_context
from ficshelf.understand.theme_evidence import figurative
from ficshelf.understand.theme_matcher import plainly_lowered

# Invented lines: figurative uses in every case, beside literal ones.
_LINES = [
    "I was DYING TO see the show, and Dying to tell you; the old dog was dying.",
    "She laughed. 'I could murder a pint of Tea,' he said. They Killed Time at the docks.",
    "He was Dead Tired and dead serious, Drunk With Joy, then drunk on the porch.",
    "The fire DIED DOWN at dusk. Over My Dead Body! The Grave Voice said nothing.",
    "Sick And Tired of waiting, she was sick with WORRY; Ill-Tempered and ill at ease.",
    "Frightened Out Of Her Wits, he said a Dose Of Reality would do; the weeds grew.",
    "I'd die for you. I'll Die For nobody. Killer Heels clicked; a killer smiled.",
]


def test_the_lowered_reading_gives_the_case_blind_answer() -> None:
    hits = 0
    for line in _LINES:
        lowered = plainly_lowered(line)
        assert lowered is not None
        sentence = Span(0, len(line))
        for tag in theme_context.FIGURATIVE:
            for cue in re.finditer(r"\w+", line):
                start, end = cue.span()
                plain = figurative(line, tag, start, end, sentence)
                assert figurative(line, tag, start, end, sentence, lowered) == plain, (tag, cue)
                hits += plain
    assert hits > 20  # the lines do hold figurative uses


def test_lower_casing_keeps_which_characters_are_word_characters() -> None:
    # the patterns' ``(?<!\w)`` and ``(?!\w)`` read the lowered text the same way
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        low = char.lower()
        if low != char and len(low) == 1:
            assert bool(word.match(char)) == bool(word.match(low)), hex(code)


def test_each_cue_matches_in_the_lowered_text_where_it_matches_case_blind() -> None:
    # ``theme_cue_tally._cues_at`` tries the lowered cue first (``Cue.match_lowered``, which
    # keeps to ``Cue.lowered_pattern``: test_theme_matcher) and skips the cue where it does
    # not match: the lowered and the case-blind patterns must agree at every word start of
    # the scenes
    from theme_recall_texts import CONTRASTS, POSITIVES

    from ficshelf.understand.theme_cue_tally import cue_index

    passages = [p for table in (POSITIVES, CONTRASTS) for pairs in table.values() for _, p in pairs]
    cased = [p.upper() for p in passages[1::40]] + [p.title() for p in passages[2::40]]
    passages = passages[::10] + cased
    cues = {id(c): c for group in cue_index().keyed.values() for c in group}.values()
    assert all(cue.lowered_pattern is not None for cue in cues)
    agreed = 0
    for passage in passages:
        lowered = plainly_lowered(passage)
        assert lowered is not None
        for word in re.finditer(r"\b\w", passage):
            pos = word.start()
            for cue in cues:
                quick = cue.lowered_pattern
                assert quick is not None
                found = cue.pattern.match(passage, pos) is not None
                assert (quick.match(lowered, pos) is not None) == found, (cue.source, pos)
                agreed += found
    assert agreed > 30


def test_a_tags_lowered_uses_are_compiled_on_its_first_cue_alone() -> None:
    # (round speed39: the 16 tags' patterns were compiled at import, for every process)
    from ficshelf.understand import theme_evidence

    theme_evidence._figurative_lower.cache_clear()
    line = "The kettle was dying to boil."
    lowered = plainly_lowered(line)
    start = line.index("dying")
    assert figurative(line, "death/grief", start, start + 5, Span(0, len(line)), lowered)
    assert theme_evidence._figurative_lower.cache_info().currsize == 1
