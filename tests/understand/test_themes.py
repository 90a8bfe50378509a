"""The "themes" stage: warnings with evidence and confidence, and the AO3 rating.

Texts written for these tests: each rule (negation, figurative use, similes, dialogue vs
narration, density, author's warning notes, major character death) on a story of its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ficshelf.ingest import read_document
from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand import analyze, theme_harm_cues, theme_lexicon, theme_life_cues
from ficshelf.understand.themes import Finding, rate, story_words, threshold
from ficshelf.vocabulary import WARNINGS

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def analysed(text: str) -> Analysis:
    return analyze(RawDocument(text, "story.txt", "txt"))


def tags(analysis: Analysis) -> set[str]:
    return {s.label for s in analysis.layer("warnings")}


def rating(analysis: Analysis) -> str:
    (span,) = analysis.layer("rating")
    return span.label


INNOCENT = """\
The bakery opened at six, and by five past the queue was out of the door. Priya tied her
apron and set the first loaves on the rack to cool, and the smell drifted out into the street.

Mr Okafor came in for his usual, a seeded roll and a cup of coffee, and told her about his
allotment. The beans were doing well this year. The slugs were doing even better.

She laughed and wrapped his roll. Outside, the sun came up over the church, and the pigeons
settled on the gutter to wait for crumbs.
"""

FIGURATIVE = """\
I could kill for a coffee, Priya thought, and she was dying to see the new display. Her
sister came in wearing killer heels, drunk with joy at her new job, and said the cake was to
die for. The conversation died away when the delivery van arrived. Priya was dead tired by
noon, bored to death of icing, but she smiled and fought back a yawn.
"""

NEGATED = """\
She wasn't dead. She was not even hurt. Nobody was drunk at the party, and Tom had never
been ill a day in his life. There was no blood on the floor, no body, no funeral to plan.
"""

DRUNK_NARRATED = """\
Tom was drunk by nine. He had started on the whisky at six, and by the time the band came on
he was drinking straight from the bottle. His brother took the bottle away and poured the
rest of the brandy into the sink, and Tom cried, and then he was sick in the garden.
"""

SWEARING = """\
"Shit," said Tom. "Shit, shit, shit. Where the hell are my keys?"

"Language," said his mother, without looking up from her crossword.

"They were right here, damn it." He turned out his pockets for the third time.
"""

THREAT_IN_DIALOGUE = """\
"I'll kill you," Maya said to her brother, "if you eat the last biscuit." He ate it anyway,
and she chased him round the garden until they both fell over laughing in the grass.
"""

WARNING_NOTE = """\
A/N: Warnings for gore and major character death. Sorry in advance!

The field was quiet when Elena walked out to it. She found the old tree, and sat under it,
and waited for the sun to come up over the hill.
"""

DEATH_OF_A_MAIN_CHARACTER = """\
Rowan carried the lantern up the stairs. Rowan had always carried it, ever since the war, and
Rowan knew every creak of the old boards. Elsie waited at the top with the blankets.

"You're late," Elsie said. Rowan smiled at her and set the lantern down.

They sat up all night with the window open. Rowan talked about the sea, and about the boat
they had meant to buy, and towards morning the talking slowed and stopped. Rowan died a little
before dawn, with Elsie holding both hands. She sat on in the grey light and did not call
anyone for a long time. At the funeral she did not cry; she had done her grieving already.
"""

EXPLICIT = """\
She pulled him down onto the bed and they made love slowly, her hands in his hair. He kissed
her breasts, her nipples, the inside of her thigh, and when she came her orgasm shook her
whole body. Afterwards they lay naked and tangled together, his erection soft against her
hip, and neither of them said anything at all. They had sex again before dawn.
"""

GORE = """\
The blade came down and the man's head rolled into the mud. Blood sprayed across the grass,
and the smell of entrails hung over the field where the dead men lay. A soldier beside him was
disembowelled by a spear; another stared at the severed hand in the ditch, his skull cracked
open, blood pooled beneath him. Gore slicked every shield in the line.
"""


def test_innocent_text_has_no_warnings_and_is_general() -> None:
    analysis = analysed(INNOCENT)
    assert tags(analysis) == set()
    assert rating(analysis) == "General"


def test_figurative_uses_do_not_count() -> None:
    analysis = analysed(FIGURATIVE)
    assert tags(analysis) == set()
    assert rating(analysis) == "General"


def test_negated_cues_do_not_count() -> None:
    assert tags(analysed(NEGATED)) == set()


def test_narrated_drinking_is_alcohol_with_sentence_evidence() -> None:
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", DRUNK_NARRATED)
    analysis = analysed(text)
    assert "alcohol" in tags(analysis)
    spans = [s for s in analysis.layer("warnings") if s.label == "alcohol"]
    sentences = set(analysis.layer("sentences"))
    assert spans and all(Span(s.start, s.end) in sentences for s in spans)
    assert len({s.score for s in spans}) == 1 and 0.5 <= spans[0].score <= 0.99


def test_swearing_in_dialogue_is_profanity_and_teen() -> None:
    analysis = analysed(SWEARING)
    assert tags(analysis) == {"profanity"}
    assert rating(analysis) == "Teen"


def test_a_threat_in_dialogue_is_not_a_death() -> None:
    analysis = analysed(THREAT_IN_DIALOGUE)
    assert tags(analysis) == set()
    assert rating(analysis) == "General"


def test_an_authors_warning_note_gives_its_tags() -> None:
    analysis = analysed(WARNING_NOTE)
    assert {"graphic violence", "major character death"} <= tags(analysis)
    note = analysis.layer("notes")[0]
    evidence = [s for s in analysis.layer("warnings") if s.label == "major character death"]
    assert (evidence[0].start, evidence[0].end) == (note.start, note.end)
    assert rating(analysis) == "Mature"


def test_a_note_warning_of_mild_violence_is_not_graphic() -> None:
    analysis = analysed("A/N: Warnings for mild violence and swearing.\n\n" + INNOCENT)
    assert "graphic violence" not in tags(analysis)
    assert "profanity" in tags(analysis)


def test_a_no_warnings_note_gives_nothing() -> None:
    analysis = analysed("A/N: No warnings, no character death, just fluff!\n\n" + INNOCENT)
    assert tags(analysis) == set()


def test_the_narrated_death_of_a_main_character() -> None:
    analysis = analysed(re.sub(r"(?<!\n)\n(?!\n)", " ", DEATH_OF_A_MAIN_CHARACTER))
    assert {"major character death", "death/grief"} <= tags(analysis)
    assert rating(analysis) == "Teen"


def test_explicit_sexual_content_is_explicit() -> None:
    analysis = analysed(EXPLICIT)
    assert "sexual content" in tags(analysis)
    assert rating(analysis) == "Explicit"


def test_gore_is_graphic_violence_and_mature() -> None:
    analysis = analysed(GORE)
    assert "graphic violence" in tags(analysis)
    assert rating(analysis) == "Mature"


def test_one_mention_in_a_long_story_is_not_a_theme() -> None:
    long_story = "\n\n".join([INNOCENT] * 40) + "\n\nShe drank a glass of wine and went home."
    analysis = analysed(long_story)
    assert "alcohol" not in tags(analysis)
    assert threshold("alcohol", 40_000) > threshold("alcohol", 1000)


MIND_GOING = """\
The old captain sat by the stove and talked to the kettle. His mind was going, the doctor
said, and there was nothing in a bottle that would bring it back.

At night he paced the landing like a madman, calling for men who had drowned forty years
before. His daughter lay awake and listened. In the morning he knew her again, and wept.

By winter he was losing his mind in earnest. The neighbours said he was insane; his
daughter said he was tired, and locked the door at night so that he would not wander.
"""

FRIGHTENED_OUT_OF_HIS_WITS = """\
The cat knocked the jug off the dresser and Tobias was frightened out of his wits. He swore
he would go out of his mind with worry if it did that again, and then laughed at himself.
"""

FLOGGING = """\
They tied Corin to the post in the yard and the sergeant took up the whip. At the tenth
stroke the skin came off his shoulders. At the twentieth the blood was running down into his
belt, and still the whip came down, and the men who had been made to watch looked at their
boots.

When they cut him loose he fell forward into the dust. The lash had opened his back to the
ribs, and the surgeon sewed it by lantern light while Corin bit on a strap.
"""


def test_a_mind_going_is_mental_illness_and_teen() -> None:
    analysis = analysed(MIND_GOING)
    assert "mental illness" in tags(analysis)
    assert rating(analysis) == "Teen"


def test_frightened_out_of_his_wits_is_no_mental_illness() -> None:
    assert "mental illness" not in tags(analysed(FRIGHTENED_OUT_OF_HIS_WITS))


def test_a_flogging_described_without_gore_words_is_graphic_violence() -> None:
    analysis = analysed(FLOGGING)
    assert "graphic violence" in tags(analysis)
    assert "graphic violence" not in tags(analysed("Her blood ran cold at the news."))


def test_a_note_warning_of_the_death_of_a_character() -> None:
    note = "A/N: Warnings for the death of a beloved character. Bring tissues.\n\n"
    assert "major character death" in tags(analysed(note + INNOCENT))


def test_a_note_warning_of_violence_with_blood_and_a_death_is_teen_not_mature() -> None:
    note = "A/N: Warnings for animal violence with blood, and for character death.\n\n"
    analysis = analysed(note + INNOCENT)
    assert {"graphic violence", "major character death"} <= tags(analysis)
    assert rating(analysis) == "Teen"


def test_every_tag_is_from_the_vocabulary() -> None:
    for text in (DRUNK_NARRATED, SWEARING, WARNING_NOTE, EXPLICIT, GORE):
        assert tags(analysed(text)) <= set(WARNINGS)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ([], "General"),
        ([Finding("illness", 0.8, 1.2, ())], "General"),
        ([Finding("profanity", 0.8, 1.2, ())], "Teen"),
        ([Finding("alcohol", 0.8, 1.2, ())], "Teen"),
        ([Finding("mental illness", 0.8, 1.2, ())], "Teen"),
        ([Finding("violence", 0.7, 1.1, ())], "Teen"),
        ([Finding("graphic violence", 0.7, 1.1, ())], "Teen"),
        ([Finding("graphic violence", 0.9, 2.5, ())], "Mature"),
        (
            [
                Finding("graphic violence", 0.7, 1.1, ()),
                Finding("major character death", 0.9, 1.0, ()),
            ],
            "Mature",
        ),
        (
            [
                Finding("graphic violence", 0.9, 1.0, (), shown=False),
                Finding("major character death", 0.9, 1.0, ()),
            ],
            "Teen",
        ),
        ([Finding("sexual content", 0.9, 1.0, ()), Finding("explicit", 0.9, 1.0, ())], "Explicit"),
    ],
)
def test_rate(found: list[Finding], expected: str) -> None:
    label, confidence = rate(found)
    assert label == expected
    assert 0.0 < confidence <= 0.99


def test_non_english_and_empty_texts_give_empty_layers() -> None:
    french = (
        "Il était ivre mort. Le sang coulait sur le sol, et personne ne disait rien. Elle "
        "regardait par la fenêtre en attendant que la pluie cesse enfin de tomber."
    )
    for text in (french, ""):
        analysis = analysed(text)
        assert analysis.layer("warnings") == ()
        assert analysis.layer("rating") == ()


def test_a_huge_single_line_does_not_crash() -> None:
    analysis = analysed(DRUNK_NARRATED.replace("\n", " ") * 3000)
    assert "alcohol" in tags(analysis)


# --- the sample corpus (tuning stories): precision and recall of warnings, rating ----------


def corpus_results() -> list[tuple[set[str], set[str], str, str]]:
    results = []
    for gold_path in sorted(CORPUS.glob("*.gold.json")):
        number = gold_path.name.split("-")[0]
        if not number.isdigit() or int(number) > 15:  # stories 01-15 (not 101-110)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        story = CORPUS / gold["source"]
        analysis = analyze(read_document(str(story), story.read_bytes()))
        results.append((tags(analysis), set(gold["warnings"]), rating(analysis), gold["rating"]))
    return results


def test_corpus_warnings_and_ratings() -> None:
    results = corpus_results()
    tp = sum(len(p & g) for p, g, _, _ in results)
    fp = sum(len(p - g) for p, g, _, _ in results)
    fn = sum(len(g - p) for p, g, _, _ in results)
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.85
    assert sum(r == gr for _, _, r, gr in results) >= len(results) - 1


def test_story_words_counts_the_words_of_the_body_paragraphs_only() -> None:
    text = "A/N: a note of six words.\n\nShe ran.  He hid.\n\nThe end"
    body = [Span(text.index("She"), text.index("hid.") + 4), Span(text.index("The end"), len(text))]
    # the spaces plus one per paragraph: near enough (a double space counts a word more)
    assert story_words(text, body) == 5 + 2
    assert story_words(text, []) == 0


def test_the_lexicon_holds_every_tag_of_both_cue_modules_once() -> None:
    harm, life = theme_harm_cues.HARM_CUES, theme_life_cues.LIFE_CUES
    assert not set(harm) & set(life)
    assert theme_lexicon.CUES == {**life, **harm}
    inner = {theme_lexicon.VIOLENCE, theme_lexicon.MENACE, theme_lexicon.EXPLICIT}
    assert set(theme_lexicon.CUES) == set(WARNINGS) | inner
