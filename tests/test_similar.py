"""More like this: signatures, candidates, scores and explanations, on both backends."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import pytest
from hypothesis import given as given_text
from hypothesis import settings
from hypothesis import strategies as st
from sqlalchemy import Connection, select

from ficshelf.errors import NotFound
from ficshelf.model import TagRecord, TagType, WorkRecord
from ficshelf.similar import (
    Reason,
    Recommendation,
    SavedText,
    index_library,
    index_work,
    index_works,
    more_like_this,
    refresh_tags,
    refresh_work,
    select_terms,
    tag_features,
    tag_reason,
    text_terms,
)
from ficshelf.store import schema
from ficshelf.store.db import Database
from ficshelf.store.similar import TagLabel, work_postings
from ficshelf.store.tags import get_or_create_tags, set_canonical, set_editor_tag
from ficshelf.store.works import delete_work, save_work
from work_builders import given, one_chapter_work, sha, source_for

HARBOUR = (
    "The harbour lanterns swung while Wendy counted gulls above the breakwater. "
    "Peter mended the nets and the lanterns burned low over the harbour; the gulls "
    "screamed at the breakwater and the lanterns guttered. Wendy laughed at the gulls."
)
HARBOUR_TOO = (
    "Gulls wheeled over the breakwater, and Wendy lit the lanterns of the harbour one by one. "
    "Peter watched the harbour lanterns from the nets; the breakwater held, the gulls slept, "
    "and the lanterns kept the harbour bright until dawn."
)
DESERT = (
    "Sand drifted across the caravan road. The camels knelt by the oasis, and the traders "
    "argued over saffron and copper until the dunes turned violet; the caravan slept by the "
    "oasis while the saffron traders tallied copper coins under the dunes."
)


def work_record(
    text: str, *, title: str, tags: Sequence[TagRecord] = (), share: float | None = 0.5
) -> WorkRecord:
    return one_chapter_work(text, title=title, tags=tags, dialogue_share=share)


PETER = [given(TagType.FANDOM, "Peter Pan"), given(TagType.RELATIONSHIP, "Wendy Darling/Peter Pan")]


def save(db: Database, text: str, tags: list[TagRecord], name: str) -> int:
    record = work_record(text, title=name, tags=tags)
    with db.begin() as conn:
        return save_work(conn, record, source_for(f"/lib/{name}.txt", text)).work_id


def feature_counts(conn: Connection) -> dict[int, int]:
    features = schema.similar_features
    return {row.id: row.works for row in conn.execute(select(features.c.id, features.c.works))}


def true_counts(conn: Connection) -> Counter[int]:
    postings = schema.similar_postings
    return Counter(conn.execute(select(postings.c.feature_id)).scalars())


def assert_counters_exact(conn: Connection) -> None:
    stored = feature_counts(conn)
    counted = true_counts(conn)
    signatures = conn.execute(select(schema.similar_signatures.c.work_id)).all()
    all_row = conn.execute(
        select(schema.similar_features.c.works).where(schema.similar_features.c.kind == "all")
    ).scalar_one_or_none()
    assert (all_row or 0) == len(signatures)
    for feature_id, works in stored.items():
        if feature_id in counted or works:
            kind = conn.execute(
                select(schema.similar_features.c.kind).where(
                    schema.similar_features.c.id == feature_id
                )
            ).scalar_one()
            if kind != "all":
                assert works == counted[feature_id], feature_id


def test_text_terms_are_content_words_casefolded() -> None:
    counts = text_terms("The Lantern, the LANTERN and the lanterns; they looked at 42 gulls_x.")
    assert counts["lantern"] == 2
    assert "the" not in counts and "looked" not in counts and "they" not in counts
    assert "gulls_x" not in counts and "42" not in counts


def test_text_terms_survive_hostile_text() -> None:
    assert text_terms("") == Counter()
    assert text_terms("'''\"\"\" — …") == Counter()
    big = text_terms("Ωμέγα " * 200_000)
    assert big["ωμέγα"] == 200_000


def test_select_terms_prefers_rare_repeated_words() -> None:
    counts = Counter({"lantern": 5, "harbour": 4, "gull": 1} | {f"w{i}x": 2 for i in range(3)})
    works_with = {"lantern": 90, "harbour": 1}
    chosen = select_terms(counts, works_with, library=100, limit=2)
    assert "harbour" in chosen and "lantern" not in chosen
    assert sum(weight * weight for weight in chosen.values()) == pytest.approx(1.0)
    assert select_terms(Counter(), {}, 10) == {}


def test_tag_features_share_weight_within_a_type() -> None:
    features = tag_features([(1, "character"), (2, "character"), (3, "fandom"), (4, "rating")])
    assert features[("tag", "1")] == pytest.approx(features[("tag", "2")])
    assert features[("tag", "3")] > features[("tag", "1")]
    assert ("tag", "4") not in features  # ratings say little about a story


def test_recommends_the_alike_work_and_says_why(db: Database) -> None:
    first = save(db, HARBOUR, PETER, "harbour")
    second = save(db, HARBOUR_TOO, PETER, "harbour-too")
    save(db, DESERT, [given(TagType.FANDOM, "Caravans")], "desert")
    with db.connect() as conn:
        found = more_like_this(conn, first)
    assert [r.work_id for r in found] == [second]
    reasons = found[0].reasons
    assert Reason("relationship", "Wendy Darling/Peter Pan") in reasons
    assert Reason("fandom", "Peter Pan") in reasons
    assert Reason("dialogue", "dialogue-heavy") in reasons
    words = [r for r in reasons if r.kind == "words"][0].label
    assert "lanterns" in words or "harbour" in words or "gulls" in words
    assert found[0].explanation.startswith("also Wendy Darling/Peter Pan · ")


def test_unknown_work_and_bad_limit(db: Database) -> None:
    with db.connect() as conn:
        with pytest.raises(NotFound):
            more_like_this(conn, 12345)
    work_id = save(db, HARBOUR, PETER, "harbour")
    with db.connect() as conn:
        assert more_like_this(conn, work_id) == []  # nothing else in the library
        with pytest.raises(ValueError):
            more_like_this(conn, work_id, 0)


def test_excluded_tags_and_their_synonyms_are_left_out(db: Database) -> None:
    first = save(db, HARBOUR, PETER, "harbour")
    save(db, HARBOUR_TOO, PETER + [given(TagType.WARNING, "major character death")], "too")
    with db.begin() as conn:
        ids = get_or_create_tags(conn, [(TagType.WARNING, "major character death")])
        assert more_like_this(conn, first, exclude_tags=list(ids.values())) == []


def test_counters_stay_exact_through_rewrites_edits_and_deletes(db: Database) -> None:
    first = save(db, HARBOUR, PETER, "harbour")
    second = save(db, HARBOUR_TOO, PETER, "harbour-too")
    third = save(db, DESERT, [given(TagType.FANDOM, "Caravans")], "desert")
    with db.begin() as conn:
        assert_counters_exact(conn)
        # the file at harbour.txt changes: the work is rewritten in place
        changed = HARBOUR + " Tinker Bell sulked in a lantern."
        record = work_record(changed, title="harbour", tags=tuple(PETER))
        save_work(conn, record, source_for("/lib/harbour.txt", changed))
        assert_counters_exact(conn)
        set_editor_tag(conn, second, TagType.CHARACTER, "Tinker Bell")
        assert_counters_exact(conn)
        delete_work(conn, third)
        assert_counters_exact(conn)
        assert more_like_this(conn, first)[0].work_id == second


def test_a_persons_tag_edit_refreshes_the_signature(db: Database) -> None:
    first = save(db, HARBOUR, PETER, "harbour")
    second = save(db, HARBOUR_TOO, [], "harbour-too")
    with db.begin() as conn:
        before = more_like_this(conn, first)[0]
        set_editor_tag(conn, second, TagType.RELATIONSHIP, "Wendy Darling/Peter Pan")
        after = more_like_this(conn, first)[0]
        assert after.score > before.score
        assert Reason("relationship", "Wendy Darling/Peter Pan") in after.reasons
        with pytest.raises(NotFound):
            refresh_work(conn, 999)


def test_index_library_indexes_works_without_a_signature(db: Database) -> None:
    first = save(db, HARBOUR, PETER, "harbour")
    second = save(db, HARBOUR_TOO, PETER, "harbour-too")
    with db.begin() as conn:
        conn.execute(schema.similar_postings.delete())
        conn.execute(schema.similar_signatures.delete())
        assert work_postings(conn, first) == []
        assert more_like_this(conn, first) == []
        assert index_library(conn, batch=1) == 2
        assert index_library(conn) == 0
        assert [r.work_id for r in more_like_this(conn, first)] == [second]


def test_no_archive_warnings_is_no_reason(db: Database) -> None:
    none_apply = [given(TagType.WARNING, "No Archive Warnings Apply")]
    first = save(db, HARBOUR, none_apply, "harbour")
    save(db, DESERT, none_apply, "desert")
    with db.connect() as conn:
        assert more_like_this(conn, first) == []


def test_recommendation_explanation() -> None:
    assert Recommendation(1, 1.0, ()).explanation == ""
    both = Recommendation(1, 1.0, (Reason("tense", "present tense"), Reason("freeform", "grief")))
    assert both.explanation == "also present tense · grief"


@pytest.mark.parametrize(
    ("tag_type", "name", "label"),
    [
        ("tense", "Present Tense", "present tense"),
        ("tense", "Past", "past tense"),
        ("pov", "Second Person", "second person"),
        ("pov", "First", "first person"),
        ("character", "Jo March", "Jo March"),
    ],
)
def test_style_reasons_are_in_lower_case_names_as_written(
    tag_type: str, name: str, label: str
) -> None:
    assert tag_reason(TagLabel(tag_type, name)).label == label


def test_hashes_differ() -> None:
    assert sha(HARBOUR) != sha(HARBOUR_TOO)


@given_text(st.text(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_a_signature_without_failing(text: str) -> None:
    counts = text_terms(text)
    chosen = select_terms(counts, {}, library=1)
    assert len(chosen) <= 16
    assert all(weight > 0 for weight in chosen.values())


def test_a_new_synonym_refreshes_the_signatures_that_carry_it(db: Database) -> None:
    # Two works share a pairing under two spellings; once one spelling is made a synonym of
    # the other, the two works share that relationship feature, and the counters stay exact.
    first = save(db, HARBOUR, [given(TagType.RELATIONSHIP, "Wendy Darling/Peter Pan")], "a")
    second = save(db, DESERT, [given(TagType.RELATIONSHIP, "Peter/Wendy")], "b")
    pairing = Reason("relationship", "Wendy Darling/Peter Pan")
    with db.begin() as conn:
        assert all(pairing not in r.reasons for r in more_like_this(conn, first))
        set_canonical(
            conn,
            (TagType.RELATIONSHIP, "Peter/Wendy"),
            (TagType.RELATIONSHIP, "Wendy Darling/Peter Pan"),
        )
        assert_counters_exact(conn)
        found = {r.work_id: r for r in more_like_this(conn, first)}
        assert pairing in found[second].reasons
        # undoing it splits them again
        set_canonical(
            conn,
            (TagType.RELATIONSHIP, "Peter/Wendy"),
            (TagType.RELATIONSHIP, "Peter/Wendy"),
        )
        assert_counters_exact(conn)
        assert all(pairing not in r.reasons for r in more_like_this(conn, first))
        assert refresh_tags(conn, [999]) == 0


def test_signing_a_batch_equals_signing_one_at_a_time(db: Database) -> None:
    texts = {"harbour": HARBOUR, "too": HARBOUR_TOO, "desert": DESERT}
    ids = {name: save(db, text, PETER, name) for name, text in texts.items()}

    def signatures() -> dict[str, list[tuple[int, float]]]:
        with db.connect() as conn:
            return {
                name: sorted((p.feature_id, round(p.weight, 9)) for p in work_postings(conn, w))
                for name, w in ids.items()
            }

    with db.begin() as conn:
        for name, work_id in ids.items():
            index_work(conn, work_id, texts[name], 0.5)
        assert_counters_exact(conn)
    one_by_one = signatures()
    with db.begin() as conn:
        index_works(conn, [SavedText(ids[name], texts[name], 0.5) for name in texts])
        assert_counters_exact(conn)
    assert signatures() == one_by_one
