"""The public form of an analysis: the ``ficshelf analyze --json`` contract and its report.

``analysis_to_dict`` turns the layers of an ``Analysis`` into exactly the object DESIGN.md
defines (plus a few additive fields, listed in the schema's description); the JSON Schema
ships in the package as ``analysis.schema.json`` (``load_schema``). ``report_lines`` renders
that same object as a readable report, so the text and the JSON never drift apart.

What the file states wins, as when a work is stored (``records``): the title and authors it
gives, its fandom and rating tags, warnings that are in the vocabulary. The pipeline's layers
fill in everything else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

from ficshelf.counted_words import counted
from ficshelf.languages import NO_LANGUAGE, language_name
from ficshelf.model import Analysis, Span, TagType
from ficshelf.records import found_authors, found_title, story_language
from ficshelf.understand.pipeline import skipped_stages
from ficshelf.understand.relationships import parse_relationship_label
from ficshelf.understand.text import count_words
from ficshelf.vocabulary import RATINGS, WARNINGS, canonical_name

SCHEMA_FILE = "analysis.schema.json"
# The ratings of the contract ("Not Rated" is a tag, never an analysis result).
CONTRACT_RATINGS = tuple(r for r in RATINGS if r != "Not Rated")
DEFAULT_POV, DEFAULT_TENSE, DEFAULT_RATING = "third", "past", "General"
_WARNING_NAMES = {w.casefold(): w for w in WARNINGS}


@cache
def load_schema() -> dict[str, Any]:
    """Return the JSON Schema of ``analysis_to_dict``'s output (shipped in the package)."""
    data = resources.files("ficshelf.understand").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(data)
    return schema


def _layer(analysis: Analysis, name: str) -> tuple[Span, ...]:
    return analysis.layers.get(name, ())


def _span(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def _grouped(spans: Iterable[Span]) -> dict[str, list[Span]]:
    """Return the spans grouped by label, labels in order of first appearance."""
    groups: dict[str, list[Span]] = {}
    for span in spans:
        groups.setdefault(span.label, []).append(span)
    return groups


def _confidence(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)


def _given_tags(analysis: Analysis, type_: TagType) -> list[str]:
    return [t.name.strip() for t in analysis.doc.given.tags if t.type == type_ and t.name.strip()]


def _fandoms(analysis: Analysis) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in _given_tags(analysis, TagType.FANDOM):
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append({"name": name, "confidence": 1.0, "evidence": [], "provenance": "author"})
    for name, spans in _grouped(_layer(analysis, "fandoms")).items():
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(
                {
                    "name": name,
                    "confidence": _confidence(max(s.score for s in spans)),
                    "evidence": [_span(s) for s in spans],
                    "provenance": "inferred",
                }
            )
    return out


def _choice(analysis: Analysis, layer: str, allowed: Sequence[str], default: str) -> dict[str, Any]:
    spans = [s for s in _layer(analysis, layer) if s.label in allowed]
    if not spans:
        return {"value": default, "confidence": 0.0}
    return {"value": spans[0].label, "confidence": _confidence(spans[0].score)}


def _characters(analysis: Analysis) -> list[dict[str, Any]]:
    text = analysis.text
    aliases: dict[str, dict[str, None]] = {}
    mentions: dict[str, int] = {}
    for m in _layer(analysis, "mentions"):
        surface = " ".join(text[m.start : m.end].split())
        aliases.setdefault(m.label, {})[surface] = None
        mentions[m.label] = mentions.get(m.label, 0) + 1
    quotes: dict[str, int] = {}
    for s in _layer(analysis, "speakers"):
        if s.label:
            quotes[s.label] = quotes.get(s.label, 0) + 1
    unnamed = {c.label for c in _layer(analysis, "unnamed")}
    # the characters, then the speakers no character is ("the old man": ``voices``)
    listed = [(c.label, c.label not in unnamed) for c in _layer(analysis, "characters")]
    listed += [(v.label, False) for v in _layer(analysis, "voices")]
    out = []
    seen: set[str] = set()
    for name, named in listed:
        if not name or name in seen:
            continue
        seen.add(name)
        out.append(
            {
                "name": name,
                "aliases": [a for a in aliases.get(name, {}) if a],
                "mentions": mentions.get(name, 0),
                "quotes": quotes.get(name, 0),
                "named": named,
            }
        )
    return out


def _relationships(analysis: Analysis) -> list[dict[str, Any]]:
    """The relationships the pipeline found (evidence spans), with ``sources`` naming the
    file's relationship tag that declares one ("tag: A/B", the ``stated_relationships``
    statements); a tagged pair the text never shows has no evidence span."""
    stated = analysis.statement_sources("stated_relationships")
    scores = {s.label: s.score for s in analysis.statements.get("stated_relationships", ())}
    grouped = _grouped(_layer(analysis, "relationships"))
    out: list[dict[str, Any]] = []
    for label in [*grouped, *(label for label in stated if label not in grouped)]:
        spans = grouped.get(label, [])
        kind, prominence, a, b = parse_relationship_label(label)
        score = max(s.score for s in spans) if spans else scores[label]
        found: dict[str, Any] = {
            "characters": [a, b],
            "kind": kind,
            "prominence": prominence,
            "score": _confidence(score),
            "evidence": [_span(s) for s in spans],
        }
        if label in stated:
            found["sources"] = stated[label]
        out.append(found)
    out.sort(key=lambda r: -float(r["score"]))
    return out


def _vocabulary_warning(name: str) -> str | None:
    canonical = canonical_name(TagType.WARNING, name) or name
    return _WARNING_NAMES.get(" ".join(canonical.split()).casefold())


def _warnings(analysis: Analysis) -> list[dict[str, Any]]:
    """The file's archive warnings (provenance "author"), the warnings the pipeline found
    (evidence spans), then those the file's own notes and freeform tags state with no cue in
    the text (the ``stated_warnings`` statements: provenance "author", no span). A warning
    the file's metadata states lists where in ``sources`` ("tag: Grief/Mourning")."""
    stated = analysis.statement_sources("stated_warnings")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for name in _given_tags(analysis, TagType.WARNING):
        tag = _vocabulary_warning(name)
        if tag is not None and tag not in seen:
            seen.add(tag)
            out.append({"tag": tag, "confidence": 1.0, "evidence": [], "provenance": "author"})
    for tag, spans in _grouped(_layer(analysis, "warnings")).items():
        if tag and tag not in seen:
            seen.add(tag)
            found: dict[str, Any] = {
                "tag": tag,
                "confidence": _confidence(max(s.score for s in spans)),
                "evidence": [_span(s) for s in spans],
                "provenance": "inferred",
            }
            if tag in stated:
                found["sources"] = stated[tag]
            out.append(found)
    for tag, sources in stated.items():
        if tag not in seen:
            seen.add(tag)
            out.append(
                {
                    "tag": tag,
                    "confidence": 1.0,
                    "evidence": [],
                    "provenance": "author",
                    "sources": sources,
                }
            )
    return out


def _rating(analysis: Analysis) -> tuple[str, float]:
    for name in _given_tags(analysis, TagType.RATING):
        # an AO3 synonym or another scheme's rating ("Fiction T" from FanFiction.net)
        rating = canonical_name(TagType.RATING, name) or name
        match = [r for r in CONTRACT_RATINGS if r.casefold() == rating.casefold()]
        if match:
            return match[0], 1.0
    found = _choice(analysis, "rating", CONTRACT_RATINGS, DEFAULT_RATING)
    return str(found["value"]), float(found["confidence"])


def _quotes(analysis: Analysis) -> list[dict[str, Any]]:
    text = analysis.text
    speakers = {(s.start, s.end): s for s in _layer(analysis, "speakers")}
    out = []
    for q in _layer(analysis, "quotes"):
        if q.label:  # a quote inside a note or an epigraph is not the story's dialogue
            continue
        said = speakers.get((q.start, q.end))
        speaker = said.label if said is not None and said.label else None
        out.append(
            {
                "start": q.start,
                "end": q.end,
                "text": text[q.start : q.end],
                "speaker": speaker,
                "confidence": _confidence(said.score) if said is not None and speaker else 0.0,
            }
        )
    return out


def _skipped(analysis: Analysis) -> list[dict[str, Any]]:
    """The English-only stages not run on this text, each with the fields it would have
    filled (as the stage declares them, ``Stage.fields``) and why: "not_english" (another
    language) or "no_language" (none at all)."""
    spans = _layer(analysis, "language")
    reason = "no_language" if spans and spans[0].label == NO_LANGUAGE else "not_english"
    return [
        {"stage": st.name, "fields": list(st.fields), "reason": reason}
        for st in skipped_stages(analysis)
    ]


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    """Return the ``ficshelf analyze --json`` object of an analysed document.

    Every offset is a ``str`` index into ``analysis.text``. Layers a stage did not assign
    give empty lists (and the defaults ``third``/``past``/``General`` with confidence 0).
    Raises ``ValueError`` when a relationship span's label is not one
    ``relationship_label`` made.
    """
    text = analysis.text
    given = analysis.doc.given
    rating, rating_confidence = _rating(analysis)
    narrator = _layer(analysis, "narrator")
    return {
        "title": found_title(analysis),
        "authors": list(found_authors(analysis)),
        "fandoms": _fandoms(analysis),
        "pov": _choice(analysis, "pov", ("first", "second", "third"), DEFAULT_POV),
        "tense": _choice(analysis, "tense", ("past", "present"), DEFAULT_TENSE),
        "narrator": narrator[0].label or None if narrator else None,
        "characters": _characters(analysis),
        "relationships": _relationships(analysis),
        "warnings": _warnings(analysis),
        "rating": rating,
        "rating_confidence": rating_confidence,
        "language": story_language(analysis),
        "skipped_stages": _skipped(analysis),
        "notes": [
            {"kind": n.label, "start": n.start, "end": n.end, "text": text[n.start : n.end]}
            for n in _layer(analysis, "notes")
        ],
        "given_notes": [
            {
                "kind": n.kind.value,
                "text": n.text,
                "placement": n.placement.value,
                "chapter": n.chapter,
            }
            for n in given.notes
        ],
        "chapters": [
            {"title": c.label or None, "start": c.start, "end": c.end}
            for c in _layer(analysis, "chapters")
        ],
        "quotes": _quotes(analysis),
        "word_count": sum(count_words(text, b.start, b.end) for b in _layer(analysis, "body")),
        "summary": " ".join(
            " ".join(text[s.start : s.end].split()) for s in _layer(analysis, "summary")
        ),
    }


def _short(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _skip_note(result: dict[str, Any]) -> str:
    """Why the English-only stages did not run, in words."""
    skipped = result.get("skipped_stages") or []
    if any(s["reason"] == "no_language" for s in skipped):
        return "not analysed: the text is in no language"
    code = result.get("language")
    named = f"{language_name(code)} ({code})" if code else "not English"
    return f"not analysed: English only, and the text is {named}"


def _narration(result: dict[str, Any], skipped: set[str], note: str) -> str:
    if {"pov", "tense"} <= skipped:
        return note
    parts = []
    for field, what, label in (("pov", "person", "point of view"), ("tense", "tense", "tense")):
        found = result[field]
        if field in skipped:
            parts.append(f"{label} {note}")
        elif found["confidence"] > 0:
            parts.append(f"{found['value']} {what} ({_percent(found['confidence'])})")
        else:  # the defaults of the contract, not a finding
            parts.append(f"{label} not found")
    return ", ".join(parts)


_SUMMARY_LABEL = re.compile(r"^\s*summary\s*[:\-–—]\s*", re.IGNORECASE)
FILE_SUMMARY = "[the file's own summary]"
EXTRACT = "[sentences ficshelf picked from the story; not the file's summary]"


def _file_summary(result: dict[str, Any]) -> str:
    """The summary the file itself gives (AO3's, or a "Summary:" note the pipeline found),
    or "" when it gives none."""
    for note in result.get("given_notes", []) + result["notes"]:
        if note["kind"] == "summary":
            return _SUMMARY_LABEL.sub("", str(note["text"]))
    return ""


def report_lines(result: dict[str, Any]) -> list[str]:
    """Return a readable report of an ``analysis_to_dict`` result, one line per item. The
    fields of stages that did not run (``skipped_stages``) say so instead of showing the
    contract's defaults, and so do a point of view and tense nothing was found for."""
    skipped_stages = result.get("skipped_stages") or []
    skipped = {field for s in skipped_stages for field in s["fields"]}
    note = _skip_note(result)
    chapters = len(result["chapters"])
    code = result.get("language")
    language = f"{language_name(code)} ({code})" if code else "(unknown)"
    if skipped_stages:
        names = ", ".join(s["stage"] for s in skipped_stages)
        if any(s["reason"] == "no_language" for s in skipped_stages):
            language = "none: the text is in no language"
        language += f"; the English-only stages were skipped ({names})"
    rating = f"{result['rating']} ({_percent(result.get('rating_confidence', 0.0))})"
    warnings = ", ".join(f"{w['tag']} ({_percent(w['confidence'])})" for w in result["warnings"])
    lines = [
        f"Title:      {result['title'] or '(none found)'}",
        f"Authors:    {', '.join(result['authors']) or '(none found)'}",
        "Fandoms:    "
        + (
            ", ".join(f"{f['name']} ({_percent(f['confidence'])})" for f in result["fandoms"])
            or "(none found)"
        ),
        f"Language:   {language}",
        f"Narration:  {_narration(result, skipped, note)}",
        f"Narrator:   {note if 'narrator' in skipped else result['narrator'] or '(none named)'}",
        f"Rating:     {note if 'rating' in skipped else rating}",
        f"Warnings:   {note if 'warnings' in skipped else warnings or '(none)'}",
        f"Words:      {result['word_count']:,} in {counted(chapters, 'chapter')}",
    ]
    given = _file_summary(result)
    if given:
        lines.append(f"Summary:    {_short(given, 200)} {FILE_SUMMARY}")
    if result["summary"]:
        lines.append(f"Extract:    {_short(result['summary'], 200)} {EXTRACT}")
    if "characters" in skipped:
        lines.append(f"Characters: {note}")
    else:
        lines.append(f"Characters: {len(result['characters'])}")
    for c in result["characters"]:
        others = [a for a in c["aliases"] if a != c["name"]]
        aka = f"; also {', '.join(others)}" if others else ""
        unnamed = " (unnamed)" if not c.get("named", True) else ""
        lines.append(
            f"  {c['name']}{unnamed}: {counted(c['mentions'], 'mention')},"
            f" {counted(c['quotes'], 'quote')}{aka}"
        )
    if "relationships" in skipped:
        lines.append(f"Relationships: {note}")
    else:
        lines.append(f"Relationships: {len(result['relationships'])}")
    for r in result["relationships"]:
        a, b = r["characters"]
        joiner = "/" if r["kind"] == "romantic" else " & "
        lines.append(f"  {a}{joiner}{b}: {r['kind']}, {r['prominence']} ({_percent(r['score'])})")
    notes = result["notes"] + result.get("given_notes", [])
    lines.append(f"Notes: {len(notes)}")
    for n in notes:
        lines.append(f"  {n['kind']}: {_short(n['text'])}")
    quotes = result["quotes"]
    if "quotes.speaker" in skipped:
        lines.append(f"Dialogue: {counted(len(quotes), 'quote')}; speakers {note}")
        return lines
    attributed = sum(1 for q in quotes if q["speaker"])
    lines.append(f"Dialogue: {counted(len(quotes), 'quote')}, {attributed:,} attributed")
    shares = sorted(
        ((c["quotes"], c["name"]) for c in result["characters"] if c["quotes"]), reverse=True
    )
    if quotes and shares:
        lines.append(
            "  " + ", ".join(f"{name} {count / len(quotes):.0%}" for count, name in shares)
        )
    return lines
