"""The "fandom" stage.

Layers:

* ``fandoms`` — evidence spans for each fandom the story belongs to (a byline or note
  naming it, or the mentions of characters that identify it), label = the canonical fandom
  name, score = confidence (the same on every span of one fandom). Fandoms come in order of
  confidence, the spans of one fandom in text order (at most ``MAX_EVIDENCE``).

Two sources, both read against the table in ``fandom_names``:

* Stated: each ``fandom_mentions`` span ("A Peter Pan fic by …", "first time writing for
  Little Women") and each distinctive alias of a known fandom written in a byline, author's
  note, disclaimer or summary ("Disclaimer: Sherlock Holmes belongs to …"), canonicalised
  to the table's name; confidence ``STATED``. An alias that is one given name or English
  word ("Heidi", "Kidnapped") counts only where a note pattern marks it as a fandom ("a
  Heidi fic"), not in passing.
  A stated fandom the table does not know keeps the name as written, with confidence
  ``STATED_UNKNOWN``. A work a note credits with its author ("Harrowgate Hall (Quentin
  Marsh)", "Harrowgate Hall by Quentin Marsh", "Quentin Marsh's Harrowgate Hall") is
  stated as "Title - Author", and a work named in passing as the story's ground
  ("spoilers for X") counts where nothing else is stated and the notes credit an author,
  and a work the writer read ("I finished X for my book club") where nothing else is
  stated (``fandom_works``). A fandom the file's own tags give (an AO3 download's, an EPUB's
  subjects) is reported in their spelling ("Othello - William Shakespeare" for the
  table's "Othello - Shakespeare": ``find_fandom`` reads "Title - Author" as the known
  title when the surnames agree), so one fandom is never listed twice.
* Inferred from the characters: every name a character goes by (its canonical name and the
  surface forms of its mentions) is looked up among the known fandoms' characters. A match
  weighs ``1 / (fandoms the name could belong to)``, halved when the name is only a word of
  a listed full name, cut to ``COMMON_NAME_WEIGHT`` for everyday first names ("John",
  "Jane", "Prince John") and to ``PLAIN_NAME_WEIGHT`` for other weak names (``weak_name``:
  once titles, kin titles and epithets are set aside, one word that is a given name or an
  English word: "Rachel", "Pip", "Aunt Polly", "Old Tom"; many stories have one; or one
  word the casts of two known canons or more share: "Mr. Godfrey", "Miss Bates"), times
  ``0.5 + 0.5 × salience``; each known character counts once, with its best match. A
  character whose own name is a full name votes for no known character one of whose
  words none of that one's names has ("Godfrey Cass" is not Godfrey Ablewhite, "Amelia
  Sedley" not Miss Amelia). Confidence = ``min(0.95, 1 - exp(-total / 1.5))``; a fandom is
  given from ``MIN_CONFIDENCE`` when at least one matched name is distinctive (not weak:
  "Rachel", "Leah" and "Isaac" together are a family, not Genesis) and the evidence is
  several of its characters, or one by a full name ("John Durbeyfield"): an Aunt Polly
  and an Old Tom are no Tom Sawyer story. One character alone weighs at most 1 (0.487,
  below ``MIN_CONFIDENCE``), so the full name of one of the story's main people (salience from
  ``SALIENT``) that a single canon lists ("Gabriel Oak") lifts its fandom to
  ``MIN_CONFIDENCE``: a novel's opening chapter often names one such person only.
  Beside a better one a fandom is given only when
  its total reaches ``CROSSOVER`` of the best (crossovers); beside the file's own fandom
  tags, only when a tag gives it (``story_fandoms.fandoms_of``).
  Evidence = the mentions of the matched characters.

A fandom both stated and inferred gets the higher confidence and both kinds of evidence.
"""

from __future__ import annotations

from collections.abc import Mapping

from ficshelf.model import Analysis, Span
from ficshelf.understand.fandom_finding import (
    COMMON_FIRST_NAMES,
    COMMON_NAME_WEIGHT,
    CROSSOVER,
    MAX_EVIDENCE,
    MIN_CONFIDENCE,
    PLAIN_NAME_WEIGHT,
    STATED,
    STATED_UNKNOWN,
    FandomFinding,
    fandom_spans,
    inferred_fandoms,
    plain_name,
)
from ficshelf.understand.fandom_stated import stated_fandoms
from ficshelf.understand.pipeline import stage
from ficshelf.understand.story_fandoms import fandoms_of, known_characters

__all__ = [
    "COMMON_FIRST_NAMES",
    "COMMON_NAME_WEIGHT",
    "CROSSOVER",
    "MAX_EVIDENCE",
    "MIN_CONFIDENCE",
    "PLAIN_NAME_WEIGHT",
    "STATED",
    "STATED_UNKNOWN",
    "FandomFinding",
    "fandom_spans",
    "fandoms_of",
    "find_fandoms",
    "inferred_fandoms",
    "known_characters",
    "plain_name",
    "stated_fandoms",
]


@stage(
    "fandom", requires=("fandom_mentions", "notes", "characters", "mentions"), assigns=("fandoms",)
)
def find_fandoms(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the fandoms layer (see the module docstring)."""
    return {"fandoms": fandom_spans(fandoms_of(analysis))}
