"""A person's tag edits on a real AO3 download: every name of a tag reaches it, and a
person's value of a single-valued type (rating, pov, tense) is the work's only value while
the file's and the inferred ones are kept, set aside, to count again once it is taken off."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from ficshelf.cli import cli
from ficshelf.store import schema
from ficshelf.store.db import open_database
from ficshelf.store.similar import TAG_KIND

WORK = "My Aim Is Steady And True"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def story(ao3_downloads: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "aim.html"
    shutil.copy(ao3_downloads / "htmlTest.html", copy)
    return copy


def _run(runner: CliRunner, db_url: str, *args: str) -> str:
    result = runner.invoke(cli, [*args, "--db", db_url])
    assert result.exit_code == 0, result.output
    return result.output


def _shown(runner: CliRunner, db_url: str, tag_type: str) -> list[tuple[str, str]]:
    """The work's tags of ``tag_type`` as its JSON shows them: (name, provenance)."""
    tags = json.loads(_run(runner, db_url, "show", WORK, "--json"))["tags"]
    return [(t["name"], t["provenance"]) for t in tags if t["type"] == tag_type]


def _found(runner: CliRunner, db_url: str, tag: str) -> tuple[int, list[str]]:
    """How many works the filter ``tag`` finds, and the rating facet's names."""
    found = json.loads(_run(runner, db_url, "search", "-i", tag, "--json"))
    facet = next((f["tags"] for f in found["facets"] if f["type"] == "rating"), [])
    return found["total"], [t["name"] for t in facet]


def test_every_name_of_a_tag_reaches_it(runner: CliRunner, db_url: str, story: Path) -> None:
    _run(runner, db_url, "import", str(story))
    assert _shown(runner, db_url, "rating") == [("Teen", "author")]
    assert ("graphic violence", "author") in _shown(runner, db_url, "warning")

    # the name ficshelf shows takes the file's tag off
    removed = _run(runner, db_url, "tag", WORK, "rating:Teen", "--remove")
    assert "removed rating:Teen (was from the file)" in removed
    assert _shown(runner, db_url, "rating") == []
    # the file's own spelling, in any case, puts it back
    back = _run(runner, db_url, "tag", WORK, "rating:TEEN AND UP AUDIENCES")
    assert "added rating:Teen back" in back
    assert _shown(runner, db_url, "rating") == [("Teen", "editor")]
    # a rating in another scheme is the same rung
    again = _run(runner, db_url, "tag", WORK, "rating:PG-13", "--remove")
    assert "removed rating:Teen (was a person's tag)" in again
    assert _shown(runner, db_url, "rating") == []

    warning = _run(runner, db_url, "tag", WORK, "warning:Graphic Violence", "--remove")
    assert "removed warning:graphic violence (was from the file)" in warning
    assert "graphic violence" not in dict(_shown(runner, db_url, "warning"))
    assert _found(runner, db_url, "warning:Graphic Depictions Of Violence")[0] == 0


def _tag_features(db_url: str) -> set[str]:
    """The tag names among the stored "more like this" features of the (one) work."""
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            postings, features, tags = (
                schema.similar_postings,
                schema.similar_features,
                schema.tags,
            )
            ids = conn.execute(
                select(features.c.key)
                .join(postings, postings.c.feature_id == features.c.id)
                .where(features.c.kind == TAG_KIND)
            ).scalars()
            wanted = [int(key) for key in ids]
            return set(conn.execute(select(tags.c.name).where(tags.c.id.in_(wanted))).scalars())
    finally:
        db.close()


def test_a_persons_value_is_the_works_only_value(
    runner: CliRunner, db_url: str, story: Path
) -> None:
    _run(runner, db_url, "import", str(story))
    assert _shown(runner, db_url, "pov") == [("Third Person", "inferred")]
    done = _run(runner, db_url, "tag", WORK, "rating:Mature", "pov:Second Person")
    assert "added rating:Mature" in done and "added pov:Second Person" in done
    assert "set aside rating:Teen (from the file): a person's rating wins" in done
    assert "set aside pov:Third Person (inferred): a person's pov wins" in done

    def person_wins() -> None:
        assert _shown(runner, db_url, "rating") == [("Mature", "editor")]
        assert _shown(runner, db_url, "pov") == [("Second Person", "editor")]
        shown = _run(runner, db_url, "show", WORK)
        assert "Rating:          Mature (set by a person)\n" in shown
        assert "Point of view:   Second Person (set by a person)\n" in shown
        assert _found(runner, db_url, "rating:Teen")[0] == 0
        assert _found(runner, db_url, "pov:Third Person")[0] == 0
        assert _found(runner, db_url, "rating:Mature") == (1, ["Mature"])
        features = _tag_features(db_url)
        assert "Second Person" in features and "Third Person" not in features

    person_wins()
    # a changed file is analysed and saved again; reconcile runs the wrangler: both keep it
    data = story.read_bytes()
    line = b"<p>Their contact was late.</p>"
    story.write_bytes(data.replace(line, b"<p>One more line.</p>" + line, 1))
    assert "1 updated" in _run(runner, db_url, "import", str(story))
    _run(runner, db_url, "reconcile")
    person_wins()

    # a second value replaces the person's first
    other = _run(runner, db_url, "tag", WORK, "rating:Explicit")
    assert "took off rating:Mature (a person's earlier rating)" in other
    assert _shown(runner, db_url, "rating") == [("Explicit", "editor")]
    # taking the person's value off brings the file's and the inferred ones back
    off = _run(runner, db_url, "tag", WORK, "rating:Explicit", "pov:Second Person", "--remove")
    assert "rating:Teen (from the file) counts again" in off
    assert "pov:Third Person (inferred) counts again" in off
    assert _shown(runner, db_url, "rating") == [("Teen", "author")]
    assert _shown(runner, db_url, "pov") == [("Third Person", "inferred")]
    assert _found(runner, db_url, "rating:Teen") == (1, ["Teen"])
    assert "Third Person" in _tag_features(db_url)
