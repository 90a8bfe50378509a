"""Small texts written for the dialogue and speakers tests, a helper that analyses one
with hand-made character layers (so the speakers stage is tested on its own) and one that
reads a text's characters and speakers off the whole pipeline."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand import analyze
from ficshelf.understand.pipeline import run
from ficshelf.understand.report import analysis_to_dict
from ficshelf.understand.speaker_cues import build_cast
from ficshelf.understand.speakers import speaker_candidates, speaker_spans
from ficshelf.understand.speech_tags import tag_after, tag_before


def quotes_of(text: str) -> list[str]:
    """Return the text of every quote the pipeline finds in ``text`` (story and notes)."""
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    return [q.text_of(text) for q in analysis.layer("quotes")]


def with_cast(
    text: str,
    names: Mapping[str, str],
    *,
    pov: str = "third",
    narrator: str = "",
    extra: tuple[str, ...] = (),
) -> Analysis:
    """Return an analysis of ``text`` through the real stages up to "dialogue", plus
    mentions of the surface forms in ``names`` (surface -> canonical name, matched as whole
    words), one character per canonical name (and per name in ``extra``), the narrator and
    the point of view."""
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    forms = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    mentions = tuple(Span(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text))
    canonical = list(dict.fromkeys([*names.values(), *extra, *([narrator] if narrator else [])]))
    characters = tuple(Span(0, 0, name, 1.0) for name in canonical)
    return analysis.with_layers(
        {
            "mentions": mentions,
            "characters": characters,
            "narrator": (Span(0, 0, narrator),) if narrator else (),
            "pov": (Span(0, len(text), pov),),
        }
    )


def speaker_genders(text: str, names: Mapping[str, str]) -> dict[str, str]:
    """The gender per character the speakers stage reads (``Cast.gender``) in ``text`` with
    the cast ``names`` (``with_cast``)."""
    analysis = with_cast(text, names)
    layers = ("mentions", "characters", "quotes", "sentences")
    return build_cast(text, *(analysis.layer(layer) for layer in layers), "").gender


def tag_after_name(narration: str, names: Mapping[str, str]) -> str | None:
    """The name (or pronoun) of the speech tag ``tag_after`` reads at the start of
    ``narration`` (the text after a quote), or ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_after(cast, narration, 0, len(narration), ends_sentence=True)
    return None if tag is None else tag.name or tag.pronoun


def tag_before_name(narration: str, names: Mapping[str, str]) -> str | None:
    """The name (or pronoun) of the speech tag ``tag_before`` reads at the end of
    ``narration`` (the text before a quote), or ``None`` when it reads none."""
    analysis = with_cast(narration + "\n", names)
    cast = build_cast(
        narration, analysis.layer("mentions"), analysis.layer("characters"), (), (), ""
    )
    tag = tag_before(cast, narration, 0, len(narration))
    return None if tag is None else tag.name or tag.pronoun


def sieve_choices(text: str, names: Mapping[str, str]) -> list[tuple[str, str]]:
    """The sieve's (speaker, rule) per line of ``text`` with the cast ``names``
    (``with_cast``), before the ranker."""
    return [(s.label, s.rule) for s, _ in speaker_candidates(with_cast(text, names))]


def guessed_paragraphs(lines: Sequence[str], beat: str = "") -> str:
    """Return ``lines`` as paragraphs after a first paragraph long enough that printed prose
    would have paragraphs of narration alone: every later paragraph opens with a quotation
    mark, as where a reader guessed a paragraph at each line (LitBank's reader). ``beat``
    (a sentence) goes after the opening's first sentence, where Ann Gray and Ben Hale meet."""
    opening = (
        "The lamp had gone out in the hall, and Ann Gray felt her way to the kitchen, where "
        "Ben Hale sat at the table with the account book open before him."
        + beat
        + (
            " The wind worried at the shutters and the fire settled in the grate, and for a"
            " long while neither of them said anything more, each busy with the sums of the"
            " season and the price of seed."
        )
        * 24
    )
    return opening + "\n\n" + "\n\n".join(lines) + "\n"


def cast_and_lines(text: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Return the character names and (quote text, speaker) of ``text`` as the whole
    pipeline and ``analyze --json`` give them."""
    result = analysis_to_dict(analyze(RawDocument(text=text, source="t.txt", format="txt")))
    names = [c["name"] for c in result["characters"]]
    return names, [(q["text"], q["speaker"]) for q in result["quotes"]]


def speakers_by_line(text: str) -> tuple[dict[str, str | None], list[str]]:
    """Return each quote's text (its marks stripped) -> its speaker, as the whole pipeline
    and ``analyze --json`` give them, and the names of the characters the characters stage
    made (not the ``voices``, speakers no character is, which the report lists after them)."""
    analysis = analyze(RawDocument(text=text, source="t.txt", format="txt"))
    result = analysis_to_dict(analysis)
    said = {text[q["start"] : q["end"]].strip('"'): q["speaker"] for q in result["quotes"]}
    voices = {v.label for v in analysis.layer("voices")}
    return said, [c["name"] for c in result["characters"] if c["name"] not in voices]


def said(
    text: str, names: Mapping[str, str], *, pov: str = "third", narrator: str = ""
) -> list[tuple[str, str]]:
    """Return (quote text, speaker) for every quote of ``text`` (see ``with_cast``)."""
    analysis = with_cast(text, names, pov=pov, narrator=narrator)
    return [(s.text_of(text), s.label) for s in speaker_spans(analysis)]


# A third-person exchange between two characters: tags, a split line, a beat, turn-taking.
ORCHARD = """\
Mara found him in the orchard, sitting on the wall with a basket of windfalls.

"You missed supper," she said.

"I wasn't hungry." Tobias turned an apple over in his hands. "Is Father still angry?"

"Angry is not the word," said Mara, "though it will do until a better one comes along."

"Then I'll stay out here."

"All night?"

"If I have to."

Mara sighed and climbed up beside him.
"""

# A first-person story whose narrator is named by another character, with a vocative.
PORCH = """\
I was shelling peas on the porch when Aunt Lise came up the path.

"Nell," she called. "Have you seen the post?"

"It's on the table," I said.

"Thank you, Nell. You are a treasure."

"I know."
"""

# A speech over two paragraphs: the first is left open, the second reopens.
SPEECH = """\
Captain Ord stood at the rail and raised his voice over the wind.

"We sail at dawn. Every man who wants to go home richer than he came will be at his post.

"Every man who does not can stay on the quay and explain to his wife why."

Nobody laughed.
"""

# A line, a long run of narration and a second line of the same voice in one paragraph,
# then the other voice's reply (the paragraph is one turn for the reply's turn-taking).
GATE = (
    "Corin met Ada at the gate.\n\n"
    '"Come and see," Corin said, and by the time the gate had swung shut behind them '
    "and the geese had finished complaining about it and the long wet grass had soaked "
    "both of them to the knee, the orchard wall was in sight, grey and leaning and "
    'older than anyone could say. "It has been standing there since before the '
    'village."\n\n'
    '"It looks it."\n'
)
GATE_CAST = {"Corin": "Corin Ashe", "Ada": "Ada Finch"}
