"""Stages that read English only: the runner alone decides whether they run.

A stage registered ``english_only`` is skipped by the runner on text in another language or
in none (``pipeline.reads_english``) and named in ``skipped_stages``; the stage itself holds
no language check of its own, so a stage called directly reads whatever it is given, and
never crashes on any text, whatever language it is in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand import analyze, pipeline
from ficshelf.understand.narration import find_narration
from ficshelf.understand.pipeline import registered, skipped_stages

GERMAN = (
    "Der Fährmann\n\nEs regnete seit drei Tagen, und der Fluss war über die Ufer getreten. "
    "Anna stand am Steg und wartete auf das Boot, das nicht kam.\n\n„Du wirst nass“, sagte "
    "ihr Bruder Jakob und hielt ihr den Schirm hin. „Komm ins Haus, Anna. Er kommt heute "
    "nicht mehr.“\n\n„Er hat es versprochen“, antwortete sie leise. Ich sehe ihn nicht."
)
# base64: a text in no language at all
JUNK = "\n".join(
    "".join("QWxhZGRpbjpvcGVuIHNlc2FtZQ+/x9Zk3Lq0"[(i * 7 + j * 13) % 36] for j in range(76))
    for i in range(40)
)
ENGLISH_ONLY = [st.name for st in registered().values() if st.english_only]


@contextmanager
def english_everywhere() -> Iterator[None]:
    """A runner that runs the English-only stages on every text (as a direct call would)."""
    with mock.patch.object(pipeline, "reads_english", lambda analysis: True):
        yield


def test_the_english_only_stages_are_the_ones_the_report_names() -> None:
    assert ENGLISH_ONLY == [
        "narration",
        "characters",
        "speakers",
        "relationships",
        "themes",
        "summary",
    ]


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (JUNK, "zxx")])
def test_the_runner_skips_them_and_says_so(text: str, code: str) -> None:
    analysis = analyze(RawDocument(text, "story.txt", "txt"))
    assert analysis.layer("language")[0].label == code
    assert [st.name for st in skipped_stages(analysis)] == ENGLISH_ONLY
    for name in ENGLISH_ONLY:
        for layer in registered()[name].assigns:
            assert analysis.layers[layer] == ()


def test_a_stage_called_directly_reads_what_it_is_given() -> None:
    # the German story, read by the stages before narration: narration called directly
    # finds its person and tense (the runner, not the stage, keeps it off German text)
    before = [name for name in registered() if name != "narration"]
    before = before[: before.index("characters")]
    analysis = pipeline.run(RawDocument(GERMAN, "story.txt", "txt"), before)
    assert analysis.layer("language")[0].label == "de"
    found = find_narration(analysis)
    assert [s.label for s in found["pov"]] and [s.label for s in found["tense"]]


@pytest.mark.parametrize("text", [GERMAN, JUNK, "", "“", "Ich.\n\n„Nein“"])
def test_every_stage_runs_on_any_text_when_called(text: str) -> None:
    with english_everywhere():
        analysis = analyze(RawDocument(text, "story.txt", "txt"))
    assert not skipped_stages(Analysis(analysis.doc, {"language": (Span(0, 0, "en"),)}))
    for name in ENGLISH_ONLY:
        assert all(layer in analysis.layers for layer in registered()[name].assigns)


_WORDS = GERMAN.split(" ") + ["„", "“", "«", "»", "—", "\n\n", "Ich", "sagte", "du"]
_ANY_TEXT = st.lists(
    st.sampled_from(_WORDS) | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",))),
    max_size=120,
).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY_TEXT)
def test_the_english_only_stages_never_crash_on_any_text(text: str) -> None:
    with english_everywhere():
        analysis = analyze(RawDocument(text, "story.txt", "txt"))
    for spans in analysis.layers.values():
        assert all(0 <= s.start <= s.end <= len(text) for s in spans)
