"""Tags, synonyms and editor tags (store.tags), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Connection, select

from ficshelf.errors import NotFound
from ficshelf.model import Provenance, TagType
from ficshelf.store import tags as tags_module
from ficshelf.store.db import Database
from ficshelf.store.schema import tags, work_tags, works
from ficshelf.store.tags import (
    TagKey,
    canonical_tag_id,
    get_or_create_tags,
    set_canonical,
    set_editor_tag,
    tag_key,
)
from ficshelf.store.tags import (
    work_tags as tags_of,
)
from ficshelf.store.works import save_work
from work_builders import as_utc, count, given, inferred, source_for, work_record

FANDOM, CHARACTER, FREEFORM = TagType.FANDOM, TagType.CHARACTER, TagType.FREEFORM


def _one(conn: Connection, tag_type: TagType, name: str) -> int:
    return get_or_create_tags(conn, [(tag_type, name)])[(tag_type, name)]


def _canonical_column(conn: Connection, tag_id: int) -> int | None:
    value: int | None = conn.execute(
        select(tags.c.canonical_id).where(tags.c.id == tag_id)
    ).scalar_one()
    return value


def _saved_work(db: Database) -> int:
    record = work_record(
        tags=(
            given(FANDOM, "Gullrock Light"),
            inferred(CHARACTER, "Jo March", 0.8, (4, 8)),
            inferred(FREEFORM, "Storms", 0.7, (1, 2)),
        )
    )
    with db.begin() as conn:
        return save_work(conn, record, source_for("lamp.txt", record.text)).work_id


def test_tag_key_ignores_case_spacing_and_unicode_form() -> None:
    assert tag_key("  Jo   MARCH ") == tag_key("jo march") == "jo march"
    assert tag_key("Straße") == tag_key("STRASSE")
    assert tag_key("Pok\u00e9mon") == tag_key("Poke\u0301mon")
    assert tag_key("Jo March") != tag_key("Jo Marsh")


def test_tags_are_unique_per_type_whatever_the_case(db: Database) -> None:
    with db.begin() as conn:
        ids = get_or_create_tags(
            conn,
            [
                (FANDOM, "The Lantern Keeper"),
                (FANDOM, "the  lantern KEEPER"),
                (CHARACTER, "The Lantern Keeper"),
            ],
        )
    assert ids[(FANDOM, "The Lantern Keeper")] == ids[(FANDOM, "the  lantern KEEPER")]
    assert ids[(CHARACTER, "The Lantern Keeper")] != ids[(FANDOM, "The Lantern Keeper")]
    with db.begin() as conn:
        assert _one(conn, FANDOM, "THE LANTERN KEEPER") == ids[(FANDOM, "The Lantern Keeper")]
        stored = conn.execute(select(tags.c.type, tags.c.name).order_by(tags.c.id)).all()
    assert [tuple(row) for row in stored] == [
        ("character", "The Lantern Keeper"),
        ("fandom", "The Lantern Keeper"),
    ]


def test_many_tags_resolve_in_bulk_and_again_to_the_same_ids(db: Database) -> None:
    pairs = [(FREEFORM, f"Theme number {n}") for n in range(1200)]
    with db.begin() as conn:
        first = get_or_create_tags(conn, pairs)
    with db.begin() as conn:
        again = get_or_create_tags(conn, [(t, name.upper()) for t, name in reversed(pairs)])
        assert count(conn, tags) == 1200
    assert len(set(first.values())) == 1200
    assert {first[(t, name)] for t, name in pairs} == set(again.values())
    assert again[(FREEFORM, "THEME NUMBER 7")] == first[(FREEFORM, "Theme number 7")]


def test_blank_names_and_unknown_types_are_refused(db: Database) -> None:
    with db.begin() as conn:
        with pytest.raises(ValueError):
            get_or_create_tags(conn, [(FANDOM, " \t ")])
        with pytest.raises(ValueError):
            get_or_create_tags(conn, [("genre", "Horror")])  # type: ignore[list-item]
        assert count(conn, tags) == 0


def test_a_tag_added_meanwhile_by_another_importer_is_reused(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.begin() as conn:
        stored = _one(conn, FANDOM, "Gullrock Light")
    real = tags_module._tag_ids
    calls: list[int] = []

    def stale_once(conn: Connection, keys: list[TagKey]) -> dict[TagKey, int]:
        calls.append(1)
        return {} if len(calls) == 1 else real(conn, keys)

    monkeypatch.setattr(tags_module, "_tag_ids", stale_once)
    with db.begin() as conn:
        assert _one(conn, FANDOM, "gullrock light") == stored
        assert count(conn, tags) == 1
    assert len(calls) == 2


def test_a_synonym_resolves_to_its_canonical_tag(db: Database) -> None:
    work_id = _saved_work(db)
    with db.begin() as conn:
        set_canonical(conn, (CHARACTER, "jo march"), (CHARACTER, "Josephine March"))
        jo, josephine = _one(conn, CHARACTER, "Jo March"), _one(conn, CHARACTER, "Josephine March")
        assert canonical_tag_id(conn, jo) == josephine
        assert canonical_tag_id(conn, josephine) == josephine
        rows = {row.name: row.canonical for row in tags_of(conn, work_id)}
    assert rows == {
        "Gullrock Light": "Gullrock Light",
        "Jo March": "Josephine March",
        "Storms": "Storms",
    }


def test_synonyms_stay_one_step_from_their_canonical_tag(db: Database) -> None:
    with db.begin() as conn:
        set_canonical(conn, (CHARACTER, "Jo"), (CHARACTER, "Jo March"))
        set_canonical(conn, (CHARACTER, "Jo March"), (CHARACTER, "Josephine March"))
        jo, jo_march, josephine = (
            _one(conn, CHARACTER, name) for name in ("Jo", "Jo March", "Josephine March")
        )
        assert _canonical_column(conn, jo) == josephine
        assert _canonical_column(conn, jo_march) == josephine
        assert _canonical_column(conn, josephine) is None
        # Naming a synonym as the canonical one swaps the two.
        set_canonical(conn, (CHARACTER, "Josephine March"), (CHARACTER, "jo"))
        assert _canonical_column(conn, jo) is None
        assert _canonical_column(conn, josephine) == jo
        assert _canonical_column(conn, jo_march) == jo
        # A tag named as its own canonical tag stands alone again.
        set_canonical(conn, (CHARACTER, "Jo March"), (CHARACTER, "JO MARCH"))
        assert canonical_tag_id(conn, jo_march) == jo_march
        assert canonical_tag_id(conn, josephine) == jo


def test_synonyms_must_be_of_one_type_and_tags_must_exist(db: Database) -> None:
    with db.begin() as conn:
        with pytest.raises(ValueError):
            set_canonical(conn, (CHARACTER, "Gullrock"), (FANDOM, "Gullrock Light"))
        with pytest.raises(NotFound):
            canonical_tag_id(conn, 12345)


def test_editor_tags_add_remove_and_restore(db: Database) -> None:
    work_id = _saved_work(db)
    later = datetime(2030, 5, 5, tzinfo=UTC)
    with db.begin() as conn:
        set_editor_tag(conn, work_id, FREEFORM, "Lighthouses", now=later)
        stamp = conn.execute(select(works.c.modified_at)).scalar_one()
        assert as_utc(stamp) == later
        set_editor_tag(conn, work_id, FREEFORM, "storms", removed=True)
        names = {(r.name, r.provenance, r.confidence) for r in tags_of(conn, work_id)}
        assert names == {
            ("Gullrock Light", Provenance.AUTHOR, None),
            ("Jo March", Provenance.INFERRED, 0.8),
            ("Lighthouses", Provenance.EDITOR, None),
        }
        set_editor_tag(conn, work_id, FREEFORM, "Storms")
        storms = next(r for r in tags_of(conn, work_id) if r.name == "Storms")
    assert (storms.provenance, storms.confidence, storms.evidence, storms.removed) == (
        Provenance.EDITOR,
        0.7,
        ((1, 2),),
        False,
    )


def test_a_removal_of_a_tag_never_on_the_work_is_remembered(db: Database) -> None:
    work_id = _saved_work(db)
    with db.begin() as conn:
        set_editor_tag(conn, work_id, TagType.WARNING, "Major Character Death", removed=True)
        assert "Major Character Death" not in {r.name for r in tags_of(conn, work_id)}
        hidden = [r for r in tags_of(conn, work_id, include_removed=True) if r.removed]
        assert [(r.type, r.name) for r in hidden] == [(TagType.WARNING, "Major Character Death")]
        assert count(conn, work_tags) == 4


def test_a_works_tags_come_in_tag_type_order_then_by_name(db: Database) -> None:
    work_id = _saved_work(db)
    with db.begin() as conn:
        set_editor_tag(conn, work_id, TagType.RATING, "Teen")
        set_editor_tag(conn, work_id, CHARACTER, "ivo")
        order = [(r.type, r.name) for r in tags_of(conn, work_id)]
    assert order == [
        (FANDOM, "Gullrock Light"),
        (CHARACTER, "ivo"),
        (CHARACTER, "Jo March"),
        (TagType.RATING, "Teen"),
        (FREEFORM, "Storms"),
    ]
