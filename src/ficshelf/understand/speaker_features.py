"""Candidates and features for the learned speaker ranker (see ``speaker_ranker``).

After the sieve of the "speakers" stage has run, every story quote gets a small set of
candidate speakers and, for each candidate, a sparse feature vector (``dict`` of feature
name to value; absent features are 0). Candidates are the characters:

* named in the narration around the quote: from ``WINDOW_SENTENCES_BEFORE`` sentences
  before its paragraph's first quote to ``WINDOW_SENTENCES_AFTER`` sentences after it,
  bounded by ``WINDOW_CHARS`` either side;
* who spoke the previous ``PREVIOUS_TURNS`` turns (as the sieve decided), or were addressed
  or named in the previous turn;
* who spoke earlier in the scene (``SCENE_SPEAKERS``, ``SCENE_TURNS``, ``MAX_SCENE_GAP``);
* whom the previous turn calls by kinship or rank ("Yes, uncle.": the uncle may answer);
* the first two characters the quote's "he"/"she" resolves to (``Cast.resolve_all``);
* named inside the quote itself (so that the model learns a vocative is not the speaker);
* the narrator of a first- or second-person story;
* the sieve's own choice.

Features (all general: positions, counts and the sieve's evidence, no words of any story):
which sieve rule proposed the candidate (by its confidence) and whether a tag did; the
character distance to the nearest narration mention before and after the quote, in the
quote's paragraph or not, as a subject (opening a sentence or a speech tag) or not, and
right next to the quote; how many sentences and paragraphs lie between; whether it is named
in the previous line's own paragraph (its tag or beat) or in a paragraph of narration alone
before the quote's; where "I"/"me" (a first-person narrator, who has no name mentions)
stands in the narration around the quote; whether the quote's "he"/"she" tag or beat
agrees with the candidate's gender; whether the quote addresses or names the candidate;
whether it spoke earlier in the scene, or is one of the last two speakers of the
"he"/"she"'s gender; how much narration stands between the previous quote and this one
(for that quote's speaker); whether it spoke the previous turns (alternation; turns
counted in voices, ``speaker_turns.voice_turns``), was addressed or named in the previous
turn, or was named in narration since the previous quote; counted from the nearest tagged
or beat-decided line (``speaker_turns``); called by kinship or rank by this line, the one
before or the one after ("Yes, uncle.": ``listener_gender.role_calls``); the one a
relational tag ("said his cousin") sets the speaker against; how often the story names it
and how many lines the sieve gave it, and whether it is one of the ``MAIN_SPEAKERS`` the sieve
gave the most (a mark on a candidate found otherwise, never a candidate of its own); named vs
described character, narrator. Each quote costs the bounded window around it: linear in
the text.

The candidates and their vectors' arithmetic are in ``speaker_vectors``; the quote's context
the ranker weighs them in (its kind of evidence, alone in its paragraph or not, guessed
paragraphs) in ``speaker_quote_contexts``.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

from ficshelf.understand.listener_gender import role_calls, role_holders
from ficshelf.understand.scene_presence import LEFT, PRESENT, scene_presence
from ficshelf.understand.speaker_context import Context, QuoteState, adjoins
from ficshelf.understand.speaker_cues import pronoun_gender
from ficshelf.understand.speaker_quote_contexts import asks_question, bare_quote, evidence_kind
from ficshelf.understand.speaker_self import narrator_in_narration
from ficshelf.understand.speaker_turns import (
    SCENE_SPEAKERS,
    SURE,
    scene_speakers,
    turn_anchors,
    turn_features,
    voice_turns,
)
from ficshelf.understand.speaker_vectors import Candidate, vetoed
from ficshelf.understand.story_marks import MARKS

WINDOW_SENTENCES_BEFORE = 3
WINDOW_SENTENCES_AFTER = 2
WINDOW_CHARS = 600
PREVIOUS_TURNS = 3
MAIN_SPEAKERS = 3
# A mention this close to the quote (in characters) is "next to" it (a tag or a beat).
_NEAR = 40
_TURN_NAMES = 8
# The names of the features of a mention before or after the quote.
_SIDE_KEYS = {
    side: tuple(
        f"{side}_{k}"
        for k in "dist sentences para para_subject own own_subject near near_subject".split()
    )
    for side in ("before", "after")
}
# The distance features ``_finish`` bounds: characters and sentences, before and after.
_DISTANCE_KEYS = (("before_dist", "before_sentences"), ("after_dist", "after_sentences"))
# How much narration stands between the previous quote and this one (quotation marks and
# commas aside): none, a tag ("he said."), a beat, or more (``_GAP_KINDS`` upper bounds);
# a tag's or a beat's worth in a paragraph of its own is "para".
_GAP_KINDS = ((0, "none"), (40, "tag"), (100, "beat"))
_GAP_MARKS = " \t\n," + MARKS
# The sieve's confidences, each the mark of one rule (see ``speaker_context``).
_RULES = {
    0.95: "named_tag",
    0.9: "tag_or_turn",
    0.85: "pronoun_or_continued",
    0.8: "credit",
    0.75: "beat",
    0.65: "paragraph_or_addressed",
    0.62: "narrated",
    0.6: "alternation",
    0.5: "recent",
}


def _log(value: float) -> float:
    return math.log1p(value if value > 0.0 else 0.0)


@dataclass
class _Story:
    """What the features need of the whole story, computed once."""

    mentions: Counter[str]
    lines: Counter[str]
    unnamed: Collection[str]
    most: int = 1
    most_lines: int = 1
    # the characters the sieve gave the most lines
    main: tuple[str, ...] = ()
    # each character's story-wide features, computed once
    static: dict[str, dict[str, float]] = field(default_factory=dict)
    # per turn (computed once, so that a turn of many quotes costs its length once): the
    # turn of each quote (by ``id``), its first quote with a "he"/"she" hint, and the names
    # its quotes address and talk about (the first ``_TURN_NAMES`` of each)
    turn_of: dict[int, int] = field(default_factory=dict)
    hinted: list[QuoteState | None] = field(default_factory=list)
    addressed: list[list[str]] = field(default_factory=list)
    about: list[list[str]] = field(default_factory=list)
    # per turn: the scene's earlier speakers, the most recent first (``_scene_speakers``)
    scene: list[list[str]] = field(default_factory=list)
    # per turn: the characters it calls by kinship or rank ("Yes, uncle."), and who holds
    # each such word in their names (``listener_gender.role_holders``)
    roles: list[list[str]] = field(default_factory=list)
    holders: dict[str, list[str]] = field(default_factory=dict)


def quote_candidates(
    ctx: Context,
    turns: list[list[QuoteState]],
    unnamed: Collection[str] = (),
    kept_rules: Collection[str] = (),
) -> list[list[Candidate]]:
    """Return, for each quote of ``ctx.quotes`` (in order), its candidate speakers with their
    features, read after the sieve has decided (``QuoteState.label`` and ``score``).

    ``turns`` are the sieve's turns (lists of the same ``QuoteState`` objects); ``unnamed``
    the characters known only by a description; a quote whose speaker a rule of
    ``kept_rules`` chose gets no candidates (the ranker leaves it alone; one quote's
    features never depend on another's). Never raises on any text."""
    cast = ctx.cast
    turns = voice_turns(turns)
    story = _Story(
        Counter(m.label for m in cast.narration) + Counter(m.label for m in cast.vocatives),
        Counter(q.label for q in ctx.quotes if q.label),
        unnamed,
    )
    story.most = max(story.mentions.values(), default=1)
    story.most_lines = max(story.lines.values(), default=1)
    story.main = tuple(name for name, _ in story.lines.most_common(MAIN_SPEAKERS))
    story.holders = role_holders(cast.aliases)
    for t, turn in enumerate(turns):
        for quote in turn:
            story.turn_of[id(quote)] = t
        story.hinted.append(next((q for q in turn if q.hint), None))
        addressed: dict[str, None] = {}
        about: dict[str, None] = {}
        for quote in turn:
            if len(addressed) < _TURN_NAMES:
                addressed.update(dict.fromkeys(quote.addressed))
            if len(about) < _TURN_NAMES:
                about.update(dict.fromkeys(quote.about))
        story.addressed.append(list(addressed)[:_TURN_NAMES])
        story.about.append(list(about)[:_TURN_NAMES])
        roles: list[str] = []
        if story.holders:
            for quote in turn:
                for word in role_calls(ctx.text, quote.span, story.holders):
                    roles += [n for n in story.holders.get(word, ()) if n not in roles]
        story.roles.append(roles)
    story.scene = scene_speakers(turns)
    anchors = turn_anchors(turns)
    guessed = ctx.guessed
    presence = scene_presence(ctx)
    out: list[list[Candidate]] = []
    for i, quote in enumerate(ctx.quotes):
        if quote.label and quote.rule in kept_rules:
            out.append([])
            continue
        t = story.turn_of.get(id(quote), -1)
        candidates = _candidates(ctx, story, turns, t, i, quote)
        if t >= 0:
            by_name = {c.name: c.features for c in candidates}
            turn_features(turns, anchors, t, by_name)
            _called_features(ctx, story, turns, t, candidates, by_name)
        presence_features(presence[i], candidates)
        context = evidence_kind(quote)
        if bare_quote(ctx, quote):
            context += "_bare"
        for candidate in candidates:
            candidate.context, candidate.guessed = context, guessed
        out.append(candidates)
    return out


def presence_features(present: Mapping[str, str], candidates: list[Candidate]) -> None:
    """Add whether each candidate is in the scene's record of who is present just before
    the line (``scene_presence``): ``scene_present`` (acted in the narration, came in, spoke
    by a tag or was called by name), ``scene_present_pair`` (so, and at most one other is),
    ``scene_left`` (the last sign was a departure), or ``scene_absent`` (the record holds
    others but not the candidate: named only in talk, or long ago)."""
    if not present:
        return
    here = sum(1 for state in present.values() if state == PRESENT)
    for candidate in candidates:
        state = present.get(candidate.name)
        f = candidate.features
        if state == PRESENT:
            f["scene_present"] = 1.0
            if here <= 2:
                f["scene_present_pair"] = 1.0
        elif state == LEFT:
            f["scene_left"] = 1.0
        else:
            f["scene_absent"] = 1.0


def _called_features(
    ctx: Context,
    story: _Story,
    turns: list[list[QuoteState]],
    t: int,
    candidates: list[Candidate],
    by_name: dict[str, dict[str, float]],
) -> None:
    """Add whether the candidate's gender agrees with the one the line right before calls
    its listener ("Professor of what, sir?": the reply is a man's), and with the one the
    reply right after calls this line's speaker ("Yes, mamma."): ``called_by_previous_*``,
    ``called_by_next_*`` (agrees or clashes; nothing for a candidate of unknown gender).
    ``by_name``: each candidate's features, by name. The calls are the sieve's
    (``QuoteState.called`` of each turn's first quote)."""
    gender = ctx.cast.gender
    for name in story.roles[t]:
        if name in by_name:
            by_name[name]["role_called_here"] = 1.0  # "Yes, uncle.": not the uncle
    sides = []
    if t > 0 and adjoins(turns[t - 1], turns[t]):
        sides.append(("previous", turns[t - 1][0].called))
        for name in story.roles[t - 1]:
            if name in by_name:
                by_name[name]["role_called_by_previous"] = 1.0  # the uncle answers
    if t + 1 < len(turns) and adjoins(turns[t], turns[t + 1]):
        sides.append(("next", turns[t + 1][0].called))
        for name in story.roles[t + 1]:
            if name in by_name:
                by_name[name]["role_called_by_next"] = 1.0  # the reply calls the speaker
    for side, called in sides:
        if not called:
            continue
        for candidate in candidates:
            sex = gender.get(candidate.name)
            if sex:
                verdict = "agrees" if sex == called else "clashes"
                candidate.features[f"called_by_{side}_{verdict}"] = 1.0


def _candidates(
    ctx: Context,
    story: _Story,
    turns: list[list[QuoteState]],
    t: int,
    i: int,
    quote: QuoteState,
) -> list[Candidate]:
    cast, text = ctx.cast, ctx.text
    found: dict[str, dict[str, float]] = {}

    def get(name: str) -> dict[str, float]:
        features = found.get(name)
        if features is None:
            features = found[name] = {}
        return features

    span = quote.span
    para_start = ctx.paragraphs[quote.para].start
    para_end = ctx.paragraphs[quote.end_para].end
    # the window of narration around the quote
    s_first = max(0, bisect_right(ctx.sentence_starts, min(span.start, para_start)) - 1)
    lo = ctx.sentences[max(0, s_first - WINDOW_SENTENCES_BEFORE)].start if ctx.sentences else 0
    lo = max(lo, span.start - WINDOW_CHARS, 0)
    s_last = bisect_left(ctx.sentence_starts, span.end)
    hi = len(text)
    if s_last + WINDOW_SENTENCES_AFTER < len(ctx.sentences):
        hi = ctx.sentences[s_last + WINDOW_SENTENCES_AFTER].end
    hi = min(hi, span.end + WINDOW_CHARS)
    prev = ctx.quotes[i - 1] if i > 0 else None
    prev_end = prev.span.end if prev is not None else -1
    # the narration after the previous quote in its own paragraph (its tag or beat) ends
    # there; paragraphs of narration alone may stand between it and this quote's
    prev_para_end = ctx.paragraphs[prev.end_para].end if prev is not None else -1
    if prev is not None and prev.end_para >= quote.para:
        prev_para_end = para_start  # the same paragraph: nothing stands between
    following = ctx.quotes[i + 1] if i + 1 < len(ctx.quotes) else None
    next_start = following.span.start if following is not None else len(text)
    # the name a tag before the next quote gives as its speaker ("Ann said only, ..."), unless
    # the tag is this quote's too (a line split by its tag)
    introduces_next = ""
    if following is not None and following.introduced:
        if not (quote.tagged and quote.label == following.label):
            introduces_next = following.label
    s_quote = bisect_right(ctx.sentence_starts, span.start) - 1
    s_quote_end = bisect_right(ctx.sentence_starts, max(span.start, span.end - 1)) - 1
    # (the mention loop reads the cast's lists through locals and builds a candidate's dict
    # inline: it runs for every mention in every line's window)
    narration, subjects, sentence_starts = cast.narration, cast.subjects, ctx.sentence_starts
    n_narration = len(narration)
    k = cast.first_at(lo)
    while k < n_narration and narration[k].start < hi:
        mention = narration[k]
        subject = k in subjects
        c = found.get(mention.label)
        if c is None:
            c = found[mention.label] = {}
        k += 1
        c["window_mentions"] = c.get("window_mentions", 0.0) + 1.0
        if span.end <= mention.start < next_start and mention.label == introduces_next:
            # the sentence introducing the next quote belongs to that quote, not this one
            c["tags_next_quote"] = 1.0
            continue
        if mention.end <= span.start:
            side, dist = "before", span.start - mention.end
            in_para = mention.start >= para_start
            own = mention.start >= prev_end  # not beyond the previous quote
            if 0 <= mention.start - prev_end < dist:
                c["nearer_previous_quote"] = 1.0  # likely the previous quote's tag
        else:
            dist = mention.start - span.end
            side, dist = "after", dist if dist > 0 else 0
            in_para = mention.start < para_end
            own = mention.start < next_start
            if next_start - mention.end < dist:
                c["nearer_next_quote"] = 1.0  # likely the next quote's tag or beat
        keys = _SIDE_KEYS[side]
        if dist < c.get(keys[0], 1e9):
            c[keys[0]] = float(dist)
            s_mention = bisect_right(sentence_starts, mention.start) - 1
            s_gap = s_quote - s_mention if side == "before" else s_mention - s_quote_end
            c[keys[1]] = float(s_gap if s_gap > 0 else 0)
        c[side] = 1.0
        if in_para:
            c[keys[2]] = 1.0
            if subject:
                c[keys[3]] = 1.0
        if own:
            c[keys[4]] = 1.0
            if subject:
                c[keys[5]] = 1.0
            if dist <= _NEAR:
                c[keys[6]] = 1.0
                if subject:
                    c[keys[7]] = 1.0
        if prev_end <= mention.start < span.start:
            c["since_previous_quote"] = 1.0
            if mention.start < prev_para_end:
                # after the previous quote in its paragraph: that line's tag or beat
                c["previous_line_narration"] = 1.0
            elif mention.end <= para_start:
                # a paragraph of narration alone before this quote's ("Out in the hall, Ben
                # found the brandy." / "Want some?"): its subject is on the scene
                c["narration_para"] = 1.0
                if subject:
                    c["narration_para_subject"] = 1.0
    # the quote's own names
    for name in quote.addressed:
        get(name)["addressed_here"] = 1.0
    for name in quote.about:
        get(name)["named_here"] = 1.0
    # the previous turns: who spoke, who was addressed or named
    new_para = prev is None or quote.para != prev.end_para
    if prev is not None and prev.label:
        c = get(prev.label)
        c["previous_quote_speaker"] = 1.0
        same_turn = t >= 0 and story.turn_of.get(id(prev)) == t
        c[
            "previous_quote_speaker_same_turn" if same_turn else "previous_quote_speaker_other_turn"
        ] = 1.0
        c["previous_quote_speaker_new_para" if new_para else "previous_quote_speaker_same_para"] = (
            1.0
        )
        # in a text whose paragraphs are guessed, a line after its speaker's tag goes on
        # in a new paragraph ("Go," he said. / "Now."); two lines with nothing between are
        # two voices: how much narration came between tells them apart
        gap = span.start - prev_end
        if gap <= _GAP_KINDS[-1][0] + 40:
            gap = len(text[prev_end : span.start].strip(_GAP_MARKS))
        kind = next((k for bound, k in _GAP_KINDS if gap <= bound), "long")
        if quote.para > prev.end_para + 1 and kind in ("tag", "beat"):
            kind = "para"  # a short paragraph of narration alone: not the line's own beat
        c[f"previous_quote_speaker_gap_{kind}"] = 1.0
        if asks_question(text, prev.span):
            # a question: the next line is more often its answer, in another voice
            c[f"previous_quote_speaker_asked_{kind}"] = 1.0
    for back in range(1, PREVIOUS_TURNS + 1):
        u = t - back
        if u < 0:
            break
        label = turns[u][0].label
        if label:
            c = get(label)
            c[f"turn_minus_{back}"] = 1.0
            gap = turns[t][0].para - turns[u][-1].end_para if t >= 0 else 0
            if gap == 1 and back == 1:
                c["turn_minus_1_adjacent"] = 1.0
            if back == 2 and gap <= 2:
                c["turn_minus_2_close"] = 1.0
        if back == 1:
            for name in story.addressed[u]:
                get(name)["addressed_previous_turn"] = 1.0
            for name in story.about[u]:
                get(name)["named_previous_turn"] = 1.0
            for name in story.roles[u]:
                get(name)  # called by kinship or rank ("Yes, uncle."): may answer
        else:
            # called by name a turn or two further back ("Professor Van Helsing," said Mrs.
            # Harker. / "Professor of what?" / the professor's answer)
            for name in story.addressed[u]:
                get(name)[f"addressed_turn_minus_{back}"] = 1.0
    if 0 <= t < len(turns) - 1 and adjoins(turns[t], turns[t + 1]):
        # whom the reply right after calls by name ("Thou art angry," she said. / "I am
        # not, Ayesha."): the one who just spoke, even when the narration never named her
        for name in turns[t + 1][0].addressed:
            get(name)
    if t >= 0:
        for rank, name in enumerate(story.scene[t]):
            c = get(name)
            c["scene_speaker"] = 1.0
            c["scene_speaker_rank"] = rank / SCENE_SPEAKERS
    narrator = cast.narrator
    if narrator and ctx.pov in ("first", "second"):
        get(narrator)["narrator"] = 1.0
    if quote.label:
        c = get(quote.label)
        c["sieve"] = 1.0
        c[f"sieve_{_RULES.get(round(quote.score, 2), 'other')}"] = 1.0
        c[f"rule_{quote.rule or 'other'}"] = 1.0
        c["sieve_score"] = quote.score
        if quote.tagged:
            c["sieve_tagged"] = 1.0
    hinted = quote
    if not quote.hint and t >= 0:
        hinted = story.hinted[t] or quote
    hint = hinted.hint
    want = pronoun_gender(hint)
    # where the "he"/"she" stands: a speech tag or an action beat, before or after the quote
    where = ""
    if want:
        kind = "tag" if hinted.hint_score >= SURE else "beat"
        where = f"{kind}_{'before' if hinted.hint_pos < hinted.span.start else 'after'}"
    if hinted.not_speaker:
        get(hinted.not_speaker)["tag_other"] = 1.0  # "said his cousin": not he
    if want and narrator in found and ctx.pov in ("first", "second"):
        found[narrator]["hint_narrator"] = 1.0
    if narrator and narrator in found and ctx.pov in ("first", "second"):
        if not vetoed(found[narrator]):
            # (a vetoed narrator is never ranked: its features would change nothing)
            narrator_in_narration(ctx, found[narrator], quote, prev_end, next_start, WINDOW_CHARS)
    if want and hinted.hint_pos >= 0:
        # the characters the pronoun resolves to are candidates even when named far away
        for rank, name in enumerate(cast.resolve_all(hint, hinted.hint_pos)[:2]):
            get(name)[f"hint_resolves_{rank}"] = 1.0
    if want and t >= 0:
        # the last and the last but one speaker of the scene of that gender ("he said"
        # after a line of hers goes to the last man to speak)
        rank = 0
        for name in story.scene[t]:
            if cast.gender.get(name) == want:
                get(name)[f"hint_speaker_{rank}"] = 1.0
                rank += 1
                if rank == 2:
                    break
    for name in story.main:
        # a mark, not a source: a main speaker nothing near the line brought in is no
        # candidate (round speed29: a quarter of a long story's candidates; the right
        # speaker only that way on 29 of 3,013 ranked training lines, chosen on 3)
        features = found.get(name)
        if features is not None:
            features["main_speaker"] = 1.0
    for name, features in found.items():
        _finish(features, name, cast.gender.get(name), want, story)
        if where:
            for key in ("hint_agrees", "hint_unknown_gender", "hint_disagrees"):
                if key in features:
                    features[f"{key}_{where}"] = 1.0
    return [Candidate(name, features) for name, features in found.items()]


def _finish(f: dict[str, float], name: str, sex: str | None, want: str, story: _Story) -> None:
    """Turn raw distances into bounded values and add the candidate's story-wide features."""
    for key, sentences in _DISTANCE_KEYS:
        if key in f:
            f[key] = _log(f[key]) / 7.0
            gap = f[sentences]
            f[sentences] = (gap if gap < 6.0 else 6.0) / 6.0
    if "window_mentions" in f:
        f["window_mentions"] = _log(f["window_mentions"])
    if want:
        if sex == want:
            f["hint_agrees"] = 1.0
        elif sex is None:
            f["hint_unknown_gender"] = 1.0
        else:
            f["hint_disagrees"] = 1.0
    static = story.static.get(name)
    if static is None:
        mentions = story.mentions.get(name, 0)
        static = story.static[name] = {
            "mentions": _log(mentions) / 5.0,
            "mention_share": mentions / story.most,
            "line_share": story.lines.get(name, 0) / story.most_lines,
        }
        if name in story.unnamed:
            static["unnamed"] = 1.0
    f.update(static)
