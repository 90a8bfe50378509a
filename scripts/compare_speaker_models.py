"""Compare speaker rankers that are not linear with the shipped linear one (round S18).

The same training quotes as ``train_speaker_ranker.py`` (LitBank dev and the tuning stories
01-15, 31-40, 51-110; the held-out stories and LitBank test are never read), the same
candidate sets, the same 5 folds by file and the same decision (kept rules, margin and
threshold chosen by ``train_speaker_ranker``'s own functions on the out-of-fold
probabilities). Models:

* ``linear``: the shipped conditional logit (``train_speaker_ranker.fit``);
* ``linear+crosses``: the same with products of pairs of the plain features the linear
  model weighs most (``--crosses`` of them);
* ``trees``: gradient-boosted trees (scikit-learn ``HistGradientBoostingClassifier``) on the
  candidate rows (plain features, the quote's kind of evidence, whether paragraphs look
  guessed, and each numeric feature's gap to the best of the quote's candidates), the
  probability normalised over the quote's candidates;
* ``blend``: the linear logit plus the trees' log-odds (``--share`` of the trees, 0.5).

Every model is also scored with folds by canon (the stories of one fandom in one fold,
LitBank by file): how it carries to a canon it never saw.

Usage (from the repository root, after ``make install-dev``; about 5 minutes of CPU):

    .venv/bin/python scripts/compare_speaker_models.py [--cache /tmp/quotes.pkl]
"""

from __future__ import annotations

import argparse
import logging
import pickle
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_speaker_ranker as T  # noqa: E402

from ficshelf.evaluation.gold import TUNING_STORIES, find_gold_files, load_gold, matches_any  # noqa: E402

Predictor = Callable[[Sequence[T.Quote], Sequence[T.Quote]], np.ndarray]
CONTEXTS = ("tag", "beat", "turn", "none")


def load_quotes(cache: str | None) -> tuple[list[T.Quote], dict[str, str]]:
    """Return the training quotes and each corpus file's canon (its first fandom)."""
    if cache and Path(cache).is_file():
        with open(cache, "rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    quotes = T.litbank_quotes(T.LITBANK) + T.corpus_quotes(T.CORPUS)
    canon = {}
    for path in find_gold_files([T.CORPUS], TUNING_STORIES):
        gold = load_gold(path)
        canon[path.name] = gold.fandoms[0] if gold.fandoms else path.name
    if cache:
        with open(cache, "wb") as handle:
            pickle.dump((quotes, canon), handle)
    return quotes, canon


def context_of(features: dict[str, float]) -> tuple[str, bool, dict[str, float]]:
    """Return a candidate's context, whether its paragraphs look guessed, and its plain
    features (undoing ``speaker_vectors.expanded``). "Guessed" shows only on a candidate
    with a paragraph feature (``PARAGRAPH_FEATURES``: only those get the copy); the context
    is "none" for a candidate with no feature at all."""
    plain = {k: v for k, v in features.items() if "@" not in k}
    context, guessed = "none", False
    for k in features:
        if "@" in k:
            suffix = k.split("@", 1)[1]
            if suffix == "guessed":
                guessed = True
            else:
                context = suffix
    return context, guessed, plain


class Rows:
    """Dense candidate rows for the trees: plain features, context, gap to the quote's best."""

    def __init__(self, quotes: Sequence[T.Quote], names: Sequence[str]) -> None:
        index = {n: k for k, n in enumerate(names)}
        m = len(names)
        rows = sum(len(q.features) for q in quotes)
        width = 2 * m + len(CONTEXTS) + 3
        self.x = np.zeros((rows, width))
        self.y = np.zeros(rows)
        self.usable = np.zeros(rows, dtype=bool)
        r = 0
        for q in quotes:
            start = r
            for features, label in zip(q.features, q.labels, strict=True):
                context, guessed, plain = context_of(features)
                for name, value in plain.items():
                    if name in index:
                        self.x[r, index[name]] = value
                base = context.removesuffix("_bare")
                self.x[r, 2 * m + CONTEXTS.index(base)] = 1.0
                self.x[r, 2 * m + len(CONTEXTS)] = float(context.endswith("_bare"))
                self.x[r, 2 * m + len(CONTEXTS) + 1] = float(guessed)
                self.x[r, 2 * m + len(CONTEXTS) + 2] = len(q.features)
                self.y[r] = float(label)
                r += 1
            if r > start:
                block = self.x[start:r, :m]
                self.x[start:r, m : 2 * m] = block - block.max(axis=0)
                self.usable[start:r] = any(q.labels)


def names_of(quotes: Sequence[T.Quote]) -> list[str]:
    return sorted({k for q in quotes for f in q.features for k in f if "@" not in k})


def tree_model(**params: float) -> Predictor:
    def run(train: Sequence[T.Quote], test: Sequence[T.Quote]) -> np.ndarray:
        names = names_of(train)
        tr = Rows(train, names)
        clf = HistGradientBoostingClassifier(
            learning_rate=params.get("lr", 0.1),
            max_iter=int(params.get("trees", 100)),
            max_leaf_nodes=int(params.get("leaves", 15)),
            min_samples_leaf=int(params.get("min_leaf", 20)),
            l2_regularization=params.get("l2", 1.0),
            early_stopping=False,
            random_state=0,
        )
        clf.fit(tr.x[tr.usable], tr.y[tr.usable])
        te = Rows(test, names)
        return normalise(test, clf.decision_function(te.x))

    return run


def normalise(quotes: Sequence[T.Quote], scores: np.ndarray) -> np.ndarray:
    """Softmax of ``scores`` over each quote's candidates."""
    out = np.zeros_like(scores)
    r = 0
    for q in quotes:
        n = len(q.features)
        if n:
            s = scores[r : r + n]
            e = np.exp(s - s.max())
            out[r : r + n] = e / e.sum()
        r += n
    return out


def linear_scores(train: Sequence[T.Quote], test: Sequence[T.Quote], l2: float) -> np.ndarray:
    names = T.feature_names(train)
    w = T.fit(T.Design(train, names), l2)
    return np.asarray(T.Design(test, names).x @ w)


def linear_model(l2: float = T.L2) -> Predictor:
    def run(train: Sequence[T.Quote], test: Sequence[T.Quote]) -> np.ndarray:
        return normalise(test, linear_scores(train, test, l2))

    return run


def crossed(quotes: Sequence[T.Quote], pairs: Sequence[tuple[str, str]]) -> list[T.Quote]:
    """Return the quotes with each pair's product added (and its context copies)."""
    out = []
    for q in quotes:
        features = []
        for f in q.features:
            context, _, plain = context_of(f)
            g = dict(f)
            for a, b in pairs:
                v = plain.get(a, 0.0) * plain.get(b, 0.0)
                if v:
                    g[f"{a}*{b}"] = v
                    g[f"{a}*{b}@{context}"] = v
            features.append(g)
        out.append(T.Quote(q.group, q.source, features, q.labels, q.sieve, q.sieve_right, q.rule))
    return out


def cross_pairs(quotes: Sequence[T.Quote], count: int, l2: float) -> list[tuple[str, str]]:
    """Return the pairs of the ``count`` plain features the linear model weighs most
    (weight times spread) that occur together on some candidate."""
    names = T.feature_names(quotes)
    design = T.Design(quotes, names)
    w = T.fit(design, l2)
    spread = design.x.std(axis=0)
    plain = [(abs(w[k]) * spread[k], n) for k, n in enumerate(names) if "@" not in n]
    top = [n for _, n in sorted(plain, reverse=True)[:count]]
    together = set()
    for q in quotes:
        for f in q.features:
            present = [n for n in top if f.get(n)]
            together.update((a, b) for i, a in enumerate(present) for b in present[i + 1 :])
    return sorted(together)


def blend_model(share: float = 0.5, l2: float = T.L2, **params: float) -> Predictor:
    trees = tree_model(**params)

    def run(train: Sequence[T.Quote], test: Sequence[T.Quote]) -> np.ndarray:
        lin = np.log(np.maximum(normalise(test, linear_scores(train, test, l2)), 1e-12))
        tre = np.log(np.maximum(trees(train, test), 1e-12))
        return normalise(test, (1 - share) * lin + share * tre)

    return run


def out_of_fold(quotes: Sequence[T.Quote], groups: Sequence[str], model: Predictor) -> np.ndarray:
    offsets = np.cumsum([0] + [len(q.features) for q in quotes])
    probs = np.zeros(offsets[-1])
    for train, test in GroupKFold(n_splits=5).split(np.zeros(len(quotes)), groups=groups):
        p = model([quotes[k] for k in train], [quotes[k] for k in test])
        probs[T._rows(quotes, test)] = p
    return probs


def report(
    label: str, quotes: Sequence[T.Quote], probs: np.ndarray, sets: dict[str, list[int]]
) -> dict[str, int]:
    """Decide as ``train_speaker_ranker.main`` does; print and return the right quotes per set."""
    fallback = T._best_fallback(quotes, probs, T.KEPT_RULES)
    table = T.rule_table(quotes, probs, fallback)
    per_fold = T.fold_kept(quotes, probs, fallback, 5)
    kept = T.stable_kept(T.kept_by_cv(table), per_fold)
    fallback = T._best_fallback(quotes, probs, kept)
    nested = T.nested_accuracy(quotes, probs, 5, per_fold)
    out = {}
    for name, idx in sets.items():
        sub = [quotes[k] for k in idx]
        chosen = T.choices(sub, probs[T._rows(quotes, idx)], fallback, kept)
        out[name] = sum(q.labels[k] for q, k in zip(sub, chosen, strict=True) if k >= 0)
    ranked = sorted(set(T.KEPT_RULES) - set(kept))
    print(
        f"{label:<22} "
        + " ".join(f"{out[n]:>5}" for n in sets)
        + f"  nested {nested:.4f}  fallback {fallback}  ranks {','.join(ranked)}",
        flush=True,
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", default=None, help="pickle the quotes here (dev speed-up)")
    parser.add_argument("--crosses", type=int, default=12)
    parser.add_argument("--l2", type=float, default=T.L2, help="the linear models' L2")
    parser.add_argument("--models", default="linear,crosses,trees,blend")
    parser.add_argument("--trees", default="", help="tree settings: lr=0.1,trees=100,leaves=15,...")
    parser.add_argument("--share", type=float, default=0.5, help="the trees' share of the blend")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    began = time.process_time()
    quotes, canon = load_quotes(args.cache)
    tuning = find_gold_files([T.CORPUS], TUNING_STORIES)
    later = {
        label: {p.name for p in tuning if matches_any(p, patterns)}
        for label, patterns in T.LATER_TUNING_SETS
    }
    in_later = set().union(*later.values())
    sets: dict[str, list[int]] = {
        "LitBank": [k for k, q in enumerate(quotes) if q.source == "litbank"],
        "01-15": [
            k for k, q in enumerate(quotes) if q.source == "corpus" and q.group not in in_later
        ],
    }
    for label, files in later.items():
        sets[label] = [k for k, q in enumerate(quotes) if q.group in files]
    sets["all"] = list(range(len(quotes)))
    print(f"{len(quotes)} quotes; right quotes per set (5-fold CV), then nested CV accuracy")
    print(f"{'':<22} " + " ".join(f"{n:>5}" for n in sets))
    print(f"{'quotes':<22} " + " ".join(f"{len(v):>5}" for v in sets.values()))
    sieve = {n: sum(quotes[k].sieve_right for k in v) for n, v in sets.items()}
    print(f"{'sieve':<22} " + " ".join(f"{sieve[n]:>5}" for n in sets))
    by_file = [q.group for q in quotes]
    by_canon = [canon.get(q.group, q.group) for q in quotes]
    wanted = args.models.split(",")
    params = {k: float(v) for k, v in (p.split("=") for p in args.trees.split(",") if p)}
    models: list[tuple[str, Callable[[], Predictor], list[T.Quote]]] = []
    if "linear" in wanted:
        models.append(("linear", lambda: linear_model(args.l2), quotes))
    if "crosses" in wanted:
        pairs = cross_pairs(quotes, args.crosses, args.l2)
        print(f"{len(pairs)} crosses of the {args.crosses} most weighed plain features")
        models.append(("linear+crosses", lambda: linear_model(args.l2), crossed(quotes, pairs)))
    if "trees" in wanted:
        models.append(("trees", lambda: tree_model(**params), quotes))
    if "blend" in wanted:
        models.append(("blend", lambda: blend_model(args.share, args.l2, **params), quotes))
    for label, make, data in models:
        report(label, data, out_of_fold(data, by_file, make()), sets)
        report(label + " by canon", data, out_of_fold(data, by_canon, make()), sets)
    print(f"{time.process_time() - began:.0f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
