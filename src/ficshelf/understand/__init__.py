"""Understanding a story: the analysis pipeline (see ``pipeline``) and its stages.

``STAGE_MODULES`` is the one place the default pipeline is defined: importing these modules,
in this order, registers their stages, and the default pipeline runs every registered stage
in registration order. A new stage module goes into this list after the stages it requires.
"""

from __future__ import annotations

import importlib

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand.pipeline import run, stage

__all__ = ["STAGE_MODULES", "analyze", "run", "stage"]

STAGE_MODULES: tuple[str, ...] = (
    "ficshelf.understand.text",
    "ficshelf.understand.notes",
    "ficshelf.understand.language",
    "ficshelf.understand.dialogue",
    "ficshelf.understand.narration",
    "ficshelf.understand.characters",
    "ficshelf.understand.speakers",
    "ficshelf.understand.relationships",
    "ficshelf.understand.fandom",
    "ficshelf.understand.themes",
    "ficshelf.understand.summary",
)

for _module in STAGE_MODULES:
    importlib.import_module(_module)


def analyze(doc: RawDocument) -> Analysis:
    """Return the analysis of ``doc`` by the default pipeline (every registered stage).

    Raises ``PipelineError`` naming the stage that failed.
    """
    return run(doc)
