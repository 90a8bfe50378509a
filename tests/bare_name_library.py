"""A library whose wrangler scoped the first name "Harry" to two fandoms, for the bare
name filter tests (store, CLI and web); every text and name invented."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection

from ficshelf.library import reconcile
from ficshelf.model import Provenance, SourceRecord, TagRecord, TagType
from ficshelf.store.works import save_work
from work_builders import one_chapter_work

HARROWGATE = "Harrowgate Chronicles"
SALTMARSH = "Saltmarsh Tales"


def char(name: str) -> TagRecord:
    return TagRecord(TagType.CHARACTER, name, Provenance.INFERRED, 0.8, ((0, 4),))


def given(tag_type: TagType, name: str) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.AUTHOR, None, ())


def save(conn: Connection, text: str, tags: Sequence[TagRecord]) -> int:
    record = one_chapter_work(text, title=text[:20], tags=tags)
    source = SourceRecord(f"/fics/{record.text_hash[:12]}.txt", record.text_hash, 1, "txt")
    return save_work(conn, record, source).work_id


def library(conn: Connection) -> dict[str, int]:
    """Two fandoms that each call a character "Harry"; no work keeps the bare "Harry"."""
    harrowgate, saltmarsh = given(TagType.FANDOM, HARROWGATE), given(TagType.FANDOM, SALTMARSH)
    pairing = TagRecord(TagType.RELATIONSHIP, "Ama Osei/Harry", Provenance.INFERRED, 0.7, ())
    works = {
        "lamp": save(conn, "Henry Vance trimmed the wick.", [harrowgate, char("Henry Vance")]),
        "pier": save(conn, "Harry met Ama Osei.", [harrowgate, char("Harry"), pairing]),
        "dunes": save(conn, "Harry Okafor counted gulls.", [saltmarsh, char("Harry Okafor")]),
        "marsh": save(conn, "Harry crossed the marsh.", [saltmarsh, char("Harry")]),
        "kiln": save(conn, "Potters fired the kiln.", [harrowgate, char("Ama Osei")]),
    }
    reconcile(conn)
    return works
