"""Scoring a story as if its canon were new: its gold fandoms left out of the fandom table.

The fandom table (``fandoms.toml``) brings a canon's cast, its couples, families and
friendships to every story written in it. A story in a canon the table has not met gets
none of that, and a held-out story written in a new canon is scored that way; a tuning
story, whose canon the table knows, is not. ``canon_left_out`` analyses a story with the
table it would have met had its canon been new (every known fandom its gold names taken
out), so the tuning stories can stand for fresh text: ``ficshelf eval --unseen-canon``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ficshelf.evaluation.gold import GoldStory
from ficshelf.understand.fandom_names import fandom_table, find_fandom, load_fandoms


def known_canons(fandoms: Iterable[str]) -> frozenset[str]:
    """Return the table's names of the known fandoms among ``fandoms`` (gold names)."""
    return frozenset(f.name for f in map(find_fandom, fandoms) if f is not None)


@contextmanager
def canon_left_out(gold: GoldStory) -> Iterator[frozenset[str]]:
    """Within the block, the fandom table lacks every known fandom ``gold`` names; yields
    the names left out (none for a canon the table has not met). Not thread-safe."""
    left_out = known_canons(gold.fandoms)
    with fandom_table(f for f in load_fandoms() if f.name not in left_out):
        yield left_out


def unseen_canon_analyzer(
    golds: Iterable[GoldStory], analyzer: Callable[[Path], dict[str, Any]]
) -> Callable[[Path], dict[str, Any]]:
    """Return ``analyzer`` run, for the story of each of ``golds``, under
    ``canon_left_out`` of that story's gold. Raises ``KeyError`` for a story no gold names."""
    by_source = {gold.source: gold for gold in golds}

    def analyse(source: Path) -> dict[str, Any]:
        with canon_left_out(by_source[source]):
            return analyzer(source)

    return analyse
