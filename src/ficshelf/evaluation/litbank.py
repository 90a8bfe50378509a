"""Reading LitBank (Bamman et al., CC BY 4.0): its texts and its gold annotations.

LitBank ships each ~2,000-word sample as tokens, one sentence per line
(``quotations/tsv/NAME.txt``, the same text as ``coref/tsv/NAME.txt``), with stand-off
annotations by (sentence, token) positions, ends inclusive:

* ``quotations/tsv/NAME.ann``: ``QUOTE id s_sent s_tok e_sent e_tok text`` and
  ``ATTRIB id speaker_entity``;
* ``coref/tsv/NAME.ann``: ``MENTION id s_sent s_tok e_sent e_tok text category type``
  (type PROP, NOM or PRON) and ``COREF mention_id entity``.

The ``entities/`` layer is not read: ``coref/`` repeats its mentions with their category
and adds what scoring names needs and ``entities/`` lacks, whether a mention is a proper
name (PROP), and which chain (character) it belongs to.

``detokenise`` turns the tokens back into running text the pipeline can read, keeping every
token's character offsets, so gold positions become offsets into exactly the text the
pipeline analyses. LitBank does not keep paragraphs; a sentence that opens with a quotation
mark starts a new paragraph (in print, a sentence only opens with one at a new turn of
dialogue or a new paragraph of a long speech), every other sentence continues its paragraph.
Straight quotation marks alternate between opening and closing, except that one starting a
sentence always opens (so one stray mark does not flip every later quotation). Where a text
also has double quotation marks, a lone "'" is an elision ("mawnin'") and attaches to its word.

The split is fixed: ``test`` is the last ``TEST_FILES`` files by name, ``dev`` the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ficshelf.errors import ConfigError

TEST_FILES = 20
SPLITS = ("dev", "test", "all")

_OPEN_DOUBLE, _CLOSE_DOUBLE = "“", "”"
_OPEN_SINGLE, _CLOSE_SINGLE = "‘", "’"
_TOGGLES = frozenset({'"', "'", "_"})
QUOTE_MARKS = frozenset("“”‘’\"'«»")
_PUNCT = frozenset(",.;:!?)]}%…")
_CLITICS = ("n't", "n’t", "'", "’")
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A coreference mention: offsets into the detokenised text, its entity (chain) id,
    ACE category (PER, LOC …) and type (PROP, NOM, PRON)."""

    start: int
    end: int
    entity: str
    category: str
    type: str


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """A gold quotation: offsets of its words without the quotation marks, and the entity
    id of its speaker (``None`` when unattributed)."""

    start: int
    end: int
    speaker: str | None


@dataclass(frozen=True)
class LitBankDoc:
    """One LitBank sample: the detokenised text and its gold quotes and mentions."""

    name: str
    text: str
    quotes: tuple[GoldQuote, ...]
    mentions: tuple[Mention, ...]


def is_litbank(path: Path) -> bool:
    """Return whether ``path`` is a LitBank folder (with quotations/tsv and coref/tsv)."""
    return (path / "quotations" / "tsv").is_dir() and (path / "coref" / "tsv").is_dir()


def doc_names(root: Path, split: str = "all") -> list[str]:
    """Return the names of the samples of ``split`` (dev, test or all), sorted.

    Raises ``ConfigError`` for an unknown split or a folder that is not LitBank.
    """
    if split not in SPLITS:
        raise ConfigError(f"unknown LitBank split {split!r} (use {', '.join(SPLITS)})")
    if not is_litbank(root):
        raise ConfigError(f"{root}: not a LitBank folder (no quotations/tsv and coref/tsv)")
    names = sorted(p.stem for p in (root / "quotations" / "tsv").glob("*.txt"))
    if split == "test":
        return names[-TEST_FILES:]
    if split == "dev":
        return names[:-TEST_FILES]
    return names


class _Spacing:
    """Decides how each token attaches to its neighbours, tracking straight quotation marks
    and emphasis underscores, which open and close alike."""

    def __init__(self, sentences: Sequence[Sequence[str]]) -> None:
        tokens = {t for sentence in sentences for t in sentence}
        # Where a text has double quotation marks, a lone "'" is an elision ("mawnin'").
        self.apostrophe = bool(tokens & {'"', _OPEN_DOUBLE})
        self.open: set[str] = set()

    def kind(self, token: str, index: int) -> str:
        """Return "open" (no space after), "close" (no space before) or "word" for the
        token at ``index`` of its sentence."""
        if token == "'" and self.apostrophe:
            return "close"
        if token in _TOGGLES:
            if token != "_" and index == 0:  # a sentence opening with one opens a quotation
                self.open.add(token)
                return "open"
            if token in self.open:
                self.open.discard(token)
                return "close"
            self.open.add(token)
            return "open"
        if token[0] in (_OPEN_DOUBLE, _OPEN_SINGLE) and set(token) <= QUOTE_MARKS:
            return "open"
        if token[0] in (_CLOSE_DOUBLE, _CLOSE_SINGLE) and set(token) <= QUOTE_MARKS:
            return "close"
        if all(ch in _PUNCT for ch in token) or token.startswith(_CLITICS):
            return "close"
        return "word"


def detokenise(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Return running text made of tokenised sentences and, per sentence, each token's
    ``(start, end)`` offsets in it (see the module docstring for spacing and paragraphs)."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    size = 0
    spacing = _Spacing(sentences)
    attach = True
    for sentence in sentences:
        spans: list[tuple[int, int]] = []
        for index, token in enumerate(sentence):
            kind = spacing.kind(token, index)
            if index == 0 and size and kind == "open" and set(token) <= QUOTE_MARKS:
                sep = "\n\n"
            elif attach or kind == "close" or not size:
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            size += len(sep)
            spans.append((size, size + len(token)))
            parts.append(token)
            size += len(token)
            attach = kind == "open" or token in _NO_SPACE_AFTER
        offsets.append(spans)
    return "".join(parts), offsets


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read LitBank file: {exc}") from exc


def _position(offsets: list[list[tuple[int, int]]], sent: str, tok: str) -> tuple[int, int]:
    return offsets[int(sent)][int(tok)]


def read_doc(root: Path, name: str) -> LitBankDoc:
    """Return the LitBank sample ``name`` under ``root``: detokenised text, gold quotes
    (offsets without their quotation marks) and the mentions of its coreference chains.

    Raises ``ConfigError`` when a file is missing or an annotation points outside the text.
    """
    sentences = [
        line.split(" ") for line in _read_lines(root / "quotations" / "tsv" / f"{name}.txt")
    ]
    sentences = [[t for t in s if t] for s in sentences]
    text, offsets = detokenise(sentences)
    try:
        quotes = _quotes(root, name, sentences, offsets)
        mentions = _mentions(root, name, offsets)
    except (IndexError, ValueError) as exc:
        raise ConfigError(f"{name}: annotation outside the text: {exc}") from exc
    return LitBankDoc(name, text, tuple(quotes), tuple(mentions))


def _quotes(
    root: Path, name: str, sentences: list[list[str]], offsets: list[list[tuple[int, int]]]
) -> list[GoldQuote]:
    spans: dict[str, tuple[int, int]] = {}
    speakers: dict[str, str] = {}
    for line in _read_lines(root / "quotations" / "tsv" / f"{name}.ann"):
        cols = line.split("\t")
        if cols[0] == "QUOTE" and len(cols) >= 6:
            s_sent, s_tok, e_sent, e_tok = (int(c) for c in cols[2:6])
            tokens = [(s_sent, s_tok)]
            # Trim quotation-mark tokens at both ends: gold spans hold the words only.
            while set(sentences[s_sent][s_tok]) <= QUOTE_MARKS and (s_sent, s_tok) < (
                e_sent,
                e_tok,
            ):
                s_sent, s_tok = _next(sentences, s_sent, s_tok)
            while set(sentences[e_sent][e_tok]) <= QUOTE_MARKS and (e_sent, e_tok) > (
                s_sent,
                s_tok,
            ):
                e_sent, e_tok = _previous(sentences, e_sent, e_tok)
            del tokens
            if set(sentences[s_sent][s_tok]) <= QUOTE_MARKS:
                continue  # nothing but quotation marks
            spans[cols[1]] = (offsets[s_sent][s_tok][0], offsets[e_sent][e_tok][1])
        elif cols[0] == "ATTRIB" and len(cols) >= 3:
            speakers[cols[1]] = cols[2].strip()
    quotes = [GoldQuote(s, e, speakers.get(qid) or None) for qid, (s, e) in spans.items()]
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _next(sentences: list[list[str]], sent: int, tok: int) -> tuple[int, int]:
    if tok + 1 < len(sentences[sent]):
        return sent, tok + 1
    sent += 1
    while not sentences[sent]:
        sent += 1
    return sent, 0


def _previous(sentences: list[list[str]], sent: int, tok: int) -> tuple[int, int]:
    if tok > 0:
        return sent, tok - 1
    sent -= 1
    while not sentences[sent]:
        sent -= 1
    return sent, len(sentences[sent]) - 1


def _mentions(root: Path, name: str, offsets: list[list[tuple[int, int]]]) -> list[Mention]:
    found: dict[str, tuple[int, int, str, str]] = {}
    entity: dict[str, str] = {}
    for line in _read_lines(root / "coref" / "tsv" / f"{name}.ann"):
        cols = line.split("\t")
        if cols[0] == "MENTION" and len(cols) >= 9:
            start = _position(offsets, cols[2], cols[3])[0]
            end = _position(offsets, cols[4], cols[5])[1]
            found[cols[1]] = (start, end, cols[7].strip(), cols[8].strip())
        elif cols[0] == "COREF" and len(cols) >= 3:
            entity[cols[1]] = cols[2].strip()
    mentions = [
        Mention(start, end, entity[mid], category, type_)
        for mid, (start, end, category, type_) in found.items()
        if mid in entity
    ]
    return sorted(mentions, key=lambda m: (m.start, m.end))
