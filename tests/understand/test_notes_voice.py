"""Unlabelled notes in the writer's voice (``note_voice``), on invented texts: notes that no
cue word catches, in the places notes stand, and story paragraphs that look like them (a
first-person chat opening, a letter, a diary, a reader-insert in the second person, a last
line of thanks) and must stay story."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_voice import (
    NOTE_THRESHOLD,
    UNPLACED_NOTE_THRESHOLD,
    StoryVoice,
    story_voice,
    tells_story,
    voice_score,
)

THIRD = (
    "Mara lit the lamp and sat down to wait. The wind had been rising since noon, and the "
    "shutters rattled in their frames.\n\nThe storm came in after midnight. She heard the "
    "boats knocking against the quay and went down to see to them."
)
FIRST = (
    "I lit the lamp and sat down to wait. The wind had been rising since noon, and my hands "
    "would not keep still.\n\nThe storm came in after midnight. I heard the boats knocking "
    "against the quay and went down to see to them."
)
SECOND = (
    "You make the bread the way your mother taught you, slowly, with the radio on. The "
    "kitchen is cold and your hands are colder.\n\nShe comes home after dark. You hear her "
    "keys in the door and you do not turn around."
)
HEAD = "Low Tide\n\nby quillfeather\n\n"
BODIES = pytest.mark.parametrize("body", [THIRD, FIRST, SECOND], ids=["third", "first", "second"])


def notes(text: str) -> list[tuple[str, str]]:
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    return [(s.label, s.text_of(text)) for s in analysis.layer("notes")]


def story_notes(text: str) -> list[tuple[str, str]]:
    """The notes but the title and byline of ``HEAD``."""
    return [n for n in notes(text) if n[1] not in ("Low Tide", "by quillfeather")]


# --- notes in the writer's voice ---------------------------------------------------------------

OPENING_NOTES = [
    "Hey all! Set after the series finale, so spoilers ahead for anyone who isn't caught up.",
    "Sorry this took so long to get out. Work has been eating me alive lately.",
    "Huge thanks to Marigold for looking this over at two in the morning.",
    "Takes place between the second and third books. Mild spoilers for the ending of the second.",
    "Written in about three hours on no sleep, so forgive any mistakes.",
    "This is my first ever attempt at this, please be nice to me!",
    "Okay, so this idea would not leave me alone until I got it down.",
    "Huge shoutout to everyone in the discord server for cheering me on.",
    "Heavily inspired by that one scene in episode four. You know the one.",
    "This is a sequel to my other story, but you don't need to read that one first.",
    "Set during season two, right after the shipwreck. Canon-compliant up to that point.",
    "For the anon who asked for more of these two!",
    "Sooo I got a little carried away with this one. Oops?",
]


@BODIES
@pytest.mark.parametrize("note", OPENING_NOTES)
def test_an_unlabelled_note_under_the_byline(note: str, body: str) -> None:
    assert story_notes(f"{HEAD}{note}\n\n{body}") == [("authors_note", note)]


@pytest.mark.parametrize(
    "note",
    [
        "Sorry this took so long to get out. Work has been eating me alive lately.",
        "Takes place between the second and third books. Mild spoilers for the ending of the "
        "second.",
        "Huge shoutout to everyone in the discord server for cheering me on.",
    ],
)
def test_an_unlabelled_note_at_the_very_top(note: str) -> None:
    assert notes(f"{note}\n\n{THIRD}") == [("authors_note", note)]


CLOSING_NOTES = [
    "Next chapter soon!",
    "More soon, I promise!",
    "Hope this was worth the wait!",
    "Thanks for sticking with me through this one.",
    "Come say hi on twitter @quillfeather!",
    "xoxo, Wren",
    "~Wren",
    "Thank you all so much for the lovely messages on the last part, you're the best.",
    "I might write a follow-up if people want one?",
    "Sorry for any typos, I'll fix them in the morning.",
    "Part three will be up next week, hopefully.",
    "Until next time!",
    "Love you all, see you in the next one!",
]


@pytest.mark.parametrize("note", CLOSING_NOTES)
def test_an_unlabelled_note_after_the_last_break(note: str) -> None:
    assert notes(f"{THIRD}\n\n* * *\n\n{note}") == [("authors_note", note)]
    assert notes(f"{FIRST}\n\n* * *\n\n{note}") == [("authors_note", note)]


@pytest.mark.parametrize("note", CLOSING_NOTES)
def test_an_unlabelled_note_at_the_very_end(note: str) -> None:
    assert notes(f"{FIRST}\n\n{note}") == [("authors_note", note)]


def test_a_run_of_notes_after_the_last_break_is_placed_all_along() -> None:
    # the last line alone, with no break right above it, would need more
    last = "I might do a follow-up one day!"
    score = voice_score(last, story_voice(FIRST.split("\n\n")))
    assert NOTE_THRESHOLD <= score < UNPLACED_NOTE_THRESHOLD
    assert notes(f"{FIRST}\n\n{last}") == []
    first = "Thanks for sticking with me through this one."
    # two paragraphs of end notes are two notes (round notes41)
    assert notes(f"{FIRST}\n\n* * *\n\n{first}\n\n{last}") == [
        ("authors_note", first),
        ("authors_note", last),
    ]
    # a last scene of story after the break is not swept in
    scene = "I still think about that summer sometimes."
    assert notes(f"{FIRST}\n\n* * *\n\n{scene}\n\n{last}") == []


def test_an_unlabelled_note_under_a_chapter_heading() -> None:
    note = "Takes place a year after the first part. Mild spoilers for the finale."
    text = f"Chapter 1\n\n{THIRD}\n\nChapter 2\n\n{note}\n\n{FIRST}"
    assert notes(text) == [("authors_note", note)]


def test_a_rated_for_line_is_a_note_of_its_own() -> None:
    text = f"{HEAD}Rated for language and a bit of blood.\n\nI don't own them.\n\n{THIRD}"
    assert story_notes(text) == [
        ("authors_note", "Rated for language and a bit of blood."),
        ("disclaimer", "I don't own them."),
    ]


@pytest.mark.parametrize(
    "line", ["Rated T for swearing.", "This fic is rated M for a reason.", "Rated for blood."]
)
def test_rating_lines_are_labelled_notes_at_the_end(line: str) -> None:
    assert notes(f"{FIRST}\n\n{line}") == [("authors_note", line)]
    # a story sentence about ratings is no label
    assert notes(f"{FIRST}\n\nRated-looking stickers were on every box.") == []


def test_a_context_line_is_a_labelled_note() -> None:
    note = "Some context: the war ended five years before this, and the two have married since."
    assert story_notes(f"{HEAD}{note}\n\n{THIRD}") == [("authors_note", note)]


# --- story that looks like a note -------------------------------------------------------------

STORY_OPENINGS = [
    "Hey. My name's Jo and I have a problem.",
    "Dear Mother, I hope this letter finds you well. The voyage was long but we are safe.",
    "Monday. Today I started keeping this diary because Dr. Kell said I should.",
    "You wake up to the sound of rain against the window. Your phone is buzzing on the nightstand.",
    "I write this by candlelight, because the power has been out for three days.",
    "Everyone in Millbrook knew the story of the drowned bell.",
    "I'm seventeen and I've never been kissed. That's fine. Totally fine.",
    "Thank you for coming, the sign on the door said, and nothing else.",
    "So here's the thing about my sister: she never says sorry.",
    "You're reading this because I'm dead. Don't cry, Jo; I never liked a fuss.",
    "Thanks to the rain, the match was cancelled and I had the whole afternoon free.",
    "The next chapter of my life started in a rented room above a bakery.",
    "Okay, so I'm writing this down because if I don't, nobody will believe me.",
    "Thank you for your letter of the fourth. I was sorry to hear about the mill.",
    "Please, please let this work. I need this job more than anything.",
    "You write to her every week. You never send the letters.",
    "Hi, Mum. It's me again. I know you can't hear me, but the doctor says I should try.",
]


@BODIES
@pytest.mark.parametrize("opening", STORY_OPENINGS)
def test_a_story_opening_in_a_chatty_voice_stays_story(opening: str, body: str) -> None:
    assert story_notes(f"{HEAD}{opening}\n\n{body}") == []
    assert notes(f"{opening}\n\n{body}") == []


STORY_ENDINGS = [
    "Thanks for everything, I wrote on the last page, and closed the book.",
    "I still think about that summer sometimes.",
    "Thank you, Ilse. For everything. I hope you know that.",
    "And that, kid, is how I met your mother.",
    "The end, she wrote. Then she crossed it out.",
    "Love, Mara.",
    "See you soon, she had written. She never did.",
    "Thank you for everything, Mara. I'll never forget it.",
    "I hope you're happy now, wherever you are.",
    "I'm sorry about the lamp, by the way.",
    "Sorry, I said. I'm sorry. I'm so sorry.",
    "Enjoy it while it lasts, Gran used to say.",
    "The next one would be easier. It had to be.",
    "See you next summer, then. Same time, same beach.",
    "Thank you for flying with us, the captain said over the speakers.",
    "Thanks for the memories, Jo.",
    "The next chapter would have to wait. For now, there was tea.",
    "Comments like that were why she'd stopped reading the reviews.",
    "Thank you, you say, and you mean it.",
    "You keep the letter. Of course you keep the letter.",
    "Years later, you still keep the shell on your windowsill.",
]


@BODIES
@pytest.mark.parametrize("ending", STORY_ENDINGS)
def test_a_story_ending_in_a_chatty_voice_stays_story(ending: str, body: str) -> None:
    assert notes(f"{body}\n\n* * *\n\n{ending}") == []
    assert notes(f"{body}\n\n{ending}") == []


# --- the score ---------------------------------------------------------------------------------


def test_story_voice_reads_person_and_tense() -> None:
    assert story_voice(THIRD.split("\n\n")) == StoryVoice(False, True, False)
    assert story_voice(FIRST.split("\n\n")) == StoryVoice(True, True, False)
    assert story_voice(SECOND.split("\n\n")).second_person
    # dialogue does not count: a third-person story full of "I" in quotations
    quoted = ['"I know, I know," Mara said. "I am late."', "She sat down. He poured the tea."]
    assert not story_voice(quoted).first_person


def test_the_first_person_and_the_present_count_against_the_story_voice() -> None:
    note = "I wanted these two to have a quiet morning for once, so here you go."
    assert voice_score(note, StoryVoice(False, True)) > voice_score(note, StoryVoice(True, False))


def test_you_counts_as_talk_to_readers_only_outside_a_second_person_story() -> None:
    note = "If you spot any typos, tell me."
    plain = voice_score(note, StoryVoice(False, True))
    assert voice_score(note, StoryVoice(False, True, second_person=True)) < plain
    # readers called as a crowd count in any story
    crowd = "That's all for now, folks!"
    assert voice_score(crowd, StoryVoice(False, True, second_person=True)) >= NOTE_THRESHOLD


def test_speech_tags_letters_and_names_count_against() -> None:
    story = StoryVoice(False, True)
    assert voice_score("Thanks for reading, she said.", story) < voice_score(
        "Thanks for reading, all.", story
    )
    assert voice_score("Thank you for everything, Ilse.", story) < NOTE_THRESHOLD
    assert voice_score("Dear Ilse, thank you for the parcel. I hope you are well.", story) < (
        NOTE_THRESHOLD
    )
    # writers' own greetings are no letter
    assert voice_score("Dear readers, thank you for the comments!", story) >= NOTE_THRESHOLD


def test_story_senses_of_publishing_words_count_nothing() -> None:
    story = StoryVoice(False, True)
    assert voice_score("I rated him highly, and I come anon.", story) == 0.0
    assert voice_score("I rated it T for the swearing!", story) >= NOTE_THRESHOLD


def test_words_about_the_work_are_needed() -> None:
    # first person, present tense, "you", "!" and nothing about the work or the readers' time
    assert voice_score("Hey you! I am here and I am so happy!", StoryVoice(False, True)) == 0.0


def test_long_paragraphs_and_quotations_score_nothing() -> None:
    story = StoryVoice(False, True)
    assert voice_score('"Next chapter soon!" she promised.', story) == 0.0
    assert voice_score("\u2018Sorry this took so long,\u2019 he said.", story) == 0.0
    assert voice_score("Thanks for reading! " + "The rain fell. " * 200, story) == 0.0


def test_tells_story() -> None:
    assert tells_story("Thanks for everything, I wrote on the last page, and closed the book.")
    assert tells_story("Comments like that were why she'd stopped reading the reviews.")
    assert tells_story("Dear Mother, the voyage was long.")
    assert not tells_story("I read it as a story about grief, sorry Catherine.")
    assert not tells_story("Mara is a bit softer here than in canon, because I wanted it.")


@pytest.mark.parametrize(
    "para",
    [
        "a" * 200_000,
        ", the " * 40_000 + "said",
        "Sooo" + "o" * 100_000 + " next chapter",
        ("Thanks to " + "x" * 500 + ", ") * 200,
    ],
)
def test_hostile_paragraphs_at_the_edges(para: str) -> None:
    # No timed assertion: a quadratic pattern would hang the suite on these.
    story = StoryVoice(False, True)
    assert voice_score(para, story) == 0.0
    tells_story(para)
    story_voice([para, para])
    para = para[:5000]  # (the other stages are slow on huge words: the stage on a smaller one)
    assert notes(f"{HEAD}{para}\n\n{THIRD}\n\n* * *\n\n{para}")[:2] == [
        ("title", "Low Tide"),
        ("byline", "by quillfeather"),
    ]


# A chatty first-person narrator promises the reader things too: a promise is the writer's
# courtesy only beside talk about the work.
NARRATOR_PROMISES = [
    "Look, I promise you this isn't a sob story. My name is Max, and you're going to hate me "
    "by the end.",
    "Okay, so you want to know how a girl like me ends up on a roof at three in the morning? "
    "I promise it makes sense. Mostly!",
    "Right, first things first: you can call me Wren. Everyone does, I promise, even the teachers!",
    "I promise you, this is not a story about a dragon. Well. Not only.",
]


@pytest.mark.parametrize("para", NARRATOR_PROMISES)
def test_a_narrators_promise_to_the_reader_stays_story(para: str) -> None:
    assert notes(f"{para}\n\n{FIRST}") == []
    assert story_notes(f"{HEAD}{para}\n\n{FIRST}") == []
    assert notes(f"{FIRST}\n\n* * *\n\n{para}") == []
    assert voice_score(para, StoryVoice(True, True)) < NOTE_THRESHOLD


def test_a_promise_about_the_work_still_counts() -> None:
    story = StoryVoice(True, True)
    assert voice_score("More soon, I promise!", story) >= UNPLACED_NOTE_THRESHOLD
    promised = "More to come, I promise."
    assert voice_score("More to come.", story) < voice_score(promised, story)


# A narrator telling the story aloud thanks a listener; the writer's readers read.
NARRATOR_THANKS = [
    "So that's my story. Thanks for listening, I guess!",
    "That's the whole of it, really. Thank you for hearing me out, both of you!",
]


@pytest.mark.parametrize("para", NARRATOR_THANKS)
def test_a_narrators_thanks_to_a_listener_stays_story(para: str) -> None:
    assert notes(f"{FIRST}\n\n* * *\n\n{para}") == []
    assert notes(f"{FIRST}\n\n{para}") == []
    assert voice_score(para, StoryVoice(True, True)) < NOTE_THRESHOLD


# A fic written as a gift opens with its dedication: the person it is for, a birthday wish,
# the exchange it was written in.
GIFT_NOTES = [
    "For Tam, who asked for ghosts and got this instead. Happy birthday, love you!",
    "Happy birthday, Juniper! I hope it's a good one.",
    "A belated birthday present for my sister, who got me into all this.",
    "For Ren and Odile. You both know why.",
    "For Bex <3",
    "Happy belated birthday to the best beta a person could ask for!",
    "My gift for Sunniva in the winter exchange. Happy holidays!",
]


@BODIES
@pytest.mark.parametrize("note", GIFT_NOTES)
def test_a_gift_dedication_is_a_note(note: str, body: str) -> None:
    assert notes(f"{note}\n\n{body}") == [("authors_note", note)]
    assert story_notes(f"{HEAD}{note}\n\n{body}") == [("authors_note", note)]


# The same words told by the story: a birthday in the narration, a letter, a toast, a line
# opening with "For" and a name.
GIFT_STORY = [
    "For Maren, the winter had always been the worst of it. The harbour froze in January.",
    "Happy birthday to me, I thought, and blew out the single candle.",
    "Happy birthday to me. I am thirty today, alone in a rented flat above a chip shop.",
    "It was her birthday, and nobody had remembered. She bought herself a cake.",
    "Happy birthday, Mother, he wrote, and could think of nothing else to say.",
    "For Ilse there was only ever the sea, and the boats, and the long grey mornings.",
    "The present for Aunt Vee was still on the hall table, wrapped in brown paper.",
    "For weeks nobody came. Then, in March, the letters started.",
]


@BODIES
@pytest.mark.parametrize("opening", GIFT_STORY)
def test_a_story_opening_about_a_birthday_or_for_someone_stays_story(
    opening: str, body: str
) -> None:
    assert notes(f"{opening}\n\n{body}") == []
    assert story_notes(f"{HEAD}{opening}\n\n{body}") == []
