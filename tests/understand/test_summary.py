"""The "summary" stage: one or two narration sentences of the body, never a note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ficshelf.ingest import read_document
from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand import analyze
from ficshelf.understand.summary import MAX_CANDIDATES, best_sentences

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"

STORY = """\
A/N: Hello hello! This is my first story about the lighthouse keeper and her sister, please
review and tell me what you think of the lighthouse!

Maren Holt had kept the lighthouse on Skerry Point for eleven winters, and in all that time
her sister Ilse had never once come out to visit.

The boat came in at noon. Maren watched it from the gallery, a small grey shape on a grey
sea, and did not believe it until she saw the red scarf.

"You could have written," Maren said, when Ilse was standing on the jetty with her bag.

"I did write. The letters are in the bag. I brought them with me, so I could watch you read
them."

They climbed the hundred and twelve steps together. At the top Ilse stopped to get her
breath and looked out at the water, and for a long time neither sister said anything at all.

That night the lamp turned over their heads as it always did, and Maren read the letters one
by one by its light.
"""


def unwrap(text: str) -> str:
    """Join the lines of each paragraph (the story above is wrapped for reading)."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text)


def summary_of(text: str) -> list[str]:
    analysis = analyze(RawDocument(unwrap(text), "story.txt", "txt"))
    return [s.text_of(analysis.text) for s in analysis.layer("summary")]


def test_the_summary_is_narration_from_the_body_not_the_note() -> None:
    summary = summary_of(STORY)
    assert 1 <= len(summary) <= 2
    assert "Maren Holt had kept the lighthouse" in summary[0]
    assert not any("A/N" in s or "review" in s for s in summary)
    assert not any('"' in s for s in summary)


def test_summary_spans_are_body_sentences_in_text_order() -> None:
    analysis = analyze(RawDocument(unwrap(STORY), "story.txt", "txt"))
    spans = analysis.layer("summary")
    sentences = set(analysis.layer("sentences"))
    assert all(Span(s.start, s.end) in sentences for s in spans)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(s.label == "" for s in spans)


@pytest.mark.parametrize(
    "text", ["", "Hi.", '"All dialogue here, every word of it," she said to him.', "* * *"]
)
def test_no_candidate_gives_an_empty_summary(text: str) -> None:
    assert summary_of(text) == []


def test_non_english_gives_an_empty_summary() -> None:
    text = (
        "Maren tenait le phare de la pointe depuis onze hivers, et pendant tout ce temps sa "
        "sœur Ilse n'était jamais venue la voir. Le bateau arriva à midi, gris sur la mer grise."
    )
    assert summary_of(text) == []


def test_a_long_story_reads_a_bounded_number_of_candidates() -> None:
    para = (
        "The keeper climbed the stairs again, slowly, and lit the great lamp that turned "
        "all night over the grey sea."
    )
    text = "\n\n".join([para] * (MAX_CANDIDATES * 3))
    analysis = analyze(RawDocument(text, "story.txt", "txt"))
    (span,) = best_sentences(analysis)
    assert span.start < len(text) // 3


def test_every_sample_story_gets_a_summary() -> None:
    for path in sorted(CORPUS.glob("*.gold.json")):
        if int(path.name.split("-")[0]) > 15:  # stories 01-15
            continue
        story = next(
            p
            for p in CORPUS.glob(path.name.split(".")[0] + ".*")
            if p.suffix in (".txt", ".html", ".epub")
        )
        analysis: Analysis = analyze(read_document(str(story), story.read_bytes()))
        summary = analysis.layer("summary")
        assert 1 <= len(summary) <= 2, story.name
        notes = analysis.layer("notes")
        for s in summary:
            assert not any(n.start <= s.start < n.end for n in notes)
