"""``ficshelf reanalyze``: stored works analysed again with this version's pipeline, keeping
every person's edit and the file's tags, and saying what changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import delete, select, update

from ficshelf.cli import cli
from ficshelf.importer import ImportEvent, ImportStatus, ImportSummary
from ficshelf.model import TagType
from ficshelf.reanalysis import summary_lines
from ficshelf.store import schema
from ficshelf.store.db import open_database
from ficshelf.store.tags import get_or_create_tags
from test_cli_tag import STORY

PAGE = """<html><head><title>The Weir Keeper</title></head><body>
<h1>The Weir Keeper</h1>
<p>Hollis Penrow opened the sluice at dawn, as she had every morning for eleven years.</p>
<p>"Too high," said Dunstan Marle from the bank. "It'll take the lower field."</p>
<p>"Then the lower field goes," said Hollis, and she did not close it.</p>
</body></html>
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _run(runner: CliRunner, db_url: str, *args: str) -> str:
    result = runner.invoke(cli, [*args, "--db", db_url])
    assert result.exit_code == 0, result.output
    return result.output


def _tags(runner: CliRunner, db_url: str, work: str) -> dict[tuple[str, str], str]:
    shown = json.loads(_run(runner, db_url, "show", work, "--json"))
    return {(t["type"], t["name"]): t["provenance"] for t in shown["tags"]}


def _as_an_older_pipeline_left_it(db_url: str, work_id: int) -> None:
    """Drop the work's inferred tense and give it an inferred freeform tag the pipeline
    does not find, as an earlier version's analysis might have."""
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            links, tags = schema.work_tags, schema.tags
            tense = select(tags.c.id).where(tags.c.type == TagType.TENSE.value)
            conn.execute(delete(links).where(links.c.work_id == work_id, links.c.tag_id.in_(tense)))
            old = get_or_create_tags(conn, [(TagType.FREEFORM, "Old Guess")])
            conn.execute(
                links.insert().values(
                    work_id=work_id,
                    tag_id=old[(TagType.FREEFORM, "Old Guess")],
                    provenance="inferred",
                    confidence=0.5,
                    evidence=[],
                    removed=False,
                )
            )
            conn.execute(
                update(schema.works).where(schema.works.c.id == work_id).values(word_count=1)
            )
    finally:
        db.close()


def test_reanalysis_keeps_a_persons_edits_and_says_what_changed(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    story = tmp_path / "ledger.txt"
    story.write_text(STORY, encoding="utf-8")
    _run(runner, db_url, "import", str(story))
    before = _tags(runner, db_url, "1")
    tense = next(name for kind, name in before if kind == "tense")
    assert ("character", "Bram Fettle") in before and ("pov", "Third Person") in before
    _run(runner, db_url, "tag", "1", "character:Mirren Sloe", "pov:Second Person")
    _run(runner, db_url, "tag", "1", "character:Bram Fettle", "--remove")
    _as_an_older_pipeline_left_it(db_url, 1)

    done = _run(runner, db_url, "reanalyze", "--all")
    assert f"work 1 (The Tidewright's Ledger): +tense:{tense} -freeform:Old Guess" in done
    assert "1 work re-analysed: 1 changed, 0 unchanged; 0 skipped, 0 rejected" in done
    after = _tags(runner, db_url, "1")
    assert after[("character", "Mirren Sloe")] == "editor"
    assert after[("pov", "Second Person")] == "editor"
    assert ("pov", "Third Person") not in after  # set aside, as before
    assert ("character", "Bram Fettle") not in after  # a person took it off
    assert after[("tense", tense)] == "inferred" and ("freeform", "Old Guess") not in after
    shown = json.loads(_run(runner, db_url, "show", "1", "--json"))
    assert shown["word_count"] > 1

    # a plain-text work is analysed from its stored text: its file is not needed
    story.unlink()
    again = _run(runner, db_url, "reanalyze", "Tidewright")
    assert "1 work re-analysed: 0 changed, 1 unchanged" in again
    assert _tags(runner, db_url, "1") == after


def test_a_marked_up_work_needs_its_file(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    page = tmp_path / "weir.html"
    page.write_text(PAGE, encoding="utf-8")
    _run(runner, db_url, "import", str(page))
    assert "1 unchanged" in _run(runner, db_url, "reanalyze", "1")
    page.unlink()
    gone = runner.invoke(cli, ["reanalyze", "Weir Keeper", "--db", db_url])
    assert gone.exit_code == 0, gone.output
    assert "0 works re-analysed: 0 changed, 0 unchanged; 1 skipped, 0 rejected" in gone.output
    assert f"work 1 (The Weir Keeper): its file is gone ({page}): import the file again" in (
        gone.output
    )
    assert "skipped: its file is gone: 1\n" in gone.output


def test_skipped_works_are_counted_by_kind_of_reason(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    rivers = ["Tamar", "Exe", "Fowey"]
    pages = [tmp_path / f"{river}.html" for river in rivers]
    for river, page in zip(rivers, pages, strict=True):
        own = f"<p>The {river} ran brown with the {river} hills' rain, all {river} week.</p>"
        page.write_text(PAGE.replace("</body>", own + "</body>"), encoding="utf-8")
        imported = _run(runner, db_url, "import", str(page))
        assert "1 imported" in imported, imported
    pages[0].unlink()
    pages[1].unlink()
    pages[2].write_text(PAGE.replace("Weir Keeper", "Weir Keeper Two"), encoding="utf-8")
    done = runner.invoke(cli, ["reanalyze", "--all", "--db", db_url])
    assert done.exit_code == 0, done.output
    assert "0 works re-analysed: 0 changed, 0 unchanged; 3 skipped, 0 rejected" in done.output
    for page in pages[:2]:
        assert f"its file is gone ({page}): import the file again" in done.output
    assert f"its file changed since it was imported ({pages[2]})" in done.output
    reasons = "skipped: its file is gone: 2; its file changed since it was imported: 1\n"
    assert reasons in done.output


def test_reanalysis_counts_with_thousands_separators() -> None:
    """The closing lines write counts as import and batch do (one helper for the skipped
    line: ``counted_words.skipped_by_reason``)."""
    summary = ImportSummary()
    for n in range(1_234):
        summary.add(ImportEvent(f"work {n}", ImportStatus.SKIPPED, reason="its file is gone"))
    summary.add(ImportEvent("work x", ImportStatus.UNCHANGED))
    assert summary_lines(summary) == [
        "1 work re-analysed: 0 changed, 1 unchanged; 1,234 skipped, 0 rejected",
        "skipped: its file is gone: 1,234",
    ]


def test_reanalyze_usage(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    story = tmp_path / "ledger.txt"
    story.write_text(STORY, encoding="utf-8")
    _run(runner, db_url, "import", str(story))
    for args in ([], ["1", "--all"]):
        wrong = runner.invoke(cli, ["reanalyze", *args, "--db", db_url])
        assert wrong.exit_code == 2 and "or pass --all" in wrong.output
    missing = runner.invoke(cli, ["reanalyze", "Nowhere", "--db", db_url])
    assert missing.exit_code == 1 and "no work matches 'Nowhere'" in missing.output


# The CLI with the analyser of slow_analysis.py (a file named slow* sends SIGINT, as Ctrl-C).
SLOW_RUN = """
import functools, os, sys
import slow_analysis
from ficshelf import cli, importer
from ficshelf.ingest.workers import AnalysisPool
os.environ["FICSHELF_TEST_PID"] = str(os.getpid())
importer.AnalysisPool = functools.partial(AnalysisPool, analyse=slow_analysis.analyse_slowly)
sys.argv = ["ficshelf", *sys.argv[1:]]
cli.main()
"""


@pytest.mark.slow
def test_ctrl_c_stops_a_reanalysis_cleanly(runner: CliRunner, tmp_path: Path) -> None:
    db_file = tmp_path / "library.db"
    url = f"sqlite:///{db_file}"
    for name in ("ledger.txt", "slow.txt"):
        (tmp_path / name).write_text(STORY.replace("Tidewright", name[:4].title()), "utf-8")
        _run(runner, url, "import", str(tmp_path / name))
    _run(runner, url, "tag", "1", "freeform:Kept Through Ctrl-C")
    root = Path(__file__).resolve().parents[1]
    paths = [str(root / "tests"), str(root / "src"), os.environ.get("PYTHONPATH", "")]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
        "FICSHELF_TEST_DB_FILE": str(db_file),
        "FICSHELF_TEST_WAIT_WORKS": "0",
    }
    run = subprocess.run(
        [sys.executable, "-c", SLOW_RUN, "reanalyze", "--all", "--db", url, "--jobs", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 130, run.stderr
    assert " of 2 works; each one re-analysed is saved and the library is consistent." in run.stderr
    assert _tags(runner, url, "1")[("freeform", "Kept Through Ctrl-C")] == "editor"
    assert "2 works re-analysed" in _run(runner, url, "reanalyze", "--all")


DESCRIBED = "82-the-wine-at-wildfell.txt"  # a tuning story: the narrator's "my mother" speaks


def test_a_described_person_is_no_tag_on_import_or_reanalysis(
    runner: CliRunner, db_url: str, corpus_dir: Path
) -> None:
    """The analysis pairs the narrator with "my mother", who speaks; the archive stores no
    tag naming her, on import, and re-analysing drops the ones an older version stored."""
    story = corpus_dir / DESCRIBED
    analysed = json.loads(runner.invoke(cli, ["analyze", str(story), "--json"]).output)
    pairs = [r["characters"] for r in analysed["relationships"]]
    assert any("my mother" in pair for pair in pairs), pairs
    _run(runner, db_url, "import", str(story))
    tags = _tags(runner, db_url, "1")
    assert ("character", "Gilbert Markham") in tags
    assert not [name for _, name in tags if "my mother" in name], tags
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            old = [
                (TagType.CHARACTER, "my mother"),
                (TagType.RELATIONSHIP, "Gilbert Markham & my mother"),
            ]
            ids = get_or_create_tags(conn, old)
            conn.execute(
                schema.work_tags.insert(),
                [
                    {
                        "work_id": 1,
                        "tag_id": ids[key],
                        "provenance": "inferred",
                        "confidence": 0.8,
                        "evidence": [],
                        "removed": False,
                    }
                    for key in old
                ],
            )
    finally:
        db.close()
    done = _run(runner, db_url, "reanalyze", "1")
    assert "-character:my mother" in done and "-relationship:Gilbert Markham & my mother" in done
    assert _tags(runner, db_url, "1") == tags


def test_series_change_lines_name_linked_series_and_count_the_rest() -> None:
    from ficshelf.reanalysis import series_change_lines

    page = "https://archiveofourown.org/series/501"
    before = {1: ("Letters", None), 2: ("Old Name", page + "0"), 3: ("Gone", None)}
    after = {1: ("Letters", page), 2: ("New Name", page + "0"), 4: ("Made", None)}
    assert series_change_lines(before, after) == [
        f"series 1 (Letters): linked to {page}",
        "1 series linked to its AO3 page",
        "1 series renamed",
        "1 series made",
        "1 series gone",
    ]
    assert series_change_lines(after, after) == []
