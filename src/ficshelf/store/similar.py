"""SQL behind "more like this" (the logic is in ``ficshelf.similar``).

Three tables (``store.schema``): ``similar_signatures`` (one row per indexed work: its
dialogue share and how many text terms its signature holds), ``similar_features`` (a tag or a
text term works are compared on, with ``works``, the number of signatures it is in) and
``similar_postings`` (work, feature, weight). One feature of kind ``all`` counts the indexed
works. The counters are kept exact by ``write_signature`` and ``forget_work``: every change
to a work's postings adjusts them in the same transaction, in feature-id order so that
concurrent writers on PostgreSQL never deadlock.

Reads are bounded whatever the size of the library: a work's own postings (primary key), a
feature's champion list (``ix_similar_postings_champions``, best weights first, ``LIMIT``),
the postings of a few hundred candidates (primary key). Reads for a batch of works start
from the works (the primary keys of their postings and tag links), as for one work: the
batch is never slower than the works one at a time (benchmarks/similar_refresh.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)

from ficshelf.store import schema
from ficshelf.store.bulk import fast_insert
from ficshelf.store.portable import insert_new

ALL_KIND = "all"
"""The kind of the one feature whose ``works`` counts every indexed work."""
TAG_KIND = "tag"
TERM_KIND = "term"

FeatureKey = tuple[str, str]  # (kind, key): ("tag", "<tag id>") or ("term", "lantern")

_CHUNK = 500
_REANALYSE = 1000  # features added at once that call for fresh statistics (PostgreSQL)
_ALL: FeatureKey = (ALL_KIND, "*")

_signatures = schema.similar_signatures
_features = schema.similar_features
_postings = schema.similar_postings


@dataclass(frozen=True, slots=True)
class Posting:
    """One feature of a work's signature: the feature, the number of works it is in, and
    its weight in this work. ``tag_id`` is set for tag features, ``key`` holds the term."""

    feature_id: int
    kind: str
    key: str
    tag_id: int | None
    works: int
    weight: float


@dataclass(frozen=True, slots=True)
class TagLabel:
    """A tag as recommendations name it: its type and (canonical) name."""

    type: str
    name: str


@dataclass(frozen=True, slots=True)
class SignatureRow:
    """What the bulk writer stores for one work: its features with weights (tag features
    carry their tag id) and its dialogue share."""

    work_id: int
    features: Mapping[FeatureKey, float]
    tag_ids: Mapping[FeatureKey, int]
    dialogue_share: float | None
    terms: int


def _signature_tags_query() -> Any:
    links, tags = schema.work_tags, schema.tags
    canonical = tags.alias("canonical")
    return (
        select(
            links.c.work_id,
            func.coalesce(canonical.c.id, tags.c.id),
            tags.c.type,
            func.coalesce(canonical.c.name_key, tags.c.name_key),
        )
        .select_from(
            links.join(tags, tags.c.id == links.c.tag_id).outerjoin(
                canonical, canonical.c.id == tags.c.canonical_id
            )
        )
        .where(
            links.c.work_id.in_(bindparam("work_ids", expanding=True)),
            links.c.removed.is_(False),
            # ``type || ''`` keeps SQLite from starting at every tag of the types (the index
            # on tags (type, …)) and probing each for every work: the links of the works
            # come first (primary key), then their tags.
            (tags.c.type + "").in_(bindparam("types", expanding=True)),
        )
        .distinct()
    )


# Built once, like the other statements below: they run for every batch of works saved.
_SIGNATURE_TAGS = _signature_tags_query()


def signature_tags(
    conn: Connection, work_ids: Collection[int], types: Collection[str]
) -> dict[int, list[tuple[int, str, str]]]:
    """Return, for each of ``work_ids`` that has any, the distinct ``(canonical tag id, type,
    canonical name key)`` of its tags of the given ``types``, sorted, leaving out the tags a
    person took off."""
    found: dict[int, list[tuple[int, str, str]]] = {}
    ordered = sorted(set(work_ids))
    for at in range(0, len(ordered), _CHUNK):
        params = {"work_ids": ordered[at : at + _CHUNK], "types": sorted(types)}
        for work_id, tag_id, tag_type, key in conn.execute(_SIGNATURE_TAGS, params):
            found.setdefault(int(work_id), []).append((int(tag_id), str(tag_type), str(key)))
    for tags in found.values():
        tags.sort()
    return found


@dataclass(frozen=True, slots=True)
class WorkState:
    """What a "more like this" query needs to know first, read in one round trip: whether
    the work exists, its dialogue share and the number of indexed works (at least 1)."""

    exists: bool
    dialogue_share: float | None
    library: int


def work_state(conn: Connection, work_id: int) -> WorkState:
    """Return the ``WorkState`` of work ``work_id`` (one statement)."""
    works = schema.works
    row = conn.execute(
        select(
            select(works.c.id).where(works.c.id == work_id).exists().label("found"),
            select(_signatures.c.dialogue_share)
            .where(_signatures.c.work_id == work_id)
            .scalar_subquery()
            .label("share"),
            select(_features.c.works)
            .where(_features.c.kind == ALL_KIND, _features.c.key == "*")
            .scalar_subquery()
            .label("library"),
        )
    ).one()
    share = None if row.share is None else float(row.share)
    return WorkState(bool(row.found), share, max(int(row.library or 0), 1))


def work_text(conn: Connection, work_id: int) -> str | None:
    """Return the stored text of work ``work_id``, ``None`` if there is no such work."""
    found: str | None = conn.execute(
        select(schema.works.c.text).where(schema.works.c.id == work_id)
    ).scalar_one_or_none()
    return found


def texts_and_shares(
    conn: Connection, work_ids: Collection[int]
) -> dict[int, tuple[str, float | None]]:
    """Return the stored text and dialogue share (``None`` when unknown) of each of
    ``work_ids`` that exists, ``_CHUNK`` works a statement."""
    works = schema.works
    query = (
        select(works.c.id, works.c.text, _signatures.c.dialogue_share)
        .outerjoin(_signatures, _signatures.c.work_id == works.c.id)
        .where(works.c.id.in_(bindparam("work_ids", expanding=True)))
    )
    found: dict[int, tuple[str, float | None]] = {}
    ordered = sorted(set(work_ids))
    for at in range(0, len(ordered), _CHUNK):
        for work_id, text, share in conn.execute(query, {"work_ids": ordered[at : at + _CHUNK]}):
            found[int(work_id)] = (str(text), None if share is None else float(share))
    return found


def signature_count(conn: Connection) -> int:
    """Return the number of works with a signature."""
    found = conn.execute(
        select(_features.c.works).where(_features.c.kind == ALL_KIND, _features.c.key == "*")
    ).scalar_one_or_none()
    return int(found or 0)


def _postings_of_kind(kind: str, column: Any) -> Any:
    """``(work id, column)`` of the postings of the works ``:work_ids`` whose feature is of
    kind ``kind``."""
    return (
        select(_postings.c.work_id, column)
        .join(_features, _features.c.id == _postings.c.feature_id)
        .where(
            _postings.c.work_id.in_(bindparam("work_ids", expanding=True)),
            # ``kind || ''`` keeps SQLite off the (kind, key) index: started there, it probes
            # every feature of the kind for every work (tens of millions of look-ups for a
            # batch of 500 works); the works' postings come first (primary key), then their
            # features.
            _features.c.kind + "" == kind,
        )
    )


_TERMS_OF = _postings_of_kind(TERM_KIND, _features.c.key)


def signature_terms(conn: Connection, work_ids: Collection[int]) -> dict[int, list[str]]:
    """Return the text terms of the signatures of those of ``work_ids`` that have any."""
    found: dict[int, list[str]] = {}
    ordered = sorted(set(work_ids))
    for at in range(0, len(ordered), _CHUNK):
        for work_id, key in conn.execute(_TERMS_OF, {"work_ids": ordered[at : at + _CHUNK]}):
            found.setdefault(int(work_id), []).append(str(key))
    return found


_TERM_COUNTS = select(_features.c.key, _features.c.works).where(
    _features.c.kind == TERM_KIND, _features.c.key.in_(bindparam("keys", expanding=True))
)


def term_counts(conn: Connection, terms: Iterable[str]) -> dict[str, int]:
    """Return how many signatures hold each of ``terms`` (terms in none are left out)."""
    wanted = sorted(set(terms))
    found: dict[str, int] = {}
    for at in range(0, len(wanted), _CHUNK):
        for key, works in conn.execute(_TERM_COUNTS, {"keys": wanted[at : at + _CHUNK]}):
            found[key] = int(works)
    return found


def dialogue_share(conn: Connection, work_id: int) -> float | None:
    """Return the stored dialogue share of work ``work_id`` (``None`` when unknown)."""
    found: float | None = conn.execute(
        select(_signatures.c.dialogue_share).where(_signatures.c.work_id == work_id)
    ).scalar_one_or_none()
    return found


def _feature_ids(
    conn: Connection, keys: Iterable[FeatureKey], tag_ids: Mapping[FeatureKey, int]
) -> dict[FeatureKey, int]:
    """Return the id of each feature, adding the ones not stored yet (with ``works`` 0)."""
    wanted = set(keys)
    ids = _find_features(conn, wanted)
    missing = sorted(wanted - set(ids))
    if missing:
        insert_new(
            conn,
            _features,
            [
                {"kind": kind, "key": key, "tag_id": tag_ids.get((kind, key)), "works": 0}
                for kind, key in missing
            ],
            unique=[_features.c.kind, _features.c.key],
        )
        if conn.dialect.name == "postgresql" and len(missing) >= _REANALYSE:
            # The table grew fast (a bulk load): fresh statistics keep look-ups on the index.
            conn.exec_driver_sql("ANALYZE similar_features")
        ids.update(_find_features(conn, missing))
    return ids


_FIND_FEATURES = select(_features.c.key, _features.c.id).where(
    _features.c.kind == bindparam("kind"), _features.c.key.in_(bindparam("keys", expanding=True))
)


def _find_features(conn: Connection, keys: Iterable[FeatureKey]) -> dict[FeatureKey, int]:
    by_kind: dict[str, list[str]] = {}
    for kind, key in keys:
        by_kind.setdefault(kind, []).append(key)
    found: dict[FeatureKey, int] = {}
    for kind, names in by_kind.items():
        names.sort()
        for at in range(0, len(names), _CHUNK):
            rows = conn.execute(_FIND_FEATURES, {"kind": kind, "keys": names[at : at + _CHUNK]})
            found.update({(kind, key): int(feature_id) for key, feature_id in rows})
    return found


_ADJUST_COUNT = (
    update(_features)
    .where(_features.c.id == bindparam("fid"))
    .values(works=_features.c.works + bindparam("delta"))
)
_OLD_FEATURES = select(_postings.c.feature_id).where(
    _postings.c.work_id.in_(bindparam("work_ids", expanding=True))
)
_DELETE_POSTINGS = delete(_postings).where(
    _postings.c.work_id.in_(bindparam("work_ids", expanding=True))
)
_DELETE_SIGNATURES = delete(_signatures).where(
    _signatures.c.work_id.in_(bindparam("work_ids", expanding=True))
)


def _adjust_counts(conn: Connection, deltas: Mapping[int, int]) -> None:
    """Add each delta to its feature's ``works``, in id order (no deadlocks)."""
    changes = [{"fid": fid, "delta": delta} for fid, delta in sorted(deltas.items()) if delta]
    if changes:
        conn.execute(_ADJUST_COUNT, changes)


def _drop_postings(conn: Connection, work_ids: Sequence[int]) -> Counter[int]:
    """Delete the postings and signature rows of ``work_ids``; return the counter deltas."""
    deltas: Counter[int] = Counter()
    dropped = 0
    for at in range(0, len(work_ids), _CHUNK):
        key = {"work_ids": list(work_ids[at : at + _CHUNK])}
        old = [int(fid) for fid in conn.execute(_OLD_FEATURES, key).scalars()]
        if old:
            deltas.subtract(old)
            conn.execute(_DELETE_POSTINGS, key)
        dropped += conn.execute(_DELETE_SIGNATURES, key).rowcount
    if dropped:
        all_id = _feature_ids(conn, [_ALL], {})[_ALL]
        deltas[all_id] -= dropped
    return deltas


def _features_of(rows: Sequence[SignatureRow]) -> tuple[set[FeatureKey], dict[FeatureKey, int]]:
    """The features of ``rows`` (with ``_ALL``, which counts every work) and the tag id of
    each of their tag features."""
    keys: set[FeatureKey] = {_ALL}
    tag_ids: dict[FeatureKey, int] = {}
    for row in rows:
        keys.update(row.features)
        tag_ids.update(row.tag_ids)
    return keys, tag_ids


def write_signatures(conn: Connection, rows: Sequence[SignatureRow]) -> None:
    """Replace the signatures of the works of ``rows`` (each: its features with weights, tag
    features carrying their tag id, its dialogue share and term count), keeping the counters
    exact, in a fixed number of statements per batch."""
    if not rows:
        return
    deltas = _drop_postings(conn, sorted({row.work_id for row in rows}))
    keys, tag_ids = _features_of(rows)
    ids = _feature_ids(conn, keys, tag_ids)
    conn.execute(
        insert(_signatures),
        [
            {"work_id": row.work_id, "dialogue_share": row.dialogue_share, "terms": row.terms}
            for row in rows
        ],
    )
    deltas[ids[_ALL]] += len(rows)
    postings = [
        {"work_id": row.work_id, "feature_id": ids[key], "weight": weight}
        for row in rows
        for key, weight in row.features.items()
    ]
    if postings:
        conn.execute(insert(_postings), postings)
        deltas.update(ids[key] for row in rows for key in row.features)
    _adjust_counts(conn, deltas)


_TAG_POSTINGS = _postings_of_kind(TAG_KIND, _postings.c.feature_id)
_SIGNED = select(_signatures.c.work_id).where(
    _signatures.c.work_id.in_(bindparam("work_ids", expanding=True))
)
_DELETE_POSTING = delete(_postings).where(
    _postings.c.work_id == bindparam("wid"), _postings.c.feature_id == bindparam("fid")
)


def signed_works(conn: Connection, work_ids: Collection[int]) -> list[int]:
    """Return those of ``work_ids`` that have a signature, ascending."""
    found: list[int] = []
    ordered = sorted(set(work_ids))
    for at in range(0, len(ordered), _CHUNK):
        rows = conn.execute(_SIGNED, {"work_ids": ordered[at : at + _CHUNK]}).scalars()
        found.extend(int(work_id) for work_id in rows)
    return sorted(found)


def replace_tag_postings(
    conn: Connection,
    features: Mapping[int, Mapping[FeatureKey, float]],
    tag_ids: Mapping[FeatureKey, int],
) -> None:
    """Replace the tag features of the signatures of the works in ``features`` (work id →
    its tag features with weights; ``tag_ids`` gives each feature's tag), leaving their
    text terms and dialogue share alone and keeping the counters exact. The works must
    have signatures (``signed_works``)."""
    if not features:
        return
    work_ids = sorted(features)
    old: list[tuple[int, int]] = []
    for at in range(0, len(work_ids), _CHUNK):
        found = conn.execute(_TAG_POSTINGS, {"work_ids": work_ids[at : at + _CHUNK]})
        old.extend((int(work_id), int(fid)) for work_id, fid in found)
    deltas: Counter[int] = Counter()
    if old:
        conn.execute(_DELETE_POSTING, [{"wid": w, "fid": f} for w, f in old])
        deltas.update({fid: -n for fid, n in Counter(f for _, f in old).items()})
    keys = {key for weights in features.values() for key in weights}
    ids = _feature_ids(conn, keys, tag_ids)
    new = [
        (work_id, ids[key], weight)
        for work_id in work_ids
        for key, weight in features[work_id].items()
    ]
    if new:
        conn.execute(
            insert(_postings), [{"work_id": w, "feature_id": f, "weight": x} for w, f, x in new]
        )
        deltas.update(Counter(fid for _, fid, _ in new))
    _adjust_counts(conn, deltas)


def forget_work(conn: Connection, work_id: int) -> None:
    """Remove the signature of work ``work_id`` (before the work is deleted), keeping the
    counters exact. Does nothing for a work without one."""
    _adjust_counts(conn, _drop_postings(conn, [work_id]))


def bulk_write_signatures(
    conn: Connection,
    rows: Sequence[SignatureRow],
    known: dict[FeatureKey, int] | None = None,
) -> None:
    """Store the signatures of many new works at once (works that have none yet), for bulk
    loads. The feature counters are not touched: call ``recount_features`` once the load is
    done (one statement, instead of one per feature per batch). ``known`` caches feature
    ids across calls (pass the same dict to each call of one load)."""
    if not rows:
        return
    keys, tag_ids = _features_of(rows)
    ids = {} if known is None else known
    ids.update(_feature_ids(conn, keys.difference(ids), tag_ids))
    fast_insert(
        conn,
        _signatures,
        ("work_id", "dialogue_share", "terms"),
        [(r.work_id, r.dialogue_share, r.terms) for r in rows],
    )
    postings = [
        (row.work_id, ids[key], weight) for row in rows for key, weight in row.features.items()
    ]
    fast_insert(conn, _postings, ("work_id", "feature_id", "weight"), postings)


def work_postings(conn: Connection, work_id: int) -> list[Posting]:
    """Return the signature of work ``work_id`` (empty when it has none)."""
    rows = conn.execute(
        select(
            _postings.c.feature_id,
            _features.c.kind,
            _features.c.key,
            _features.c.tag_id,
            _features.c.works,
            _postings.c.weight,
        )
        .select_from(_postings.join(_features, _features.c.id == _postings.c.feature_id))
        .where(_postings.c.work_id == work_id)
    )
    return [
        Posting(int(r.feature_id), r.kind, r.key, r.tag_id, int(r.works), float(r.weight))
        for r in rows
    ]


def champions(
    conn: Connection, feature_ids: Sequence[int], limit: int
) -> list[tuple[int, int, float]]:
    """Return, for each of ``feature_ids``, the ``limit`` works it weighs most in, as
    ``(feature id, work id, weight)``: one index range per feature, in one statement."""
    if not feature_ids:
        return []
    parts = [
        select(_postings.c.feature_id, _postings.c.work_id, _postings.c.weight)
        .where(_postings.c.feature_id == fid)
        .order_by(_postings.c.weight.desc())
        .limit(limit)
        .subquery()
        for fid in feature_ids
    ]
    query = union_all(*(select(part) for part in parts))
    return [(int(f), int(w), float(weight)) for f, w, weight in conn.execute(query)]


def postings_of(
    conn: Connection, work_ids: Collection[int], feature_ids: Collection[int]
) -> list[tuple[int, int, float, float | None]]:
    """Return ``(work id, feature id, weight, the work's dialogue share)`` for each of
    ``feature_ids`` in each of ``work_ids`` (primary-key look-ups, one statement)."""
    if not work_ids or not feature_ids:
        return []
    # ``feature_id + 0`` keeps the planner on the primary key (work_id, feature_id): the
    # champions index would read every posting of each feature.
    rows = conn.execute(
        select(
            _postings.c.work_id,
            _postings.c.feature_id,
            _postings.c.weight,
            _signatures.c.dialogue_share,
        )
        .select_from(_postings.outerjoin(_signatures, _signatures.c.work_id == _postings.c.work_id))
        .where(
            _postings.c.work_id.in_(sorted(work_ids)),
            (_postings.c.feature_id + 0).in_(sorted(feature_ids)),
        )
    )
    return [
        (int(w), int(f), float(weight), None if share is None else float(share))
        for w, f, weight, share in rows
    ]


def tag_labels(conn: Connection, tag_ids: Collection[int]) -> dict[int, TagLabel]:
    """Return the type and canonical name of each of ``tag_ids``."""
    if not tag_ids:
        return {}
    tags = schema.tags
    canonical = tags.alias("canonical")
    rows = conn.execute(
        select(tags.c.id, tags.c.type, func.coalesce(canonical.c.name, tags.c.name))
        .select_from(tags.outerjoin(canonical, canonical.c.id == tags.c.canonical_id))
        .where(tags.c.id.in_(sorted(tag_ids)))
    )
    return {int(tag_id): TagLabel(tag_type, name) for tag_id, tag_type, name in rows}


def works_carrying(
    conn: Connection, work_ids: Collection[int], tag_ids: Collection[int]
) -> set[int]:
    """Return which of ``work_ids`` carry one of ``tag_ids`` or a synonym of one (links a
    person removed do not count)."""
    if not work_ids or not tag_ids:
        return set()
    links, tags = schema.work_tags, schema.tags
    wanted = sorted(tag_ids)
    rows = conn.execute(
        select(links.c.work_id)
        .select_from(links.join(tags, tags.c.id == links.c.tag_id))
        .where(
            links.c.work_id.in_(sorted(work_ids)),
            links.c.removed.is_(False),
            or_(tags.c.id.in_(wanted), tags.c.canonical_id.in_(wanted)),
        )
    )
    return {int(work_id) for work_id in rows.scalars()}


def unindexed_works(conn: Connection, after: int, limit: int) -> list[int]:
    """Return up to ``limit`` ids above ``after`` of works without a signature, in order."""
    works = schema.works
    rows = conn.execute(
        select(works.c.id)
        .where(
            works.c.id > after,
            ~select(_signatures.c.work_id).where(_signatures.c.work_id == works.c.id).exists(),
        )
        .order_by(works.c.id)
        .limit(limit)
    )
    return [int(work_id) for work_id in rows.scalars()]


def recount_features(conn: Connection) -> None:
    """Recompute every feature's ``works`` from the postings (after a bulk load or to
    repair counters), and the count of indexed works."""
    counted = (
        select(_postings.c.feature_id, func.count().label("works"))
        .group_by(_postings.c.feature_id)
        .subquery()
    )
    conn.execute(update(_features).where(_features.c.kind != ALL_KIND).values(works=0))
    conn.execute(
        update(_features)
        .where(_features.c.id == counted.c.feature_id)
        .values(works=counted.c.works)
    )
    all_id = _feature_ids(conn, [_ALL], {})[_ALL]
    total = conn.execute(select(func.count()).select_from(_signatures)).scalar_one()
    conn.execute(update(_features).where(_features.c.id == all_id).values(works=total))
