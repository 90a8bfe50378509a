"""A batch's output folder against ``analyze --json`` of the same files: every table's
columns and rows, the JSON Lines (valid against the shipped schema), the rejected files with
their reasons, and the order (sorted by file) whatever the cluster."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from batch_inputs import GOOD, REJECTED, SKIPPED

from ficshelf.ingest import iter_inputs, read_document
from ficshelf.ingest.archive import InputFile
from ficshelf.records import text_hash
from ficshelf.scale.runner import BatchSummary, run_batch
from ficshelf.scale.tables import STORY_TABLES
from ficshelf.scale.writer import BatchWriter
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict, load_schema

pytest.importorskip("distributed", reason="batches need the extra ficshelf[scale]")


def _table(out: Path, name: str) -> list[dict[str, str]]:
    with (out / f"{name}.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def _expected(corpus: Path) -> dict[str, dict[str, Any]]:
    """``analyze --json`` of every good file of the corpus, by display path."""
    found = {}
    for item in iter_inputs([corpus]):
        if isinstance(item, InputFile) and not item.path.endswith(REJECTED):
            found[item.path] = analysis_to_dict(analyze(read_document(item.path, item.read())))
    return found


@pytest.fixture(scope="module")
def batch(corpus: Path, scheduler: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    with BatchWriter(out) as writer:
        run_batch([*iter_inputs([corpus])], writer, scheduler=scheduler)
    return out


def test_every_format_is_read_and_broken_files_are_reported_by_name(
    batch: Path, corpus: Path
) -> None:
    files = [row["file"] for row in _table(batch, "stories")]
    assert files == [str(corpus / name) for name in GOOD]
    rejected = {Path(row["file"]).name: row["reason"] for row in _table(batch, "rejected")}
    assert set(rejected) == set(REJECTED)
    assert rejected["empty.txt"] == "the file is empty"
    assert "zip" in rejected["broken.epub"] or "EPUB" in rejected["broken.epub"]
    summary = json.loads((batch / "summary.json").read_text(encoding="utf-8"))
    assert summary["stories"] == len(GOOD) and not summary["interrupted"]
    assert [Path(r["file"]).name for r in summary["rejected"]] == sorted(REJECTED)
    assert sum(summary["skipped"].values()) == len(SKIPPED)


def test_the_json_lines_are_analyze_json_and_valid_against_the_schema(
    batch: Path, corpus: Path
) -> None:
    expected = _expected(corpus)
    lines = (batch / "analyses.jsonl").read_text(encoding="utf-8").splitlines()
    schema = load_schema()
    seen = []
    for line in lines:
        record = json.loads(line)
        jsonschema.validate(record, schema)
        file = record.pop("file")
        assert record == expected[file], file
        seen.append(file)
    assert seen == sorted(expected)


def test_each_table_has_its_columns_and_a_row_per_item_of_analyze_json(
    batch: Path, corpus: Path
) -> None:
    expected = _expected(corpus)
    for table in STORY_TABLES:
        with (batch / f"{table.name}.csv").open(encoding="utf-8", newline="") as file:
            assert next(csv.reader(file)) == list(table.columns), table.name
    per_story = {
        "stories": lambda a: 1,
        "characters": lambda a: len(a["characters"]),
        "quotes": lambda a: len(a["quotes"]),
        "relationships": lambda a: len(a["relationships"]),
        "warnings": lambda a: len(a["warnings"]),
        "fandoms": lambda a: len(a["fandoms"]),
    }
    assert set(per_story) == {t.name for t in STORY_TABLES}
    for name, count in per_story.items():
        rows = _table(batch, name)
        for file, analysis in expected.items():
            assert sum(row["file"] == file for row in rows) == count(analysis), (name, file)
        assert [row["file"] for row in rows] == sorted(row["file"] for row in rows), name


def test_values_and_offsets_are_those_of_analyze_json(batch: Path, corpus: Path) -> None:
    expected = _expected(corpus)
    quotes = _table(batch, "quotes")
    want = [(f, q) for f, a in sorted(expected.items()) for q in a["quotes"]]
    assert len(quotes) == len(want) > 10
    for row, (file, quote) in zip(quotes, want, strict=True):
        assert row["file"] == file
        assert (int(row["start"]), int(row["end"])) == (quote["start"], quote["end"])
        assert row["text"] == quote["text"]
        assert (row["speaker"] or None) == quote["speaker"]
        assert float(row["confidence"]) == quote["confidence"]
    for row in _table(batch, "stories"):
        analysis = expected[row["file"]]
        assert row["title"] == (analysis["title"] or "")
        assert json.loads(row["authors"]) == analysis["authors"]
        assert json.loads(row["fandoms"]) == [f["name"] for f in analysis["fandoms"]]
        assert row["pov"] == analysis["pov"]["value"]
        assert row["tense"] == analysis["tense"]["value"]
        assert int(row["word_count"]) == analysis["word_count"]
        assert row["rating"] == analysis["rating"]
    for row in _table(batch, "characters"):
        character = next(c for c in expected[row["file"]]["characters"] if c["name"] == row["name"])
        assert json.loads(row["aliases"]) == character["aliases"]
        assert int(row["mentions"]) == character["mentions"]
        assert int(row["quotes"]) == character["quotes"]
    for row in _table(batch, "warnings"):
        warning = next(w for w in expected[row["file"]]["warnings"] if w["tag"] == row["tag"])
        assert float(row["confidence"]) == warning["confidence"]
        spans = [[s["start"], s["end"]] for s in warning["evidence"]]
        assert json.loads(row["evidence"]) == spans


@pytest.mark.slow  # each starts a cluster, whose workers load the pipeline (5 s or so)
@pytest.mark.parametrize("workers", [1, 2])
def test_the_tables_are_the_same_with_any_number_of_workers_as_on_a_scheduler(
    batch: Path, corpus: Path, tmp_path: Path, workers: int
) -> None:
    inputs = [*iter_inputs([corpus])][::-1]  # any input order
    with BatchWriter(tmp_path) as writer:
        summary = run_batch(inputs, writer, workers=workers)  # a LocalCluster of its own
    assert summary.workers == workers
    names = sorted(
        p.relative_to(batch).as_posix()
        for p in batch.rglob("*")
        if p.is_file() and p.name != "summary.json"
    )
    assert "library_fandoms.csv" in names and "analyses.jsonl" in names
    assert "texts/000001.txt" in names
    for name in names:
        assert (tmp_path / name).read_bytes() == (batch / name).read_bytes(), name


def test_an_interrupted_batch_leaves_whole_tables(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    done = BatchSummary()

    def stop_after_two(event: object) -> None:
        done.add(event)  # type: ignore[arg-type]
        if done.stories == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt), BatchWriter(tmp_path) as writer:
        run_batch([*iter_inputs([corpus])], writer, scheduler=scheduler, on_event=stop_after_two)
    stories = _table(tmp_path, "stories")
    assert [row["file"] for row in stories] == [str(corpus / name) for name in GOOD[:2]]
    lines = (tmp_path / "analyses.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["file"] for line in lines] == [row["file"] for row in stories]
    assert {row["file"] for row in _table(tmp_path, "quotes")} <= {row["file"] for row in stories}
    assert not (tmp_path / "summary.json").exists()


def _story_text(batch: Path, row: dict[str, str]) -> str:
    with (batch / row["text_file"]).open(encoding="utf-8", newline="") as file:
        return file.read()


def test_every_quote_slices_the_text_written_for_its_story(batch: Path, corpus: Path) -> None:
    stories = _table(batch, "stories")
    assert [row["text_file"] for row in stories] == [
        f"texts/{n:06}.txt" for n in range(1, len(stories) + 1)
    ]
    texts = {row["file"]: _story_text(batch, row) for row in stories}
    for name in ("salt.html", "fair-hands.epub"):  # the offsets index no byte of these files
        path = corpus / name
        assert texts[str(path)] == read_document(str(path), path.read_bytes()).text
    quotes = _table(batch, "quotes")
    for name in ("salt.html", "fair-hands.epub", "orchard.md"):
        mine = [row for row in quotes if row["file"] == str(corpus / name)]
        assert mine, name
        for row in mine:
            text = texts[row["file"]]
            assert text[int(row["start"]) : int(row["end"])] == row["text"], (name, row)
    for line in (batch / "analyses.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = texts[record["file"]]
        for note in record["notes"]:
            assert 0 <= note["start"] <= note["end"] <= len(text)
        for quote in record["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]


def test_a_new_batch_replaces_the_texts_of_an_earlier_one(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "999999.txt").write_text("an earlier batch's", encoding="utf-8")
    one = tmp_path / "one"
    one.mkdir()
    (one / "harbour.txt").write_bytes((corpus / "harbour.txt").read_bytes())
    with BatchWriter(tmp_path) as writer:
        run_batch([*iter_inputs([one])], writer, scheduler=scheduler)
    assert sorted(p.name for p in (tmp_path / "texts").iterdir()) == ["000001.txt"]


def test_copies_of_a_story_share_the_content_hash_import_finds_duplicates_by(
    corpus: Path, scheduler: str, tmp_path: Path
) -> None:
    """The same story in UTF-8, in UTF-16 with Windows line ends and in a zip: one hash
    (``records.text_hash``, import's), unlike another story's; so the copies can be dropped."""
    copies = tmp_path / "copies"
    copies.mkdir()
    story = (corpus / "harbour.txt").read_text(encoding="utf-8")
    (copies / "a.txt").write_text(story, encoding="utf-8")
    (copies / "b.txt").write_bytes(story.replace("\n", "\r\n").encode("utf-16"))
    with zipfile.ZipFile(copies / "c.zip", "w") as pack:
        pack.writestr("again.txt", story)
    (copies / "other.md").write_bytes((corpus / "orchard.md").read_bytes())
    out = tmp_path / "tables"
    with BatchWriter(out) as writer:
        run_batch([*iter_inputs([copies])], writer, scheduler=scheduler)
    stories = _table(out, "stories")
    hashes = {Path(row["file"]).name: row["text_hash"] for row in stories}
    assert hashes["a.txt"] == hashes["b.txt"] == hashes["c.zip!again.txt"] == text_hash(story)
    assert hashes["other.md"] != hashes["a.txt"]
    for row in stories:
        assert row["text_hash"] == text_hash(_story_text(out, row))
    first = {row["text_hash"]: row["file"] for row in reversed(stories)}  # drop_duplicates
    assert sorted(Path(f).name for f in first.values()) == ["a.txt", "other.md"]
