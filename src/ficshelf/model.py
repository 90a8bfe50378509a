"""The data model shared by every layer: documents, spans, analyses and work records.

Everything here is a frozen dataclass. Annotations are stand-off spans: ``start``/``end``
are Python ``str`` offsets into the decoded text of one document, so ``text[start:end]`` is
exactly the annotated stretch. Pipeline stages never mutate what earlier stages produced; they
return new layers of spans (see ``ficshelf.understand.pipeline``).

Layers::

    RawDocument   what an importer read from a file: decoded text, structure and metadata
    Analysis      the document plus named layers of spans added by the pipeline stages, and
                  named layers of statements (findings no span of the text holds)
    WorkRecord    what the store saves for one work (built by ``ficshelf.importer``)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from types import MappingProxyType


class Provenance(StrEnum):
    """Where a tag on a work came from. A person's correction (``EDITOR``) always wins."""

    AUTHOR = "author"
    INFERRED = "inferred"
    EDITOR = "editor"


class TagType(StrEnum):
    """AO3 tag types plus ficshelf's own (pov, tense)."""

    FANDOM = "fandom"
    CHARACTER = "character"
    RELATIONSHIP = "relationship"
    RATING = "rating"
    WARNING = "warning"
    CATEGORY = "category"
    FREEFORM = "freeform"
    POV = "pov"
    TENSE = "tense"


class NoteKind(StrEnum):
    """Kinds of front and end matter (the ``notes`` of the analyze contract)."""

    TITLE = "title"
    BYLINE = "byline"
    DISCLAIMER = "disclaimer"
    AUTHORS_NOTE = "authors_note"
    SUMMARY = "summary"
    EPIGRAPH = "epigraph"


class Placement(StrEnum):
    """Where a note stands: before or after the whole work, or a chapter."""

    FRONT = "front"
    END = "end"


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch ``text[start:end]`` of a document, with a score in [0, 1]."""

    start: int
    end: int
    label: str = ""
    score: float = 1.0

    def __init__(self, start: int, end: int, label: str = "", score: float = 1.0) -> None:
        # (written out, the dataclass's own signature: the generated one looks up
        # ``object.__setattr__`` for each field and then calls a ``__post_init__`` for the
        # check, and a story makes a span for every mention, sentence and quote; each field
        # is stored through its slot's own setter, ``_set_start`` and the others below:
        # ``object.__setattr__`` checks the call and looks the slot up again, about twice
        # the instructions)
        if not 0 <= start <= end:
            raise ValueError(f"invalid span {start}:{end}")
        _set_start(self, start)
        _set_end(self, end)
        _set_label(self, label)
        _set_score(self, score)

    def text_of(self, text: str) -> str:
        """Return the stretch of ``text`` this span covers."""
        return text[self.start : self.end]


# The setters of ``Span``'s slots (its member descriptors' ``__set__``), which its
# ``__init__`` stores the fields with.
_set_start, _set_end, _set_label, _set_score = (
    vars(Span)[name].__set__ for name in ("start", "end", "label", "score")
)


@dataclass(frozen=True, slots=True)
class GivenTag:
    """A tag the file itself carries (an AO3 download's ``dl.tags``, an EPUB subject)."""

    type: TagType
    name: str


@dataclass(frozen=True, slots=True)
class GivenNote:
    """A note the file carries as structure (AO3 summary, notes, chapter notes).

    ``chapter`` is the 0-based chapter index for chapter notes, ``None`` for work notes.
    """

    kind: NoteKind
    text: str
    placement: Placement = Placement.FRONT
    chapter: int | None = None
    html: str | None = None


@dataclass(frozen=True, slots=True)
class GivenChapter:
    """A chapter the file marks up: its title and where its body stands in the text.

    ``html`` is the chapter body as HTML from the source (not yet sanitised), or ``None``
    for plain text, where the reader's HTML is built from paragraphs.
    """

    title: str | None
    start: int
    end: int
    html: str | None = None


@dataclass(frozen=True)
class GivenMetadata:
    """Metadata the file states outright (all optional; plain text usually has none)."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    summary: str | None = None
    language: str | None = None
    published: date | None = None
    updated: date | None = None
    url: str | None = None
    series: str | None = None
    series_part: int | None = None
    series_url: str | None = None
    word_count: int | None = None
    chapters_posted: int | None = None
    chapters_expected: int | None = None
    complete: bool | None = None
    tags: tuple[GivenTag, ...] = ()
    notes: tuple[GivenNote, ...] = ()
    kudos: int | None = None
    hits: int | None = None


@dataclass(frozen=True)
class RawDocument:
    """One story as read from a file, before any analysis.

    ``text`` is the decoded story text (for plain text: the file after BOM removal and
    decoding; for HTML and EPUB: the story's text extracted from the markup, chapters joined
    by blank lines). ``chapters`` is empty unless the format marks chapters up itself.
    """

    text: str
    source: str
    format: str
    given: GivenMetadata = field(default_factory=GivenMetadata)
    chapters: tuple[GivenChapter, ...] = ()
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Statement:
    """A finding with no span of the text behind it: what the file's own metadata states
    (an AO3 download's tags, its notes or summary, kept out of the text). ``label`` is the
    finding (a warning), ``source`` names where it is stated ("tag: Major Character Death"),
    ``score`` its confidence in [0, 1]."""

    label: str
    source: str
    score: float = 1.0


Layers = Mapping[str, tuple[Span, ...]]
Statements = Mapping[str, tuple[Statement, ...]]


@dataclass(frozen=True)
class Analysis:
    """A document and the layers of spans the pipeline stages have added to it, and the
    layers of statements (``Statement``: findings stated outside the text, with no span)."""

    doc: RawDocument
    layers: Layers = field(default_factory=lambda: MappingProxyType({}))
    statements: Statements = field(default_factory=lambda: MappingProxyType({}))

    @property
    def text(self) -> str:
        return self.doc.text

    def layer(self, name: str) -> tuple[Span, ...]:
        """Return the spans of layer ``name``; raises ``KeyError`` if no stage assigned it."""
        return self.layers[name]

    def statement_sources(self, name: str) -> dict[str, list[str]]:
        """Return the sources of the statements of layer ``name`` by label, in order (empty
        when no stage stated that layer)."""
        sources: dict[str, list[str]] = {}
        for statement in self.statements.get(name, ()):
            sources.setdefault(statement.label, []).append(statement.source)
        return sources

    def with_layers(self, new: Layers, statements: Statements | None = None) -> Analysis:
        """Return a copy with ``new`` layers (and ``statements`` layers) added; existing
        layers are never replaced, and a name is never both a span and a statement layer
        (``ValueError``)."""
        clash = (set(new) | set(statements or ())) & (set(self.layers) | set(self.statements))
        clash |= set(new) & set(statements or ())
        if clash:
            raise ValueError(f"layers already assigned: {', '.join(sorted(clash))}")
        if not statements:
            return replace(self, layers=MappingProxyType({**self.layers, **new}))
        return replace(
            self,
            layers=MappingProxyType({**self.layers, **new}),
            statements=MappingProxyType({**self.statements, **statements}),
        )


@dataclass(frozen=True, slots=True)
class ChapterRecord:
    """A chapter as stored: position from 0, title, offsets into the work text, reader HTML."""

    position: int
    title: str | None
    start: int
    end: int
    html: str
    word_count: int


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """A note as stored. ``start``/``end`` are offsets into the work text when the note was
    found in it, ``None`` when the file gave it as structure."""

    kind: NoteKind
    placement: Placement
    text: str
    chapter: int | None = None
    html: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class TagRecord:
    """A tag on a work with its provenance, confidence and evidence spans (offsets), and
    ``sources``: where the file's own metadata states it ("tag: Grief/Mourning", for a
    warning the file's freeform tags, notes or summary state: evidence with no span)."""

    type: TagType
    name: str
    provenance: Provenance
    confidence: float | None = None
    evidence: tuple[tuple[int, int], ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CharacterRecord:
    """A character the pipeline found in a work, as stored for the reader views.

    ``name`` is the canonical name, ``aliases`` every surface form of its mentions,
    ``mentions`` the ``(start, end)`` offsets of each mention (for highlighting), ``quotes``
    and ``quote_words`` how many quotes (and words in them) it is credited with, ``salience``
    the ``characters`` layer's score and ``narrator`` whether it narrates the story.
    """

    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()
    quotes: int = 0
    quote_words: int = 0
    salience: float = 0.0
    narrator: bool = False


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quotation as stored: offsets of the quoted words (marks excluded), the canonical
    name of its speaker (``None`` when unknown), the speaker's confidence, its word count,
    and ``in_note`` for a quote inside a note or epigraph rather than the story."""

    start: int
    end: int
    speaker: str | None = None
    confidence: float = 0.0
    words: int = 0
    in_note: bool = False


class BlockKind(StrEnum):
    """What a paragraph of a work is, for views that lay the text out themselves."""

    BODY = "body"
    NOTE = "note"
    HEADING = "heading"
    SCENE_BREAK = "scene_break"


@dataclass(frozen=True, slots=True)
class BlockRecord:
    """A paragraph of a work's text (``start``/``end`` offsets) and what it is."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True)
class WorkRecord:
    """Everything the store saves for one work. ``blocks``, ``characters`` and ``quotes``
    are what the pipeline found for the reader views (the dialogue view, tag evidence)."""

    title: str
    authors: tuple[str, ...]
    text: str
    text_hash: str
    format: str
    word_count: int
    chapters: tuple[ChapterRecord, ...]
    notes: tuple[NoteRecord, ...] = ()
    tags: tuple[TagRecord, ...] = ()
    summary: str | None = None
    language: str | None = None
    published: date | None = None
    updated: date | None = None
    url: str | None = None
    series: str | None = None
    series_part: int | None = None
    series_url: str | None = None
    """The series' own page on AO3 (``https://archiveofourown.org/series/N``), when the file
    links it: what tells two series of one name apart (``store.series``)."""
    chapters_expected: int | None = None
    complete: bool | None = None
    blocks: tuple[BlockRecord, ...] = ()
    characters: tuple[CharacterRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    kudos: int | None = None
    hits: int | None = None
    dialogue_share: float | None = None
    """The share of the story's words inside quotes (0..1), ``None`` when not measured."""


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """The file a work was imported from: path (``archive.zip!member`` inside archives),
    hash of its bytes, size in bytes and detected format."""

    path: str
    file_hash: str
    size: int
    format: str
