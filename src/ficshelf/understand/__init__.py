"""Understanding a story: the analysis pipeline (see ``pipeline``) and its stages.

``STAGE_MODULES`` (in ``pipeline``) is the one place the default pipeline is defined:
importing these modules registers their stages, which happens on the first analysis (or any
read of the registry), not on importing this package. A new stage module goes into that list
after the stages it requires.
"""

from __future__ import annotations

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand.pipeline import STAGE_MODULES, run, stage

__all__ = ["STAGE_MODULES", "analyze", "run", "stage"]


def analyze(doc: RawDocument) -> Analysis:
    """Return the analysis of ``doc`` by the default pipeline (every registered stage).

    Raises ``PipelineError`` naming the stage that failed.
    """
    return run(doc)
