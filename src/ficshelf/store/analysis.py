"""What the pipeline found in a work, kept for the reader views: its paragraphs (with their
kind), its characters and its quotes with their speakers; and the evidence behind a tag.

``set_work_analysis`` is called by ``store.works`` inside the transaction that saves the work
and replaces everything stored for it (these rows are the pipeline's alone: nobody edits
them, so re-importing simply rewrites them). The reads return frozen dataclasses.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, delete, func, insert, or_, select

from ficshelf.errors import NotFound
from ficshelf.model import BlockKind, BlockRecord, Provenance, TagType, WorkRecord
from ficshelf.store import schema
from ficshelf.store.portable import fit
from ficshelf.store.tags import tag_key, tidy_tag_name


@dataclass(frozen=True, slots=True)
class CharacterView:
    """A character of a work: canonical name, aliases, how often it is mentioned, the quotes
    (and words in them) credited to it, its salience and whether it narrates."""

    name: str
    aliases: tuple[str, ...]
    mentions: int
    quotes: int
    quote_words: int
    salience: float
    narrator: bool


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote of a work: offsets of the quoted words, the speaker's canonical name (``None``
    when unknown) with its confidence, word count, and whether it stands in a note."""

    start: int
    end: int
    speaker: str | None
    confidence: float
    words: int
    in_note: bool


@dataclass(frozen=True, slots=True)
class WorkAnalysis:
    """A work's text with what the pipeline found in it. ``analysed`` is false for a work
    stored without analysis (then ``blocks``, ``characters`` and ``quotes`` are empty)."""

    work_id: int
    text: str
    analysed: bool
    blocks: tuple[BlockRecord, ...]
    characters: tuple[CharacterView, ...]
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True, slots=True)
class TagEvidence:
    """A tag on a work and why: the canonical tag's type and name, the link's provenance,
    confidence and evidence spans (offsets into the work's text), and ``sources``: where
    the file's own metadata states it ("tag: Grief/Mourning"), evidence with no span."""

    type: str
    name: str
    provenance: Provenance
    confidence: float | None
    evidence: tuple[tuple[int, int], ...]
    sources: tuple[str, ...] = ()


def set_work_analysis(conn: Connection, work_id: int, work: WorkRecord, *, new: bool) -> None:
    """Replace the paragraphs, characters and quotes stored for work ``work_id`` with those
    of ``work``. ``new`` says nothing is stored for it yet (saves three statements)."""
    if not new:
        for table in (schema.analysis_quotes, schema.analysis_characters, schema.analysis_works):
            conn.execute(delete(table).where(table.c.work_id == work_id))
    conn.execute(
        insert(schema.analysis_works),
        {
            "work_id": work_id,
            "blocks": [[b.start, b.end, b.kind.value] for b in work.blocks],
        },
    )
    characters = schema.analysis_characters
    ids: dict[str, int] = {}
    if work.characters:
        # RETURNING in parameter order gives each character's id without reading them back.
        returned = conn.execute(
            insert(characters).returning(characters.c.id, sort_by_parameter_order=True),
            [
                {
                    "work_id": work_id,
                    "position": position,
                    "name": fit(c.name, characters.c.name),
                    "aliases": list(c.aliases),
                    "mentions": [list(span) for span in c.mentions],
                    "mention_count": len(c.mentions),
                    "quote_count": c.quotes,
                    "quote_words": c.quote_words,
                    "salience": c.salience,
                    "narrator": c.narrator,
                }
                for position, c in enumerate(work.characters)
            ],
        )
        for character, character_id in zip(work.characters, returned.scalars(), strict=True):
            ids.setdefault(character.name, character_id)
    if work.quotes:
        conn.execute(
            insert(schema.analysis_quotes),
            [
                {
                    "work_id": work_id,
                    "position": position,
                    "start": q.start,
                    "end": q.end,
                    "character_id": ids.get(q.speaker) if q.speaker else None,
                    "confidence": q.confidence,
                    "words": q.words,
                    "in_note": q.in_note,
                }
                for position, q in enumerate(work.quotes)
            ],
        )


_BLOCK_KINDS = {kind.value: kind for kind in BlockKind}


def _blocks(raw: object) -> tuple[BlockRecord, ...]:
    if not isinstance(raw, list):
        return ()
    kinds = _BLOCK_KINDS
    return tuple(BlockRecord(int(s), int(e), kinds[k]) for s, e, k in raw)


def work_analysis(conn: Connection, work_id: int) -> WorkAnalysis:
    """Return work ``work_id``'s text with its stored paragraphs, characters (most salient
    first) and quotes (in text order). Raises ``NotFound`` if there is no such work."""
    found = work_analysis_without_quotes(conn, work_id)
    quotes = _quotes(conn, schema.analysis_quotes.c.work_id == work_id)
    return dataclasses.replace(found, quotes=quotes)


def work_analysis_without_quotes(conn: Connection, work_id: int) -> WorkAnalysis:
    """Return ``work_analysis`` of work ``work_id`` with no ``quotes``: for a view that
    reads them a stretch at a time (``story_quotes``) and counts them in SQL
    (``speaker_tallies``). Raises ``NotFound`` if there is no such work."""
    works, analysed = schema.works, schema.analysis_works
    row = conn.execute(
        select(works.c.text, analysed.c.blocks)
        .select_from(works.outerjoin(analysed, analysed.c.work_id == works.c.id))
        .where(works.c.id == work_id)
    ).one_or_none()
    if row is None:
        raise NotFound(f"no work with id {work_id}")
    chars = schema.analysis_characters
    character_rows = conn.execute(
        select(
            chars.c.name,
            chars.c.aliases,
            chars.c.mention_count,
            chars.c.quote_count,
            chars.c.quote_words,
            chars.c.salience,
            chars.c.narrator,
        )
        .where(chars.c.work_id == work_id)
        .order_by(chars.c.position)
    )
    return WorkAnalysis(
        work_id=work_id,
        text=row.text,
        analysed=row.blocks is not None,
        blocks=_blocks(row.blocks),
        characters=tuple(
            CharacterView(
                name=r.name,
                aliases=tuple(r.aliases or ()),
                mentions=r.mention_count,
                quotes=r.quote_count,
                quote_words=r.quote_words,
                salience=r.salience,
                narrator=bool(r.narrator),
            )
            for r in character_rows
        ),
        quotes=(),
    )


def _quotes(conn: Connection, *where: ColumnElement[bool]) -> tuple[QuoteView, ...]:
    """The quotes ``where`` selects, in text order, each with its speaker's name."""
    chars, quotes = schema.analysis_characters, schema.analysis_quotes
    rows = conn.execute(
        select(
            quotes.c.start,
            quotes.c.end,
            chars.c.name,
            quotes.c.confidence,
            quotes.c.words,
            quotes.c.in_note,
        )
        .select_from(quotes.outerjoin(chars, chars.c.id == quotes.c.character_id))
        .where(*where)
        .order_by(quotes.c.position)
    )
    return tuple(
        QuoteView(
            start=r.start,
            end=r.end,
            speaker=r.name,
            confidence=r.confidence,
            words=r.words,
            in_note=bool(r.in_note),
        )
        for r in rows
    )


def story_quotes(conn: Connection, work_id: int, low: int, high: int) -> tuple[QuoteView, ...]:
    """Return the quotes of work ``work_id``'s story (not those in its notes) that overlap
    the stretch of its text from ``low`` to ``high``, in text order."""
    quotes = schema.analysis_quotes
    return _quotes(
        conn,
        quotes.c.work_id == work_id,
        quotes.c.in_note.is_(False),
        quotes.c.end > low,
        quotes.c.start < high,
    )


def speaker_tallies(conn: Connection, work_id: int) -> dict[str | None, tuple[int, int]]:
    """Return, for each speaker of work ``work_id``'s story quotes (those in its notes left
    out; ``None``: nobody was found to say them), how many quotes they say and how many
    words those quotes hold: counted in SQL, not read quote by quote."""
    chars, quotes = schema.analysis_characters, schema.analysis_quotes
    rows = conn.execute(
        select(chars.c.name, func.count(), func.coalesce(func.sum(quotes.c.words), 0))
        .select_from(quotes.outerjoin(chars, chars.c.id == quotes.c.character_id))
        .where(quotes.c.work_id == work_id, quotes.c.in_note.is_(False))
        .group_by(chars.c.name)
    )
    return {name: (int(said), int(words)) for name, said, words in rows}


def tag_evidence(conn: Connection, work_id: int, tag_type: TagType, name: str) -> TagEvidence:
    """Return the tag named ``name`` (or a synonym of it, any spelling) on work ``work_id``
    with the provenance, confidence and evidence of its link (the most authoritative link
    when the work carries the tag under several synonyms, all their evidence together).
    Raises ``NotFound`` when there is no such tag on the work (or a person removed it)."""
    tags, links = schema.tags, schema.work_tags
    canonical_id = func.coalesce(tags.c.canonical_id, tags.c.id)
    named = conn.execute(
        select(canonical_id).where(
            tags.c.type == TagType(tag_type).value,
            tags.c.name_key == tag_key(tidy_tag_name(name)),
        )
    ).scalar()
    if named is None:
        raise NotFound(f"no {tag_type} tag named {name!r}")
    canonical_name = conn.execute(select(tags.c.name).where(tags.c.id == named)).scalar_one()
    rows = conn.execute(
        select(links.c.provenance, links.c.confidence, links.c.evidence, links.c.sources)
        .select_from(links.join(tags, tags.c.id == links.c.tag_id))
        .where(
            links.c.work_id == work_id,
            links.c.removed.is_(False),
            or_(tags.c.id == named, tags.c.canonical_id == named),
        )
    ).all()
    if not rows:
        raise NotFound(f"work {work_id} has no {tag_type} tag {canonical_name!r}")
    rank = {Provenance.EDITOR: 0, Provenance.AUTHOR: 1, Provenance.INFERRED: 2}
    best = min(rows, key=lambda r: (rank[Provenance(r.provenance)], -(r.confidence or 0.0)))
    spans = {(int(s), int(e)) for r in rows for s, e in (r.evidence or ())}
    return TagEvidence(
        type=TagType(tag_type).value,
        name=canonical_name,
        provenance=Provenance(best.provenance),
        confidence=best.confidence,
        evidence=tuple(sorted(spans)),
        sources=tuple(dict.fromkeys(str(s) for r in rows for s in (r.sources or ()))),
    )
