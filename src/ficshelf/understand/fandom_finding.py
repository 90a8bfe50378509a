"""Finding a story's fandoms, stated and inferred: the matching the "fandom" stage reports
(``fandom``) and the characters stage reads early to know the story's canon
(``canon_cast``). No stage lives here, so any stage may import it; the rules are described
in the ``fandom`` module's docstring.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ficshelf.model import Analysis, Span, TagType
from ficshelf.understand.fandom_authors import stated_author
from ficshelf.understand.fandom_names import (
    CharacterEntry,
    Fandom,
    character_index,
    find_fandom,
    load_fandoms,
    name_key,
    on_table_change,
    shared_fandom_character_words,
    shared_fandom_characters,
)
from ficshelf.understand.fandom_works import (
    credited_works,
    names_story_people,
    stated_name_start,
    works_in_passing,
)
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.name_tables import (
    CIVIL_TITLES,
    ENGLISH_WORDS,
    GIVEN_NAMES,
    SENTENCE_OPENERS,
    TITLES,
)

STATED = 0.95
STATED_UNKNOWN = 0.8
MIN_CONFIDENCE = 0.5
CROSSOVER = 0.35
COMMON_NAME_WEIGHT = 0.25
PLAIN_NAME_WEIGHT = 0.5
SALIENT = 0.5  # a character this salient is one of the story's main people
SHARED_AGREE = 3  # story characters a canon needs when its one distinctive name is shared
MAX_EVIDENCE = 12
MAX_STATED_NAME = 100
_EDGE_MARKS = " .,!?;:\"'“”‘’*_~()[]"
# An exclamation or a question ends the name a note states: "writing for Zenda! I reread".
_EXCLAIMED = compile_fast(r"(?<=\w)[!?]+\s+(?=[A-Z])")
_SCANNED_NOTES = frozenset({"byline", "authors_note", "disclaimer", "summary"})

# Everyday first names: a story with a "John" and a "Mary" is not thereby Sherlock Holmes.
COMMON_FIRST_NAMES = frozenset(
    """john jane mary elizabeth anne anna arthur henry thomas tom will william james george
    charles peter michael alice emma lucy helen paris edward richard robert david sarah
    margaret catherine kate kitty laura victor nick daisy diana gilbert colin matthew albert
    jack jim harry ben sam amy beth meg hannah jo laurie grace rose joe david daniel paul
    andrew philip samuel oliver nancy charlotte emily maria martha frank fred dick bob
    rachel ruth julia sophie adam eve alexander nicholas ivan natasha kate""".split()
)


def plain_name(key: str) -> bool:
    """Whether the name key ``key`` (``name_key``) is one word that is a given name or an
    English word ("rachel", "pip", "mole"): weaker evidence of a fandom than a full name."""
    return " " not in key and (key in GIVEN_NAMES or key in ENGLISH_WORDS)


# Words of a name that say what someone is, not who: titles ("Mr.", "Prince", "Aunt") and
# epithets ("Old Tom", "Little John").
_NOT_NAME_WORDS = frozenset(TITLES) | SENTENCE_OPENERS | {"the", "of"}


def name_words(key: str) -> list[str]:
    """Return the words of name key ``key`` that name the person, titles, kin titles and
    epithets set aside ("aunt polly" → ["polly"], "richard the lionheart" → ["richard",
    "lionheart"])."""
    return [w for w in key.split() if w not in _NOT_NAME_WORDS]


def weak_name(key: str) -> bool:
    """Whether name key ``key`` is weak evidence of a fandom: once titles, kin titles and
    epithets are set aside, one word that is a given name or an English word ("polly" and
    "aunt polly", "old tom", "prince john", "mr brooke"), or nothing ("the king"). Many
    stories have an Aunt Polly; an archivist wants a Havisham or a full name."""
    words = name_words(key)
    return not words or (len(words) == 1 and plain_name(words[0]))


@dataclass
class FandomFinding:
    """A fandom found in one story: canonical name, confidence and evidence spans."""

    name: str
    confidence: float
    evidence: list[tuple[int, int]] = field(default_factory=list)


_WORD = re.compile(r"(?<!\w)\w+")
_WORD_CHAR = re.compile(r"\w")


@cache
def _aliases_by_first_word() -> dict[str, tuple[str, ...]]:
    """The distinctive aliases of every known fandom (five characters or more, and not one
    given name or English word: a note thanking "Heidi" names a beta reader, and "Tags:
    Kidnapped, Angst" no novel), as written, grouped by their first word, longest first.
    A dictionary rather than one regex of every alias: it is built in a few milliseconds,
    where that regex took tens to compile."""
    aliases = {
        alias
        for fandom in load_fandoms()
        for alias in (fandom.name, fandom.name.split(" - ")[0], *fandom.aliases)
        if len(alias) >= 5 and not plain_name(name_key(alias))
    }
    grouped: dict[str, list[str]] = {}
    for alias in aliases:
        first = _WORD.match(alias)
        if first is not None:
            grouped.setdefault(first.group(), []).append(alias)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in grouped.items()}


on_table_change(_aliases_by_first_word.cache_clear)


def _written_aliases(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of ``text[start:end]`` that are known fandom aliases as written
    (case-sensitive, whole words, longest first, not overlapping), in text order."""
    by_first = _aliases_by_first_word()
    found: list[tuple[int, int]] = []
    last = start
    for word in _WORD.finditer(text, start, end):
        at = word.start()
        if at < last:
            continue
        for alias in by_first.get(word.group(), ()):
            stop = at + len(alias)
            if stop <= end and text.startswith(alias, at):
                if stop < end and _WORD_CHAR.match(text, stop):
                    continue
                found.append((at, stop))
                last = stop
                break
    return found


_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b|/)\s*")


def _stated_names(written: str) -> list[tuple[str, bool]]:
    """Return the fandoms a stated name stands for, each with whether the table knows it.
    A list ("Sherlock Holmes, Dr. Watson and Mrs. Hudson") is read item by item, and items
    that are known characters rather than fandoms are dropped."""
    fandom = find_fandom(written)
    if fandom is not None:
        return [(fandom.name, True)]
    parts = [p for p in _LIST_SEPARATOR.split(written) if p.strip()]
    if len(parts) < 2:
        return [(written, False)] if _plausible(written) and not _is_character(written) else []
    found = []
    for part in parts:
        fandom = find_fandom(part)
        if fandom is not None:
            found.append((fandom.name, True))
    if found or any(_is_character(part) for part in parts) or not _plausible(written):
        return found
    return [(written, False)]


# Words that a loose "X fic" or "writing for X" pattern may catch but that name no fandom.
_NOT_A_FANDOM = frozenset(
    """i you he she it we they me him her us them my your his its our their this that these
    those there here the a an what which who some any every each one all this my own
    everything everyone everybody nothing""".split()
)


def _plausible(name: str) -> bool:
    """Whether a stated name the table does not know could be a fandom's name: it has a
    capitalised word and is not just pronouns and determiners."""
    words = name.split()
    return any(w[:1].isupper() for w in words) and any(
        w.casefold().strip(".,!?'’") not in _NOT_A_FANDOM for w in words
    )


def _is_character(name: str) -> bool:
    return any(entry.listed for entry in character_index().get(name_key(name), ()))


def stated_fandoms(analysis: Analysis) -> list[FandomFinding]:
    """Return the fandoms the story's bylines and notes name, most evidence first.
    Never raises."""
    text = analysis.text
    found: dict[str, FandomFinding] = {}

    def add(name: str, known: bool, start: int, end: int) -> None:
        finding = found.setdefault(name, FandomFinding(name, STATED if known else STATED_UNKNOWN))
        if (start, end) not in finding.evidence:
            finding.evidence.append((start, end))

    credited = credited_works(analysis)
    for span in analysis.layers.get("fandom_mentions", ()):
        if any(span.start < end and start < span.end for start, end, _ in credited):
            continue  # "writing for Harrowgate Hall (Quentin Marsh)": the credited work's
        begin = stated_name_start(text, span.start, span.end)
        written = " ".join(text[begin : span.end].split())
        written = _EXCLAIMED.split(written, maxsplit=1)[0].strip(_EDGE_MARKS)
        if not written or len(written) > MAX_STATED_NAME:
            continue
        other_work = _OTHER_WORK.search(text, max(0, span.start - 24), span.start)
        for name, known in _stated_names(written):
            if other_work and not known:
                continue  # "comments on my old Helstone fic": another story of the writer's
            if not known and names_story_people(analysis, name, begin):
                continue  # "Mara and Jory belong to …": the story's people, not a work
            add(name, known, span.start, span.end)
    tagged = _tagged_fandoms(analysis)
    for start, end, name in credited:
        fandom = find_fandom(name)
        name = fandom.name if fandom is not None else name
        if not tagged or name in tagged:
            add(name, fandom is not None, start, end)
    if not found and not tagged:
        for start, end, name in works_in_passing(analysis):
            add(name, False, start, end)
    for note in analysis.layers.get("notes", ()):
        if note.label not in _SCANNED_NOTES:
            continue
        for start, end in _written_aliases(text, note.start, note.end):
            fandom = find_fandom(text[start:end])
            if fandom is not None and (not tagged or fandom.name in tagged):
                add(fandom.name, True, start, end)
    folded = _folded(found.values())
    if any(f.confidence == STATED_UNKNOWN for f in folded):
        _with_author(analysis, folded)
    ranked = sorted(folded, key=lambda f: (-f.confidence, -len(f.evidence), f.name))
    for finding in ranked:
        finding.evidence.sort()
        del finding.evidence[MAX_EVIDENCE:]
    return ranked


def _tagged_fandoms(analysis: Analysis) -> set[str]:
    """Return the known fandoms among the file's own fandom tags (an AO3 download's, an
    EPUB's subjects). When the file tags its fandoms, a work a note merely names ("writing
    an essay on Beowulf", "listening to the Hamilton soundtrack") is not one of the story's:
    the author's tags already say which works the story belongs to."""
    return {
        fandom.name if fandom is not None else name
        for name, _, fandom in _given_fandom_tags(analysis)
    }


def _given_fandom_tags(analysis: Analysis) -> Iterator[tuple[str, str, Fandom | None]]:
    """Yield each of the file's own fandom tags: its name, that name with its whitespace
    runs made single spaces, and the known fandom it names (``None`` for none)."""
    for tag in analysis.doc.given.tags:
        if tag.type == TagType.FANDOM:
            written = " ".join(tag.name.split())
            yield tag.name, written, find_fandom(written)


# A fandom named as that of the writer's other work ("my old Helstone fic", "my other
# Barsetshire fic"): not this story's.
_OTHER_WORK = re.compile(
    r"\b(?i:my|our)\s+(?i:old|other|last|previous|earlier|next|older)\s+(?:[\w'’-]+\s+)?$"
)


# Titles that lead a person's name, not a work's ("Mayor of Casterbridge" is a work): the
# civil titles and the ranks "Dr. Watson and …" are written with, but not the civil titles
# that also lead works' titles ("Master and Commander", "Mister Pip", "Mistress Masham's
# Repose"): such a work keeps its stated author.
_CIVIL = (CIVIL_TITLES - {"master", "mister", "mistress"}) | {"dr", "sir", "lady", "lord"}


def _with_author(analysis: Analysis, findings: list[FandomFinding]) -> None:
    """Give each stated fandom the table does not know (and written without its author)
    the AO3 form "Title - Author" when the notes name the work's author, one author only
    (``stated_author``); "The" leads the title only when the text writes it so. The
    author is never guessed: without one the name stays as written."""
    author = stated_author(analysis)
    if author is None:
        return
    for finding in findings:
        first = name_key(finding.name).split(maxsplit=1)[:1]
        if finding.confidence != STATED_UNKNOWN or " - " in finding.name or first[0] in _CIVIL:
            continue  # known, already with its author, or people ("Dr. Watson and …")
        title = finding.name
        if not title.startswith("The ") and f"The {title}" in analysis.text:
            title = f"The {title}"
        finding.name = f"{title} - {author}"


def _folded(findings: Iterable[FandomFinding]) -> list[FandomFinding]:
    """Return ``findings`` with each unknown stated name that is a run of whole words of
    another stated name folded into that one, its evidence added: "Barchester" (from
    "Barchester and its clergy belong to …") is the "Barchester Towers" of the byline."""
    kept = list(findings)
    # titles compared without their authors: "Harrowgate - Quentin Marsh" (from "Harrowgate
    # belongs to Quentin Marsh") is the "Harrowgate Chronicles" a byline states
    words = {
        f.name: f" {' '.join(_WORD.findall(f.name.split(' - ')[0].casefold()))} " for f in kept
    }
    out: list[FandomFinding] = []
    for finding in kept:
        short = words[finding.name]
        fuller = [
            other
            for other in kept
            if other is not finding
            and short in words[other.name]
            and (short != words[other.name] or _authored(other.name, finding.name))
        ]
        if finding.confidence == STATED_UNKNOWN and len(fuller) == 1:
            fuller[0].evidence.extend(e for e in finding.evidence if e not in fuller[0].evidence)
            continue
        out.append(finding)
    return out


def _authored(name: str, other: str) -> bool:
    """Whether ``name`` carries its author ("Title - Author") where ``other`` does not."""
    return " - " in name and " - " not in other


@lru_cache(maxsize=16384)
def _key_figures(key: str) -> tuple[bool, float | None, bool]:
    """Return what name key ``key`` is worth, whatever known character it matches: whether
    it is a weak name (``weak_name``), the most it weighs (a common first name alone,
    "john", "prince john", or another weak name, "polly", "aunt polly", "old tom", weighs
    little, and so does a name several canons share, ``shared_key``; ``None`` for a
    distinctive one) and whether it is a distinctive full name (two name words or more).
    A function of the key alone, so ``fandoms_named_by`` works it out once per key (and a
    key recurs from call to call: a story's names are read by the characters stage twice
    and by the fandom stage), not once per known character."""
    words = name_words(key)
    weak = weak_name(key)
    if len(words) == 1 and words[0] in COMMON_FIRST_NAMES:
        cap: float | None = COMMON_NAME_WEIGHT
    elif weak or _shared_key(key):
        cap = PLAIN_NAME_WEIGHT
    else:
        cap = None
    return weak, cap, not weak and len(words) >= 2


on_table_change(_key_figures.cache_clear)


@lru_cache(maxsize=16384)
def _shared_key(key: str) -> bool:
    """Whether name key ``key`` is no weak name but one word several canons share."""
    return not weak_name(key) and shared_name(name_words(key))


on_table_change(_shared_key.cache_clear)


def shared_name(words: Sequence[str]) -> bool:
    """Whether name words ``words`` (``name_words``) are one word that the casts of two
    known fandoms or more go by ("godfrey": Godfrey Norton and Godfrey Ablewhite): "Mr.
    Godfrey" may be either canon's, or a third's the table has not met, so it weighs as a
    weak name and tells no fandom by itself."""
    if len(words) != 1:
        return False
    return len({entry.fandom for entry in character_index().get(words[0], ())}) >= 2


def _capped_weight(listed: bool, fandoms: int, cap: float | None) -> float:
    """The weight of a match of a known character (``listed``: named in the table's own
    list) by a key that ``fandoms`` fandoms know, capped at ``cap`` (``_key_figures``)."""
    weight = 1.0 / fandoms
    if not listed:
        weight /= 2
    return weight if cap is None else min(weight, cap)


@cache
def _known_names() -> dict[tuple[str, str], tuple[str, ...]]:
    """Per known character (fandom, canonical name), all its listed names."""
    return {
        (fandom.name, canonical): (canonical, *aliases)
        for fandom in load_fandoms()
        for canonical, aliases in fandom.characters
    }


@cache
def _known_name_words(fandom: str, canonical: str) -> frozenset[str]:
    """The words of all the listed names of the known character ``canonical`` of ``fandom``
    (none for one the table does not know), worked out for each character a story's names
    match, the first time (a story matches a few dozen of the table's 4,000)."""
    names = _known_names().get((fandom, canonical), ())
    return frozenset(word for alias in names for word in name_key(alias).split())


on_table_change(_known_names.cache_clear)
on_table_change(_known_name_words.cache_clear)


def _contradicts(own: Sequence[str], entry: CharacterEntry) -> bool:
    """Whether a story character's own name (``own``: its name words, one or more) says
    it is someone else than known character ``entry``: a word of it that none of the known
    character's names has ("Godfrey Cass" is not Godfrey Ablewhite, "Amelia Sedley" not
    Miss Amelia, "Old Tom" not Tom Sawyer, and an "Aurore" whom a teasing line once calls
    "Diogenes" not Dombey and Son's dog)."""
    known = _known_name_words(entry.fandom, entry.canonical)
    return any(word not in known for word in own)


def _names_by_character(analysis: Analysis) -> dict[str, set[str]]:
    """Return each character's name keys: its canonical name and its mentions' forms."""
    text = analysis.text
    names: dict[str, set[str]] = {}
    for character in analysis.layers.get("characters", ()):
        names.setdefault(character.label, set()).add(name_key(character.label))
    # each (character, form) once, in the order of its first mention (a novel has some
    # 40,000 mentions of a few thousand forms)
    forms = dict.fromkeys(
        (m.label, text[m.start : m.end])
        for m in analysis.layers.get("mentions", ())
        if m.end - m.start <= MAX_STATED_NAME
    )
    for label, form in forms:
        names.setdefault(label, set()).add(name_key(form))
    return names


def fandoms_named_by(
    names: Mapping[str, set[str]], salience: Mapping[str, float], *, lone_full_name: bool = True
) -> list[tuple[str, float, set[str]]]:
    """Return the fandoms that characters known by ``names`` (character → its name keys,
    ``name_key`` of each form it goes by) point to, most confident first, as ``(fandom,
    confidence, the characters that matched it)``; ``salience`` (character → [0, 1]) weighs
    each character's vote. The rules are the module docstring's of ``fandom``; without
    ``lone_full_name``, the full name of one main person alone gives no fandom (a story's
    canon for the characters stage, whose roster rewrites the clusters, wants more). Never
    raises."""
    index = character_index()
    # fandom -> known character -> (best weight, story character)
    best: dict[str, dict[str, tuple[float, str]]] = {}
    distinctive: set[str] = set()  # fandoms matched by at least one distinctive name
    shared: set[str] = set()  # ... by a one-word name several canons share
    full: set[str] = set()  # ... by a full name ("john durbeyfield", "tom sawyer")
    salient_full: set[str] = set()  # ... by the full name of one of the story's main people
    # (What depends only on the character or only on the key is worked out once, outside
    # the loop over the known characters the key matches: the same figures.)
    for character, keys in names.items():
        factor = 0.5 + 0.5 * min(1.0, max(0.0, salience.get(character, 0.0)))
        own = name_words(name_key(character))
        checked = len(own) >= 1
        salient = salience.get(character, 0.0) >= SALIENT
        for key in keys:
            entries = index.get(key, ())
            if not entries:
                continue
            fandoms = len({e.fandom for e in entries})
            weak, cap, full_key = _key_figures(key)  # every COMMON_FIRST_NAMES name is weak
            for entry in entries:
                if checked and _contradicts(own, entry):
                    continue
                weight = _capped_weight(entry.listed, fandoms, cap) * factor
                known = best.setdefault(entry.fandom, {})
                if weight > known.get(entry.canonical, (0.0, ""))[0]:
                    known[entry.canonical] = (weight, character)
                if not weak and _shared_key(key):
                    shared.add(entry.fandom)
                elif not weak:
                    distinctive.add(entry.fandom)
                    if entry.listed and full_key:
                        full.add(entry.fandom)
                        if lone_full_name and fandoms == 1 and salient:
                            salient_full.add(entry.fandom)
    totals = {fandom: sum(w for w, _ in chars.values()) for fandom, chars in best.items()}
    top = max(totals.values(), default=0.0)
    found = []
    for fandom, total in totals.items():
        confidence = round(min(0.95, 1 - math.exp(-total / 1.5)), 3)
        if fandom in salient_full:
            confidence = max(confidence, MIN_CONFIDENCE)
        if confidence < MIN_CONFIDENCE or total < CROSSOVER * top:
            continue
        # Several of the story's characters, or one by a full name: one Aunt Polly, or one
        # "Mr. Brooke", is no Tom Sawyer or Middlemarch story, even where the canon lists two
        # people the one story character's name fits ("Mr. Thornton": John and Mrs. Thornton).
        matched = {character for _, character in best[fandom].values()}
        # A name two canons share names this one only where the story's other people agree:
        # "Mr. Godfrey" and a Nancy are no Moonstone story; Prospero with Ariel, Miranda and
        # Ferdinand is The Tempest.
        if fandom not in distinctive and (fandom not in shared or len(matched) < SHARED_AGREE):
            continue
        if len(matched) < 2 and fandom not in full:
            continue
        found.append((fandom, confidence, matched))
    found.sort(key=lambda f: (-f[1], f[0]))
    return found


def inferred_fandoms(analysis: Analysis) -> list[FandomFinding]:
    """Return the fandoms the story's characters point to, most confident first (see the
    module docstring of ``fandom``). Never raises."""
    salience = {c.label: c.score for c in analysis.layers.get("characters", ())}
    found = fandoms_named_by(_names_by_character(analysis), salience)
    if not found:
        return []
    earliest = _earliest_mentions(analysis)
    return [
        FandomFinding(fandom, confidence, _evidence(analysis, matched, earliest))
        for fandom, confidence, matched in found
    ]


def _earliest_mentions(analysis: Analysis) -> dict[str, list[int]]:
    """Return, per character, the indices in the ``mentions`` layer of its first
    ``MAX_EVIDENCE + 1`` mentions (all ``_evidence`` can use: its first, and at most
    ``MAX_EVIDENCE`` further ones), so that each fandom found costs no pass over the
    mentions."""
    earliest: dict[str, list[int]] = {}
    for i, mention in enumerate(analysis.layers.get("mentions", ())):
        kept = earliest.get(mention.label)
        if kept is None:
            earliest[mention.label] = [i]
        elif len(kept) <= MAX_EVIDENCE:
            kept.append(i)
    return earliest


def _evidence(
    analysis: Analysis, characters: set[str], earliest: Mapping[str, list[int]]
) -> list[tuple[int, int]]:
    """The first mention of each matched character, then further ones, in text order (the
    first ``MAX_EVIDENCE`` of the matched characters' mentions after their firsts, in the
    layer's order). ``earliest``: ``_earliest_mentions``."""
    mentions = analysis.layers.get("mentions", ())
    kept = sorted(earliest[c] for c in characters if c in earliest)
    firsts: dict[str, tuple[int, int]] = {}
    for indices in kept:  # by first mention: the order a pass over the layer meets them
        first = mentions[indices[0]]
        firsts[first.label] = (first.start, first.end)
    further = sorted(i for indices in kept for i in indices[1:])[:MAX_EVIDENCE]
    others = [(mentions[i].start, mentions[i].end) for i in further]
    if not firsts:  # no mentions: the characters' own spans stand at their first mention
        for character in analysis.layers.get("characters", ()):
            if character.label in characters:
                firsts.setdefault(character.label, (character.start, character.end))
    chosen = list(firsts.values())[:MAX_EVIDENCE]
    chosen += others[: MAX_EVIDENCE - len(chosen)]
    return sorted(chosen)


def fandoms_of(analysis: Analysis) -> list[FandomFinding]:
    """Return the story's fandoms, stated and inferred merged, most confident first, each
    under the spelling of the file's own fandom tag when it has one (``given_spellings``).
    Never raises."""
    merged: dict[str, FandomFinding] = {}
    for finding in stated_fandoms(analysis) + inferred_fandoms(analysis):
        known = merged.get(finding.name)
        if known is None:
            merged[finding.name] = FandomFinding(
                finding.name, finding.confidence, list(finding.evidence)
            )
            continue
        known.confidence = max(known.confidence, finding.confidence)
        known.evidence = sorted(set(known.evidence) | set(finding.evidence))[:MAX_EVIDENCE]
    spelled = given_spellings(analysis)
    for finding in merged.values():
        finding.name = spelled.get(finding.name, finding.name)
    return sorted(merged.values(), key=lambda f: (-f.confidence, f.name))


def given_spellings(analysis: Analysis) -> dict[str, str]:
    """Return, per known fandom the file's own fandom tags name (an AO3 download's, an
    EPUB's subjects) in another spelling than the table's, that spelling ("Othello -
    William Shakespeare" for the table's "Othello - Shakespeare"): the author's tag is the
    story's, and one fandom is not to be listed twice under two spellings."""
    out: dict[str, str] = {}
    for _, written, fandom in _given_fandom_tags(analysis):
        if written and fandom is not None and fandom.name != written:
            out.setdefault(fandom.name, written)
    return out


def known_characters(
    analysis: Analysis, fandoms: Sequence[str] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """Return, per character of the story, the known characters of its fandoms (``fandoms``,
    default: those ``fandoms_of`` finds) it is: ``(fandom, canonical name)`` pairs, matched
    by the character's canonical name first, then by its longest surface form, against the
    table's names and aliases and the words only one canonical name has ("Jane" in Pride
    and Prejudice). A word match needs every word of the character's own name in the known
    name ("Walter Elliot" is Sir Walter Elliot; "James Mortimer" is not James Moriarty).
    Characters the table does not know are left out. Never raises."""
    names = fandoms if fandoms is not None else [f.name for f in fandoms_of(analysis)]
    tables = [
        (name, shared_fandom_characters(name), shared_fandom_character_words(name))
        for name in names
    ]
    tables = [(name, listed, words) for name, listed, words in tables if listed or words]
    if not tables:
        return {}
    # the tables (by position) that know each key: a character is searched only in the
    # tables that know one of its keys, in their order (any other table gives no hit)
    holders: dict[str, list[int]] = {}
    for i, (_, listed, words) in enumerate(tables):
        for k in listed:
            holders.setdefault(k, []).append(i)
        for k in words:
            if k not in listed:
                holders.setdefault(k, []).append(i)
    found: dict[str, list[tuple[str, str]]] = {}
    for character, keys in _names_by_character(analysis).items():
        held = {i for k in keys for i in holders.get(k, holders.get(_untitled(k), ()))}
        if not held:
            continue
        canonical = name_key(character)
        own = set(canonical.split())
        ordered = sorted(keys, key=lambda k: (k != canonical, -len(k), k))
        for i in sorted(held):
            fandom, listed, words = tables[i]
            hit = next(
                (
                    listed[k] if k in listed else words[k]
                    for k in ordered
                    if k in listed or (k in words and own <= set(name_key(words[k]).split()))
                ),
                None,
            )
            if hit is None:
                hit = next(filter(None, (_titled_alias(k, listed) for k in ordered)), None)
            if hit is not None:
                found.setdefault(character, []).append((fandom, hit))
    return found


def _untitled(key: str) -> str:
    """Return a name key without its leading civil title ("miss floy" -> "floy"), or ""."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in CIVIL_TITLES else ""


_WOMEN_TITLES = frozenset(t for t in CIVIL_TITLES if TITLES.get(t) == "f")


def _titled_alias(key: str, listed: Mapping[str, str]) -> str:
    """Return the canonical name ``key`` is when it is a civil title before a name canon
    lists (``listed``: key to canonical name) that the title does not make ambiguous,
    else "": "Miss Floy" is Florence Dombey ("Floy"), "Mr. Woodcourt" Allan Woodcourt;
    but a woman's title before a man's surname ("Mrs. Wildeve", "Wildeve" for Damon
    Wildeve) is his wife or kin."""
    rest = _untitled(key)
    canonical = listed.get(rest, "") if rest else ""
    if canonical and key.split(maxsplit=1)[0] in _WOMEN_TITLES:
        if rest == name_key(canonical).split()[-1]:
            return ""
    return canonical


def fandom_spans(findings: Sequence[FandomFinding]) -> tuple[Span, ...]:
    """Return the ``fandoms`` layer for ``findings``."""
    return tuple(
        Span(start, end, f.name, f.confidence) for f in findings for start, end in f.evidence
    )
