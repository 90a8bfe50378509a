"""Importing real AO3 downloads: the tags the file gives stay the author's and win over what
the pipeline infers; a person's edit wins over both and survives re-importing."""

from __future__ import annotations

import shutil
from pathlib import Path

from ficshelf.importer import import_paths
from ficshelf.ingest import read_document
from ficshelf.model import Provenance, TagType
from ficshelf.store.browse import list_works
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag, work_tags
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict


def test_given_tags_win_over_inferred_ones(db: Database, ao3_downloads: Path) -> None:
    summary = import_paths(db, sorted(ao3_downloads.glob("*.html")))
    assert summary.counts["imported"] == 2
    with db.connect() as conn:
        for work in list_works(conn, 1, 10).items:
            tags = work_tags(conn, work.id)
            given = [t for t in tags if t.provenance is Provenance.AUTHOR]
            inferred = [t for t in tags if t.provenance is Provenance.INFERRED]
            assert given and inferred, work.title
            inferred_types = {t.type for t in inferred}
            # The file states a rating and fandoms: none is inferred.
            assert TagType.RATING not in inferred_types and TagType.FANDOM not in inferred_types
            assert {TagType.POV, TagType.TENSE} <= inferred_types
            given_people = {t.name.split(" (")[0] for t in given if t.type == TagType.CHARACTER}
            for tag in inferred:
                assert tag.confidence is not None and 0 < tag.confidence <= 1
                assert tag.evidence, tag
                if tag.type == TagType.CHARACTER:
                    first = tag.name.split()[0]
                    assert not any(first in person.split() for person in given_people), tag


def test_a_person_edit_survives_reimport(db: Database, ao3_downloads: Path, tmp_path: Path) -> None:
    copy = tmp_path / "work.html"
    shutil.copy(ao3_downloads / "htmlTest.html", copy)
    import_paths(db, [copy])
    with db.connect() as conn:
        (work,) = list_works(conn, 1, 10).items
        inferred = [t for t in work_tags(conn, work.id) if t.provenance is Provenance.INFERRED]
    pov = next(t for t in inferred if t.type == TagType.POV)
    with db.begin() as conn:
        set_editor_tag(conn, work.id, TagType.POV, pov.name, removed=True)
        set_editor_tag(conn, work.id, TagType.POV, "Second Person")
    data = copy.read_bytes()
    story = b"<p>Their contact was late.</p>"
    assert story in data
    copy.write_bytes(data.replace(story, b"<p>One more line.</p>" + story, 1))
    again = import_paths(db, [copy])
    assert again.counts["updated"] == 1  # analysed and saved again
    with db.connect() as conn:
        tags = {(t.type, t.name): t for t in work_tags(conn, work.id, include_removed=True)}
    assert tags[(TagType.POV, pov.name)].removed
    assert tags[(TagType.POV, "Second Person")].provenance is Provenance.EDITOR


UNNAMED_NARRATOR_STORY = """The Orchard Wall

Marguerite found me by the orchard wall at dusk.

"You came back," Marguerite said.

"I said I would," I said.

She laughed and took my hand. Tobias watched us from the gate.

"Are you staying?" Tobias asked.

"For a while," I said. "Marguerite asked me to."

Marguerite kissed my cheek. "He always keeps his word," Marguerite told Tobias.

"I know," Tobias said. He went back into the house.

I walked with Marguerite until the stars came out. "I missed you," I told her.

"I missed you too," Marguerite said, and kissed me.
"""


def test_an_unnamed_narrator_is_tagged_neither_alone_nor_in_a_pairing(
    db: Database, tmp_path: Path
) -> None:
    """The analysis reports the narrator's pairing ("Marguerite" and "Narrator"), but a
    narrator the story never names is no identity across works: no tag of the archive
    names them, on import or re-import."""
    story = tmp_path / "orchard.txt"
    story.write_text(UNNAMED_NARRATOR_STORY, encoding="utf-8")
    analysis = analyze(read_document(str(story), story.read_bytes()))
    pairs = [r["characters"] for r in analysis_to_dict(analysis)["relationships"]]
    assert ["Marguerite", "Narrator"] in pairs
    for text in (UNNAMED_NARRATOR_STORY, UNNAMED_NARRATOR_STORY + "\nThe gate creaked.\n"):
        story.write_text(text, encoding="utf-8")
        import_paths(db, [story])
        with db.connect() as conn:
            (work,) = list_works(conn, 1, 10).items
            names = {(t.type, t.name) for t in work_tags(conn, work.id)}
        assert (TagType.CHARACTER, "Marguerite") in names
        assert not [name for _, name in names if "Narrator" in name], names
