"""What the passes of the "speakers" stage share: the state of each quote, the story's
context, and the confidence each kind of evidence gives.

``QuoteState`` is one quote as the sieve works on it (its paragraphs, the speaker decided so
far, a pronoun left to resolve); ``Context`` is the story around the quotes (text, cast,
paragraphs, sentences). The scores order the evidence from the surest (a named speech tag)
to the weakest (the most recently named character).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from ficshelf.model import Span
from ficshelf.understand.speaker_cues import Cast
from ficshelf.understand.story_marks import MARKS

MAX_TURN_GAP = 3
MAX_BEAT_CHARS = 200
HISTORY = 16
SCORE_NAMED_TAG = 0.95
SCORE_NARRATOR_TAG = 0.9
SCORE_INTRODUCED = 0.9
SCORE_SECOND_PERSON_TAG = 0.85
SCORE_PRONOUN_TAG = 0.85
SCORE_SAME_PARAGRAPH = 0.9
SCORE_CONTINUED = 0.85
SCORE_BEAT = 0.75
SCORE_PARAGRAPH_MENTION = 0.65
SCORE_ADDRESSED = 0.65
SCORE_NARRATED = 0.62
SCORE_ALTERNATION = 0.6
SCORE_RECENT = 0.5
SCORE_NOTE_CREDIT = 0.8
# What may stand between two lines that touch (spaces and quotation marks, nothing said):
# strip these from the gap and nothing is left.
GAP_MARKS = " \t\n" + MARKS


@dataclass(slots=True)
class QuoteState:
    """One quote as the sieve sees it: where it stands and what is decided about it."""

    span: Span
    para: int
    end_para: int
    label: str = ""
    score: float = 0.0
    tagged: bool = False
    # the tag stands before the quote and introduces it ("Mrs. Bennet said only, ...")
    introduced: bool = False
    addressed: list[str] = field(default_factory=list)
    # characters the quote names but does not address ("Mr. Darcy, who would not dance")
    about: list[str] = field(default_factory=list)
    # a "he"/"she" subject (of a speech tag or an action beat) left to the conversation pass
    hint: str = ""
    hint_pos: int = -1
    hint_score: float = 0.0
    # a tag defining its speaker against someone ("said his cousin", "said the other"):
    # ``relational_tags.AGAINST_*``, and whom the conversation pass found it to be
    against: str = ""
    not_speaker: str = ""
    # the tag names the speaker as that someone's spouse ("said his wife")
    spouse: bool = False
    # the span of a tag's subject that describes a person no character answers to ("said
    # her sister", "a stout woman cried"): ``described_tags``
    described: tuple[int, int] | None = None
    # the sieve rule that decided the speaker (a feature of the learned ranker)
    rule: str = ""
    # on a turn's first quote: the gender the turn's calls give its listener ("Yes, sir.";
    # ``listener_gender``), set by the conversation pass
    called: str = ""


@dataclass
class Context:
    """The story around the quotes, with sorted start offsets for bisecting."""

    text: str
    cast: Cast
    pov: str
    paragraphs: Sequence[Span]
    sentences: Sequence[Span]
    quotes: list[QuoteState]
    sentence_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)

    # running count of paragraphs that are not story (headings, scene breaks) up to each one
    breaks: list[int] = field(default_factory=list)
    # whether the paragraphs look guessed rather than printed dialogue's
    # (``speaker_quote_contexts.dialogue_paragraphs``), set once by the sieve
    guessed: bool = False

    def __post_init__(self) -> None:
        self.sentence_starts = [s.start for s in self.sentences]
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.quote_starts = [q.span.start for q in self.quotes]

    def breaks_between(self, first: int, last: int) -> bool:
        """Return whether a heading or scene break stands between paragraphs ``first`` and
        ``last`` (indices)."""
        if first < 0 or not self.breaks:
            return False
        return self.breaks[last] != self.breaks[first]

    def narrator_for(self, pronoun: str) -> str:
        """Return the narrator when ``pronoun`` ("i", or "you" in a second-person story)
        refers to them, else ""."""
        if pronoun == "i" or (pronoun == "you" and self.pov == "second"):
            return self.cast.narrator
        return ""


def fill_turn(turn: list[QuoteState], label: str, score: float, rule: str) -> None:
    """Give the quotes of ``turn`` that have no speaker yet ``label`` with ``score``, as
    decided by ``rule``."""
    for quote in turn:
        if not quote.label:
            quote.label, quote.score, quote.rule = label, score, rule


def adjoins(earlier: Sequence[QuoteState], later: Sequence[QuoteState]) -> bool:
    """Whether the turn ``later`` opens in the paragraph right after the one the turn
    ``earlier`` ends in (a reply, or a run going on, with no narration paragraph between)."""
    return later[0].para == earlier[-1].end_para + 1


def adjoining_runs(
    turns: Sequence[Sequence[QuoteState]], least: int
) -> Iterator[Sequence[Sequence[QuoteState]]]:
    """Yield each run of at least ``least`` turns in a row, each turn of it adjoining the
    one before (``adjoins``), in text order."""
    start = 0
    for t in range(1, len(turns) + 1):
        if t == len(turns) or not adjoins(turns[t - 1], turns[t]):
            if t - start >= least:
                yield turns[start:t]
            start = t


def paragraph_index(starts: list[int], pos: int) -> int:
    """Return the index of the paragraph (by ``starts``) that holds ``pos``."""
    return max(0, bisect_right(starts, pos) - 1)
