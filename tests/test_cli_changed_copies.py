"""A copy of a work whose story changes leaves that work: the import says so (which work it
was a copy of, which file owns that work, which work it is now), in its text and its
``--json``, and ``ficshelf show`` lists the files a work was imported from."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from click.testing import CliRunner

from ficshelf.cli import cli

STORY = """The Lighthouse

A Gullrock fic by Fen Archer

Chapter 1

"Keep the lamp lit," said Maren. The keeper had never sounded so sure.

Chapter 2

Ivo rowed out with the oil, and they argued about the gulls until dawn.
"""


def _collector_folder(folder: Path) -> Path:
    """A folder holding ``lighthouse.txt`` and three copies of it (Windows-1252 with CRLF,
    a second download in a subfolder, a zip): the Windows copy sorts first and owns it."""
    folder.mkdir()
    (folder / "lighthouse.txt").write_text(STORY, encoding="utf-8")
    (folder / "lighthouse-cp1252.txt").write_bytes(STORY.replace("\n", "\r\n").encode("cp1252"))
    (folder / "sub").mkdir()
    (folder / "sub" / "lighthouse (1).txt").write_text(STORY, encoding="utf-8")
    with zipfile.ZipFile(folder / "lighthouse.zip", "w") as archive:
        archive.writestr("lighthouse.txt", STORY)
    return folder


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_a_changed_copy_is_reported_and_show_lists_the_files(db_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    folder = _collector_folder(tmp_path / "fics")
    first = _lines(runner.invoke(cli, ["import", "--db", db_url, "--json", str(folder)]).output)
    by_name = {Path(str(line["path"])).name: line for line in first}
    assert {line["status"] for line in first} == {"imported", "duplicate"}
    owner = str(folder / "lighthouse-cp1252.txt")
    assert by_name["lighthouse-cp1252.txt"]["status"] == "imported"
    work_id = by_name["lighthouse-cp1252.txt"]["work_id"]
    assert all(line["copy_of"] is None for line in first)

    shown = runner.invoke(cli, ["show", "--db", db_url, str(work_id)])
    assert shown.exit_code == 0, shown.output
    assert f"Imported from:   {owner}" in shown.output
    assert f"Copy:            {folder / 'lighthouse.txt'}" in shown.output
    assert f"Copy:            {folder / 'lighthouse.zip'}!lighthouse.txt" in shown.output
    data = json.loads(runner.invoke(cli, ["show", "--db", db_url, str(work_id), "--json"]).output)
    assert data["files"][0] == {"path": owner, "copy": False}
    assert len(data["files"]) == 4 and all(f["copy"] for f in data["files"][1:])

    changed = folder / "lighthouse.txt"
    changed.write_text(STORY + "\nChapter 3\n\nThe storm broke at last over the rocks.\n")
    again = runner.invoke(cli, ["import", "--db", db_url, str(folder)])
    assert again.exit_code == 0, again.output
    new_id = work_id + 1  # type: ignore[operator]
    assert (
        f"note: {changed} was a copy of work {work_id} (owned by {owner}); it changed and is"
        f" now work {new_id}"
    ) in again.output
    changed.write_text(STORY + "\nChapter 3\n\nThe storm broke, and the lamp held.\n")
    as_json = _lines(runner.invoke(cli, ["import", "--db", db_url, "--json", str(changed)]).output)
    assert as_json == [
        {
            "path": str(changed),
            "status": "updated",
            "work_id": new_id,
            "reason": None,
            "copy_of": None,
        }
    ]  # fmt: skip  (it owns work new_id now: changing it again updates that work)
    mine = json.loads(runner.invoke(cli, ["show", "--db", db_url, str(new_id), "--json"]).output)
    assert mine["files"] == [{"path": str(changed), "copy": False}]
