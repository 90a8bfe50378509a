"""The inferred tags the archive does not keep (store.pairing_links): pairings naming a
character a person took off the work, and those pairing an unnamed narrator, and the
character tags and pairings of described people ("the ferryman") that an older version
stored, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Connection, insert

from ficshelf.library import reconcile
from ficshelf.model import TagRecord, TagType
from ficshelf.search_query import parse_tag_ref
from ficshelf.store import schema
from ficshelf.store.db import Database
from ficshelf.store.discover import autocomplete
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.tags import get_or_create_tags, set_editor_tag, work_tags
from ficshelf.store.works import save_work
from work_builders import LANTERN, given, inferred, source_for, work_record

CHARACTER, RELATIONSHIP = TagType.CHARACTER, TagType.RELATIONSHIP


def _tags(*extra: TagRecord) -> tuple[TagRecord, ...]:
    return (
        inferred(CHARACTER, "Marguerite", 0.9, (4, 8)),
        inferred(CHARACTER, "Tobias", 0.8, (10, 14)),
        inferred(CHARACTER, "Ivo", 0.8, (20, 23)),
        inferred(RELATIONSHIP, "Marguerite/Tobias", 0.7, (4, 14)),
        inferred(RELATIONSHIP, "Ivo & Tobias", 0.5, (10, 23)),
        inferred(RELATIONSHIP, "Ivo & Marguerite", 0.5, (4, 23)),
        given(RELATIONSHIP, "Marguerite/Tobias (Gullrock)"),
        *extra,
    )


def _names(conn: Connection, work_id: int, tag_type: TagType) -> set[str]:
    return {row.name for row in work_tags(conn, work_id) if row.type == tag_type}


def test_a_removed_character_does_not_come_back_inside_an_inferred_pairing(db: Database) -> None:
    record = work_record(tags=_tags())
    with db.begin() as conn:
        work_id = save_work(conn, record, source_for("lamp.txt", record.text)).work_id
        set_editor_tag(conn, work_id, CHARACTER, "tobias", removed=True)
        # At once: the inferred pairings naming him go; the file's own pairing stays.
        after_edit = _names(conn, work_id, RELATIONSHIP)
    assert after_edit == {"Ivo & Marguerite", "Marguerite/Tobias (Gullrock)"}
    changed = work_record(LANTERN + " The gulls won.", tags=_tags())
    with db.begin() as conn:
        assert save_work(conn, changed, source_for("lamp.txt", changed.text)).work_id == work_id
        assert _names(conn, work_id, RELATIONSHIP) == after_edit  # a re-import keeps it so
        assert "Tobias" not in _names(conn, work_id, CHARACTER)
        # Put back, he is paired again by the next re-import.
        set_editor_tag(conn, work_id, CHARACTER, "Tobias")
    again = work_record(LANTERN + " The gulls lost.", tags=_tags())
    with db.begin() as conn:
        save_work(conn, again, source_for("lamp.txt", again.text))
        assert {"Marguerite/Tobias", "Ivo & Tobias"} <= _names(conn, work_id, RELATIONSHIP)


def _carrying(conn: Connection, ref: str) -> int:
    return search(conn, SearchRequest(include=(parse_tag_ref(ref),))).total


def _link(conn: Connection, work_id: int, tag_type: TagType, name: str, **row: object) -> None:
    tag_id = get_or_create_tags(conn, [(tag_type, name)])[(tag_type, name)]
    values = {"provenance": "inferred", "confidence": 0.6, "evidence": [], "removed": False}
    conn.execute(
        insert(schema.work_tags), [{"work_id": work_id, "tag_id": tag_id, **values, **row}]
    )


def test_reconcile_drops_the_pairings_an_older_version_stored(db: Database) -> None:
    """A library an older version filled: unnamed narrators paired across works, and a
    pairing naming a character a person had taken off."""
    first = work_record(
        tags=(given(RELATIONSHIP, "Narrator/Reader"), inferred(CHARACTER, "Smee", 0.9, (1, 4)))
    )
    second = work_record(LANTERN + " Jeeves came.", title="Second")
    with db.begin() as conn:
        one = save_work(conn, first, source_for("one.txt", first.text)).work_id
        two = save_work(conn, second, source_for("two.txt", second.text)).work_id
        _link(conn, one, RELATIONSHIP, "Narrator & Smee")
        _link(conn, two, RELATIONSHIP, "Narrator & Reginald Jeeves")
        _link(conn, two, RELATIONSHIP, "Ivo & Tobias")
        _link(conn, two, RELATIONSHIP, "Ivo & Reginald Jeeves")
        _link(conn, two, CHARACTER, "Tobias", provenance="editor", removed=True)
        _link(conn, two, RELATIONSHIP, "Narrator & Ivo", provenance="editor")
        assert len(autocomplete(conn, "Narrator", RELATIONSHIP)) == 4
        assert _carrying(conn, "relationship:Narrator & Smee") == 1
        report = reconcile(conn)
        assert report.dropped == [
            (one, RELATIONSHIP, "Narrator & Smee"),
            (two, RELATIONSHIP, "Ivo & Tobias"),
            (two, RELATIONSHIP, "Narrator & Reginald Jeeves"),
        ]
        # The file's and the person's tags stay; the narrators share no tag page any more.
        names = [s.name for s in autocomplete(conn, "Narrator", RELATIONSHIP)]
        assert sorted(names) == ["Narrator & Ivo", "Narrator/Reader"]
        assert _names(conn, two, RELATIONSHIP) == {"Ivo & Reginald Jeeves", "Narrator & Ivo"}
        assert _carrying(conn, "relationship:Narrator & Smee") == 0  # reindexed
        assert reconcile(conn).dropped == []


def test_a_described_person_is_stored_as_no_inferred_tag(db: Database) -> None:
    """Saving leaves out an inferred "the ferryman" and its pairing; the file's own tag of
    that name is kept."""
    record = work_record(
        tags=(
            inferred(CHARACTER, "the ferryman", 0.9, (1, 4)),
            inferred(CHARACTER, "Ann", 0.9, (5, 8)),
            inferred(RELATIONSHIP, "Ann & the ferryman", 0.8, (1, 8)),
            inferred(RELATIONSHIP, "d'Artagnan & Ann", 0.8, (1, 8)),
            given(RELATIONSHIP, "her father & Ann"),
        )
    )
    with db.begin() as conn:
        work_id = save_work(conn, record, source_for("one.txt", record.text)).work_id
        assert _names(conn, work_id, CHARACTER) == {"Ann"}
        assert _names(conn, work_id, RELATIONSHIP) == {"d'Artagnan & Ann", "her father & Ann"}


def test_reconcile_drops_the_described_people_an_older_version_tagged(db: Database) -> None:
    """An older version tagged "the ferryman" of unrelated canons as one character (and
    paired him): reconcile drops those inferred links, also one the library had moved to
    a fandom-qualified tag; a file's and a person's stay."""
    first = work_record(title="First")
    second = work_record(LANTERN + " The river rose.", title="Second")
    with db.begin() as conn:
        one = save_work(conn, first, source_for("one.txt", first.text)).work_id
        two = save_work(conn, second, source_for("two.txt", second.text)).work_id
        _link(conn, one, CHARACTER, "the ferryman")
        _link(conn, one, RELATIONSHIP, "Orpheus/the ferryman")
        _link(conn, one, CHARACTER, "Orpheus")
        _link(conn, two, CHARACTER, "the ferryman", provenance="author")
        _link(conn, two, CHARACTER, "her father")
        _link(conn, two, RELATIONSHIP, "Ivo & my mother")
        _link(conn, two, RELATIONSHIP, "Ivo & the porter", provenance="editor")
        _link(conn, two, RELATIONSHIP, "Ivo & d'Artagnan")
        # A link the library moved to a qualified spelling is judged by its own name.
        qualified = "the porter (Gullrock)"
        _link(conn, two, CHARACTER, qualified)
        ids = get_or_create_tags(conn, [(CHARACTER, "the porter")])
        conn.execute(
            insert(schema.library_relinks),
            [
                {
                    "work_id": two,
                    "tag_id": get_or_create_tags(conn, [(CHARACTER, qualified)])[
                        (CHARACTER, qualified)
                    ],
                    "from_tag_id": ids[(CHARACTER, "the porter")],
                }
            ],
        )
        assert _carrying(conn, "character:the ferryman") == 2
        report = reconcile(conn)
        assert report.dropped == [
            (one, CHARACTER, "the ferryman"),
            (one, RELATIONSHIP, "Orpheus/the ferryman"),
            (two, CHARACTER, "her father"),
            (two, CHARACTER, "the porter"),
            (two, RELATIONSHIP, "Ivo & my mother"),
        ]
        assert _carrying(conn, "character:the ferryman") == 1  # the file's own, reindexed
        assert _names(conn, one, CHARACTER) == {"Orpheus"}
        assert _names(conn, two, RELATIONSHIP) == {"Ivo & the porter", "Ivo & d'Artagnan"}
        assert reconcile(conn).dropped == []
