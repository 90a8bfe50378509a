"""The stage registry and the pipeline runner.

A stage is a plain function ``Analysis -> {layer name: spans}`` registered by name with the
layers it ``requires`` (assigned by earlier stages) and the layers it ``assigns``. It returns
only its new layers; the runner adds them to a fresh ``Analysis`` (earlier layers are never
replaced). A stage may also declare layers of statements it ``states`` (``model.Statement``:
findings with no span of the text, such as a warning an AO3 tag states), returned in the
same mapping. In the spirit of spaCy components::

    @stage("dialogue", requires=["paragraphs"], assigns=["quotes"])
    def find_quotes(analysis: Analysis) -> dict[str, tuple[Span, ...]]:
        ...

The default pipeline is defined in one place, ``STAGE_MODULES``: importing those modules
registers their stages, and the default pipeline runs every registered stage, those of
``STAGE_MODULES`` in its order first. The modules are imported on first use of the registry
(``load_default_stages``), not when the package is imported: a program that only needs the
data model (searching the library, serving it) does not pay for compiling the stages'
patterns, about a second.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from ficshelf.errors import PipelineError, StageOrderError
from ficshelf.model import Analysis, Layers, RawDocument, Span, Statement, Statements
from ficshelf.understand.regex_from_parse import shared_charsets

log = logging.getLogger(__name__)

StageFunc = Callable[[Analysis], Mapping[str, tuple[Span, ...] | tuple[Statement, ...]]]


@dataclass(frozen=True)
class Stage:
    """A registered stage: its name, the layers it needs and adds, its function, and the
    layers of statements it adds (``states``)."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    func: StageFunc
    states: tuple[str, ...] = ()
    english_only: bool = False
    # the fields of the ``analyze --json`` object the stage decides ("quotes.speaker": a
    # field of each quote), which the report names when the stage is skipped
    fields: tuple[str, ...] = ()
    # what the stages after this one read instead of the analysis (the same text in other
    # characters, one for one: every offset stays put); ``None``: the analysis itself
    view: Callable[[Analysis], Analysis] | None = None


# The default pipeline: its stage modules, each after the stages it requires.
STAGE_MODULES: tuple[str, ...] = (
    "ficshelf.understand.text",
    "ficshelf.understand.notes",
    "ficshelf.understand.language",
    "ficshelf.understand.dialogue",
    "ficshelf.understand.narration",
    "ficshelf.understand.characters",
    "ficshelf.understand.speakers",
    "ficshelf.understand.fandom",
    "ficshelf.understand.relationships",
    "ficshelf.understand.themes",
    "ficshelf.understand.summary",
)

_REGISTRY: dict[str, Stage] = {}
# ``registered()``'s order, worked out once per state of the registry: the registry it was
# sorted from, its size then, and the order (``None`` once a stage registers).
_ordered: tuple[dict[str, Stage], int, dict[str, Stage]] | None = None
_defaults_loaded = False
_load_lock = threading.Lock()


def load_default_stages() -> None:
    """Import the modules of ``STAGE_MODULES`` (once per process), registering their stages.

    Every function that reads the registry calls this first. Raises whatever importing a
    stage module raises."""
    global _defaults_loaded
    if _defaults_loaded:
        return
    with _load_lock:
        if not _defaults_loaded:
            # (the collector paused: the modules build hundreds of thousands of objects
            # that live as long as the process, word tables and compiled patterns, and the
            # collector's passes over them were about a tenth of the imports; and each
            # distinct character set compiled once: some 800 sets of fewer than 200 kinds)
            with collector_paused(), shared_charsets():
                for module in STAGE_MODULES:
                    importlib.import_module(module)
            _defaults_loaded = True


def stage(
    name: str,
    *,
    requires: Sequence[str] = (),
    assigns: Sequence[str],
    states: Sequence[str] = (),
    english_only: bool = False,
    fields: Sequence[str] | None = None,
    view: Callable[[Analysis], Analysis] | None = None,
) -> Callable[[StageFunc], StageFunc]:
    """Return a decorator that registers a function as the stage ``name``. A stage that
    reads English only (``english_only``) is not run on a text in another language, or in
    none (``reads_english``): its layers are empty, and ``skipped_stages`` names it with
    the ``fields`` of the ``analyze --json`` object it decides (which such a stage must
    declare, ``()`` for none, so that the report never forgets one); ``view`` (see
    ``Stage``) rewrites the text the later stages of a run read, never what the run returns.

    The decorated function is returned unchanged. Raises ``ValueError`` when the name is
    already registered to another function, when ``assigns`` is empty or ``assigns`` and
    ``states`` together name a layer twice, or when an ``english_only`` stage does not
    declare its ``fields``.
    """
    assigns_t, states_t = tuple(assigns), tuple(states)
    if not assigns_t or len(set(assigns_t + states_t)) != len(assigns_t + states_t):
        raise ValueError(f"stage {name!r} must assign one or more distinct layers")
    if english_only and fields is None:
        raise ValueError(f"English-only stage {name!r} must declare the fields it decides")
    fields_t = tuple(fields or ())

    def register(func: StageFunc) -> StageFunc:
        known = _REGISTRY.get(name)
        # Re-registering the same function (a module reload) is harmless; a clash is not.
        if known is not None and _identity(known.func) != _identity(func):
            raise ValueError(f"stage {name!r} is already registered")
        global _ordered
        _REGISTRY[name] = Stage(
            name, tuple(requires), assigns_t, func, states_t, english_only, fields_t, view
        )
        _ordered = None
        return func

    return register


def _identity(func: StageFunc) -> tuple[str, str]:
    return (getattr(func, "__module__", ""), getattr(func, "__qualname__", repr(func)))


def registered() -> dict[str, Stage]:
    """Return a copy of the registry: stage name to ``Stage``, in the default pipeline's order
    (the stages of ``STAGE_MODULES`` in its order, then any others in registration order; a
    module imported early for its helpers, such as ``fandom`` by the library, keeps its place)."""
    global _ordered
    load_default_stages()
    cached = _ordered
    if cached is not None and cached[0] is _REGISTRY and cached[1] == len(_REGISTRY):
        return dict(cached[2])  # sorted once, not on every run
    rank = {module: i for i, module in enumerate(STAGE_MODULES)}
    items = sorted(
        enumerate(_REGISTRY.values()),
        key=lambda item: (rank.get(item[1].func.__module__, len(rank)), item[0]),
    )
    ordered = {st.name: st for _, st in items}
    _ordered = (_REGISTRY, len(_REGISTRY), ordered)
    return dict(ordered)


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
        for layer in st.assigns + st.states:
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
        return tuple(registered().values())
    load_default_stages()
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
    # (each character set compiled once a process: the patterns the stages compile on first
    # use make the sets the imports made, ``shared_charsets``)
    with collector_paused(), shared_charsets():
        return _run_stages(doc, chosen)


def _run_stages(doc: RawDocument, chosen: Sequence[Stage]) -> Analysis:
    analysis = Analysis(doc)
    for st in chosen:
        began, began_cpu = time.perf_counter(), time.process_time()
        produced: Mapping[str, tuple[Span, ...] | tuple[Statement, ...]]
        try:
            if st.english_only and not reads_english(analysis):
                produced = {layer: () for layer in (*st.assigns, *st.states)}
            else:
                produced = st.func(analysis)
        except Exception as exc:
            raise PipelineError(st.name, f"{type(exc).__name__}: {exc}") from exc
        log.debug(
            "stage %s: %.2f ms (%.2f ms CPU)",
            st.name,
            (time.perf_counter() - began) * 1000,
            (time.process_time() - began_cpu) * 1000,
        )
        layers, statements = _check_output(st, produced, len(doc.text))
        analysis = analysis.with_layers(layers, statements)
        if st.view is not None:
            analysis = _viewed(st.name, st.view, analysis)
    if analysis.doc is not doc:
        analysis = Analysis(doc, analysis.layers, analysis.statements)
    return analysis


def reads_english(analysis: Analysis) -> bool:
    """Return whether the stages that read English only run on ``analysis``: its
    ``language`` layer says "en", or could not tell (""), or there is none."""
    spans = analysis.layers.get("language", ())
    return not spans or spans[0].label in ("en", "")


def skipped_stages(analysis: Analysis) -> tuple[Stage, ...]:
    """Return the registered stages that read English only and were skipped on
    ``analysis`` (its text is in another language, or in none), in pipeline order; empty
    when the text reads as English."""
    if reads_english(analysis):
        return ()
    return tuple(
        st
        for st in registered().values()
        if st.english_only and all(layer in analysis.layers for layer in st.assigns)
    )


def _viewed(name: str, view: Callable[[Analysis], Analysis], analysis: Analysis) -> Analysis:
    """Return the analysis the stages after the stage ``name`` read (its ``view``); raises
    ``PipelineError`` when the view moved an offset (changed the text's length) or a layer."""
    viewed = view(analysis)
    if len(viewed.text) != len(analysis.text) or viewed.layers is not analysis.layers:
        raise PipelineError(name, "its view must keep the text's offsets and the layers")
    return viewed


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


def _check_output(st: Stage, produced: object, size: int) -> tuple[Layers, Statements]:
    """Return the layers of spans and of statements ``produced`` holds; raise
    ``PipelineError`` unless it holds exactly the declared layers, each a tuple of spans
    inside a text of ``size`` characters (of ``Statement`` for a layer the stage ``states``)."""
    if not isinstance(produced, Mapping):
        raise PipelineError(st.name, f"returned {type(produced).__name__}, not a mapping")
    declared = set(st.assigns) | set(st.states)
    if set(produced) != declared:
        raise PipelineError(
            st.name,
            f"returned layers {sorted(produced)}, declared {sorted(declared)}",
        )
    layers: dict[str, tuple[Span, ...]] = {}
    statements: dict[str, tuple[Statement, ...]] = {}
    for layer in (*st.assigns, *st.states):  # (in declared order, as the layers are added)
        spans = produced[layer]
        if not isinstance(spans, tuple):
            raise PipelineError(
                st.name, f"layer {layer!r} is a {type(spans).__name__}, not a tuple"
            )
        kind = Statement if layer in st.states else Span
        for span in spans:
            if not isinstance(span, kind):
                raise PipelineError(st.name, f"layer {layer!r} holds {type(span).__name__}")
            if isinstance(span, Span) and span.end > size:
                raise PipelineError(
                    st.name, f"layer {layer!r}: span {span.start}:{span.end} past the text end"
                )
        if kind is Statement:
            statements[layer] = spans
        else:
            layers[layer] = spans
    return layers, statements
