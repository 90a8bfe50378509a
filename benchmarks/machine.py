"""Describe the machine a benchmark ran on, and the commit it measured (printed with every
figure)."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path


def describe() -> str:
    """Return one line: CPU model, cores, memory, OS and Python version."""
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB RAM"
    except (ValueError, OSError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def commit_of(path: Path) -> str:
    """Return the short commit of the git checkout ``path`` is in ("" when it is none)."""
    done = subprocess.run(
        ["git", "-C", str(path), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def print_header(script: str) -> None:
    """Print what every benchmark prints first: the machine, the commit of the checkout the
    script ``script`` (its ``__file__``) is in, and the load average at the start."""
    print(describe())
    print(f"commit {commit_of(Path(script).resolve().parent)}")
    print("load average at start: " + " ".join(f"{x:.1f}" for x in os.getloadavg()))
