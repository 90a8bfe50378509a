"""List the character and name-cluster errors on a range of LitBank's dev files, for
classifying them.

For each file studied, as ``ficshelf eval`` scores it: the false characters (a named
predicted character matching no gold PER chain with a proper name: its aliases, the gold
category LitBank gives the span of its first mention, the text around it), the missed
characters (a gold chain's proper names, how often they occur, whether any of them was
found as a name mention and under which predicted character), and the name-cluster errors
(one gold person's name mentions under two predicted characters: a split; two gold people
under one: a merge). Ends with the totals of the files chosen: characters, name mentions,
name clusters (B³) and speakers.

Files are chosen by their position in the dev split, sorted by name, counted from 0
(``--files 0-79`` is all of dev); ``--parity even`` keeps positions 0, 2, 4 …, ``odd``
1, 3, 5 …. The test split (the last 20 files) is never read. ``--totals`` prints only the
totals (for a half that is only confirmed).

Usage: .venv/bin/python scripts/litbank_character_errors.py [--litbank DIR] [--files 0-79]
       [--parity even|odd] [--totals]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ficshelf.evaluation.litbank import LitBankDoc, Mention, doc_names, read_doc
from ficshelf.evaluation.litbank_scoring import (
    LitBankScore,
    _is_name,
    gold_characters,
    score_doc,
)
from ficshelf.evaluation.matching import alias_keys, match_characters
from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict

ROOT = Path(__file__).resolve().parents[1]


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    return " ".join(text[max(0, start - width) : end + width // 2].split())


def _gold_kind(doc: LitBankDoc, start: int, end: int) -> str:
    kinds = {
        f"{m.category} {m.type}"
        for m in doc.mentions
        if m.start < end and start < m.end and m.end - m.start < 80
    }
    return ",".join(sorted(kinds)) or "-"


def doc_lines(
    doc: LitBankDoc, analysis: Any, result: dict[str, Any], show_mentions: bool = False
) -> list[str]:
    """Return the character and cluster errors of one sample, one per line (with
    ``show_mentions``, the false and missed name mentions too)."""
    text = doc.text
    entities, gold_keys = gold_characters(doc)
    chars = [c for c in result["characters"] if c.get("named", True)]
    pred_keys = [alias_keys(c["name"], c["aliases"]) for c in chars]
    matched = match_characters(gold_keys, entities, pred_keys, [c["name"] for c in chars])
    mentions = [m for m in analysis.layers.get("mentions", ()) if m.label]
    first: dict[str, Any] = {}
    for m in mentions:
        first.setdefault(m.label, m)
    gold_names = [m for m in doc.mentions if m.category == "PER" and m.type == "PROP"]
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for gm in gold_names:
        by_entity[gm.entity].append(gm)
    # Which predicted character each gold name mention was found under.
    found_as: dict[tuple[int, int], str] = {}
    pred_by_end: dict[int, list[Any]] = defaultdict(list)
    for m in mentions:
        pred_by_end[m.end].append(m)
    for gm in gold_names:
        for m in pred_by_end.get(gm.end, ()):
            if m.start < gm.end and gm.start < m.end:
                found_as[(gm.start, gm.end)] = m.label
    lines = []
    for p, c in enumerate(chars):
        if p in matched:
            continue
        m = first.get(c["name"])
        where = _gold_kind(doc, m.start, m.end) if m else "-"
        ctx = _context(text, m.start, m.end) if m else ""
        lines.append(
            f"  FALSE {c['name']!r} aliases={c['aliases']} n={c['mentions']} [{where}] …{ctx}…"
        )
    used = set(matched.values())
    for g, entity in enumerate(entities):
        if g in used:
            continue
        ms = by_entity.get(entity, [])
        under = Counter(found_as.get((gm.start, gm.end), "") for gm in ms)
        ctx = _context(text, ms[0].start, ms[0].end) if ms else ""
        lines.append(f"  MISSED {sorted(gold_keys[g])} n={len(ms)} under={dict(under)} …{ctx}…")
    of_gold: dict[str, Counter[str]] = defaultdict(Counter)
    of_pred: dict[str, Counter[str]] = defaultdict(Counter)
    for gm in gold_names:
        label = found_as.get((gm.start, gm.end))
        if label is not None:
            of_gold[gm.entity][label] += 1
            of_pred[label][gm.entity] += 1
    surface = {
        e: sorted({" ".join(text[m.start : m.end].split()) for m in ms})
        for e, ms in by_entity.items()
    }
    if show_mentions:
        found = set(found_as)
        for gm in gold_names:
            if (gm.start, gm.end) not in found:
                said = " ".join(text[gm.start : gm.end].split())
                lines.append(f"  FN-MENTION {said!r} …{_context(text, gm.start, gm.end, 40)}…")
        gold_ends = {gm.end: gm for gm in gold_names}
        for m in mentions:
            said = " ".join(text[m.start : m.end].split())
            if not _is_name(said):
                continue
            gm = gold_ends.get(m.end)
            if gm is None or not (gm.start < m.end and m.start < gm.end):
                where = _gold_kind(doc, m.start, m.end)
                lines.append(
                    f"  FP-MENTION {said!r} as {m.label!r} [{where}]"
                    f" …{_context(text, m.start, m.end, 40)}…"
                )
    for entity, labels in of_gold.items():
        if len(labels) > 1:
            lines.append(f"  SPLIT {surface[entity]}: {dict(labels)}")
    for label, ents in of_pred.items():
        if len(ents) > 1:
            lines.append(f"  MERGE {label!r}: {[(surface[e], n) for e, n in ents.items()]}")
    return lines


def main() -> int:
    """List the character errors of the chosen dev files; return the exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared/data/litbank")
    parser.add_argument("--files", default="0-79", help="dev files by position from 0, e.g. 0-79")
    parser.add_argument("--parity", choices=("odd", "even"), help="only odd or even positions")
    parser.add_argument("--totals", action="store_true", help="only the totals")
    parser.add_argument("--mentions", action="store_true", help="false and missed mentions too")
    args = parser.parse_args()
    if not args.litbank.is_dir():
        print(f"no LitBank at {args.litbank}", file=sys.stderr)
        return 1
    names = doc_names(args.litbank, "dev")
    first, _, last = args.files.partition("-")
    positions = range(int(first), min(int(last or first), len(names) - 1) + 1)
    wanted = {"odd": 1, "even": 0}.get(args.parity or "")
    chosen = [names[k] for k in positions if wanted is None or k % 2 == wanted]
    scores = []
    for name in chosen:
        doc = read_doc(args.litbank, name)
        analysis = analyze(RawDocument(text=doc.text, source=f"{name}.txt", format="txt"))
        result = analysis_to_dict(analysis)
        scores.append(score_doc(doc, analysis, result))
        if not args.totals:
            lines = doc_lines(doc, analysis, result, args.mentions)
            if lines:
                print(name)
                print("\n".join(lines))
    total = LitBankScore("dev", scores).total()
    print(f"{len(chosen)} files")
    for key in ("characters", "name mentions", "speakers", "speakers (unnamed)"):
        print(f"  {key:<20} {total[key].to_dict()}")
    print(f"  {'name clusters (B3)':<20} {total['name clusters (B3)']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
