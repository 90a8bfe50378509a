"""The "notes" stage on short invented snippets: each note kind, chapters, scene breaks,
line-break styles and the edges of the story."""

from __future__ import annotations

import pytest

from ficshelf.model import Analysis, GivenChapter, RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_chat import NoteCues, is_narration, note_cues
from ficshelf.understand.note_edges import MAX_WEAK_RUN
from ficshelf.understand.note_patterns import MAX_NOTE_CHARS
from ficshelf.understand.notes import authors_of, body_word_count, title_of, unshouted

LAYERS = (
    "notes",
    "authors",
    "fandom_mentions",
    "chapters",
    "chapter_headings",
    "scene_breaks",
    "body",
)


def analysed(text: str, chapters: tuple[GivenChapter, ...] = ()) -> Analysis:
    """Analyse ``text`` and check that every span of the stage lies inside it, trimmed."""
    analysis = analyze(RawDocument(text, "test.txt", "txt", chapters=chapters))
    for name in LAYERS:
        for span in analysis.layer(name):
            assert 0 <= span.start <= span.end <= len(text), name
            piece = span.text_of(text)
            assert piece == piece.strip(), (name, piece)
    return analysis


def notes(text: str) -> list[tuple[str, str]]:
    analysis = analysed(text)
    return [(s.label, s.text_of(text)) for s in analysis.layer("notes")]


def layer(text: str, name: str) -> list[str]:
    analysis = analysed(text)
    return [s.text_of(text) for s in analysis.layer(name)]


STORY = "Mara lit the lamp and sat down to wait.\n\nThe storm came in after midnight."


# --- titles and bylines ------------------------------------------------------------------


def test_title_line_and_bylines() -> None:
    text = "  Salt and Iron  \n\nA Sea Shanties fic by Ren Ashby\n\n" + STORY
    analysis = analysed(text)
    assert title_of(analysis) == "Salt and Iron"
    assert authors_of(analysis) == ("Ren Ashby",)
    assert notes(text)[:2] == [
        ("title", "Salt and Iron"),
        ("byline", "A Sea Shanties fic by Ren Ashby"),
    ]
    assert [s.label for s in analysis.layer("fandom_mentions")] == ["Sea Shanties"]
    assert layer(text, "body")[0].startswith("Mara lit")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("by gull_on_a_post", ["gull_on_a_post"]),
        ("By: Ren Ashby", ["Ren Ashby"]),
        ("Author: Ren Ashby", ["Ren Ashby"]),
        ("Written by Ren Ashby", ["Ren Ashby"]),
        ("story by nightowl", ["nightowl"]),
        ("by Ren Ashby & gull_on_a_post", ["Ren Ashby", "gull_on_a_post"]),
        ("A Sea Shanties reader-insert by Ren", ["Ren"]),
        ("a fic by gull_on_a_post", ["gull_on_a_post"]),
        ("A oneshot by Ren Ashby", ["Ren Ashby"]),
        ("gull_on_a_post presents", ["gull_on_a_post"]),
        ("Ren Ashby presents:", ["Ren Ashby"]),
    ],
)
def test_byline_forms(line: str, authors: list[str]) -> None:
    text = f"Salt and Iron\n{line}\n\n{STORY}"
    analysis = analysed(text)
    assert list(authors_of(analysis)) == authors
    assert [s.label for s in analysis.layer("authors")] == ["author"] * len(authors)
    assert ("byline", line) in notes(text)


def test_title_field_covers_only_the_title() -> None:
    text = "Title: Salt and Iron\nAuthor: Ren Ashby\n\n" + STORY
    assert notes(text)[0] == ("title", "Salt and Iron")
    assert title_of(analysed(text)) == "Salt and Iron"


def test_a_title_line_in_capitals_is_given_in_title_case_and_its_note_kept_as_written() -> None:
    text = "SALT AND IRON ON THE MOOR\nby Ren Ashby\n\n" + STORY
    assert notes(text)[0] == ("title", "SALT AND IRON ON THE MOOR")
    assert title_of(analysed(text)) == "Salt and Iron on the Moor"


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("THE WIDOW OF THE MILL", "The Widow of the Mill"),
        ("WHAT I SAW IN PART II", "What I Saw in Part II"),
        ("O'HARE'S DON'T-TELL LIST", "O'Hare's Don't-Tell List"),
        ("VIVID: A TALE TO TELL OF", "Vivid: A Tale to Tell Of"),
        ("CHAPTER XIV.", "Chapter XIV."),
        ("NASA", "NASA"),  # one word: maybe an acronym
        ("Salt and IRON", "Salt and IRON"),  # not all capitals
        ("1999", "1999"),
    ],
)
def test_unshouted(title: str, cased: str) -> None:
    assert unshouted(title) == cased


def test_title_after_a_chatty_note() -> None:
    note = "Hi all! Spoilers for the finale, sorry. Let me know what you think!"
    text = f"{note}\n\nSalt and Iron\nA Sea Shanties fic by Ren\n\n{STORY}"
    assert notes(text) == [
        ("authors_note", note),
        ("title", "Salt and Iron"),
        ("byline", "A Sea Shanties fic by Ren"),
    ]
    text = f"{note}\n\nThe Salt Road\n\n{STORY}"
    assert notes(text)[1] == ("title", "The Salt Road")
    text = f"{note}\n\nmorning came slowly\n\n{STORY}"
    assert notes(text) == [("authors_note", note)]


def test_a_note_like_paragraph_above_the_title_and_byline_is_a_note() -> None:
    # One weak cue ("spoilers") is not a note on its own, but no story stands above a title
    # and byline: a note-like paragraph there is the author talking.
    note = "I kept thinking about the two of them all winter. Spoilers for the end."
    text = f"{note}\n\nSalt and Iron\n\nby Ren Ashby\n\n{STORY}"
    assert notes(text) == [
        ("authors_note", note),
        ("title", "Salt and Iron"),
        ("byline", "by Ren Ashby"),
    ]
    # without the byline under it, the line is no title and the paragraph stays story
    assert notes(f"{note}\n\nSalt and Iron\n\n{STORY}") == []


def test_title_with_a_weak_cue_word_before_a_byline() -> None:
    # "Story" and "Post" are words notes use too; a title line may still hold them.
    text = f"The Story Post\nby Ren Ashby\n\nDisclaimer: Sea Shanties is not mine.\n\n{STORY}"
    assert notes(text) == [
        ("title", "The Story Post"),
        ("byline", "by Ren Ashby"),
        ("disclaimer", "Disclaimer: Sea Shanties is not mine."),
    ]


def test_title_between_rules() -> None:
    note = "Disclaimer: the tides belong to the moon."
    text = f"{note}\n\n---\n\nSalt and Iron\n\n---\n\n{STORY}"
    assert notes(text) == [("disclaimer", note), ("title", "Salt and Iron")]
    assert title_of(analysed(text)) == "Salt and Iron"
    # A short story line between breaks inside the story is not a title.
    inside = f"{STORY}\n\n* * *\n\nThe gulls were gone\n\n* * *\n\n{STORY}"
    assert notes(inside) == []


@pytest.mark.parametrize(
    "text",
    [
        "By the time she woke, the ship had gone.\n\nShe did not mind.",
        "It was cold.\n\nShe lit the lamp.",
        '"Run!"\n\nShe ran.',
        "Morning came slowly\nand then all at once.",
        "Only one line",
    ],
)
def test_story_openings_are_not_titles_or_bylines(text: str) -> None:
    assert notes(text) == []
    assert title_of(analysed(text)) is None


# --- disclaimers, summaries, labelled notes ----------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "Disclaimer: I own nothing but the plot.",
        "DISCLAIMER - The sea belongs to nobody, least of all me.",
        "I don't own Sea Shanties. No money is being made.",
        "All characters belong to their respective owners.",
    ],
)
def test_disclaimers(para: str) -> None:
    assert notes(f"{para}\n\n{STORY}") == [("disclaimer", para)]


def test_summary() -> None:
    para = "Summary: Two smugglers, one storm, no patience."
    assert notes(f"{para}\n\n{STORY}") == [("summary", para)]


@pytest.mark.parametrize(
    "para",
    [
        "A/N: This took me ages.",
        "A/N - short one today.",
        "AN: for my sister.",
        "Author's note: present tense, sorry.",
        "Author’s Notes: none of this is canon.",
        "Notes: written in a single night.",
        "(A/N: I know, I know.)",
    ],
)
def test_labelled_authors_notes(para: str) -> None:
    assert notes(f"{para}\n\n{STORY}") == [("authors_note", para)]


def test_header_fields_in_one_block_make_one_note() -> None:
    text = "Rating: T\nPairing: Mara/Ilse\nWarnings: storms\n\n" + STORY
    assert notes(text) == [("authors_note", "Rating: T\nPairing: Mara/Ilse\nWarnings: storms")]


# --- chatty notes -----------------------------------------------------------------------------


def test_chatty_note_at_the_top() -> None:
    para = (
        "Hey all! Set after the series finale, so spoilers ahead … this is my first time "
        "writing for Sea Shanties, so let me know what you think!"
    )
    analysis = analysed(f"{para}\n\n{STORY}")
    assert [(s.label, s.text_of(analysis.text)) for s in analysis.layer("notes")] == [
        ("authors_note", para)
    ]
    assert [s.label for s in analysis.layer("fandom_mentions")] == ["Sea Shanties"]


@pytest.mark.parametrize(
    "para",
    [
        "ok so here it is!! I typed all of this on a train, so you'll have to forgive me",
        "hello again!! this one is for you lot (I know I said no more sailors, sorry)",
        "this is a reader-insert, so you are the one on the boat. no pairings",
    ],
)
def test_chatty_unlabelled_note_before_the_first_break(para: str) -> None:
    text = f"{para}\n\n~~~\n\n{STORY}"
    assert notes(text) == [("authors_note", para)]


@pytest.mark.parametrize(
    "para",
    [
        "and that's the end!! I have been meaning to write these two for ages. tell me if "
        "you cried (I did, twice)",
        "I'm so sorry this was late!! thank you to everyone who kept asking, you are all lovely.",
        "I wanted to write the storm from the gull's point of view. This chapter is short.",
    ],
)
def test_chatty_end_note_after_the_last_break(para: str) -> None:
    text = f"{STORY}\n\n* * *\n\n{para}"
    assert notes(text) == [("authors_note", para)]


def test_note_like_paragraph_above_a_disclaimer_is_a_note() -> None:
    para = "So I had a long week and wrote this instead of sleeping. It is short."
    text = f"{para}\n\nDisclaimer: the sea is not mine.\n\n{STORY}"
    assert notes(text) == [
        ("authors_note", para),
        ("disclaimer", "Disclaimer: the sea is not mine."),
    ]
    # Without the disclaimer under it, a weakly note-like opening stays story.
    assert notes(f"{para}\n\n{STORY}") == []


@pytest.mark.parametrize(
    "text",
    [
        # First-person narration after a break: no informal register.
        f"{STORY}\n\n* * *\n\nI did not answer her. I was too busy, and I wrote to you later.",
        # Dialogue full of "!!" is quoted speech, not the writer.
        f"{STORY}\n\n* * *\n\n\u201cStop!! I said stop, you fool!\u201d Mara stood up. "
        "the gulls scattered.",
        # A letter in the story, in proper sentences.
        f"{STORY}\n\n* * *\n\nDear Ilse, I am sorry. Thank you for the boat. You were kind.",
        # Story narration in the first person, with a "wrote" that is not about the fic.
        "I wrote letter after letter to the harbour master.\n\nNone came back.",
    ],
)
def test_first_person_story_at_the_edges_is_not_chatty(text: str) -> None:
    assert notes(text) == []


def test_a_labelled_note_runs_on_over_chatty_paragraphs() -> None:
    text = "A/N: Hi everyone!\n\nThis one is a bit of fluff, enjoy :)\n\n" + STORY
    assert notes(text) == [
        ("authors_note", "A/N: Hi everyone!\n\nThis one is a bit of fluff, enjoy :)")
    ]


@pytest.mark.parametrize(
    "ending",
    [
        "Please review!",
        "Thanks for reading, everyone!",
        "To be continued...",
        "TBC",
        "Kudos and comments make my day <3",
    ],
)
def test_end_matter(ending: str) -> None:
    assert notes(f"{STORY}\n\n{ending}") == [("authors_note", ending)]


@pytest.mark.parametrize(
    "ending",
    [
        "Hope you liked it! More soon.",
        "Scribbled this for the spring swap. Enjoy!",
        "I never write in second person, so this was new for me.",
        "Not beta'd, all mistakes are my own.",
        "Written for the Harbour Lights Exchange.",
        "Found the prompt on tumblr ages ago.",
        "My first story here, be gentle!",
        "I know, it's been ages. Life got hectic, sorry",
    ],
)
def test_short_end_notes(ending: str) -> None:
    assert notes(f"{STORY}\n\n{ending}") == [("authors_note", ending)]


def test_end_note_with_a_sign_off() -> None:
    text = (
        STORY + "\n\n* * *\n\nA/N: Whew, that was a long one.\n\nNext chapter: the storm.\n\nxoxo"
    )
    assert notes(text) == [
        ("authors_note", "A/N: Whew, that was a long one.\n\nNext chapter: the storm.\n\nxoxo")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I love him. I think.\n\nI wrote his name on the glass and wiped it off.",
        "I love him. I think.\n\nThanks, he said. Thanks for nothing.",
        '"Thanks for coming," she said.\n\nHe nodded.\n\n"Let me know when you get home."',
        "You wake up in a strange room.\n\nYou hope the story ends well. It never does.",
        "She wrote the next chapter of her life in pencil.\n\nThe house belongs to her now.",
        "The review was on Monday.\n\nShe had updated her notes twice.",
        "He asked her to be gentle with the boat.\n\nShe was not.",
        "Enjoy the quiet while it lasts, her father used to say.\n\nShe had.",
        "I wrote a letter to my mother.\n\nI told her everything.",
    ],
)
def test_story_at_the_edges_is_not_a_note(text: str) -> None:
    assert notes(text) == []


def test_a_long_paragraph_is_never_an_unlabelled_note() -> None:
    para = "Thanks for reading! " + "She walked on. " * 400
    assert notes(f"{para}\n\n{STORY}") == []


def test_a_long_opening_paragraph_of_a_novel_is_not_a_note() -> None:
    # A narrator talking about writing things down, in a paragraph far longer than notes run.
    para = (
        "I have written this account from memory, and the next chapter will tell the rest. "
        + "We walked on through the long grass of the valley towards the river. " * 38
    )
    assert len(para) > MAX_NOTE_CHARS
    assert notes(f"{para.strip()}\n\n{STORY}") == []


def test_a_note_does_not_run_on_over_many_weak_paragraphs() -> None:
    weak = "\n\n".join(f"I wrote letter {n} in the story of my days." for n in range(20))
    analysis = analysed(f"A/N: for my sister.\n\n{weak}\n\n{STORY}")
    (note,) = analysis.layer("notes")
    assert note.text_of(analysis.text).count("\n\n") == MAX_WEAK_RUN
    assert len(analysis.layer("body")) == 20 - MAX_WEAK_RUN + 2


def test_no_front_matter_means_no_notes() -> None:
    analysis = analysed(STORY)
    assert analysis.layer("notes") == ()
    assert len(analysis.layer("body")) == 2


def test_chatty_paragraphs_inside_the_story_are_story() -> None:
    text = STORY + "\n\nThanks for reading, she wrote, and sealed the letter.\n\nThe end came fast."
    assert notes(text) == []


def test_an_author_note_label_counts_anywhere() -> None:
    text = "Mara ran.\n\nA/N: sorry, had to stop here for a bit.\n\nIlse followed."
    assert notes(text) == [("authors_note", "A/N: sorry, had to stop here for a bit.")]


# --- epigraphs --------------------------------------------------------------------------------


def test_epigraph_of_quoted_lines_with_attribution() -> None:
    text = 'Salt and Iron\n\n"Mind the tide."\n"Always."\n— Old saying\n\n' + STORY
    assert notes(text)[1] == ("epigraph", '"Mind the tide."\n"Always."\n— Old saying')


def test_epigraph_with_inline_attribution() -> None:
    para = "“The sea keeps what it takes.” — Captain Ro"
    assert notes(f"{para}\n\n{STORY}") == [("epigraph", para)]


def test_epigraph_of_verse() -> None:
    verse = "*Out past the harbour light*\n*the water keeps its counsel*\n-- Anonymous"
    assert notes(f"{verse}\n\n{STORY}") == [("epigraph", verse)]


def test_quoted_line_before_a_scene_break_is_an_epigraph() -> None:
    text = 'by Ren\n\n"Mind the tide."\n\n~~~\n\n' + STORY
    assert notes(text) == [("byline", "by Ren"), ("epigraph", '"Mind the tide."')]


@pytest.mark.parametrize(
    "para",
    [
        "The sea keeps what it takes. It gives back names. — a harbour saying",
        "Row slow and come home. -- The Law of the Boats",
        "Salt in the wound, salt in the bread. ~ Grandmother Ro",
    ],
)
def test_unquoted_epigraph_ending_in_its_source(para: str) -> None:
    text = f"Salt and Iron\nby Ren\n\n{para}\n\n* * *\n\n{STORY}"
    assert ("epigraph", para) in notes(text)
    assert layer(text, "body")[0].startswith("Mara lit")


def test_unquoted_prose_epigraph_with_its_source_on_a_line_apart() -> None:
    text = "Salt and Iron\nby Ren\n\nNo harbour keeps a ship forever.\n\n-- The Book of Tides\n\n"
    text += STORY
    assert ("epigraph", "No harbour keeps a ship forever.\n\n-- The Book of Tides") in notes(text)
    # At the very top of a text, with nothing above it, such a pair stays story (a letter).
    letter = "Come home soon. We miss you.\n\n— Mum\n\n" + STORY
    assert notes(letter) == []


def test_story_with_a_dash_is_not_an_unquoted_epigraph() -> None:
    for text in (
        "She had one thing left to say — the truth.\n\nShe said it.",
        "It was over. — Or so she thought.\n\nShe was wrong.",
    ):
        assert notes(text) == []


def test_opening_dialogue_is_not_an_epigraph() -> None:
    text = '"Mind the tide," said Mara.\n\n"Always," said Ilse.\n\nThey went down.'
    assert notes(text) == []
    assert notes('"Mind the tide."\n\nThey went down to the water.') == []


FRONT = "Salt and Iron\nby Ren\n\nDisclaimer: the harbour is not mine.\n\n"


@pytest.mark.parametrize(
    "saying",
    [
        '"The sea keeps what it takes, and gives back only names."',
        "“A harbour is a promise. Ships are how it keeps it.”",
        "*'Row slow and come home.'*",
    ],
)
def test_a_lone_quoted_saying_after_front_matter_is_an_epigraph(saying: str) -> None:
    text = FRONT + saying + "\n\n" + STORY
    assert notes(text)[-1] == ("epigraph", saying)
    assert layer(text, "body")[0].startswith("Mara lit")


@pytest.mark.parametrize(
    "opening",
    [
        # A tagged line, a line and its reply, a reaction, a question, a cry, a broken line.
        '"Robbers," says Mara.\n\nThe storm came in after midnight.',
        '"Mind the tide."\n\n"Always," said Ilse.',
        '"Mind the tide."\n\nIlse only nodded and went down to the boats.',
        '"Mind the tide."\n\nNobody answered her.',
        '"Where is the boat?"\n\nMara looked out at the empty harbour.',
        '"Run!"\n\nMara ran down the quay.',
        '"Mind the—"\n\nThe wave took the rest of it.',
        '"Mind the tide."\n\nshe said, and went down.',
        '"Mind the tide."\n\nBut the tide was already in, Ilse thought, "and rising."',
    ],
)
def test_a_story_opening_on_dialogue_after_front_matter_stays_story(opening: str) -> None:
    text = FRONT + opening
    assert [kind for kind, _ in notes(text)] == ["title", "byline", "disclaimer"]
    assert layer(text, "body")[0] == opening.split("\n\n")[0]


def test_narration_with_one_cue_word_does_not_continue_a_note() -> None:
    # "fluff" is a fic-genre cue; here it is cotton in the air, in a long past-tense paragraph.
    story = (
        "I had not meant to walk that way. The street outside the dye works was full of fluff "
        "drifting down from the upper windows like a warm grey snow, and the carts went by "
        "slowly under it, and the drivers pulled their scarves up over their mouths. I stood "
        "at the corner for a long while and watched the children catch it in their hands, "
        "and then I turned down the hill towards the river."
    )
    note = "A/N: Set the winter after the strike. Warnings for grief."
    text = f"{note}\n\n{story}\n\n{STORY}"
    assert notes(text) == [("authors_note", note)]
    assert layer(text, "body")[0] == story


def test_a_note_still_runs_on_over_its_own_paragraphs() -> None:
    # A long second note paragraph with a cue and talk to the reader, or with two cues, is
    # still the note: only plain narration with a single cue word is cut off.
    more = [
        "This is pure fluff, I promise. It started as a drabble that grew and grew and "
        "would not stop, and I kept adding scenes on the train every morning until it was "
        "three times the length I had planned, which is why you are getting it so late, and "
        "I am sorry for that. The whole thing was posted in one go because I could not face "
        "splitting it up into parts.",
        "I wrote most of this in the winter, when the mill by my house was pulled down and I "
        "walked past the rubble every day. The chapter titles came from the old wages book I "
        "found in a skip there, which I kept, and which is still on my desk next to the "
        "window. My sister helped with the dialect and fixed every line of it that I got "
        "wrong, which was nearly all of them.",
    ]
    for para in more:
        note = "A/N: Set the winter after the strike."
        text = f"{note}\n\n{para}\n\n{STORY}"
        assert notes(text) == [("authors_note", f"{note}\n\n{para}")]


def test_note_cues_counts_the_cue_words_it_weighs() -> None:
    # "chapter" and "enjoy" are weak cues: one is note-like (1), and the count says how many
    # cue words were read, so the narration test needs no second count.
    one = note_cues("The chapter house stood empty at the top of the hill.")
    two = note_cues("The chapter house stood empty; she did not enjoy the climb up to it.")
    assert one == NoteCues(1, 1)
    assert two == NoteCues(1, 2)
    assert note_cues("Thanks for reading!").strength == 2  # decisive: settled uncounted
    assert note_cues('"A story," she said.') == NoteCues(0, 0)
    long_story = " ".join(["She walked to the mill and looked at the chapter house."] * 8)
    assert is_narration(long_story, 1)
    assert not is_narration(long_story, 2)
    assert not is_narration("She walked to the chapter house.", 1)  # too short


# --- chapters ---------------------------------------------------------------------------------


def test_chapters_from_headings() -> None:
    text = (
        "Salt and Iron\nby Ren\n\n"
        "Chapter 1: The Harbour\n\nA/N: short one!\n\nMara waited.\n\nShe waited more.\n\n"
        "Thanks for reading!\n\n"
        "Chapter Two\n\nThe storm came.\n\n~~~\n\nIt went.\n\n"
        "Epilogue\n\nCalm."
    )
    analysis = analysed(text)
    chapters = [(s.label, s.text_of(text)) for s in analysis.layer("chapters")]
    assert chapters == [
        (
            "The Harbour",
            "Chapter 1: The Harbour\n\nA/N: short one!\n\nMara waited.\n\nShe waited more.",
        ),
        ("", "Chapter Two\n\nThe storm came.\n\n~~~\n\nIt went."),
        ("Epilogue", "Epilogue\n\nCalm."),
    ]
    assert layer(text, "chapter_headings") == ["Chapter 1: The Harbour", "Chapter Two", "Epilogue"]
    assert [label for label, _ in notes(text)] == [
        "title",
        "byline",
        "authors_note",
        "authors_note",
    ]
    assert layer(text, "scene_breaks") == ["~~~"]
    assert layer(text, "body") == [
        "Mara waited.",
        "She waited more.",
        "The storm came.",
        "It went.",
        "Calm.",
    ]


def test_a_heading_with_only_notes_under_it_is_still_a_chapter() -> None:
    text = "Chapter 1\n\nMara waited.\n\nChapter 2\n\nA/N: on hiatus, sorry!"
    chapters = analysed(text).layer("chapters")
    assert [(s.label, s.text_of(text)) for s in chapters] == [
        ("", "Chapter 1\n\nMara waited."),
        ("", "Chapter 2\n\nA/N: on hiatus, sorry!"),
    ]


def test_story_before_the_first_heading_is_an_untitled_chapter() -> None:
    text = "It began badly.\n\nPart II\n\nIt ended well."
    chapters = analysed(text).layer("chapters")
    assert [(s.label, s.text_of(text)) for s in chapters] == [
        ("", "It began badly."),
        ("", "Part II\n\nIt ended well."),
    ]


def test_without_headings_the_body_is_one_chapter() -> None:
    text = "Salt and Iron\n\nby Ren\n\n" + STORY + "\n\nPlease review!"
    chapters = analysed(text).layer("chapters")
    assert [(s.label, s.text_of(text)) for s in chapters] == [("", STORY)]


def test_bare_numerals_are_headings_only_when_there_are_several() -> None:
    assert layer("1\n\nMara waited.\n\n2\n\nThe storm came.", "chapter_headings") == ["1", "2"]
    assert layer("Mara counted.\n\n1\n\nThat was all.", "chapter_headings") == []


def test_given_chapters_are_used_as_they_are() -> None:
    text = "Chapter 1\n\nMara waited.\n\nPart 2 of her plan failed.\n\nThe storm came."
    given = (
        GivenChapter("Waiting", 0, 23),
        GivenChapter(None, 25, len(text)),
    )
    analysis = analysed(text, given)
    assert [(s.label, s.start, s.end) for s in analysis.layer("chapters")] == [
        ("Waiting", 0, 23),
        ("", 25, len(text)),
    ]
    assert [s.text_of(text) for s in analysis.layer("chapter_headings")] == ["Chapter 1"]
    assert "Part 2 of her plan failed." in [s.text_of(text) for s in analysis.layer("body")]


def test_given_chapters_are_scanned_for_notes_at_their_edges() -> None:
    # A story first posted elsewhere and moved to an HTML or EPUB archive keeps its "A/N:",
    # disclaimer and sign-off inside the chapter text: they are notes, not story, at each
    # chapter's edges as in plain text; the middle of a chapter stays story.
    one = (
        "A/N: my first story here, be gentle!\n\nMara waited by the gate until the bell rang."
        "\n\nI love him, she thought. I think.\n\nThanks for reading! Please review."
    )
    two = "Chapter 2\n\nDisclaimer: the sea is not mine.\n\nThe storm came.\n\n* * *\n\nShe slept."
    text = f"{one}\n\n{two}"
    given = (
        GivenChapter(None, 0, len(one)),
        GivenChapter("Chapter 2", len(one) + 2, len(text)),
    )
    analysis = analysed(text, given)
    assert [(s.label, s.text_of(text)) for s in analysis.layer("notes")] == [
        ("authors_note", "A/N: my first story here, be gentle!"),
        ("authors_note", "Thanks for reading! Please review."),
        ("disclaimer", "Disclaimer: the sea is not mine."),
    ]
    assert [s.text_of(text) for s in analysis.layer("body")] == [
        "Mara waited by the gate until the bell rang.",
        "I love him, she thought. I think.",
        "The storm came.",
        "She slept.",
    ]
    assert [(s.start, s.end) for s in analysis.layer("chapters")] == [
        (0, len(one)),
        (len(one) + 2, len(text)),
    ]
    assert [s.text_of(text) for s in analysis.layer("chapter_headings")] == ["Chapter 2"]
    assert [s.text_of(text) for s in analysis.layer("scene_breaks")] == ["* * *"]
    assert body_word_count(analysis) == 21


def test_a_given_chapter_that_is_all_story_stays_story() -> None:
    text = "Mara waited.\n\nPlease, she thought. Please come home.\n\nThe storm came."
    analysis = analysed(text, (GivenChapter(None, 0, len(text)),))
    assert analysis.layer("notes") == ()
    assert len(analysis.layer("body")) == 3


def test_text_outside_given_chapters_is_scanned_for_notes() -> None:
    text = "Salt and Iron\n\nby Ren\n\nMara waited.\n\nThe storm came.\n\nA/N: thanks!"
    start = text.index("Mara")
    given = (GivenChapter(None, start, text.index("\n\nA/N")),)
    assert [(s.label, s.text_of(text)) for s in analysed(text, given).layer("notes")] == [
        ("title", "Salt and Iron"),
        ("byline", "by Ren"),
        ("authors_note", "A/N: thanks!"),
    ]


def test_a_fandom_right_after_a_note_label() -> None:
    analysis = analysed("A/N: my first Sea Shanties fic!\n\n" + STORY)
    assert [s.label for s in analysis.layer("fandom_mentions")] == ["Sea Shanties"]
    analysis = analysed("A/N: Sea Shanties fic, be nice.\n\n" + STORY)
    assert [s.label for s in analysis.layer("fandom_mentions")] == ["Sea Shanties"]


# --- line-break styles and degenerate texts ---------------------------------------------------


def test_crlf_text_keeps_exact_offsets() -> None:
    text = (
        "Salt and Iron\r\nby Ren\r\n\r\nDisclaimer: not mine, sadly.\r\n\r\n"
        "Chapter 1\r\n\r\nMara waited.\r\n\r\n* * *\r\n\r\n"
        "The storm came.\r\n\r\nPlease review!\r\n"
    )
    assert notes(text) == [
        ("title", "Salt and Iron"),
        ("byline", "by Ren"),
        ("disclaimer", "Disclaimer: not mine, sadly."),
        ("authors_note", "Please review!"),
    ]
    assert layer(text, "body") == ["Mara waited.", "The storm came."]
    assert layer(text, "scene_breaks") == ["* * *"]
    assert layer(text, "chapters") == [
        "Chapter 1\r\n\r\nMara waited.\r\n\r\n* * *\r\n\r\nThe storm came."
    ]


def test_lone_cr_line_breaks() -> None:
    text = "Salt and Iron\rby Ren\r\rMara waited.\rThe storm came."
    assert notes(text) == [("title", "Salt and Iron"), ("byline", "by Ren")]
    assert layer(text, "body") == ["Mara waited.", "The storm came."]


def test_one_paragraph_per_line() -> None:
    text = (
        "Salt and Iron\nby Ren\nA/N: first fic, be nice!\n"
        "Mara waited.\nThe storm came.\nShe did not move.\nThanks for reading!\n"
    )
    assert notes(text) == [
        ("title", "Salt and Iron"),
        ("byline", "by Ren"),
        ("authors_note", "A/N: first fic, be nice!"),
        ("authors_note", "Thanks for reading!"),
    ]
    assert layer(text, "body") == ["Mara waited.", "The storm came.", "She did not move."]


@pytest.mark.parametrize("text", ["", "   \n\n\t", "\r\n\r\n"])
def test_texts_without_paragraphs(text: str) -> None:
    analysis = analysed(text)
    assert all(analysis.layer(name) == () for name in LAYERS)
    assert title_of(analysis) is None
    assert authors_of(analysis) == ()
    assert body_word_count(analysis) == 0


def test_a_text_of_notes_only_has_no_chapters_or_body() -> None:
    analysis = analysed("Salt and Iron\n\nby Ren\n\nA/N: the story is coming soon, promise!")
    assert analysis.layer("body") == ()
    assert analysis.layer("chapters") == ()
    assert len(analysis.layer("notes")) == 3


def test_body_word_count_leaves_notes_out() -> None:
    text = "Salt and Iron\n\nby Ren\n\nMara didn't wait.\n\n* * *\n\nShe ran.\n\nPlease review!"
    assert body_word_count(analysed(text)) == 5


@pytest.mark.parametrize(
    "para",
    [
        "ok so I just did my third rewatch and I could not let the lighthouse episode go. "
        "heads up for mentions of a shipwreck, nothing graphic.",
        "finally finished a reread of the whole series!! warnings for references to a past "
        "illness, nobody dies on the page.",
    ],
)
def test_a_writer_who_reread_the_canon_and_warns_the_reader_writes_a_note(para: str) -> None:
    assert note_cues(para).strength == 2
    text = f"The Long Tide\n\nby gullwing\n\n{para}\n\n* * *\n\nThe boat came in at dusk.\n"
    notes = analyze(RawDocument(text, "t.txt", "txt")).layer("notes")
    assert [text[s.start : s.end] for s in notes if s.label == "authors_note"] == [para]


@pytest.mark.parametrize(
    "para",
    [
        "He gave the letter a second reread by the window, and the words did not change.",
        "She had no warning for what came next, and the heads of the crowd turned as one.",
    ],
)
def test_a_reread_or_a_warning_in_the_story_is_no_note_on_its_own(para: str) -> None:
    assert note_cues(para).strength < 2


# --- the writer's informal first person beside front matter -------------------------------

LOWER_NOTE = (
    "okay so I saw this staged last week and have not stopped thinking about the "
    "lighthouse keeper. so here she is. no plot, only weather."
)
PROLOGUE = (
    "The keeper had kept the light for forty years. She had seen ships come in and go out, "
    "had buried a husband and raised two sons, had learned every mood of the grey water "
    "below the rocks, and she had never once let the lamp go dark, not in the worst storm "
    "the coast had known, not on the night the younger boy was born."
)


def test_an_informal_paragraph_above_a_summary_is_a_note() -> None:
    summary = "Summary: The keeper waits out a gale."
    text = f"{LOWER_NOTE}\n\n{summary}\n\nLamp Oil\n\nby kestrel\n\n***\n\n{STORY}"
    assert [kind for kind, _ in notes(text)] == ["authors_note", "summary", "title", "byline"]
    assert layer(text, "body")[0].startswith("Mara lit the lamp")


def test_an_informal_paragraph_between_the_byline_and_the_first_break_is_a_note() -> None:
    text = f"Lamp Oil\n\nby kestrel\n\n{LOWER_NOTE}\n\n* * *\n\n{STORY}"
    assert notes(text)[2] == ("authors_note", LOWER_NOTE)
    lower = LOWER_NOTE.replace("I saw", "i saw")
    assert notes(text.replace("I saw", "i saw"))[2] == ("authors_note", lower)


def test_a_one_paragraph_prologue_before_the_first_break_stays_story() -> None:
    text = f"Lamp Oil\n\nby kestrel\n\n{PROLOGUE}\n\n* * *\n\n{STORY}"
    assert [kind for kind, _ in notes(text)] == ["title", "byline"]
    assert layer(text, "body")[0] == PROLOGUE


def test_a_fandom_then_fanfiction_then_the_byline() -> None:
    text = f"Lamp Oil\n\nSea Shanties fanfiction | by kestrel\n\n{STORY}"
    analysis = analysed(text)
    assert authors_of(analysis) == ("kestrel",)
    assert layer(text, "fandom_mentions") == ["Sea Shanties"]
    assert authors_of(analysed(f"A Tale by Moonlight\n\n{STORY}")) == ("Moonlight",)


@pytest.mark.parametrize(
    "note",
    ["A/N: Modern AU! They share a flat.", "A/N: a Coffee Shop AU, sorry not sorry."],
)
def test_a_kind_of_alternate_universe_is_no_fandom(note: str) -> None:
    assert layer(f"{note}\n\n{STORY}", "fandom_mentions") == []
    assert layer(f"A/N: my first Sea Shanties AU.\n\n{STORY}", "fandom_mentions") == [
        "Sea Shanties"
    ]
