"""The dialogue view: a work's story with each quote marked with its speaker, one colour per
character, and each character's share of the dialogue."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue

from ficshelf.dialogue_share import UNKNOWN, tallied_shares
from ficshelf.errors import PastLastPage
from ficshelf.model import BlockKind, BlockRecord, TagType
from ficshelf.passages import dialogue_passages
from ficshelf.speaker_names import tagged_names
from ficshelf.store.analysis import speaker_tallies, story_quotes, work_analysis_without_quotes
from ficshelf.store.browse import get_work
from ficshelf.store.tags import work_tags
from ficshelf.text_parts import text_ranges
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import positive_arg, reading
from ficshelf.web.shown_tags import with_shown_tags

bp = Blueprint("dialogue", __name__)


@page_route(bp, "/works/<id:work_id>/dialogue")
def dialogue(fmt: Format, work_id: int) -> ResponseReturnValue:
    """Dialogue view: the ``work`` (its tags as its page shows them, the rest counted in
    ``tags_more``: ``web.shown_tags``), whether it was ``analysed``, the ``speakers`` (most
    quotes first, with colour class, quotes, words and shares, and the work's character tag
    naming each: ``tag``), the ``unattributed`` quotes' share, the ``characters`` found,
    and the story as ``passages`` with each quote marked by its speaker's colour and the
    speaker's tag name. A long story is shown in parts (``ficshelf.text_parts``), the
    ``part`` query argument choosing one (default 1): ``text_parts`` says which ``part`` of
    how many ``parts``; the shares are the whole story's."""
    wanted = positive_arg("part")
    with reading() as conn:
        work = get_work(conn, work_id)
        analysis = work_analysis_without_quotes(conn, work_id)
        story = [b for b in analysis.blocks if b.kind is not BlockKind.NOTE]
        ranges = text_ranges(analysis.text, [(b.start, b.end) for b in story])
        if wanted > len(ranges):
            raise PastLastPage(wanted, len(ranges), "part")
        low, high = ranges[wanted - 1]
        # The shares are counted in SQL; only the part's quotes are read.
        tallies = speaker_tallies(conn, work_id)
        quotes = story_quotes(conn, work_id, low, high)
        tags = [
            (t.name, t.canonical) for t in work_tags(conn, work_id) if t.type is TagType.CHARACTER
        ]
    names = tagged_names(((c.name, c.aliases) for c in analysis.characters), tags)
    speakers, unattributed = tallied_shares(analysis.characters, tallies, names)
    colours = {s.name: s.colour for s in speakers}
    shown = [
        BlockRecord(max(b.start, low), min(b.end, high), b.kind)
        for b in story
        if b.end > low and b.start < high
    ]
    marks = [
        (
            q.start,
            q.end,
            colours.get(q.speaker, UNKNOWN),
            names.get(q.speaker, q.speaker) if q.speaker else None,
            q.confidence,
        )
        for q in quotes
    ]
    shown_work, tags_more = with_shown_tags(work)
    return render(
        "dialogue.html",
        fmt,
        work=shown_work,
        tags_more=tags_more,
        analysed=analysis.analysed,
        speakers=speakers,
        unattributed=unattributed,
        characters=analysis.characters,
        passages=dialogue_passages(analysis.text, shown, marks),
        text_parts={"part": wanted, "parts": len(ranges)},
    )
