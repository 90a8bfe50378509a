"""One character as the characters stage (``characters``) builds it: its name, its mentions,
its lines of dialogue, its salience and its first mention. ``named_characters`` makes them
from the name clusters, ``character_canon`` and ``narrator_character`` add and join them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ficshelf.model import Span


@dataclass(slots=True)
class Character:
    """A character being built: its name, mentions, lines, salience and first mention."""

    name: str
    mentions: list[Span] = field(default_factory=list)
    dialogue: int = 0
    salience: float = 0.0
    first: Span | None = None

    def take(self, other: Character, in_order: bool = False) -> None:
        """Take ``other``'s mentions and lines, leaving it none (a join: ``other`` was
        another name of this character); ``in_order`` keeps the mentions in text order."""
        self.mentions.extend(other.mentions)
        if in_order:
            self.mentions.sort(key=lambda m: m.start)
        self.dialogue += other.dialogue
        other.mentions.clear()
        other.dialogue = 0
