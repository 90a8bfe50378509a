"""The stage registry and the pipeline runner.

A stage is a plain function ``Analysis -> {layer name: spans}`` registered by name with the
layers it ``requires`` (assigned by earlier stages) and the layers it ``assigns``. It returns
only its new layers; the runner adds them to a fresh ``Analysis`` (earlier layers are never
replaced). In the spirit of spaCy components::

    @stage("dialogue", requires=["paragraphs"], assigns=["quotes"])
    def find_quotes(analysis: Analysis) -> dict[str, tuple[Span, ...]]:
        ...

The default pipeline is every registered stage in registration order; the stage modules are
imported (and so registered) in one place, ``ficshelf/understand/__init__.py``.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from ficshelf.errors import PipelineError, StageOrderError
from ficshelf.model import Analysis, RawDocument, Span

log = logging.getLogger(__name__)

StageFunc = Callable[[Analysis], Mapping[str, tuple[Span, ...]]]


@dataclass(frozen=True)
class Stage:
    """A registered stage: its name, the layers it needs and adds, and its function."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    func: StageFunc


# Insertion order is the default pipeline order.
_REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Sequence[str] = (), assigns: Sequence[str]
) -> Callable[[StageFunc], StageFunc]:
    """Return a decorator that registers a function as the stage ``name``.

    The decorated function is returned unchanged. Raises ``ValueError`` when the name is
    already registered to another function, or when ``assigns`` is empty or names a layer twice.
    """
    assigns_t = tuple(assigns)
    if not assigns_t or len(set(assigns_t)) != len(assigns_t):
        raise ValueError(f"stage {name!r} must assign one or more distinct layers")

    def register(func: StageFunc) -> StageFunc:
        known = _REGISTRY.get(name)
        # Re-registering the same function (a module reload) is harmless; a clash is not.
        if known is not None and _identity(known.func) != _identity(func):
            raise ValueError(f"stage {name!r} is already registered")
        _REGISTRY[name] = Stage(name, tuple(requires), assigns_t, func)
        return func

    return register


def _identity(func: StageFunc) -> tuple[str, str]:
    return (getattr(func, "__module__", ""), getattr(func, "__qualname__", repr(func)))


def registered() -> dict[str, Stage]:
    """Return a copy of the registry: stage name to ``Stage``, in registration order."""
    return dict(_REGISTRY)


def check_order(stages: Sequence[Stage]) -> None:
    """Check that ``stages`` can run in this order.

    Raises ``StageOrderError`` (naming the stage) when a stage requires a layer that no earlier
    stage assigns, or assigns a layer that an earlier stage already assigned.
    """
    assigned: dict[str, str] = {}
    for st in stages:
        missing = [layer for layer in st.requires if layer not in assigned]
        if missing:
            raise StageOrderError(
                st.name, f"requires {', '.join(missing)}, which no earlier stage assigns"
            )
        for layer in st.assigns:
            if layer in assigned:
                raise StageOrderError(
                    st.name, f"assigns {layer!r}, already assigned by {assigned[layer]!r}"
                )
            assigned[layer] = st.name


def resolve(names: Sequence[str] | None = None) -> tuple[Stage, ...]:
    """Return the registered stages called ``names`` (all of them, in order, for ``None``).

    Raises ``PipelineError`` naming an unknown stage.
    """
    if names is None:
        return tuple(_REGISTRY.values())
    stages = []
    for name in names:
        if name not in _REGISTRY:
            known = ", ".join(_REGISTRY) or "none"
            raise PipelineError(name, f"no such stage (registered: {known})")
        stages.append(_REGISTRY[name])
    return tuple(stages)


def run(doc: RawDocument, stages: Sequence[str] | None = None) -> Analysis:
    """Run the named stages (default: every registered stage) over ``doc``.

    Returns the ``Analysis`` holding every layer the stages assigned. Raises
    ``StageOrderError`` before running anything when the order cannot work,
    ``PipelineError`` (naming the stage, chained to the original error) when a stage
    fails or returns layers other than those it declared or spans outside the text.
    """
    chosen = resolve(stages)
    check_order(chosen)
    with collector_paused():
        return _run_stages(doc, chosen)


def _run_stages(doc: RawDocument, chosen: Sequence[Stage]) -> Analysis:
    analysis = Analysis(doc)
    for st in chosen:
        began, began_cpu = time.perf_counter(), time.process_time()
        try:
            produced = st.func(analysis)
        except Exception as exc:
            raise PipelineError(st.name, f"{type(exc).__name__}: {exc}") from exc
        log.debug(
            "stage %s: %.2f ms (%.2f ms CPU)",
            st.name,
            (time.perf_counter() - began) * 1000,
            (time.process_time() - began_cpu) * 1000,
        )
        _check_output(st, produced, len(doc.text))
        analysis = analysis.with_layers({name: produced[name] for name in st.assigns})
    return analysis


# The cyclic garbage collector, paused while stages run: they allocate hundreds of
# thousands of small objects (spans, candidates, regex matches) that live until the run
# ends, so the collector's full passes would keep walking them for nothing (about 5-10% of
# a run on a long text). The stages make no reference cycles (a run leaves nothing for
# ``gc.collect()``; refcounting frees everything), so pausing costs no memory. Nested or
# concurrent runs share one pause; the last to finish restores the collector's state.
_pause_lock = threading.Lock()
_pause_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Return a context in which Python's cyclic garbage collector is paused (reference
    counting still frees memory); on leaving it the collector is enabled again unless it was
    already disabled on entering the outermost such context. Never raises by itself."""
    global _pause_depth, _was_enabled
    with _pause_lock:
        if _pause_depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pause_depth += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pause_depth -= 1
            if _pause_depth == 0 and _was_enabled:
                gc.enable()


def _check_output(st: Stage, produced: object, size: int) -> None:
    """Raise ``PipelineError`` unless ``produced`` holds exactly the declared layers, each a
    tuple of spans inside a text of ``size`` characters."""
    if not isinstance(produced, Mapping):
        raise PipelineError(st.name, f"returned {type(produced).__name__}, not a mapping")
    if set(produced) != set(st.assigns):
        raise PipelineError(
            st.name,
            f"returned layers {sorted(produced)}, declared {sorted(st.assigns)}",
        )
    for layer, spans in produced.items():
        if not isinstance(spans, tuple):
            raise PipelineError(
                st.name, f"layer {layer!r} is a {type(spans).__name__}, not a tuple"
            )
        for span in spans:
            if not isinstance(span, Span):
                raise PipelineError(st.name, f"layer {layer!r} holds {type(span).__name__}")
            if span.end > size:
                raise PipelineError(
                    st.name, f"layer {layer!r}: span {span.start}:{span.end} past the text end"
                )
