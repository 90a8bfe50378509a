"""``ficshelf tag``: a person's edits of a work's tags, and what survives them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficshelf.cli import cli

STORY = """The Tidewright's Ledger

A Saltmarsh Tales fic by Wren Holloway

Ada Quell counted the crates twice before she let the barge go. "Seven," she said. "There
were eight this morning."

Bram Fettle shrugged and coiled the rope. "Then the river took one," he said. "It usually
does."

Ada wrote the number in the ledger and underlined it, and did not believe him.
"""

MORE = """
By dusk the eighth crate had turned up in the reeds below the mill, lid off and empty, and
Ada Quell wrote that down too.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _tags(runner: CliRunner, db_url: str) -> dict[tuple[str, str], str]:
    shown = runner.invoke(cli, ["show", "Tidewright", "--db", db_url, "--json"])
    assert shown.exit_code == 0, shown.output
    return {(t["type"], t["name"]): t["provenance"] for t in json.loads(shown.output)["tags"]}


def test_a_persons_edits_survive_reimport_and_reconcile(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    story = tmp_path / "ledger.txt"
    story.write_text(STORY, encoding="utf-8")
    assert runner.invoke(cli, ["import", str(story), "--db", db_url]).exit_code == 0
    inferred = _tags(runner, db_url)
    pov = next(name for (kind, name), how in inferred.items() if kind == "pov")
    assert inferred[("pov", pov)] == "inferred"

    added = runner.invoke(
        cli,
        ["tag", "Tidewright", "character:Mirren Sloe", "freeform:river smuggling", "--db", db_url],
    )
    assert added.exit_code == 0, added.output
    assert "work 1 (The Tidewright's Ledger): added character:Mirren Sloe" in added.output
    assert "added freeform:river smuggling" in added.output
    removed = runner.invoke(cli, ["tag", "1", f"pov:{pov}", "--remove", "--db", db_url])
    assert removed.exit_code == 0, removed.output
    assert f"removed pov:{pov} (was inferred)" in removed.output

    story.write_text(STORY + MORE, encoding="utf-8")
    again = runner.invoke(cli, ["import", str(story), "--db", db_url])
    assert again.exit_code == 0 and "1 updated" in again.output, again.output
    assert runner.invoke(cli, ["reconcile", "--db", db_url]).exit_code == 0
    after = _tags(runner, db_url)
    assert after[("character", "Mirren Sloe")] == "editor"
    assert after[("freeform", "river smuggling")] == "editor"
    assert ("pov", pov) not in after
    searched = runner.invoke(cli, ["search", "--db", db_url, "-i", f"pov:{pov}", "--json"])
    assert json.loads(searched.output)["hits"]["total"] == 0

    back = runner.invoke(cli, ["tag", "1", f"pov:{pov}", "--db", db_url])
    assert back.exit_code == 0 and f"added pov:{pov} back" in back.output
    assert _tags(runner, db_url)[("pov", pov)] == "editor"
    shown = runner.invoke(cli, ["show", "1", "--db", db_url]).output
    assert "Mirren Sloe (set by a person)" in shown  # marked, as on the web
    assert f"{pov} (set by a person)" in shown
    assert "(inferred)" in shown  # the characters the pipeline found


def test_tag_errors(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    story = tmp_path / "ledger.txt"
    story.write_text(STORY, encoding="utf-8")
    runner.invoke(cli, ["import", str(story), "--db", db_url])
    unknown_type = runner.invoke(cli, ["tag", "1", "colour:teal", "--db", db_url])
    assert unknown_type.exit_code == 2
    assert "unknown tag type 'colour'" in unknown_type.output
    assert "fandom, character, relationship" in unknown_type.output
    untyped = runner.invoke(cli, ["tag", "1", "Ada Quell", "--db", db_url])
    assert untyped.exit_code == 2 and "no tag type" in untyped.output
    no_work = runner.invoke(cli, ["tag", "Nowhere Ledger", "character:Ada Quell", "--db", db_url])
    assert no_work.exit_code == 1 and "no work matches 'Nowhere Ledger'" in no_work.output


def _frost_library(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    """Two works whose titles both contain "frost on the", the shorter one imported first."""
    for name, title, author in (
        ("window.txt", "Frost on the Window", "Mara Lint"),
        ("down.txt", "The Last of the Frost on the Down", "Orrin Peck"),
    ):
        body = STORY.split("\n", 3)[3]
        (tmp_path / name).write_text(f"{title}\n\nA Saltmarsh Tales fic by {author}\n{body}")
        result = runner.invoke(cli, ["import", str(tmp_path / name), "--db", db_url])
        assert result.exit_code == 0, result.output


def test_a_fragment_of_several_titles_edits_nothing(
    runner: CliRunner, db_url: str, tmp_path: Path
) -> None:
    _frost_library(runner, db_url, tmp_path)
    before = [runner.invoke(cli, ["show", w, "--db", db_url, "--json"]).output for w in "12"]
    tagged = runner.invoke(cli, ["tag", "frost on the", "freeform:Test Edit", "--db", db_url])
    assert tagged.exit_code == 2, tagged.output
    assert "'frost on the' matches 2 works" in tagged.output
    assert "1  Frost on the Window  by Mara Lint" in tagged.output
    assert "2  The Last of the Frost on the Down  by Orrin Peck" in tagged.output
    assert "added" not in tagged.output
    after = [runner.invoke(cli, ["show", w, "--db", db_url, "--json"]).output for w in "12"]
    assert after == before and "Test Edit" not in "".join(after)
    # an exact title (any case) names its work though another title contains it
    exact = runner.invoke(cli, ["tag", "FROST ON THE WINDOW", "freeform:Test Edit", "--db", db_url])
    assert exact.exit_code == 0 and "work 1 (Frost on the Window)" in exact.output
    # and so do words only one title holds
    one = runner.invoke(cli, ["tag", "the down", "freeform:Test Edit", "--db", db_url])
    assert one.exit_code == 0 and "work 2 (The Last of the Frost on the Down)" in one.output
