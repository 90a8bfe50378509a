"""Finding who "I" is in a first-person story (understand/narrator.py)."""

from __future__ import annotations

import re

import pytest

from ficshelf.model import Span
from ficshelf.understand.characters import characters_of
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.narrator import addressed_narrator
from ficshelf.understand.narrator_fallbacks import guess_pov, plain_quotes
from ficshelf.understand.text import paragraph_spans


def narrator_of(text: str) -> str | None:
    found = characters_of(text, paragraph_spans(text), None, "first")
    return found.narrator[0].label if found.narrator else None


def test_named_by_a_tagged_line_of_someone_else() -> None:
    text = (
        "The kettle had boiled twice before I noticed.\n\n"
        '"Watson, your hat," said Holmes. "We are wanted."\n\n'
        "I took my hat. Holmes was already on the stairs."
    )
    assert narrator_of(text) == "Watson"


def test_a_character_the_narration_names_is_not_the_narrator() -> None:
    text = (
        "Peter sat on the ridge. I sat beside him.\n\n"
        '"It was eleven springs ago, Peter," I said.\n\n'
        '"Wendy, come here," he says. Peter held out his hand.'
    )
    assert narrator_of(text) == "Wendy"


def test_mentioned_in_another_characters_line() -> None:
    text = (
        "We drank until the candles guttered.\n\n"
        '"Porthos shall eat and I shall drink and Anselm shall count," said Athos. '
        'Athos stood, and Porthos laughed. "And Anselm pays," said Porthos.'
    )
    assert narrator_of(text) == "Anselm"


def test_one_called_by_name_outranks_one_only_talked_about() -> None:
    text = (
        "My uncle came in from the yard.\n\n"
        '"Mark my words, Owen," he said, "Bellamy could have built the bridge, '
        "and Bellamy would have built it better than Bellamy's brother.\"\n\n"
        "I said nothing. My uncle went out again."
    )
    assert narrator_of(text) == "Owen"


def test_self_introduction() -> None:
    text = "My name is Ishmael Grey, and I keep the light on the point.\n\nI climb the stair."
    assert narrator_of(text) == "Ishmael Grey"


def test_a_name_called_once_in_passing_does_not_hide_the_narrator() -> None:
    # "Captain Sulk" is called once, in an untagged line, and never narrated: too little
    # evidence to be the narrator, and too little to shut out the one the others call.
    text = (
        "Rosalind had been named in the summary of the evening, and so had Tobias.\n\n"
        "I walked out to the harbour wall.\n\n"
        '"Come in, Tobias," said Rosalind. "You will freeze."\n\n'
        '"I am thinking, Captain Sulk."\n\n'
        '"Tobias, please," she said.\n\n'
        "I stayed where I was."
    )
    assert narrator_of(text) == "Tobias"


def test_a_call_said_to_me_outranks_a_call_to_a_servant() -> None:
    # The narrator is called once, in an untagged line whose narration has them as its
    # object ("from me"); a servant is called once in another's tagged line.
    text = (
        "The rain came on before I reached the mill.\n\n"
        '"Mr. Vane!" He jumped the ditch and landed a yard from me. "You are soaked."\n\n'
        '"Bring him in," said Marlow from the door. "You, Hob, hot water."\n\n'
        "I followed them in."
    )
    assert narrator_of(text) == "Mr. Vane"


def test_a_call_far_from_me_gets_no_bonus() -> None:
    # The same call, but the narration that names "me" is well past the line's reach:
    # the servant's call in a tagged line wins, as before.
    filler = "The lane ran on between the hedges and the wet fields. " * 4
    text = (
        "The rain came on before I reached the mill.\n\n"
        f'"Mr. Vane!" {filler}It stopped a yard from me.\n\n'
        '"Bring him in," said Marlow from the door. "You, Hob, hot water."\n\n'
        "I followed them in."
    )
    assert narrator_of(text) == "Hob"


def test_no_narrator_when_nobody_is_addressed() -> None:
    text = "I walked to the shore. The gulls were loud.\n\nI went home and slept."
    assert narrator_of(text) is None


def test_guess_pov_from_pronouns_outside_quotes() -> None:
    def pov(text: str) -> str:
        paragraphs = paragraph_spans(text)
        return guess_pov(text, paragraphs, QuoteIndex(plain_quotes(text, paragraphs)))

    assert pov('I ran. "He ran," she said. I hid, and my hands shook.') == "first"
    assert pov('He ran. "I ran," he said. She hid, and her hands shook.') == "third"
    assert pov("You open the door. You see the hall, and your lamp gutters.") == "second"
    assert pov("") == ""


def test_the_you_of_a_second_person_story_is_whom_others_call() -> None:
    text = (
        "Bram comes in from the yard.\n\n"
        '"Nell, the fire is out," he says.\n\n'
        '"I know," you say. "Sit down, Bram."\n'
    )
    quotes = [Span(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]*"', text)]
    paragraphs = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    mentions, calls = [], []
    for m in re.finditer(r"Bram|Nell", text):
        mentions.append(Span(m.start(), m.end(), m.group()))
        calls.append(any(q.start <= m.start() < q.end for q in quotes))
    assert addressed_narrator(text, paragraphs, QuoteIndex(quotes), mentions, calls) == "Nell"
    # in the "you" narrator's own line ("you say") a call says nothing about who "you" is
    only_own = [k for k, m in enumerate(mentions) if m.label == "Bram"]
    assert (
        addressed_narrator(
            text,
            paragraphs,
            QuoteIndex(quotes),
            [mentions[k] for k in only_own],
            [calls[k] for k in only_own],
        )
        == ""
    )


def test_a_call_in_a_line_a_described_person_tags_names_the_narrator() -> None:
    # "the baker said" tags the line as someone else's, as "she said" would.
    text = (
        "I reached the bakery as the bells were going.\n\n"
        '"Bells are no clock, Odile," the baker said. "They never were."\n\n'
        "I tied on my apron and started on the loaves."
    )
    assert narrator_of(text) == "Odile"


def test_an_untagged_call_two_turns_after_anothers_line_is_not_read_by_turns() -> None:
    # Two turns after the baker's line the untagged call may be a third person's, to
    # anyone in the room: it stays an untagged line's call, too little alone.
    text = (
        "I reached the bakery as the bells were going.\n\n"
        '"You are late," the baker said.\n\n'
        '"The bells are still going."\n\n'
        '"Bells are no clock, Odile. They never were."\n\n'
        "I tied on my apron and started on the loaves."
    )
    assert narrator_of(text) is None


def test_an_untagged_call_right_after_my_own_line_names_me() -> None:
    text = (
        "The ferry was an hour behind.\n\n"
        '"We will miss the train," I said.\n\n'
        '"We will miss nothing, Casimir. Sit down."\n\n'
        "I sat down on the wet bench."
    )
    assert narrator_of(text) == "Casimir"


def test_a_narrator_named_once_with_an_english_word_in_someone_elses_line() -> None:
    text = (
        "I swept the yard while the kettle heated.\n\n"
        '"The post is here," I said.\n\n'
        '"Then leave the broom, Wren, and fetch it."\n\n'
        "I left it by the gate and went down the lane."
    )
    assert narrator_of(text) == "Wren"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # a described person's beat after a question that opens with the call
            "I had just sat down with the charts when the door opened.\n\n"
            '"Dr. Marsh, have you a minute?" The nurse looked frightened.\n\n'
            "I went with her down the corridor.",
            "Dr. Marsh",
        ),
        (  # a named person's beat before the line, the call at its end
            "I had the lamp lit when the knock came.\n\n"
            'Old Sefton stood on the step with his hat in his hands. "Will you come, '
            "Corrigan? It's the mare.\"\n\n"
            "I took my bag and went with him.",
            "Corrigan",
        ),
        (  # a tag whose verb is no speech verb, after a greeting
            "The crates were heavy and the van was parked a street away.\n\n"
            '"Last one, Lorcan," Jess grinned.\n\n'
            "I carried it in and sat on the step.",
            "Lorcan",
        ),
        (  # a described person's tag with a verb of sound, and a title form
            "The waiting room was full when I arrived.\n\n"
            '"Hello, Dr. Adebayo," the receptionist sang out over the heads.\n\n'
            "I waved and went through.",
            "Dr. Adebayo",
        ),
        (  # a pronoun's beat after a reproach, the call in the middle
            "The bread had burned while I read.\n\n"
            '"I told you, Perpetua, the oven runs hot." She opened the window.\n\n'
            "I scraped the crusts into the bin.",
            "Perpetua",
        ),
    ],
)
def test_a_call_in_a_line_another_persons_beat_places_names_the_narrator(
    text: str, name: str
) -> None:
    # No tag, but a beat of another person acting in the line's paragraph: the line is
    # theirs, said to the narrator, as a tagged one would be.
    assert narrator_of(text) == name


def test_a_beat_of_the_narrator_acting_leaves_the_line_untagged() -> None:
    # "I" acts in the paragraph too: the line may be the narrator's own, to the boy, so a
    # single call there is too little to name anyone.
    text = (
        "The rain had not let up all morning.\n\n"
        'He came in dripping and I gave him the towel. "Sit by the stove, Anselm."\n\n'
        "The stove ticked as it warmed."
    )
    assert narrator_of(text) is None


def test_a_narrator_called_once_while_telling_another_in_narration() -> None:
    # "I told Frank" makes Frank the one told, not the other side of Dora's line: the
    # call is the narrator's name, not Frank's pet name.
    text = (
        "I was at the sink when Dora and Frank came in arguing.\n\n"
        '"Tell him, Ottilie," Dora said. "Tell him he\'s wrong."\n\n'
        "I told Frank he was wrong. Frank went out."
    )
    assert narrator_of(text) == "Ottilie"


def test_weightier_calls_outrank_more_talk() -> None:
    # "Martha" is called twice; "Uncle Bram" is called once and talked about three times
    # more: being called by name is what marks the "I" the others speak to.
    text = (
        "I kept the shop while the men talked by the stove.\n\n"
        '"Uncle Bram, sit down," said Piet. "Bram will stand all day," said Joost, '
        '"and Bram will tell you it rests him. That is Bram."\n\n'
        "The stove ticked.\n\n"
        '"Martha, fetch the kettle," said Piet.\n\n'
        "I fetched the kettle.\n\n"
        '"Martha, you are a treasure," said Joost.\n\n'
        "The rain went on."
    )
    assert narrator_of(text) == "Martha"


def narrator_names(text: str) -> set[str]:
    found = characters_of(text, paragraph_spans(text), None, "first")
    label = found.narrator[0].label
    return {text[m.start : m.end] for m in found.mentions if m.label == label}


def test_another_name_called_to_me_is_the_narrator() -> None:
    text = (
        "The rain kept on, and I went down to the kitchen for the lamp.\n\n"
        '"Miss Halloway, you will catch cold," said the curate, and he frowned.\n\n'
        '"Do sit down, Miss Halloway," said the curate. I sat down by the fire.\n\n'
        '"Evadne, fetch the shawl," said Aunt Verity, turning upon me.\n\n'
        "I fetched it. The curate poured the tea."
    )
    assert narrator_of(text) == "Miss Halloway"
    assert "Evadne" in narrator_names(text)


def test_a_call_beside_the_narrator_as_subject_is_the_narrators_name() -> None:
    # "I" right beside the call, and a bare name whose census gender is not the narrator's
    # (round chr33)
    text = (
        "The snow came on at dusk, and I went out with the men to dig for the sheep.\n\n"
        '"Mind the drift, Master Pengelly," said the shepherd, and he pointed.\n\n'
        '"Dig there, Master Pengelly," said the shepherd. I dug until my arms ached.\n\n'
        '"Steady now, Jan!" the shepherd shouted, as I went in up to my waist.\n\n'
        "I came out with a ewe in my arms. The shepherd laughed."
    )
    assert narrator_of(text) == "Master Pengelly"
    assert "Jan" in narrator_names(text)


def test_a_call_right_after_the_narrators_own_narration_is_the_narrators_name() -> None:
    # the line's own paragraph says nothing of the narrator; the narration before it ends
    # with the narrator in it (round chr33)
    text = (
        "The rain kept on, and I went down to the kitchen for the lamp.\n\n"
        '"Miss Halloway, you will catch cold," said the curate, and he frowned.\n\n'
        '"Do sit down, Miss Halloway," said the curate. I sat down by the fire.\n\n'
        "He was quiet so long that I thought he would not speak. Then he took my hand.\n\n"
        '"Tomorrow," he said. "On my word, Bettina."\n\n'
        "The curate poured the tea."
    )
    assert narrator_of(text) == "Miss Halloway"
    assert "Bettina" in narrator_names(text)


def test_a_call_beside_the_speakers_kin_is_not_the_narrators_name() -> None:
    text = (
        "The rain kept on, and I went down to the kitchen for the lamp.\n\n"
        '"Rosalind, you will catch cold," said Mrs. Tabb, and she frowned.\n\n'
        '"Rosalind, sit down," said Mrs. Tabb. I sat down by the fire.\n\n'
        '"Bartholomew, come in," said my aunt to the dog at the door.\n\n'
        "I did not answer her. Mrs. Tabb poured the tea."
    )
    assert narrator_of(text) == "Rosalind"
    assert "Bartholomew" not in narrator_names(text)
