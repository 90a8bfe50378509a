"""The stage registry and runner: registration, order checks, output checks, errors."""

from __future__ import annotations

import gc
import logging
import subprocess
import sys
from collections.abc import Iterator, Mapping

import pytest

from ficshelf.errors import PipelineError, StageOrderError
from ficshelf.model import Analysis, RawDocument, Span, Statement
from ficshelf.understand import STAGE_MODULES, analyze, pipeline, run, stage
from ficshelf.understand.pipeline import Stage, check_order, registered

Layers = Mapping[str, tuple[Span, ...]]


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let a test register throw-away stages without touching the real registry."""
    monkeypatch.setattr(pipeline, "_REGISTRY", {})
    monkeypatch.setattr(pipeline, "_defaults_loaded", True)
    yield


def doc(text: str = "One. Two.") -> RawDocument:
    return RawDocument(text, "test.txt", "txt")


def _whole(analysis: Analysis) -> Layers:
    return {"whole": (Span(0, len(analysis.text), "all"),)}


def _first_word(analysis: Analysis) -> Layers:
    whole = analysis.layer("whole")[0]
    return {"first": (Span(whole.start, analysis.text.index(" ")),)}


def test_default_pipeline_registers_text_then_notes() -> None:
    names = list(registered())
    assert names[:2] == ["text", "notes"]
    assert STAGE_MODULES[0].endswith(".text")
    check_order(list(registered().values()))


def test_analyze_runs_every_registered_stage() -> None:
    analysis = analyze(doc("Hello there.\n\nGeneral Kenobi."))
    assigned = {layer for st in registered().values() for layer in st.assigns}
    assert set(analysis.layers) == assigned
    assert [s.text_of(analysis.text) for s in analysis.layer("paragraphs")] == [
        "Hello there.",
        "General Kenobi.",
    ]


def test_run_chains_stages_and_keeps_earlier_layers(registry: None) -> None:
    stage("whole", assigns=["whole"])(_whole)
    stage("first", requires=["whole"], assigns=["first"])(_first_word)
    analysis = run(doc())
    assert analysis.layer("whole") == (Span(0, 9, "all"),)
    assert analysis.layer("first")[0].text_of(analysis.text) == "One."


def test_run_a_chosen_subset(registry: None) -> None:
    stage("whole", assigns=["whole"])(_whole)
    stage("first", requires=["whole"], assigns=["first"])(_first_word)
    assert set(run(doc(), ["whole"]).layers) == {"whole"}


def test_missing_requirement_is_refused_before_running(registry: None) -> None:
    ran: list[str] = []

    def whole(analysis: Analysis) -> Layers:
        ran.append("whole")
        return _whole(analysis)

    stage("whole", assigns=["whole"])(whole)
    stage("first", requires=["whole"], assigns=["first"])(_first_word)
    with pytest.raises(StageOrderError, match="first.*requires whole") as info:
        run(doc(), ["first", "whole"])
    assert info.value.stage == "first"
    assert ran == []


def test_a_layer_assigned_twice_is_refused() -> None:
    one = Stage("one", (), ("x",), _whole)
    two = Stage("two", (), ("x", "y"), _whole)
    with pytest.raises(StageOrderError, match="already assigned by 'one'"):
        check_order([one, two])


def test_unknown_stage_name(registry: None) -> None:
    with pytest.raises(PipelineError, match="no such stage"):
        run(doc(), ["nope"])


def test_a_failing_stage_is_wrapped_and_named(registry: None) -> None:
    def broken(analysis: Analysis) -> Layers:
        raise ZeroDivisionError("boom")

    stage("broken", assigns=["x"])(broken)
    with pytest.raises(PipelineError, match="stage 'broken': ZeroDivisionError: boom") as info:
        run(doc())
    assert info.value.stage == "broken"
    assert isinstance(info.value.__cause__, ZeroDivisionError)


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        ({}, "returned layers"),
        ({"x": (), "extra": ()}, "returned layers"),
        ({"x": [Span(0, 1)]}, "not a tuple"),
        ({"x": ((0, 1),)}, "holds tuple"),
        ({"x": (Span(0, 99),)}, "past the text end"),
        ([("x", ())], "not a mapping"),
    ],
)
def test_stage_output_is_checked(registry: None, returned: object, message: str) -> None:
    def sloppy(analysis: Analysis) -> Layers:
        return returned  # type: ignore[return-value]

    stage("sloppy", assigns=["x"])(sloppy)
    with pytest.raises(PipelineError, match=message):
        run(doc())


def test_a_stage_adds_statements_beside_its_layers(registry: None) -> None:
    def tagged(analysis: Analysis) -> Mapping[str, tuple[Span, ...] | tuple[Statement, ...]]:
        return {"x": (Span(0, 3, "one"),), "said": (Statement("one", "tag: One"),)}

    stage("tagged", assigns=["x"], states=["said"])(tagged)
    analysis = run(doc())
    assert analysis.layer("x") == (Span(0, 3, "one"),)
    assert dict(analysis.statements) == {"said": (Statement("one", "tag: One"),)}
    assert "said" not in analysis.layers


@pytest.mark.parametrize(
    ("returned", "message"),
    [
        ({"x": ()}, "returned layers"),
        ({"x": (), "said": (Span(0, 1),)}, "holds Span"),
        ({"x": (Statement("a", "b"),), "said": ()}, "holds Statement"),
    ],
)
def test_statements_are_checked_as_layers_are(
    registry: None, returned: object, message: str
) -> None:
    def sloppy(analysis: Analysis) -> Layers:
        return returned  # type: ignore[return-value]

    stage("sloppy", assigns=["x"], states=["said"])(sloppy)
    with pytest.raises(PipelineError, match=message):
        run(doc())


def test_a_statement_layer_is_named_once_among_the_layers(registry: None) -> None:
    with pytest.raises(ValueError, match="distinct layers"):
        stage("twice", assigns=["a"], states=["a"])
    stage("first", assigns=["said"])(_whole)
    stage("second", assigns=["x"], states=["said"])(_whole)
    with pytest.raises(StageOrderError, match="already assigned"):
        check_order(list(registered().values()))


def test_registering_a_different_function_under_a_taken_name(registry: None) -> None:
    stage("whole", assigns=["whole"])(_whole)
    stage("whole", assigns=["whole"])(_whole)  # the same function again: harmless
    with pytest.raises(ValueError, match="already registered"):
        stage("whole", assigns=["whole"])(_first_word)


def test_a_stage_must_assign_distinct_layers() -> None:
    with pytest.raises(ValueError, match="distinct layers"):
        stage("empty", assigns=[])
    with pytest.raises(ValueError, match="distinct layers"):
        stage("twice", assigns=["a", "a"])


def test_stages_are_timed_in_the_debug_log(
    registry: None, caplog: pytest.LogCaptureFixture
) -> None:
    stage("whole", assigns=["whole"])(_whole)
    with caplog.at_level(logging.DEBUG, logger="ficshelf.understand.pipeline"):
        run(doc())
    assert any("stage whole:" in r.getMessage() and " ms" in r.getMessage() for r in caplog.records)


def test_registered_returns_a_copy() -> None:
    copy = registered()
    copy.clear()
    assert registered()


def test_the_garbage_collector_is_paused_while_stages_run(registry: None) -> None:
    seen: list[bool] = []

    def watch(analysis: Analysis) -> Layers:
        seen.append(gc.isenabled())
        return _whole(analysis)

    stage("whole", assigns=["whole"])(watch)
    assert gc.isenabled()
    run(doc())
    assert seen == [False]
    assert gc.isenabled()


def test_the_garbage_collector_comes_back_after_a_failing_stage(registry: None) -> None:
    def broken(analysis: Analysis) -> Layers:
        raise ValueError("boom")

    stage("broken", assigns=["x"])(broken)
    with pytest.raises(PipelineError):
        run(doc())
    assert gc.isenabled()


def test_a_disabled_garbage_collector_stays_disabled(registry: None) -> None:
    stage("whole", assigns=["whole"])(_whole)
    gc.disable()
    try:
        run(doc())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_stage_modules_are_imported_with_the_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[str, bool]] = []
    monkeypatch.setattr(pipeline, "_defaults_loaded", False)
    monkeypatch.setattr(
        pipeline.importlib, "import_module", lambda name: seen.append((name, gc.isenabled()))
    )
    assert gc.isenabled()
    pipeline.load_default_stages()
    assert seen == [(module, False) for module in STAGE_MODULES]
    assert gc.isenabled()


def test_nested_pauses_restore_the_collector_once() -> None:
    with pipeline.collector_paused():
        with pipeline.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def _in_fresh_interpreter(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_importing_the_package_does_not_load_the_stages() -> None:
    code = (
        "import sys, ficshelf.understand, ficshelf.records\n"
        "print(sorted(m for m in sys.modules if m.startswith('ficshelf.understand.th')))\n"
        "from ficshelf.understand.pipeline import registered\n"
        "names = registered()\n"
        "print('themes' in names and 'ficshelf.understand.themes' in sys.modules)"
    )
    assert _in_fresh_interpreter(code).splitlines() == ["[]", "True"]


def test_a_stage_module_imported_early_keeps_its_place_in_the_default_order() -> None:
    code = (
        "import ficshelf.understand.fandom\n"
        "from ficshelf.understand.pipeline import registered\n"
        "print(' '.join(registered()))"
    )
    names = _in_fresh_interpreter(code).split()
    assert names[:2] == ["text", "notes"]
    assert names.index("fandom") > names.index("speakers")  # its place, not the first
    check_order([registered()[name] for name in names])


def test_a_name_is_never_both_a_span_layer_and_a_statement_layer() -> None:
    analysis = Analysis(RawDocument("One two.", "a.txt", "txt"))
    with pytest.raises(ValueError, match="already assigned: said"):
        analysis.with_layers({"said": (Span(0, 3),)}, {"said": (Statement("one", "tag: One"),)})
    added = analysis.with_layers({"x": (Span(0, 3),)}, {"said": (Statement("one", "tag: One"),)})
    with pytest.raises(ValueError, match="already assigned: said"):
        added.with_layers({"said": ()})
