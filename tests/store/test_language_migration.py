"""Migration 0010: a library imported before the language vocabulary holds each file's own
spelling of its language ("Deutsch", "pt-BR", "ptBR"); upgrading rewrites each into the
English name the archive now stores, so a language filter finds old and new works alike."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from sqlalchemy import select

from ficshelf.store.db import Database, _alembic_config, current_revision, head_revision
from ficshelf.store.schema import works
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.works import save_work
from work_builders import source_for, work_record

# what imports before the vocabulary stored (the file's words), and what is stored now
OLD_TO_NEW = {
    "English": "English",
    "EN": "English",
    "en-GB": "English",
    " english ": "English",
    "Deutsch": "German",
    "de": "German",
    "German": "German",
    "pt-BR": "Portuguese",
    "ptBR": "Portuguese",
    "Français": "French",
    "中文-普通话 國語": "Chinese",
    "zh_Hant": "Chinese",
    "Plattdüütsch": "Low German",
    "Elvish (Sindarin)": "Elvish (Sindarin)",  # no language known: kept as the file said
    "": None,
}


def _library_at_0009(db: Database) -> dict[str, int]:
    """Work ids by stored language, saved at revision 0009 with the old spellings."""
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0009")
        assert current_revision(conn) == "0009"
    ids: dict[str, int] = {}
    with db.begin() as conn:
        for n, old in enumerate([*OLD_TO_NEW, None]):
            text = f"Story number {n} of the old library.\n\nIt ends here."
            record = replace(work_record(text, title=f"Old {n}"), language=old)
            ids[repr(old)] = save_work(conn, record, source_for(f"{n}.txt", text)).work_id
    with db.connect() as conn:
        stored = dict(conn.execute(select(works.c.id, works.c.language)).all())
    assert {stored[ids[repr(old)]] for old in OLD_TO_NEW} == set(OLD_TO_NEW)
    return ids


def _found(db: Database, language: str) -> set[int]:
    with db.connect() as conn:
        result = search(conn, SearchRequest(language=language, per_page=200, facets=False))
    return {hit.work.id for hit in result.hits.items}


def test_upgrading_stores_every_language_in_one_spelling(db: Database) -> None:
    ids = _library_at_0009(db)
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
        assert current_revision(conn) == head_revision()
    with db.connect() as conn:
        stored = dict(conn.execute(select(works.c.id, works.c.language)).all())
    assert {old: stored[ids[repr(old)]] for old in OLD_TO_NEW} == OLD_TO_NEW
    assert stored[ids["None"]] is None


def test_a_language_filter_finds_old_and_new_works_alike(db: Database) -> None:
    ids = _library_at_0009(db)
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.begin() as conn:  # a work imported since, as the importer stores it
        text = "A new story.\n\nImported after the upgrade."
        record = replace(work_record(text, title="New"), language="Portuguese")
        new = save_work(conn, record, source_for("new.txt", text)).work_id
    for language in ("pt", "Portuguese", "português", "ptBR"):
        assert _found(db, language) == {ids["'pt-BR'"], ids["'ptBR'"], new}, language
    english = {ids[repr(old)] for old in ("English", "EN", "en-GB", " english ")}
    for language in ("en", "English", "ENGLISH"):
        assert _found(db, language) == english, language
    assert _found(db, "zh") == {ids["'中文-普通话 國語'"], ids["'zh_Hant'"]}
    assert _found(db, "Deutsch") == {ids["'Deutsch'"], ids["'de'"], ids["'German'"]}
