"""More like this: private, content-based recommendations that explain themselves.

Nothing about readers is recorded or used. Two works are alike when they share what they are
about (fandoms, characters, relationships), their themes (warnings and additional tags), their
style (point of view, tense, how much of the text is dialogue) and their words.

**Signature** (``index_work``, run when a work is saved). Each work gets weighted features:

- every canonical tag on it of a type in ``TAG_WEIGHTS``, weighted by its type divided by the
  square root of how many tags of that type the work has (a story about two characters is
  more about each of them than one that lists fifteen);
- its ``TERMS`` most distinctive words: sublinear term frequency times the smoothed inverse
  of how many signatures hold the word (``1 + ln((N + 1) / (works + 1))``), L2-normalised and
  scaled by ``TEXT_WEIGHT`` (words the work uses once are skipped unless it is short, so a
  typo is never a signature term);
- its dialogue share (stored with the signature, compared directly).

**Query** (``more_like_this``), a bounded amount of work whatever the size of the library:

1. read the work's signature (a few dozen postings);
2. *candidates*: for up to ``SEED_FEATURES`` of its features, rarest first and skipping
   those in no other work or in more than ``COMMON_SHARE`` of all works, read the
   feature's champion list: the ``CHAMPIONS`` works it weighs most in (one index range
   each);
3. *rescoring*: the ``RESCORE`` best candidates by partial score get their exact score from
   their postings of the work's features: ``Σ idf(f) · w(f, work) · w(f, candidate)`` with
   ``idf(f) = ln((N + 1) / works(f))``, plus ``DIALOGUE_WEIGHT`` times how close their
   dialogue shares are;
4. each recommendation names its reasons, strongest first: shared relationships, characters
   and fandoms, themes, style, then shared words ("also Wendy Darling/Peter Pan · present
   tense · grief · words: lantern, harbour").

Signatures are as of the work's last save (tags a person edits refresh it: ``refresh_work``;
a tag made a synonym refreshes the tag features of the works carrying it: ``refresh_tags``);
``index_library`` indexes works saved before this feature existed.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from ficshelf.common_words import COMMON_WORDS
from ficshelf.errors import NotFound
from ficshelf.store import similar as store
from ficshelf.store.similar import TAG_KIND, TERM_KIND, FeatureKey, Posting, SignatureRow

TAG_WEIGHTS: Mapping[str, float] = {
    "relationship": 1.2,
    "character": 1.0,
    "fandom": 1.0,
    "warning": 0.8,
    "freeform": 0.8,
    "tense": 0.5,
    "pov": 0.5,
}
"""Tag types compared, and how much sharing one counts (ratings and categories are left
out: they say little about what a story is like)."""

UNINFORMATIVE_TAGS = frozenset(
    {
        "no archive warnings apply",
        "creator chose not to use archive warnings",
        "choose not to use archive warnings",
    }
)
"""Tag names (as ``store.tags.tag_key`` folds them) that say nothing a story is about."""

TERMS = 16
TEXT_WEIGHT = 1.0
DIALOGUE_WEIGHT = 0.3
SEED_FEATURES = 16
CHAMPIONS = 48
RESCORE = 100
COMMON_SHARE = 0.2
MAX_TERM_CHARS = 40
SHORT_TEXT_TERMS = 300  # below this many content words, words used once may be signature terms

# Letters only (no digits or underscores), at least three: words, names, any script.
_TERM = re.compile(r"[^\W\d_]{3,}")
_REASON_ORDER = ("relationship", "character", "fandom", "warning", "freeform", "tense", "pov")
_MAX_TAG_REASONS = 4
_MAX_WORD_REASONS = 3


@dataclass(frozen=True, slots=True)
class Reason:
    """One thing a recommended work shares with the work it is recommended for: ``kind`` is
    a tag type, ``dialogue`` or ``words``; ``label`` is what a reader sees."""

    kind: str
    label: str


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A work like another one: its id, its score (higher is more alike; comparable only
    within one list) and the reasons, strongest first."""

    work_id: int
    score: float
    reasons: tuple[Reason, ...]

    @property
    def explanation(self) -> str:
        """The reasons in one line: ``"also Wendy Darling/Peter Pan · present tense"``."""
        if not self.reasons:
            return ""
        return "also " + " · ".join(reason.label for reason in self.reasons)


def text_terms(text: str) -> Counter[str]:
    """Return how often each candidate signature word occurs in ``text``: letters-only
    words of three letters or more, casefolded, without ``COMMON_WORDS``. Linear in the text."""
    counts: Counter[str] = Counter(word.casefold() for word in _TERM.findall(text))
    for word in [w for w in counts if w in COMMON_WORDS or len(w) > MAX_TERM_CHARS]:
        del counts[word]
    return counts


def select_terms(
    counts: Mapping[str, int], works_with: Mapping[str, int], library: int, limit: int = TERMS
) -> dict[str, float]:
    """Return the ``limit`` most distinctive of the words counted in ``counts`` with their
    weights (L2-normalised, times ``TEXT_WEIGHT``). ``works_with`` says how many of the
    ``library`` signatures hold each word (missing: none)."""
    scored = [
        (
            (1.0 + math.log(counts[word]))
            * (1.0 + math.log((library + 1) / (works_with.get(word, 0) + 1))),
            word,
        )
        for word in _candidate_terms(counts)
    ]
    best = heapq.nlargest(limit, scored)
    norm = math.sqrt(sum(score * score for score, _ in best))
    if norm <= 0:
        return {}
    return {word: TEXT_WEIGHT * score / norm for score, word in best}


def tag_features(tags: Iterable[tuple[int, str]]) -> dict[FeatureKey, float]:
    """Return the weighted tag features of a work from its ``(tag id, type)`` pairs."""
    distinct = set(tags)
    per_type = Counter(tag_type for _, tag_type in distinct if tag_type in TAG_WEIGHTS)
    return {
        (TAG_KIND, str(tag_id)): TAG_WEIGHTS[tag_type] / math.sqrt(per_type[tag_type])
        for tag_id, tag_type in sorted(distinct)
        if tag_type in TAG_WEIGHTS
    }


def signature_row(
    work_id: int,
    tags: Iterable[tuple[int, str]],
    counts: Mapping[str, int],
    works_with: Mapping[str, int],
    library: int,
    dialogue_share: float | None,
) -> SignatureRow:
    """Return the signature of a work from its tags, its word counts and the library's
    term counts (see the module docstring); used by ``index_work`` and bulk loaders."""
    tag_list = list(tags)
    features = tag_features(tag_list)
    tag_ids = {(TAG_KIND, str(tag_id)): tag_id for tag_id, _ in tag_list}
    terms = select_terms(counts, works_with, library)
    features.update({(TERM_KIND, word): weight for word, weight in terms.items()})
    return SignatureRow(work_id, features, tag_ids, dialogue_share, len(terms))


def _compared_tags(conn: Connection, work_ids: Collection[int]) -> dict[int, list[tuple[int, str]]]:
    """The ``(canonical tag id, type)`` of the tags of each of ``work_ids`` that signatures
    compare works on (works without any are left out)."""
    return {
        work_id: [
            (tag_id, tag_type) for tag_id, tag_type, key in tags if key not in UNINFORMATIVE_TAGS
        ]
        for work_id, tags in store.signature_tags(conn, work_ids, TAG_WEIGHTS).items()
    }


@dataclass(frozen=True, slots=True)
class SavedText:
    """A work to sign: its id, its story text and its dialogue share (``None``: unknown)."""

    work_id: int
    text: str
    dialogue_share: float | None = None


def _candidate_terms(counts: Mapping[str, int]) -> list[str]:
    """The words of ``counts`` that may become signature terms (see ``select_terms``)."""
    least = 1 if sum(counts.values()) < SHORT_TEXT_TERMS else 2
    return [word for word, tf in counts.items() if tf >= least]


def index_works(conn: Connection, works: Sequence[SavedText]) -> None:
    """Compute and store the signatures of ``works`` from their stored tags and texts,
    replacing earlier ones (a work given twice: the last one counts). The result is exactly
    that of signing them one at a time in order (each sees the library's term counts with
    the signatures before it in ``works`` written), in a fixed number of statements per
    batch; linear in the texts."""
    latest = {work.work_id: work for work in works}
    if not latest:
        return
    tags = _compared_tags(conn, latest)
    counts = {work_id: text_terms(work.text) for work_id, work in latest.items()}
    wanted = {word for found in counts.values() for word in _candidate_terms(found)}
    works_with = Counter(store.term_counts(conn, wanted))
    signed = set(store.signed_works(conn, list(latest)))
    old_terms = store.signature_terms(conn, signed)
    count = store.signature_count(conn)
    rows: list[SignatureRow] = []
    for work_id, work in latest.items():
        row = signature_row(
            work_id,
            tags.get(work_id, []),
            counts[work_id],
            works_with,
            max(count, 1),
            work.dialogue_share,
        )
        rows.append(row)
        # what writing this signature changes in the counts the next work sees
        works_with.subtract(old_terms.get(work_id, ()))
        works_with.update(key for kind, key in row.features if kind == TERM_KIND)
        count += work_id not in signed
    store.write_signatures(conn, rows)


def index_work(
    conn: Connection, work_id: int, text: str, dialogue_share: float | None = None
) -> None:
    """Compute and store the signature of work ``work_id`` from its stored tags and its
    ``text``, replacing any earlier one. Linear in the length of the text."""
    index_works(conn, [SavedText(work_id, text, dialogue_share)])


def refresh_work(conn: Connection, work_id: int) -> None:
    """Recompute the signature of work ``work_id`` from what is stored (after a person
    edits its tags), keeping its dialogue share. Raises ``NotFound`` if there is no such
    work."""
    text = store.work_text(conn, work_id)
    if text is None:
        raise NotFound(f"no work {work_id}")
    index_work(conn, work_id, text, store.dialogue_share(conn, work_id))


def refresh_works(conn: Connection, work_ids: Iterable[int], batch: int = 500) -> int:
    """Recompute the whole signatures of ``work_ids`` from what is stored, keeping their
    dialogue shares: the same rows as ``refresh_work`` one work at a time in id order,
    ``batch`` works a call of ``index_works``. Works that do not exist are skipped. Returns
    how many were refreshed."""
    ordered = sorted(set(work_ids))
    done = 0
    for at in range(0, len(ordered), batch):
        stored = store.texts_and_shares(conn, ordered[at : at + batch])
        index_works(
            conn, [SavedText(w, text, share) for w, (text, share) in sorted(stored.items())]
        )
        done += len(stored)
    return done


def refresh_tags(conn: Connection, work_ids: Iterable[int]) -> int:
    """Recompute the tag features of the signatures of ``work_ids`` from their stored tags
    (after a tag became a synonym, or stopped being one: signatures name canonical tags),
    keeping their text terms. Works without a signature are skipped. Returns how many
    signatures were refreshed."""
    signed = store.signed_works(conn, list(work_ids))
    tags = _compared_tags(conn, signed)
    features = {work_id: tag_features(tags.get(work_id, [])) for work_id in signed}
    tag_ids = {(TAG_KIND, str(tag_id)): tag_id for found in tags.values() for tag_id, _ in found}
    store.replace_tag_postings(conn, features, tag_ids)
    return len(signed)


def index_library(conn: Connection, batch: int = 500) -> int:
    """Index every work that has no signature yet (works saved before "more like this"
    existed; their dialogue share stays unknown). Returns how many were indexed."""
    done, after = 0, 0
    while ids := store.unindexed_works(conn, after, batch):
        for work_id in ids:
            text = store.work_text(conn, work_id)
            if text is not None:
                index_work(conn, work_id, text)
                done += 1
        after = ids[-1]
    return done


def _idf(works: int, library: int) -> float:
    return math.log((library + 1) / max(works, 1))


def _closeness(a: float, b: float) -> float:
    """1 for equal dialogue shares, falling to 0 at a difference of a quarter."""
    return max(0.0, 1.0 - abs(a - b) / 0.25)


def _candidates(
    conn: Connection, postings: Sequence[Posting], idf: Mapping[int, float], library: int
) -> dict[int, float]:
    """Candidate works with partial scores from the champion lists of the seed features."""
    seeds = sorted(
        (p for p in postings if 1 < p.works <= max(COMMON_SHARE * library, CHAMPIONS)),
        key=lambda p: (p.works, p.feature_id),
    )[:SEED_FEATURES]
    partial: dict[int, float] = {}
    gains = {p.feature_id: idf[p.feature_id] * p.weight for p in seeds}
    for feature_id, work_id, weight in store.champions(conn, list(gains), CHAMPIONS + 1):
        partial[work_id] = partial.get(work_id, 0.0) + gains[feature_id] * weight
    return partial


def more_like_this(
    conn: Connection,
    work_id: int,
    limit: int = 10,
    *,
    exclude_tags: Collection[int] = (),
) -> list[Recommendation]:
    """Return up to ``limit`` works most like work ``work_id``, best first, each with its
    reasons. Works carrying one of ``exclude_tags`` (tag ids; synonyms count) are left out.
    A work without a signature gets an empty list. Raises ``NotFound`` if there is no such
    work, ``ValueError`` if ``limit`` is below 1."""
    if limit < 1:
        raise ValueError("limit must be at least 1")
    state = store.work_state(conn, work_id)
    if not state.exists:
        raise NotFound(f"no work {work_id}")
    postings = store.work_postings(conn, work_id)
    if not postings:
        return []
    own_share, library = state.dialogue_share, state.library
    idf = {p.feature_id: _idf(p.works, library) for p in postings}
    partial = _candidates(conn, postings, idf, library)
    partial.pop(work_id, None)
    if exclude_tags:
        for banned in store.works_carrying(conn, partial, exclude_tags):
            partial.pop(banned, None)
    shortlist = heapq.nlargest(RESCORE, partial, key=lambda w: (partial[w], w))
    mine = {p.feature_id: p for p in postings}
    shared: dict[int, list[tuple[float, int]]] = {w: [] for w in shortlist}
    shares: dict[int, float] = {}
    for other, feature_id, weight, share in store.postings_of(conn, shortlist, mine):
        gain = idf[feature_id] * mine[feature_id].weight * weight
        if gain > 0:
            shared[other].append((gain, feature_id))
        if share is not None:
            shares[other] = share
    scored: list[tuple[float, int]] = []
    for other, gains in shared.items():
        score = sum(gain for gain, _ in gains)
        if score > 0 and own_share is not None and other in shares:
            score += DIALOGUE_WEIGHT * _closeness(own_share, shares[other])
        if score > 0:
            scored.append((score, other))
    best = heapq.nlargest(limit, scored)
    labels = store.tag_labels(
        conn,
        {
            mine[fid].tag_id or 0
            for _, other in best
            for _, fid in shared[other]
            if mine[fid].kind == TAG_KIND
        },
    )
    return [
        Recommendation(
            other,
            round(score, 4),
            _reasons(shared[other], mine, labels, own_share, shares.get(other)),
        )
        for score, other in best
    ]


def tag_reason(label: store.TagLabel) -> Reason:
    """A shared tag as a reason: its name, but a style in lower case like the other style
    reasons ("present tense · second person · as much dialogue")."""
    name = label.name
    for style, word in (("tense", "tense"), ("pov", "person")):
        if label.type == style:
            name = name.casefold()
            if word not in name:
                name = f"{name} {word}"
    return Reason(label.type, name)


def _dialogue_reason(mine: float, theirs: float) -> Reason | None:
    if _closeness(mine, theirs) < 0.6:
        return None
    if mine >= 0.4 and theirs >= 0.4:
        return Reason("dialogue", "dialogue-heavy")
    if mine < 0.1 and theirs < 0.1:
        return Reason("dialogue", "little dialogue")
    return Reason("dialogue", "as much dialogue")


def _reasons(
    gains: Sequence[tuple[float, int]],
    mine: Mapping[int, Posting],
    labels: Mapping[int, store.TagLabel],
    own_share: float | None,
    their_share: float | None,
) -> tuple[Reason, ...]:
    """The reasons for one recommendation: shared tags (by type, then by how much each
    counted), the dialogue share when close, then the shared words that counted most."""
    ranked = sorted(gains, reverse=True)
    tags = [labels[t] for _, fid in ranked if (t := mine[fid].tag_id) is not None and t in labels]
    tags.sort(key=lambda label: _REASON_ORDER.index(label.type))
    reasons = [tag_reason(label) for label in tags[:_MAX_TAG_REASONS]]
    if own_share is not None and their_share is not None:
        dialogue = _dialogue_reason(own_share, their_share)
        if dialogue is not None:
            reasons.append(dialogue)
    named = " ".join(reason.label for reason in reasons).casefold()
    # A word already in a shared tag's name ("maren" of "Maren Holt") says nothing new.
    words = [
        mine[fid].key
        for _, fid in ranked
        if mine[fid].kind == TERM_KIND and mine[fid].key not in named
    ]
    if words:
        reasons.append(Reason("words", "words: " + ", ".join(words[:_MAX_WORD_REASONS])))
    return tuple(reasons)
