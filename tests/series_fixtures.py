"""Small AO3-style HTML downloads in series, written for these tests: two parts (and a
fourth) of quillwright's "Letters from the Lighthouse" (AO3 series 501; part 3 is not in
the archive) and a first part of otherhand's series of the same name (AO3 series 777).

``write_series_files(folder)`` writes them and returns their paths by file name,
``import_series_files`` imports them too; the markup is AO3's download preface (``dl.tags``
with a "Series:" entry linking the series page)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from sqlalchemy import select

from ficshelf.importer import ImportStatus, import_paths
from ficshelf.store import schema
from ficshelf.store.db import Database

SERIES_NAME = "Letters from the Lighthouse"


@dataclass(frozen=True)
class SeriesFile:
    """One download: its file name, title, author, AO3 ids, part and story paragraphs."""

    name: str
    title: str
    author: str
    work_id: int
    series_id: int
    part: int
    paragraphs: tuple[str, ...]


FILES = (
    SeriesFile(
        "letters-1.html",
        "The First Letter",
        "quillwright",
        9001,
        501,
        1,
        (
            "Maren Holt climbed the lighthouse stairs with the first letter in her coat.",
            '"It came on the supply boat," Ivo said. "Nobody else writes to you."',
        ),
    ),
    SeriesFile(
        "letters-2.html",
        "The Second Letter",
        "quillwright",
        9002,
        501,
        2,
        (
            "The second letter came in a storm, and Maren read it by the lamp.",
            '"Another one," Ivo said, shaking the rain from his hat.',
        ),
    ),
    SeriesFile(
        "letters-4.html",
        "The Last Letter",
        "quillwright",
        9004,
        501,
        4,
        (
            "By the fourth letter Maren knew the hand, and she answered it at last.",
            '"Will you send it?" Ivo asked. She folded it twice.',
        ),
    ),
    SeriesFile(
        "other-letters.html",
        "Letters Never Sent",
        "otherhand",
        7001,
        777,
        1,
        (
            "Bea kept her letters in a tin under the floor of the boathouse.",
            "Nobody read them, which was the point of them.",
        ),
    ),
)


def ao3_download(file: SeriesFile) -> str:
    """The HTML of ``file`` as AO3's download writes it."""
    series_page = f"https://archiveofourown.org/series/{file.series_id}"
    body = "".join(f"<p>{escape(p)}</p>" for p in file.paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>{escape(file.title)} - {file.author}</title></head>
<body>
<div id="preface">
  <p class="message"><b>{escape(file.title)}</b><br/>Posted originally on the
    <a href="https://archiveofourown.org/">Archive of Our Own</a> at
    <a href="https://archiveofourown.org/works/{file.work_id}">https://archiveofourown.org/works/{file.work_id}</a>.</p>
  <div class="meta"><dl class="tags">
    <dt>Rating:</dt><dd><a href="#">General Audiences</a></dd>
    <dt>Archive Warning:</dt><dd><a href="#">No Archive Warnings Apply</a></dd>
    <dt>Fandom:</dt><dd><a href="#">Gullrock Chronicles</a></dd>
    <dt>Language:</dt><dd>English</dd>
    <dt>Series:</dt>
    <dd>Part {file.part} of <a href="{series_page}">{escape(SERIES_NAME)}</a></dd>
    <dt>Stats:</dt><dd>Published: 2023-0{file.part}-01 Words: 30 Chapters: 1/1</dd>
  </dl>
  <h1>{escape(file.title)}</h1>
  <div class="byline">by <a rel="author" href="#">{file.author}</a></div>
  </div>
</div>
<div id="chapters" class="userstuff"><div class="userstuff">{body}</div></div>
</body></html>
"""


def write_series_files(folder: Path) -> dict[str, Path]:
    """Write every file of ``FILES`` into ``folder``; return their paths by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for file in FILES:
        path = folder / file.name
        path.write_text(ao3_download(file), encoding="utf-8")
        paths[file.name] = path
    return paths


def import_series_files(db: Database, folder: Path) -> dict[str, int]:
    """Write ``FILES`` into ``folder``, import them into ``db`` with the real importer (one
    process) and return the id of each one's work by file name."""
    paths = write_series_files(folder)
    summary = import_paths(db, [folder], jobs=1)
    assert summary.counts[ImportStatus.IMPORTED] == len(FILES), summary
    sources = schema.sources
    with db.connect() as conn:
        found = dict(conn.execute(select(sources.c.path, sources.c.work_id)).all())
    return {name: found[str(path)] for name, path in paths.items()}
