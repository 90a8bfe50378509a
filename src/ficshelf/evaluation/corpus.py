"""Scoring ``ficshelf analyze --json`` objects against gold stories.

``score_story`` compares one prediction with one gold story; ``evaluate`` runs the pipeline
over the stories that gold files name and adds the stories' counts up (micro-average).

Fields and how they are scored (precision/recall/F1 unless said otherwise):

* title, authors, fandoms, warnings — normalised names compared as multisets; a fandom the
  fandom table knows is compared by its table name, so two spellings of one canon ("Carmilla -
  Sheridan Le Fanu" and AO3's "Carmilla - J. Sheridan Le Fanu") are one fandom; one it does
  not know, by its title ("The Sea-Wolf" is "The Sea-Wolf - Jack London").
* characters — matched one-to-one by shared aliases (``matching.match_characters``).
* relationships — a predicted pair matches a gold one when both its characters match the
  gold pair's characters and the kind agrees; ``relationship prominence`` is the accuracy of
  major/background over matched pairs.
* notes — kind and normalised text must both agree; notes found in the text and notes the
  file carries as structure (``given_notes``) both count.
* quotes — normalised text (``matching.match_quotes``).
* accuracy: pov, tense, rating and narrator per story (a story with no narrator is right when
  none is predicted; a pov, tense or rating given with confidence 0 is the contract's default,
  not a decision, and counts as wrong); speakers over matched quotes: right when the
  predicted speaker is the character matched to the gold speaker, or one of its names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ficshelf.errors import FicshelfError
from ficshelf.evaluation.gold import GoldStory, load_gold
from ficshelf.evaluation.matching import alias_keys, match_characters, match_quotes
from ficshelf.evaluation.normalise import norm_name, norm_text
from ficshelf.evaluation.scores import Accuracy, Counts, set_counts, sum_accuracy, sum_counts
from ficshelf.understand.fandom_names import find_fandom

PRF_FIELDS = (
    "title",
    "authors",
    "fandoms",
    "characters",
    "relationships",
    "warnings",
    "notes",
    "quotes",
)
ACCURACY_FIELDS = ("pov", "tense", "rating", "narrator", "speakers", "relationship prominence")


@dataclass
class StoryScore:
    """One story's counts per field, what went wrong (``errors``), and a pipeline or
    reading failure (``failure``) if the story could not be analysed at all."""

    name: str
    counts: dict[str, Counts] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(default_factory=dict)
    errors: dict[str, Any] = field(default_factory=dict)
    failure: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the story's scores and errors as JSON-ready data."""
        return {
            "story": self.name,
            "failure": self.failure,
            "fields": {k: v.to_dict() for k, v in self.counts.items()},
            "accuracy": {k: v.to_dict() for k, v in self.accuracy.items()},
            "errors": self.errors,
        }


@dataclass
class CorpusScore:
    """Scores of several stories and their micro-average."""

    stories: list[StoryScore]

    def total(self) -> tuple[dict[str, Counts], dict[str, Accuracy]]:
        """Return the summed counts per field and accuracies (the micro-average)."""
        counts = {
            f: sum_counts([s.counts.get(f, Counts()) for s in self.stories]) for f in PRF_FIELDS
        }
        accuracy = {
            f: sum_accuracy([s.accuracy.get(f, Accuracy()) for s in self.stories])
            for f in ACCURACY_FIELDS
        }
        return counts, accuracy

    def to_dict(self) -> dict[str, Any]:
        """Return the micro-averaged scores and the per-story detail as JSON-ready data."""
        counts, accuracy = self.total()
        return {
            "stories": len(self.stories),
            "failures": sum(1 for s in self.stories if s.failure),
            "fields": {k: v.to_dict() for k, v in counts.items()},
            "accuracy": {k: v.to_dict() for k, v in accuracy.items()},
            "per_story": [s.to_dict() for s in self.stories],
        }


def _one(value: str | None) -> list[str]:
    key = norm_name(value) if value else ""
    return [key] if key else []


def _decided(choice: Any) -> str | None:
    """Return the value of a ``{"value", "confidence"}`` choice, ``None`` when the pipeline
    did not decide (the contract's default, given with confidence 0)."""
    if not isinstance(choice, dict) or not choice.get("confidence"):
        return None
    value = choice.get("value")
    return value if isinstance(value, str) else None


def _choice(gold: str | None, predicted: str | None) -> Accuracy:
    if gold is None:
        return Accuracy()
    return Accuracy(int(predicted is not None and norm_text(gold) == norm_text(predicted)), 1)


class CharacterMatch:
    """The gold and predicted characters of one story and how they match."""

    def __init__(self, gold: GoldStory, predicted: dict[str, Any]) -> None:
        self.gold = gold.characters
        self.gold_keys = [alias_keys(c.name, c.aliases) for c in self.gold]
        chars = predicted.get("characters", [])
        self.pred_names = [str(c["name"]) for c in chars]
        self.pred_keys = [alias_keys(c["name"], c.get("aliases", [])) for c in chars]
        self.to_gold = match_characters(
            self.gold_keys, [c.name for c in self.gold], self.pred_keys, self.pred_names
        )
        self.pred_index = {norm_name(n): i for i, n in reversed(list(enumerate(self.pred_names)))}
        self.gold_index: dict[str, int] = {}
        for i, keys in reversed(list(enumerate(self.gold_keys))):
            for key in keys:
                self.gold_index[key] = i
        for i, c in enumerate(self.gold):  # canonical names win over aliases
            self.gold_index[norm_name(c.name)] = i

    def counts(self) -> Counts:
        tp = len(self.to_gold)
        return Counts(tp, len(self.pred_names) - tp, len(self.gold) - tp)

    def gold_of_predicted_name(self, name: str) -> int | None:
        index = self.pred_index.get(norm_name(name))
        return None if index is None else self.to_gold.get(index)

    def gold_pair(self, names: Sequence[str]) -> frozenset[int | str]:
        """Return a gold relationship's characters as gold indexes (a name no gold character
        has stays its normalised self)."""
        return frozenset(self.gold_index.get(norm_name(n), norm_name(n)) for n in names)

    def predicted_pair(self, names: Sequence[str]) -> frozenset[int | str]:
        """Return a predicted relationship's characters as the gold indexes they match (one
        that matches none: "?" and its normalised name, which no gold pair holds)."""
        out: set[int | str] = set()
        for n in names:
            g = self.gold_of_predicted_name(n)
            out.add(g if g is not None else f"?{norm_name(n)}")
        return frozenset(out)

    def same(self, gold_name: str, predicted_name: str | None) -> bool:
        """Return whether a predicted name denotes the gold character called ``gold_name``."""
        if not predicted_name:
            return False
        g = self.gold_index.get(norm_name(gold_name))
        if g is None:
            return norm_name(gold_name) == norm_name(predicted_name)
        if self.gold_of_predicted_name(predicted_name) == g:
            return True
        return norm_name(predicted_name) in self.gold_keys[g]


def _relationships(
    gold: GoldStory, predicted: dict[str, Any], chars: CharacterMatch, score: StoryScore
) -> None:
    wanted = {(chars.gold_pair(r.characters), r.kind): r for r in gold.relationships}
    found = {
        (chars.predicted_pair(r["characters"]), r["kind"]): r
        for r in predicted.get("relationships", [])
    }
    hits = wanted.keys() & found.keys()
    prominence = Accuracy(
        sum(1 for k in hits if wanted[k].prominence == found[k]["prominence"]), len(hits)
    )
    score.counts["relationships"] = Counts(
        len(hits), len(found) - len(hits), len(wanted) - len(hits)
    )
    score.accuracy["relationship prominence"] = prominence
    score.errors["relationships"] = {
        "missed": [
            f"{r.kind}: {' & '.join(r.characters)}" for k, r in wanted.items() if k not in hits
        ],
        "spurious": [
            f"{r['kind']}: {' & '.join(r['characters'])}" for k, r in found.items() if k not in hits
        ],
    }


def _quotes(
    gold: GoldStory, predicted: dict[str, Any], chars: CharacterMatch, score: StoryScore
) -> None:
    pred = predicted.get("quotes", [])
    matched = match_quotes([q.text for q in gold.quotes], [str(q["text"]) for q in pred])
    score.counts["quotes"] = Counts(
        len(matched), len(pred) - len(matched), len(gold.quotes) - len(matched)
    )
    used = set(matched.values())
    wrong = []
    correct = total = 0
    for g, p in matched.items():
        speaker = gold.quotes[g].speaker
        if not speaker:
            continue
        total += 1
        said = pred[p].get("speaker")
        if chars.same(speaker, said):
            correct += 1
        else:
            wrong.append({"text": gold.quotes[g].text, "gold": speaker, "predicted": said})
    score.accuracy["speakers"] = Accuracy(correct, total)
    score.errors["quotes"] = {
        "missed": [q.text for i, q in enumerate(gold.quotes) if i not in matched],
        "spurious": [str(q["text"]) for i, q in enumerate(pred) if i not in used],
    }
    score.errors["speakers"] = wrong


def speaker_tests(gold: GoldStory, predicted: dict[str, Any]) -> dict[int, Callable[[str], bool]]:
    """Return, for each predicted quote (index into ``predicted["quotes"]``) matched to a
    gold quote with a speaker, a test of whether a name is that gold speaker, judged as
    ``score_story`` judges it (for training a speaker model on the same matching)."""
    pred = predicted.get("quotes", [])
    chars = CharacterMatch(gold, predicted)
    matched = match_quotes([q.text for q in gold.quotes], [str(q["text"]) for q in pred])
    tests: dict[int, Callable[[str], bool]] = {}
    for g, p in matched.items():
        speaker = gold.quotes[g].speaker
        if speaker:
            tests[p] = partial(chars.same, speaker)
    return tests


def relationship_test(
    gold: GoldStory, predicted: dict[str, Any]
) -> Callable[[Sequence[str], str], str | None]:
    """Return a test of whether a predicted relationship (its two character names and its
    kind) matches one of the gold story's, judged as ``score_story`` judges it (for training
    a relationship model on the same matching): the test returns the matching gold
    relationship's prominence, or ``None`` when none matches."""
    chars = CharacterMatch(gold, predicted)
    wanted = {(chars.gold_pair(r.characters), r.kind): r.prominence for r in gold.relationships}

    def matches(names: Sequence[str], kind: str) -> str | None:
        return wanted.get((chars.predicted_pair(names), kind))

    return matches


def fandom_key(name: str) -> str:
    """Return the normalised name a fandom is scored by: the fandom table's name for a canon
    the table knows under any of its spellings (``find_fandom``), else the title ``name``
    gives before " - Author" ("The Sea-Wolf - Jack London" and "The Sea-Wolf" are one)."""
    known = find_fandom(name)
    return norm_name(known.name if known is not None else name.partition(" - ")[0])


def _diff(gold: list[str], predicted: list[str]) -> dict[str, list[str]]:
    return {
        "missed": [g for g in gold if g not in predicted],
        "spurious": [p for p in predicted if p not in gold],
    }


def score_story(gold: GoldStory, predicted: dict[str, Any]) -> StoryScore:
    """Return the counts of one ``analyze --json`` object against its gold story."""
    score = StoryScore(gold.name)
    simple = {
        "title": (_one(gold.title), _one(predicted.get("title"))),
        "authors": (
            [norm_name(a) for a in gold.authors],
            [norm_name(a) for a in predicted.get("authors", [])],
        ),
        "fandoms": (
            [fandom_key(f) for f in gold.fandoms],
            [fandom_key(f["name"]) for f in predicted.get("fandoms", [])],
        ),
        "warnings": (
            [norm_name(w) for w in gold.warnings],
            [norm_name(w["tag"]) for w in predicted.get("warnings", [])],
        ),
        "notes": (
            [f"{n.kind}: {norm_text(n.text)}" for n in gold.notes],
            [
                f"{n['kind']}: {norm_text(n['text'])}"
                for n in predicted.get("notes", []) + predicted.get("given_notes", [])
            ],
        ),
    }
    for name, (g, p) in simple.items():
        score.counts[name] = set_counts(g, p)
        if g != p:
            score.errors[name] = _diff(g, p)
    chars = CharacterMatch(gold, predicted)
    score.counts["characters"] = chars.counts()
    matched_gold = set(chars.to_gold.values())
    score.errors["characters"] = {
        "missed": [
            f"{c.name} ({c.role})" for i, c in enumerate(chars.gold) if i not in matched_gold
        ],
        "spurious": [n for i, n in enumerate(chars.pred_names) if i not in chars.to_gold],
    }
    _relationships(gold, predicted, chars, score)
    _quotes(gold, predicted, chars, score)
    rating = predicted.get("rating") if predicted.get("rating_confidence", 1.0) > 0 else None
    decided = {
        "pov": _decided(predicted.get("pov")),
        "tense": _decided(predicted.get("tense")),
        "rating": rating if isinstance(rating, str) else None,
        "narrator": predicted.get("narrator"),
    }
    for name in ("pov", "tense", "rating"):
        score.accuracy[name] = _choice(getattr(gold, name), decided[name])
    if gold.narrator is None:
        score.accuracy["narrator"] = Accuracy(int(decided["narrator"] is None), 1)
    else:
        score.accuracy["narrator"] = Accuracy(
            int(chars.same(gold.narrator, decided["narrator"])), 1
        )
    for name, value in decided.items():
        acc = score.accuracy[name]
        if acc.total and not acc.correct:
            score.errors[name] = {"gold": getattr(gold, name), "predicted": value}
    return score


def failed_story(gold: GoldStory, reason: str) -> StoryScore:
    """Return the score of a story that could not be analysed: everything in its gold missed."""
    score = score_story(gold, {})
    score.failure = reason
    return score


Analyzer = Callable[[Path], dict[str, Any]]


def analyze_file(path: Path) -> dict[str, Any]:
    """Return the ``analyze --json`` object of the story file ``path``.

    Raises ``OSError`` when it cannot be read, ``IngestError`` or ``PipelineError``.
    """
    from ficshelf.ingest import read_document
    from ficshelf.understand import analyze
    from ficshelf.understand.report import analysis_to_dict

    return analysis_to_dict(analyze(read_document(str(path), path.read_bytes())))


def evaluate(gold_files: Sequence[Path], analyzer: Analyzer = analyze_file) -> CorpusScore:
    """Return the scores of the stories the gold files name, analysed by ``analyzer``.

    A story that cannot be read or analysed is scored as all missed, with the reason in its
    ``failure``. Raises ``GoldFormatError`` for a malformed gold file.
    """
    stories = []
    for path in gold_files:
        gold = load_gold(path)
        try:
            predicted = analyzer(gold.source)
        except (OSError, FicshelfError) as exc:
            stories.append(failed_story(gold, f"{type(exc).__name__}: {exc}"))
            continue
        stories.append(score_story(gold, predicted))
    return CorpusScore(stories)
