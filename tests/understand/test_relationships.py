"""The "relationships" stage on invented stories with hand-made character layers."""

from __future__ import annotations

import pytest
from handmade import handmade

from ficshelf.model import Span
from ficshelf.understand.relationship_pairs import PairFinder
from ficshelf.understand.relationship_tally import Pair
from ficshelf.understand.relationships import (
    candidates,
    find_relationships,
    gather,
    kind_of,
    parse_relationship_label,
    relationship_label,
    relationship_spans,
    relationships_of,
    score_pairs,
)

NAMES = {
    "Mara Quill": "Mara Quill",
    "Mara": "Mara Quill",
    "Tobin": "Tobin Ash",
    "Tobin Ash": "Tobin Ash",
    "Ilse": "Ilse Quill",
    "Elsie": "Elsie Varga",
    "Rowan": "Rowan Pike",
    "Aunt Dorrit": "Aunt Dorrit",
    "Finn": "Finn",
}

# Mara and Tobin carry the story and kiss; Ilse is Mara's sister; Elsie and Rowan are only
# backstory, once; Aunt Dorrit is named by her kinship; Finn drops by and talks shop.
STORY = "\n\n".join(
    [
        "The lighthouse on Gannet Rock",
        (
            "Mara Quill climbed the last of the steps with the oil can knocking against her knee. "
            "She had not been up the tower since spring. Tobin was already at the top, leaning on "
            "the rail."
        ),
        '"You\'re late," Tobin said.',
        '"The tide was wrong," said Mara. "And you could have carried the can."',
        (
            '"I could have." He grinned at her. "But then you wouldn\'t have had an excuse to '
            'complain, Mara."'
        ),
        "Mara set the can down and looked at him for a long moment. Tobin looked back.",
        '"Say something," she said.',
        '"I missed you," said Tobin, and Mara kissed him before he could say anything worse.',
        (
            "Below them the boats were coming in. Ilse, Mara's sister, was waving from the quay, "
            "and Mara waved back."
        ),
        '"Your sister never approved of me," Tobin said.',
        (
            '"Ilse doesn\'t approve of anyone," said Mara. "She didn\'t approve of Elsie and Rowan '
            'either, and they were engaged for a whole summer before the war."'
        ),
        "Tobin laughed until he had to hold the rail. Mara leaned by him and watched the light.",
        'Later Finn came up with the logbook. "Wind\'s backing west," Finn said.',
        '"Then we\'ll light early," Tobin said. "Finn, tell the boats."',
        '"Aye," said Finn. "Tobin, the lens wants cleaning too."',
        '"Tomorrow," he said.',
        "Mara wrote to Aunt Dorrit that night, and told her nothing at all about Tobin.",
        "Tobin sat with Mara in the lamp room until dawn, and neither of them said much.",
    ]
)

T, M, F = "Tobin Ash", "Mara Quill", "Finn"
SPEAKERS = [T, M, M, T, T, M, T, T, M, M, F, T, T, F, F, T]


@pytest.fixture(scope="module")
def found() -> dict[tuple[str, str], tuple[str, str, float]]:
    analysis = handmade(STORY, NAMES, SPEAKERS)
    return {(r.a, r.b): (r.kind, r.prominence, r.score) for r in relationships_of(analysis)}


def test_the_couple_who_carry_the_story_is_a_major_romance(
    found: dict[tuple[str, str], tuple[str, str, float]],
) -> None:
    kind, prominence, score = found[("Mara Quill", "Tobin Ash")]
    assert (kind, prominence) == ("romantic", "major")
    assert score == max(s for _, _, s in found.values())


def test_a_pairing_named_once_in_backstory_is_background(
    found: dict[tuple[str, str], tuple[str, str, float]],
) -> None:
    kind, prominence, score = found[("Elsie Varga", "Rowan Pike")]
    assert (kind, prominence) == ("romantic", "background")
    assert score < found[("Mara Quill", "Tobin Ash")][2] / 2


def test_sisters_by_a_kinship_word_and_a_shared_surname(
    found: dict[tuple[str, str], tuple[str, str, float]],
) -> None:
    assert found[("Ilse Quill", "Mara Quill")][0] == "family"


def test_a_character_named_by_a_kinship_term_is_family(
    found: dict[tuple[str, str], tuple[str, str, float]],
) -> None:
    assert found[("Aunt Dorrit", "Mara Quill")][:2] == ("family", "background")


def test_a_colleague_who_talks_shop_with_one_of_a_couple_is_no_friendship(
    found: dict[tuple[str, str], tuple[str, str, float]],
) -> None:
    # Finn talks with Tobin about the lamp, but Tobin's story is with Mara: a friendship
    # canon does not know needs each of the two to be the other's strongest tie.
    assert ("Finn", "Tobin Ash") not in found


def test_two_who_are_each_others_strongest_tie_are_friends() -> None:
    # Pia and Quill meet in every scene and talk most with each other: friends. Rue talks
    # with Quill as much as with anyone, but Quill belongs more to Pia: no friendship tag.
    salience = {"Pia": 1.0, "Quill": 0.8, "Rue": 0.5}
    close = Pair(paragraphs=8.0, present=8.0, exchanges=8, scenes={0, 1, 2})
    errand = Pair(paragraphs=5.0, present=5.0, exchanges=5, scenes={0, 2})
    found = score_pairs({("Pia", "Quill"): close, ("Quill", "Rue"): errand}, salience, 3)
    assert [(r.a, r.b, r.kind) for r in found] == [("Pia", "Quill", "platonic")]
    # Alone, the same errand is Rue's and Quill's strongest tie: then it is a friendship.
    found = score_pairs({("Quill", "Rue"): errand}, salience, 3)
    assert [(r.a, r.b, r.kind) for r in found] == [("Quill", "Rue", "platonic")]


def test_candidates_without_the_dropped_are_the_kept_ones() -> None:
    # Quill and Rue meet as often as Pia and Quill, but Quill belongs more to Pia: the
    # candidate list holds both pairs, one of them not listed; asked for the kept only, the
    # same listed pair comes back alone.
    salience = {"Pia": 1.0, "Quill": 0.8, "Rue": 0.5}
    close = Pair(paragraphs=8.0, present=8.0, exchanges=8, scenes={0, 1, 2})
    errand = Pair(paragraphs=5.0, present=5.0, exchanges=5, scenes={0, 2})
    pairs = {("Pia", "Quill"): close, ("Quill", "Rue"): errand}
    every = candidates(pairs, salience, 3)
    assert [keep for _, keep in every] == [True, False]
    assert candidates(pairs, salience, 3, dropped=False) == [c for c in every if c[1]]


def test_scores_are_in_range(found: dict[tuple[str, str], tuple[str, str, float]]) -> None:
    assert all(0.0 <= score <= 1.0 for _, _, score in found.values())


def test_layer_labels_and_evidence_are_spans_of_the_pair() -> None:
    analysis = handmade(STORY, NAMES, SPEAKERS)
    layers = find_relationships(analysis)
    spans = layers["relationships"]
    assert spans
    body = analysis.layer("body")
    for span in spans:
        kind, prominence, a, b = parse_relationship_label(span.label)
        assert kind in ("romantic", "platonic", "family")
        assert prominence in ("major", "background")
        assert a < b
        assert body[0].start <= span.start < span.end <= body[-1].end
    by_pair: dict[str, set[float]] = {}
    for span in spans:
        by_pair.setdefault(span.label, set()).add(span.score)
    assert all(len(scores) == 1 for scores in by_pair.values())
    backstory = [s for s in spans if "Elsie Varga" in s.label]
    assert any("engaged" in s.text_of(STORY) for s in backstory)


def test_category_of_a_story_with_a_major_romance() -> None:
    analysis = handmade(STORY, NAMES, SPEAKERS)
    category = find_relationships(analysis)["category"]
    # Tobin is "he"/"him"; Mara is "she"/"her": F/M, shown by the couple's evidence.
    assert {s.label for s in category} == {"F/M"}
    assert 0.5 <= category[0].score <= 1.0


def test_first_person_narrator_is_present_where_the_narration_says_i() -> None:
    text = (
        "I found Corin on the pier again.\n\n"
        '"You came," Corin said.\n\n"I always come," I said.\n\n'
        '"Not always, Wren," Corin said.\n\n"Often enough," I said.\n\n'
        "I sat beside Corin and we watched the ferries.\n\n"
        "Corin told me about the mainland, and I listened.\n"
    )
    analysis = handmade(
        text,
        {"Corin": "Corin", "Wren": "Wren Hale"},
        ["Corin", "Wren Hale", "Corin", "Wren Hale"],
        pov="first",
        narrator="Wren Hale",
    )
    pairs = {(r.a, r.b): r for r in relationships_of(analysis)}
    assert ("Corin", "Wren Hale") in pairs
    assert pairs[("Corin", "Wren Hale")].kind == "platonic"


def test_mr_and_mrs_of_one_surname_are_a_couple() -> None:
    text = (
        "Mr. Pell opened the shop at eight.\n\n"
        "Mrs. Pell brought Mr. Pell his tea at ten, as she had for thirty years.\n\n"
        '"Too much sugar," said Mr. Pell.\n\n"Drink it," said Mrs. Pell.\n'
    )
    analysis = handmade(
        text, {"Mr. Pell": "Mr. Pell", "Mrs. Pell": "Mrs. Pell"}, ["Mr. Pell", "Mrs. Pell"]
    )
    (rel,) = relationships_of(analysis)
    assert rel.kind == "romantic"


def test_a_rank_and_mrs_or_uncle_and_aunt_of_one_surname_are_a_couple() -> None:
    # A wife takes her husband's surname, not his rank: "Captain Lorne" and "Mrs. Lorne" are
    # husband and wife, and a niece's "Uncle Fenn" and "Aunt Fenn" are each other's spouse.
    text = (
        "Captain Lorne stamped in from the yard with Mrs. Lorne behind him.\n\n"
        '"Mud again," said Mrs. Lorne, and Captain Lorne shrugged.\n\n'
        "Uncle Fenn and Aunt Fenn sat by the fire, and Tessa brought them both their cocoa.\n\n"
        '"Not so hot," said Aunt Fenn to Uncle Fenn, who only grunted.\n'
    )
    names = {n: n for n in ("Captain Lorne", "Mrs. Lorne", "Uncle Fenn", "Aunt Fenn", "Tessa")}
    found = {
        (r.a, r.b): r.kind
        for r in relationships_of(handmade(text, names, ["Mrs. Lorne", "Aunt Fenn"]))
    }
    assert found[("Captain Lorne", "Mrs. Lorne")] == "romantic"
    assert found[("Aunt Fenn", "Uncle Fenn")] == "romantic"


def test_a_titled_couple_only_talked_about_is_a_couple() -> None:
    # Lord and Lady Vane never appear; Nora names them in one breath. Two namesakes who are
    # not titled as a couple (Tam and Ivo Vane) need to be shown together to be family.
    text = (
        '"Lady Vane has written, and Lord Vane will call on Tuesday," said Nora.\n\n'
        '"Then we must air the parlour," said Kit.\n\n'
        '"Tam Vane is no help, and Ivo Vane is at sea," said Nora.\n'
    )
    names = {n: n for n in ("Lady Vane", "Lord Vane", "Nora", "Kit", "Tam Vane", "Ivo Vane")}
    found = {
        (r.a, r.b): r.kind for r in relationships_of(handmade(text, names, ["Nora", "Kit", "Nora"]))
    }
    assert found[("Lady Vane", "Lord Vane")] == "romantic"
    assert ("Ivo Vane", "Tam Vane") not in found


def test_her_husband_needs_a_woman_known_as_such_to_be_her() -> None:
    # "he was her husband": the "he" is Vell; the "her" is someone the story has not
    # named here, not Corin, an earlier name of unknown gender.
    text = (
        "Corin came up the stairs with the lamp.\n\n"
        "The poet Vell came on the fourth day. Corin did not like Vell. She told me, with "
        "her slow hands, that he was her husband.\n"
    )
    names = {"Corin": "Corin", "Vell": "Vell"}
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names))}
    assert found.get(("Corin", "Vell")) != "romantic"


def test_label_round_trip_and_rejects() -> None:
    label = relationship_label("family", "background", "Zed", "Amy")
    assert label == "family|background|Amy|Zed"
    assert parse_relationship_label(label) == ("family", "background", "Amy", "Zed")
    with pytest.raises(ValueError):
        relationship_label("romantic", "major", "A|B", "C")
    with pytest.raises(ValueError):
        parse_relationship_label("romantic|major|A")


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "no names here at all.", "“" * 5000, "Mara " * 20_000, "MARA AND TOBIN."],
)
def test_never_crashes_and_stays_in_bounds(text: str) -> None:
    analysis = handmade(text, NAMES)
    for span in relationship_spans(relationships_of(analysis)):
        assert 0 <= span.start <= span.end <= len(text)
    layers = find_relationships(analysis)
    assert set(layers) == {"relationships", "category", "stated_relationships"}
    assert all(isinstance(s, Span) for s in layers["category"])


def test_a_huge_single_paragraph_of_pairs_stays_linear() -> None:
    # 40,000 mentions of 200 characters in one paragraph and one sentence: a pass over all
    # pairs of mentions would take hours; the capped casts keep this to a moment.
    names = {f"Name{i:03d}": f"Name{i:03d}" for i in range(200)}
    text = " and ".join(f"Name{i % 200:03d} kissed" for i in range(40_000)) + "."
    analysis = handmade(text, names)
    found = relationships_of(analysis)
    assert all(0.0 <= r.score <= 1.0 for r in found)


def test_a_kinship_word_beside_a_name_describes_that_name() -> None:
    # "her brother Thomas": Thomas is Agnes's brother, not the jeweller's.
    text = (
        "Agnes Pryor sat by the fire.\n\n"
        "She had come about Thomas. Her brother Thomas was clerk to Simeon Hale, the jeweller.\n"
    )
    names = {"Agnes Pryor": "Agnes Pryor", "Thomas": "Thomas Pryor", "Simeon Hale": "Simeon Hale"}
    pairs = {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names))}
    assert pairs.get(("Agnes Pryor", "Thomas Pryor")) == "family"
    assert ("Simeon Hale", "Thomas Pryor") not in pairs


def test_a_son_called_by_name_is_kin_of_the_one_who_has_him() -> None:
    # "who has a son called Edmund": Edmund is the earl's son, not kin of Wat, named after.
    text = (
        "Wat held the lantern at the door.\n\n"
        "It was Earl Osric, who had been kind to them all through the long wet winter, and "
        "who has a son called Edmund that Wat would not trust with a dead mouse.\n"
    )
    names = {"Wat": "Wat", "Earl Osric": "Earl Osric", "Edmund": "Edmund"}
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names))}
    assert found.get(("Earl Osric", "Edmund")) == "family"
    assert ("Edmund", "Wat") not in found


@pytest.mark.parametrize("word", ["godmother", "stepsister", "foster-sister"])
def test_godparents_step_and_foster_kin_are_family(word: str) -> None:
    text = f"Tessa Brand sat by the fire.\n\nHer {word} Odile came in with the post.\n"
    names = {"Tessa Brand": "Tessa Brand", "Odile": "Odile"}
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names))}
    assert found.get(("Odile", "Tessa Brand")) == "family"


def test_a_kinship_vocative_makes_speaker_and_listener_family() -> None:
    text = (
        'Lorne knelt by the water. "You came," said Lorne.\n\n'
        '"Sister. You took your time," said Lorne.\n\n'
        '"I came as fast as the boat would carry me," Wenna said.\n\n'
        '"Then carry me now," said Lorne.\n'
    )
    names = {"Lorne": "Lorne", "Wenna": "Wenna"}
    found = relationships_of(handmade(text, names, ["Lorne", "Lorne", "Wenna", "Lorne"]))
    assert [(r.a, r.b, r.kind) for r in found] == [("Lorne", "Wenna", "family")]


def test_a_split_quote_whose_first_part_is_the_subject_addresses_no_one() -> None:
    # "My father," said Wenna, "is ...": the kin word is the sentence's subject, not a name
    # Wenna calls Lorne by; "Sister," said Lorne, "come in." still is one.
    talk = (
        'Lorne knelt by the water. "You came," said Lorne.\n\n'
        '"My father," said Wenna, "is waiting at the ford."\n\n'
        '"Then go to him," said Lorne.\n\n'
        '"My brother," said Wenna, "was always the faster rower."\n'
    )
    names = {"Lorne": "Lorne", "Wenna": "Wenna"}
    speakers = ["Lorne", "Wenna", "Wenna", "Lorne", "Wenna", "Wenna"]
    found = relationships_of(handmade(talk, names, speakers))
    assert all(r.kind != "family" for r in found)
    vocative = talk.replace('"My father," said Wenna, "is', '"Sister," said Wenna, "come')
    found = relationships_of(handmade(vocative, names, speakers))
    assert [(r.a, r.b, r.kind) for r in found] == [("Lorne", "Wenna", "family")]


def test_canon_tells_the_kind_of_a_pair_the_story_shows_together() -> None:
    # Nothing in the text says romance; canon makes Jonathan and Mina Harker a couple.
    text = (
        "Mina Harker poured the tea. Jonathan Harker read the paper.\n\n"
        "Jonathan Harker looked up at Mina Harker and smiled.\n\n"
        "Mina Harker took the cup from Jonathan Harker.\n"
    )
    names = {"Mina Harker": "Mina Harker", "Jonathan Harker": "Jonathan Harker"}
    (rel,) = relationships_of(handmade(text, names))
    assert (rel.a, rel.b, rel.kind) == ("Jonathan Harker", "Mina Harker", "romantic")


def test_the_storys_own_titles_make_a_couple_whatever_canon_calls_them() -> None:
    # Canon knows Mr. Elton as "Philip Elton"; the story's "Mr." and "Mrs." still make the
    # two it names in one breath a couple.
    text = (
        "Emma Woodhouse sat with Harriet Smith in the window at Hartfield.\n\n"
        '"Mrs. Elton called on Tuesday, and Mr. Elton with her," said Harriet Smith.\n\n'
        '"Then we are spared till Friday," said Emma Woodhouse, and Mr. Knightley laughed.\n'
    )
    names = {
        n: n
        for n in ("Emma Woodhouse", "Harriet Smith", "Mrs. Elton", "Mr. Elton", "Mr. Knightley")
    }
    speakers = ["Harriet Smith", "Emma Woodhouse"]
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names, speakers))}
    assert found.get(("Mr. Elton", "Mrs. Elton")) == "romantic"


def test_category_of_relationship_sets() -> None:
    from ficshelf.understand.category import category_of
    from ficshelf.understand.relationships import Relationship

    def rel(a: str, b: str, kind: str = "romantic", prominence: str = "major") -> Relationship:
        return Relationship(a, b, kind, prominence, 0.9, ((0, 1),))

    genders = {"Ann": ("F", 0.9), "Bea": ("F", 0.9), "Cal": ("M", 0.9), "Dan": ("M", 0.8)}
    assert category_of([rel("Ann", "Cal")], genders) == ("F/M", 0.9)
    assert category_of([rel("Ann", "Bea")], genders)[0] == "F/F"  # type: ignore[index]
    assert category_of([rel("Cal", "Dan")], genders) == ("M/M", 0.8)
    mixed = [rel("Ann", "Bea"), rel("Cal", "Dan")]
    assert category_of(mixed, genders)[0] == "Multi"  # type: ignore[index]
    platonic = [rel("Ann", "Cal", "platonic"), rel("Bea", "Dan", "romantic", "background")]
    assert category_of(platonic, genders)[0] == "Gen"  # type: ignore[index]
    assert category_of([rel("Ann", "Eli")], genders) is None


def test_kin_words_in_dialogue_speak_of_someone_else() -> None:
    # "a nephew, Edwin" names Mr. Hale's nephew; it says nothing of Holmes and Edwin, and
    # "my husband" says nothing of the one the speaker talks to.
    text = (
        '"Mr. Hale has a nephew, Edwin, who owes money everywhere," said Holmes.\n\n'
        '"I should like you to read it, Holmes, and tell me whether my husband is mad," '
        "said Nell.\n"
    )
    names = {"Mr. Hale": "Mr. Hale", "Edwin": "Edwin", "Holmes": "Holmes", "Nell": "Nell"}
    found = {
        (r.a, r.b): r.kind for r in relationships_of(handmade(text, names, ["Holmes", "Nell"]))
    }
    assert found.get(("Edwin", "Mr. Hale")) == "family"
    assert ("Edwin", "Holmes") not in found
    assert ("Holmes", "Nell") not in found


def _court_scene(address_a: str, address_b: str) -> str:
    """Two people who talk at length, calling each other ``address_a`` / ``address_b``."""
    lines = []
    for turn in range(4):
        lines.append(f"Osric and Ysolde walked the long gallery again, turn {turn + 1}.")
        lines.append(f'"The roads are bad this spring, {address_b}," said Osric.')
        lines.append(f'"Then we shall ride slowly, {address_a}," said Ysolde.')
    return "\n\n".join(lines) + "\n"


def test_a_pair_who_keep_calling_each_other_by_title_is_no_friendship() -> None:
    names = {"Osric": "Osric", "Ysolde": "Ysolde"}
    speakers = ["Osric", "Ysolde"] * 4
    friends = relationships_of(handmade(_court_scene("Osric", "Ysolde"), names, speakers))
    assert [(r.a, r.b, r.kind) for r in friends] == [("Osric", "Ysolde", "platonic")]
    distant = relationships_of(handmade(_court_scene("my lord", "my lady"), names, speakers))
    assert distant == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Osric and Ysolde were married, and they kissed at the gate.", "romantic"),
        ("Osric and Ysolde were never married, and they never kissed at all.", None),
        ("Osric and Ysolde weren't engaged, whatever the village said.", None),
        ("Osric is Ysolde's brother, her elder one.", "family"),
        ("Osric is not Ysolde's brother, whatever the village said.", None),
    ],
)
def test_a_negated_cue_word_says_nothing(sentence: str, kind: str | None) -> None:
    text = f"The two of them came in from the rain.\n\n{sentence}\n"
    names = {"Osric": "Osric", "Ysolde": "Ysolde"}
    found = relationships_of(handmade(text, names))
    assert [r.kind for r in found] == ([kind] if kind else [])


def test_a_first_person_narrator_thinking_of_a_canon_partner() -> None:
    # Mina narrates; she names Jonathan once, in her own narration: canon makes them a
    # couple, in the background.
    text = (
        "Dr. Seward kept me waiting in the hall for an hour.\n\n"
        '"You are early, Mina," Dr. Seward said.\n\n"I am always early," I said.\n\n'
        "Dr. Seward showed me the ward, and Dr. Seward showed me the garden.\n\n"
        '"Will you stay to dine, Mina?" Dr. Seward asked.\n\n"Gladly," I said.\n\n'
        "I sat by the window and thought of Jonathan Harker, and of the letter I had not sent.\n"
    )
    names = {
        "Dr. Seward": "John Seward",
        "Mina": "Mina Harker",
        "Jonathan Harker": "Jonathan Harker",
    }
    analysis = handmade(
        text, names, ["John Seward", "Mina Harker"] * 2, pov="first", narrator="Mina Harker"
    )
    pairs = {(r.a, r.b): r for r in relationships_of(analysis)}
    couple = pairs[("Jonathan Harker", "Mina Harker")]
    assert (couple.kind, couple.prominence) == ("romantic", "background")
    # Not on a third-person narration's mind: nobody is present with Jonathan there.
    third = handmade(text.replace(" I ", " she ").replace("I sat", "She sat"), names)
    assert ("Jonathan Harker", "Mina Harker") not in {(r.a, r.b) for r in relationships_of(third)}


def test_secondary_characters_related_only_by_canon_are_no_family_tag() -> None:
    salience = {"Ada": 1.0, "Bex": 0.3, "Cy": 0.25}
    # Bex and Cy, two side characters, are sisters in canon (family 1, no cue in the text),
    # named in three paragraphs but never speaking to each other.
    by_canon = Pair(paragraphs=3.0, present=2.0, family=1.0, canon="family")
    # Ada, the lead, and Bex: family by canon alone still counts (the lead's kin).
    lead = Pair(paragraphs=3.0, present=2.0, exchanges=1, family=1.0, canon="family")
    # Bex and Cy said to be sisters in the text ("her sister Cy"): a cue span of their own.
    told = Pair(
        paragraphs=3.0, present=2.0, exchanges=1, family=1.0, canon="family", cue_spans=[(0, 10)]
    )
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Bex", "Cy"): by_canon}, salience)}
    assert kinds == {}
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Ada", "Bex"): lead}, salience)}
    assert kinds == {("Ada", "Bex"): "family"}
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Bex", "Cy"): told}, salience)}
    assert kinds == {("Bex", "Cy"): "family"}
    # The story has the canon sisters speak to each other (one exchange): its own family.
    talking = Pair(paragraphs=3.0, present=2.0, exchanges=1, family=1.0, canon="family")
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Bex", "Cy"): talking}, salience)}
    assert kinds == {("Bex", "Cy"): "family"}
    # "Miss Cy" and "Mrs. Cy" of one surname, without canon: the story's own say.
    surname = Pair(paragraphs=3.0, present=2.0, exchanges=1, family=1.0)
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Bex", "Cy"): surname}, salience)}
    assert kinds == {("Bex", "Cy"): "family"}


def test_the_leads_romance_is_major_even_with_the_beloved_only_remembered() -> None:
    # Orin carries the story; Ysa, his dead wife, is named twice. Two side characters are
    # engaged in one sentence of it. The lead's romance is what the story is about.
    salience = {"the ferryman": 1.0, "Orin": 0.7, "Ysa": 0.05, "Bel": 0.1, "Cas": 0.1}
    remembered = Pair(paragraphs=1.0, sentences=1, romantic=1.0, cue_spans=[(0, 10)])
    aside = Pair(paragraphs=1.0, sentences=1, romantic=1.0, cue_spans=[(20, 30)])
    busy = Pair(paragraphs=6.0, present=6.0, exchanges=8)
    found = score_pairs(
        {("Orin", "Ysa"): remembered, ("Bel", "Cas"): aside, ("Orin", "the ferryman"): busy},
        salience,
    )
    prominence = {(r.a, r.b): (r.kind, r.prominence) for r in found}
    assert prominence[("Orin", "Ysa")] == ("romantic", "major")
    assert prominence[("Bel", "Cas")] == ("romantic", "background")


def test_one_title_is_courtesy_and_repeated_titles_are_distance() -> None:
    # Period manners: Ysolde calls Osric "sir" once in a long talk, and never by name; a
    # friendship all the same. Calling him "my lord" again and again is distance.
    def scene(titles: int) -> str:
        lines = []
        for turn in range(4):
            address = ", my lord" if turn < titles else ""
            lines.append(f"Osric and Ysolde walked the long gallery again, turn {turn + 1}.")
            lines.append('"The roads are bad this spring," said Osric.')
            lines.append(f'"Then we shall ride slowly{address}," said Ysolde.')
        return "\n\n".join(lines) + "\n"

    names = {"Osric": "Osric", "Ysolde": "Ysolde"}
    speakers = ["Osric", "Ysolde"] * 4
    courteous = relationships_of(handmade(scene(1), names, speakers))
    assert [(r.a, r.b, r.kind) for r in courteous] == [("Osric", "Ysolde", "platonic")]
    assert relationships_of(handmade(scene(3), names, speakers)) == []


def test_a_canon_couple_stays_a_couple_against_a_guessed_kin_word() -> None:
    # "Isa had sworn devotion to her brother Jem": whose brother the "her" makes him is a
    # guess; canon makes Isa and Jem a couple, and a couple they stay. Without canon, the
    # kin words win.
    salience = {"Isa": 1.0, "Jem": 0.6}
    canon = Pair(paragraphs=2.0, sentences=1, romantic=1.0, family=2.0, canon="romantic")
    told = Pair(paragraphs=2.0, sentences=1, romantic=1.0, family=2.0)
    assert [r.kind for r in score_pairs({("Isa", "Jem"): canon}, salience)] == ["romantic"]
    assert [r.kind for r in score_pairs({("Isa", "Jem"): told}, salience)] == ["family"]


def test_friends_in_canon_who_talk_are_listed_though_no_focus_of_the_story() -> None:
    # Tam carries a story of three scenes with Nessa; Rook, Tam's friend in canon, comes in
    # for one talk (three exchanges, one scene): not a lasting tie, yet a friendship any
    # reader of the book knows. Without canon, or with canon but no real talk, no tag.
    salience = {"Tam": 1.0, "Nessa": 0.8, "Rook": 0.3, "Ivo": 0.2}
    busy = Pair(paragraphs=6.0, present=6.0, exchanges=6, scenes={0, 1, 2})

    def rook(canon: str, exchanges: int) -> Pair:
        return Pair(paragraphs=3.0, present=2.0, exchanges=exchanges, scenes={1}, canon=canon)

    def listed(pair: Pair, with_whom: str = "Tam") -> set[tuple[str, str, str]]:
        pairs = {("Nessa", "Tam"): busy, tuple(sorted((with_whom, "Rook"))): pair}
        found = score_pairs(pairs, salience, scene_count=3)
        return {(r.a, r.b, r.kind) for r in found}

    assert ("Rook", "Tam", "platonic") in listed(rook("platonic", 3))
    assert ("Rook", "Tam", "platonic") not in listed(rook("", 3))
    assert ("Rook", "Tam", "platonic") not in listed(rook("platonic", 1))
    # Two side characters friends in canon: no principal one tells it.
    assert ("Ivo", "Rook", "platonic") not in listed(rook("platonic", 3), "Ivo")


def test_a_canon_friendship_goes_to_one_pair_of_the_story() -> None:
    # Holmes is named two ways; the canon friendship with Watson is the stronger pair's.
    lines = []
    for turn in range(3):
        lines.append(f"Holmes and Watson sat by the fire, the {turn + 1} evening.")
        lines.append('"The fog is thick tonight," said Holmes.')
        lines.append('"Thick enough to hide a cab," said Watson.')
    lines.append("Sherlock glanced at Watson once.")
    names = {"Holmes": "Sherlock Holmes", "Watson": "John Watson", "Sherlock": "Sherlock"}
    analysis = handmade("\n\n".join(lines) + "\n", names, ["Sherlock Holmes", "John Watson"] * 3)
    finder = PairFinder(analysis)
    pairs = finder.run(analysis.layer("sentences")).pairs
    assert pairs[("John Watson", "Sherlock Holmes")].canon == "platonic"
    assert pairs[("John Watson", "Sherlock")].canon == ""


def test_a_canon_couple_each_on_the_scene_apart_is_the_storys_couple() -> None:
    # Seyton serves Macbeth in one scene and Lady Macbeth in another; the two never meet
    # in the story. A reader knows them for a couple, and still does when she is only
    # talked about in a line while he is on the scene (a romance of canon told in passing,
    # background). Two both only talked about are no couple, nor one named once in passing
    # (test_relationship_pairs).
    apart = (
        "Macbeth paced the hall. Seyton brought the lamp.\n\n"
        '"Is the wood still standing?" asked Macbeth.\n\n'
        "* * *\n\n"
        "Lady Macbeth walked the corridor with a candle, and Seyton followed her.\n\n"
        "At the stair Lady Macbeth stopped and rubbed her hands.\n"
    )
    names = {"Macbeth": "Macbeth", "Lady Macbeth": "Lady Macbeth", "Seyton": "Seyton"}
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(apart, names))}
    assert found[("Lady Macbeth", "Macbeth")] == "romantic"
    talked = apart.replace(
        "Lady Macbeth walked the corridor with a candle, and Seyton followed her.",
        '"Where is Lady Macbeth?" asked Seyton, alone on the stair.',
    ).replace("At the stair Lady Macbeth stopped", "At the stair Seyton stopped")
    found = {
        r.a + "|" + r.b: r for r in relationships_of(handmade(talked, names, ["Macbeth", "Seyton"]))
    }
    couple = found["Lady Macbeth|Macbeth"]
    assert (couple.kind, couple.prominence) == ("romantic", "background")
    # Both only named in Seyton's lines: no one on the scene tells their story.
    offstage = (
        '"Macbeth is out on the heath," said Seyton.\n\n'
        '"And Lady Macbeth has gone up to bed," said Seyton, and yawned.\n\n'
        "Seyton locked the door of the hall.\n"
    )
    found = {(r.a, r.b) for r in relationships_of(handmade(offstage, names, ["Seyton", "Seyton"]))}
    assert ("Lady Macbeth", "Macbeth") not in found


def test_a_first_person_narrators_my_uncle_is_the_narrators_kin() -> None:
    # "My uncle" is a character of Axel's story: Axel's uncle, not kin of the guide named
    # beside him, nor the relative whom the next sentence names.
    text = (
        "My uncle stood at the mast. Hans sat on a coil of rope with a line over the side.\n\n"
        "My uncle said something to him in Danish. Hans listened and said a single word.\n\n"
        "I watched them both from the raft, and I said nothing at all.\n"
    )
    names = {"My uncle": "my uncle", "Hans": "Hans"}
    analysis = handmade(text, names, pov="first", narrator="Axel")
    kinds = {(r.a, r.b): r.kind for r in relationships_of(analysis)}
    assert kinds.get(("Axel", "my uncle")) == "family"
    assert kinds.get(("Hans", "my uncle")) != "family"
    assert kinds.get(("Axel", "Hans")) != "family"


def test_friends_in_canon_need_two_kin_words_to_be_family() -> None:
    salience = {"Axel": 1.0, "Hans": 0.8}
    # One "Uncle." given to the wrong speaker between two friends of canon: still friends.
    once = Pair(paragraphs=5.0, present=3.0, exchanges=3, family=1.0, canon="platonic")
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Axel", "Hans"): once}, salience)}
    assert kinds == {("Axel", "Hans"): "platonic"}
    # Two kin words are the story's own say, and without canon one is enough.
    twice = Pair(paragraphs=5.0, present=3.0, exchanges=3, family=2.0, canon="platonic")
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Axel", "Hans"): twice}, salience)}
    assert kinds == {("Axel", "Hans"): "family"}
    unknown = Pair(paragraphs=5.0, present=3.0, exchanges=3, family=1.0)
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Axel", "Hans"): unknown}, salience)}
    assert kinds == {("Axel", "Hans"): "family"}


def test_friends_in_canon_are_family_when_a_kin_word_beside_a_name_states_it() -> None:
    # "your cousin Brisa": the text says who she is, not a kin vocative that may have gone
    # to the wrong speaker; one such word makes canon's friends cousins.
    salience = {"Orla": 1.0, "Brisa": 0.2}
    stated = Pair(paragraphs=1.0, family=1.0, stated_family=1.0, canon="platonic")
    kinds = {(r.a, r.b): r.kind for r in score_pairs({("Brisa", "Orla"): stated}, salience)}
    assert kinds == {("Brisa", "Orla"): "family"}


def test_a_kin_word_beside_a_name_is_counted_as_stated() -> None:
    text = (
        "The kitchen was warm and smelled of bread.\n\n"
        '"Orla, go and wash," said Mr. Penwith. "Your cousin Brisa is coming to tea."\n\n'
        '"Must I?" said Orla.\n'
    )
    names = {"Orla": "Orla", "Mr. Penwith": "Mr. Penwith", "Brisa": "Brisa"}
    analysis = handmade(text, names, ["Mr. Penwith", "Mr. Penwith", "Orla"])
    found = gather(analysis)
    assert found is not None
    assert found.pairs[("Brisa", "Orla")].stated_family == 1.0
    assert found.pairs[("Brisa", "Orla")].family == 1.0


def test_a_relative_known_only_through_someone_else_pairs_with_no_one() -> None:
    # "your mother" is whoever the speaker talks to's mother: every child she talks to
    # would otherwise become her family, and each guest at her table her friend.
    text = (
        '"Your mother wants the cake," said Pell to Noor.\n\n'
        '"Your mother always wants the cake," said Noor, and your mother laughed and '
        "poured the tea for Pell and Noor.\n\n"
        "Your mother scolded Noor, her son, for the dog, and Pell hid his grin.\n"
    )
    names = {
        "Pell": "Pell",
        "Noor": "Noor",
        "your mother": "your mother",
        "Your mother": "your mother",
    }
    found = relationships_of(handmade(text, names, ["Pell", "Noor"]))
    assert all("your mother" not in (r.a, r.b) for r in found)


def test_groups_and_relatives_named_through_one_person_are_no_side_of_other_pairs() -> None:
    busy = Pair(paragraphs=6.0, present=6.0, exchanges=4, family=1.0, cue_spans=[(0, 5)])
    pairs = {
        ("Cedda", "the thralls"): busy,
        ("Agna", "Tam's aunt"): busy,
        ("Tam", "Tam's aunt"): busy,
        ("his father", "Tam"): busy,
    }
    found = {(r.a, r.b) for r in score_pairs(pairs)}
    assert found == {("Tam", "Tam's aunt")}


@pytest.mark.parametrize("name", ["the children", "the old women", "the menfolk"])
def test_a_group_named_by_a_plural_without_s_is_no_side_of_a_pair(name: str) -> None:
    busy = Pair(paragraphs=6.0, present=6.0, exchanges=4, family=1.0, cue_spans=[(0, 5)])
    assert score_pairs({(name, "Cedda"): busy}) == []


@pytest.mark.parametrize(
    "name", ["the Boss", "the Marcus", "the Doris", "the Wren", "the Queen of Hearts"]
)
def test_a_singular_description_is_no_group(name: str) -> None:
    busy = Pair(paragraphs=6.0, present=6.0, exchanges=4, family=1.0, cue_spans=[(0, 5)])
    assert [(r.a, r.b) for r in score_pairs({(name, "Cedda"): busy})] == [(name, "Cedda")]


def test_a_first_person_narrators_my_mother_is_one_person() -> None:
    kin = Pair(paragraphs=3.0, present=3.0, exchanges=2, family=2.0, cue_spans=[(0, 5)])
    found = score_pairs({("Gil", "my mother"): kin})
    assert [(r.a, r.b, r.kind) for r in found] == [("Gil", "my mother", "family")]


def test_a_pair_shown_a_little_is_listed_as_background_not_major() -> None:
    # Two short exchanges make a friendship worth listing, not the story's main pairing;
    # the same two shown at length are major.
    brief = Pair(paragraphs=2.0, present=2.0, exchanges=2)
    [friends] = score_pairs({("Oda", "Pim"): brief})
    assert (friends.kind, friends.prominence) == ("platonic", "background")
    assert 0.45 <= friends.score < 0.6
    long = Pair(paragraphs=6.0, present=6.0, exchanges=3, scenes={0})
    [friends] = score_pairs({("Oda", "Pim"): long})
    assert (friends.kind, friends.prominence) == ("platonic", "major")
    kin = Pair(paragraphs=3.0, present=3.0, exchanges=1, family=1.0, cue_spans=[(0, 5)])
    assert [r.prominence for r in score_pairs({("Oda", "Pim"): kin})] == ["background"]


def test_a_title_used_as_a_name_is_no_relative_of_someone_else() -> None:
    busy = Pair(paragraphs=6.0, present=6.0, exchanges=4, family=1.0, cue_spans=[(0, 5)])
    found = score_pairs({("Her Majesty", "Wilhelm"): busy, ("her maid", "Wilhelm"): busy})
    assert [(r.a, r.b) for r in found] == [("Her Majesty", "Wilhelm")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Everyone in the village knew that Aldo was Bess's suitor.",
        "All that summer Aldo wooed Bess with apples from the orchard.",
        "Aldo had been Bess's beau since the harvest dance.",
    ],
)
def test_courtship_words_make_a_romance(sentence: str) -> None:
    text = (
        f"{sentence}\n\n"
        '"Good morning," said Aldo at the gate.\n\n'
        '"Is it?" said Bess, and went in.\n'
    )
    analysis = handmade(text, {"Aldo": "Aldo", "Bess": "Bess"}, ["Aldo", "Bess"])
    (rel,) = relationships_of(analysis)
    assert rel.kind == "romantic"


def test_the_leads_friend_in_canon_met_in_two_scenes_needs_less_talk() -> None:
    # Tam, the lead, spends the story arguing with Nessa (a long talk in every scene) and
    # calls on Rook, his friend in canon, in two of them: fewer lines than Tam and Nessa,
    # but a friendship the lead's story keeps coming back to. Met in one scene only, or
    # between two others, the same few lines are no tag.
    salience = {"Tam": 1.0, "Nessa": 0.9, "Rook": 0.6, "Ivo": 0.7}
    busy = Pair(paragraphs=10.0, present=8.0, exchanges=20, scenes={0, 1, 2})

    def rook(scenes: set[int]) -> Pair:
        return Pair(paragraphs=4.0, present=3.0, exchanges=7, scenes=scenes, canon="platonic")

    def listed(pair: Pair, with_whom: str = "Tam") -> set[tuple[str, str]]:
        pairs = {("Nessa", "Tam"): busy, tuple(sorted((with_whom, "Rook"))): pair}
        return {(r.a, r.b) for r in score_pairs(pairs, salience, scene_count=3)}

    assert ("Rook", "Tam") in listed(rook({0, 2}))
    assert ("Rook", "Tam") not in listed(rook({1}))
    assert ("Ivo", "Rook") not in listed(rook({0, 2}), "Ivo")


def test_a_married_title_is_no_spouse_of_her_maiden_namesake() -> None:
    # Canon knows Lady Glyde as "Laura Fairlie": her maiden surname is her uncle's, but her
    # title goes with her married name, so "Lady Glyde" and "Mr. Fairlie" are no "Mr." and
    # "Lady" of one surname. Shown together, their shared maiden surname makes them family.
    text = (
        "Lady Glyde came down the stairs with a shawl. Mr. Fairlie did not look up from the"
        " prints on his table.\n\n"
        "Lady Glyde stood by his chair. Mr. Fairlie asked her to stand somewhere else.\n\n"
        "Marian Halcombe watched them from the door.\n"
    )
    names = {n: n for n in ("Lady Glyde", "Mr. Fairlie", "Marian Halcombe")}
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(text, names))}
    assert found.get(("Lady Glyde", "Mr. Fairlie")) == "family"


def test_a_canon_partner_only_talked_about_is_the_on_scene_ones_background_couple() -> None:
    # Dorothea is on the scene; Mr. Casaubon is only spoken of, in Celia's line. Canon makes
    # them a couple (major here: the lead's one romance, even with an absent husband).
    # Without canon, a name in a line is no romance.
    text = (
        "Dorothea sat at the window with a book she was not reading.\n\n"
        '"Mr. Casaubon will be at his desk till dark," said Celia.\n\n'
        "Dorothea closed the book and looked out at the rain.\n"
    )
    names = {n: n for n in ("Dorothea", "Mr. Casaubon", "Celia")}
    found = {(r.a, r.b): r for r in relationships_of(handmade(text, names, ["Celia"]))}
    assert found[("Dorothea", "Mr. Casaubon")].kind == "romantic"
    plain = {"Dorothea": "Dorothea", "Mr. Pell": "Mr. Pell", "Celia": "Celia"}
    pell = text.replace("Mr. Casaubon", "Mr. Pell")
    found = {(r.a, r.b): r for r in relationships_of(handmade(pell, plain, ["Celia"]))}
    assert ("Dorothea", "Mr. Pell") not in found


def test_a_canon_relative_the_narration_names_once_is_family_of_the_one_on_the_scene() -> None:
    # Viola speaks and acts; Sebastian is lost at sea, and the narration names him once,
    # in her memory: canon makes them family, and the story tells the tie. Named only in
    # someone's line, he is talked about, no family of the story's own.
    text = (
        "Viola stood at the rail and watched the grey water.\n\n"
        '"It is cold up here," said Feste. "Come down."\n\n'
        '"In a moment," said Viola.\n\n'
        "She thought of Sebastian's hand slipping out of hers in the dark.\n"
    )
    names = {n: n for n in ("Viola", "Sebastian", "Feste")}
    found = {
        (r.a, r.b): r.kind for r in relationships_of(handmade(text, names, ["Feste", "Viola"]))
    }
    assert found.get(("Sebastian", "Viola")) == "family"
    talked = text.replace(
        "She thought of Sebastian's hand slipping out of hers in the dark.",
        '"Sebastian would have liked the storm," said Feste.',
    )
    speakers = ["Feste", "Viola", "Feste"]
    found = {(r.a, r.b): r.kind for r in relationships_of(handmade(talked, names, speakers))}
    assert found.get(("Sebastian", "Viola")) != "family"


def test_a_romance_staged_in_a_scene_is_major_beside_a_longer_friendship() -> None:
    # Wren and Hal talk through the whole story; Pell and Dov court in one scene of it
    # (three paragraphs together, three exchanges and a kiss). The friendship is far the
    # longer tie, yet the romance is a pairing of the story, not a pair met in passing.
    salience = {"Wren": 1.0, "Hal": 0.9, "Pell": 0.3, "Dov": 0.25}
    friends = Pair(paragraphs=12.0, present=12.0, exchanges=15, scenes={0, 1, 2})
    courting = Pair(paragraphs=3.0, present=3.0, exchanges=3, romantic=1.0, cue_spans=[(0, 9)])
    found = score_pairs({("Hal", "Wren"): friends, ("Dov", "Pell"): courting}, salience, 3)
    prominence = {(r.a, r.b): (r.kind, r.prominence) for r in found}
    assert prominence[("Dov", "Pell")] == ("romantic", "major")
    assert prominence[("Hal", "Wren")] == ("platonic", "major")


def test_a_romance_or_a_family_met_briefly_stays_background() -> None:
    # Near misses: a romance of two short exchanges beside the long friendship, and kin
    # shown at the romance's full length (a family scene is not the story's pairing).
    salience = {"Wren": 1.0, "Hal": 0.9, "Pell": 0.3, "Dov": 0.25}
    friends = Pair(paragraphs=12.0, present=12.0, exchanges=15, scenes={0, 1, 2})
    brief = Pair(paragraphs=1.0, present=1.0, exchanges=2, romantic=1.0, cue_spans=[(0, 9)])
    kin = Pair(paragraphs=3.0, present=3.0, exchanges=3, family=1.0, cue_spans=[(0, 9)])
    for other, kind in ((brief, "romantic"), (kin, "family")):
        found = score_pairs({("Hal", "Wren"): friends, ("Dov", "Pell"): other}, salience, 3)
        prominence = {(r.a, r.b): (r.kind, r.prominence) for r in found}
        assert prominence[("Dov", "Pell")] == (kind, "background")


def test_the_leads_canon_consort_the_story_never_brings_near_is_background() -> None:
    # Bram carries the story; canon marries him to Tilda, whom the story names once, in a
    # scene of her own, never beside him and with no word of love: a pairing of the book,
    # not of this story. The same pair with one sentence tying them ("Bram thought of
    # Tilda, his wife") is the lead's romance, major as before.
    salience = {"Bram": 1.0, "Tilda": 0.05, "Osk": 0.6}
    apart = Pair(romantic=1.0, canon="romantic", together_spans=[(0, 4), (50, 55)])
    talk = Pair(paragraphs=6.0, present=6.0, exchanges=6, scenes={0, 1})
    found = score_pairs({("Bram", "Tilda"): apart, ("Bram", "Osk"): talk}, salience, 2)
    assert {(r.a, r.b): r.prominence for r in found}[("Bram", "Tilda")] == "background"
    thought = Pair(paragraphs=1.0, sentences=1, romantic=2.0, canon="romantic", cue_spans=[(0, 9)])
    found = score_pairs({("Bram", "Tilda"): thought, ("Bram", "Osk"): talk}, salience, 2)
    assert {(r.a, r.b): r.prominence for r in found}[("Bram", "Tilda")] == "major"


def test_a_long_talk_in_lines_of_their_own_is_a_friendship() -> None:
    # Two who only ever speak in alternate paragraphs, each line its own paragraph, share
    # no paragraph's cast: three exchanges are talk enough; two need a paragraph together.
    assert kind_of(Pair(exchanges=3)) == "platonic"
    assert kind_of(Pair(exchanges=2)) is None
    assert kind_of(Pair(exchanges=2, paragraphs=1.0)) == "platonic"


def test_a_description_canon_knows_can_be_a_canon_friend() -> None:
    # "the pilgrim" is how the story calls a character the table lists by that alias:
    # canon's friendship with the lead is listed. A description canon does not know
    # ("the carter") is no side of a friendship tag.
    def listed(canon: str) -> set[tuple[str, str]]:
        pair = Pair(paragraphs=2.0, present=2.0, exchanges=5, scenes={0, 2}, canon=canon)
        salience = {"Ivo": 1.0, "the pilgrim": 0.4}
        found = score_pairs({("Ivo", "the pilgrim"): pair}, salience, scene_count=3)
        return {(r.a, r.b) for r in found}

    assert listed("platonic") == {("Ivo", "the pilgrim")}
    assert listed("") == set()


def test_a_friend_the_story_dwells_on_beside_a_stronger_romance_is_listed() -> None:
    # Nell's story is with Oren, her suitor; Wren is with her in six paragraphs and calls her
    # by name: a friendship the story dwells on though Nell belongs more to Oren. Met in
    # fewer paragraphs, or never called by name, Wren is only company.
    salience = {"Nell": 1.0, "Oren": 0.8, "Wren": 0.6}
    romance = Pair(paragraphs=10.0, present=10.0, exchanges=10, romantic=2.0, scenes={0, 1, 2})
    friend = Pair(paragraphs=6.0, present=6.0, exchanges=4, familiar=1, scenes={0, 1})
    pairs = {("Nell", "Oren"): romance, ("Nell", "Wren"): friend}
    found = {(r.a, r.b): r.kind for r in score_pairs(pairs, salience, 3)}
    assert found.get(("Nell", "Wren")) == "platonic"
    unnamed = Pair(paragraphs=6.0, present=6.0, exchanges=4, scenes={0, 1})
    pairs = {("Nell", "Oren"): romance, ("Nell", "Wren"): unnamed}
    assert ("Nell", "Wren") not in {(r.a, r.b) for r in score_pairs(pairs, salience, 3)}
    briefer = Pair(paragraphs=3.0, present=3.0, exchanges=6, familiar=1, scenes={0, 1})
    pairs = {("Nell", "Oren"): romance, ("Nell", "Wren"): briefer}
    assert ("Nell", "Wren") not in {(r.a, r.b) for r in score_pairs(pairs, salience, 3)}


def test_a_miss_or_lady_of_a_characters_surname_is_of_that_family() -> None:
    # Clemency is "Miss Brand" in the text: Hugo Brand's family. Lady Orme is the wife of
    # Sir Jasper Orme.
    text = (
        "Hugo Brand came in from the stables and found Clemency at the window.\n\n"
        '"Miss Brand, you will catch cold," said Hugo, and Clemency laughed at him.\n\n'
        "Sir Jasper Orme rode up the drive with Lady Orme beside him.\n\n"
        '"We are late," said Lady Orme, and Sir Jasper Orme did not answer her.\n'
    )
    names = {
        "Hugo Brand": "Hugo Brand",
        "Hugo": "Hugo Brand",
        "Clemency": "Clemency",
        "Miss Brand": "Clemency",
        "Sir Jasper Orme": "Sir Jasper Orme",
        "Lady Orme": "Marian",
    }
    found = {
        (r.a, r.b): r.kind
        for r in relationships_of(handmade(text, names, ["Hugo Brand", "Marian"]))
    }
    assert found.get(("Clemency", "Hugo Brand")) == "family"
    assert found.get(("Marian", "Sir Jasper Orme")) == "romantic"


def test_two_who_keep_to_titles_but_belong_most_to_each_other_are_friends() -> None:
    # Tilly calls Jonah "Sergeant" all through, and he calls her "Miss": titles, but they
    # are each other's strongest tie over six paragraphs, friends in period manners. In
    # three paragraphs the titles still tell distance.
    salience = {"Jonah": 1.0, "Tilly": 0.8}
    mannerly = Pair(paragraphs=6.0, present=6.0, exchanges=8, formal=4, scenes={0, 1})
    found = score_pairs({("Jonah", "Tilly"): mannerly}, salience, 3)
    assert [(r.a, r.b, r.kind) for r in found] == [("Jonah", "Tilly", "platonic")]
    brief = Pair(paragraphs=3.0, present=3.0, exchanges=8, formal=4, scenes={0, 1})
    assert score_pairs({("Jonah", "Tilly"): brief}, salience, 3) == []
