"""A hand-made analysis for tests of what is built from the pipeline's layers: a short
story with every layer the later stages assign, at offsets found in the text."""

from __future__ import annotations

from types import MappingProxyType

from ficshelf.model import Analysis, GivenMetadata, RawDocument, Span
from ficshelf.understand.relationships import relationship_label

STORY = (
    "Gullrock Nights\n\n"
    "A/N: my first Gullrock Chronicles fic!\n\n"
    "Chapter 1\n\n"
    'Maren Holt climbed the stairs. "The oil is low," she said.\n\n'
    '"Then we row," Ivo said. Maren kissed him anyway.\n\n'
    "* * *\n\n"
    "The storm broke. Ivo swore at the gulls, and Maren laughed at him.\n"
)


def find(text: str, needle: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return Span(at, at + len(needle))


def labelled(span: Span, label: str, score: float = 1.0) -> Span:
    return Span(span.start, span.end, label, score)


def story_analysis(text: str = STORY, given: GivenMetadata | None = None) -> Analysis:
    """``STORY`` with every layer filled in by hand."""
    paragraphs = [
        find(text, "Gullrock Nights"),
        find(text, "A/N: my first Gullrock Chronicles fic!"),
        find(text, "Chapter 1"),
        find(text, 'Maren Holt climbed the stairs. "The oil is low," she said.'),
        find(text, '"Then we row," Ivo said. Maren kissed him anyway.'),
        find(text, "* * *"),
        find(text, "The storm broke. Ivo swore at the gulls, and Maren laughed at him."),
    ]
    body = [paragraphs[3], paragraphs[4], paragraphs[6]]
    sentences = [
        find(text, "Maren Holt climbed the stairs."),
        find(text, '"The oil is low," she said.'),
        find(text, '"Then we row," Ivo said.'),
        find(text, "Maren kissed him anyway."),
        find(text, "The storm broke."),
        find(text, "Ivo swore at the gulls, and Maren laughed at him."),
    ]
    oil, row = find(text, "The oil is low,"), find(text, "Then we row,")
    maren = [find(text, "Maren Holt"), find(text, "Maren", 1), find(text, "Maren", 2)]
    ivo = [find(text, "Ivo"), find(text, "Ivo", 1)]
    pair = relationship_label("romantic", "major", "Maren Holt", "Ivo Brandt")
    layers = {
        "paragraphs": tuple(paragraphs),
        "sentences": tuple(sentences),
        "notes": (
            labelled(paragraphs[0], "title"),
            labelled(paragraphs[1], "authors_note"),
        ),
        "chapters": (Span(paragraphs[2].start, paragraphs[6].end, ""),),
        "chapter_headings": (labelled(paragraphs[2], ""),),
        "scene_breaks": (paragraphs[5],),
        "body": tuple(body),
        "fandom_mentions": (labelled(find(text, "Gullrock Chronicles"), "Gullrock Chronicles"),),
        "language": (Span(0, len(text), "en", 0.99),),
        "quotes": (oil, row),
        "pov": (Span(body[0].start, body[-1].end, "third", 0.9),),
        "tense": (Span(body[0].start, body[-1].end, "past", 0.8),),
        "mentions": tuple(
            sorted(
                [labelled(s, "Maren Holt", 0.9) for s in maren]
                + [labelled(s, "Ivo Brandt", 0.8) for s in ivo]
                + [labelled(find(text, "the gulls"), "the gulls", 0.3)],
                key=lambda s: s.start,
            )
        ),
        "characters": (
            labelled(maren[0], "Maren Holt", 1.0),
            labelled(ivo[0], "Ivo Brandt", 0.7),
            labelled(find(text, "the gulls"), "the gulls", 0.1),
        ),
        "narrator": (),
        "speakers": (labelled(oil, "Maren Holt", 0.95), labelled(row, "Ivo Brandt", 0.9)),
        "relationships": (
            labelled(sentences[3], pair, 0.8),
            labelled(sentences[5], pair, 0.8),
        ),
        "fandoms": (labelled(find(text, "Gullrock Chronicles"), "Gullrock Chronicles", 0.9),),
        "warnings": (labelled(find(text, "Ivo swore at the gulls"), "profanity", 0.6),),
        "rating": (Span(body[0].start, body[-1].end, "Teen", 0.7),),
        "summary": (sentences[0],),
    }
    doc = RawDocument(text, "gullrock.txt", "txt", given or GivenMetadata())
    return Analysis(doc, MappingProxyType(layers))
