"""Whom a "he"/"she" speech tag refers to when the resolver's last resort is reached: not
one the same pronoun was just shown not to be, and on the first line of a scene the
people the new scene names first (round spk44).

The sieve's last resort for a "he"/"she" (``conversation._resolve_pronoun``, rule
``pronoun_recent``) takes the characters of that gender the narration named most recently
(``Cast.resolve_all``), those named as subjects before the others, however far back. Two
shapes send it to the wrong person:

- a person the same pronoun was just shown not to be ("Then she saw Ann." / '"Oh!" she
  said': the "she" who saw Ann is not Ann, ``bound_names``) is still taken, for a
  subject mention of theirs further back;
- on the first line of a scene, a subject named before the break outranks the person the
  new scene brings on as an object ("* * * / On the way back Tom met Hal. / He was
  walking alone ... He stopped when he saw Tom. / 'Hello,' he said": Hal, not a man who
  spoke before the break).

``scene_referents`` leaves out the ones bound away and, on a scene's first line, puts
first the characters the narration names between the break and the line. It reads a
speech tag's pronoun only: a beat's "he" may be the one the speaker looks at. Where a
line of the scene came before, the exchange has its own record (``_Scene``) and the
resolver's order stands.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection

from ficshelf.understand.speaker_context import Context, QuoteState, paragraph_index


def scene_referents(
    ctx: Context, quote: QuoteState, lenient: bool, bound_away: Collection[str]
) -> list[str]:
    """Return the characters the "he"/"she" tag of ``quote`` may refer to, most likely
    first: ``Cast.resolve_all``'s (``lenient`` as there) without ``bound_away`` (those
    the same pronoun was just shown not to be), and, when ``quote`` is the first line
    after a heading or scene break, those named in the narration between the break and
    the tag before the others."""
    pos = quote.hint_pos
    names = [n for n in ctx.cast.resolve_all(quote.hint, pos, lenient) if n not in bound_away]
    if len(names) < 2 or not ctx.breaks:
        return names
    first = bisect_left(ctx.breaks, ctx.breaks[paragraph_index(ctx.paragraph_starts, pos)])
    if not first:
        return names  # (``breaks`` is a running count: ``first`` opens the scene) no break
    scene_start = ctx.paragraph_starts[first]
    before = bisect_left(ctx.quote_starts, min(pos, quote.span.start)) - 1
    if before >= 0 and ctx.quotes[before].span.end > scene_start:
        return names  # a line of the scene came before
    narration = ctx.cast.narration
    named: set[str] = set()
    k = ctx.cast.first_at(pos) - 1
    while k >= 0 and narration[k].start >= scene_start:
        named.add(narration[k].label)
        k -= 1
    if named.isdisjoint(names):
        return names
    return [n for n in names if n in named] + [n for n in names if n not in named]
