"""Readable tables of ``ficshelf eval`` results (the JSON form is each score's ``to_dict``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ficshelf.evaluation.scores import Accuracy, Counts


def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def prf_lines(counts: Mapping[str, Counts]) -> list[str]:
    """Return a table of precision, recall and F1 per field, with the counts."""
    lines = [f"  {'field':<24}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn"]
    for name, c in counts.items():
        lines.append(
            f"  {name:<24}{_fmt(c.precision)} {_fmt(c.recall)} {_fmt(c.f1)}   {c.tp}/{c.fp}/{c.fn}"
        )
    return lines


def accuracy_lines(accuracy: Mapping[str, Accuracy]) -> list[str]:
    """Return a table of accuracies with correct/total."""
    lines = [f"  {'accuracy':<24}{'':>14}{'acc':>7}   correct/total"]
    for name, a in accuracy.items():
        lines.append(f"  {name:<24}{'':>14}{_fmt(a.value)}   {a.correct}/{a.total}")
    return lines


def _error_lines(errors: Mapping[str, Any]) -> list[str]:
    lines = []
    for name, detail in errors.items():
        if isinstance(detail, dict) and ("missed" in detail or "spurious" in detail):
            for kind in ("missed", "spurious"):
                items = detail.get(kind) or []
                if items:
                    shown = "; ".join(str(i) for i in items[:8])
                    more = f" (+{len(items) - 8} more)" if len(items) > 8 else ""
                    lines.append(f"      {name} {kind}: {shown}{more}")
        elif isinstance(detail, dict):
            lines.append(
                f"      {name}: gold {detail.get('gold')!r}, got {detail.get('predicted')!r}"
            )
        elif isinstance(detail, list) and detail:
            for item in detail[:8]:
                if isinstance(item, dict) and "gold" in item:
                    quoted = " ".join(str(item.get("text", "")).split())
                    quoted = quoted if len(quoted) <= 60 else quoted[:59] + "…"
                    item = f"“{quoted}” gold {item['gold']!r}, got {item['predicted']!r}"
                lines.append(f"      {name}: {item}")
            if len(detail) > 8:
                lines.append(f"      {name}: (+{len(detail) - 8} more)")
    return lines


def corpus_lines(title: str, result: Any, show_errors: bool = False) -> list[str]:
    """Return the readable report of a ``CorpusScore``: the micro-averages, then the stories
    that failed and, with ``show_errors``, every story's misses and wrong answers."""
    counts, accuracy = result.total()
    lines = [f"{title}: {len(result.stories)} stories (micro-averaged)"]
    lines += prf_lines(counts)
    lines += accuracy_lines(accuracy)
    lines.append(
        f"  {'story':<34}{'characters':>11}{'quotes':>8}{'speakers':>9}"
        f"{'relations':>10}  pov tense narrator"
    )
    for story in result.stories:
        if story.failure:
            lines.append(f"  ! {story.name}: {story.failure}")
            continue
        marks = "  ".join(
            f"{'ok' if story.accuracy[k].correct else '--':>{len(k) if k != 'pov' else 3}}"
            for k in ("pov", "tense", "narrator")
        )
        lines.append(
            f"  {story.name[:33]:<34}{_fmt(story.counts['characters'].f1):>11}"
            f"{_fmt(story.counts['quotes'].f1):>8}{_fmt(story.accuracy['speakers'].value):>9}"
            f"{_fmt(story.counts['relationships'].f1):>10}  {marks}"
        )
        if show_errors:
            lines += _error_lines(story.errors)
    return lines


def litbank_lines(title: str, result: Any, show_errors: bool = False) -> list[str]:
    """Return the readable report of a ``LitBankScore`` (micro-averaged over its samples)."""
    total = result.total()
    lines = [f"{title}: {len(result.docs)} samples (micro-averaged)"]
    lines += prf_lines({k: v for k, v in total.items() if isinstance(v, Counts)})
    lines += accuracy_lines({k: v for k, v in total.items() if isinstance(v, Accuracy)})
    b3 = total["name clusters (B3)"]
    lines.append(
        f"  {'name clusters (B3)':<24}{_fmt(b3['precision'])} {_fmt(b3['recall'])} {_fmt(b3['f1'])}"
    )
    if show_errors:
        for doc in result.docs:
            lines.append(f"  {doc.name}")
            lines += _error_lines(doc.errors)
    return lines
