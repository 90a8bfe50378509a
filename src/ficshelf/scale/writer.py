"""Writing a batch's output folder: one CSV file per table, the analyses as JSON Lines,
the rejected files, and a summary.

Stories are written whole and in the order given (the runner gives them sorted by file):
Ctrl-C is held back while one story's rows go into the tables, so an interrupted batch
leaves tables that hold every row of the stories before the interruption and none after.
"""

from __future__ import annotations

import csv
import json
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from ficshelf.library import InferredFandom
from ficshelf.scale.interrupts import held_interrupts
from ficshelf.scale.stories import Story
from ficshelf.scale.tables import (
    LIBRARY_FANDOM_COLUMNS,
    REJECTED_COLUMNS,
    STORIES,
    STORY_TABLES,
    Row,
)

ANALYSES_FILE = "analyses.jsonl"
REJECTED_FILE = "rejected.csv"
LIBRARY_FANDOMS_FILE = "library_fandoms.csv"
SUMMARY_FILE = "summary.json"
TEXTS_FOLDER = "texts"
"""Where each story's analysed text is written, one UTF-8 file per story (``text_file``)."""


def text_file(number: int) -> str:
    """Return the path, relative to the output folder, of the ``number``-th story's text
    (counted from 1 in the order the stories are written: sorted by file)."""
    return f"{TEXTS_FOLDER}/{number:06}.txt"


class _CsvTable:
    def __init__(self, path: Path, columns: tuple[str, ...], stack: ExitStack) -> None:
        self.file: TextIO = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
        self.writer = csv.writer(self.file)
        self.writer.writerow(columns)

    def write(self, rows: list[Row]) -> None:
        self.writer.writerows(rows)


class BatchWriter:
    """The output folder of a batch: ``stories.csv``, ``characters.csv``, ``quotes.csv``,
    ``relationships.csv``, ``warnings.csv``, ``fandoms.csv`` (``tables.STORY_TABLES``),
    ``analyses.jsonl`` (a story's ``analyze --json`` object, ``file`` first, per line),
    ``rejected.csv`` (file, reason), ``library_fandoms.csv`` (written last, when the
    batch is done), ``texts/`` (the text each story's offsets index, named in the
    ``text_file`` column of ``stories.csv``) and, once closed, ``summary.json``. Files of
    an earlier batch there are replaced. Use it as a context manager."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self._stack = ExitStack()
        try:
            self._tables = [
                (t, _CsvTable(out / f"{t.name}.csv", t.columns, self._stack)) for t in STORY_TABLES
            ]
            self._rejected = _CsvTable(out / REJECTED_FILE, REJECTED_COLUMNS, self._stack)
            self._library = _CsvTable(
                out / LIBRARY_FANDOMS_FILE, LIBRARY_FANDOM_COLUMNS, self._stack
            )
            self._analyses: TextIO = self._stack.enter_context(
                (out / ANALYSES_FILE).open("w", encoding="utf-8", newline="\n")
            )
        except BaseException:
            self._stack.close()
            raise
        (out / SUMMARY_FILE).unlink(missing_ok=True)
        texts = out / TEXTS_FOLDER
        texts.mkdir(exist_ok=True)
        for stale in texts.glob("*.txt"):  # an earlier batch's
            stale.unlink()
        self._stories = 0
        self.library_written = False
        """Whether ``library_fandoms.csv`` holds the batch's inference (written last)."""

    def story(self, story: Story) -> None:
        """Write one story's rows into every table and its analysis into the JSON Lines."""
        name = text_file(self._stories + 1)
        rows: list[tuple[_CsvTable, list[Row]]] = []
        for table, csv_table in self._tables:
            table_rows = table.rows(story.path, story.analysis)
            if table is STORIES:  # its last columns: the file written here, the text's hash
                table_rows = [(*row[:-2], name, story.text_hash) for row in table_rows]
            rows.append((csv_table, table_rows))
        line = json.dumps({"file": story.path, **story.analysis}, ensure_ascii=False)
        with held_interrupts():
            # newline="": the text as analysed, "\r\n" included, so offsets stay exact
            with (self.out / name).open("w", encoding="utf-8", newline="") as text:
                text.write(story.text)
            self._stories += 1
            for csv_table, table_rows in rows:
                csv_table.write(table_rows)
            self._analyses.write(line + "\n")

    def rejected(self, path: str, reason: str) -> None:
        """Write one rejected file and the reason."""
        with held_interrupts():
            self._rejected.write([(path, reason)])

    def library_fandoms(self, found: list[tuple[str, InferredFandom]]) -> None:
        """Write the fandoms the batch's inference gave stories with none of their own."""
        rows: list[Row] = [
            (
                path,
                f.name,
                f.confidence,
                json.dumps(list(f.characters), ensure_ascii=False),
                json.dumps([list(span) for span in f.evidence]),
            )
            for path, f in found
        ]
        with held_interrupts():
            self._library.write(rows)
            self.library_written = True

    def summary(self, data: dict[str, Any]) -> None:
        """Write ``summary.json`` (what the batch did, as the CLI reports it)."""
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        with held_interrupts():
            (self.out / SUMMARY_FILE).write_text(text, encoding="utf-8")

    def close(self) -> None:
        """Flush and close every file (what was written stays whole)."""
        with held_interrupts():
            self._stack.close()

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
