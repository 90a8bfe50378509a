"""A learned keep/drop decision over the named characters the rules propose.

The ``characters`` stage's rules (``names``, ``person_evidence``, ``name_clusters``) propose
named characters; this module disposes: a logistic model over features of each character's
mentions gives the probability that it is a person, and the stage drops a character only when
that probability is below a threshold chosen by cross-validation on the training data (the
model is confident it is no person). The narrator, every character named next to a speech verb
("said Theo": the speakers stage resolves explicit tags through the ``mentions`` layer) or
called inside a quote, every name with a title but a saint's ("Duchesse de Chevreuse",
"Grandpa"; not "St. Paul", as often a place), and every name the text says is someone right
after it ("Traddles, who has written"; not after "the", "a", "at" or a word for an animal:
"the Newfoundland, who") are never dropped.

Features (``FEATURES``), all counted over the candidates (name occurrences) a character
gathers, so they cost one pass over its mentions: how many mentions and distinct surface
forms (log scale); the share of mentions that open a sentence, that follow a preposition,
"at" (with no "'s" after the name: "at Chester"), "the", or "a"/"an", that carry a title
("Mr.", "Miss", "Dr."), that have a speech verb
next to them, that are a vocative inside a quote, that take "'s", that are the subject of a
person's verb ("smiled", "nodded"), that are followed by any verb, a finite verb, a "he"/"she"
(with or without the narration's gender) or an "it"; whether the name is an English dictionary
word (``english_words.txt.gz``), a word LitBank's training split writes in lower case, a known
given name, a known place, a title or person noun alone; its number of words; whether it is
written in capitals; whether it is seen only inside quotes or only in the narration.

The weights (``character_filter.json``) are trained by ``scripts/train_character_filter.py``
with scikit-learn on LitBank's dev split (first 80 files; CC BY 4.0, Bamman et al.) and the
tuning stories 01-15, 31-40 and 51-60; applying them is a dot product and a sigmoid in plain
Python.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ficshelf.understand import name_tables as tables
from ficshelf.understand.names import Candidate
from ficshelf.understand.person_evidence import is_common_word, is_given_name

# Shares of a character's mentions with a cue (``Candidate`` flags, in this order).
_SHARES: tuple[str, ...] = (
    "initial",
    "in_quote",
    "place",
    "object_of",
    "after_of",
    "after_the",
    "after_article",
    "speech",
    "vocative",
    "possessive",
    "person_verb",
    "subject",
    "finite_verb",
    "pronoun",
    "neuter",
    "after_at",
)
FEATURES: tuple[str, ...] = (
    "log_mentions",
    "log_forms",
    "single",
    *_SHARES,
    "titled",
    "gendered",
    "mid_narration",
    "capitals",
    "dialogue_only",
    "narration_only",
    "english_word",
    "common_word",
    "given_name",
    "place_name",
    "person_word",
    "title_alone",
    "plural",
    "hyphen",
    "words",
)
WEIGHTS_FILE = "character_filter.json"
_MAX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic model: ``weights`` in ``FEATURES`` order, ``bias`` and the keep
    ``threshold``."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: Sequence[float]) -> float:
        """Return the probability that a character with ``features`` (in ``FEATURES``
        order) is a person."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        if z < -60:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def keeps(self, features: Sequence[float]) -> bool:
        """Return whether a character with ``features`` is kept (not confidently no
        person)."""
        return self.probability(features) >= self.threshold


def model_from_dict(data: dict[str, object]) -> Model:
    """Return the model a weights file holds. Raises ``ValueError`` when a field is missing
    or malformed, or the file was trained on other features."""
    try:
        names = list(data["features"])  # type: ignore[call-overload]
        weights = [float(w) for w in data["weights"]]  # type: ignore[attr-defined]
        bias = float(data["bias"])  # type: ignore[arg-type]
        threshold = float(data["threshold"])  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed character filter weights: {exc}") from exc
    if tuple(names) != FEATURES or len(weights) != len(names):
        raise ValueError("character filter weights do not fit the features")
    return Model(tuple(weights), bias, threshold)


@cache
def shipped_model() -> Model:
    """Return the model shipped in the package. Raises ``ValueError`` when the file is
    malformed (a packaging error)."""
    raw = resources.files("ficshelf.understand").joinpath(WEIGHTS_FILE).read_text("utf-8")
    return model_from_dict(json.loads(raw))


def features(text: str, candidates: Sequence[Candidate]) -> list[float]:
    """Return the ``FEATURES`` of a character whose name occurrences are ``candidates``
    (in ``text``), in ``FEATURES`` order; all zeros for no candidates."""
    n = len(candidates)
    if not n:
        return [0.0] * len(FEATURES)
    surfaces: set[str] = set()
    shares = [0] * len(_SHARES)
    titled = gendered = mid_narration = capitals = 0
    longest = candidates[0]
    for c in candidates:
        surface = text[c.start : c.end]
        surfaces.add(" ".join(surface.split()))
        for i, name in enumerate(_SHARES):
            shares[i] += getattr(c, name)
        titled += bool(c.title) and bool(c.parts)
        gendered += bool(c.gender)
        mid_narration += not c.initial and not c.in_quote
        capitals += surface.isupper()
        if len(c.parts) > len(longest.parts):
            longest = c
    quoted = shares[1]
    lows = [p.lower() for p in longest.parts]
    key = longest.key.lower()
    last = lows[-1] if lows else key
    return [
        math.log1p(n),
        math.log1p(len(surfaces)),
        float(n == 1),
        *(v / n for v in shares),
        titled / n,
        gendered / n,
        mid_narration / n,
        capitals / n,
        float(quoted == n),
        float(quoted == 0),
        float(bool(lows) and all(w in tables.ENGLISH_WORDS and not is_given_name(w) for w in lows)),
        float(bool(lows) and all(is_common_word(w) for w in lows)),
        float(bool(lows) and is_given_name(lows[0])),
        float(key in tables.PLACE_NAMES),
        float(last in tables.PERSON_NOUNS or last in tables.TITLES),
        float(not lows),
        float(last.endswith("s") and not last.endswith(("ss", "us", "is", "os"))),
        float("-" in key),
        min(len(lows), _MAX_WORDS) / _MAX_WORDS,
    ]


# "the first Dowell", "the little brown Faust-Capoul": an article and a few lower-case words
# before a name make it a kind or a part ("the Newfoundland, who").
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])(?:[Tt]he|[Aa]n?)(?:[ \t]+[a-z]+){0,3}[ \t]+\Z")
_BACK = 40


def _described(text: str, cand: Candidate) -> bool:
    """Whether the text says what person a name is, right after it ("Traddles, who has
    written", "Burke, the butler,"), where no place or thing stands: not after an article
    and a few words ("the Newfoundland, who", "the first Dowell, who"), "at" or a place
    preposition ("at Amesbury, who"), nor after a word for an animal or a thing ("the dog
    Diogenes, who")."""
    # The flags and ``_ARTICLE_BEFORE`` overlap but neither holds the other: the regex adds
    # the words between ("the first Dowell") and any mark before ("—the Dane"); the flags
    # (``name_words_before``) add "every", an article after emphasis ("_the Dane") and a line
    # break before the name. (The regex alone left the 200 stories and LitBank unchanged.)
    return (
        cand.described
        and not (cand.thing or cand.after_the or cand.after_article)
        and not (cand.after_at or cand.place)
        and _ARTICLE_BEFORE.search(text, max(0, cand.start - _BACK), cand.start) is None
    )


@dataclass(frozen=True, slots=True)
class Recorded:
    """A character as the filter saw it: its ``features`` and whether it is ``protected``
    (never dropped)."""

    features: list[float]
    protected: bool


# While training, the stage keeps every character and records it here.
_RECORDER: ContextVar[dict[str, Recorded] | None] = ContextVar("_RECORDER", default=None)


@contextmanager
def recording() -> Iterator[dict[str, Recorded]]:
    """Within the block, the characters stage keeps every named character and records its
    features by canonical name in the dict yielded (for training and error analysis)."""
    found: dict[str, Recorded] = {}
    token = _RECORDER.set(found)
    try:
        yield found
    finally:
        _RECORDER.reset(token)


def dropped(
    text: str,
    names: Sequence[str],
    candidates: Sequence[Candidate],
    owner: Sequence[int],
    protected: set[int],
) -> set[int]:
    """Return the indexes of the characters (canonical ``names``) to drop: those the shipped
    model says are confidently no person. ``owner[i]`` is the character of ``candidates[i]``.
    Never dropped: the ``protected`` characters (the narrator, those a speaking role links
    to) and those the speakers stage reads explicit cues from: a name next to a speech verb
    ("said Theo") or called inside a quote ("Morning, Pip"); and a name with a title other
    than a saint's ("Aunt March"); and a name the text says is someone (``_described``).
    Inside ``recording()`` nothing is dropped and every character is recorded."""
    grouped: dict[int, list[Candidate]] = {}
    for cand, who in zip(candidates, owner, strict=True):
        grouped.setdefault(who, []).append(cand)
    recorder = _RECORDER.get()
    drop: set[int] = set()
    for who, cands in grouped.items():
        safe = who in protected or any(
            c.speech
            or (c.vocative and not c.initial)
            or (c.title and c.title not in tables.SAINT_TITLES)
            or _described(text, c)
            for c in cands
        )
        if recorder is not None:  # training: the shipped weights may not fit yet
            recorder[names[who]] = Recorded(features(text, cands), safe)
        elif not safe and not shipped_model().keeps(features(text, cands)):
            drop.add(who)
    return drop
