"""The works a story's notes name together with their author, the way fan writers credit
the canon they write in: what gives a story in a canon the fandom table has not met its
fandom in AO3's "Title - Author" form (``fandom_stated.stated_fandoms``).

In a byline, an author's note, a disclaimer or a summary (the story's own writer, the
``authors`` layer, is never the work's author):

* a work and its author written together (``credited_works``): "Title (Author)", "Title -
  Author" (a dash with a space on each side), "Title by Author", "Title is by Author" and
  "Author's Title" ("I reread Harrowgate Hall by Quentin Marsh", "Disclaimer: Harrowgate
  Hall is by Quentin Marsh"). The author is one the fandom table knows (in full, or by a
  surname only one of its authors has) or a full name of two to four capitalised words whose
  first word is a given name or an initial ("Quentin Marsh", "R. D. Blackmore"), no character
  of the story or of the table (``fandom_authors.credited_author``); the title is a run of
  capitalised words (small words such as "of", "the", "and" between them), with the words
  that lead a sentence rather than a title set aside ("I", "My", "Rereading"). A title, a
  song, a poem or a picture the note credits ("Title from Harrowgate Hall by Quentin Marsh",
  "cover art by …", "inspired by …") names no canon: a sentence with such a word before the
  work is skipped, and so is a "title" that is a chapter, a book or an act of the work.
* a work named in passing as the story's ground (``works_in_passing``): "obsessed with X",
  "spoilers for X", "the last chapter of X", "the events of X", "my first X story". Notes
  name works they do not write in, so such a title is the story's canon only where no note
  states a fandom otherwise and the notes credit an author (``fandom_authors.stated_author``:
  "spoilers for Harrowgate Hall … with apologies to Quentin Marsh" is a Harrowgate Hall
  story).
* a work the writer read, reread or finished, its title right after the verb ("I finished
  X for my book club", "I reread X for a seminar"; the title ends before "for"): the
  story's canon where nothing else is stated, with no author needed (round fandom41: it
  named the right work on four tuning stories and no wrong one); never the story's people,
  a possessive ("I reread Mara's letters") or a run the verb does not open ("I read No
  Name").
* also credited: "Title belongs to Author" ("Title and everyone in it belong to Author",
  "Title and all its characters are the property of Author"; but "Name and everyone
  else belong to Author" names one of the people, and so states no
  fandom: ``named_among_others``), "Title is Author's" (not "… Author's favourite"),
  "Author's novel *Title*", and a "Title - Author" or "Title by Author" line standing alone
  at the top of the story, which the notes stage took for its first paragraph
  (``front_line_work``); also named in passing: "chapter 12 of X", "Act III of X", and a
  title set off in italics or quotation marks ("*X*", "_X_", "“X”": a whole run of
  capitalised words, never the story's own title or its people).
* a stated list of the story's people ("Mara, Jory and the attic belong to …") is no work
  (``names_story_people``), unless its first item is one of the people by a full name with
  no honorific: a work named after its hero ("Mara Quill, Jory and the attic all belong to
  Quentin Marsh" credits "Mara Quill"); and a stated name before its cue starts after a
  sentence's end inside it (``stated_name_start``).
* a name the table does not know written as initials ("WD fic") is no fandom
  (``fandom_stated``): a fan's short form of a title says only that the notes name a work.

Each is returned with its span and the work's name as written (without edge punctuation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficshelf.model import Analysis
from ficshelf.understand.fandom_authors import (
    AUTHOR_NAME,
    credited_author,
    stated_author,
    story_name_words,
)
from ficshelf.understand.fandom_names import character_index, find_fandom, name_key
from ficshelf.understand.name_tables import TITLES
from ficshelf.understand.note_patterns import CAPITALISED_RUN

_SCANNED_NOTES = frozenset({"byline", "authors_note", "disclaimer", "summary"})
MAX_NOTE = 4000  # characters of a note read for works (a note is a few lines)
_EDGE = " .,!?;:\"'“”‘’*_~()[]"

# One item of a list of people in a disclaimer: a few words, no sentence's end but an
# honorific's period ("Dr. Fell", "the Quill family").
_LIST_WORD = r"(?:[^\s,.!?;:]+|(?:Dr|Mr|Mrs|Ms|St)\.)"
_LIST_ITEM = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,3}}"
_CREDITED = re.compile(
    rf"(?<![\w'’/])(?P<title>{CAPITALISED_RUN})(?:[*_]{{1,2}}|[”\"])?(?:"
    rf"\s*\(\s*(?:by\s+)?(?P<paren>{AUTHOR_NAME})\s*\)"  # "Title (Author)"
    rf"|\s+[-–—]\s+(?:by\s+)?(?P<dashed>{AUTHOR_NAME})(?=\s*(?:[.,;:!?)]|$))"  # "Title - Author"
    rf"|,?\s+(?:(?:is|was)\s+(?:written\s+)?)?by\s+(?P<by>{AUTHOR_NAME})"  # "Title by Author"
    # "Title belongs to Author", "Title and everyone in it belong to Author"
    # ("Title and all its characters are the property of Author")
    rf"|\s+(?:and\s+(?:all|every\w*)\b[^.!?\n]{{0,30}}?\s+)?(?:(?:belongs?|belonged|belonging)"
    rf"\s+to|(?:is|are)\s+(?:the\s+)?property\s+of)\s+(?P<belongs>{AUTHOR_NAME})"
    # "Hero Name, Other and Another (all) belong to Author": a list led by the work's hero
    rf"|,\s+{_LIST_ITEM}(?:,\s+{_LIST_ITEM}){{0,3}},?\s+and\s+{_LIST_ITEM}(?:\s+all)?\s+"
    rf"(?:belong\s+to|are\s+(?:the\s+)?property\s+of|are\s+owned\s+by)\s+(?P<listed>{AUTHOR_NAME})"
    # "Title is Author's" (not "Title is Author's favourite")
    rf"|\s+(?:is|are|was)\s+(?P<is_owned>{AUTHOR_NAME})['’]s\b(?![ \t]+[a-z])"
    rf")"
    # "Author's Title", "Author's novel *Title*"
    rf"|(?P<owner>{AUTHOR_NAME})['’]s\s+(?:(?:novel|book|play|novella|story|tale)\s+)?"
    rf"(?:[*_]{{1,2}}|[“\"])?(?P<owned>{CAPITALISED_RUN})",
    re.MULTILINE,
)
# A work named in passing: the title after a word that says the writer read or knows it.
_PASSING = re.compile(
    r"(?i:\b(?:obsessed\s+with|spoilers?\s+for"
    r"|(?:last|final|first)\s+(?:chapter|page|line)s?\s+of|the\s+(?:events|end)\s+of"
    # "set during chapter 12 of X", "Act III of X", "book two of X"
    r"|(?:chapter|act|book|part|volume|canto|scene)\s+(?:\d{1,3}|[ivxlc]{1,6}|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of)"
    r"\s+)(?P<title>" + CAPITALISED_RUN + ")"
)
# A work the writer read, reread or finished, named right after the verb: "I finished
# Harrowgate Hall for my book club", "I reread Harrowgate Hall for a seminar".
_READ = re.compile(
    r"(?i:\b(?:re-?read(?:s|ing)?|read(?:s|ing)?|finish(?:ed|ing)))\s+(?P<title>"
    + CAPITALISED_RUN
    + ")"
)
_PURPOSE = re.compile(r"\s+for\s")  # why the writer read it, after the title
_POSSESSIVE = re.compile(r"['’]s$")


def _read_whole(text: str, run_start: int, span: tuple[int, int]) -> bool:
    """Whether the title ``span`` a reading verb reads is the whole run after the verb
    (starting at ``run_start``; "I read No Name" leaves "Name") and no possessive ("I
    reread Mara's letters")."""
    return span[0] == run_start and _POSSESSIVE.search(text, *span) is None


# A work's title set off as titles are written: in italics (asterisks or underscores) or
# in quotation marks: "*Harrowgate Hall*", "_Harrowgate Hall_", "“Harrowgate Hall”".
_MARKED = re.compile(
    r"(?<![\w*])\*{1,2}(?P<star>[A-Z][^*\n]{0,80}?)\*{1,2}(?![\w*])"
    r"|(?<![\w_])_{1,2}(?P<under>[A-Z][^_\n]{0,80}?)_{1,2}(?![\w_])"
    r"|[“\"](?P<quoted>[A-Z][^“”\"\n]{0,80}?)[”\"]"
)
_RUN = re.compile(CAPITALISED_RUN)
# A work named as the kind of the story: "my first Harrowgate Hall story".
_KIND_OF_STORY = re.compile(
    r"(?i:\b(?:an?|my|this|first)\s+)(?P<title>" + CAPITALISED_RUN + r")"
    r"\s+(?i:stor(?:y|ies)|tales?|pieces?|pastiches?)\b"
)
# Words before a work in the same sentence that say it is credited for something else than
# the canon: a title, a song, a poem, a picture, an inspiration.
_OTHER_CREDIT = re.compile(
    r"(?i:\b(?:titles?|song|songs|lyrics?|poem|poems|poetry|quote[sd]?|epigraph|inspired"
    r"|inspiration|listening|playlist|art|artwork|cover|banner|moodboard|illustrat\w*|beta\w*"
    r"|translat\w*|podfic|edited|prompt\w*|gift\w*|requested|cf|see|like|unlike|style)\b)"
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# Leading words of a capitalised run that open a sentence rather than a title.
_LEADING = frozenset(
    """i my this these another so and but also all hey hi hello oh ok okay yes no well
    disclaimer note notes summary warning warnings thanks thank rereading reading reread
    read finished finishing loved love obviously honestly anyway just written posted story
    fic words art fandom fandoms canon source based on for after before set from spoilers
    spoiler everything everyone everybody it its they them he she we you that those""".split()
)
# A "title" that is a part of a work: "spoilers for Book Eight", "Chapter 3 by …".
_PART_WORDS = frozenset(
    "chapter chapters book books part parts volume volumes act acts scene scenes canto "
    "season episode series vol ch".split()
)


# A sentence's end inside a capitalised run, and the abbreviations a title's period ends
# instead ("Dr. Jekyll", "Mr. Hyde", "St. Ronan's", an initial).
_RUN_SENTENCE_END = re.compile(r"(?<=\S)([.!?])\s+")
_ABBREVIATION = re.compile(r"(?<![\w'’])(?:[A-Z]|Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr|Messrs)$")


def sentence_start(text: str, start: int, end: int) -> int:
    """Return where the last sentence in ``text[start:end]`` (a capitalised run) starts:
    ``start`` unless a sentence ends inside it ("… Harrowgate Hall. Everything"); the
    period of an abbreviation ("Dr. Fell", an initial) ends none."""
    for stop in _RUN_SENTENCE_END.finditer(text, start, end):
        if stop.group(1) != "." or not _ABBREVIATION.search(text, start, stop.start(1)):
            start = stop.end()
    return start


def _first_sentence_end(text: str, start: int, end: int) -> int:
    """Return where the first sentence in ``text[start:end]`` ends (``end`` when none
    does): a title named in passing runs no further ("of Harrowgate Hall. Everything")."""
    for stop in _RUN_SENTENCE_END.finditer(text, start, end):
        if stop.group(1) != "." or not _ABBREVIATION.search(text, start, stop.start(1)):
            return stop.start(1)
    return end


def _title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the title in ``text[start:end]`` (a capitalised run): leading
    sentence words dropped, edge punctuation stripped; ``None`` when nothing is left or
    it is a part of a work."""
    start = sentence_start(text, start, end)  # "Happy birthday, Anna Lee! Chapter One by …"
    words = list(re.finditer(r"\S+", text[start:end]))
    i = 0
    while i < len(words) and words[i].group().casefold().strip(_EDGE) in _LEADING:
        i += 1
    if i == len(words):
        return None
    a, b = start + words[i].start(), end
    while b > a and text[b - 1] in _EDGE:
        b -= 1
    first = text[a:b].split(maxsplit=1)[0].strip(_EDGE)
    if b <= a or first.casefold() in _PART_WORDS or not text[a].isupper():
        return None
    if _OTHER_CREDIT.fullmatch(first):
        return None  # "Inspired by …", "Cover art by …"
    return a, b


# A fan work's kind after a credited work: "a Harrowgate Hall (Quentin Marsh) fic", where
# the article is the fic's, not the title's.
_FAN_WORK_AFTER = re.compile(
    r"\s+(?i:fan\s?-?fic\w*|fics?|one-?shots?|drabbles?|ficlets?|stor(?:y|ies)|AUs?)\b"
)
_ARTICLE = re.compile(r"(?:An?|an?)\s+(?=\S)")


def _without_article(text: str, start: int, end: int) -> tuple[int, int]:
    """Return the span ``text[start:end]`` without a leading "A" or "An"."""
    article = _ARTICLE.match(text, start, end)
    return (article.end(), end) if article else (start, end)


def _credited_elsewhere(text: str, note_start: int, at: int) -> bool:
    """Whether the sentence before ``at`` credits the work for something else than the
    canon ("Title from …", "cover art by …", "inspired by …")."""
    ends = list(_SENTENCE_END.finditer(text, note_start, at))
    since = ends[-1].end() if ends else note_start
    return _OTHER_CREDIT.search(text, since, at) is not None


def _notes(analysis: Analysis) -> Iterator[tuple[int, int]]:
    for note in analysis.layers.get("notes", ()):
        if note.label in _SCANNED_NOTES:
            yield note.start, min(note.end, note.start + MAX_NOTE)


def credited_works(analysis: Analysis) -> list[tuple[int, int, str]]:
    """Return each work the notes name with its author (module docstring): its span and
    its name in AO3's form, "Title - Author", the author as the fandom table writes a known
    one. Never raises."""
    text = analysis.text
    writers = [(s.start, s.end) for s in analysis.layers.get("authors", ())]
    story_words: frozenset[str] | None = None
    found: list[tuple[int, int, str]] = []
    for start, end in _notes(analysis):
        for m in _CREDITED.finditer(text, start, end):
            group = next(
                g
                for g in ("paren", "dashed", "by", "belongs", "listed", "is_owned", "owner")
                if m.group(g)
            )
            title_group = "owned" if group == "owner" else "title"
            a_start, a_end = m.span(group)
            if any(a_start < w_end and w_start < a_end for w_start, w_end in writers):
                continue  # "A Harrowgate Hall fic by Quentin Marsh": the story's writer
            span = _title(text, *m.span(title_group))
            if span is not None and _FAN_WORK_AFTER.match(text, m.end()):
                span = _without_article(text, *span)  # "A Harrowgate Hall (Quentin Marsh) fic"
            if span is None or _credited_elsewhere(text, start, m.start()):
                continue
            if group == "belongs" and named_among_others(text, m.end("title")):
                continue  # "Mara and everyone else belong to …": one of the people
            if story_words is None:
                story_words = story_name_words(analysis)
            if group == "listed" and not _hero_named_in_full(text[span[0] : span[1]], story_words):
                continue  # "Mara, Jory and the attic belong to …": the story's people
            author = credited_author(m.group(group), story_words)
            if author is not None and not _people(text[span[0] : span[1]]):
                title = text[span[0] : span[1]]
                found.append((min(span[0], a_start), max(span[1], a_end), f"{title} - {author}"))
    header = front_line_work(analysis)
    if header is not None:
        found.append(header)
    return found


def _hero_named_in_full(title: str, story_words: frozenset[str]) -> bool:
    """Whether ``title``, leading a list of people a disclaimer credits to an author, is a
    work named after its hero: one of the story's people by a full name with no honorific
    ("Mara Quill, Jory and the attic belong to …"; not "Mara, …" or "Dr. Quill, …")."""
    return len(title.split()) >= 2 and _story_people(title, story_words) and not _people(title)


def _story_people(title: str, story_words: frozenset[str]) -> bool:
    """Whether every word of ``title`` is a word of the story's characters' names."""
    words = name_key(title).split()
    return bool(words) and all(word in story_words for word in words)


# A line that is only a work and its author: "Harrowgate Hall - Quentin Marsh",
# "*Harrowgate Hall* by Quentin Marsh".
_WORK_LINE = re.compile(
    rf"[\s*_~]*(?P<title>{CAPITALISED_RUN})[\s*_~]*(?:[-–—]|by)\s+(?P<author>{AUTHOR_NAME})"
    r"[\s*_~.]*"
)
MAX_WORK_LINE = 100  # characters of a line that is a work and its author


def front_line_work(analysis: Analysis) -> tuple[int, int, str] | None:
    """Return the work a line standing alone at the top of the story names with its
    author, when the notes stage took that line for the story's first paragraph (a
    "Title - Author" header under the title and byline): its span and "Title - Author".
    The author is credited as in a note (``credited_author``), never the story's writer,
    and the title is not the story's own. ``None`` for anything else. Never raises."""
    body = analysis.layers.get("body", ())
    if not body:
        return None
    text = analysis.text
    first = body[0]
    line = text[first.start : first.end]
    if len(line) > MAX_WORK_LINE or "\n" in line.strip():
        return None
    m = _WORK_LINE.fullmatch(text, first.start, first.end)
    if m is None:
        return None
    writers = {text[s.start : s.end].strip() for s in analysis.layers.get("authors", ())}
    own_titles = {
        name_key(text[n.start : n.end])
        for n in analysis.layers.get("notes", ())
        if n.label == "title"
    }
    span = _title(text, *m.span("title"))
    if span is None or m.group("author").strip() in writers:
        return None
    title = text[span[0] : span[1]]
    if name_key(title) in own_titles or _people(title):
        return None
    author = credited_author(m.group("author"), story_name_words(analysis))
    if author is None:
        return None
    return span[0], m.end("author"), f"{title} - {author}"


def _people(title: str) -> bool:
    """Whether a "title" names people rather than a work: a character the table knows
    ("Austen's Elizabeth Bennet") or a name led by a title ("Austen's Mr. Darcy")."""
    key = name_key(title)
    listed = any(entry.listed for entry in character_index().get(key, ()))
    return listed or key.split(maxsplit=1)[0] in TITLES


def _marked_titles(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield, for each title set off in italics or quotation marks in ``text[start:end]``
    that is a run of capitalised words as a whole ("*Harrowgate Hall*", not a quoted line
    "“Stay,” she said"), the match of that run (its group "title")."""
    for m in _MARKED.finditer(text, start, end):
        group = m.lastgroup or ""
        run = _RUN.fullmatch(text, *m.span(group))
        if run is not None:
            yield _TITLED.match(text, run.start(), run.end()) or run


_TITLED = re.compile(rf"(?P<title>{CAPITALISED_RUN})")


def works_in_passing(analysis: Analysis) -> list[tuple[int, int, str]]:
    """Return each work the notes name in passing as the story's ground ("spoilers for
    X", "my first X story") when the notes credit an author, or as a work the writer read
    ("I finished X for my book club", with or without an author), and the table does not
    know the title (a known one is read as an alias): its span and its title as written
    (module docstring). The caller asks only where nothing else is stated. Never raises."""
    text = analysis.text
    found: list[tuple[int, int, str]] = []
    credits_author = stated_author(analysis) is not None
    own_titles = {
        name_key(text[n.start : n.end])
        for n in analysis.layers.get("notes", ())
        if n.label == "title"
    }
    story_words: frozenset[str] | None = None
    for start, end in _notes(analysis):
        cued: tuple[re.Match[str], ...] = ()
        marked: tuple[re.Match[str], ...] = ()
        if credits_author:
            cued = (
                *_PASSING.finditer(text, start, end),
                *_KIND_OF_STORY.finditer(text, start, end),
            )
            marked = tuple(_marked_titles(text, start, end))
        read = tuple(_READ.finditer(text, start, end))
        for m in (*cued, *marked, *read):
            a, b = m.span("title")
            b = _first_sentence_end(text, a, b)
            if m in read:
                purpose = _PURPOSE.search(text, a, b)  # "Harrowgate Hall for a seminar"
                b = purpose.start() if purpose else b
            span = _title(text, a, b)
            if m in read and span is not None and not _read_whole(text, a, span):
                continue  # "I read No Name", "I reread Mara's letters": no title the verb reads
            if span is None or _credited_elsewhere(text, start, m.start()):
                continue
            title = text[span[0] : span[1]]
            if name_key(title) in own_titles:
                continue  # the story's own title
            if m in marked or m in read:
                if story_words is None:
                    story_words = story_name_words(analysis)
                if _story_people(title, story_words):
                    continue  # a name set off for emphasis ("I love *Mara*"), not a work
            if find_fandom(title) is None and not _people(title):
                found.append((span[0], span[1], title))
    return found


# A stated name followed by its cue ("X fic", "X belongs to"): the name is the sentence
# the cue ends, not a sentence before it.
_CUE_AFTER = re.compile(
    r",?[ \t]+(?:and\s|belong|(?:is|are)\s+owned|(?:is|are)\s+the\s+property|fan\s?-?fic"
    r"|fics?\b"
    r"|one-?shot|drabble|ficlet|fandom|AUs?\b|crossover)"
)


def stated_name_start(text: str, start: int, end: int) -> int:
    """Return where a name the notes state (``text[start:end]``, a ``fandom_mentions``
    span) starts: past a sentence's end inside it when its cue follows it ("… chapter 12
    of Harrowgate Hall. Everything belongs to": "Everything"), else ``start``."""
    return sentence_start(text, start, end) if _CUE_AFTER.match(text, end) else start


_LIST_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b|/)\s*")
# "… and everyone else (here)", "… and all the others": the name before it is one of them.
_AMONG_OTHERS = re.compile(
    r",?\s+and\s+(?:all|every\w*)\b[^.!?\n]{0,20}?\b(?:else|others?|rest)\b", re.IGNORECASE
)


def named_among_others(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by "and everyone else", "and all the
    others" or the like: a disclaimer's person ("Mara and everyone else here belong to …"),
    not a work named after its hero."""
    return _AMONG_OTHERS.match(text, end) is not None


_JOINING = frozenset("and the of a an".split())
_LIST_BEFORE = re.compile(r",\s*$")  # "Mara, Jory belong to": Jory is a list's last item


def names_story_people(analysis: Analysis, name: str, start: int) -> bool:
    """Whether a stated name (standing at ``start``) is a list of the story's people: every
    word of it a word of the story's characters' names (``story_name_words``) or a joining
    word ("Mara, Jory and the attic belong to …", where the notes pattern kept only the
    list's last item "Jory"). A single name may be a work named after its hero ("Silas
    Marner belongs to …")."""
    listed = _LIST_BEFORE.search(analysis.text, max(0, start - 2), start) is not None
    if not listed and len([p for p in _LIST_SEPARATOR.split(name) if p.strip()]) < 2:
        return False
    words = [w for w in name_key(name).split() if w not in _JOINING]
    return bool(words) and set(words) <= story_name_words(analysis)
