"""Score characters, speakers and relationships with every character's name swapped out.

A generalisation check: the characters stage leans on tables of known names (census given
names, nickname forms, the fandom table's canon rosters). A fresh canon's names ("Zuleika",
"Scythrop") are in none of them. This script replaces, in a tuning story (or a LitBank dev
sample) and its gold alike, every name token of every gold character (given names,
surnames, nicknames among the gold aliases) with an invented capitalised token of the same
length that no table knows, consistently (one token, one stand-in) and deterministically
(seeded), keeping titles, kin words, particles and "the X" roles as they are, and the case of
each letter; possessives stay because only the name token is replaced. It then scores the
swapped copy against the original and sorts the errors the swap causes by the knowledge that
carried the original (the canon roster, a nickname table, a census given name, a census
gender behind a pronoun tag), or by the character the swap lost.

Stand-ins keep each token's length, so every offset (chapters, LitBank's spans) stays valid.
A name token that is also an English word ("Will", "Hope") is swapped wherever it is
capitalised, at a sentence start too. Held-out stories and LitBank's test split are refused.

Usage: .venv/bin/python scripts/name_swap.py [examples/corpus] [--match PATTERN ...]
           [--litbank DIR] [--unseen-canon] [--seed 43] [--errors] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from ficshelf.evaluation import gold as gold_sets
from ficshelf.evaluation.corpus import StoryScore, score_story
from ficshelf.evaluation.gold import GoldStory, find_gold_files, load_gold, matches_any
from ficshelf.evaluation.litbank import LitBankDoc, doc_names, read_doc
from ficshelf.evaluation.litbank_scoring import gold_characters, score_doc
from ficshelf.evaluation.matching import alias_keys, match_characters
from ficshelf.evaluation.scores import Accuracy, Counts
from ficshelf.evaluation.unseen_canon import canon_left_out
from ficshelf.model import RawDocument
from ficshelf.understand import name_tables as tables
from ficshelf.understand.fandom_names import character_index, fandom_table, name_key
from ficshelf.understand.nicknames import NICKNAMES

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")

# Words of a name that are no name of one person: titles, kin words, particles, role nouns.
KEPT_WORDS = (
    frozenset(tables.TITLES)
    | tables.CIVIL_TITLES
    | tables.RANK_TITLES
    | tables.KINSHIP_TITLES
    | tables.SAINT_TITLES
    | tables.SURNAME_PREFIXES
    | tables.STOP_WORDS
    | tables.FUNCTION_WORDS
    | tables.PERSON_NOUNS
    | frozenset("mum mom mama mamma papa pa ma dad daddy mommy mummy nan nana".split())
)
# An alias led by one of these is a role ("the Captain", "my uncle"), kept whole.
ROLE_OPENERS = frozenset("the a an my his her our their your its".split())
_ROMAN = re.compile(r"^[IVXLC]+$")
_TOKEN_SPLIT = re.compile(r"[\s\-–—]+")
_EDGE = re.compile(r"^[^\w]+|(?:['’]s)?[^\w]*$")
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
# Fields of the gold, the document and its metadata that hold no names (or must not move).
_UNSWAPPED = frozenset(
    "path source format encoding url language fandoms pov tense rating warnings kind role "
    "prominence type".split()
)
_PRONOUN_TAG = re.compile(r"[\s,.!?…—–-]*[\"”’']?[\s,]*(?:he|she)\s+[a-z]+", re.IGNORECASE)

# The sets of the brief, by label: the tuning stories only.
SETS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("01-15", gold_sets.FIRST_TUNING_STORIES),
    ("31-40", gold_sets.SECOND_TUNING_STORIES),
    (
        "51-110",
        gold_sets.THIRD_TUNING_STORIES
        + gold_sets.FOURTH_TUNING_STORIES
        + gold_sets.FIFTH_TUNING_STORIES
        + gold_sets.SIXTH_TUNING_STORIES
        + gold_sets.SEVENTH_TUNING_STORIES
        + gold_sets.EIGHTH_TUNING_STORIES,
    ),
    ("121-130", gold_sets.NINTH_TUNING_STORIES),
    ("271-300", gold_sets.TENTH_TUNING_STORIES + gold_sets.ELEVENTH_TUNING_STORIES),
    ("311-320", gold_sets.TWELFTH_TUNING_STORIES),
    ("331-340", gold_sets.THIRTEENTH_TUNING_STORIES),
    ("351-360", gold_sets.FOURTEENTH_TUNING_STORIES),
    ("371-380", gold_sets.FIFTEENTH_TUNING_STORIES),
    ("391-400", gold_sets.SIXTEENTH_TUNING_STORIES),
    ("411-420", gold_sets.SEVENTEENTH_TUNING_STORIES),
)


def name_tokens(aliases: Iterable[str]) -> set[str]:
    """Return the tokens of ``aliases`` that name one person: capitalised words of two
    letters or more, without possessive endings, that are no title, kin word, particle,
    role noun, initial or Roman numeral; an alias led by "the", "my" … gives none."""
    found: set[str] = set()
    for alias in aliases:
        words = alias.split()
        if not words or words[0].lower() in ROLE_OPENERS:
            continue
        for raw in _TOKEN_SPLIT.split(alias):
            if raw == "the":  # an epithet follows ("Oz the Great and Terrible")
                break
            token = _EDGE.sub("", raw)
            if (
                len(token) >= 2
                and token[0].isupper()
                and "." not in token
                and token.lower() not in KEPT_WORDS
                and not _ROMAN.match(token)
                and not any(ch.isdigit() for ch in token)
            ):
                found.add(token)
    return found


@cache
def known_words() -> frozenset[str]:
    """Return every lower-case word some table of the pipeline knows: census given names,
    nickname forms and the names they stand for, English and common words, and the words
    of the fandom table's character names; an invented name is none of these."""
    nick = set(NICKNAMES) | {full for names in NICKNAMES.values() for full in names}
    roster = {word for key in character_index() for word in key.split()}
    return frozenset(
        set(tables.GIVEN_NAMES) | nick | tables.ENGLISH_WORDS | tables.COMMON_WORDS | roster
    )


def _shape(invented: str, model: str) -> str:
    return "".join(ch.upper() if m.isupper() else ch for ch, m in zip(invented, model, strict=True))


def invent(model: str, rng: random.Random, avoid: Callable[[str], bool], prefix: str = "") -> str:
    """Return an invented word as long as ``model``, with its letters' case, that opens
    with ``prefix`` (lower case) and goes on in alternating consonants and vowels (``rng``
    picks them), for which ``avoid`` (given the lower-case word) is false. Raises
    ``RuntimeError`` when 10,000 tries all fail (one, when ``prefix`` is the whole word)."""
    for _ in range(1 if len(prefix) >= len(model) else 10_000):
        vowel = prefix[-1:] in tuple(_CONSONANTS) if prefix else rng.random() < 0.3
        letters = list(prefix)
        for _ in model[len(prefix) :]:
            letters.append(rng.choice(_VOWELS if vowel else _CONSONANTS))
            vowel = not vowel
        word = "".join(letters)
        if not avoid(word):
            return _shape(word, model)
    raise RuntimeError(f"no stand-in found for {model!r}")


def _shared_prefix(token: str, table: dict[str, str]) -> str:
    """Return the stand-in's opening for ``token``: the lower-case opening of the stand-in
    of the swapped token it shares its longest opening with (two letters at least: "Algy"
    and "Algernon", "Jo" and "Josephine"), else ""; so a short form the text could join
    to its full name by its letters stays joinable."""
    low = token.lower()
    best = ""
    for other, stand_in in table.items():
        n = 0
        for a, b in zip(low, other.lower(), strict=False):
            if a != b:
                break
            n += 1
        if n >= 2 and n > len(best):
            best = stand_in[:n].lower()
    return best


@dataclass
class NameSwap:
    """One story's name tokens and their invented stand-ins (title case and capitals)."""

    table: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, tokens: Iterable[str], text: str, seed: str) -> NameSwap:
        """Return the swap of ``tokens`` for a story whose text is ``text``: each token gets
        a stand-in of its length that no table knows, no word of the text is, and no other
        token got, longest first, a shorter one opening as the stand-in of a longer one it
        shares two letters or more of its opening with; the same ``seed`` and tokens give
        the same stand-ins."""
        rng = random.Random(seed)
        in_text = {w.lower() for w in re.findall(r"\w+", text)}
        used: set[str] = set()
        known = known_words()

        def avoid(word: str) -> bool:
            return word in known or word in in_text or word in used

        table: dict[str, str] = {}
        for token in sorted(set(tokens), key=lambda t: (-len(t), t)):
            opening = _shared_prefix(token, table)
            try:
                stand_in = invent(token, rng, avoid, opening)
            except RuntimeError:  # the whole opening is a known word: one letter less
                stand_in = invent(token, rng, avoid, opening[:-1] if len(opening) > 2 else "")
            used.add(stand_in.lower())
            table[token] = stand_in
            if token.upper() != token:
                table[token.upper()] = stand_in.upper()
        return cls(table)

    @property
    def _forward(self) -> re.Pattern[str]:
        return _pattern(tuple(sorted(self.table, key=len, reverse=True)))

    @property
    def _backward(self) -> re.Pattern[str]:
        return _pattern(tuple(sorted(self.table.values(), key=len, reverse=True)))

    def swap(self, text: str) -> str:
        """Return ``text`` with every whole-word name token replaced by its stand-in."""
        if not self.table:
            return text
        return self._forward.sub(lambda m: self.table[m.group()], text)

    def unswap(self, text: str) -> str:
        """Return ``text`` with every stand-in put back (the inverse of ``swap``)."""
        if not self.table:
            return text
        back = {v: k for k, v in self.table.items()}
        return self._backward.sub(lambda m: back[m.group()], text)


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


def swap_value(value: T, swap: Callable[[str], str]) -> T:
    """Return ``value`` (a string, tuple, list, dict or frozen dataclass, nested) with
    ``swap`` applied to every string in it, except fields that hold no names (paths,
    formats, fandoms, kinds, roles …) and enum members."""
    result: Any
    if type(value) is str:
        result = swap(str(value))
    elif isinstance(value, tuple):
        result = tuple(swap_value(v, swap) for v in value)
    elif isinstance(value, list):
        result = [swap_value(v, swap) for v in value]
    elif isinstance(value, dict):
        result = {k: swap_value(v, swap) for k, v in value.items()}
    elif is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: swap_value(getattr(value, f.name), swap)
            for f in fields(value)
            if f.name not in _UNSWAPPED
        }
        result = replace(value, **changes)
    else:
        result = value
    return result  # type: ignore[no-any-return]


# ----- knowledge that carried a name ----------------------------------------------------


def carrier(aliases: Sequence[str], unseen: bool) -> str:
    """Return which table knew a character's names (``aliases``), strongest first: the
    canon roster (only when the canon is not left out), a nickname form, a census given name,
    an English word; "no table" when none did."""
    keys = {name_key(a) for a in aliases}
    if not unseen and keys & character_index().keys():
        return "canon roster"
    words = {t.lower() for t in name_tokens(aliases)}
    if words & NICKNAMES.keys():
        return "nickname table"
    if words & tables.GIVEN_NAMES.keys():
        return "census given name"
    if words & (tables.ENGLISH_WORDS | tables.COMMON_WORDS):
        return "english word"
    return "no table"


def pronoun_tagged(text: str, quote: str) -> bool:
    """Return whether the first place ``quote`` stands in ``text`` is followed by a pronoun
    tag ("…," she said)."""
    at = text.find(quote[:60])
    if at < 0:
        return False
    return bool(_PRONOUN_TAG.match(text, at + len(quote[:60]) + max(0, len(quote) - 60)))


def census_gendered(aliases: Sequence[str]) -> bool:
    """Return whether a name token of ``aliases`` has a census gender ("m" or "f")."""
    return any(tables.GIVEN_NAMES.get(t.lower(), "") in ("m", "f") for t in name_tokens(aliases))


# ----- one story, two ways ---------------------------------------------------------------


@dataclass
class Pair:
    """One story scored as written and with its names swapped, and the new errors sorted by
    class (``classes``: class → examples)."""

    name: str
    original: dict[str, Counts | Accuracy]
    swapped: dict[str, Counts | Accuracy]
    classes: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, example: str) -> None:
        """File one new error under ``kind``."""
        self.classes.setdefault(kind, []).append(example)


FIELDS = ("characters", "relationships", "speakers")


def _fields(score: StoryScore) -> dict[str, Counts | Accuracy]:
    return {
        "characters": score.counts["characters"],
        "relationships": score.counts["relationships"],
        "speakers": score.accuracy["speakers"],
    }


def _analyse(raw: RawDocument) -> dict[str, Any]:
    from ficshelf.understand import analyze
    from ficshelf.understand.report import analysis_to_dict

    return analysis_to_dict(analyze(raw))


def story_pair(path: Path, unseen: bool, seed: int) -> Pair:
    """Return the story of the gold file ``path`` scored as written and name-swapped, with
    the errors the swap adds sorted by the knowledge that carried the original."""
    from ficshelf.ingest import read_document

    gold = load_gold(path)
    raw = read_document(str(gold.source), gold.source.read_bytes())
    tokens = {t for c in gold.characters for t in name_tokens((c.name, *c.aliases))}
    swap = NameSwap.build(tokens, raw.text, f"{seed}:{gold.name}")
    swapped_gold: GoldStory = swap_value(gold, swap.swap)
    swapped_raw: RawDocument = swap_value(raw, swap.swap)

    def scope() -> AbstractContextManager[object]:
        return canon_left_out(gold) if unseen else nullcontext()

    with scope():
        before = score_story(gold, _analyse(raw))
    with scope():
        after = score_story(swapped_gold, _analyse(swapped_raw))
    pair = Pair(gold.name, _fields(before), _fields(after))
    _sort_new_errors(pair, gold, raw.text, before, after, swap, unseen)
    return pair


def _unswapped(errors: Any, swap: NameSwap) -> Any:
    return swap_value(errors, swap.unswap)


def _sort_new_errors(
    pair: Pair,
    gold: GoldStory,
    text: str,
    before: StoryScore,
    after: StoryScore,
    swap: NameSwap,
    unseen: bool,
) -> None:
    by_label = {f"{c.name} ({c.role})": c for c in gold.characters}
    by_name = {c.name: c for c in gold.characters}
    lost_chars: set[str] = set()
    missed_before = set(before.errors["characters"]["missed"])
    for label in _unswapped(after.errors["characters"]["missed"], swap):
        if label not in missed_before and label in by_label:
            c = by_label[label]
            lost_chars.add(c.name)
            pair.add(f"character missed: {carrier((c.name, *c.aliases), unseen)}", label)
    spurious_before = Counter(before.errors["characters"]["spurious"])
    for name in _unswapped(after.errors["characters"]["spurious"], swap):
        if spurious_before[name]:
            spurious_before[name] -= 1
            continue
        pair.add(f"character spurious: {carrier((name,), unseen)}", name)
    rel_before = set(before.errors["relationships"]["missed"])
    for label in _unswapped(after.errors["relationships"]["missed"], swap):
        if label in rel_before:
            continue
        names = label.split(": ", 1)[-1].split(" & ")
        if any(n in lost_chars for n in names):
            pair.add("relationship missed: a side's character lost", label)
        else:
            kinds = {carrier((n, *by_name[n].aliases), unseen) for n in names if n in by_name}
            pair.add(f"relationship missed: {min(kinds, default='no table')}", label)
    wrong_before = {(w["text"], w["gold"]) for w in before.errors["speakers"]}
    for wrong in _unswapped(after.errors["speakers"], swap):
        key = (wrong["text"], wrong["gold"])
        if key in wrong_before:
            continue
        speaker = by_name.get(wrong["gold"])
        aliases = (wrong["gold"], *(speaker.aliases if speaker else ()))
        example = f"{wrong['text'][:50]!r} {wrong['gold']} -> {wrong['predicted']}"
        if wrong["gold"] in lost_chars:
            kind = "speaker's character lost"
        elif pronoun_tagged(text, wrong["text"]) and census_gendered(aliases):
            kind = "census gender -> pronoun tag"
        else:
            kind = carrier(aliases, unseen)
        pair.add(f"speaker wrong: {kind}", example)


def litbank_pair(root: Path, name: str, unseen: bool, seed: int) -> Pair:
    """Return a LitBank sample scored as written and name-swapped (characters, speakers),
    the new errors sorted as ``story_pair`` sorts them. With ``unseen`` both run with an
    empty fandom table (LitBank names no canon to leave out)."""
    from ficshelf.understand import analyze
    from ficshelf.understand.report import analysis_to_dict

    doc = read_doc(root, name)
    persons = [m for m in doc.mentions if m.category == "PER" and m.type == "PROP"]
    tokens = name_tokens(doc.text[m.start : m.end] for m in persons)
    swap = NameSwap.build(tokens, doc.text, f"{seed}:{name}")
    swapped = replace(doc, text=swap.swap(doc.text))
    runs: list[tuple[dict[str, Any], dict[str, Counts | Accuracy], set[str]]] = []
    for one in (doc, swapped):
        with fandom_table(()) if unseen else nullcontext():
            analysis = analyze(RawDocument(text=one.text, source=f"{name}.txt", format="txt"))
        result = analysis_to_dict(analysis)
        score = score_doc(one, analysis, result)
        runs.append(
            (
                score.errors,
                {"characters": score.characters, "speakers": score.speakers},
                _litbank_missed(one, result),
            )
        )
    pair = Pair(name, runs[0][1], runs[1][1])
    names = _litbank_names(doc)
    for entity in sorted(runs[1][2] - runs[0][2]):
        pair.add(f"character missed: {carrier(names[entity], unseen)}", entity)
    wrong_before = {(w["text"], w["gold"]) for w in runs[0][0]["speakers"]}
    for wrong in runs[1][0]["speakers"]:
        text = swap.unswap(wrong["text"])
        if (text, wrong["gold"]) in wrong_before:
            continue
        aliases = names.get(wrong["gold"], [])
        if wrong["gold"] in runs[1][2] - runs[0][2]:
            kind = "speaker's character lost"
        elif pronoun_tagged(doc.text, text) and census_gendered(aliases):
            kind = "census gender -> pronoun tag"
        else:
            kind = carrier(aliases, unseen) if aliases else "unnamed speaker"
        pair.add(f"speaker wrong: {kind}", f"{text[:50]!r} {wrong['gold']}")
    return pair


def _litbank_names(doc: LitBankDoc) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for m in doc.mentions:
        if m.category == "PER" and m.type == "PROP":
            names.setdefault(m.entity, []).append(doc.text[m.start : m.end])
    return names


def _litbank_missed(doc: LitBankDoc, result: dict[str, Any]) -> set[str]:
    entities, gold_keys = gold_characters(doc)
    chars = [c for c in result["characters"] if c.get("named", True)]
    pred_keys = [alias_keys(c["name"], c["aliases"]) for c in chars]
    matched = match_characters(gold_keys, entities, pred_keys, [c["name"] for c in chars])
    return set(entities) - {entities[g] for g in matched.values()}


# ----- totals ----------------------------------------------------------------------------


def total(pairs: Sequence[Pair], side: str, name: str) -> Counts | Accuracy:
    """Return the sum of one field over ``pairs`` on one ``side`` ("original"/"swapped")."""
    values: list[Counts | Accuracy] = [
        getattr(p, side)[name] for p in pairs if name in getattr(p, side)
    ]
    if all(isinstance(v, Accuracy) for v in values) and values:
        return sum((v for v in values if isinstance(v, Accuracy)), Accuracy())
    return sum((v for v in values if isinstance(v, Counts)), Counts())


def figure(value: Counts | Accuracy) -> str:
    """Return a field's figure as text: F1 with tp/fp/fn, or accuracy with right/total."""
    if isinstance(value, Counts):
        f1 = value.f1
        return f"{f1:.3f} ({value.tp}/{value.fp}/{value.fn})" if f1 is not None else "-"
    acc = value.value
    return f"{acc:.3f} ({value.correct}/{value.total})" if acc is not None else "-"


def _number(value: Counts | Accuracy) -> float:
    number = value.f1 if isinstance(value, Counts) else value.value
    return number or 0.0


def set_lines(label: str, pairs: Sequence[Pair]) -> list[str]:
    """Return the Markdown rows of one set: per field, original → swapped and the drop."""
    lines = []
    for name in FIELDS:
        before, after = total(pairs, "original", name), total(pairs, "swapped", name)
        if isinstance(before, Counts) and not (before.tp + before.fp + before.fn):
            continue
        drop = _number(before) - _number(after)
        lines.append(f"| {label} | {name} | {figure(before)} | {figure(after)} | {drop:+.3f} |")
    return lines


def class_lines(pairs: Sequence[Pair], show: bool) -> list[str]:
    """Return the new errors' classes with their counts and the stories they come from;
    with ``show``, each error under its class."""
    counts: Counter[str] = Counter()
    stories: dict[str, set[str]] = {}
    for p in pairs:
        for kind, examples in p.classes.items():
            counts[kind] += len(examples)
            stories.setdefault(kind, set()).add(p.name)
    lines = []
    for kind, n in sorted(counts.items()):
        lines.append(f"{n:4d}  {kind}  ({len(stories[kind])} stories)")
        if show:
            for p in pairs:
                lines.extend(f"        {p.name}: {e}" for e in p.classes.get(kind, ()))
    return lines


def tuning_files(paths: Sequence[Path], match: Sequence[str]) -> Iterator[tuple[str, Path]]:
    """Yield (set label, gold file) for the tuning stories under ``paths`` that match
    ``match`` (all when empty); held-out stories are never yielded."""
    for path in find_gold_files(paths, match):
        for label, patterns in SETS:
            if matches_any(path, patterns):
                yield label, path
                break


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; print per set and field original → swapped, then the new errors'
    classes. Returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[])
    parser.add_argument("--match", action="append", default=[])
    parser.add_argument("--litbank", type=Path, help="also LitBank's dev samples")
    parser.add_argument("--unseen-canon", action="store_true")
    parser.add_argument("--seed", type=int, default=43)
    parser.add_argument("--errors", action="store_true", help="list each new error")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.litbank and not args.litbank.is_dir():
        print(f"no LitBank at {args.litbank}", file=sys.stderr)
        return 1
    groups: dict[str, list[Pair]] = {label: [] for label, _ in SETS}
    for label, path in tuning_files(args.corpus, args.match):
        groups[label].append(story_pair(path, args.unseen_canon, args.seed))
    groups = {label: pairs for label, pairs in groups.items() if pairs}
    if args.litbank:
        groups["LitBank dev"] = [
            litbank_pair(args.litbank, name, args.unseen_canon, args.seed)
            for name in doc_names(args.litbank, "dev")
        ]
    if args.json:
        out = {
            label: [
                {
                    "story": p.name,
                    "original": {k: v.to_dict() for k, v in p.original.items()},
                    "swapped": {k: v.to_dict() for k, v in p.swapped.items()},
                    "classes": p.classes,
                }
                for p in pairs
            ]
            for label, pairs in groups.items()
        }
        print(json.dumps(out, indent=1))
        return 0
    print("| set | field | original | swapped | drop |")
    print("|---|---|---|---|---|")
    for label, pairs in groups.items():
        print("\n".join(set_lines(label, pairs)))
    stories = [p for label, pairs in groups.items() if label != "LitBank dev" for p in pairs]
    if len(groups) > 1 and stories:
        print("\n".join(set_lines("all stories", stories)))
    every = [p for pairs in groups.values() for p in pairs]
    print(f"\n== new errors by class ({'unseen canon' if args.unseen_canon else 'known canon'}) ==")
    for label, pairs in groups.items():
        print(f"-- {label}")
        print("\n".join(class_lines(pairs, args.errors)))
    print("-- all")
    print("\n".join(class_lines(every, False)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
