"""One-to-one matching of predicted and gold items.

* Characters: a predicted character matches a gold one when their alias sets (canonical name
  plus aliases, normalised by ``norm_name``) share a name. Where several could pair up,
  pairs whose canonical names agree go first, then pairs sharing more names, then text order;
  each character is used once.
* Quotes: a predicted quote matches a gold one with the same normalised text
  (``norm_quote``). Gold quotes are taken in order and each takes the first unused predicted
  quote with its text after the previous match (or, failing that, any unused one), so
  repeated lines ("No.") pair up in order.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from ficshelf.evaluation.normalise import norm_name, norm_quote


def alias_keys(name: str, aliases: Iterable[str]) -> frozenset[str]:
    """Return the normalised names a character goes by (empty keys left out)."""
    keys = {norm_name(name)} | {norm_name(a) for a in aliases}
    keys.discard("")
    return frozenset(keys)


def match_characters(
    gold: Sequence[frozenset[str]],
    gold_names: Sequence[str],
    predicted: Sequence[frozenset[str]],
    predicted_names: Sequence[str],
) -> dict[int, int]:
    """Return a one-to-one matching ``{predicted index: gold index}`` of characters given as
    alias-key sets (``alias_keys``) and canonical names."""
    by_key: dict[str, list[int]] = {}
    for g, keys in enumerate(gold):
        for key in keys:
            by_key.setdefault(key, []).append(g)
    candidates: list[tuple[int, int, int, int]] = []
    for p, keys in enumerate(predicted):
        shared: dict[int, int] = {}
        for key in keys:
            for g in by_key.get(key, ()):
                shared[g] = shared.get(g, 0) + 1
        pname = norm_name(predicted_names[p])
        for g, count in shared.items():
            same_name = int(norm_name(gold_names[g]) == pname)
            candidates.append((-same_name, -count, p, g))
    candidates.sort()
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, p, g in candidates:
        if p not in matched and g not in used:
            matched[p] = g
            used.add(g)
    return matched


def match_quotes(gold: Sequence[str], predicted: Sequence[str]) -> dict[int, int]:
    """Return a one-to-one matching ``{gold index: predicted index}`` of quotes by
    normalised text (see the module docstring)."""
    positions: dict[str, list[int]] = {}
    for p, text in enumerate(predicted):
        positions.setdefault(norm_quote(text), []).append(p)
    used: set[int] = set()
    matched: dict[int, int] = {}
    last = -1
    for g, text in enumerate(gold):
        options = positions.get(norm_quote(text))
        if not options:
            continue
        start = bisect_right(options, last)
        pick = next((p for p in options[start:] if p not in used), None)
        if pick is None:
            pick = next((p for p in options[:start] if p not in used), None)
        if pick is None:
            continue
        used.add(pick)
        matched[g] = pick
        last = max(last, pick)
    return matched
