"""Scores on LitBank: quotes, speakers and person names.

* **Quotes**: a predicted quote (the story-body quotes of ``analyze --json``) matches a gold
  one *exactly* when both cover the same characters once white space, quotation marks and
  dialogue dashes at the edges are trimmed; *overlap* matching pairs quotes that share any
  character, one to one in text order. Precision/recall/F1 for both.
* **Speakers**: accuracy over overlap-matched quotes that have a gold speaker. A predicted
  speaker is right when its name matches a proper-name mention of the gold speaker's
  coreference chain or, failing that, any other mention but a pronoun ("the young man");
  "Narrator" matches the chain that says "I" in the narration (a first-person pronoun outside
  every gold quotation: a character's "I" inside their own lines does not make them the
  narrator). Names match when equal after
  ``norm_name``; a proper name (or, in a chain without one, a description) also matches when
  one is a run of whole words of the other and that shorter name belongs to no other chain
  ("Elizabeth Bennet" matches "Elizabeth" unless another chain is also called "Elizabeth").
  End-to-end accuracy also counts gold quotes that were not found as wrong. *Speakers
  (unnamed)* is the same accuracy over the quotes whose speaker's chain has no proper name
  ("the girl", "her father", a nameless "I"): the ones only an unnamed character can get.
* **Characters**: gold characters are the PER chains with a proper-name mention (aliases =
  those names); predicted ones match as on the sample corpus (shared alias). Characters the
  analysis marks unnamed (``named: false``: "the old man", "Narrator") have no gold
  counterpart by this definition and are left out. P/R/F1.
* **Name mentions** (detection and B³ clustering): gold mentions are the proper-name PER
  mentions; predicted ones are the ``mentions`` spans that read as a name (capitalised, not a
  determiner or possessive). A predicted and a gold mention pair up when they end at the same
  character and overlap. B³ precision averages, over predicted mentions, the share of its
  predicted cluster that is paired with mentions of its gold cluster (0 for an unpaired
  mention); recall the same over gold mentions. Sums over documents give the micro-average.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ficshelf.evaluation.litbank import QUOTE_MARKS, LitBankDoc, Mention, doc_names, read_doc
from ficshelf.evaluation.matching import alias_keys, match_characters
from ficshelf.evaluation.normalise import norm_name
from ficshelf.evaluation.scores import Accuracy, Counts, sum_accuracy, sum_counts
from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand.names import QuoteIndex

_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})
_NOT_NAMES = frozenset(
    "the a an her his my your our their its this that these those one some".split()
)
# Quotation marks and the dashes that mark dialogue in some texts (Joyce) are not words spoken.
_EDGES = " \t\r\n—―–-" + "".join(QUOTE_MARKS)


@dataclass
class DocScore:
    """The counts of one LitBank sample."""

    name: str
    quotes_exact: Counts = Counts()
    quotes_overlap: Counts = Counts()
    speakers: Accuracy = Accuracy()
    speakers_end_to_end: Accuracy = Accuracy()
    speakers_unnamed: Accuracy = Accuracy()
    characters: Counts = Counts()
    name_mentions: Counts = Counts()
    b3: tuple[float, int, float, int] = (0.0, 0, 0.0, 0)
    errors: dict[str, list[Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the sample's counts and errors as JSON-ready data."""
        return {
            "doc": self.name,
            "quotes_exact": self.quotes_exact.to_dict(),
            "quotes_overlap": self.quotes_overlap.to_dict(),
            "speakers": self.speakers.to_dict(),
            "speakers_end_to_end": self.speakers_end_to_end.to_dict(),
            "speakers_unnamed": self.speakers_unnamed.to_dict(),
            "characters": self.characters.to_dict(),
            "name_mentions": self.name_mentions.to_dict(),
            "errors": self.errors,
        }


def _b3_dict(b3: tuple[float, int, float, int]) -> dict[str, float | None]:
    p = b3[0] / b3[1] if b3[1] else None
    r = b3[2] / b3[3] if b3[3] else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    return {
        k: None if v is None else round(v, 4)
        for k, v in (("precision", p), ("recall", r), ("f1", f))
    }


@dataclass
class LitBankScore:
    """The scores of one split: per sample, and micro-averaged (``total``)."""

    split: str
    docs: list[DocScore]

    def total(self) -> dict[str, Any]:
        """Return the summed counts: ``Counts`` or ``Accuracy`` per measure, B³ as a dict."""
        d = self.docs
        b3 = (
            sum(x.b3[0] for x in d),
            sum(x.b3[1] for x in d),
            sum(x.b3[2] for x in d),
            sum(x.b3[3] for x in d),
        )
        return {
            "quotes (exact)": sum_counts([x.quotes_exact for x in d]),
            "quotes (overlap)": sum_counts([x.quotes_overlap for x in d]),
            "speakers": sum_accuracy([x.speakers for x in d]),
            "speakers (end to end)": sum_accuracy([x.speakers_end_to_end for x in d]),
            "speakers (unnamed)": sum_accuracy([x.speakers_unnamed for x in d]),
            "characters": sum_counts([x.characters for x in d]),
            "name mentions": sum_counts([x.name_mentions for x in d]),
            "name clusters (B3)": _b3_dict(b3),
        }

    def to_dict(self) -> dict[str, Any]:
        """Return the micro-averaged scores and per-sample detail as JSON-ready data."""
        total = {k: v if isinstance(v, dict) else v.to_dict() for k, v in self.total().items()}
        return {
            "split": self.split,
            "docs": len(self.docs),
            "scores": total,
            "per_doc": [x.to_dict() for x in self.docs],
        }


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


def match_overlap(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> dict[int, int]:
    """Return ``{gold index: predicted index}`` pairing spans (both sorted by start) that
    overlap, one to one, in a single sweep."""
    matched: dict[int, int] = {}
    p = 0
    for g, (gs, ge) in enumerate(gold):
        while p < len(predicted) and predicted[p][1] <= gs:
            p += 1
        if p < len(predicted) and predicted[p][0] < ge:
            matched[g] = p
            p += 1
    return matched


class _Chains:
    """The PER coreference chains of a document, keyed for name comparison."""

    def __init__(self, doc: LitBankDoc) -> None:
        proper: dict[str, set[str]] = {}
        named: dict[str, set[str]] = {}  # proper names and descriptions, no pronouns
        narrators: set[str] = set()  # chains saying "I" outside the quotations
        quoted = QuoteIndex([Span(q.start, q.end) for q in doc.quotes])
        for m in doc.mentions:
            if m.category != "PER":
                continue
            key = norm_name(doc.text[m.start : m.end])
            if not key:
                continue
            if m.type == "PRON":
                if key in _FIRST_PERSON and quoted.find(m.start) < 0:
                    narrators.add(m.entity)
                continue
            named.setdefault(m.entity, set()).add(key)
            if m.type == "PROP":
                names = proper.setdefault(m.entity, set())
                names.add(key)
                # LitBank marks a mention's whole noun phrase, modifiers included ("poor
                # Miss Birch", "young Jolyon"): the name is the part from its first capital.
                name = norm_name(_name_part(doc.text[m.start : m.end]))
                if name:
                    names.add(name)
        self.proper = proper
        self.named = named
        self.narrators = narrators
        # Names whose whole-word runs may match: proper names, else the descriptions.
        self.keys = {e: proper.get(e) or keys for e, keys in named.items()}

    def _owners(self, short: str) -> set[str]:
        padded = f" {short} "
        return {e for e, keys in self.keys.items() if any(padded in f" {k} " for k in keys)}

    def speaker_is(self, name: str | None, entity: str) -> bool:
        """Return whether the predicted speaker ``name`` denotes the chain ``entity``: it is
        one of the chain's names or descriptions, or a run of words of one of its proper names
        (or contains one) that names no other chain, or "Narrator" for a first-person chain."""
        if not name:
            return False
        predicted = norm_name(name)
        if predicted in self.named.get(entity, set()):
            return True
        if predicted == "narrator":
            return entity in self.narrators
        for key in self.keys.get(entity, set()):
            if f" {key} " in f" {predicted} ":
                short = key
            elif f" {predicted} " in f" {key} ":
                short = predicted
            else:
                continue
            if self._owners(short) == {entity}:
                return True
        return False


def _name_part(phrase: str) -> str:
    """Return ``phrase`` from its first capitalised word on ("poor Miss Birch" → "Miss
    Birch"); empty when no word is capitalised."""
    words = phrase.split()
    for at, word in enumerate(words):
        if word[:1].isupper():
            return " ".join(words[at:])
    return ""


def _is_name(text: str) -> bool:
    words = text.split()
    return bool(words) and words[0][:1].isupper() and words[0].casefold() not in _NOT_NAMES


def _b3(
    gold: Sequence[Mention], predicted: Sequence[Span], pairs: dict[int, int]
) -> tuple[float, int, float, int]:
    """Return B³ (precision sum, predicted count, recall sum, gold count) for mentions
    paired as ``{predicted index: gold index}``."""
    both = Counter((predicted[p].label, gold[g].entity) for p, g in pairs.items())
    pred_size = Counter(m.label for m in predicted)
    gold_size = Counter(m.entity for m in gold)
    precision = sum(
        both[(predicted[p].label, gold[g].entity)] / pred_size[predicted[p].label]
        for p, g in pairs.items()
    )
    recall = sum(
        both[(predicted[p].label, gold[g].entity)] / gold_size[gold[g].entity]
        for p, g in pairs.items()
    )
    return precision, len(predicted), recall, len(gold)


def gold_characters(
    doc: LitBankDoc, chains: _Chains | None = None
) -> tuple[list[str], list[frozenset[str]]]:
    """Return the gold characters of a sample, as scored: its PER chains with a proper name
    (entity ids, sorted) and each one's normalised proper names."""
    chains = chains or _Chains(doc)
    entities = sorted(chains.proper)
    return entities, [frozenset(chains.proper[e]) for e in entities]


def score_doc(doc: LitBankDoc, analysis: Analysis, result: dict[str, Any]) -> DocScore:
    """Return the scores of one sample given its analysis and ``analyze --json`` object."""
    text = doc.text
    score = DocScore(doc.name)
    # Both sides are trimmed alike: a gold quote may open with an elided word ("'Tis").
    gold_spans = [_trim(text, q.start, q.end) for q in doc.quotes]
    pred_spans = [_trim(text, q["start"], q["end"]) for q in result["quotes"]]
    exact = len(set(gold_spans) & set(pred_spans))
    score.quotes_exact = Counts(exact, len(pred_spans) - exact, len(gold_spans) - exact)
    pairs = match_overlap(gold_spans, pred_spans)
    score.quotes_overlap = Counts(
        len(pairs), len(pred_spans) - len(pairs), len(gold_spans) - len(pairs)
    )
    chains = _Chains(doc)
    right = total = unnamed_right = unnamed_total = 0
    wrong: list[Any] = []
    for g, quote in enumerate(doc.quotes):
        if quote.speaker is None or g not in pairs:
            continue
        total += 1
        unnamed = quote.speaker not in chains.proper
        unnamed_total += unnamed
        said = result["quotes"][pairs[g]]["speaker"]
        if chains.speaker_is(said, quote.speaker):
            right += 1
            unnamed_right += unnamed
        else:
            wrong.append(
                {
                    "text": text[quote.start : quote.end][:80],
                    "gold": quote.speaker,
                    "predicted": said,
                }
            )
    attributed = sum(1 for q in doc.quotes if q.speaker)
    score.speakers = Accuracy(right, total)
    score.speakers_end_to_end = Accuracy(right, attributed)
    score.speakers_unnamed = Accuracy(unnamed_right, unnamed_total)
    score.errors["speakers"] = wrong
    score.errors["quotes missed"] = [
        text[q.start : q.end][:80] for g, q in enumerate(doc.quotes) if g not in pairs
    ]
    used = set(pairs.values())
    score.errors["quotes spurious"] = [
        text[s:e][:80] for p, (s, e) in enumerate(pred_spans) if p not in used
    ]
    # Characters: PER chains with a proper name, against the predicted characters.
    entities, gold_keys = gold_characters(doc, chains)
    chars = [c for c in result["characters"] if c.get("named", True)]
    pred_keys = [alias_keys(c["name"], c["aliases"]) for c in chars]
    matched = match_characters(gold_keys, entities, pred_keys, [c["name"] for c in chars])
    score.characters = Counts(len(matched), len(chars) - len(matched), len(entities) - len(matched))
    # Name mentions and their clusters.
    gold_names = [m for m in doc.mentions if m.category == "PER" and m.type == "PROP"]
    pred_names = [
        m
        for m in analysis.layers.get("mentions", ())
        if m.label and _is_name(text[m.start : m.end])
    ]
    by_end: dict[int, list[int]] = {}
    for g, gm in enumerate(gold_names):
        by_end.setdefault(gm.end, []).append(g)
    taken: set[int] = set()
    mention_pairs: dict[int, int] = {}
    for p, m in enumerate(pred_names):
        for g in by_end.get(m.end, ()):
            if g not in taken and gold_names[g].start < m.end and m.start < gold_names[g].end:
                taken.add(g)
                mention_pairs[p] = g
                break
    found = len(mention_pairs)
    score.name_mentions = Counts(found, len(pred_names) - found, len(gold_names) - found)
    score.b3 = _b3(gold_names, pred_names, mention_pairs)
    return score


def speaker_tests(doc: LitBankDoc, result: dict[str, Any]) -> dict[int, Callable[[str], bool]]:
    """Return, for each predicted quote (index into ``result["quotes"]``) overlap-matched to
    a gold quote with a speaker, a test of whether a name is that gold speaker, judged as
    ``score_doc`` judges it (for training a speaker model on the same matching)."""
    text = doc.text
    gold_spans = [_trim(text, q.start, q.end) for q in doc.quotes]
    pred_spans = [_trim(text, q["start"], q["end"]) for q in result["quotes"]]
    chains = _Chains(doc)
    tests: dict[int, Callable[[str], bool]] = {}
    for g, p in match_overlap(gold_spans, pred_spans).items():
        entity = doc.quotes[g].speaker
        if entity is not None:
            tests[p] = partial(_is_speaker, chains, entity)
    return tests


def _is_speaker(chains: _Chains, entity: str, name: str) -> bool:
    return chains.speaker_is(name, entity)


def evaluate_litbank(root: Path, split: str = "all") -> LitBankScore:
    """Return the scores of the pipeline on the LitBank samples of ``split``.

    Raises ``ConfigError`` when ``root`` is not LitBank or a file cannot be read,
    ``PipelineError`` when the pipeline fails on a sample.
    """
    from ficshelf.understand import analyze
    from ficshelf.understand.report import analysis_to_dict

    docs = []
    for name in doc_names(root, split):
        doc = read_doc(root, name)
        analysis = analyze(RawDocument(text=doc.text, source=f"{name}.txt", format="txt"))
        docs.append(score_doc(doc, analysis, analysis_to_dict(analysis)))
    return LitBankScore(split, docs)
