"""Sort the gold relationships the relationships stage misses by cause, for rule writing.

For every gold relationship of the chosen tuning stories that ``ficshelf eval`` does not
count as found, look its two characters up through the matching ``ficshelf eval`` uses
(``evaluation.corpus.CharacterMatch``) and the pair's tally (``relationships.gather``) and the
rules' decision (``relationships.candidates``), and print the first cause that holds:

* ``character``: a side has no predicted character (missing, or merged into another);
* ``no pair``: the two are never in one paragraph's cast, nor tied by a cue or canon;
* ``no kind``: a pair, but no cue and too little together for any kind (``kind_of``);
* ``wrong kind``: the rules give the pair another kind;
* ``dropped``: the right kind, but the rules do not list it (the friendship filter, or
  canon kin of two secondary characters);
* ``listed``: listed with the right kind under a name the matching does not join.

With ``--tally`` each miss is followed by the tally of the pair it was judged on
(``tally``: paragraphs together and present, sentences, exchanges, addresses, cue weights,
canon, scenes), the counts the rules weigh. Then the count of each cause. Only tuning
stories are read: a glob that matches a held-out story reads nothing of it (their errors
are never to be looked at). With ``--unseen-canon`` each story is analysed and judged with
its canon left out of the fandom table, as ``ficshelf eval --unseen-canon`` scores it.

Usage: .venv/bin/python scripts/relationship_misses.py [--match GLOB ...] [--quiet] [--tally]
       [--unseen-canon]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from pathlib import Path

from ficshelf.evaluation.corpus import CharacterMatch
from ficshelf.evaluation.gold import TUNING_STORIES, GoldStory, find_gold_files, load_gold
from ficshelf.evaluation.normalise import norm_name
from ficshelf.evaluation.unseen_canon import canon_left_out
from ficshelf.ingest import read_document
from ficshelf.understand import analyze
from ficshelf.understand.relationship_tally import Pair
from ficshelf.understand.relationships import Relationship, candidates, gather, kind_of
from ficshelf.understand.report import analysis_to_dict

ROOT = Path(__file__).resolve().parents[1]
CAUSES = ("character", "no pair", "no kind", "wrong kind", "dropped", "listed")

Decided = Mapping[tuple[str, str], tuple[Relationship, bool]]


def cause(
    kind: str,
    sides: tuple[Sequence[str], Sequence[str]],
    pairs: Mapping[tuple[str, str], Pair],
    decided: Decided,
) -> tuple[str, str]:
    """Return the cause (one of ``CAUSES``) of a missed gold relationship of ``kind``
    whose sides are found as the predicted characters ``sides`` (each side's names), given
    the story's ``pairs`` and the rules' ``decided`` candidates (sorted names to the
    relationship and whether it is listed), with the predicted pair it was judged on
    ("A / B", or "" when a side is missing). Of several predicted pairs, the one that
    came closest decides (listed, then dropped, wrong kind, no kind, no pair)."""
    if not sides[0] or not sides[1]:
        return "character", ""
    best = (-1, "")
    for a in sides[0]:
        for b in sides[1]:
            key = (a, b) if a < b else (b, a)
            found = _pair_cause(kind, pairs.get(key), decided.get(key))
            best = max(best, (CAUSES.index(found), f"{key[0]} / {key[1]}"), key=_closeness)
    return CAUSES[best[0]], best[1]


def _closeness(item: tuple[int, str]) -> int:
    return item[0]  # the later a cause in ``CAUSES``, the closer the pair came


def _pair_cause(kind: str, pair: Pair | None, decision: tuple[Relationship, bool] | None) -> str:
    if pair is None:
        return "no pair"
    if decision is None or kind_of(pair) is None:
        return "no kind"
    relationship, listed = decision
    if relationship.kind != kind:
        return "wrong kind"
    return "listed" if listed else "dropped"


def tally(pair: Pair | None) -> str:
    """Return the counts of ``pair`` the rules weigh, on one line ("" for no pair)."""
    if pair is None:
        return ""
    return (
        f"paragraphs {pair.paragraphs:g} (present {pair.present:g}), sentences "
        f"{pair.sentences} ({pair.narrated_sentences} narrated), exchanges {pair.exchanges}, "
        f"addresses {pair.addresses}, romantic {pair.romantic:g}, family {pair.family:g}, "
        f"canon {pair.canon or '-'}, scenes {len(pair.scenes)}"
    )


def story_misses(gold: GoldStory, unseen_canon: bool = False) -> list[tuple[str, str, str, str]]:
    """Return, for each gold relationship of ``gold`` the stage misses, its description
    ("kind prominence: A & B"), its cause, the predicted pair it was judged on and that
    pair's ``tally``; with ``unseen_canon``, as analysed with its canon left out of the
    fandom table (``evaluation.unseen_canon``)."""
    with canon_left_out(gold) if unseen_canon else nullcontext():
        return _misses(gold)


def _misses(gold: GoldStory) -> list[tuple[str, str, str, str]]:
    analysis = analyze(read_document(str(gold.source), gold.source.read_bytes()))
    predicted = analysis_to_dict(analysis)
    chars = CharacterMatch(gold, predicted)
    found = gather(analysis)
    pairs: Mapping[tuple[str, str], Pair] = found.pairs if found else {}
    decided: dict[tuple[str, str], tuple[Relationship, bool]] = {}
    if found is not None:
        gender_of = {name: gender for name, (gender, _) in found.genders.items()}
        for candidate, keep in candidates(
            found.pairs, found.salience, found.scene_count, True, gender_of
        ):
            decided[(candidate.a, candidate.b)] = (candidate, keep)

    listed = {
        (chars.predicted_pair(listed_one["characters"]), listed_one["kind"])
        for listed_one in predicted.get("relationships", [])
    }
    out: list[tuple[str, str, str, str]] = []
    for r in gold.relationships:
        if (chars.gold_pair(r.characters), r.kind) in listed:
            continue
        index = [chars.gold_index.get(norm_name(n), norm_name(n)) for n in r.characters]
        sides = tuple(
            [n for i, n in enumerate(chars.pred_names) if chars.to_gold.get(i) == g] for g in index
        )
        why, judged = cause(r.kind, (sides[0], sides[1]), pairs, decided)
        described = f"{r.kind} {r.prominence}: {r.characters[0]} & {r.characters[1]}"
        key = tuple(judged.split(" / "))
        out.append((described, why, judged, tally(pairs.get((key[0], key[-1])))))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples/corpus")
    parser.add_argument(
        "--match", action="append", default=[], help="gold files to read (repeatable)"
    )
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    parser.add_argument("--tally", action="store_true", help="each judged pair's tally too")
    parser.add_argument(
        "--unseen-canon",
        action="store_true",
        help="analyse each story with its canon left out of the fandom table",
    )
    args = parser.parse_args()
    tuning = set(find_gold_files([args.corpus], TUNING_STORIES))
    paths = [p for p in find_gold_files([args.corpus], args.match or TUNING_STORIES) if p in tuning]
    counts: Counter[str] = Counter()
    for path in paths:
        for described, why, judged, counted in story_misses(load_gold(path), args.unseen_canon):
            counts[why] += 1
            if not args.quiet:
                print(f"{path.name[:3]:4}{why:11} {described}  [{judged}]")
                if args.tally and counted:
                    print(f"{'':15} {counted}")
    for why in CAUSES:
        print(f"{counts[why]:6}  {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
