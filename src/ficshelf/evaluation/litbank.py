"""Reading LitBank (Bamman et al., CC BY 4.0): its texts and its gold annotations.

LitBank ships each ~2,000-word sample as tokens, one sentence per line
(``quotations/tsv/NAME.txt``, the same text as ``coref/tsv/NAME.txt``), with stand-off
annotations by (sentence, token) positions, ends inclusive:

* ``quotations/tsv/NAME.ann``: ``QUOTE id s_sent s_tok e_sent e_tok text`` and
  ``ATTRIB id speaker_entity``;
* ``coref/tsv/NAME.ann``: ``MENTION id s_sent s_tok e_sent e_tok text category type``
  (type PROP, NOM or PRON) and ``COREF mention_id entity``; an appositive ("my good
  friend, Master John Rolfe") has no COREF line but ``APPOS mention_id mention_id``, and
  takes the chain of the mention it stands beside.

The ``entities/`` layer is not read: ``coref/`` repeats its mentions with their category
and adds what scoring names needs and ``entities/`` lacks, whether a mention is a proper
name (PROP), and which chain (character) it belongs to.

``detokenise`` turns the tokens back into running text the pipeline can read, keeping every
token's character offsets, so gold positions become offsets into exactly the text the
pipeline analyses. LitBank does not keep paragraphs; a sentence that opens with a quotation
mark starts a new paragraph (in print, a sentence only opens with one at a new turn of
dialogue or a new paragraph of a long speech), and so does an opening mark the tokeniser
left at the end of the sentence before ("overheard . '" + "I suffered ."); so does the
text the tokeniser glued to a chapter heading, from its first quotation mark on ("CHAPTER
ONE PLAYING PILGRIMS" + '" Christmas won't be ...'; see ``_heading_end``); every other
sentence continues its paragraph. (A heading is not split from the sentence before it: the
speaker and character models are trained on that layout.)
A straight quotation mark is read as opening or closing from its neighbours (one starting a
sentence opens, one ending it or standing between a word and punctuation closes) while the
marks alternate; a mark that fits neither reading is taken as a lost one (see
``_read_marks``), so one stray mark does not flip every later quotation. Two marks ending a
sentence (``late . " "``) close one quotation and open the next. Where a text quotes
with double marks (it has more of them than sentences opening with "'"), a lone "'" is an
elision ("mawnin'") and attaches to its word; otherwise "'" marks are read like double ones,
but for a lone "'" between a plural or a dialect form and a lower-case word ("the servants '
cottages", "goin ' home"), which is an apostrophe. A "'" right after an opening double
mark opens a quotation nested in it (``"'Rest,'" sang Jo``); a token of a straight double
and a single mark glued together (``"'`` ``Tis``) is read as its double mark is. A clitic
the tokeniser split off ("n't", "'s", "'ll", "'re", "'ve", "'m", "'d") joins the word before
it; a word elided at its start keeps its space ("tell 'em", "more 'n"), and "'t" joins the
word after it, as printed ("'t was" is "'twas").

The split is fixed: ``test`` is the last ``TEST_FILES`` files by name, ``dev`` the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ficshelf.errors import ConfigError

TEST_FILES = 20
SPLITS = ("dev", "test", "all")

_OPEN_DOUBLE, _CLOSE_DOUBLE = "“", "”"
_OPEN_SINGLE, _CLOSE_SINGLE = "‘", "’"
QUOTE_MARKS = frozenset("“”‘’\"'«»")
_STRAIGHT_MARKS = frozenset("\"'")
_PUNCT = frozenset(",.;:!?)]}%…")
_CLITICS = ("n't", "n’t")
# What follows the apostrophe of a clitic glued to the word before ("she 's", "we 'll");
# another word after an apostrophe is an elision at a word's start ("tell 'em", "'t was").
_CLITIC_ENDINGS = frozenset("s ll re ve m d".split())
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})
_ELIDED_IT = frozenset({"'t", "’t"})


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


_HEADING_WORDS = frozenset("chapter book part stave letter volume".split())
_NUMERAL = re.compile(
    r"(?:\d+|[IVXLC]+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\.?",
    re.I,
)
# A chapter title: capitalised words, but for these, and its punctuation; a few at most.
_TITLE_SMALL_WORDS = frozenset("a an the of in into on to at by for with and or from".split())
_TITLE_PUNCT = frozenset(": . , - -- — – ;".split())
_MAX_TITLE_TOKENS = 12
_SAME_TWICE = 2.0  # cost of two opening (or two closing) straight marks in a row
_SENTENCE_EDGE = 3.0  # cost of reading a mark against its place at a sentence's edge
_LOOSE_END = 1.0  # cost of reading a sentence's last mark as opening the next sentence
_BEFORE_PUNCT = 2.0  # cost of reading "word ' ," (a mark between a word and punctuation) as opening
_SPLIT_TAG = 0.5  # cost of reading ", ' Word" as closing
# Dialect forms that end in an apostrophe ("o'", "an'", "wi'").
_ELIDED = frozenset("o i t th wi an a ha gi fo yo ol e ne lo wha".split())
_LONG_QUOTE = 0.2  # cost per sentence of a quotation longer than _FREE_SENTENCES
_FREE_SENTENCES = 3


def _mark_costs(
    sentence: Sequence[str], index: int, following: Sequence[str] = ()
) -> tuple[float, float]:
    """Return the costs of reading the straight mark at ``index`` as opening and as closing,
    from the tokens on either side of it (``following`` is the next sentence)."""
    before = sentence[index - 1] if index else None
    after = sentence[index + 1] if index + 1 < len(sentence) else None
    if before is None:
        return (1.0, 0.0) if after is None else (0.0, _SENTENCE_EDGE)
    if after is None and before == sentence[index]:
        return 0.0, _SENTENCE_EDGE  # '. " "' at a sentence's end: one closes, the next opens
    if after is None:
        # The tokeniser sometimes leaves the opening mark of the next sentence at the end of
        # this one ("overheard . '" + "I suffered ."): only a next sentence that opens with a
        # mark or goes on in lower case ("she said") makes a final mark surely closing.
        first = following[0] if following else ""
        sure = not first or set(first) <= QUOTE_MARKS or first[0].islower()
        return (_SENTENCE_EDGE if sure else _LOOSE_END), 0.0
    word_before, word_after = before[0].isalnum(), after[0].isalnum()
    if not word_after and (after in _PUNCT or set(after) <= QUOTE_MARKS):
        return _BEFORE_PUNCT, 0.0
    if word_after and not word_before and after[0].isupper():
        return 0.0, _SPLIT_TAG
    return 0.0, 0.0


def _is_elision(sentence: Sequence[str], index: int) -> bool:
    """Return whether the lone "'" at ``index`` is an apostrophe ending its word: between a
    word and a lower-case word, after a plural ("the servants ' cottages") or a dialect
    form ("goin ' home", "o ' the", "an ' then")."""
    if index == 0 or index + 1 >= len(sentence):
        return False
    before, after = sentence[index - 1], sentence[index + 1]
    if not (before.isalpha() and after[0].isalpha() and after[0].islower()):
        return False
    word = before.lower()
    return word in _ELIDED or (len(word) > 3 and word.endswith(("in", "s")))


def _is_mark_pair(token: str) -> bool:
    """Return whether ``token`` is a straight double mark with a single one glued to it
    (``"'`` opening a quotation and one nested in it at once, ``'"`` closing both): it is
    read as its double mark is."""
    return len(token) == 2 and '"' in token and set(token) <= _STRAIGHT_MARKS


def _read_marks(
    sentences: Sequence[Sequence[str]], mark: str, skip: frozenset[tuple[int, int]] = frozenset()
) -> dict[tuple[int, int], bool]:
    """Return, for each ``mark`` token (by sentence and token index), whether it opens a
    quotation: the reading that best fits each mark's neighbours while opening and closing
    marks alternate and quotations stay a few sentences long (one pass of Viterbi over the
    marks, so one lost mark costs little)."""
    places = [
        (i, j)
        for i, sentence in enumerate(sentences)
        for j, t in enumerate(sentence)
        if (t == mark or (mark == '"' and _is_mark_pair(t))) and (i, j) not in skip
    ]
    if not places:
        return {}
    # best[k][state]: cost of the best reading of marks 0..k with mark k opening (state 1).
    back: list[tuple[int, int]] = []
    prev = (0.0, _SAME_TWICE)  # before the first mark, as if one had just closed
    last_sentence = 0
    for i, j in places:
        following = sentences[i + 1] if i + 1 < len(sentences) else ()
        cost_open, cost_close = _mark_costs(sentences[i], j, following)
        if not back:
            cost_close += 1.0  # a text seldom starts inside a quotation that lost its opener
        # A quotation closing here after running over many sentences is less likely.
        long = _LONG_QUOTE * max(0, i - last_sentence - _FREE_SENTENCES)
        last_sentence = i
        from_closed_to_open = prev[0]
        from_open_to_open = prev[1] + _SAME_TWICE
        from_open_to_close = prev[1] + long
        from_closed_to_close = prev[0] + _SAME_TWICE
        open_from = 0 if from_closed_to_open <= from_open_to_open else 1
        close_from = 1 if from_open_to_close <= from_closed_to_close else 0
        back.append((close_from, open_from))
        prev = (
            min(from_open_to_close, from_closed_to_close) + cost_close,
            min(from_closed_to_open, from_open_to_open) + cost_open,
        )
    state = 1 if prev[1] < prev[0] else 0
    opens: dict[tuple[int, int], bool] = {}
    for k in range(len(places) - 1, -1, -1):
        opens[places[k]] = state == 1
        state = back[k][state]
    return opens


class _Spacing:
    """Decides how each token attaches to its neighbours: straight quotation marks are read
    as opening or closing from their neighbours (``_read_marks``), emphasis underscores
    alternate."""

    def __init__(self, sentences: Sequence[Sequence[str]]) -> None:
        doubles = sum(1 for s in sentences for t in s if t in ('"', _OPEN_DOUBLE))
        openers = sum(1 for s in sentences if s and s[0] == "'")
        # Where a text quotes with double marks, a lone "'" is an elision ("mawnin'"); a text
        # whose sentences open with "'" more often than it has double marks quotes with "'".
        self.apostrophe = doubles > openers
        self.opens = _read_marks(sentences, '"')
        self.elisions: frozenset[tuple[int, int]] = frozenset()
        if not self.apostrophe:
            self.elisions = frozenset(
                (i, j)
                for i, sentence in enumerate(sentences)
                for j, t in enumerate(sentence)
                if t == "'" and _is_elision(sentence, j)
            )
            self.opens.update(_read_marks(sentences, "'", self.elisions))
        self.underscore_open = False

    def kind(self, token: str, sent: int, index: int) -> str:
        """Return "open" (no space after), "close" (no space before) or "word" for the
        token at ``index`` of sentence ``sent``."""
        if token == "'" and (self.apostrophe or (sent, index) in self.elisions):
            return "close"
        if token in ('"', "'") or _is_mark_pair(token):
            return "open" if self.opens[(sent, index)] else "close"
        if token == "_":
            self.underscore_open = not self.underscore_open
            return "open" if self.underscore_open else "close"
        if token[0] in (_OPEN_DOUBLE, _OPEN_SINGLE) and set(token) <= QUOTE_MARKS:
            return "open"
        if token[0] in (_CLOSE_DOUBLE, _CLOSE_SINGLE) and set(token) <= QUOTE_MARKS:
            return "close"
        if all(ch in _PUNCT for ch in token) or _is_clitic(token):
            return "close"
        return "word"


def _is_clitic(token: str) -> bool:
    """Return whether ``token`` is a clitic the tokeniser split off the word before it
    ("n't", "'s", "’ll"), not an elided word that starts with an apostrophe ("'em", "'T")."""
    if token.startswith(_CLITICS):
        return True
    return token[0] in "'’" and (len(token) == 1 or token[1:].lower() in _CLITIC_ENDINGS)


def _heading_end(sentence: Sequence[str]) -> int | None:
    """Return, for a sentence that starts with a chapter heading ("CHAPTER ONE", "Part I",
    "BOOK I. MISS BROOKE ."), where the text the tokeniser glued to it starts: the index of
    its first quotation mark after at least one word of title (capitalised words but for a
    few small ones: "Into the Primitive"; in "Down the Rabbit-Hole Alice was", the text
    starts before any mark), unless the quotation opens with a word in capitals (the small
    capitals of a chapter's first words: '"THE BOTTOMS" succeeded to'). Return
    ``len(sentence)`` for a heading with no such mark, ``None`` for a sentence that is no
    heading."""
    k = 0
    while k + 1 < len(sentence) and _is_heading_word(sentence[k], sentence[k + 1]):
        k += 2
    if k == 0:
        return None
    for j in range(k, min(len(sentence) - 1, k + _MAX_TITLE_TOKENS + 1)):
        token = sentence[j]
        if token in ('"', "'", _OPEN_DOUBLE, _OPEN_SINGLE):
            following = sentence[j + 1]
            if j == k or (len(following) > 1 and following.isupper()):
                break  # a title in quotation marks, or small capitals
            return j
        if not (token[0].isupper() or token in _TITLE_SMALL_WORDS or token in _TITLE_PUNCT):
            break  # the sentence glued to the heading started before any mark
    return len(sentence)


def _is_heading_word(word: str, number: str) -> bool:
    """Return whether ``word number`` opens a chapter heading ("CHAPTER I.", "Part 2")."""
    return (
        word[:1].isupper()
        and word.lower() in _HEADING_WORDS
        and _NUMERAL.fullmatch(number) is not None
    )


def detokenise(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Return running text made of tokenised sentences and, per sentence, each token's
    ``(start, end)`` offsets in it (see the module docstring for spacing and paragraphs)."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    size = 0
    spacing = _Spacing(sentences)
    attach = True
    previous = ""
    for sent, sentence in enumerate(sentences):
        spans: list[tuple[int, int]] = []
        heading_end = _heading_end(sentence)
        for index, token in enumerate(sentence):
            kind = spacing.kind(token, sent, index)
            if token == "'" and attach and previous in ('"', _OPEN_DOUBLE):
                kind = "open"  # a quotation nested right inside a double one: "'Rest,'"
            edge = index == 0 or index == len(sentence) - 1
            if index == heading_end and size:
                sep = "\n\n"  # the text glued to a chapter heading
            elif edge and size and kind == "open" and set(token) <= QUOTE_MARKS and not attach:
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
            # "'t" split off "'tis", "'twas": the word after it is glued back on
            attach = kind == "open" or token in _NO_SPACE_AFTER or token.lower() in _ELIDED_IT
            previous = token
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
    apposed: list[tuple[str, str]] = []
    for line in _read_lines(root / "coref" / "tsv" / f"{name}.ann"):
        cols = line.split("\t")
        if cols[0] == "MENTION" and len(cols) >= 9:
            start = _position(offsets, cols[2], cols[3])[0]
            end = _position(offsets, cols[4], cols[5])[1]
            found[cols[1]] = (start, end, cols[7].strip(), cols[8].strip())
        elif cols[0] == "COREF" and len(cols) >= 3:
            entity[cols[1]] = cols[2].strip()
        elif cols[0] == "APPOS" and len(cols) >= 3:
            apposed.append((cols[1], cols[2].strip()))
    # An appositive ("my good friend, Master John Rolfe") has no COREF line of its own:
    # LitBank links it to the mention it stands beside, which names the same entity.
    for _ in range(len(apposed)):
        linked = False
        for one, other in apposed:
            if one in entity and other not in entity:
                entity[other], linked = entity[one], True
            elif other in entity and one not in entity:
                entity[one], linked = entity[other], True
        if not linked:
            break
    mentions = [
        Mention(start, end, entity[mid], category, type_)
        for mid, (start, end, category, type_) in found.items()
        if mid in entity
    ]
    return sorted(mentions, key=lambda m: (m.start, m.end))
