"""The conversation model of the "speakers" stage (sieve step 4, see ``speakers``): walks
the turns of dialogue in order, remembering who spoke, who was addressed and whom the
narration names, to resolve "he"/"she" tags and give untagged turns a speaker by
turn-taking; then re-reads undecided turns backwards from the tagged turns after them
(``conversation_backwards``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Reversible
from dataclasses import dataclass, field

from ficshelf.model import Span
from ficshelf.understand.bound_names import BoundNames
from ficshelf.understand.call_goes_on import caller_goes_on
from ficshelf.understand.clause_subjects import clause_subjects
from ficshelf.understand.closing_subjects import SENTENCE_LEAD, closing_named_subject
from ficshelf.understand.conversation_backwards import (
    alternate_backwards,
    anchor_backwards,
    answered_backwards,
    reactions_backwards,
)
from ficshelf.understand.described_subjects import described_referent
from ficshelf.understand.group_voices import is_group
from ficshelf.understand.listener_gender import turn_called_gender
from ficshelf.understand.question_calls import asked_first
from ficshelf.understand.relational_tags import (
    AGAINST_HE,
    AGAINST_LAST,
    relational_subject,
    spouse_in_cast,
    spouse_subject,
)
from ficshelf.understand.said_it_beats import give_line_back
from ficshelf.understand.scene_referents import scene_referents
from ficshelf.understand.speaker_calls import split_by_own_tag
from ficshelf.understand.speaker_context import (
    HISTORY,
    MAX_BEAT_CHARS,
    MAX_TURN_GAP,
    SCORE_ADDRESSED,
    SCORE_ALTERNATION,
    SCORE_BEAT,
    SCORE_CONTINUED,
    SCORE_NAMED_TAG,
    SCORE_NARRATED,
    SCORE_PRONOUN_TAG,
    SCORE_RECENT,
    Context,
    QuoteState,
    fill_turn,
    paragraph_index,
)
from ficshelf.understand.speaker_cues import FEMALE, MALE, THIRD_PERSON, pronoun_gender
from ficshelf.understand.speaker_gaze import gaze_listener
from ficshelf.understand.speaker_self import narrator_present
from ficshelf.understand.tag_owners import narrated_owner
from ficshelf.understand.tag_pronoun_limits import in_pronoun_sentence, pronoun_misfits
from ficshelf.understand.told_narrator import told_narrator

# A sentence opening with "he"/"she" as its subject, after an adverb or two ("Then he came").
_OPENING_PRONOUN = re.compile(SENTENCE_LEAD + r"([Hh]e|[Ss]he)\b(?!['’])")
# How far before a turn a name of the narration may stand and still be the turn's speaker
# for the ``narrated`` step (a beat's reach): a minister named six sentences before a
# saying quoted at the end of a long paragraph of narration is no cue to it.
NARRATED_REACH = MAX_BEAT_CHARS


@dataclass
class _Scene:
    """What the conversation model remembers while walking through the turns."""

    # (speaker, addressed) of the last ``HISTORY`` turns
    history: deque[tuple[str, list[str]]] = field(default_factory=lambda: deque(maxlen=HISTORY))
    # characters named or speaking, most recent last (a dict keeps the order, O(1) moves)
    recent: dict[str, None] = field(default_factory=dict)
    # named in narration since the last turn, in the last paragraph that named anyone:
    # (character, whether the mention is a subject)
    narrated: list[tuple[str, bool]] = field(default_factory=list)
    # for each of ``narrated``: whether it is the subject of a later clause of its sentence
    # ("When the others had gone, Nell stood ..."; ``clause_subjects``)
    clause: list[bool] = field(default_factory=list)
    # for each of ``narrated``: its index among the narration mentions (for ``bound``)
    at: list[int] = field(default_factory=list)
    # for each of ``narrated``: whether it stands within ``NARRATED_REACH`` of the turn
    near: list[bool] = field(default_factory=list)
    # whether a "he"/"she" stands before a narration mention in its clause ("Then she took
    # Nell's hand": not Nell; ``bound_names``), shared by the scenes of a story
    bound: BoundNames | None = None
    # the subjects of the narration paragraph(s) before the last turn, when there were any
    partners: list[str] = field(default_factory=list)
    # whether the narrator of a first- or second-person story stands in the paragraph of
    # narration right before the last turn ("I went and sat by him.")
    partner_narrator: bool = False
    # the gender the last turn's calls gave its listener ("Yes, sir."; ``listener_gender``)
    called: str = ""
    # whom the last turn called, by quote from its last (the names of one quote in order)
    answerers: list[str] = field(default_factory=list)

    def saw(self, name: str) -> None:
        self.recent.pop(name, None)
        self.recent[name] = None


def conversation(ctx: Context, turns: list[list[QuoteState]]) -> None:
    """Sieve 4: turn-taking forwards, then alternation backwards (see the module docstring)."""
    narration = ctx.cast.narration
    later = clause_subjects(ctx.text, narration, ctx.cast.subjects)
    bound = BoundNames(ctx.text, narration, ctx.sentence_starts, [q.span.end for q in ctx.quotes])
    m = 0
    scene = _Scene(bound=bound)
    last_para = -(10**9)
    prev_end = -1
    spouses: dict[str, str] = {}  # a spouse description -> the named character (_named_spouse)
    last_turn: list[QuoteState] = []
    for turn in turns:
        gap = turn[0].para - last_para
        if gap > MAX_TURN_GAP + 1 or ctx.breaks_between(last_para, turn[0].para):
            scene = _Scene(recent=dict.fromkeys(list(scene.recent)[-2:]), bound=bound)
        last_para = turn[-1].end_para
        scene.narrated, scene.clause, scene.at, scene.near = [], [], [], []
        para = -1
        while m < len(narration) and narration[m].start < turn[0].span.start:
            mention = narration[m]
            if mention.label in spouses:
                mention = Span(mention.start, mention.end, spouses[mention.label])
            scene.saw(mention.label)
            if mention.start > prev_end:
                mention_para = bisect_right(ctx.paragraph_starts, mention.start)
                if mention_para != para:
                    scene.narrated, scene.clause, para = [], [], mention_para
                    scene.at, scene.near = [], []
                scene.narrated.append((mention.label, m in ctx.cast.subjects))
                scene.clause.append(m in later)
                scene.at.append(m)
                scene.near.append(turn[0].span.start - mention.start <= NARRATED_REACH)
            m += 1
        # a second turn in the paragraph of the last one, past more narration than a beat
        # (not a dash's or a bare quote's new voice)
        far_in_paragraph = gap == 0 and turn[0].span.start - prev_end > MAX_BEAT_CHARS
        prev_end = turn[-1].span.end
        addressed = [name for q in turn for name in q.addressed]
        # nor is anyone the turn names its speaker
        excluded = addressed + [name for q in turn for name in q.about]
        speaker = turn[0].label
        if speaker and turn[0].tagged:
            named = _named_spouse(ctx, scene, turn, excluded)
            if named:
                # the description's later mentions (its own tag's) are that character's
                spouses[speaker], speaker = named, named
        prev = scene.history[-1][0] if scene.history else ""
        reacting = speaker and speaker == prev and turn[0].score <= SCORE_BEAT and gap == 1
        if reacting:
            # the one who just spoke is more likely the one reacting to this line
            for quote in turn:
                if quote.score <= SCORE_BEAT:
                    quote.label, quote.score, quote.rule = "", 0.0, ""
            speaker = ""
        if gap == 2 and last_turn and not turn[0].tagged:
            # the narration between tells how the line before was said (``said_it_beats``)
            sayer = give_line_back(ctx, scene.narrated, scene.at, last_turn, turn, scene.history)
            if sayer:
                excluded = [*excluded, sayer]
                scene.narrated, scene.clause, scene.at, scene.near = [], [], [], []
                speaker = turn[0].label
        split_half = bool(last_turn) and split_by_own_tag(last_turn[-1], turn[0])
        call = last_turn[-1] if last_turn else None
        last_turn = turn
        hinted = next((q for q in turn if q.hint), None)
        if not speaker and hinted is not None:
            if hinted.against:
                hinted.not_speaker = _against(ctx, scene, hinted)
                excluded = [*excluded, hinted.not_speaker]
            # a spouse tag names its speaker as a name does
            speaker = _spouse(ctx, hinted, excluded)
            if speaker:
                fill_turn(turn, speaker, SCORE_NAMED_TAG, "spouse_tag")
            else:
                speaker, rule = _resolve_pronoun(ctx, scene, hinted, excluded, gap)
                if speaker:
                    fill_turn(turn, speaker, hinted.hint_score, rule)
        if not speaker and far_in_paragraph and prev and prev not in excluded:
            # that narration named no speaker: one paragraph, one voice
            speaker = prev
            fill_turn(turn, speaker, SCORE_NARRATED, "paragraph_voice")
        if not speaker and gap > 1 and not ctx.breaks_between(turn[0].para - 1, turn[0].para):
            speaker = closing_subject(ctx, scene, turn, excluded, gap)
        if not speaker and call is not None and prev and prev not in excluded:
            # a call that asks nothing, its short tag, and the caller goes on (guessed
            # paragraphs: ``call_goes_on``)
            if scene.answerers and caller_goes_on(ctx, call, turn[0]):
                speaker = prev
                fill_turn(turn, speaker, SCORE_CONTINUED, "continued")
        tagged = hinted is not None and hinted.hint_score == SCORE_PRONOUN_TAG
        want = pronoun_gender(hinted.hint) if tagged and hinted and not speaker else ""
        if want:
            # a "he"/"she" the resolver placed on no one still is no "I", whatever the
            # turn-taking says (``tag_pronoun_limits``)
            excluded = [*excluded, *pronoun_misfits(ctx)]
        if not speaker:
            speaker, score, rule = _next_speaker(ctx, scene, excluded, gap)
            if speaker:
                fill_turn(turn, speaker, score, "after_reaction" if reacting else rule)
        scene.history.append((speaker, addressed))
        # a line calling several people answers to the one its closing question calls
        calls = [
            name
            for q in reversed(turn)
            for name in asked_first(ctx.text, q.span, q.addressed, ctx.cast.addressed)
        ]
        # the half after a tag that split a speech keeps the call of the half before it
        scene.answerers = calls or (scene.answerers if split_half else [])
        told = told_narrator(ctx, turn)  # "she asked me": the narrator answers
        if told:
            scene.answerers = [told]
        if not scene.answerers and not ctx.guessed:
            # a turn that calls no one by name is spoken to whom its speaker looks at (where
            # a new paragraph is a new voice: not where paragraphs were guessed)
            looked = gaze_listener(ctx, turn)
            scene.answerers = [looked] if looked else []
        scene.called = turn[0].called = turn_called_gender(ctx.text, (q.span for q in turn))
        same_scene = 1 < gap <= MAX_TURN_GAP + 1
        scene.partners = [n for n, subject in scene.narrated if subject] if same_scene else []
        scene.partner_narrator = same_scene and _narrator_before(ctx, turn[0].para)
        if speaker:
            scene.saw(speaker)
    answered_backwards(ctx, turns)
    alternate_backwards(turns)
    anchor_backwards(turns)
    reactions_backwards(ctx, turns)


def closing_subject(
    ctx: Context, scene: _Scene, turn: list[QuoteState], excluded: list[str], gap: int
) -> str:
    """Give an untagged turn that opens the paragraph right after narration the "he"/"she"
    that opens that narration's last sentence ("Then he came the ten yards, slowly." /
    "You are cold."): whoever moved last speaks first. Fills the turn and returns the
    speaker; "" when that sentence opens with no such pronoun or it resolves to no one."""
    para = ctx.paragraphs[turn[0].para - 1]
    s = bisect_right(ctx.sentence_starts, para.end - 1) - 1
    start = max(para.start, ctx.sentence_starts[s]) if s >= 0 else para.start
    opening = _OPENING_PRONOUN.match(ctx.text, start, para.end)
    if opening is None:
        speaker = closing_named_subject(ctx, start, para.end, excluded)
        if speaker:
            fill_turn(turn, speaker, SCORE_NARRATED, "closing_subject")
        return speaker
    probe = QuoteState(turn[0].span, turn[0].para, turn[0].end_para)
    probe.hint = opening.group(1).lower()
    probe.hint_pos, probe.hint_score = opening.start(1), SCORE_NARRATED
    speaker, _ = _resolve_pronoun(ctx, scene, probe, excluded, gap)
    if speaker:
        fill_turn(turn, speaker, SCORE_NARRATED, "closing_subject")
    return speaker


def _against(ctx: Context, scene: _Scene, quote: QuoteState) -> str:
    """Return whom a relational tag ("said his cousin", "said the other") sets its speaker
    against: for "the other" the last speaker; for "his"/"her" the latest subject of that
    gender in the narration since the last line (``tag_owners``), else the last speaker of
    that gender, else the character of that gender the narration named last. "" for none."""
    prev = scene.history[-1][0] if scene.history else ""
    if quote.against == AGAINST_LAST:
        return prev
    want = MALE if quote.against == AGAINST_HE else FEMALE
    owner = narrated_owner(scene.narrated, scene.clause, ctx.cast.gender, want)  # spk36
    if owner:
        return owner
    for name, _ in reversed(scene.history):
        if name and ctx.cast.gender.get(name) == want:
            return name
    found = ctx.cast.resolve_all(quote.against, quote.hint_pos)
    return found[0] if found else ""


def _spouse(ctx: Context, quote: QuoteState, excluded: list[str]) -> str:
    """Return the speaker a spouse tag names ("said his wife" after Mr. Bennet spoke: Mrs.
    Bennet), the one character of the tag's gender with the surname of whom its "his"/"her"
    refers to, or else of the one the line calls (``relational_tags.spouse_in_cast``); ""
    when the tag names no spouse or the cast holds no such one."""
    if not quote.spouse:
        return ""
    want = MALE if quote.hint == "he" else FEMALE
    # "'My dear Mr. Bennet,' said his lady": else the one the line calls is "his"
    owner = quote.not_speaker or next(
        (name for name in quote.addressed if ctx.cast.gender.get(name) not in ("", want)), ""
    )
    if not owner:
        return ""
    found = spouse_in_cast(owner, ctx.cast.names, ctx.cast.gender, want)
    return "" if found in excluded else found


def _named_spouse(ctx: Context, scene: _Scene, turn: list[QuoteState], excluded: list[str]) -> str:
    """Return the named character a tag's spouse description stands for, and give it the
    turn's lines that tag named: '"Do you not want to know?" cried his wife' after Mr.
    Bennet made no answer is Mrs. Bennet, when the characters stage kept "his wife" as a
    character of its own (two labels of one voice would take turns in the count). "His" is
    the last male speaker, else the man the narration named last (as ``_against`` reads
    it); the spouse is the one character of the other gender with his surname
    (``relational_tags.spouse_in_cast``). "" when the tag names no spouse or none is found."""
    label = turn[0].label
    phrase = label.lower().split()
    if not spouse_subject(phrase):
        return ""
    pronoun, against = relational_subject(phrase)
    if pronoun not in THIRD_PERSON:
        return ""
    owner_sex = MALE if against == AGAINST_HE else FEMALE
    owner = next(
        (name for name, _ in reversed(scene.history) if ctx.cast.gender.get(name) == owner_sex),
        "",
    )
    if not owner:
        found = ctx.cast.resolve_all("he" if owner_sex == MALE else "she", turn[0].span.start)
        owner = found[0] if found else ""
    if not owner:
        return ""
    want = MALE if pronoun == "he" else FEMALE
    named = spouse_in_cast(owner, ctx.cast.names, ctx.cast.gender, want)
    if not named or named in excluded:
        return ""
    for quote in turn:
        if quote.label == label:
            quote.label = named
    return named


def _other_voice_last(
    history: Reversible[tuple[str, list[str]]], prev: str, want: str, gender: dict[str, str]
) -> bool:
    """Whether the voice before the last speaker's run is known to be of the other gender
    than ``want`` (the last exchange is between a man and a woman)."""
    for name, _ in reversed(history):
        if name and name != prev:
            sex = gender.get(name)
            return sex is not None and bool(want) and sex != want
    return False


def _resolve_pronoun(
    ctx: Context, scene: _Scene, quote: QuoteState, addressed: list[str], gap: int
) -> tuple[str, str]:
    """Return who the "he"/"she" hint of a turn refers to, and the rule that chose them
    (an "it" hint, from a creature's or an "it" tag, is a pronoun of any gender).

    First a character of that gender who is the subject of narration since the last turn
    (the most recent); then, for a speech tag, a speaker of that gender earlier in the
    conversation other than the last one (turn-taking); for a beat in a running exchange,
    the one of its last two voices of that gender; then the most recent narration
    mention of that gender (subjects first); last, the previous speaker. Characters known to
    be of that gender are tried first, then those of unknown gender; never the narrator of a
    first- or second-person story, whatever their gender: "he" is not "I".
    """
    want = pronoun_gender(quote.hint)
    hint = quote.hint.lower()
    bound = scene.bound

    def binds(k: int) -> bool:
        return bound is not None and bound.binds(k, hint)

    gender = ctx.cast.gender
    narrator = ctx.cast.narrator if ctx.pov in ("first", "second") else ""
    prev = scene.history[-1][0] if scene.history else ""
    tag = quote.hint_score == SCORE_PRONOUN_TAG
    para_start = ctx.paragraphs[paragraph_index(ctx.paragraph_starts, quote.hint_pos)].start
    for lenient in (False, True):

        def fits(name: str, lenient: bool = lenient) -> bool:
            sex = gender.get(name)
            ok = not want or sex == want or (lenient and sex is None)
            return ok and bool(name) and name != narrator and name not in addressed

        # a person described as a subject is the "he"/"she" when no character of that
        # gender is a subject since the last line (round spk35, ``described_subjects``)
        named = zip(scene.narrated, scene.clause, scene.at, strict=True)
        subjects = (n for (n, s), c, at in named if (s or c) and not binds(at))
        described = None if lenient else described_referent(ctx, quote, want)
        if described is not None and not any(fits(n) for n in subjects):
            return (described, "pronoun_described") if fits(described) else ("", "")
        # the nearest character of that gender named before it in its own paragraph
        # (passing over a name the same pronoun stood before in its sentence: "then she
        # let go of Nell's hand" is not Nell; ``bound_names``)
        k = ctx.cast.first_at(quote.hint_pos) - 1
        stop = max(-1, k - HISTORY)  # a bounded look back, even in a single-line text
        while k > stop and ctx.cast.narration[k].start >= para_start:
            if fits(ctx.cast.narration[k].label) and not binds(k):
                return ctx.cast.narration[k].label, "pronoun_paragraph"
            k -= 1
        # the subject of narration since the last turn, the latest first; failing one of
        # that gender, the latest subject when its gender is unknown ("Biscuit sat still a
        # long while. 'Thank you,' she said": a creature or a bare descriptor the text never
        # gives a "he"/"she"), never one behind a later subject nor the last speaker, whose
        # own tag's name is no sign of the gender (round S32)
        latest = ""
        for (name, subject), clause, at in zip(
            reversed(scene.narrated), reversed(scene.clause), reversed(scene.at), strict=True
        ):
            if not (subject or clause) or binds(at):
                continue
            if fits(name):
                return name, "pronoun_narrated_subject"
            latest = latest or name
        if latest and latest != prev and fits(latest, True):
            return latest, "pronoun_narrated_subject"
        # (for a tag, not a name in a sentence its own pronoun opens: "He thought of the
        # money Peter had promised." / "It is late," he said.; ``tag_pronoun_limits``)
        for (name, _), at in zip(reversed(scene.narrated), reversed(scene.at), strict=True):
            if fits(name) and not binds(at) and not (tag and in_pronoun_sentence(ctx, at, hint)):
                return name, "pronoun_narrated"
        # a reply: whom the last line called by name, the last called first ("Thank you,
        # Mrs. Hudson. Sit down, Mrs. Harker." ... she said); a beat's "he"/"she" too
        # when the last speaker is known to be of the other gender ("Tired, Nell?" he
        # asked. She nodded.): the one a line calls by name is the one in view
        other = bool(want) and gender.get(prev) not in (None, want)
        if (quote.hint_score == SCORE_PRONOUN_TAG or other) and scene.history:
            for name in reversed(scene.history[-1][1]):
                if name != prev and fits(name):
                    return name, "pronoun_called"
        if gap > 1 and not lenient and fits(prev):
            # narration since the last line that names no one else keeps its speaker in view
            return prev, "pronoun_last_speaker"
        if (
            quote.hint_score == SCORE_PRONOUN_TAG
            and ctx.guessed
            and not lenient
            and fits(prev)
            and _other_voice_last(scene.history, prev, want, gender)
        ):
            # where paragraphs were guessed, a "he" tag right after the line of a man
            # talking with a woman: that man goes on (the guessed paragraph split his
            # speech), not a man who spoke before their exchange
            return prev, "pronoun_last_speaker"
        if quote.hint_score == SCORE_PRONOUN_TAG:
            for name, _ in reversed(scene.history):
                if name != prev and fits(name):
                    return name, "pronoun_earlier_speaker"
        if quote.hint_score != SCORE_PRONOUN_TAG and not lenient and gap == 1:
            # a beat in a running exchange: the one of its two voices of that gender ("Do
            # you." He looked away.), before anyone the narration named further back
            voices = {name for name, _ in list(scene.history)[-2:] if fits(name)}
            if len(voices) == 1:
                return voices.pop(), "pronoun_voice"
        if quote.hint_score == SCORE_PRONOUN_TAG:  # (a tag's; a beat's may be the listener)
            away = {n for (n, _), at in zip(scene.narrated, scene.at, strict=True) if binds(at)}
            found = scene_referents(ctx, quote, lenient, away)
        else:
            found = ctx.cast.resolve_all(quote.hint, quote.hint_pos, lenient=lenient)
        for name in found:
            if fits(name):
                return name, "pronoun_recent"
        if fits(prev):
            return prev, "pronoun_last_speaker"
    return "", ""


def _next_speaker(
    ctx: Context, scene: _Scene, addressed: list[str], gap: int
) -> tuple[str, float, str]:
    """Return the likely speaker of an untagged turn from what came before it, the
    confidence and the rule that chose it; ("", 0, "") when nothing points to anyone.
    ``gap``: how many paragraphs on from the last turn it stands (3 or more: two
    paragraphs of narration between them, which may give the line back to the last
    speaker). A reply right after a line that called its listener "sir" or "madam"
    (``listener_gender``) never goes to a character known to be of the other gender: the
    scene's last speaker of the called gender answers instead (rule ``called_gender``)."""
    apart = gap > 2
    prev = scene.history[-1][0] if scene.history else ""
    called = scene.called if gap == 1 else ""
    gender = ctx.cast.gender

    def ok(name: str) -> bool:
        sex = gender.get(name)
        return name not in addressed and not (called and sex and sex != called)

    if gap > 1:
        # after a paragraph of narration, its subject speaks before whom the last line called
        # (the subject of a later clause too: "When the bell rang, Nell stood up.")
        for (name, subject), clause in zip(scene.narrated, scene.clause, strict=True):
            if (subject or clause) and (apart or name != prev) and ok(name):
                return name, SCORE_NARRATED, "narration_subject"
    # whom the last turn called: its last quote that calls anyone first, as a speaker who
    # turns from one listener to another after a beat ("Dennis," she said. She turned.
    # "Ruth, ...") is answered by the later one (round S30)
    for name in scene.answerers:
        if name and name != prev and ok(name):
            return name, SCORE_ADDRESSED, "addressed_before"
    # a name the narration mentioned far back in a long paragraph (where paragraphs were
    # guessed, a page of narration is one) is no cue to this line
    near = [entry for entry, close in zip(scene.narrated, scene.near, strict=True) if close]
    narrated = [name for name, subject in near if subject]
    narrated += [name for name, _ in near]
    for name in narrated:
        if (apart or name != prev) and ok(name):
            return name, SCORE_NARRATED, "narrated"
    # the last turn opened a new exchange after narration: its partner is the narrator of a
    # first- or second-person story when that narration's last paragraph holds them ("I went
    # and sat by him." / "Don't mind them," he said. / "I don't."; they have no name
    # mentions), else whom that narration made its subject ("Robin turned the ribbon over."
    # "You're mooning," Will said.): not whoever spoke before the narration (round S19)
    narrator = ctx.cast.narrator
    if scene.partner_narrator and prev and narrator and narrator != prev and ok(narrator):
        return narrator, SCORE_ALTERNATION, "partner"
    for name in scene.partners:
        if prev and name != prev and ok(name) and not is_group(name):
            return name, SCORE_ALTERNATION, "partner"
    if len(scene.history) >= 2:
        before = scene.history[-2][0]
        if prev and before and before != prev and before not in addressed:
            # a group speaks only when a tag says so, never by the count (``group_voices``)
            if ok(before) and not is_group(before):
                return before, SCORE_ALTERNATION, "alternation"
            # "Professor of what, sir?" after a lady spoke: the man of the scene answers
            for name in [n for n, _ in reversed(scene.history)] + list(reversed(scene.recent)):
                if name and name != prev and ok(name) and gender.get(name) == called:
                    return name, SCORE_ALTERNATION, "called_gender"
    if narrator and prev and narrator != prev and ok(narrator):
        if ctx.pov in ("first", "second"):
            return narrator, SCORE_ALTERNATION, "narrator_alternation"
    for name in reversed(scene.recent):
        if name != prev and ok(name):
            return name, SCORE_RECENT, "recent"
    return "", 0.0, ""


def _narrator_before(ctx: Context, para: int) -> bool:
    """Return whether the narrator of a first- or second-person story stands in the
    paragraph of narration right before paragraph ``para`` (``speaker_self``)."""
    if para < 1 or not ctx.cast.narrator or ctx.pov not in ("first", "second"):
        return False
    before = ctx.paragraphs[para - 1]
    return narrator_present(ctx, before.start, before.end)
