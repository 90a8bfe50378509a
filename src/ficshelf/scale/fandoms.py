"""The library's corpus-level fandom inference, over the stories of a batch.

``ficshelf import`` gives a work with no fandom of its own the fandoms whose works share its
characters (``library.infer_fandoms``; its docstring gives the scoring). A batch stores
nothing, so ``BatchFandoms`` gathers what that reads from the batch itself: per character
(by tag key, as the store merges spellings), how many stories of each own fandom carry it,
and the character tags of the stories with no fandom; ``infer()`` then scores each of those
as the library would. As in the library, only stories' own fandoms (the file's or the
pipeline's) vote, so a guess never feeds the next guess; unlike it, no synonyms are made, so
"Jo March" and "Josephine March" are two characters here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ficshelf.library import InferredFandom, infer_fandoms
from ficshelf.scale.stories import Story
from ficshelf.store.library import CharacterLink
from ficshelf.store.tags import tag_key


@dataclass
class BatchFandoms:
    """The batch's character and fandom tags, gathered story by story (``add``)."""

    _ids: dict[str, int] = field(default_factory=dict)
    _counts: dict[int, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    _waiting: list[tuple[str, list[CharacterLink]]] = field(default_factory=list)

    def _id(self, name: str) -> int:
        return self._ids.setdefault(tag_key(name), len(self._ids))

    def add(self, story: Story) -> None:
        """Count the story's characters for its own fandoms, or keep its characters to
        infer its fandoms when it has none."""
        if story.fandoms:
            fandoms = {tag.name for tag in story.fandoms}
            for char_id in {self._id(tag.name) for tag in story.characters}:
                per_fandom = self._counts[char_id]
                for fandom in fandoms:
                    per_fandom[fandom] = per_fandom.get(fandom, 0) + 1
            return
        links = []
        for tag in story.characters:
            char_id = self._id(tag.name)
            links.append(
                CharacterLink(0, char_id, tag.name, char_id, tag.name, tag.confidence, tag.evidence)
            )
        self._waiting.append((story.path, links))

    def infer(self) -> list[tuple[str, InferredFandom]]:
        """Return ``(file, fandom)`` for each fandom the batch's stories give a story with
        no fandom of its own, in the order the stories were added, most confident first."""
        return [
            (path, found)
            for path, links in self._waiting
            for found in infer_fandoms(links, self._counts)
        ]
