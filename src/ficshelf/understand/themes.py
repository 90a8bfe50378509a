"""The "themes" stage.

Layers:

* ``warnings`` — evidence spans (sentences) per warning or theme of the vocabulary
  (``vocabulary.WARNINGS``), label = the tag, score = confidence of the tag (the same on every
  span of one tag).
* ``rating`` — one span over the body, label = "General" | "Teen" | "Mature" | "Explicit",
  score = confidence.
* ``stated_warnings`` (statements, ``model.Statement``: no span of the text) — each warning
  the file's own metadata states (``given_warnings``), label = the tag, source = where it is
  stated ("tag: Grief/Mourning", "summary: …"), score 1.

How a tag is found (cue lexicons in ``theme_lexicon``, written from the vocabulary's
definitions: the acts and their aftermath in every inflection, "bled out", "stopped
breathing", "the blade went in", "took to her bed"; in ``theme_told``, how fiction tells
them without naming them: euphemisms, aftermath and period diction, "passed in the spring",
"started cutting again", "in his cups", "put a period to his existence"; in
``theme_implied``, what a reader infers from how a scene is told: "aqua vitae", "God rest
him", "grated on the bone", "walked into the river", "swore fluently", a scan and a course of
treatment; the context rules as data in ``theme_context``; compiled into one prefilter by
``theme_matcher``): every cue in
the story body is weighed in its sentence (``theme_cue_tally``). Some cues are ambiguous
alone and count only in a
paragraph that names their setting (``theme_conditional.ANCHORED``: a bruise or a blow is domestic
violence beside a husband, wife or partner, child abuse beside a parent or a child); some
carry their own denial ("couldn't get out of bed", ``theme_conditional.DENYING``) and are read from
where it starts. A cue does not count when it is negated ("she wasn't dead":
a negation within three words before it in the same clause, so "No, he was drunk" is not
negated, and never one that denies a stop: "couldn't stop drinking", "nothing but blood") or
part of a figurative use ("dying to see", "killer heels", "drunk with joy", "I could kill
for a coffee"); a negation reaches further through "any" or "ever" ("never once seen any
evidence of opium"). A role noun that names who tends the sick ("the doctor", "a nurse":
``theme_context.ROLE_NOUNS``) counts at most twice in a story and never capitalised inside a
sentence ("the Nurse", "Doctor Lanyon": a name or a title). Inside dialogue a cue weighs
three quarters — a death told in a line is less sure than a death narrated — except
profanity, which is at home there (and a few words,
``theme_context.SPOKEN_ONLY``, count only there: "bloody" swears in a character's mouth
and is literal in the narration, "a bloody handkerchief"); after a modal or "if"
("I'll kill you", "if he was drunk", "she might be ill") it weighs half again: threatened,
supposed or feared, not shown. A tag is kept when its summed weight reaches its threshold,
which grows with the square root of the story's length (a novel needs more than one mention
of wine to be about alcohol), and is twice as high when every cue is in dialogue (talked
about, never shown in the narration; one and a half times for an act, a death or a wound a
character reports); its confidence grows with how far it passes. A tag
that is an act (``SCENE_TAGS``: a death, a wound) with one sentence of narration carrying
weight ``SCENE`` (a strong act, or several cues at once; not told in the pluperfect: "had
stopped breathing" is backstory) needs only ``SCENE_SHARE`` of its threshold to be kept.
Evidence: the sentences of its strongest cues (``MAX_EVIDENCE``), in text order.

A story that fights (the inner theme of violence past its threshold) and draws blood on the
page (one sentence of the narration carries ``BLOOD_DRAWN`` of graphic violence: "blood coming
out of his nose" beside the blow, ``theme_fights``) is tagged graphic violence at its
threshold (round warn42).

A tag nothing else finds is found when two weak cues of different kinds agree in one scene
(``theme_agreeing``: a cough and a doctor, a brandy and how it burned, a death and someone
crying), with confidence ``AGREEING_CONFIDENCE`` and strength 1.

Exclamations of God's name (``theme_life_cues.OATHS``: "Good God", "my God") add to a
story's swearing and never make it alone: a profanity tally of oaths only is dropped.

More sources: an author's note that states warnings ("Warnings for gore and character
death", "Rated T for language and lager", "there is a lot of drinking") gives those tags
outright (evidence: the note); so do an AO3 file's own notes and summary, kept out of the
text, and its freeform tags that name a warning ("Grief/Mourning", "Mentions of Drug Use":
``given_warnings``; evidence: the tag's cue sentences, and the statement naming its source
in the ``stated_warnings`` layer; with no cue in the text the warning has only that
statement: the report lists it with provenance "author"); an author's note that denies a
warning ("No actual illnesses were harmed", ``theme_note_denials``) keeps the text's cues
from inferring it; and a named,
often-mentioned character who dies in the narration ("Lucan died", "the fever took
Marcus", "Mordred killed Arthur") gives "major character death" (``theme_deaths``, whose
docstring has the rules; it reads the ``mentions`` layer, and a name no mention holds —
a named freezer that "is dying" — is no character). The checks a cue is weighed with
(negation, modal, backstory, simile, figurative use, a drink's name) are in
``theme_evidence``; what the author states (``note_warnings``, ``given_warnings``,
``stated_rating``) is read by ``theme_stated``.

The rating follows AO3's scale (``RATING_SCALE``, the first rung whose rule the findings
meet): Explicit for the strongest sexual words with sexual content; Mature for gore or sexual
content well past its threshold (``MATURE_STRENGTH``), the strongest sexual words alone, a
suicide, self-harm or abuse at home (``MATURE_WARNINGS``) that an author's note warns of or
that the story dwells on (``MATURE_WARNING_STRENGTH``), or gore that comes with worse — with a
major character's death when the text shows the violence or a note warns of gore
(``Finding.shown``), with any death or with swearing when one sentence of the narration shows
the wound (``Finding.scene``); Teen for profanity, drugs, alcohol, mental illness, death,
suicide, self-harm, abuse, sexual content, or violence and menace short of gore (fights,
weapons, horror; inner themes that are never tags), and an affair the story dwells on
(``AFFAIR_STRENGTH``) or a note warns of; General otherwise (illness and pregnancy alone,
and an affair told once, stay General).

A rating an author's note states ("Rated M for the gore", "hence the M": ``stated_rating``)
is the rating, as an AO3 file's rating tag is.

Both layers are empty when the body is empty or not in English.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass

from ficshelf.model import Analysis, Span, Statement
from ficshelf.understand import theme_lexicon as lex
from ficshelf.understand.pipeline import stage
from ficshelf.understand.quoted import body_quotes
from ficshelf.understand.theme_agreeing import agreeing
from ficshelf.understand.theme_cue_tally import DIALOGUE_TAGS, joint_scan, tally_cues
from ficshelf.understand.theme_deaths import dying_paragraphs, major_deaths, pronoun_deaths
from ficshelf.understand.theme_evidence import Tally
from ficshelf.understand.theme_matcher import plainly_lowered
from ficshelf.understand.theme_note_denials import denied_warnings
from ficshelf.understand.theme_stated import (
    given_warnings,
    mentioned_warnings,
    note_warnings,
    stated_rating,
    warns_of_gore,
)
from ficshelf.vocabulary import WARNINGS

MAX_EVIDENCE = 5
# Words of story at which thresholds start to grow (with the square root of the length).
BASE_WORDS = 3000
# A tag whose cues are all in dialogue (talked about, never shown) needs this many times its
# threshold: the talk must keep coming back to it.
TALKED_ONLY = 2.0
# An act (``SCENE_TAGS``: a death, a wound, a suicide) reported in speech ("He hanged himself
# in the barn") is an event of the story told by a witness; it needs less repetition.
TALKED_ONLY_ACT = 1.5
NOTE_CONFIDENCE = 0.9
# A tag found only by two weak cues of different kinds agreeing in one scene (``theme_agreeing``).
AGREEING_CONFIDENCE = 0.6
# A sentence of narration carrying this much weight of a tag that is an act (a death, a
# wound) shows it (a strong act, or several cues at once): the tag then needs only
# SCENE_SHARE of its threshold. States a story is about (illness, drink, madness) still need
# their evidence to accumulate: "when the plague left them orphans" is no illness story.
SCENE = 1.0
SCENE_SHARE = 2 / 3
SCENE_TAGS = frozenset({"death/grief", "graphic violence", "suicide", "self-harm"})

# Summed cue weight a tag needs in a story of up to BASE_WORDS words.
THRESHOLDS: dict[str, float] = {
    "alcohol": 1.5,
    "drug use": 1.0,
    "domestic violence": 1.0,
    "child abuse": 1.0,
    "graphic violence": 2.0,
    "major character death": 1.0,
    "death/grief": 1.5,
    "illness": 1.5,
    "mental illness": 1.5,
    "self-harm": 1.0,
    "suicide": 1.0,
    "sexual content": 2.0,
    "infidelity": 1.0,
    "pregnancy": 1.5,
    "profanity": 1.2,
    lex.VIOLENCE: 3.0,
    lex.MENACE: 1.5,
    lex.EXPLICIT: 2.0,
}
# Warnings that alone leave a story General: an illness, an affair or a pregnancy can be
# told with nothing unsuitable in it (an affair dwelt on or warned of is Teen:
# ``AFFAIR_STRENGTH``).
GENERAL_WARNINGS = frozenset({"illness", "infidelity", "pregnancy"})
# Tags (or inner themes) that make a story at least Teen: every other warning, and violence
# and menace short of gore.
TEEN_TAGS = frozenset(WARNINGS) - GENERAL_WARNINGS | {lex.VIOLENCE, lex.MENACE}
# Warnings that alone make a story Mature: a suicide, self-harm and abuse at home are not for
# readers under seventeen however quietly they are told.
MATURE_WARNINGS = ("suicide", "self-harm", "domestic violence", "child abuse")
# How far past its threshold a warning of MATURE_WARNINGS the text shows must be for the
# story to dwell on it (an author's note warning of it is enough on its own).
MATURE_WARNING_STRENGTH = 1.5
# (round warn46) An affair the story dwells on (this far past its threshold, as a warning of
# MATURE_WARNINGS must be for Mature) or that an author's note warns of makes it Teen: the
# tuning gold rates every story of an affair Teen; one cue of it at its threshold does not.
AFFAIR_STRENGTH = 1.5
# Gore or sexual content this far past its threshold is Mature on its own.
MATURE_STRENGTH = 2.0
# (round warn42) A story that fights (the inner theme of violence past its threshold) and
# draws blood on the page (graphic violence's cues weigh this much in one sentence of the
# narration: a wound shown, "blood coming out of his nose") depicts violence: graphic violence.
BLOOD_DRAWN = 0.8


@dataclass(frozen=True, slots=True)
class Finding:
    """A tag found in a story: confidence, strength (score over threshold), evidence,
    whether the story's text shows it on its own (``shown``: its cues pass the threshold; a
    tag only an author's note warns of is not shown), and whether one sentence of the
    narration shows it happening (``scene``: a tally's ``scene`` of ``SCENE`` or more, not
    told in the pluperfect), whether an author's note warns of it (``noted``), and where
    the file's own metadata states it (``sources``: evidence with no span of the text), and
    whether the note states it only as mentioned (``mentioned``: "mentions of …, nothing on
    the page"), which does not rate the story Mature as a warning of the scene does."""

    tag: str
    confidence: float
    strength: float
    evidence: tuple[Span, ...]
    shown: bool = True
    scene: bool = False
    noted: bool = False
    sources: tuple[str, ...] = ()
    mentioned: bool = False


def threshold(tag: str, words: int) -> float:
    """Return the summed cue weight ``tag`` needs in a story of ``words`` words."""
    return THRESHOLDS[tag] * max(1.0, math.sqrt(words / BASE_WORDS))


def story_words(text: str, body: Sequence[Span]) -> int:
    """Return the near-enough word count of the ``body`` paragraphs that thresholds grow with
    (``threshold``): the spaces in each paragraph, plus one."""
    return sum(text.count(" ", p.start, p.end) + 1 for p in body)


def _confidence(score: float, needed: float) -> float:
    return round(min(0.99, 1.0 - math.exp(-score / needed)), 3)


def find_tags(analysis: Analysis) -> list[Finding]:
    """Return the tags and inner themes found in the analysed story (see the module
    docstring), inner themes included, in vocabulary order then inner themes."""
    text = analysis.text
    body = analysis.layers.get("body", ())
    sentences = analysis.layers.get("sentences", ())
    quotes = body_quotes(analysis)
    words = story_words(text, body)
    # (lower-cased once: the joint prefilter and the figurative checks read it)
    lowered = plainly_lowered(text)
    scanned = joint_scan(text, body, lowered)
    mentions = analysis.layers.get("mentions", ())
    heads = scanned[0] if scanned else None
    tallies = tally_cues(text, body, sentences, quotes, heads, lowered, mentions)
    dying = dying_paragraphs(text, body)  # (read once for both kinds of death)
    deaths = major_deaths(text, body, sentences, quotes, mentions, dying)
    told = pronoun_deaths(text, body, sentences, quotes, mentions, dying)
    for sentence, weight in told.sentences.items():
        if sentence not in deaths.sentences:
            deaths.add(sentence, weight)
    if deaths.score:
        tallies["major character death"] = deaths
    from_notes = note_warnings(text, analysis.layers.get("notes", ()))
    in_passing = mentioned_warnings(text, analysis.layers.get("notes", ()))
    from_file = given_warnings(analysis.doc.given)
    # (an author's note that denies a warning overrules the text's cues: ``theme_note_denials``)
    denied = denied_warnings(text, analysis.layers.get("notes", ()))
    findings: list[Finding] = []
    for tag in (*WARNINGS, lex.VIOLENCE, lex.MENACE, lex.EXPLICIT):
        tally = tallies.get(tag)
        if tally is not None and tally.score - tally.oaths < 1e-9:
            # oaths alone ("Good God" in every scene) are no story's profanity (round warn39)
            tally = None
        needed = threshold(tag, words)
        if tally is not None and not tally.narrated and tag not in DIALOGUE_TAGS:
            # only ever talked about, never shown in the narration
            needed *= TALKED_ONLY_ACT if tag in SCENE_TAGS else TALKED_ONLY
        score = tally.score if tally else 0.0
        # One strong act shown in the narration (a sentence of weight 1 or more) needs less
        # evidence around it than the same weight scattered in mentions; the strength (for
        # the rating) is still measured against the full threshold.
        shown_once = tally is not None and tally.scene >= SCENE and tag in SCENE_TAGS
        fires = needed * SCENE_SHARE if shown_once else needed
        scene = tally is not None and tally.scene >= SCENE
        if tag in from_notes or tag in from_file:
            note = from_notes.get(tag)
            # (stated only by the file's own metadata, with no cue in the text, the finding has
            # no evidence span: its statements, ``stated_warnings``, name where it is stated)
            evidence = [*([note] if note else []), *_best(tally)]
            strength = max(1.0, score / needed)
            stated = from_file.get(tag)
            gore = tag == "graphic violence" and (
                (stated is not None and stated.gore)
                or (note is not None and warns_of_gore(text, note.start, note.end))
            )
            shown = score >= needed - 1e-9 or gore
            findings.append(
                Finding(
                    tag,
                    NOTE_CONFIDENCE,
                    strength,
                    _ordered(evidence),
                    shown=shown,
                    scene=scene,
                    noted=True,
                    sources=stated.sources if stated is not None else (),
                    # only mentioned in the note, and never in the file's own metadata
                    mentioned=tag in in_passing and stated is None,
                )
            )
        elif tally is not None and score >= fires - 1e-9 and tag not in denied:
            confidence = _confidence(score, needed)
            best = _ordered(_best(tally))
            findings.append(Finding(tag, confidence, score / needed, best, scene=scene))
    found = {f.tag for f in findings}
    bloodied = _fight_drawing_blood(found, denied, tallies.get("graphic violence"), words)
    if bloodied is not None:
        findings.append(bloodied)
        found.add(bloodied.tag)
    starts = scanned[1] if scanned else None
    for tag, agreed in agreeing(text, body, sentences, quotes, words, starts, lowered).items():
        if tag not in found and tag not in denied:
            # two weak cues of different kinds in one scene (``theme_agreeing``): found, but
            # at the threshold only, and never a scene shown
            findings.append(Finding(tag, AGREEING_CONFIDENCE, 1.0, agreed.evidence))
            found.add(tag)
    if "major character death" in found and "death/grief" not in found:
        mcd = next(f for f in findings if f.tag == "major character death")
        findings.append(Finding("death/grief", mcd.confidence, mcd.strength, mcd.evidence))
    order = {tag: i for i, tag in enumerate((*WARNINGS, lex.VIOLENCE, lex.MENACE, lex.EXPLICIT))}
    return sorted(findings, key=lambda f: order[f.tag])


def _fight_drawing_blood(
    found: set[str], denied: Set[str], graphic: Tally | None, words: int
) -> Finding | None:
    """Return graphic violence, found at its threshold, for a story that fights (the inner
    theme of violence is in ``found``) and draws blood on the page (one sentence of the
    narration carries ``BLOOD_DRAWN`` of graphic violence's cues, ``graphic``: "blood coming
    out of his nose", ``theme_fights``); ``None`` when it is found already, denied, or the
    story does not."""
    if (
        lex.VIOLENCE not in found
        or "graphic violence" in found
        or "graphic violence" in denied
        or graphic is None
        or graphic.scene < BLOOD_DRAWN - 1e-9
    ):
        return None
    needed = threshold("graphic violence", words)
    return Finding(
        "graphic violence",
        _confidence(needed, needed),
        1.0,
        _ordered(_best(graphic)),
        scene=graphic.scene >= SCENE,
    )


def _best(tally: Tally | None) -> list[Span]:
    if tally is None:
        return []
    ranked = sorted(tally.sentences.items(), key=lambda item: (-item[1], item[0].start))
    return [span for span, _ in ranked[:MAX_EVIDENCE]]


def _ordered(spans: list[Span]) -> tuple[Span, ...]:
    unique = {(s.start, s.end): s for s in spans}
    return tuple(sorted(unique.values(), key=lambda s: s.start))


def rate(findings: Sequence[Finding]) -> tuple[str, float]:
    """Return the AO3 rating and its confidence for the findings of a story: the first rung
    of ``RATING_SCALE`` whose rule the findings meet (the module docstring and
    docs/warnings.md give the scale)."""
    by_tag = {f.tag: f for f in findings}
    for rating, rule in RATING_SCALE:
        met = rule(by_tag)
        if met:
            return rating, max(f.confidence for f in met)
    strongest = max((f.confidence for f in findings), default=0.0)
    return "General", round(min(0.99, max(0.5, 1.0 - 0.5 * strongest)), 3)


def _explicit(by_tag: Mapping[str, Finding]) -> list[Finding]:
    """The strongest sexual words in a story with sexual content."""
    explicit = by_tag.get(lex.EXPLICIT)
    return [explicit] if explicit is not None and "sexual content" in by_tag else []


def _mature(by_tag: Mapping[str, Finding]) -> list[Finding]:
    """What no reader under seventeen should meet unwarned: gore or sexual content well past
    its threshold, the strongest sexual words, a warning of ``MATURE_WARNINGS`` (a suicide,
    self-harm, abuse at home) that the author's note gives or that the story dwells on
    (``MATURE_WARNING_STRENGTH``; a suicide told of in one sentence of exposition does not
    make a story Mature), or gore that comes with worse (``_gore_and_worse``)."""
    met = [
        f
        for tag in ("graphic violence", "sexual content")
        if (f := by_tag.get(tag)) is not None and f.strength >= MATURE_STRENGTH
    ]
    if lex.EXPLICIT in by_tag:
        met.append(by_tag[lex.EXPLICIT])
    met += [
        f
        for tag in MATURE_WARNINGS
        if (f := by_tag.get(tag)) is not None
        and ((f.noted and not f.mentioned) or f.strength >= MATURE_WARNING_STRENGTH)
    ]
    graphic = by_tag.get("graphic violence")
    if graphic is not None and _gore_and_worse(graphic, by_tag):
        met.append(graphic)
    return met


def _gore_and_worse(graphic: Finding, by_tag: Mapping[str, Finding]) -> bool:
    """Whether the gore of a story is shown and comes with a death or with swearing: with a
    major character's death when the text shows the violence itself or a note warns of gore
    (an author's warning for "violence with blood" over a story that never dwells on it does
    not make a death scene Mature); with any death or with profanity when one sentence of the
    narration shows the wound (a tavern brawl that draws blood stays Teen; a duel told wound
    by wound among oaths does not)."""
    if not graphic.shown:
        return False
    if "major character death" in by_tag:
        return True
    return graphic.scene and any(tag in by_tag for tag in ("death/grief", "profanity"))


def _teen(by_tag: Mapping[str, Finding]) -> list[Finding]:
    """Any tag of ``TEEN_TAGS``: every warning but illness, infidelity and pregnancy, and
    violence or menace short of gore; and an affair the story dwells on
    (``AFFAIR_STRENGTH``) or that an author's note warns of (round warn46)."""
    met = [f for tag, f in by_tag.items() if tag in TEEN_TAGS]
    affair = by_tag.get("infidelity")
    if affair is not None and (affair.noted or affair.strength >= AFFAIR_STRENGTH):
        met.append(affair)
    return met


# AO3's scale from the top: the first rule a story's findings meet gives its rating.
RATING_SCALE: tuple[tuple[str, Callable[[Mapping[str, Finding]], list[Finding]]], ...] = (
    ("Explicit", _explicit),
    ("Mature", _mature),
    ("Teen", _teen),
)


@stage(
    "themes",
    requires=("body", "sentences", "quotes", "language", "mentions"),
    assigns=("warnings", "rating"),
    states=("stated_warnings",),
    english_only=True,
    fields=("warnings", "rating"),
)
def find_themes(analysis: Analysis) -> Mapping[str, tuple[Span, ...] | tuple[Statement, ...]]:
    """Return the warnings, rating layers and the stated_warnings statements (see the module
    docstring)."""
    body = analysis.layers.get("body", ())
    if not body:
        return {"warnings": (), "rating": (), "stated_warnings": ()}
    findings = find_tags(analysis)
    warnings = [
        Span(s.start, s.end, f.tag, f.confidence)
        for f in findings
        if f.tag in WARNINGS
        for s in f.evidence
    ]
    rating, confidence = rate(findings)
    stated = stated_rating(analysis.text, analysis.layers.get("notes", ()))
    if stated is not None:
        rating, confidence = stated, NOTE_CONFIDENCE
    stated_warnings = tuple(
        Statement(f.tag, source) for f in findings if f.tag in WARNINGS for source in f.sources
    )
    return {
        "warnings": tuple(warnings),
        "rating": (Span(body[0].start, body[-1].end, rating, confidence),),
        "stated_warnings": stated_warnings,
    }
