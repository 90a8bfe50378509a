"""A filter by the bare name readers use ("character:Harry") finds the works each fandom
wrangled under that name, when no work carries the bare tag itself; a fandom filter keeps it
to that fandom; a name in use keeps its own meaning and offers the fandoms' tags; on SQLite
and PostgreSQL, in the store, the CLI and the web."""

from __future__ import annotations

from click.testing import CliRunner

from bare_name_library import SALTMARSH, char, given, library, save
from ficshelf.cli import cli
from ficshelf.model import TagType
from ficshelf.store.db import Database
from ficshelf.store.qualified_names import qualified_tags
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.search import SearchResult, search
from ficshelf.store.search_request import SearchRequest, TagRef
from ficshelf.store.tags import set_editor_tag

HARRY = TagRef(TagType.CHARACTER, "Harry")


def found(result: SearchResult) -> set[int]:
    return {hit.work.id for hit in result.hits.items}


def test_a_bare_name_no_work_carries_finds_each_fandoms_character(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
        everyone = {works["lamp"], works["pier"], works["dunes"], works["marsh"]}
        result = search(conn, SearchRequest(include=(HARRY,)))
        assert found(result) == everyone
        assert any(
            "2 fandoms" in n and "Henry Vance (Harrowgate" in n and "Harry Okafor" in n
            for n in result.notices
        )
        # Untyped, and the same name lowercase.
        assert found(search(conn, SearchRequest(include=(TagRef(None, "harry"),)))) == everyone
        # A fandom filter beside it keeps it to that fandom's Harry.
        fandom = TagRef(TagType.FANDOM, SALTMARSH)
        kept = search(conn, SearchRequest(include=(HARRY, fandom)))
        assert found(kept) == {works["dunes"], works["marsh"]}
        (harry, _) = kept.include
        assert [m.canonical for m in harry.fandoms] == [("character", "Harry Okafor")]
        # Negation hides them all.
        assert found(search(conn, SearchRequest(exclude=(HARRY,)))) == {works["kiln"]}
        # A relationship by the name its stories use.
        pairing = TagRef(TagType.RELATIONSHIP, "Ama Osei/Harry")
        assert found(search(conn, SearchRequest(include=(pairing,)))) == {works["pier"]}


def test_a_bare_name_some_work_carries_keeps_its_meaning_and_offers_the_fandoms(
    db: Database,
) -> None:
    with db.begin() as conn:
        works = library(conn)
        stray = save(conn, "Harry walked alone.", [char("Harry")])
        result = search(conn, SearchRequest(include=(HARRY,)))
        assert found(result) == {stray}
        (harry,) = result.include
        assert harry.fandoms == () and len(harry.also) == 2
        assert any("did you mean character:Henry Vance (in Harrowgate" in n for n in result.notices)
        # Once a person takes it off, no work carries it: the fandoms' Harrys count again.
        set_editor_tag(conn, stray, TagType.CHARACTER, "Harry", removed=True)
        assert works["pier"] in found(search(conn, SearchRequest(include=(HARRY,))))


def test_a_files_own_disambiguation_counts_and_brackets_must_balance(db: Database) -> None:
    with db.begin() as conn:
        wren = save(conn, "Wren sang.", [given(TagType.CHARACTER, "Wren (Reedbeds)")])
        save(conn, "Wren hummed.", [given(TagType.CHARACTER, "Wren (Lark) (Reedbeds)")])
        save(conn, "Wren's book.", [given(TagType.FREEFORM, "Wren (Reedbeds)")])
        result = search(conn, SearchRequest(include=(TagRef(TagType.CHARACTER, "Wren"),)))
        assert found(result) == {wren}
        assert "character:Wren finds Wren (Reedbeds)." in result.notices
        (tag,) = qualified_tags(conn, ["wren (lark)"])
        assert tag.qualifier == "Reedbeds" and tag.fandom_root is None
        assert resolve_tags(conn, [TagRef(TagType.FANDOM, "Wren")])[0].ids == ()


def test_the_cli_says_which_fandoms_matched(db: Database, db_url: str) -> None:
    with db.begin() as conn:
        library(conn)
    out = CliRunner().invoke(cli, ["search", "--db", db_url, "-i", "character:Harry"])
    assert out.exit_code == 0, out.output
    assert "note: character:Harry finds the Harry of 2 fandoms" in out.output
    assert "4 works found" in out.output
    narrowed = ["-i", "character:Harry", "-i", f"fandom:{SALTMARSH}", "-x", "character:Ama Osei"]
    out = CliRunner().invoke(cli, ["search", "--db", db_url, *narrowed])
    assert "finds Harry Okafor (Saltmarsh Tales)." in out.output and "2 works found" in out.output
