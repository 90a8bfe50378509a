"""The library's reconciliation: fandoms inferred across works, character and fandom
synonyms, provenance rules, and the import hook; on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest
from sqlalchemy import Connection, func, select

from ficshelf.importer import import_paths
from ficshelf.library import (
    character_synonyms,
    infer_fandoms,
    reconcile,
    reconcile_library,
    reconcile_work,
    reconcile_works,
    relationship_synonyms,
)
from ficshelf.model import (
    ChapterRecord,
    Provenance,
    SourceRecord,
    TagRecord,
    TagType,
    WorkRecord,
)
from ficshelf.store import library as store
from ficshelf.store import schema
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag, work_tags
from ficshelf.store.works import save_work
from work_builders import one_chapter_work

HARROWGATE = "Harrowgate Chronicles"


def char(name: str, confidence: float = 0.8, span: tuple[int, int] = (0, 4)) -> TagRecord:
    return TagRecord(TagType.CHARACTER, name, Provenance.INFERRED, confidence, (span,))


def fandom(name: str, provenance: Provenance = Provenance.AUTHOR) -> TagRecord:
    confidence = None if provenance is Provenance.AUTHOR else 0.9
    return TagRecord(TagType.FANDOM, name, provenance, confidence, ())


def save(conn: Connection, text: str, tags: Sequence[TagRecord]) -> int:
    """Save an invented one-chapter work carrying ``tags``; return its id."""
    record = one_chapter_work(text, title=text[:20], tags=tags)
    digest = record.text_hash
    source = SourceRecord(f"/fics/{digest[:12]}.txt", digest, len(text), "txt")
    return save_work(conn, record, source).work_id


def fandoms_of(conn: Connection, work_id: int) -> dict[str, tuple[Provenance, float | None]]:
    return {
        row.canonical: (row.provenance, row.confidence)
        for row in work_tags(conn, work_id)
        if row.type is TagType.FANDOM
    }


def canonical_of(conn: Connection, work_id: int, name: str) -> str:
    """The canonical name the work's tag ``name`` counts as (the library may have moved the
    link to the name's fandom-qualified tag, "Kit (Harrowgate Chronicles)")."""
    (row,) = [r for r in work_tags(conn, work_id) if r.name.split(" (")[0] == name]
    return row.canonical


def harrowgate_works(conn: Connection) -> tuple[int, int]:
    first = save(
        conn,
        "Theodora Vance met Christopher Marlowe Hale on the pier.",
        [fandom(HARROWGATE), char("Theodora Vance"), char("Christopher Marlowe Hale")],
    )
    second = save(
        conn,
        "Theodora Vance and Ama Osei watched the harbour lights.",
        [fandom(HARROWGATE), char("Theodora Vance"), char("Ama Osei")],
    )
    return first, second


def test_a_work_without_fandom_gets_one_from_the_works_sharing_its_characters(
    db: Database,
) -> None:
    with db.begin() as conn:
        for work_id in harrowgate_works(conn):
            reconcile_work(conn, work_id)
        unknown = save(
            conn,
            "Kit found Theodora Vance and Ama Osei by the lamp.",
            [char("Theodora Vance", span=(10, 24)), char("Ama Osei", span=(29, 37)), char("Kit")],
        )
        report = reconcile_work(conn, unknown)
        (found,) = report.fandoms[unknown]
        assert found.name == HARROWGATE
        assert 0.5 <= found.confidence <= 0.9
        assert set(found.characters) == {"Theodora Vance", "Ama Osei"}
        assert (10, 24) in found.evidence and (29, 37) in found.evidence
        assert fandoms_of(conn, unknown) == {HARROWGATE: (Provenance.INFERRED, found.confidence)}
        assert [link.by_library for link in store.fandom_links(conn, [unknown])] == [True]


def test_importing_more_stories_improves_earlier_ones(db: Database) -> None:
    with db.begin() as conn:
        early = save(
            conn,
            "Theodora Vance and Ama Osei argued about the tide tables.",
            [char("Theodora Vance"), char("Ama Osei")],
        )
        assert reconcile_work(conn, early).fandoms[early] == []
        assert fandoms_of(conn, early) == {}
        first, second = harrowgate_works(conn)
        reconcile_work(conn, first)
        report = reconcile_work(conn, second)
        assert [f.name for f in report.fandoms[early]] == [HARROWGATE]
        assert HARROWGATE in fandoms_of(conn, early)


def test_a_guess_is_not_evidence_for_the_next_guess(db: Database) -> None:
    with db.begin() as conn:
        first, second = harrowgate_works(conn)
        guessed = save(
            conn,
            "Theodora Vance, Ama Osei and Rook Tallis rowed out.",
            [char("Theodora Vance"), char("Ama Osei"), char("Rook Tallis")],
        )
        reconcile(conn)
        assert HARROWGATE in fandoms_of(conn, guessed)
        # Only the guessed work has Rook Tallis and Ama Osei together with Pell: the guess
        # must not vote for Pell's work.
        pell = save(
            conn, "Rook Tallis met Pell Dunmore.", [char("Rook Tallis"), char("Pell Dunmore")]
        )
        reconcile(conn)
        assert fandoms_of(conn, pell) == {}
        assert store.character_fandom_counts(conn, []) == {}


def test_own_fandoms_given_or_edited_are_never_touched(db: Database) -> None:
    with db.begin() as conn:
        harrowgate_works(conn)
        given = save(
            conn,
            "Theodora Vance and Ama Osei, in another story.",
            [fandom("Lighthouse Keepers"), char("Theodora Vance"), char("Ama Osei")],
        )
        removed = save(
            conn,
            "Theodora Vance and Ama Osei, once again.",
            [char("Theodora Vance"), char("Ama Osei")],
        )
        set_editor_tag(conn, removed, TagType.FANDOM, HARROWGATE, removed=True)
        reconcile(conn)
        assert fandoms_of(conn, given) == {"Lighthouse Keepers": (Provenance.AUTHOR, None)}
        assert fandoms_of(conn, removed) == {}
        kept = work_tags(conn, removed, include_removed=True)
        assert [(r.name, r.provenance, r.removed) for r in kept if r.type is TagType.FANDOM] == [
            (HARROWGATE, Provenance.EDITOR, True)
        ]


def test_reconcile_twice_changes_nothing_and_resaving_drops_the_library_links(
    db: Database,
) -> None:
    with db.begin() as conn:
        harrowgate_works(conn)
        text = "Theodora Vance and Ama Osei mended nets."
        tags = [char("Theodora Vance"), char("Ama Osei")]
        work = save(conn, text, tags)
        reconcile(conn)
        before = sorted(store.fandom_links(conn), key=repr)
        reconcile(conn)
        assert sorted(store.fandom_links(conn), key=repr) == before
        made = conn.execute(select(func.count()).select_from(schema.library_links)).scalar()
        assert made == 1
        # A new version of the file: the pipeline's links are replaced, the library's go too.
        digest = hashlib.sha256(text.encode()).hexdigest()
        record = WorkRecord(
            title="new",
            authors=(),
            text=text + " Again.",
            text_hash=hashlib.sha256((text + " Again.").encode()).hexdigest(),
            format="txt",
            word_count=7,
            chapters=(ChapterRecord(0, None, 0, 10, "<p></p>", 7),),
            tags=tuple(tags),
        )
        source = SourceRecord(f"/fics/{digest[:12]}.txt", "changed", 1, "txt")
        assert save_work(conn, record, source).work_id == work
        assert fandoms_of(conn, work) == {}
        made = conn.execute(select(func.count()).select_from(schema.library_links)).scalar()
        assert made == 0


def test_characters_become_synonyms_within_their_fandom(db: Database) -> None:
    with db.begin() as conn:
        first, second = harrowgate_works(conn)
        nick = save(
            conn,
            "Kit and Vance rowed out.",
            [fandom(HARROWGATE), char("Kit"), char("Vance"), char("Theodora Vance")],
        )
        women = save(
            conn,
            "Jo March wrote all night.",
            [fandom("Little Women - Louisa May Alcott"), char("Jo March")],
        )
        report = reconcile(conn)
        assert canonical_of(conn, nick, "Kit") == "Christopher Marlowe Hale"
        assert canonical_of(conn, nick, "Vance") == "Theodora Vance"
        assert canonical_of(conn, women, "Jo March") == "Josephine March"
        assert (
            TagType.CHARACTER,
            f"Kit ({HARROWGATE})",
            "Christopher Marlowe Hale",
        ) in report.synonyms


def pairing(name: str) -> TagRecord:
    return TagRecord(TagType.RELATIONSHIP, name, Provenance.INFERRED, 0.7, ((0, 4),))


def test_relationship_members_take_their_characters_canonical_names() -> None:
    canonical = {"watson": "John Watson", "kit": "Christopher Marlowe Hale"}
    names = [
        "Sherlock Holmes & Watson",  # a member renamed, the two re-sorted
        "Kit/Theodora Vance",  # romance keeps its slash
        "Mary Morstan/Sherlock Holmes/Watson",  # three members
        "Watson & John Watson",  # would collapse into one character
        "Irene Adler/Sherlock Holmes",  # nothing to rename
        "Watson",  # not a relationship
    ]
    assert relationship_synonyms(names, canonical) == [
        ("Sherlock Holmes & Watson", "John Watson & Sherlock Holmes"),
        ("Kit/Theodora Vance", "Christopher Marlowe Hale/Theodora Vance"),
        ("Mary Morstan/Sherlock Holmes/Watson", "John Watson/Mary Morstan/Sherlock Holmes"),
    ]


def test_relationship_tags_follow_character_synonyms(db: Database) -> None:
    with db.begin() as conn:
        harrowgate_works(conn)
        early = save(
            conn,
            "Vance and Ama Osei kept the lamp.",
            [fandom(HARROWGATE), char("Vance"), char("Ama Osei"), pairing("Ama Osei & Vance")],
        )
        report = reconcile(conn)
        assert canonical_of(conn, early, "Vance") == "Theodora Vance"
        assert canonical_of(conn, early, "Ama Osei & Vance") == "Ama Osei & Theodora Vance"
        assert (
            TagType.RELATIONSHIP,
            f"Ama Osei & Vance ({HARROWGATE})",
            "Ama Osei & Theodora Vance",
        ) in report.synonyms


def test_an_import_batch_renames_the_pairings_of_the_characters_it_made_synonyms(
    db: Database,
) -> None:
    with db.begin() as conn:
        earlier = save(
            conn,
            "Kit rowed Ama Osei out.",
            [fandom(HARROWGATE), char("Kit"), pairing("Ama Osei/Kit")],
        )  # no fuller name of "Kit" in the fandom yet, so "Kit" is no synonym
        fandomless = save(conn, "Kit rowed out alone.", [char("Kit"), pairing("Ama Osei/Kit")])
        reconcile_works(conn, [earlier, fandomless])
        assert canonical_of(conn, earlier, "Ama Osei/Kit") == "Ama Osei/Kit"
        later = save(
            conn,
            "Kit, that is Christopher Marlowe Hale.",
            [fandom(HARROWGATE), char("Kit"), char("Christopher Marlowe Hale")],
        )
        reconcile_work(conn, later)
        assert canonical_of(conn, later, "Kit") == "Christopher Marlowe Hale"
        assert canonical_of(conn, earlier, "Kit") == "Christopher Marlowe Hale"
        assert canonical_of(conn, earlier, "Ama Osei/Kit") == "Ama Osei/Christopher Marlowe Hale"
        # A work outside the fandom keeps its own tags.
        assert canonical_of(conn, fandomless, "Kit") == "Kit"
        assert canonical_of(conn, fandomless, "Ama Osei/Kit") == "Ama Osei/Kit"


def test_a_name_carried_in_two_fandoms_is_wrangled_in_each_on_its_own(db: Database) -> None:
    with db.begin() as conn:
        camelot = save(
            conn,
            "Arthur and Bedivere at the water.",
            [fandom("Arthurian Mythology & Legends"), char("Arthur"), char("Bedivere")],
        )
        whitby = save(
            conn,
            "Arthur sat up with Lucy.",
            [fandom("Dracula - Bram Stoker"), char("Arthur"), char("Lucy")],
        )
        reconcile(conn)
        assert canonical_of(conn, camelot, "Arthur") == "Arthur Pendragon"
        assert canonical_of(conn, whitby, "Arthur") == "Arthur Holmwood"
        assert canonical_of(conn, whitby, "Lucy") == "Lucy Westenra"


def test_fandom_spellings_become_synonyms_of_the_canonical_name(db: Database) -> None:
    with db.begin() as conn:
        work = save(conn, "Elizabeth walked out.", [fandom("Pride & Prejudice")])
        report = reconcile_work(conn, work)
        assert (TagType.FANDOM, "Pride & Prejudice", "Pride and Prejudice - Jane Austen") in (
            report.synonyms
        )
        assert fandoms_of(conn, work) == {
            "Pride and Prejudice - Jane Austen": (Provenance.AUTHOR, None)
        }


def link(work: int, tag: int, name: str, confidence: float = 0.8) -> store.CharacterLink:
    return store.CharacterLink(work, tag, name, tag, name, confidence, ((0, 1),))


def test_infer_fandoms_needs_two_shared_characters_or_strong_votes() -> None:
    one = infer_fandoms([link(1, 10, "Theodora Vance")], {10: {"A": 1}})
    assert one == []
    two = infer_fandoms(
        [link(1, 10, "Theodora Vance"), link(1, 11, "Ama Osei")], {10: {"A": 1}, 11: {"A": 1}}
    )
    assert [f.name for f in two] == ["A"]
    strong = infer_fandoms([link(1, 10, "Theodora Vance", 1.0)], {10: {"A": 5}})
    assert [f.name for f in strong] == []  # one character, however common in A: not enough
    many = infer_fandoms(
        [link(1, 10, "Theodora Vance", 1.0), link(1, 11, "Ama Osei", 1.0)],
        {10: {"A": 9, "B": 1}, 11: {"A": 4}},
    )
    assert [f.name for f in many] == ["A"]


def test_infer_fandoms_gives_crossovers_and_discounts_common_names() -> None:
    crossover = infer_fandoms(
        [link(1, i, n) for i, n in enumerate(["Holm Ashby", "Wat Sonder", "Mina Vell", "Van Roe"])],
        {0: {"A": 2}, 1: {"A": 2}, 2: {"B": 2}, 3: {"B": 2}},
    )
    assert {f.name for f in crossover} == {"A", "B"}
    common = infer_fandoms([link(1, 1, "John"), link(1, 2, "Mary")], {1: {"A": 1}, 2: {"A": 1}})
    assert common == []


def tag(tag_id: int, name: str, fandoms: dict[str, int], **flags: bool) -> store.CharacterTag:
    return store.CharacterTag(
        tag_id, name, flags.get("canonical", False), flags.get("synonyms", False), fandoms
    )


def test_character_synonyms_rules() -> None:
    tags = [
        tag(1, "Kit", {"H": 2}),
        tag(2, "Christopher Marlowe Hale", {"H": 1}),
        tag(3, "Dr. Osei", {"H": 1}),
        tag(4, "Ama Osei", {"H": 1}),
        tag(5, "Vance", {"H": 1}),
        tag(6, "Theodora Vance", {"H": 1}),
        tag(7, "Oren Vance", {"H": 1}),  # two Vances: "Vance" is ambiguous
        tag(8, "Jo", {"Little Women - Louisa May Alcott": 1}),
        tag(9, "Meg", {"Little Women - Louisa May Alcott": 1}, canonical=True),
        tag(10, "Ama", {"H": 1}, synonyms=True),
        tag(11, "Hale", {"H": 1, "P": 1}),  # one name, two fandoms: wrangled in each
        tag(12, "Piet Hale", {"P": 1}),
    ]
    assert character_synonyms(tags) == [
        ("H", "Dr. Osei", "Ama Osei"),
        ("H", "Hale", "Christopher Marlowe Hale"),
        ("H", "Kit", "Christopher Marlowe Hale"),
        ("Little Women - Louisa May Alcott", "Jo", "Josephine March"),
        ("P", "Hale", "Piet Hale"),
    ]


def test_reconcile_library_runs_in_its_own_transaction(db: Database) -> None:
    with db.begin() as conn:
        harrowgate_works(conn)
        work = save(conn, "Theodora Vance, Ama Osei.", [char("Theodora Vance"), char("Ama Osei")])
    report = reconcile_library(db)
    assert [f.name for f in report.fandoms[work]] == [HARROWGATE]


STORY_A = """The Salt Lamp

A Harrowgate Chronicles fic by quillwright

Theodora Vance climbed the lighthouse stairs. Ama Osei was waiting at the top.

"You're late," said Ama Osei.

"The tide was wrong," said Theodora Vance.

Ama Osei laughed, and Theodora Vance set down the oil.
"""

STORY_B = """Night Crossing

Theodora Vance rowed while Ama Osei watched the water.

"Left," said Ama Osei. "No, your other left."

"I know my left," said Theodora Vance.

Theodora Vance shipped the oars, and Ama Osei took the lantern.
"""


@pytest.mark.parametrize("order", [("a", "b"), ("b", "a")])
def test_import_reconciles_in_either_order(
    db: Database, tmp_path: pytest.TempPathFactory, order: tuple[str, str]
) -> None:
    folder = tmp_path  # type: ignore[assignment]
    stories = {"a": STORY_A, "b": STORY_B}
    for key in order:
        path = folder / f"{key}.txt"  # type: ignore[operator]
        path.write_text(stories[key], encoding="utf-8")
        import_paths(db, [str(path)])
    with db.connect() as conn:
        found = {link.work_id: (link.name, link.by_library) for link in store.fandom_links(conn)}
    assert sorted(found.values()) == [(HARROWGATE, False), (HARROWGATE, True)]


def test_reconcile_command(db_url: str) -> None:
    from click.testing import CliRunner

    from ficshelf.cli import cli
    from ficshelf.store.db import open_database

    db = open_database(db_url)
    with db.begin() as conn:
        harrowgate_works(conn)
        work = save(conn, "Theodora Vance, Ama Osei.", [char("Theodora Vance"), char("Ama Osei")])
    db.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["reconcile", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert f"work {work}: {HARROWGATE}" in result.output
    again = runner.invoke(cli, ["reconcile", "--db", db_url, "--json"])
    assert again.exit_code == 0, again.output
    assert '"name": "Harrowgate Chronicles"' in again.output


def test_a_fandom_the_library_infers_is_searchable(db: Database) -> None:
    from ficshelf.store.search import search
    from ficshelf.store.search_request import SearchRequest

    with db.begin() as conn:
        for work_id in harrowgate_works(conn):
            reconcile_work(conn, work_id)
        unknown = save(
            conn,
            "Kit found Theodora Vance and Ama Osei by the lamp.",
            [char("Theodora Vance", span=(10, 24)), char("Ama Osei", span=(29, 37)), char("Kit")],
        )
        assert search(conn, SearchRequest(query='"Harrowgate Chronicles" Kit')).hits.total == 0
        reconcile_work(conn, unknown)
        found = search(conn, SearchRequest(query='"Harrowgate Chronicles" Kit'))
        assert [hit.work.id for hit in found.hits.items] == [unknown]


def test_names_the_table_renames_count_as_renamed_when_fuller_names_are_sought() -> None:
    middlemarch = "Middlemarch - George Eliot"
    tags = [tag(1, "Uncle Brooke", {middlemarch: 1}), tag(2, "Arthur", {middlemarch: 1})]
    # "Uncle Brooke" is Arthur Brooke by the table, so "Arthur" has one fuller name at once
    # (the same answer as on the next run, when "Uncle Brooke" is already a synonym).
    assert character_synonyms(tags) == [
        (middlemarch, "Arthur", "Arthur Brooke"),
        (middlemarch, "Uncle Brooke", "Arthur Brooke"),
    ]
    renamed = store.CharacterTag(
        1, "Uncle Brooke (M)", True, False, {middlemarch: 1}, "Arthur Brooke"
    )
    settled = [renamed, tag(2, "Arthur", {middlemarch: 1})]
    assert character_synonyms(settled) == [(middlemarch, "Arthur", "Arthur Brooke")]
