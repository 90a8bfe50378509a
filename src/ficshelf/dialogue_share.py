"""Each character's share of a work's dialogue, and the colour the dialogue view gives them.

Colours are CSS classes from a fixed palette (``speaker-0`` … ``speaker-{PALETTE_SIZE-1}``,
defined in the stylesheet), handed out by how much each character speaks, so the main
speakers always get the first, most distinct colours; quotes nobody was found to say get
``speaker-unknown``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ficshelf.store.analysis import CharacterView, QuoteView

PALETTE_SIZE = 10
UNKNOWN = "speaker-unknown"


@dataclass(frozen=True, slots=True)
class SpeakerShare:
    """One speaker's part of the dialogue: name (``None`` for quotes nobody was found to
    say), colour class, quotes and words, and their shares of all story quotes and words
    (0 to 1); ``narrator`` marks the narrating character; ``tag`` is the work's character
    tag naming them ("Theodore Laurence" for the story's "Laurie"), ``None`` when no tag
    does; ``shown`` is the name to show, the tag's or else the story's."""

    name: str | None
    colour: str
    quotes: int
    words: int
    quote_share: float
    word_share: float
    narrator: bool = False
    tag: str | None = None

    @property
    def shown(self) -> str | None:
        return self.tag or self.name


def speaker_shares(
    characters: Sequence[CharacterView],
    quotes: Sequence[QuoteView],
    tags: Mapping[str, str] | None = None,
) -> tuple[tuple[SpeakerShare, ...], SpeakerShare]:
    """Return the speakers of the story's quotes (quotes in notes left out), most quotes
    first, each with its colour and the name of the character tag ``tags`` gives it
    (``speaker_names.tagged_names``), and the share of the quotes nobody was found to say."""
    counts: dict[str | None, tuple[int, int]] = {}
    for quote in quotes:
        if not quote.in_note:
            said, words = counts.get(quote.speaker, (0, 0))
            counts[quote.speaker] = (said + 1, words + quote.words)
    return tallied_shares(characters, counts, tags)


def tallied_shares(
    characters: Sequence[CharacterView],
    counts: Mapping[str | None, tuple[int, int]],
    tags: Mapping[str, str] | None = None,
) -> tuple[tuple[SpeakerShare, ...], SpeakerShare]:
    """``speaker_shares`` from the quotes and words each speaker says in the story
    (``counts``, ``None`` for nobody: ``store.analysis.speaker_tallies``)."""
    tags = tags or {}
    total_quotes = sum(t[0] for t in counts.values())
    total_words = sum(t[1] for t in counts.values())
    narrators = {c.name for c in characters if c.narrator}
    rank = {c.name: i for i, c in enumerate(characters)}

    def share(name: str | None, colour: str) -> SpeakerShare:
        said, words = counts.get(name, (0, 0))
        return SpeakerShare(
            name=name,
            colour=colour,
            quotes=said,
            words=words,
            quote_share=said / total_quotes if total_quotes else 0.0,
            word_share=words / total_words if total_words else 0.0,
            narrator=name in narrators,
            tag=tags.get(name) if name is not None else None,
        )

    named = sorted(
        (n for n in counts if n is not None),
        key=lambda n: (-counts[n][0], -counts[n][1], rank.get(n, len(rank)), n),
    )
    speakers = tuple(share(n, f"speaker-{i % PALETTE_SIZE}") for i, n in enumerate(named))
    return speakers, share(None, UNKNOWN)
