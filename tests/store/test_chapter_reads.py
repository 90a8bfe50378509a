"""Reading some of a work's chapters and their lengths without their text
(``store.browse.chapter_sizes``, ``chapters_numbered``), on both backends: the lengths are
in characters, as Python counts them, so the entire work's parts laid out from them
(``text_parts.work_layout``) are the parts cut from the text."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from ficshelf.model import ChapterRecord
from ficshelf.store.browse import all_chapters, chapter_sizes, chapters_numbered
from ficshelf.store.db import Database
from ficshelf.store.works import save_work
from work_builders import source_for, work_record


def test_chapter_sizes_count_characters_and_chapters_come_by_number(db: Database) -> None:
    htmls = ["<p>Ébène — “quoted” 🌊</p>", "<p>" + "ß" * 5000 + "</p>", "<p>plain</p>"]
    chapters = tuple(
        ChapterRecord(n, f"Chapter {n + 1}", n * 10, n * 10 + 9, html, 3)
        for n, html in enumerate(htmls)
    )
    record = dataclasses.replace(work_record("One\n\nTwo\n\nThree"), chapters=chapters)
    source = source_for("/sizes.txt", record.text)
    with db.begin() as conn:
        work_id = save_work(conn, record, source, now=datetime(2024, 1, 1, tzinfo=UTC)).work_id
    with db.connect() as conn:
        assert chapter_sizes(conn, work_id) == tuple(len(h) for h in htmls)
        assert chapter_sizes(conn, 999) == ()
        picked = chapters_numbered(conn, work_id, [3, 1, 7])
        assert [(c.number, c.html) for c in picked] == [(1, htmls[0]), (3, htmls[2])]
        assert chapters_numbered(conn, work_id, []) == ()
        assert [c.html for c in all_chapters(conn, work_id)] == htmls
