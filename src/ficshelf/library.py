"""Reconciliation across works: the automatic "tag wrangler".

The pipeline reads one story at a time; the library knows every story. ``reconcile_works``
runs after each batch of an import (in the batch's transaction; ``reconcile_work`` for one
work) and ``reconcile`` over the whole library (``ficshelf reconcile``); all do four things:

1. Fandom tags that name a known fandom in another spelling ("Sherlock Holmes & Related
   Fandoms", "Pride & Prejudice") become synonyms of the canonical name
   (``understand.fandom_names``).
2. A work with no fandom of its own (none given by its file, set by a person or found by the
   pipeline) gets the fandoms whose works share its characters, as inferred fandom tags with
   a confidence and, as evidence, the mentions of the shared characters. Each of the work's
   characters (by canonical tag) votes for the fandoms of the works that carry it:
   ``weight × share × (1 - exp(-works))``, where ``share`` is the part of those works in
   that fandom and ``weight`` is ``0.5 + 0.5 × the character's confidence``; an everyday
   first name ("John", carried by works of every fandom) does not vote. Confidence =
   ``min(MAX_CONFIDENCE, 1 - exp(-votes / 1.2))``; a fandom is given from
   ``MIN_CONFIDENCE``, and beside a better one only from ``CROSSOVER`` of its votes. Only
   works' own fandoms count as evidence, so a guess never feeds the next guess. Importing
   works of a known fandom re-runs this for the fandom-less works that share one of their
   characters (everyday first names aside; the newest ``MAX_WAITING`` of them per batch,
   ``reconcile`` does them all): more stories improve earlier ones.
3. Character tags become synonyms of a fandom's canonical names *within that fandom*: by
   the fandom table ("Jo March" → "Josephine March" in Little Women; a word of one canonical
   name only, "Lucy" → "Lucy Westenra") or, for any fandom, a short name that only one
   fuller name of the fandom contains or abbreviates ("Vance" → "Theodora Vance", "Kit" →
   "Christopher Marlowe Hale"). A name the table renames counts as renamed when the fuller
   names are looked for, a name decided counts by its canonical in a second pass, and a
   name whose canonical is itself renamed follows it, so one reconciliation settles a
   fandom. A tag that already names a canonical tag and a tag that others name are left as
   they are. After an import batch this is done for each own fandom of the batch (all of
   the fandom's names, as ``reconcile`` would: a work saved again without "Harry Blake"
   settles the fandom's "Harry"). The fandom's synonyms made before are decided
   again each time (as if never made): one whose name now has a second fuller name in the
   fandom ("Harry" once "Harry Blake" arrives beside "Henry Vance") is undone and its works'
   links go back to their own tags; one whose canonical gained a fuller name follows it.
   So a library imported in any order, in batches or at once, ends with the same synonyms.
4. Relationship tags follow their characters within the fandom: once "Watson" stands for
   "John Watson" there, "Sherlock Holmes & Watson" stands for "John Watson & Sherlock
   Holmes" (members in the pipeline's sorted order, "/" kept for romance and " & "
   otherwise), so a pairing is one tag whichever names its stories use. After a batch, the
   batch's relationship tags and those naming a character it renamed are looked at.

Why scoped, and how (``synonym_scope``). A synonym is global per tag (``tags.canonical_id``)
and every reader of a work's tags (filters, facets, tag bitmaps, search documents, "more
like this" signatures, tag pages, the work page) counts a link as its tag's canonical. A
bare "Harry" made a synonym of "Lord Henry Wotton" because only Dorian Gray works carried it
would turn every later "Harry", of any fandom or none, into Lord Henry. So the library does
it the AO3 way: it makes the fandom-qualified tag "Harry (The Picture of Dorian Gray - Oscar
Wilde)" the synonym and points the links of that fandom's works at it (recorded in
``library_relinks`` with the tag they had); the bare "Harry" stays unwrangled, and another
fandom may make its own "Harry (...)". A link is moved only on a work whose *own* fandoms
include exactly one fandom with such a synonym (so a fandom-less work, or one whose fandom
only the library inferred, keeps its tag, and a guess never renames characters that then
vote for it), and moved back when that stops being so. This was chosen over synonyms that
carry a fandom and are resolved per work: those would need every reader of
``canonical_id`` above to learn a per-work rule, while qualified tags are ordinary tags and
synonyms, so all of them stay correct unchanged. A bare character or relationship synonym
left by an older version (global) is undone by ``reconcile`` first and made again per
fandom (nothing else makes such synonyms: the vocabulary's are ratings and warnings; a
person's own synonym, should the archive ever let one be made, would have to be marked to
be told apart).

A person's links are never changed or moved, and nothing a file or the pipeline gave is
removed: the library adds inferred fandom links (never where the work already has that tag
in any way, or a person took it off) and synonyms, and points a file's or the pipeline's
character and relationship links at their fandom-qualified spelling (the name, provenance,
confidence and evidence kept; saving the work again restores the link, and the next
reconciliation moves it again). All reads are batched (``store.library``,
``store.library_scope``); nothing loops over pairs of works.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

from ficshelf.character_synonyms import by_fandom, decided_again
from ficshelf.character_synonyms import (  # part of this module's interface
    character_synonyms as character_synonyms,
)
from ficshelf.model import Provenance, TagRecord, TagType
from ficshelf.store import library as store
from ficshelf.store import library_scope as scope
from ficshelf.store.db import Database
from ficshelf.store.pairing_links import drop_left_out_links
from ficshelf.store.tags import set_canonical, tag_key
from ficshelf.synonym_scope import (
    bare_name,
    fandom_relationship_decisions,
    make_synonyms,
    qualified_name,
    qualifier,
    relationship_decisions,
    revise_synonyms,
    scope_links,
    unscope_old,
)
from ficshelf.synonym_scope import (
    relationship_synonyms as relationship_synonyms,  # part of this module's interface
)
from ficshelf.understand.fandom import COMMON_FIRST_NAMES
from ficshelf.understand.fandom_names import find_fandom, name_key

MIN_CONFIDENCE = 0.5
MAX_CONFIDENCE = 0.9
CROSSOVER = 0.35
MIN_SHARED = 2  # characters shared with a fandom's works, unless the votes alone are strong
STRONG_VOTES = 1.2
MAX_EVIDENCE = 12
MAX_WAITING = 200  # fandom-less works re-inferred after one import batch (reconcile does all)


def _everyday(name: str) -> bool:
    """An everyday first name ("John"): weak evidence of a fandom."""
    return name_key(name) in COMMON_FIRST_NAMES


@dataclass(frozen=True, slots=True)
class InferredFandom:
    """A fandom the library gives a work: name, confidence, the shared characters that
    voted for it and the evidence spans (their mentions in the work)."""

    name: str
    confidence: float
    characters: tuple[str, ...]
    evidence: tuple[tuple[int, int], ...]


@dataclass
class ReconcileReport:
    """What a reconciliation did: the fandoms given per work (works that lost theirs map to
    an empty list), the synonyms set, as ``(tag type, name, canonical name)``, the links
    moved to (or back from) fandom-qualified synonyms, the unscoped synonyms of an older
    wrangler that were undone, and the qualified synonyms undone because their fandom's
    names no longer decide them, both as ``(tag type, name)``; and the inferred
    character and relationship links dropped (``reconcile`` only) as ``(work id, tag type,
    tag name)``."""

    fandoms: dict[int, list[InferredFandom]] = field(default_factory=dict)
    synonyms: list[tuple[TagType, str, str]] = field(default_factory=list)
    moved: int = 0
    unscoped: list[tuple[TagType, str]] = field(default_factory=list)
    undone: list[tuple[TagType, str]] = field(default_factory=list)
    dropped: list[tuple[int, TagType, str]] = field(default_factory=list)


def infer_fandoms(
    characters: Sequence[store.CharacterLink], counts: Mapping[int, Mapping[str, int]]
) -> list[InferredFandom]:
    """Return the fandoms one work's ``characters`` point to, most confident first, given
    ``counts``: per canonical character tag, the works of each own fandom that carry it.
    See the module docstring for the scoring."""
    votes: dict[str, float] = defaultdict(float)
    voters: dict[str, dict[str, store.CharacterLink]] = defaultdict(dict)
    seen: set[int] = set()
    for link in sorted(characters, key=lambda c: -(c.confidence or 0.0)):
        if link.canonical_id in seen:
            continue
        seen.add(link.canonical_id)
        per_fandom = counts.get(link.canonical_id, {})
        total = sum(per_fandom.values())
        if not total:
            continue
        if _everyday(link.canonical):
            continue
        weight = 0.5 + 0.5 * min(1.0, max(0.0, link.confidence or 0.5))
        for fandom, works in per_fandom.items():
            votes[fandom] += weight * (works / total) * (1 - math.exp(-works))
            voters[fandom][link.canonical] = link
    top = max(votes.values(), default=0.0)
    found = []
    for fandom, vote in votes.items():
        confidence = round(min(MAX_CONFIDENCE, 1 - math.exp(-vote / 1.2)), 3)
        enough = len(voters[fandom]) >= MIN_SHARED or vote >= STRONG_VOTES
        if confidence < MIN_CONFIDENCE or vote < CROSSOVER * top or not enough:
            continue
        shared = voters[fandom]
        evidence = sorted({span for link in shared.values() for span in link.evidence[:2]})
        found.append(
            InferredFandom(
                fandom, confidence, tuple(sorted(shared)), tuple(evidence[:MAX_EVIDENCE])
            )
        )
    found.sort(key=lambda f: (-f.confidence, f.name))
    return found


def _uncarried(
    conn: Connection, tags: Mapping[str, Sequence[store.CharacterTag]]
) -> dict[str, dict[str, str]]:
    """The qualified synonyms whose bare name a work of their fandom carries unwrangled
    (a crossover's link, which is not moved, or one not moved yet), which may be carried by
    no work at all: per fandom, bare name → canonical name, given each fandom's character
    ``tags``. One lookup for all the fandoms."""
    asked: dict[str, tuple[str, str]] = {}
    for fandom, members in tags.items():
        own_key = {tag_key(fandom)}
        for tag in members:
            if not tag.has_canonical and qualifier(tag.name, own_key) is None:
                asked[tag_key(qualified_name(tag.name, fandom))] = (fandom, tag.name)
    found: dict[str, dict[str, str]] = defaultdict(dict)
    if asked:
        for key, canonical in scope.synonym_canonicals(conn, TagType.CHARACTER, asked).items():
            fandom, bare = asked[key]
            found[fandom][bare] = canonical
    return found


def _settle(
    conn: Connection,
    fandom: str,
    members: Sequence[store.CharacterTag],
    uncarried: Mapping[str, str],
    report: ReconcileReport,
) -> tuple[list[tuple[str, str, str]], dict[TagType, list[str]]]:
    """Decide ``fandom``'s character synonyms again from the character tags ``members`` of
    its works (``decided_again``) and its qualified synonyms no work carries
    (``uncarried``, from ``_uncarried``): revisit the qualified synonyms it has, and the
    relationship synonyms naming those that change (``synonym_scope.revise_synonyms``), so
    that a library imported in any order ends with the synonyms one reconciliation of all
    of it makes. Returns the new ``(fandom, name, canonical)`` decisions to make and, per
    tag type, the names whose links may move (``_both_spellings`` of those re-pointed or
    undone)."""
    current, decided = decided_again(fandom, members)
    for bare, canonical in uncarried.items():
        current.setdefault(bare, canonical)
    new = [(fandom, name, final) for name, final in sorted(decided.items()) if name not in current]
    changed: dict[TagType, list[str]] = {}
    renamed = _carry_out_revision(conn, TagType.CHARACTER, fandom, current, decided, report)
    if not renamed:
        return new, changed
    changed[TagType.CHARACTER] = _both_spellings(renamed, fandom)
    naming = scope.qualified_synonyms_naming(
        conn, TagType.RELATIONSHIP, fandom, {tag_key(name) for name in renamed}
    )
    pairings = {p: c for q, c in naming.items() if (p := bare_name(q, fandom)) is not None}
    if pairings:
        decisions = fandom_relationship_decisions(conn, {fandom: set(pairings)})
        now = {name: target for _, name, target in decisions}
        pairs = _carry_out_revision(conn, TagType.RELATIONSHIP, fandom, pairings, now, report)
        changed[TagType.RELATIONSHIP] = _both_spellings(pairs, fandom)
    return new, changed


def _both_spellings(names: Sequence[str], fandom: str) -> list[str]:
    """The bare and the qualified names of ``names`` within ``fandom``: the links that may
    move when their synonyms change (a crossover's bare "Harry" moves to the one fandom
    still wrangling it once the other's "Harry" is undone)."""
    return [*names, *(qualified_name(name, fandom) for name in names)]


def _carry_out_revision(
    conn: Connection,
    tag_type: TagType,
    fandom: str,
    current: Mapping[str, str],
    decided: Mapping[str, str],
    report: ReconcileReport,
) -> list[str]:
    """``revise_synonyms`` and its report; returns the bare names re-pointed or undone."""
    repointed, undone = revise_synonyms(conn, tag_type, fandom, current, decided)
    report.synonyms.extend((tag_type, qualified_name(n, f), c) for f, n, c in repointed)
    report.undone.extend((tag_type, name) for name in undone)
    return sorted({n for _, n, _ in repointed} | {bare_name(q, fandom) or q for q in undone})


def _wrangle_fandom_names(conn: Connection, report: ReconcileReport) -> None:
    for name, has_canonical in store.fandom_tags(conn):
        fandom = find_fandom(name)
        if has_canonical or fandom is None or name_key(fandom.name) == name_key(name):
            continue
        set_canonical(conn, (TagType.FANDOM, name), (TagType.FANDOM, fandom.name))
        report.synonyms.append((TagType.FANDOM, name, fandom.name))


def _infer_for(conn: Connection, work_ids: Sequence[int], report: ReconcileReport) -> None:
    """Re-infer the library fandoms of ``work_ids`` (works with no own fandom get them;
    works with one lose any the library had given them)."""
    links = store.fandom_links(conn, work_ids)
    own = {link.work_id for link in links if not link.by_library}
    targets = [w for w in work_ids if w not in own]
    results: dict[int, list[InferredFandom]] = {w: [] for w in work_ids}
    for at in range(0, len(targets), store.CHUNK):
        chunk = targets[at : at + store.CHUNK]
        characters = [c for c in store.character_links(conn, chunk) if not _everyday(c.canonical)]
        counts = store.character_fandom_counts(conn, {c.canonical_id for c in characters})
        per_work: dict[int, list[store.CharacterLink]] = defaultdict(list)
        for link in characters:
            per_work[link.work_id].append(link)
        for work_id in chunk:
            results[work_id] = infer_fandoms(per_work.get(work_id, []), counts)
    store.replace_library_fandoms(
        conn,
        {
            work_id: [
                TagRecord(TagType.FANDOM, f.name, Provenance.INFERRED, f.confidence, f.evidence)
                for f in found
            ]
            for work_id, found in results.items()
        },
    )
    report.fandoms.update({w: found for w, found in results.items() if found or w in targets})


def _wrangle(
    conn: Connection,
    tag_type: TagType,
    decisions: Iterable[tuple[str, str, str]],
    report: ReconcileReport,
) -> list[str]:
    """Make the ``(fandom, name, canonical)`` decisions qualified synonyms of ``tag_type``
    (those not made already); return the bare names of the ones made."""
    made = make_synonyms(conn, tag_type, decisions)
    report.synonyms.extend((tag_type, qualified_name(n, f), c) for f, n, c in made)
    return sorted({name for _, name, _ in made})


def reconcile_work(conn: Connection, work_id: int) -> ReconcileReport:
    """Reconcile the library after work ``work_id`` was saved (``reconcile_works`` for one
    work). Runs in the caller's transaction; returns what it did. Raises only database
    errors."""
    return reconcile_works(conn, [work_id])


def reconcile_works(conn: Connection, work_ids: Sequence[int]) -> ReconcileReport:
    """Reconcile the library after the works ``work_ids`` were saved, once for all of them:
    the fandom names; the character synonyms of their own fandoms and the relationships
    that follow them, with the links of those fandoms' works moved to them; the fandoms of
    those without one of their own and of the fandom-less works sharing characters with
    those that have one (the newest ``MAX_WAITING``, the batch's own aside). Runs in the
    caller's transaction; returns what it did. Raises only database errors."""
    report = ReconcileReport()
    batch = sorted(set(work_ids))
    if not batch:
        return report
    _wrangle_fandom_names(conn, report)
    own = store.own_fandoms(conn, batch)  # the library changes none of these
    _wrangle_batch_names(conn, batch, own, report)
    _infer_around(conn, batch, set(own), report)
    return report


def _wrangle_batch_names(
    conn: Connection, batch: Sequence[int], own: Mapping[int, set[str]], report: ReconcileReport
) -> None:
    """Steps 3 and 4 after a batch: the character synonyms of the batch's own fandoms
    (``_settle``), the relationship tags of the batch and those naming a character it
    renamed, and the links of the works carrying any of them moved to their qualified tags."""
    decided: list[tuple[str, str, str]] = []
    revised: dict[TagType, set[str]] = defaultdict(set)
    carried = {
        fandom: store.fandom_character_tags(conn, [fandom])
        for fandom in sorted(set().union(*own.values()))
    }
    uncarried = _uncarried(conn, carried)
    for fandom, tags in carried.items():
        new, changed = _settle(conn, fandom, tags, uncarried.get(fandom, {}), report)
        decided.extend(new)
        for tag_type, qualified in changed.items():
            revised[tag_type].update(qualified)
    names = _wrangle(conn, TagType.CHARACTER, decided, report)
    keys = {tag_key(name) for name in names}
    naming = set(store.relationship_tags_naming(conn, keys)) if keys else set()
    around = scope.works_carrying_names(conn, TagType.RELATIONSHIP, naming) if naming else []
    pairings = scope.relationship_links(conn, batch) + [
        (work_id, name)
        for work_id, name in scope.relationship_links(conn, around)
        if name in naming
    ]
    pairs = _wrangle(conn, TagType.RELATIONSHIP, relationship_decisions(conn, pairings), report)
    touched = set(batch)
    if names:
        touched.update(scope.works_carrying_names(conn, TagType.CHARACTER, names))
    if pairs:
        touched.update(scope.works_carrying_names(conn, TagType.RELATIONSHIP, pairs))
    for tag_type, revised_names in revised.items():
        touched.update(scope.works_carrying_names(conn, tag_type, revised_names))
    report.moved += scope_links(conn, sorted(touched))


def _infer_around(
    conn: Connection, batch: Sequence[int], with_own: Collection[int], report: ReconcileReport
) -> None:
    """Step 2 after a batch: re-infer the fandoms of the batch's works without an own
    fandom and of the newest ``MAX_WAITING`` fandom-less works that share a telling
    character (by its canonical tag, as the links stand now) with the batch's works that
    have one."""
    telling = {
        c.canonical_id
        for c in store.character_links(conn, batch)
        if c.work_id in with_own and not _everyday(c.canonical)
    }
    waiting = (
        store.fandomless_works_with(conn, telling, exclude=batch, limit=MAX_WAITING)
        if telling
        else []
    )
    fandomless = [w for w in batch if w not in with_own]
    _infer_for(conn, sorted(set(waiting) | set(fandomless), reverse=True), report)


def reconcile(conn: Connection) -> ReconcileReport:
    """Reconcile the whole library (see the module docstring) in the caller's
    transaction, first dropping the inferred character and relationship links an older
    version stored that name an unnamed narrator or a described person ("the ferryman"), or
    pair a character a person took off the work (``store.pairing_links``) and undoing the
    unscoped synonyms of an older wrangler (``synonym_scope.unscope_old``); returns what it
    did. Raises only database errors."""
    report = ReconcileReport()
    report.dropped.extend(drop_left_out_links(conn))
    _wrangle_fandom_names(conn, report)
    report.unscoped.extend(unscope_old(conn))
    decided: list[tuple[str, str, str]] = []
    tags = by_fandom(store.character_tags(conn))
    uncarried = _uncarried(conn, tags)
    for fandom, members in sorted(tags.items()):
        decided.extend(_settle(conn, fandom, members, uncarried.get(fandom, {}), report)[0])
    _wrangle(conn, TagType.CHARACTER, decided, report)
    pairings = scope.relationship_links(conn)
    _wrangle(conn, TagType.RELATIONSHIP, relationship_decisions(conn, pairings), report)
    report.moved += scope_links(conn)
    _infer_for(conn, store.all_work_ids(conn), report)
    return report


def reconcile_library(db: Database) -> ReconcileReport:
    """Reconcile the whole library of ``db`` in one transaction (``reconcile``); return
    what it did. Raises only database errors (the transaction is then rolled back)."""
    with db.begin() as conn:
        return reconcile(conn)
