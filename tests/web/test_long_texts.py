"""Long texts read in parts: a long one-shot, a long chapter among short ones, the entire
work laid out in parts, the JSON twins and the dialogue view, on both backends."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from flask.testing import FlaskClient
from test_pages import get_html, get_json
from web_library import save

from ficshelf import accounts
from ficshelf.model import (
    BlockKind,
    BlockRecord,
    ChapterRecord,
    CharacterRecord,
    NoteKind,
    NoteRecord,
    Placement,
    QuoteRecord,
    SourceRecord,
    WorkRecord,
)
from ficshelf.store.comments import add_comment
from ficshelf.store.db import Database
from ficshelf.store.works import save_work
from ficshelf.text_parts import PART_CHARS


def paragraphs(first: int, count: int) -> str:
    """``count`` numbered paragraphs (``first`` on) of about 750 characters, parted by blank
    lines; paragraph N holds the marker ``[pN]``."""
    return "\n\n".join(
        f"[p{n}] " + "The tide came in over the flats while the keeper counted gulls. " * 11
        for n in range(first, first + count)
    )


def markers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[p(\d+)\]", html)]


def long_one_shot(db: Database) -> int:
    """A one-shot of 400 paragraphs (about 300,000 characters of HTML: 3 parts)."""
    return save(
        db,
        "The Long Watch",
        [(None, paragraphs(0, 400))],
        added=1,
        summary="A very long night.",
        notes=(
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, "Front words."),
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.END, "Last words."),
        ),
    )


def long_middle_chapter(db: Database) -> int:
    """Three chapters: 10 paragraphs, 240 (about 180,000 characters: 2 parts) and 10."""
    return save(
        db,
        "Three Tides",
        [
            ("Ebb", paragraphs(0, 10)),
            ("Flood", paragraphs(10, 240)),
            ("Slack", paragraphs(250, 10)),
        ],
        added=2,
        notes=(
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.FRONT, "Flood front note.", chapter=1),
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.END, "Flood end note.", chapter=1),
            NoteRecord(NoteKind.AUTHORS_NOTE, Placement.END, "Work end note."),
        ),
    )


def test_a_long_one_shot_is_read_in_parts(db: Database, client: FlaskClient) -> None:
    work_id = long_one_shot(db)
    pages = [
        get_html(client, f"/works/{work_id}" + (f"?part={n}" if n > 1 else "")) for n in (1, 2, 3)
    ]
    assert [len(page) < PART_CHARS * 1.5 + 20_000 for page in pages] == [True] * 3
    seen = [markers(page) for page in pages]
    assert [n for part in seen for n in part] == list(range(400))  # each paragraph once, in order
    assert all(part for part in seen)
    assert "Part 1 of 3" in pages[0] and "selected>Part 2 of 3" in pages[1]
    assert f'href="/works/{work_id}?part=2#text-parts">Next part →' in pages[0]
    assert f'href="/works/{work_id}#text-parts">← Previous part' in pages[1]
    assert "<title>Part 3 of 3 · The Long Watch" in pages[2]
    # the summary and front notes open the text, the end notes close it; kudos and
    # comments follow every part
    assert [
        ("A very long night." in p, "Front words." in p, "Last words." in p) for p in pages
    ] == [
        (True, True, False),
        (False, False, False),
        (False, False, True),
    ]
    assert all('id="comments"' in p and 'id="kudos"' in p for p in pages)

    data = get_json(client, f"/works/{work_id}.json?part=2")
    assert data["text_parts"] == {"part": 2, "parts": 3, "chapter_parts": [1]}
    (chapter,) = data["chapters"]
    assert (chapter["number"], chapter["part"], chapter["parts"]) == (1, 2, 3)
    assert markers(chapter["html"]) == seen[1]
    whole = get_json(client, f"/works/{work_id}.json?view=full")
    assert whole["text_parts"]["part"] is None and whole["text_parts"]["parts"] == 3
    assert markers(whole["chapters"][0]["html"]) == list(range(400))


def test_a_part_past_the_last_or_not_a_number(db: Database, client: FlaskClient) -> None:
    work_id = long_one_shot(db)
    page = get_html(client, f"/works/{work_id}?part=4", 404)
    assert "part 4 is past the end (there are 3 parts)" in page
    assert f'href="/works/{work_id}?part=3"' in page
    answer = get_json(client, f"/works/{work_id}.json?part=9", 404)
    assert "there are 3 parts" in answer["error"]["message"]
    get_html(client, f"/works/{work_id}?part=0", 400)
    get_html(client, f"/works/{work_id}?part=two", 400)
    assert markers(get_html(client, f"/works/{work_id}?part=")) == markers(
        get_html(client, f"/works/{work_id}")
    )


def test_a_short_work_is_one_part_without_navigation(db: Database, client: FlaskClient) -> None:
    work_id = save(db, "Short", [(None, paragraphs(0, 3))], added=1)
    page = get_html(client, f"/works/{work_id}")
    assert "part-nav" not in page and markers(page) == [0, 1, 2]
    data = get_json(client, f"/works/{work_id}.json")
    assert data["text_parts"] == {"part": 1, "parts": 1, "chapter_parts": [1]}
    get_html(client, f"/works/{work_id}?part=2", 404)


def test_a_long_chapter_among_short_ones(db: Database, client: FlaskClient) -> None:
    work_id = long_middle_chapter(db)
    first = get_html(client, f"/works/{work_id}/chapters/2")
    second = get_html(client, f"/works/{work_id}/chapters/2?part=2")
    assert markers(first) + markers(second) == list(range(10, 250))
    assert "Flood front note." in first and "Flood end note." not in first
    assert "Flood front note." not in second and "Flood end note." in second
    assert 'id="chapter-2"' in first and 'id="chapter-2"' not in second
    assert 'Chapter 2: Flood <span class="chapter-part">(part 2 of 2)</span>' in second
    assert f'href="/works/{work_id}/chapters/2?part=2#text-parts"' in first
    # the chapters around it are one part each, and the chapter navigation stays
    assert "part-nav" not in get_html(client, f"/works/{work_id}/chapters/1")
    assert f'href="/works/{work_id}/chapters/3"' in second
    data = get_json(client, f"/works/{work_id}/chapters/2.json?part=2")
    assert data["text_parts"] == {"part": 2, "parts": 2}
    get_html(client, f"/works/{work_id}/chapters/2?part=3", 404)


def test_the_entire_work_is_laid_out_in_parts(db: Database, client: FlaskClient) -> None:
    work_id = long_middle_chapter(db)
    data = get_json(client, f"/works/{work_id}.json?view=full&part=1")
    # chapter 1 and the first half of chapter 2; the second half and chapter 3
    assert data["text_parts"] == {"part": 1, "parts": 2, "chapter_parts": [1, 1, 2]}
    assert [(c["number"], c["part"], c["parts"]) for c in data["chapters"]] == [
        (1, 1, 1),
        (2, 1, 2),
    ]
    later = get_json(client, f"/works/{work_id}.json?view=full&part=2")
    assert [(c["number"], c["part"]) for c in later["chapters"]] == [(2, 2), (3, 1)]
    shown = [n for c in data["chapters"] + later["chapters"] for n in markers(c["html"])]
    assert shown == list(range(260))

    first = get_html(client, f"/works/{work_id}?view=full")
    last = get_html(client, f"/works/{work_id}?view=full&part=2")
    assert 'id="chapter-1"' in first and 'id="chapter-2"' in first and 'id="chapter-3"' in last
    assert 'data-chapter-parts="1 1 2"' in first
    assert f'data-part-url="/works/{work_id}?view=full"' in first
    assert f'href="/works/{work_id}?view=full&amp;part=2#text-parts">Next part' in first
    assert '<input type="hidden" name="view" value="full">' in first
    assert "Work end note." in last and "Work end note." not in first
    # the JSON of the entire work without a part keeps giving the whole text
    whole = get_json(client, f"/works/{work_id}.json?view=full")
    assert whole["text_parts"]["part"] is None
    assert [(c["number"], c["parts"]) for c in whole["chapters"]] == [(1, 1), (2, 1), (3, 1)]
    assert [n for c in whole["chapters"] for n in markers(c["html"])] == list(range(260))


def test_comment_pages_keep_the_part_read(db: Database, client: FlaskClient) -> None:
    work_id = long_one_shot(db)
    with db.begin() as conn:
        reader = accounts.create_account(conn, "maren", "lamplight-keeper")
        for n in range(25):  # two pages of threads
            add_comment(conn, work_id, reader.id, f"Comment {n}")
    page = get_html(client, f"/works/{work_id}?part=2")
    assert f'href="/works/{work_id}?page=2&amp;part=2#comments"' in page
    assert "Comment 0" in page
    back = get_html(client, f"/works/{work_id}?part=2&page=2")
    assert "Comment 24" in back and markers(back) == markers(page)


def dialogue_work(db: Database) -> int:
    """A story of 300 paragraphs, each with a line of Maren's, and a note left out."""
    text = "A/N: hello.\n\n"
    blocks = [BlockRecord(0, 11, BlockKind.NOTE)]
    quotes = []
    for n in range(300):
        line = f'"[q{n}] Keep the lamp lit," Maren said. ' + "The sea was loud that night. " * 20
        start = len(text)
        blocks.append(BlockRecord(start, start + len(line), BlockKind.BODY))
        quotes.append(QuoteRecord(start + 1, start + 29, "Maren Holt", 0.9, 5))
        text += line + "\n\n"
    chapter = ChapterRecord(0, None, 0, len(text), "<p>…</p>", 6000)
    record = WorkRecord(
        title="Lamp Talk",
        authors=("quillwright",),
        text=text,
        text_hash=hashlib.sha256(text.encode()).hexdigest(),
        format="txt",
        word_count=6000,
        chapters=(chapter,),
        blocks=tuple(blocks),
        characters=(CharacterRecord("Maren Holt", ("Maren",), quotes=300, quote_words=1500),),
        quotes=tuple(quotes),
    )
    source = SourceRecord("/library/lamp-talk.txt", record.text_hash, len(text), "txt")
    with db.begin() as conn:
        return save_work(conn, record, source, now=datetime(2024, 1, 1, tzinfo=UTC)).work_id


def test_the_dialogue_view_of_a_long_story_is_read_in_parts(
    db: Database, client: FlaskClient
) -> None:
    work_id = dialogue_work(db)
    first = get_json(client, f"/works/{work_id}/dialogue.json")
    parts = first["text_parts"]["parts"]
    assert first["text_parts"]["part"] == 1 and parts == 2
    assert first["speakers"][0]["quotes"] == 300  # the whole story's shares on every part
    seen = []
    for part in range(1, parts + 1):
        data = get_json(client, f"/works/{work_id}/dialogue.json?part={part}")
        assert data["speakers"] == first["speakers"]
        for passage in data["passages"]:
            marked = [p for p in passage["pieces"] if p["mark"]]
            assert [p["label"] for p in marked] == ["Maren Holt"]
            seen += [int(n) for n in re.findall(r"\[q(\d+)\]", marked[0]["text"])]
    assert seen == list(range(300))
    page = get_html(client, f"/works/{work_id}/dialogue?part=2")
    assert "Part 2 of 2" in page and f'href="/works/{work_id}/dialogue#text-parts"' in page
    assert "hello" not in page
    get_json(client, f"/works/{work_id}/dialogue.json?part=3", 404)
