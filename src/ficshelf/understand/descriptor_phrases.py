"""Descriptor phrases: the places where a story speaks of someone by a description ("the
old man", "her father", "the girl", "Gisborne's soldier"), with the evidence of how the
text uses each; ``descriptors`` decides which of them are characters.

``scan_descriptors`` finds the candidate phrases: a definite article, a possessive pronoun
or an owner's possessive (a name's, "Gisborne's", or a described one's, "the child's"), at
most two modifiers, and a singular person noun (``person_nouns``). Indefinite and
quantified phrases ("a man", "every woman") and plurals ("the men") never match, but for
a group that tags a quote ("cried the thralls", "the players cry"; a singular noun for a
body of people, "the choir said", and a short place the name keeps, "the men by the fire
roared"), which speaks as one and is a character of its scene (``group``), and for a
one-line speaker in a tag ("cried one of the women", "said another":
``one_line_speakers``, kept as a group). A definite phrase keeps a short place after its
noun when the place ends the subject of a tag or a verb ('"…," the man in the bar said';
``_placed``). A vague modifier ("the other man", "the first
girl") drops the phrase, and so does a noun that modifies the next one ("the chief
reason", "the guest room"). The subject of a speech tag
after its verb may be any noun ('…," said the old horse') where the text speaks of it
again ("an old riding horse"): ``_tag_subject_in``. Each phrase carries the
evidence of how the text uses it: whether it tags a quote ("said the old man", "the girl
cried," next to a quotation in its paragraph; never a possessive: in "said the child's
nurse" the nurse speaks), whether it is the subject of a verb ("the boy wheeled"; after a
participle aside too: "the grandson, coming up with the mutton, nearly dropped it", and a
speech verb there is a tag: "the housemaid, going by the door, said"), whether it comes on
the scene ("the maid came in", "the nurse put her head round the door"), whether it
stands inside dialogue.

The scan is one regex pass per paragraph plus a fixed number of look-ups per phrase, linear
in the length of the text. The word tables and patterns the scan runs are in
``descriptor_patterns``, the phrase record in ``descriptor_mention``, and the reading of each
phrase's evidence in ``descriptor_evidence``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from ficshelf.model import Span
from ficshelf.understand import person_nouns as nouns
from ficshelf.understand.clause_speech import speaks_past_clause
from ficshelf.understand.descriptor_evidence import (
    HELD_PLACE,
    definite_quote,
    is_verb,
    noun_follows,
    pronoun_quote,
    tags_quote,
    verb_follows,
    with_evidence,
)
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.descriptor_patterns import (
    GROUP_CASES,
    GROUP_HEADS,
    GROUP_NOUNS,
    GROUP_PLACE,
    INDEFINITE_CASES,
    NOT_MODIFIERS,
    PHRASE,
    PRONOUN_DETERMINERS,
    TAG_GAP,
    TAG_PLACE,
    TAG_SUBJECT_AFTER,
    VOICE,
    VOICE_AGAIN,
    VOICE_OWNER,
    VOICE_WORDS,
    VOICED_REACH,
    case_scan,
    group_pattern,
    indefinite_pattern,
)
from ficshelf.understand.line_groups import after_line_positions, groups_after_lines
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.one_line_speakers import PHRASE_CORES, one_line_phrases
from ficshelf.understand.text import lowered_text


def scan_descriptors(
    text: str,
    paragraphs: Sequence[Span],
    quotes: Sequence[Span],
    index: QuoteIndex | None = None,
) -> Iterator[DescriptorMention]:
    """Yield the descriptor phrases of the ``paragraphs`` of ``text`` in text order, with
    their evidence (see ``DescriptorMention``); ``quotes`` are the dialogue spans, and
    ``index`` the caller's ``QuoteIndex`` of them, if it has one. Never raises."""
    if index is None:
        index = QuoteIndex(quotes)
    placed = placed_matches(text, paragraphs)
    # With the matches placed, only the paragraphs where something can be found are
    # visited: those holding a match of the three patterns, a voice word
    # (``_voices_again_in`` reads no other) or the letters of a one-line speaker's phrase
    # (``one_line_phrases`` reads no other).
    tagged = _tag_subjects(text, paragraphs, index)
    after_lines = after_line_positions(text, paragraphs, index)
    uses = _NounUses(text)
    visit: Iterable[int] = (
        range(len(paragraphs))
        if placed is None
        else sorted(set(_busy(text, paragraphs, placed)) | tagged.keys() | after_lines.keys())
    )
    for i in visit:
        para = paragraphs[i]
        if placed is None:
            found = list(_definite_in(text, para, index))
            found += _indefinite_in(text, para, index)
        else:
            phrases, indefinites, groups = (by_para.get(i) for by_para in placed)
            found = list(_definite_in(text, para, index, phrases)) if phrases else []
            if indefinites:
                found += _indefinite_in(text, para, index, indefinites)
        found += _voices_again_in(text, para, index)
        if index.next_start(para.start) < para.end:  # a line of dialogue: a group may speak
            if placed is None:
                found += _groups_in(text, para, index)
            elif groups:
                found += _groups_in(text, para, index, groups)
            if i in after_lines:  # '"Is it him?" the village children wanted to know'
                taken = {d.start for d in found if d.group}
                found += groups_after_lines(text, para, after_lines[i], taken)
            found += _one_line_in(text, para, index)
            if i in tagged:
                found += _tag_subject_in(text, para, index, tagged[i], uses)
        if found:
            found.sort(key=lambda d: d.start)
            yield from found


def _busy(
    text: str, paragraphs: Sequence[Span], placed: tuple[_Placed, _Placed, _Placed]
) -> list[int]:
    """Return, in order, the indexes of the ``paragraphs`` where ``scan_descriptors`` can
    find something (see there)."""
    starts = [para.start for para in paragraphs]
    busy: set[int] = set().union(*placed)
    busy.update(_holding(text, paragraphs, starts, VOICE_WORDS))
    busy.update(_holding(text, paragraphs, starts, PHRASE_CORES))
    return sorted(busy)


def _holding(
    text: str, paragraphs: Sequence[Span], starts: list[int], words: Iterable[str]
) -> set[int]:
    """Return the indexes of the ``paragraphs`` (in order, ``starts`` their starts) that
    hold one of ``words`` whole: those for which ``text.find(word, para.start, para.end)``
    finds one; a ``str.find`` per occurrence in the text instead of one per paragraph."""
    held: set[int] = set()
    first, last = starts[0], paragraphs[-1].end
    for word in words:
        at = text.find(word, first, last)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if at + len(word) <= paragraphs[i].end:
                held.add(i)
            at = text.find(word, at + 1, last)
    return held


_Placed = dict[int, list[re.Match[str]]]


def placed_matches(
    text: str, paragraphs: Sequence[Span]
) -> tuple[_Placed, _Placed, _Placed] | None:
    """Return the matches of ``PHRASE``, ``INDEFINITE`` and ``GROUP`` by paragraph index,
    each pattern run once over the paragraphs' whole stretch of text instead of once per
    paragraph (7,900 paragraphs in a novel: a regex call and a generator each), or ``None``
    when that could find other matches than the paragraph by paragraph scan.

    It finds the same ones when the paragraphs are in order and each has only whitespace
    between it and the line breaks around it: no match of these patterns holds a line break
    (they consume only letters, hyphens, apostrophes, commas, spaces and tabs) and none
    starts with whitespace, so no match crosses into a paragraph from outside or out of it;
    and every lookahead that may read past a paragraph's end (``\\b``, ``(?!-\\w)``,
    ``(?!['’]...)``, a run of ``[ \\t]`` or of letters and spaces before an apostrophe or a
    punctuation mark) sees only whitespace there, which it treats as it treats the end of
    the text. (Lookbehinds read before the start in both scans.) ``INDEFINITE`` and
    ``GROUP`` run as one scan per case of their first letter (``case_scan``)."""
    if not paragraphs:
        return None
    starts: list[int] = []
    ends: list[int] = []
    last = 0
    for para in paragraphs:
        if para.start < last or para.end < para.start:
            return None
        line = text.rfind("\n", 0, para.start) + 1
        stop = text.find("\n", para.end)
        after = text[para.end : len(text) if stop < 0 else stop]
        if (line < para.start and text[line : para.start].strip()) or (after and after.strip()):
            return None
        starts.append(para.start)
        ends.append(para.end)
        last = para.end
    out: list[_Placed] = []
    begin, end = starts[0], ends[-1]
    for matches in (
        PHRASE.finditer(text, begin, end),
        case_scan(indefinite_pattern, INDEFINITE_CASES, text, begin, end),
        case_scan(group_pattern, GROUP_CASES, text, begin, end),
    ):
        by_para: _Placed = {}
        for m in matches:
            i = bisect_right(starts, m.start()) - 1
            if i >= 0 and m.end() <= ends[i]:
                by_para.setdefault(i, []).append(m)
        out.append(by_para)
    return out[0], out[1], out[2]


def _definite_in(
    text: str, para: Span, index: QuoteIndex, matches: Iterable[re.Match[str]] | None = None
) -> Iterator[DescriptorMention]:
    """Yield the definite and possessive descriptor phrases of one paragraph (from
    ``matches``, its matches of ``PHRASE``, when the caller has them)."""
    if matches is None:
        matches = PHRASE.finditer(text, para.start, para.end)
    for m in matches:
        noun = m.group("noun")
        head = noun.rsplit("-", 1)[-1]
        mods = m.group("mods").split()
        det = m.group("det")
        if det is not None and det.lower() in PRONOUN_DETERMINERS:
            if head in nouns.NOT_AFTER_POSSESSIVE:
                continue
        if head in nouns.MODIFIER_NOUNS and noun_follows(text, m.end(), para.end):
            continue  # "the chief reason", "the baby carriage"
        owner = m.group("owner")
        # a name is a mention of its own: the phrase then spans only "soldier"
        start = m.start("mods") if m.group("name") else m.start()
        if owner is None:
            det_word = (det or "").lower()
        else:
            first, _, rest = owner.partition(" ")
            owner = " ".join([first if m.group("name") else first.lower(), *rest.split()])
            det_word = owner + text[m.end("owner") : m.end("owner") + 2]
        key = " ".join([det_word, *mods, noun])
        possessive = text.startswith(("'s", "’s"), m.end())
        found = DescriptorMention(
            start, m.end(), key, head, bool(mods), possessive, False, False, False
        )
        told = with_evidence(text, para, index, found, m.start())
        if det_word == "the" and not (possessive or told.speech or told.subject):
            placed = _placed(text, para, index, found, m.start())
            if placed is not None:  # "the man in the bar said": the place is the name's
                told = placed
        elif det_word == "the" and told.speech and not possessive:
            told = _tag_placed(text, para, index, told, m.start())
        yield told


def _placed(
    text: str, para: Span, index: QuoteIndex, found: DescriptorMention, phrase_start: int
) -> DescriptorMention | None:
    """Return the definite phrase ``found`` with the short place after it ("the man in the
    bar", "the man downstairs", "the gentleman in the bag-wig") when that place ends the
    subject of a speech tag or of a verb ('"…," the man in the bar said'; "The man in the
    skiff looked at him"): the place tells this person from the others and is part of the
    name, as it is for a group (``GROUP_PLACE``); else ``None``."""
    place = GROUP_PLACE.match(text, found.end, para.end)
    if place is None:
        return None
    key = " ".join([found.key, *place.group().split()])
    longer = replace(found, end=place.end(), key=key, modified=True)
    told = with_evidence(text, para, index, longer, phrase_start)
    return told if told.speech or told.subject else None


def _tag_placed(
    text: str, para: Span, index: QuoteIndex, found: DescriptorMention, phrase_start: int
) -> DescriptorMention:
    """Return the definite phrase ``found``, the subject of a speech tag, with the short
    place the tag ends on after it ('"…," said the man from the town.', "said the man in the
    bar quietly"; ``TAG_PLACE``) when that phrase still tags the quote and the text uses it
    once more ("a man from the town came up the road"), else ``found``: the place then tells
    this person from the others, as ``_placed`` keeps it before a verb; used once, it is more
    often where the line comes from ("said the footman from the door")."""
    place = TAG_PLACE.match(text, found.end, para.end)
    if place is None:
        return found
    words = text[found.start : place.end()].split(None, 1)
    if len(words) < 2 or text.count(words[1]) < 2:
        return found
    key = " ".join([found.key, *place.group().split()])
    longer = replace(found, end=place.end(), key=key, modified=True)
    told = with_evidence(text, para, index, longer, phrase_start)
    return told if told.speech else found


def _groups_in(
    text: str, para: Span, index: QuoteIndex, matches: Iterable[re.Match[str]] | None = None
) -> Iterator[DescriptorMention]:
    """Yield the groups of one paragraph that tag a quote ("cried the thralls"), ``group``
    set: a group that speaks as one is a character of the scene (from ``matches``, its
    matches of ``GROUP``, when the caller has them)."""
    if matches is None:
        matches = group_pattern().finditer(text, para.start, para.end)
    for m in matches:
        mods = m.group("mods").split()
        if any(w in NOT_MODIFIERS for w in mods):
            continue
        noun = m.group("noun")
        key = " ".join(["the", *mods, noun])
        bare = DescriptorMention(
            m.start(), m.end(), key, noun, bool(mods), False, False, False, False, group=True
        )
        found = with_evidence(text, para, index, bare, m.start())
        if not found.speech:  # '"…!" the men by the fire roared': the place is the name's
            place = GROUP_PLACE.match(text, m.end(), para.end)
            if place is None:
                continue
            placed = replace(bare, end=place.end(), key=" ".join([key, *place.group().split()]))
            found = with_evidence(text, para, index, placed, m.start())
        if found.speech:
            yield found


def _tag_subjects(text: str, paragraphs: Sequence[Span], index: QuoteIndex) -> _Placed:
    """Return the matches of ``_TAG_SUBJECT`` whose verb starts at most ``TAG_GAP``
    characters after a quote's end (``index``), by paragraph index; a match that leaves its
    paragraph is dropped. A match cannot hold a quotation mark, so no match of the pattern
    over the whole text starts before a quote's end and runs past it: the matches tried
    after each end are those a scan of the paragraphs' stretch would find there."""
    if not paragraphs:
        return {}
    starts = [para.start for para in paragraphs]
    first, last = starts[0], paragraphs[-1].end
    by_para: _Placed = {}
    taken = first  # where the last match ended: matches do not overlap, as in a scan
    for end in index.ends:
        if end < first or end >= last:
            continue
        m = TAG_SUBJECT_AFTER.match(text, end, last)
        if m is None or m.start("verb") < taken:
            continue  # (two quotes ending before one tag: it is read once)
        taken = m.end()
        i = bisect_right(starts, m.start("verb")) - 1
        if i >= 0 and m.end() <= paragraphs[i].end:
            by_para.setdefault(i, []).append(m)
    return by_para


def _tag_subject_in(
    text: str,
    para: Span,
    index: QuoteIndex,
    matches: Iterable[re.Match[str]],
    uses: _NounUses,
) -> Iterator[DescriptorMention]:
    """Yield the subjects of speech tags that no person noun heads ("…," said the old
    horse; "…," replied my master) from one paragraph's ``matches`` of ``_TAG_SUBJECT``:
    those whose verb follows a quote's end and whose noun the text uses again after an
    article or a possessive ("an old riding horse", "the horse"): a creature the story
    follows, not an epithet of someone it names ("said the weeping handmaiden" of a maid
    called Ellis). A word that is no noun of a single person ("said the other", "said the
    voice", "said the boys", "said the man solemnly") is left out, and so is a superlative
    ("said the eldest": one of a group the text names), as is a person noun, which
    ``_definite_in`` reads. ``uses`` answers for the whole text whether a noun is used
    again."""
    for m in matches:
        noun = m.group("noun")
        head = noun.rsplit("-", 1)[-1]
        if (
            head in nouns.PERSON_NOUNS
            or head in NOT_MODIFIERS
            or head in GROUP_HEADS
            or head in VOICE_WORDS
            or head.endswith(("ly", "est"))
            or (head.endswith("s") and not head.endswith("ss"))
            or not index.ends_before(m.start("verb"), TAG_GAP, para)
            or not uses.used_again(head)
        ):
            continue
        mods = m.group("mods").split()
        key = " ".join([m.group("det"), *mods, noun])
        found = DescriptorMention(
            m.start("det"), m.end(), key, head, bool(mods), False, False, False, False
        )
        yield with_evidence(text, para, index, found, m.start("det"))


# An article or a possessive and at most two words, ending where a noun begins: what
# ``_NounUses`` looks for before each use of a tag subject's noun, in lower-cased text.
_DETERMINED_BEFORE = re.compile(
    r"\b(?:the|an?|his|her|my|their|our)[ \t\r\n]+(?:[a-z-]+[ \t\r\n]+){0,2}\Z"
)
# How far back from a noun ``_DETERMINED_BEFORE`` is looked for.
_DETERMINED_REACH = 80


class _NounUses:
    """Whether a text puts a noun after an article or a possessive pronoun (at most two
    words between) at least twice: the tag's own phrase and one more ("said the old horse"
    and "an old riding horse"). The text is lower-cased once, when first asked, and each
    noun's answer is kept. A noun is found with ``str.find`` and read back from there: a
    case-blind pattern over the whole text per noun cost up to 60 ms on a novel (and a
    pattern opening with ``\\b`` loses the engine's fast search for its literal)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowered: str | None = None
        self._seen: dict[str, bool] = {}

    def used_again(self, noun: str) -> bool:
        """Return whether the text determines ``noun`` (lower case) twice."""
        found = self._seen.get(noun)
        if found is None:
            found = self._seen[noun] = self._count(noun)
        return found

    def _count(self, noun: str) -> bool:
        if self._lowered is None:
            self._lowered = lowered_text(self._text)
        lowered = self._lowered
        whole_word = re.compile(rf"\b{re.escape(noun)}\b").match  # tried only where found
        hits = 0
        start = lowered.find(noun)
        while start >= 0:
            if whole_word(lowered, start) and _DETERMINED_BEFORE.search(
                lowered, max(0, start - _DETERMINED_REACH), start
            ):
                hits += 1
                if hits == 2:
                    return True
            start = lowered.find(noun, start + len(noun))
        return False


def _one_line_in(text: str, para: Span, index: QuoteIndex) -> Iterator[DescriptorMention]:
    """Yield the one-line speakers of one paragraph ("cried one of the women", "said
    another", "somebody exclaimed": ``one_line_speakers``), ``group`` set, so that a tag of
    theirs makes them a character; the speakers stage gives them only their own lines."""
    for start, end, key, noun in one_line_phrases(text, para, index, GROUP_NOUNS):
        yield DescriptorMention(start, end, key, noun, False, False, True, True, False, group=True)


def _voices_again_in(text: str, para: Span, index: QuoteIndex) -> Iterator[DescriptorMention]:
    """Yield the phrases of one paragraph that may continue a voice ("the speaker", "the
    rough voice"); ``noun`` is "voice" for all of them."""
    if not any(text.find(word, para.start, para.end) >= 0 for word in VOICE_WORDS):
        return
    for m in VOICE_AGAIN.finditer(text, para.start, para.end):
        mod = m.group("mods")
        if mod is not None and mod in NOT_MODIFIERS:
            continue
        key = " ".join(w for w in ("the", mod, m.group("noun")) if w)
        found = DescriptorMention(
            m.start(), m.end(), key, VOICE, mod is not None, False, False, False, False
        )
        yield replace(with_evidence(text, para, index, found, m.start()), voice=True)


# A tag's verb that opens the line after it: 'said, "…"', "said: '…'".
_OPENS_LINE = re.compile(r"[ \t]++[a-z]++(?:[ \t]*+[,:]|[ \t]++[\"“‘'])")


def _indefinite_in(
    text: str, para: Span, index: QuoteIndex, matches: Iterable[re.Match[str]] | None = None
) -> Iterator[DescriptorMention]:
    """Yield, in text order, the indefinite phrases of paragraph ``para`` that tag a quote
    ("…," said a thin, elderly gentleman; "…" cried another voice; A man's voice said, "…"):
    each introduces someone the text does not name. ``key`` is its name and the mention spans
    it: the phrase with a short place after it ("a man in the crowd"), "a man" for "a
    man's voice" (``voice`` set). Yielded are the phrases that tag a quote (a line of
    dialogue next to them, a speech verb before or after), a voice right after a line, and
    a narration subject right before a line a fitting "he"/"she" says (``pronoun_quote``
    set, ``speech`` not); ``matches`` are its matches of ``INDEFINITE`` when the caller
    has them. Never raises."""
    if matches is None:
        matches = indefinite_pattern().finditer(text, para.start, para.end)
    for m in matches:
        noun = m.group("noun")
        det = m.group("det").lower()
        if index.find(m.start()) >= 0:
            continue
        voice = noun == VOICE or m.group("voice") is not None
        end = m.end("noun")
        after = m.end("voice") if m.group("voice") else end
        mods = " ".join(m.group("mods").split())
        head = noun.rsplit("-", 1)[-1]
        key = " ".join(w for w in (det, mods, noun) if w)
        if not voice and head in nouns.MODIFIER_NOUNS and noun_follows(text, end, para.end):
            continue  # "said an amused, faintly accented female voice": not "a female"
        if voice and VOICE_OWNER.search(text, after, min(len(text), after + VOICED_REACH)):
            continue  # "It was Ron." / "The voice belonged to Ron": someone the text names
        held = None if voice or m.group("place") else HELD_PLACE.match(text, end, para.end)
        if (
            held is not None
            and (
                _OPENS_LINE.match(text, held.end(), para.end)
                or index.ends_before(m.start(), TAG_GAP, para)
            )
            and tags_quote(text, para, index, m.start(), held.end())
        ):
            # 'a stout woman in a purple hat said, "…"', '"…," a man with a pipe said': the
            # tag's subject, and the name, keep what they wear; the verb opens the line or
            # the line ends right before ("with a pleasant smile. '…'" is no tag)
            held_key = key + " " + " ".join(held.group().split())
            yield DescriptorMention(
                m.start(), held.end(), held_key, head, bool(mods), False, True, True, False
            )
            continue
        if not (
            tags_quote(text, para, index, m.start(), after)
            or (not voice and speaks_past_clause(text, para, index, m.end(), is_verb))
        ):
            # a voice right after a line is that line's ("'I beg your pardon.' A man's
            # voice beside her made her start")
            if voice and index.ends_before(m.start(), TAG_GAP, para):
                pass
            elif not voice and det != "another" and verb_follows(text, end, para.end):
                # someone new the narration brings in ("A nurse had let him in", "an old
                # man is selling chestnuts") just before a line "he"/"she" says
                found = DescriptorMention(
                    m.start(), end, key, head, bool(mods), False, False, True, False
                )
                line = pronoun_quote(text, index, found)
                if line < 0:  # "A boy put his head in. / '…,' said the boy"
                    line = definite_quote(text, index, found)
                if line >= 0:
                    yield replace(found, pronoun_quote=line)
                continue
            else:
                continue
        if m.group("place") and not voice:
            key += " " + " ".join(m.group("place").split())
            end = m.end("place")
        elif noun == VOICE and m.group("place"):  # "a voice in her ear"
            key += " " + " ".join(m.group("place").split())
            end = m.end("place")
        yield DescriptorMention(
            m.start(), end, key, head, bool(mods), False, True, True, False, voice=voice
        )
