"""The library's fandom inference over a batch: a story with no fandom of its own gets the
fandoms of the batch's stories that share its characters, scored as ``library.infer_fandoms``
scores them; stories with a fandom keep theirs, and a guess never votes."""

from __future__ import annotations

from ficshelf.library import infer_fandoms
from ficshelf.model import Provenance, TagRecord, TagType
from ficshelf.scale.fandoms import BatchFandoms
from ficshelf.scale.stories import Story
from ficshelf.store.library import CharacterLink


def _story(path: str, characters: list[str], fandoms: list[str]) -> Story:
    cast = tuple(
        TagRecord(TagType.CHARACTER, name, Provenance.INFERRED, 0.8, ((i, i + 5),))
        for i, name in enumerate(characters)
    )
    own = tuple(TagRecord(TagType.FANDOM, name, Provenance.AUTHOR) for name in fandoms)
    return Story(path, "txt", 100, "0" * 64, {}, cast, own)


def test_a_fandomless_story_gets_the_fandom_its_characters_share() -> None:
    batch = BatchFandoms()
    batch.add(_story("/a.txt", ["Maren Holt", "Tobias Fenn", "John"], ["Harbour Tales"]))
    batch.add(_story("/b.txt", ["maren  holt", "Tobias Fenn"], ["Harbour Tales"]))
    batch.add(_story("/c.txt", ["Ilse Brandt", "Tobias Fenn"], ["Orchard Days"]))
    batch.add(_story("/d.txt", ["Maren Holt", "Tobias Fenn", "John"], []))
    batch.add(_story("/e.txt", ["Nobody Known"], []))
    found = batch.infer()
    assert [(path, f.name) for path, f in found] == [("/d.txt", "Harbour Tales")]
    links = [
        CharacterLink(0, i, name, i, name, 0.8, ((k, k + 5),))
        for i, (k, name) in enumerate(enumerate(["Maren Holt", "Tobias Fenn", "John"]))
    ]
    counts = {0: {"Harbour Tales": 2}, 1: {"Harbour Tales": 2, "Orchard Days": 1}}
    assert found[0][1] == infer_fandoms(links, counts)[0]
    assert found[0][1].characters == ("Maren Holt", "Tobias Fenn")


def test_a_guess_does_not_vote() -> None:
    batch = BatchFandoms()
    batch.add(_story("/a.txt", ["Maren Holt", "Tobias Fenn"], ["Harbour Tales"]))
    batch.add(_story("/b.txt", ["Maren Holt", "Tobias Fenn"], ["Harbour Tales"]))
    batch.add(_story("/c.txt", ["Maren Holt", "Tobias Fenn", "Ada Quill"], []))
    batch.add(_story("/d.txt", ["Ada Quill", "Bram Quill"], []))
    assert [path for path, _ in batch.infer()] == ["/c.txt"]
