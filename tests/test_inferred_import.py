"""Importing real AO3 downloads: the tags the file gives stay the author's and win over what
the pipeline infers; a person's edit wins over both and survives re-importing."""

from __future__ import annotations

import shutil
from pathlib import Path

from ficshelf.importer import import_paths
from ficshelf.model import Provenance, TagType
from ficshelf.store.browse import list_works
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag, work_tags


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
