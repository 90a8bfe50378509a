"""Print what the themes stage finds, with its evidence, for rule writing.

For each tuning story of the sample corpus (never the held-out ones) and, with
``--litbank``, each LitBank dev sample: the warnings and inner themes that pass their
threshold (score / threshold), the near misses (over half the threshold), the rating, and the
evidence sentences. Corpus stories show the gold warnings and rating beside the prediction;
LitBank has no gold for warnings, so what fires there is read by eye (a false-alarm count per
novel is printed at the end).

With ``--spans``, one line per evidence span of each warning instead (tab-separated: story,
tag, how the tag was found — ``inferred`` from the text, ``noted`` by the author, ``file``
metadata —, the sentence's cue weight, the cues the tally matched in it, and the sentence):
the list the evidence audit labels (docs/history/warnings.md, "Round evidence36"; its labels of
stories 51-110 are in ``warning_evidence_labels.tsv`` beside this script).

Usage: .venv/bin/python scripts/warning_evidence.py [--litbank] [--no-corpus] [--quiet]
    [--spans] [--match GLOB ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from fnmatch import fnmatch
from pathlib import Path

from ficshelf.evaluation.gold import TUNING_STORIES, find_gold_files
from ficshelf.evaluation.litbank import doc_names, read_doc
from ficshelf.ingest import read_document
from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze, theme_cue_tally
from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_cue_tally import tally_cues
from ficshelf.understand.themes import find_tags, rate, story_words, threshold
from ficshelf.vocabulary import WARNINGS

ROOT = Path(__file__).resolve().parents[1]


def _show(name: str, analysis: Analysis, gold: dict[str, object] | None, quiet: bool) -> int:
    text = analysis.text
    body = analysis.layers.get("body", ())
    words = story_words(text, body)
    findings = find_tags(analysis)
    sentences = analysis.layers.get("sentences", ())
    mentions = analysis.layers.get("mentions", ())
    tallies = tally_cues(text, body, sentences, body_quotes(analysis), mentions=mentions)
    found = {f.tag for f in findings}
    # the stage's rating: that of the findings (``rate``) or the one a note states
    ratings = analysis.layers.get("rating", ())
    rating = ratings[0].label if ratings else rate(findings)[0]
    head = f"== {name} ({words} words) rating {rating}"
    if gold is not None:
        head += f" [gold {gold.get('rating')}; warnings {gold.get('warnings')}]"
    print(head)
    for f in findings:
        print(f"  + {f.tag}: strength {f.strength:.2f} confidence {f.confidence}")
        if not quiet:
            for s in f.evidence:
                print("      |", " ".join(text[s.start : s.end].split())[:220])
    for tag, tally in sorted(tallies.items()):
        need = threshold(tag, words)
        if tag not in found and tally.score >= need / 2:
            print(f"  ~ {tag}: {tally.score:.2f} / {need:.2f}")
    return len([f for f in findings if f.tag in WARNINGS])


# The cues the tally matched, recorded while ``--spans`` runs: (tag, start, end, weight).
_MATCHED: list[tuple[str, int, int, float]] = []
_cues_at = theme_cue_tally._cues_at


def _recording_cues_at(*args: object, **kwargs: object) -> list[tuple[str, int, int, float, bool]]:
    cues = _cues_at(*args, **kwargs)  # type: ignore[arg-type]
    _MATCHED.extend((tag, start, end, weight) for tag, start, end, weight, _ in cues)
    return cues


def _spans(name: str, analysis: Analysis) -> int:
    """Print one tab-separated line per evidence span of each warning of ``analysis``."""
    text = analysis.text
    body = analysis.layers.get("body", ())
    _MATCHED.clear()
    findings = find_tags(analysis)
    sentences = analysis.layers.get("sentences", ())
    mentions = analysis.layers.get("mentions", ())
    tallies = tally_cues(text, body, sentences, body_quotes(analysis), mentions=mentions)
    notes = analysis.layers.get("notes", ())
    count = 0
    for f in findings:
        if f.tag not in WARNINGS:
            continue
        how = "noted" if f.noted and not f.sources else "file" if f.noted else "inferred"
        tally = tallies.get(f.tag)
        for s in f.evidence:
            if any(n.start <= s.start and s.end <= n.end for n in notes):
                continue  # the author's own note: a statement, not an inference
            weight = tally.sentences.get(s, 0.0) if tally else 0.0
            cues = sorted(
                {text[a:b] for tag, a, b, _ in _MATCHED if tag == f.tag and s.start <= a < s.end}
            )
            sentence = " ".join(text[s.start : s.end].split())
            print(f"{name}\t{f.tag}\t{how}\t{weight:.2f}\t{' | '.join(cues)}\t{sentence}")
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", action="store_true", help="also LitBank dev samples")
    parser.add_argument("--no-corpus", action="store_true", help="skip the sample corpus")
    parser.add_argument("--quiet", action="store_true", help="no evidence sentences")
    parser.add_argument("--spans", action="store_true", help="one line per evidence span")
    parser.add_argument(
        "--match",
        action="append",
        default=[],
        metavar="GLOB",
        help="only tuning stories whose file name matches (repeatable), e.g. '7[1-9]-*'",
    )
    args = parser.parse_args()
    if args.spans:
        theme_cue_tally._cues_at = _recording_cues_at  # type: ignore[assignment]
    if not args.no_corpus:
        for gold_path in find_gold_files([ROOT / "examples" / "corpus"], TUNING_STORIES):
            if args.match and not any(fnmatch(gold_path.name, g) for g in args.match):
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            source = gold_path.parent / gold["source"]
            analysis = analyze(read_document(str(source), source.read_bytes()))
            name = gold_path.name.removesuffix(".gold.json")
            if args.spans:
                _spans(name, analysis)
            else:
                _show(name, analysis, gold, args.quiet)
    if args.litbank:
        root = ROOT.parent / "shared" / "data" / "litbank"
        if not root.is_dir():
            print(f"no LitBank at {root}", file=sys.stderr)
            return 1
        fired = 0
        names = doc_names(root, "dev")
        for name in names:
            doc = read_doc(root, name)
            analysis = analyze(RawDocument(text=doc.text, source=f"{name}.txt", format="txt"))
            if args.spans:
                _spans(name, analysis)
            else:
                fired += _show(name, analysis, None, args.quiet)
        print(f"LitBank dev: {fired} warnings on {len(names)} samples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
