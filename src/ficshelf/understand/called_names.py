"""Names the text says are one person's: "Miss Prudence Cowley, known to her friends as
Tuppence", "Christopher Hale, whom everyone called Kit", "Kit, whose real name was
Christopher Hale".

A nickname may share no word with the name (no nickname table knows "Tuppence" for
"Prudence"), so the text's own words are the evidence: right after a name, a comma and
"known (to …) as", "called", "nicknamed", "dubbed", "who was called", "whom <someone>
called" (or "who" and someone: "who everybody calls"), then another name, make the
second a name of the first; "whose real name was" or "'s real name was" between two names
make the first a name of the second. Without the comma
"called" is a call ("Tom called Kit over"), and "who called Kit" names whom Tom called, not
Tom: neither links.

A speaker may give their own other name: '"Call me Tuppence," said Prudence Cowley' — a name
after "call me", "my name is", "I'm" or "I am" in a quote that exactly one name tags ("…,"
said X / X said, "…") is that speaker's (``self_named``).

A wife takes her husband's surname: "Dr. Watson, who had married Miss Morstan" (or "Miss
Morstan, who married Dr. Watson") makes "Mrs. Watson" Miss Morstan, when the text has one
"Mrs. Watson" and one of the two names is a woman's (by her title or a census woman's given
name) and the other not (``married_names``). A husband calls his wife by her given name:
a woman's given name said only in the lines of the one man of surname X, called once at
least ('"Sophia, mind the rut," the Admiral said'), near the one "Mrs. X", is hers
(``wives_called_by_name``).

``called_names`` and ``married_names`` read a bounded stretch after each name mention, one
anchored regex match each, and ``self_named`` a bounded stretch before each name in a quote
and the tags next to its quote, so all three are linear in the number of mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand import name_tables as tables
from ficshelf.understand.addressees import CastView
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.names import Candidate, QuoteIndex

_WS = r"[ \t]+"
_ADVERB = (
    r"(?:(?:also|better|commonly|generally|usually|simply|always|affectionately|fondly)"
    r"[ \t]+)?"
)
_AS = r"(?:(?:[ \t]+[a-z’']+){0,8}?[ \t]+as)?"  # "known to her intimate friends as"
_OPEN = r"[ \t]+(?:the[ \t]+)?[\"“‘']?"
# Who calls someone so, after a "who" that stands for "whom".
_SUBJECT = r"(?:everyone|everybody|people|they|we|you|I|he|she|all|the[ \t]+\w+)\b"
# Name, then how the text says the next name is theirs too.
_NICKNAME_AFTER = re.compile(
    r"(?:,|[ \t]*\()[ \t]*(?:"
    rf"{_ADVERB}(?:known|called|nicknamed|dubbed|styled){_AS}"
    rf"|who{_WS}(?:was|is|had{_WS}been|has{_WS}been){_WS}{_ADVERB}(?:known|called|nicknamed|dubbed){_AS}"
    rf"|whom{_WS}(?:[\w.’'-]+{_WS}){{1,4}}?{_ADVERB}(?:called|call|calls|knew|know|nicknamed){_AS}"
    # "who" for "whom" when a subject follows: "Mr Boffin, who everybody in the papers
    # calls the Golden Dustman" (not "who called Kit", nor "who then called Kit")
    rf"|who{_WS}{_SUBJECT}(?:{_WS}[\w.’'-]+){{0,4}}?{_WS}{_ADVERB}(?:called|call|calls|knew|know|nicknamed){_AS}"
    rf"|(?:alias|aka|a\.k\.a\.)){_OPEN}"
)
# Nickname, then the text gives the real name.
_REAL_NAME_AFTER = re.compile(
    r"(?:,[ \t]+whose|['’]s)[ \t]+(?:real|full|proper|given|true|christian|actual)[ \t]+name"
    rf"{_WS}(?:was|is){_OPEN}"
)
_REACH = 120
_SELF_NAMING = compile_fast(
    r"(?:\b[Mm]y name(?:['’]s|[ \t]+is)|\b[Cc]all me|\bI['’]m|\bI[ \t]+am)[ \t]+\Z"
)
_SELF_REACH = 20
_TAG_GAP = 12  # from a quote's end to its tag's name: '," Robin said' or ', said Robin'


def called_names(text: str, candidates: Sequence[Candidate], who: Sequence[int]) -> dict[int, int]:
    """Return character -> the character it is another name of, for names the text
    equates (see the module docstring). ``who[i]`` is the character of ``candidates[i]``
    (in text order). A name joins the one it is said to be; never raises."""
    starts = [c.start for c in candidates]
    links: dict[int, int] = {}
    for i, cand in enumerate(candidates):
        limit = min(len(text), cand.end + _REACH)
        m = _NICKNAME_AFTER.match(text, cand.end, limit)
        forward = m is not None
        if m is None:
            m = _REAL_NAME_AFTER.match(text, cand.end, limit)
        if m is None:
            continue
        j = bisect_left(starts, m.end())
        if j >= len(candidates) or starts[j] != m.end():
            continue
        name, nick = (who[i], who[j]) if forward else (who[j], who[i])
        if name != nick and nick not in links:
            links[nick] = name
    return {nick: _root(links, nick) for nick in links if _root(links, nick) != nick}


def _root(links: dict[int, int], start: int) -> int:
    """Follow ``links`` from ``start`` to the name it ends at (stopping on a cycle)."""
    seen = {start}
    node = start
    while node in links and links[node] not in seen:
        node = links[node]
        seen.add(node)
    return node


def self_named(
    text: str,
    candidates: Sequence[Candidate],
    who: Sequence[int],
    quotes: Sequence[Span],
    index: QuoteIndex | None = None,
) -> dict[int, int]:
    """Return character -> the character it is another name of, for names a speaker gives
    as their own in a quote tagged by exactly one name (see the module docstring).
    ``who[i]`` is the character of ``candidates[i]`` (in text order); ``quotes`` are the
    dialogue spans, ``index`` the caller's ``QuoteIndex`` of them, if it has one. Never
    raises."""
    tags = [(c.start, c.end, w) for c, w in zip(candidates, who, strict=True) if c.speech]
    if not tags:
        return {}
    starts = [t[0] for t in tags]
    if index is None:
        index = QuoteIndex(quotes)
    links: dict[int, int] = {}
    for cand, nick in zip(candidates, who, strict=True):
        if not cand.in_quote or nick in links:
            continue
        if _SELF_NAMING.search(text, max(0, cand.start - _SELF_REACH), cand.start) is None:
            continue
        q = index.find(cand.start)
        if q < 0:
            continue
        q_start, q_end = index.bounds(q)
        i = bisect_right(starts, q_end)  # the first tag after the quote, the last before
        near = {
            w
            for start, end, w in tags[max(0, i - 1) : i + 1]
            if 0 <= start - q_end <= _TAG_GAP or 0 <= q_start - end <= _TAG_GAP
        }
        if len(near) == 1 and nick not in near:
            links[nick] = next(iter(near))
    return {nick: _root(links, nick) for nick in links if _root(links, nick) != nick}


# Name, then "married" and the spouse's name: "Dr. Watson, who had married Miss Morstan".
_MARRIED_AFTER = re.compile(
    r",?[ \t]+(?:who[ \t]+)?(?:(?:had|has|was|is)[ \t]+)?(?:\w+ly[ \t]+|just[ \t]+|since[ \t]+)?"
    r"(?:married|wedded|wed)[ \t]+"
)


def _gender(cand: Candidate) -> str:
    """The gender a name's title or given name says ("m", "f" or "")."""
    by_title = tables.TITLES.get(cand.title, "") if cand.title else ""
    if by_title or len(cand.parts) < 2:
        return by_title or ""
    return tables.GIVEN_NAMES.get(cand.parts[0].lower(), "")


def married_names(text: str, candidates: Sequence[Candidate], who: Sequence[int]) -> dict[int, int]:
    """Return character -> the character it is another name of, for the one "Mrs. X" whose
    maiden name the text gives by marrying her to a man of surname X (see the module
    docstring). ``who[i]`` is the character of ``candidates[i]`` (in text order). Never
    raises."""
    mrs: dict[str, set[int]] = {}
    for cand, w in zip(candidates, who, strict=True):
        if cand.title == "mrs" and len(cand.parts) == 1:
            mrs.setdefault(cand.parts[0], set()).add(w)
    if not mrs:
        return {}
    starts = [c.start for c in candidates]
    links: dict[int, int] = {}
    for i, cand in enumerate(candidates):
        if not cand.parts:
            continue
        m = _MARRIED_AFTER.match(text, cand.end, min(len(text), cand.end + _REACH))
        if m is None:
            continue
        j = bisect_left(starts, m.end())
        if j >= len(candidates) or starts[j] != m.end() or not candidates[j].parts:
            continue
        genders = (_gender(cand), _gender(candidates[j]))
        if genders.count("f") != 1:
            continue
        husband, wife = (cand, who[j]) if genders[1] == "f" else (candidates[j], who[i])
        wives = mrs.get(husband.parts[-1], set()) - {wife}
        if len(wives) == 1:
            links.setdefault(next(iter(wives)), wife)
    return links


# How many paragraphs from a husband's line his wife may be named as "Mrs. X".
_NEAR = 2
_WIFE_CALLS = 3  # a given name used more often than this is someone's own name


def wives_called_by_name(
    text: str,
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    cast: CastView,
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a woman's given name
    that only her husband says ('"Sophia, mind the rut," the Admiral said' beside "Mrs.
    Croft"): a bare census woman's name, never in the narration, with no surname nor title,
    said at most ``_WIFE_CALLS`` times and only in lines whose one named speaker is the one
    man (by title, pronouns or census name: ``character_genders``; or titled and nothing
    says a woman) of surname X ("Admiral Croft", or "the Admiral" when he holds that
    title), when the text has one "Mrs. X", known by no other name, whom it names within ``_NEAR``
    paragraphs of one of his lines, and he calls her by the given name once at least
    ("Sophia, mind the rut").
    ``who[i]`` is the character of ``candidates[i]`` (in text order) and ``where[i]`` its
    paragraph (``addressees.paragraph_of``); ``cast`` the view of that assignment. Never raises."""
    forms = cast.forms
    wives: dict[str, set[int]] = {}  # surname -> the characters called "Mrs. X"
    men: dict[str, set[int]] = {}  # surname -> the men of that surname
    genders = cast.genders
    for w, cands in forms.items():
        for c in cands:
            if c.title == "mrs" and len(c.parts) == 1:
                wives.setdefault(c.parts[0], set()).add(w)
            elif c.parts and (len(c.parts) > 1 or c.title) and _man(w, c, genders):
                men.setdefault(c.parts[-1], set()).add(w)
    pairs = {  # the husband -> (surname, the wife), one of each per surname
        next(iter(men[x])): (x, next(iter(ws)))
        for x, ws in wives.items()
        if len(ws) == 1
        and len(men.get(x, ())) == 1
        and all(c.title == "mrs" and len(c.parts) == 1 for c in forms[next(iter(ws))])
    }
    if not pairs:
        return {}
    held = {  # "the Admiral" speaks for the one husband titled Admiral
        c.title: h for h in pairs for c in forms[h] if c.title and c.parts
    }
    speakers: dict[int, set[int]] = {}
    named: dict[int, set[int]] = {}
    paras_of: dict[int, list[int]] = {}  # character -> the paragraphs of its mentions
    for cand, w, para in zip(candidates, who, where, strict=True):
        paras_of.setdefault(w, []).append(para)
        named.setdefault(para, set()).add(w)
        if cand.speech and not cand.in_quote:
            speaker = held.get(cand.title, w) if not cand.parts else w
            speakers.setdefault(para, set()).add(speaker)
    links: dict[int, int] = {}
    for w, cands in forms.items():
        if len(cands) > _WIFE_CALLS or not all(_bare_woman(c) for c in cands):
            continue
        paras = paras_of[w]
        said_by = [speakers.get(p, set()) for p in paras]
        husbands = {next(iter(s)) for s in said_by if len(s) == 1}
        if len(husbands) != 1 or any(len(s) != 1 for s in said_by):
            continue
        husband = next(iter(husbands))
        if husband not in pairs:
            continue
        wife = pairs[husband][1]
        if (
            wife != w
            and any(_calls(text, c) for c in cands)
            and any(
                wife in named.get(q, set()) for p in paras for q in range(p - _NEAR, p + _NEAR + 1)
            )
        ):
            links[w] = wife
    return links


# A name opening a sentence inside a quote, then a comma: "Always was. Sophia, mind the rut."
_SENTENCE_BEFORE = re.compile(r"[.!?…][ \t]+\Z")
_COMMA_AFTER = re.compile(r"[ \t]*,")


def _calls(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` calls its bearer: a vocative, or a name that opens a sentence
    inside a quote with a comma after it."""
    return cand.vocative or (
        _SENTENCE_BEFORE.search(text, max(0, cand.start - 4), cand.start) is not None
        and _COMMA_AFTER.match(text, cand.end) is not None
    )


def _man(w: int, cand: Candidate, genders: dict[int, str]) -> bool:
    """Whether character ``w``, named ``cand``, can be a husband: a man by title, pronouns
    or census name, or one with a title of either sex ("Admiral Croft") and nothing that
    says a woman."""
    gender = genders.get(w, "")
    return gender == "m" or (not gender and bool(cand.title))


def _bare_woman(cand: Candidate) -> bool:
    """Whether ``cand`` is a census woman's given name alone, inside a quote."""
    return (
        cand.in_quote
        and not cand.title
        and len(cand.parts) == 1
        and " " not in cand.key
        and tables.GIVEN_NAMES.get(cand.key.lower(), "") == "f"
    )
