"""The "speakers" stage.

Layers:

* ``speakers`` — one span per quote, with exactly the quote's start and end, in the same
  order, label = the canonical name of the character who says it (one of the ``characters``
  labels), a description its tag gives a speaker no character is (step 7), or "" when
  unknown, score = confidence. Empty on a text that is not English: the stage reads
  English only (``english_only``), and the runner does not run it there.
* ``voices`` — one span per speaker no ``characters`` label names (a description or a
  group word: "the old man", "gentlemen"), at the first quote it says, label = that
  speaker, score 0: the unnamed voices the report lists with the characters, so that every
  speaker is a listed character.

A sieve in the spirit of Muzny et al. (2017), from the surest evidence to the weakest; each
step only decides quotes the earlier ones left open (steps 1 to 3 live in ``sieve_tags``,
``sieve_turns`` and ``sieve_beats``, step 4 in ``conversation``; ``_sieve`` runs them):

1. **Speech tags** next to the quote (``speech_tags.tag_after`` / ``tag_before``): a name
   ("said Alex", "Dr. Vance asked", "the ferryman says"; score 0.95), "I" (the narrator; 0.9),
   "you" in a second-person story (the narrator; 0.85: the ``narrator`` layer's, or when it
   is empty, the "you" whom the others call by name, ``narrator.addressed_narrator``). A
   paragraph of narration that ends on a tag and a colon ("... and Ann said, very low:")
   tags the line that opens the next paragraph (``sieve_tags``), and so does a sentence
   that ends on "spoke" right before a line ("… whereupon Mrs. Gale spoke.":
   ``spoke_tags``); a sentence with a "he"/"she" that ends on a colon right before a line
   tags it with that pronoun ("Then as he faced us again: …": ``colon_beats``); an
   unnamed character whose speech verb stands past a clause of its own right before the
   line tags it ("the ferry-boy who held it shouted up to us, …": ``clause_speech``). A
   "he"/"she" tag, or a description
   of a person of known gender that names no character ("said the old man", "cried her
   mother"), is resolved in step 4, where the conversation is known (0.85); so are an "it"
   tag and a creature ("the python says", "the old wolf says"), as a pronoun of any
   gender. A tag whose subject is defined against someone ("said his cousin", "rejoined
   her husband", "said the other": ``relational_tags``) is resolved the same way but never
   to that someone (the last speaker of the possessive's gender, or the last speaker); a
   spouse so named ("said his wife", "instructed her husband") is the one character of the
   tag's gender with that someone's surname (or, when no one is found, the surname of whom
   the line calls), as a name would be (0.95, rule ``spouse_tag``). A
   verb of manner is a tag when the narration goes on in lower case ("No!" laughed Lord
   Henry; "No!" she laughed), not when a capital opens a new sentence ("No!" Lord Henry
   laughed.). A character the
   tag says the line is told to ("he says, to the ferryman") is its listener. A quote whose
   speaker introduces themself ("I'm Dorothy Gale", "my name is Ann") is theirs (0.9)
   unless a tag names someone else. Narration ending in a colon introduces the quote after
   it ("Father Arnall then said: -- Who will win?"): its tag wins over one after the quote,
   and is not read as the tag of the quote before, unless the tag's own sentence ended
   before the colon or the quote after it goes on in lower case ("?" went on Ann: "she had
   ...").
2. **The turn**: a turn is the quotes of one paragraph with at most ``MAX_BEAT_CHARS`` of
   narration between them, together with the paragraphs of a speech left open at a
   paragraph's end; a quote that a tag before it introduces ("Ann said only, ...") opens a
   turn of its own, and so does a speech its own dash opens ("— Yes, my love?") and a quote
   that follows another with nothing between them (two voices: "Under the church there lie
   --" "It isn't a church!"). In a text whose paragraphs look guessed (a new one at every
   sentence that opens with a quotation mark, as LitBank's reader makes them), a quote
   opening the paragraph after a tagged quote, with nothing but its tag between ("Go," he
   said. / "Now."), joins that turn, unless the tagged quote asks a question (the next line
   answers it), the quote has a "he"/"she" tag of its own, or it answers: it opens with a
   word of answer ("Well, ...", "Precisely.") or its tag calls it one ("Ten," was the
   reply.; ``answer_lines``). A quote that is a name alone
   before a tag, when the speech goes on after it in a new sentence ("Fenwick," Mr. Tull
   said. "The mare is lame."), calls that character (``speaker_calls``). Untagged quotes
   share the speaker of a tagged one in their turn (a line split by its tag, 0.9; the
   next paragraph of a long speech, 0.85).
3. **Action beats**: the subject of a narration sentence of the quote's paragraph at most
   ``MAX_BEAT_CHARS`` away from it, the nearest first — a character named at its start
   (0.75), or a pronoun resolved in step 4; failing that (no subject at all), the only
   character that narration names (0.65). The tags of other turns' quotes (to the end of
   their sentence), and the sentence that introduces the next quote ("Mrs. Bennet said
   only,"), are not read as this turn's narration. In text whose paragraphs look guessed,
   a beat after the quote is as often the next paragraph's reaction by the listener ("No,
   I won't." Lord Henry raised his eyebrows.): its rule is ``beat_after_guessed``, which
   the ranker may overrule.
4. **Conversation model** (``conversation``), walking the turns in order and remembering the
   scene (who spoke, who was addressed, who the narration since the last turn names). A
   "he"/"she" goes to the nearest character of that gender named before it in its paragraph,
   else to the subject of that narration of that gender (the most recent: a name opening a
   sentence, or a later clause's, "When the others had gone, Nell stood": ``clause_subjects``),
   else to another character of that gender it names, else (for a tag) to whom the last line
   called by name, the last called first, else to the last speaker when a paragraph of
   narration came between, else (for a tag) to an earlier speaker of that gender other than the
   last one, else (for a beat in a running exchange) to the one of its last two voices of that
   gender, else to the most recent narration mention of that gender (subjects first; for a
   tag, never one the same pronoun was just shown not to be, and on a scene's first line
   those the new scene names first: ``scene_referents``). The
   narration's steps pass over a name that the same pronoun stands before in its clause
   ("Then she took Nell's hand": not Nell; ``bound_names``). A beat
   that names whoever spoke in the paragraph just before is read as their reaction to the line,
   not as its speaker: the turn is decided as untagged. An untagged turn in the paragraph of
   the turn before it (past more narration than a beat, naming no one) keeps that turn's
   speaker (0.62). An untagged turn after a paragraph of narration whose last sentence opens
   with "he"/"she" ("Then he came the ten yards.") goes to whom that pronoun resolves to, as
   above (0.62); else to that narration's subject (0.62); else to the character the previous
   turn addressed by name (0.65; the narrator first when its tag was said to "me", "she asked
   me": ``told_narrator``), or, when it called no one, the one its speaker looked at in
   its narration ("She looked at Tom." / "He looked at me."; ``speaker_gaze``; not where
   paragraphs were guessed) (0.65), else to the subject the narration since the last turn names
   (0.62; the last speaker too when two paragraphs of narration or more came between; only a
   name at most ``MAX_BEAT_CHARS`` before the turn, ``conversation.NARRATED_REACH``), else,
   when the last turn came after narration, to the narrator of a first- or second-person story
   when "I"/"me" ("you") stands in that narration's last paragraph, else to its subject (0.6),
   else the speakers alternate (0.6), with the narrator of a first- or second-person story as
   the other party, else to the most recently named other character (0.5). A reply right after
   a line that calls its listener "sir", "madam", "mamma"... (``listener_gender``) never goes
   this way to a character known to be of the other gender: the scene's last speaker of the
   called gender answers instead (0.6). Names addressed inside a turn ("Jo, wait!") or talked
   about in it ("Mr. Darcy, who would not dance") are never its speaker. A turn that only
   turn-taking decided, or that went to the narration's subject before it, goes to the
   character the reply right after it calls by name in its first sentence ("I'm not well,
   Florence."). Turns still unknown take the speaker of the turn
   after next when the two turns after them alternate. Last, the turns no tag decided are
   counted back from the tagged turn that ends their run of consecutive paragraphs (A's two,
   four... turns before it, the other party's in between). When the narration right after such
   a run opens with its last speaker reacting ("He laughed at that."), the run's two voices are
   swapped: whoever reacts listened. A scene ends after ``MAX_TURN_GAP`` paragraphs without
   dialogue, or at a heading or scene break.

Each step records the rule that decided (``QuoteState.rule``).

5. **The learned ranker** (``speaker_features``, ``speaker_ranker``): every story quote gets
   candidates (characters named around it, the speakers of the turns before it, the
   story's main speakers, the narrator, the sieve's choice) with features (the sieve's
   choice and rule, distances, speech-tag subjects, pronoun agreement, vocatives,
   alternation, counts), and a softmax over the shipped weights (``speaker_ranker.json``,
   trained by ``scripts/train_speaker_ranker.py`` on LitBank dev and the tuning stories)
   picks the speaker. The sieve's choice stays when a rule that reads an explicit cue made
   it and the ranker does not decide that rule's quotes better by cross-validation (a tag,
   a beat, a name called, a reaction: the weights file's ``kept_rules``; where the
   paragraphs look guessed, a "he"/"she" tag given to whom the last line called is ranked
   all the same, as rule ``pronoun_called_guessed``), or when the ranker's best is not
   ``margin`` more probable or less probable than ``threshold``. A character the quote
   addresses, or a first-person narrator for a "he"/"she" tag, is never chosen. The score
   is the ranker's probability, capped by the kind of evidence
   (``speaker_ranker.CONFIDENCE_CAP``); a kept rule's choice keeps the sieve's score. The
   second half of a line its tag splits ("Leave it," she said, "by the door."), given the
   first half's speaker by the sieve, takes the first half's final speaker and score
   (``speaker_split``). A line the sieve counted from the turn two back (``alternation``),
   whose choice the ranker left standing, takes that turn's final speaker when the ranker
   re-decided it from a cue of its own (a "he"/"she" resolved to another person of that
   gender): the run counts on from the voices as settled (``speaker_carry``); before that, a
   line "a voice" says ('"…," said a voice from the door.') takes the character the
   narration names right after it, as they come in (``voice_entrances``). Last, a run
   of two voices whose cues and calls all agree on one way of alternating them gives its
   turn-taking lines the speaker that way gives them (``run_parity``). Where the
   paragraphs look guessed, a run of two voices takes instead the likeliest order of the
   two, weighing how likely a voice goes on past what stands between two lines against
   each turn's own tag, beat or call (``guessed_runs``). There, too, the line opening the
   paragraph right after a line its own "he"/"she" tag decided, with nothing but that tag
   between, takes that line's final speaker: the speech goes on past its tag
   (``pronoun_tag_runs``). A turn-taking line that calls its listener "sir" or "ma'am",
   left with the voice of the line before, of the called gender, goes to the exchange's
   latest voice of the other gender (``title_call_turns``). See docs/speakers.md.

6. **One-line speakers** (``one_line_speakers``: "cried one of the women", "said another",
   "somebody asked") are characters the sieve and the ranker never see; afterwards each
   takes the line its own tag stands by, that line's split second half and the rest of its
   paragraph (0.8), and no other line. A line the sentence after it says someone heard
   ('"…," I heard one small boy grumbling.') goes to the newcomer heard, and never to the
   hearer (``heard_tags``, 0.7).

7. **Described speakers** (``described_tags``): a line whose tag names a kinsman no
   character answers to ("said her sister", "His mother said:"), unless the voice the
   sieve gave it, of no other gender, spoke one of the last four lines, and a line whose
   "he"/"she" points to a newcomer the narration since the line before opens a sentence on
   ("A stout old woman came out of the kitchen. …" / '"…," she said') or a clause on
   with "the" and no character answering to it ("…, and the postman came up the steps."),
   with no name or other person of that gender after, take that description as their
   speaker (0.7), with the split second half; the description becomes no character.

8. **A group's answer** (``group_calls``): a line only turn-taking decided, right after a
   line that calls a group ("What am I bid, gentlemen?"), takes the group word as its
   speaker (0.6); where paragraphs were guessed, not after a tagged call that asks nothing
   (the caller may go on past the tag).

Genders come from honorifics and kinship words in a character's names, from the first
pronoun after its mentions (``speaker_cues``; not a subject's own object, "Kit is watching
her": ``clause_subjects.object_pronoun``) and from a given name's usual gender, the
canonical name's or else a one-word name it is called by ("Thomas"); a group ("the men",
"the Greys": ``group_voices.speaks_as_one``) is ``speaker_cues.PLURAL``, neither "he" nor
"she".
Quotes in notes get the character an epigraph credits ("— Calliope") when there is one.
Speakers are characters of the ``characters`` layer (but the descriptions of step 7); the
narrator is the ``narrator`` layer's character, or a character called "Narrator" in a first-
or second-person story.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from ficshelf.model import Analysis, Span
from ficshelf.understand.answer_lines import MAX_TAG_SENTENCE, answers
from ficshelf.understand.conversation import conversation
from ficshelf.understand.described_tags import SCORE_DESCRIBED, described_speakers
from ficshelf.understand.dialogue import NOTE
from ficshelf.understand.group_calls import SCORE_GROUP, group_answers
from ficshelf.understand.guessed_runs import realign_guessed_runs
from ficshelf.understand.heard_tags import RULE as HEARD
from ficshelf.understand.heard_tags import heard_speakers
from ficshelf.understand.letter_signatures import signed_letters
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.narrator import addressed_narrator
from ficshelf.understand.one_line_speakers import is_one_line, own_lines
from ficshelf.understand.own_pronoun_tags import other_voices
from ficshelf.understand.pipeline import stage
from ficshelf.understand.pronoun_tag_runs import go_on_past_pronoun_tags
from ficshelf.understand.run_parity import realign_runs
from ficshelf.understand.sieve_beats import beat_subject
from ficshelf.understand.sieve_tags import explicit_tags
from ficshelf.understand.sieve_turns import group_turns, within_turns
from ficshelf.understand.speaker_calls import bare_name_calls, opening_calls
from ficshelf.understand.speaker_carry import carry_voices
from ficshelf.understand.speaker_context import (
    SCORE_BEAT,
    SCORE_NOTE_CREDIT,
    Context,
    QuoteState,
    fill_turn,
)
from ficshelf.understand.speaker_cues import Cast, build_cast
from ficshelf.understand.speaker_features import quote_candidates
from ficshelf.understand.speaker_quote_contexts import (
    dialogue_paragraphs,
    evidence_kind,
)
from ficshelf.understand.speaker_ranker import CONFIDENCE_CAP, Ranker, shipped_ranker
from ficshelf.understand.speaker_split import continues_split_line
from ficshelf.understand.speaker_vectors import Candidate
from ficshelf.understand.story_marks import double_marked_analysis
from ficshelf.understand.title_call_turns import answer_title_calls
from ficshelf.understand.voice_entrances import give_voice_owners

# Rules that read a quote's own speech tag: its speaker is not the line before's.
_OWN_TAG = frozenset({"tag_after", "tag_before", "introduced"})
# The confidence in a one-line speaker's own tag ("said another"): a tag, but of a phrase
# that names no one the reader can follow.
SCORE_ONE_LINE = 0.8
SCORE_HEARD = 0.7  # a line the narration says someone heard another say
_CREDIT = re.compile(r"\s*[—–-]+\s*([^\W\d_][\w'’. -]{0,60})")
# Kept rules that read whom the last turn called ("Jo!" ... "Come here."): where paragraphs
# were guessed, which quote was the last turn is itself a guess, so their quotes go to the
# ranker under the rule's name with "_guessed" (round L32).
RANKED_WHERE_GUESSED = frozenset(("pronoun_called",))


def _narrator(analysis: Analysis, names: frozenset[str], pov: str) -> str:
    """Return the narrator's canonical name ("" when the story has none we can name)."""
    for span in analysis.layers.get("narrator", ()):
        if span.label in names:
            return span.label
    if pov in ("first", "second") and "Narrator" in names:
        return "Narrator"
    return ""


def _you(text: str, cast: Cast, paragraphs: Sequence[Span], items: Sequence[QuoteState]) -> str:
    """Return the character a second-person story is told to ("you"), whom the others
    call by name (``narrator.addressed_narrator``; ``items``: every quote in text order,
    with whom it addresses), or "" when none is."""
    mentions = sorted([*cast.narration, *cast.vocatives], key=lambda m: m.start)
    index = QuoteIndex([item.span for item in items])
    calls: list[bool] = []
    for m in mentions:
        k = index.find(m.start)
        calls.append(k >= 0 and m.label in items[k].addressed)
    return addressed_narrator(text, paragraphs, index, mentions, calls)


def _note_credit(ctx: Context, quote: QuoteState) -> None:
    """Give a quote in a note the character an epigraph credits after it ("— Calliope")."""
    match = _CREDIT.match(ctx.text, quote.span.end + 1, ctx.paragraphs[quote.end_para].end)
    if match:
        name = ctx.cast.lookup(match.group(1))
        if name:
            quote.label, quote.score, quote.rule = name, SCORE_NOTE_CREDIT, "credit"


def _sieve(analysis: Analysis) -> tuple[list[QuoteState], Context, list[list[QuoteState]]]:
    """Run the sieve over an analysis: return every quote's state (notes included), the
    story context (its ``quotes`` are the body quotes) and the turns of dialogue."""
    text = analysis.text
    quotes = analysis.layer("quotes")
    # one-line speakers ("said another") take no part in the sieve: see ``_one_line``
    characters = [c for c in analysis.layer("characters") if not is_one_line(c.label)]
    names = frozenset(c.label for c in characters if c.label)
    pov_spans = analysis.layer("pov")
    pov = pov_spans[0].label if pov_spans else ""
    narrator = _narrator(analysis, names, pov)
    sentences = analysis.layer("sentences")
    cast = build_cast(text, analysis.layer("mentions"), characters, quotes, sentences, narrator)
    paragraphs = analysis.layer("paragraphs")
    starts = [p.start for p in paragraphs]
    items = [
        QuoteState(
            q,
            max(0, bisect_right(starts, q.start) - 1),
            max(0, bisect_right(starts, q.end - 1) - 1),
        )
        for q in quotes
    ]
    for item in items:
        item.addressed = cast.addressed(text, item.span)
        item.about = [n for n in cast.named_in(item.span) if n not in item.addressed]
    if pov == "second" and not narrator:
        cast.narrator = _you(text, cast, paragraphs, items)
    body = [q for q in items if q.span.label != NOTE]
    ctx = Context(text, cast, pov, paragraphs, sentences, body)
    ctx.guessed = not dialogue_paragraphs(ctx)
    body_starts = {span.start for span in analysis.layer("body")}
    count = 0
    for para in paragraphs:
        count += para.start not in body_starts
        ctx.breaks.append(count)
    for item in items:
        if item.span.label == NOTE:
            _note_credit(ctx, item)
    turns: list[list[QuoteState]] = []
    if names and paragraphs:
        explicit_tags(ctx)
        signed_letters(ctx.text, ctx.cast, ctx.quotes)
        turns = group_turns(ctx)
        blocked = other_voices(ctx, turns)
        opening_calls(ctx, turns)
        bare_name_calls(ctx, turns)
        within_turns(turns, blocked)
        for turn in turns:
            if not turn[0].label and not any(q.hint for q in turn):
                name, score, after = beat_subject(ctx, turn)
                if name:
                    rule = "beat" if score == SCORE_BEAT else "paragraph_mention"
                    if rule == "beat" and after and ctx.guessed:
                        # where paragraphs are guessed, narration after a line often opens
                        # the next paragraph: the listener's reaction ("Lord Henry raised
                        # his eyebrows."), as likely as the speaker's own beat
                        rule = "beat_after_guessed"
                    fill_turn(turn, name, score, rule)
        conversation(ctx, turns)
        if ctx.guessed:
            for quote in ctx.quotes:
                if quote.rule in RANKED_WHERE_GUESSED:
                    # the turn order these rules read is guessed with the paragraphs: the
                    # ranker weighs their choice instead of keeping it (round L32)
                    quote.rule += "_guessed"
    return items, ctx, turns


def speaker_candidates(analysis: Analysis) -> list[tuple[QuoteState, list[Candidate]]]:
    """Return each body quote's sieve state (its ``label`` and ``score`` are the sieve's
    choice) with its candidate speakers and their features (``speaker_features``), in text
    order; empty when the analysis has no quotes or no characters."""
    if not analysis.layer("quotes") or not analysis.layer("characters"):
        return []
    _, ctx, turns = _sieve(analysis)
    if not turns:
        return []
    unnamed = frozenset(c.label for c in analysis.layers.get("unnamed", ()))
    return list(zip(ctx.quotes, quote_candidates(ctx, turns, unnamed), strict=True))


def speaker_spans(analysis: Analysis, ranker: Ranker | None = None) -> tuple[Span, ...]:
    """Return the speakers layer of an analysis that has every layer the stage requires.

    ``ranker`` re-ranks the sieve's candidates (default: the shipped one; see
    ``speaker_ranker``); the sieve's choice stays, with its own confidence, when a kept rule
    made it, and otherwise unless the ranker's is clearly more probable. A line that
    answers the tagged line before it (``answers_tagged_line``) is never given that line's
    voice."""
    if not analysis.layer("quotes"):
        return ()
    names = frozenset(c.label for c in analysis.layer("characters") if c.label)
    items, ctx, turns = _sieve(analysis)
    sieve = [quote.label for quote in ctx.quotes]  # each quote's sieve choice
    ranker = ranker if ranker is not None else shipped_ranker()
    if ranker is not None and turns:
        unnamed = frozenset(c.label for c in analysis.layers.get("unnamed", ()))
        found = quote_candidates(ctx, turns, unnamed, ranker.kept_rules)
        for k, (quote, candidates) in enumerate(zip(ctx.quotes, found, strict=True)):
            if k and _second_half(ctx, k, sieve):
                # the ranker's choice for the line's first half holds for its second
                first = ctx.quotes[k - 1]
                quote.label, quote.score = first.label, first.score
                continue
            sieve_label = quote.label
            if k and answers_tagged_line(ctx, k):
                # "Precisely. ...": an answer, never the voice whose tagged line it answers
                said = ctx.quotes[k - 1].label
                candidates = [c for c in candidates if c.name != said]
                sieve_label = "" if sieve_label == said else sieve_label
            name, probability = ranker.choose(candidates, sieve_label, quote.rule)
            if name:
                cap = CONFIDENCE_CAP[evidence_kind(quote)]
                quote.label, quote.score = name, min(probability, cap)
        # a line "a voice" says, whose owner the narration names next (``voice_entrances``)
        give_voice_owners(ctx)
        # a run's count follows the voices the ranker settled (``speaker_carry``)
        by_quote = {id(q): label for q, label in zip(ctx.quotes, sieve, strict=True)}
        carry_voices(turns, by_quote)
        # a two-voice run takes the parity its evidence agrees on (``run_parity``)
        realign_runs(turns, by_quote, ctx.guessed)
        # where paragraphs were guessed, the likeliest order of a run's two voices
        realign_guessed_runs(ctx, turns)
        # a line going on past its own "he"/"she" tag in a guessed paragraph
        go_on_past_pronoun_tags(ctx)
        # "Yes, sir." is not the asking man's own line going on (``title_call_turns``)
        answer_title_calls(turns, ctx.cast.gender)
    _one_line(analysis, ctx, names)
    # lines given after the sieve and the ranker, which never saw them: a line someone heard
    # ('"…," I heard one small boy grumbling.': ``heard_tags``), a description's tag ("said
    # her sister": ``described_tags``), a group's answer to a call ("How much, gentlemen?" /
    # "Five hundred.": ``group_calls``)
    names |= _give_lines(ctx, heard_speakers(ctx, sieve), SCORE_HEARD, HEARD)
    names |= _give_lines(ctx, described_speakers(ctx), SCORE_DESCRIBED, "described")
    answered = group_answers(ctx.text, ctx.quotes, ctx.guessed)
    names |= _give_lines(ctx, answered, SCORE_GROUP, "group_call")
    return tuple(
        Span(
            q.span.start,
            q.span.end,
            q.label if q.label in names else "",
            q.score if q.label in names else 0.0,
        )
        for q in items
    )


def _one_line(analysis: Analysis, ctx: Context, names: frozenset[str]) -> None:
    """Give the one-line speakers (``one_line_speakers``: "cried one of the women", "said
    another") the lines their own tags stand by, after the sieve and the ranker, which
    never saw them: so they draw no other line by turn-taking or a pronoun."""
    speakers = frozenset(name for name in names if is_one_line(name))
    if not speakers:
        return
    quotes = ctx.quotes
    spans = [q.span for q in quotes]
    for k, name in own_lines(ctx.text, spans, analysis.layer("mentions"), speakers).items():
        quotes[k].label, quotes[k].score, quotes[k].rule = name, SCORE_ONE_LINE, "one_line"


def _give_lines(ctx: Context, found: Mapping[int, str], score: float, rule: str) -> frozenset[str]:
    """Give each quote of ``found`` (quote index -> speaker) that speaker, with ``score``
    and ``rule``; return the speakers given."""
    for k, label in found.items():
        quote = ctx.quotes[k]
        quote.label, quote.score, quote.rule = label, score, rule
    return frozenset(found.values())


def answers_tagged_line(ctx: Context, k: int) -> bool:
    """Return whether quote ``k``, which has no tag of its own, answers (a word of answer
    opens it, or its tag calls it one: ``answer_lines.answers``) right after a line its own
    tag gave a speaker, with no more than a tag's sentence of narration between."""
    quote, prev = ctx.quotes[k], ctx.quotes[k - 1]
    return (
        quote.rule not in _OWN_TAG
        and prev.rule in _OWN_TAG
        and bool(prev.label)
        and 0 <= quote.span.start - prev.span.end <= MAX_TAG_SENTENCE
        and answers(ctx.text, quote.span)
    )


def _second_half(ctx: Context, k: int, sieve: Sequence[str]) -> bool:
    """Return whether quote ``k`` is the second half of a line its tag splits
    (``speaker_split``) that the sieve gave the first half's speaker without a tag of its
    own: the two halves then keep one speaker after the ranker."""
    quote, first = ctx.quotes[k], ctx.quotes[k - 1]
    return (
        sieve[k] == sieve[k - 1] != ""
        and quote.rule not in _OWN_TAG
        and continues_split_line(ctx.text, first.span, quote.span)
    )


@stage(
    "speakers",
    requires=(
        "paragraphs",
        "sentences",
        "body",
        "quotes",
        "mentions",
        "characters",
        "narrator",
        "pov",
    ),
    assigns=("speakers", "voices"),
    english_only=True,
    fields=("quotes.speaker",),
)
def attribute_speakers(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the speakers and voices layers (see the module docstring)."""
    speakers = speaker_spans(double_marked_analysis(analysis, single=True))
    return {"speakers": speakers, "voices": unlisted_voices(analysis, speakers)}


def unlisted_voices(analysis: Analysis, speakers: Sequence[Span]) -> tuple[Span, ...]:
    """Return the ``voices`` layer: each speaker label of ``speakers`` that no
    ``characters`` label names, once, at the first quote it says."""
    listed = {c.label for c in analysis.layer("characters")}
    voices: dict[str, Span] = {}
    for said in speakers:
        if said.label and said.label not in listed and said.label not in voices:
            voices[said.label] = Span(said.start, said.end, said.label, 0.0)
    return tuple(voices.values())
