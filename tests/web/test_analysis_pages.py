"""The evidence behind tags, the dialogue view and the works index filtered by tags, in
HTML and as JSON twins, on both database backends."""

from __future__ import annotations

from datetime import UTC, datetime

from flask.testing import FlaskClient
from test_pages import get_html, get_json
from web_library import Library

from analysis_builders import STORY, story_analysis
from ficshelf.model import GivenMetadata, GivenTag, Provenance, RawDocument, SourceRecord, TagType
from ficshelf.records import build_work_record
from ficshelf.store.db import Database
from ficshelf.store.tags import set_canonical, set_editor_tag
from ficshelf.store.works import save_work
from ficshelf.understand import analyze


def save_story(db: Database) -> int:
    """The hand-analysed Gullrock story, saved as an import would save it."""
    record = build_work_record(story_analysis())
    source = SourceRecord("/library/gullrock.txt", record.text_hash, len(STORY), "txt")
    with db.begin() as conn:
        return save_work(conn, record, source, now=datetime(2024, 2, 1, tzinfo=UTC)).work_id


def test_work_page_links_each_inferred_tag_to_its_evidence(
    db: Database, client: FlaskClient
) -> None:
    work_id = save_story(db)
    html = get_html(client, f"/works/{work_id}")
    link = f'href="/works/{work_id}/evidence/relationship/Ivo%20Brandt*s*Maren%20Holt"'
    assert link in html and "why?" in html
    # The confidence is text on the page, not only a tooltip (touch and keyboard reach it).
    assert '<span class="confidence">0.80</span> why?</a>' in html
    assert 'aria-label="Why Ivo Brandt/Maren Holt? (inferred, confidence 0.80)"' in html
    # Controls that need scripts are not in the page: reader.js adds them.
    assert "Dark theme" not in html and "A−" not in html and "Narrow" not in html
    assert '<div class="reader-settings" id="reader-settings" role="group"' in html
    assert f'href="/works/{work_id}/evidence/pov/Third%20Person"' in html
    assert f'href="/works/{work_id}/dialogue"' in html


def test_evidence_page_marks_the_passages(db: Database, client: FlaskClient) -> None:
    work_id = save_story(db)
    url = f"/works/{work_id}/evidence/relationship/Ivo%20Brandt*s*Maren%20Holt"
    data = get_json(client, f"{url}.json")
    assert data["tag"]["name"] == "Ivo Brandt/Maren Holt"
    assert data["tag"]["provenance"] == "inferred" and data["tag"]["confidence"] == 0.8
    marks = [p["text"] for passage in data["passages"] for p in passage["pieces"] if p["mark"]]
    assert marks == [
        "Maren kissed him anyway.",
        "Ivo swore at the gulls, and Maren laughed at him.",
    ]
    assert [p["kind"] for p in data["passages"]] == ["body", "body"]
    html = get_html(client, url)
    assert "<mark>Maren kissed him anyway.</mark>" in html
    assert "&#34;Then we row,&#34; Ivo said. <mark>" in html  # story text is escaped
    assert "confidence <strong>0.80</strong>" in html


def test_evidence_for_given_and_removed_tags_and_unknown_ones(
    db: Database, client: FlaskClient, library: Library
) -> None:
    data = get_json(client, f"/works/{library.lamp}/evidence/fandom/gullrock%20chronicles.json")
    assert data["tag"]["provenance"] == "author" and data["passages"] == []
    assert "given by the file" in get_html(
        client, f"/works/{library.lamp}/evidence/fandom/Gullrock%20Chronicles"
    )
    # Evidence outside any known paragraph: the lines around it.
    data = get_json(client, f"/works/{library.lamp}/evidence/character/Ivo%20Brandt.json")
    assert data["passages"][0]["pieces"][0] == {
        "text": "The ",
        "mark": "evidence",
        "label": None,
        "score": None,
    }
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.CHARACTER, "Ivo Brandt", removed=True)
    get_json(client, f"/works/{library.lamp}/evidence/character/Ivo%20Brandt.json", 404)
    get_json(client, f"/works/{library.lamp}/evidence/character/Nobody.json", 404)
    get_json(client, f"/works/{library.lamp}/evidence/colour/Blue.json", 404)
    get_json(client, "/works/999/evidence/fandom/Gullrock%20Chronicles.json", 404)


def test_dialogue_view_colours_each_speaker(db: Database, client: FlaskClient) -> None:
    work_id = save_story(db)
    data = get_json(client, f"/works/{work_id}/dialogue.json")
    assert data["analysed"] is True
    assert [(s["name"], s["colour"], s["quotes"], s["words"]) for s in data["speakers"]] == [
        ("Maren Holt", "speaker-0", 1, 4),
        ("Ivo Brandt", "speaker-1", 1, 3),
    ]
    assert data["unattributed"]["quotes"] == 0
    assert [p["kind"] for p in data["passages"]] == [
        "heading",
        "body",
        "body",
        "scene_break",
        "body",
    ]
    speech = [p for passage in data["passages"] for p in passage["pieces"] if p["mark"]]
    assert [(p["text"], p["label"]) for p in speech] == [
        ('"The oil is low,"', "Maren Holt"),
        ('"Then we row,"', "Ivo Brandt"),
    ]
    html = get_html(client, f"/works/{work_id}/dialogue")
    assert (
        '<span class="speech speaker-0" title="Maren Holt (confidence 0.95)">'
        "&#34;The oil is low,&#34;</span>"
    ) in html
    assert '<span class="speaker-name speaker-1">Ivo Brandt</span>' in html
    assert '<meter class="speaker-0"' in html
    assert "A/N" not in html  # notes are not part of the story
    assert " style=" not in html and "<script>" not in html  # the CSP allows neither


def test_dialogue_view_names_speakers_by_the_works_character_tags(
    db: Database, client: FlaskClient
) -> None:
    """A speaker is shown by the wrangled name of the work's tag, the story's own name
    beside it where it differs."""
    work_id = save_story(db)
    with db.begin() as conn:
        set_canonical(conn, (TagType.CHARACTER, "Ivo Brandt"), (TagType.CHARACTER, "Ivar Brandt"))
    data = get_json(client, f"/works/{work_id}/dialogue.json")
    assert [(s["name"], s["tag"]) for s in data["speakers"]] == [
        ("Maren Holt", "Maren Holt"),
        ("Ivo Brandt", "Ivar Brandt"),
    ]
    speech = [p for passage in data["passages"] for p in passage["pieces"] if p["mark"]]
    assert [p["label"] for p in speech] == ["Maren Holt", "Ivar Brandt"]
    html = get_html(client, f"/works/{work_id}/dialogue")
    assert 'Ivar Brandt <span class="story-name">(“Ivo Brandt” in the story)</span>' in html
    assert "(“Maren Holt” in the story)" not in html


def test_dialogue_view_of_a_work_without_dialogue(client: FlaskClient, library: Library) -> None:
    data = get_json(client, f"/works/{library.lamp}/dialogue.json")
    assert data["speakers"] == [] and data["passages"] == []
    assert "found no dialogue" in get_html(client, f"/works/{library.lamp}/dialogue")
    get_json(client, "/works/999/dialogue.json", 404)


def test_works_index_filtered_by_tags(db: Database, client: FlaskClient, library: Library) -> None:
    story = save_story(db)
    data = get_json(client, "/works.json?tag=character:maren%20holt")
    assert {w["id"] for w in data["works"]["items"]} == {library.lamp, story}
    data = get_json(client, "/works.json?tag=character:Maren%20Holt&tag=pov:Third%20Person")
    assert [w["id"] for w in data["works"]["items"]] == [story]
    assert [f["name"] for f in data["filters"]] == ["Maren Holt", "Third Person"]
    html = get_html(client, "/works?tag=character:Maren%20Holt&tag=pov:Third%20Person")
    assert "Works tagged “Maren Holt” and “Third Person”" in html
    assert 'href="/works?tag=pov:Third+Person"' in html  # removes the Maren Holt filter
    get_json(client, "/works.json?tag=Maren", 400)
    get_json(client, "/works.json?tag=character:Nobody", 404)
    get_json(client, "/works.json?tag=nonsense:Maren", 404)
    # Inferred tags are on the tag pages and the blurbs, marked.
    tag_page = get_html(client, "/tags/pov/Third%20Person")
    assert f'id="work-{story}"' in tag_page and "tag-inferred" in tag_page
    assert 'href="/works?tag=pov:Third+Person"' in tag_page
    counts = get_json(client, "/tags/tense.json")["tags"]["items"]
    assert counts == [{"type": "tense", "name": "Past Tense", "works": 1}]


def test_a_warning_the_files_tags_state_shows_where_they_state_it(
    db: Database, client: FlaskClient
) -> None:
    text = (
        "The ferry left at nine. Ada stood at the rail and watched the lights go small, "
        "and did not open the letter in her coat.\n\nIn the morning there were gulls.\n"
    )
    given = GivenMetadata(
        tags=(
            GivenTag(TagType.FREEFORM, "Grief/Mourning"),
            GivenTag(TagType.FREEFORM, "Past Character Death"),
        )
    )
    record = build_work_record(analyze(RawDocument(text, "ferry.html", "html", given)))
    (grief,) = [t for t in record.tags if t.type == TagType.WARNING]
    assert (grief.name, grief.provenance, grief.evidence) == (
        "death/grief",
        Provenance.AUTHOR,
        (),
    )
    assert grief.sources == ("tag: Grief/Mourning", "tag: Past Character Death")
    source = SourceRecord("/library/ferry.html", record.text_hash, len(text), "html")
    with db.begin() as conn:
        work_id = save_work(conn, record, source, now=datetime(2024, 2, 1, tzinfo=UTC)).work_id
    # the work page links it to its evidence as it links an inferred tag
    html = get_html(client, f"/works/{work_id}")
    assert f'href="/works/{work_id}/evidence/warning/death*s*grief"' in html
    data = get_json(client, f"/works/{work_id}/evidence/warning/death*s*grief.json")
    assert data["tag"]["provenance"] == "author" and data["passages"] == []
    assert data["tag"]["sources"] == ["tag: Grief/Mourning", "tag: Past Character Death"]
    page = get_html(client, f"/works/{work_id}/evidence/warning/death*s*grief")
    assert "stated by the file" in page and "<li>tag: Grief/Mourning</li>" in page
    assert "No passages are recorded" not in page
