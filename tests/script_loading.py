"""Loading a script of ``scripts/`` (or ``benchmarks/``) as a module, for the tests that call
its functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
BENCHMARKS = SCRIPTS.parent / "benchmarks"


def load_script(name: str, module_name: str | None = None, folder: Path = SCRIPTS) -> ModuleType:
    """Return ``NAME.py`` of ``folder`` (``scripts/`` unless given) run as a fresh module
    called ``module_name`` (``name`` unless given), registered in ``sys.modules`` first: a
    script's dataclasses look their module up there."""
    spec = importlib.util.spec_from_file_location(module_name or name, folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
