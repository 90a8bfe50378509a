"""The tables of a batch: rows cut from each story's ``analyze --json`` object.

Each table is a list of columns and a function from one story (its file and analysis) to
rows. Names, offsets and values are exactly those of ``analyze --json``; a cell that holds a
list (authors, fandoms, aliases, evidence spans) holds it as a JSON array, so that a name
with a comma or a semicolon in it stays one name. ``file`` is the story's display path, as
``ficshelf import`` reports it (``archive.zip!folder/story.txt`` for a zip member), and
joins the tables.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Cell = str | int | float | bool | None
Row = tuple[Cell, ...]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _spans(spans: Sequence[dict[str, int]]) -> str:
    return _json([[span["start"], span["end"]] for span in spans])


@dataclass(frozen=True)
class Table:
    """One output table: its file stem, its columns and the rows of one story."""

    name: str
    columns: tuple[str, ...]
    rows: Callable[[str, dict[str, Any]], list[Row]]


def _story_rows(file: str, a: dict[str, Any]) -> list[Row]:
    return [
        (
            file,
            a["title"],
            _json(a["authors"]),
            a.get("language"),
            a["pov"]["value"],
            a["pov"]["confidence"],
            a["tense"]["value"],
            a["tense"]["confidence"],
            a["narrator"],
            a["word_count"],
            a["rating"],
            a.get("rating_confidence"),
            _json([f["name"] for f in a["fandoms"]]),
            len(a["characters"]),
            len(a["quotes"]),
            sum(1 for q in a["quotes"] if q["speaker"]),
            len(a["relationships"]),
            len(a["warnings"]),
            len(a["chapters"]),
            len(a["notes"]),
            None,  # text_file: the writer names the file it writes the story's text into
            None,  # text_hash: the writer gives the story's (its text is not in the analysis)
        )
    ]


def _character_rows(file: str, a: dict[str, Any]) -> list[Row]:
    return [
        (file, c["name"], _json(c["aliases"]), c["mentions"], c["quotes"], c.get("named"))
        for c in a["characters"]
    ]


def _quote_rows(file: str, a: dict[str, Any]) -> list[Row]:
    return [
        (file, q["start"], q["end"], q["text"], q["speaker"], q["confidence"]) for q in a["quotes"]
    ]


def _relationship_rows(file: str, a: dict[str, Any]) -> list[Row]:
    return [
        (
            file,
            r["characters"][0],
            r["characters"][1],
            r["kind"],
            r["prominence"],
            r["score"],
            _spans(r["evidence"]),
        )
        for r in a["relationships"]
    ]


def _warning_rows(file: str, a: dict[str, Any]) -> list[Row]:
    return [
        (file, w["tag"], w["confidence"], w.get("provenance"), _spans(w["evidence"]))
        for w in a["warnings"]
    ]


def _fandom_rows(file: str, a: dict[str, Any]) -> list[Row]:
    return [(file, f["name"], f["confidence"], _spans(f["evidence"])) for f in a["fandoms"]]


STORIES = Table(
    "stories",
    (
        "file",
        "title",
        "authors",
        "language",
        "pov",
        "pov_confidence",
        "tense",
        "tense_confidence",
        "narrator",
        "word_count",
        "rating",
        "rating_confidence",
        "fandoms",
        "characters",
        "quotes",
        "attributed_quotes",
        "relationships",
        "warnings",
        "chapters",
        "notes",
        "text_file",
        "text_hash",
    ),
    _story_rows,
)
CHARACTERS = Table(
    "characters", ("file", "name", "aliases", "mentions", "quotes", "named"), _character_rows
)
QUOTES = Table("quotes", ("file", "start", "end", "text", "speaker", "confidence"), _quote_rows)
RELATIONSHIPS = Table(
    "relationships",
    ("file", "character_a", "character_b", "kind", "prominence", "score", "evidence"),
    _relationship_rows,
)
WARNINGS = Table("warnings", ("file", "tag", "confidence", "provenance", "evidence"), _warning_rows)
FANDOMS = Table("fandoms", ("file", "fandom", "confidence", "evidence"), _fandom_rows)

STORY_TABLES = (STORIES, CHARACTERS, QUOTES, RELATIONSHIPS, WARNINGS, FANDOMS)
"""The tables with rows for every story, in the order their files are written."""

REJECTED_COLUMNS = ("file", "reason")
LIBRARY_FANDOM_COLUMNS = ("file", "fandom", "confidence", "characters", "evidence")
"""``library_fandoms.csv``: the fandoms the batch's corpus-level inference gives a story
with none of its own (``scale.fandoms``), with the shared characters that voted for each
and their mentions in the story as evidence."""
