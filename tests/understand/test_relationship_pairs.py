"""Who the relationships pass pairs, and with which kind, on invented scenes with hand-made
character layers (``handmade``): kin words, vocatives, pronouns, presence and focus."""

from __future__ import annotations

import pytest
from handmade import handmade

from ficshelf.model import Analysis, Span
from ficshelf.understand.relationship_inference import in_laws
from ficshelf.understand.relationship_sentences import BodySentences
from ficshelf.understand.relationship_tally import Pair
from ficshelf.understand.relationships import Relationship, gather, relationships_of


def _kinds(found: list[Relationship]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in found}


def _kin_bound(analysis: Analysis) -> set[tuple[str, str]]:
    """The pairs the pass gives a family cue, listed or not (two who never meet, tied by a
    guessed kin word alone, are not listed: ``relationships._unmet_kin``)."""
    found = gather(analysis)
    return {key for key, pair in found.pairs.items() if pair.family >= 1} if found else set()


def test_a_pronoun_says_whose_kin_an_unnamed_kin_word_is() -> None:
    # "She's my daughter": Jane is the speaker's daughter, though no name stands beside it.
    text = (
        'Orla sat on the wall. "Who is the little one?" asked Bram.\n\n'
        '"Her name is Jane," said Orla. "She\'s my daughter, and she is four."\n\n'
        '"Jane," said Bram. "Hello, Jane."\n'
    )
    names = {"Orla": "Orla", "Bram": "Bram", "Jane": "Jane"}
    found = _kinds(relationships_of(handmade(text, names, ["Bram", "Orla", "Orla", "Bram"])))
    assert found.get(("Jane", "Orla")) == "family"
    assert found.get(("Bram", "Jane")) != "family"


def test_my_husband_is_names_the_speakers_spouse() -> None:
    text = (
        '"Sit down, please," said Holmes.\n\n'
        '"My husband is Piers Orme," said Nell. "He went abroad in the spring."\n\n'
        '"And he wrote to you?" said Holmes.\n'
    )
    names = {"Holmes": "Holmes", "Nell": "Nell Orme", "Piers Orme": "Piers Orme"}
    found = relationships_of(handmade(text, names, ["Holmes", "Nell Orme", "Nell Orme", "Holmes"]))
    kinds = _kinds(found)
    assert kinds.get(("Nell Orme", "Piers Orme")) == "romantic"
    assert ("Holmes", "Piers Orme") not in kinds


def test_a_name_spoken_to_after_a_kin_word_is_not_described() -> None:
    # "a nephew, Watson, who ...": Watson is the listener, the nephew someone else.
    text = (
        '"Mr. Hale has a nephew, Watson, who owes money everywhere," said Holmes.\n\n'
        '"Then we must find him," said Watson.\n\n'
        '"We must," said Holmes.\n'
    )
    names = {"Mr. Hale": "Mr. Hale", "Holmes": "Holmes", "Watson": "Watson"}
    found = _kinds(relationships_of(handmade(text, names, ["Holmes", "Watson", "Holmes"])))
    assert ("Mr. Hale", "Watson") not in found


def test_kin_named_relatives_are_kin_of_the_one_who_names_them() -> None:
    # Aunt Em and Uncle Henry are named together by Dorothy: her relatives, not each
    # other's by that sentence.
    text = (
        'Dorothy sat on the fence. "Aunt Em will be so worried," said Dorothy. '
        '"And Uncle Henry will do all the chores alone."\n\n'
        '"Then we had better hurry," said Rook.\n'
    )
    names = {
        "Dorothy": "Dorothy",
        "Aunt Em": "Aunt Em",
        "Uncle Henry": "Uncle Henry",
        "Rook": "Rook",
    }
    found = _kinds(relationships_of(handmade(text, names, ["Dorothy", "Dorothy", "Rook"])))
    assert found.get(("Aunt Em", "Dorothy")) == "family"
    assert found.get(("Dorothy", "Uncle Henry")) == "family"
    assert ("Aunt Em", "Uncle Henry") not in found


def test_a_kin_vocative_that_is_a_form_of_address_makes_no_family() -> None:
    # A friar calls a young man "my son"; a soldier calls two comrades "brother".
    text = (
        'Friar Alder poured the ale. "Drink, my son," said Friar Alder.\n\n'
        '"I will," said Wat.\n\n'
        '"Hold the line, brother," said Cole.\n\n'
        '"Aye," said Dunn.\n\n'
        '"Steady, brother," said Cole.\n\n'
        '"Steady," said Esk.\n'
    )
    names = {
        "Friar Alder": "Friar Alder",
        "Wat": "Wat",
        "Cole": "Cole",
        "Dunn": "Dunn",
        "Esk": "Esk",
    }
    speakers = ["Friar Alder", "Wat", "Cole", "Dunn", "Cole", "Esk"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Friar Alder", "Wat")) != "family"
    assert found.get(("Cole", "Dunn")) != "family"
    assert found.get(("Cole", "Esk")) != "family"


def test_canon_needs_the_pair_shown_together_not_only_talked_about() -> None:
    # Mina and Jonathan Harker are a couple in canon, but here they are only named in
    # someone else's line of dialogue: nothing the story shows.
    text = (
        '"Have you heard from Mina Harker?" asked Lucy.\n\n'
        '"Only that Jonathan Harker and Mina Harker went to Exeter," said Arthur. '
        '"Jonathan Harker has a cold."\n\n'
        '"Poor Jonathan Harker," said Lucy.\n'
    )
    names = {
        "Mina Harker": "Mina Harker",
        "Jonathan Harker": "Jonathan Harker",
        "Lucy": "Lucy",
        "Arthur": "Arthur",
    }
    found = _kinds(relationships_of(handmade(text, names, ["Lucy", "Arthur", "Arthur", "Lucy"])))
    assert ("Jonathan Harker", "Mina Harker") not in found


def test_friendship_tags_need_named_people_and_a_focus() -> None:
    # Ness and Pell are each other's main tie. Ness and the boatman are together nearly as
    # often, but the boatman is a description, not a name. Pell and Quill are together
    # often too, but each belongs more to someone else (Pell to Ness, Quill to Ness); Ness
    # and Quill are Quill's main tie but not Ness's, who belongs more to Pell.
    lines = ["Ness and Pell pulled at the oars."] * 10
    lines += ["Ness and the boatman watched the rocks."] * 9
    lines += ["Ness and Quill bailed the water."] * 8
    lines += ["Pell and Quill sang to the gulls."] * 7
    text = "\n\n".join(lines) + "\n"
    names = {"Ness": "Ness", "Pell": "Pell", "Quill": "Quill", "the boatman": "the boatman"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Ness", "Pell")) == "platonic"
    assert ("Ness", "Quill") not in found
    assert ("Ness", "the boatman") not in found
    assert ("Pell", "Quill") not in found


def test_a_romance_between_the_leads_is_major_though_rarely_shown_together() -> None:
    # Darrow spends the story with Mr. Fenn, Lise hers with Mr. Fenn too; the text shows
    # the couple together once, but they are the two leads.
    lines = []
    for _ in range(5):
        lines += ["Darrow walked with Mr. Fenn.", '"Cold," said Darrow.', '"Very," said Mr. Fenn.']
        lines += ["The clock struck.", "The rain came on."]
        lines += ["Lise read to Mr. Fenn.", '"Again," said Mr. Fenn.', '"Once more," said Lise.']
        lines += ["The clock struck.", "The rain stopped."]
    lines += ["That night Lise kissed Darrow, her husband, by the fire."]
    text = "\n\n".join(lines) + "\n"
    names = {"Darrow": "Darrow", "Mr. Fenn": "Mr. Fenn", "Lise": "Lise"}
    speakers = ["Darrow", "Mr. Fenn", "Mr. Fenn", "Lise"] * 5
    found = {(r.a, r.b): r for r in relationships_of(handmade(text, names, speakers))}
    couple = found[("Darrow", "Lise")]
    assert (couple.kind, couple.prominence) == ("romantic", "major")
    # Ranked as the leads' romance, not by the one sentence that shows it.
    assert couple.score >= 0.5


def test_a_friendship_must_last_beyond_one_scene_of_a_longer_story() -> None:
    # Ness and Pell meet in the first and third scenes; Tam and Ulla talk at length, but
    # only in the second: one scene's acquaintance, not a friendship the story is about.
    first = ["Ness and Pell pulled at the oars."] * 5
    second = ["Tam and Ulla argued about the nets."] * 8
    third = ["Ness and Pell hauled the boat ashore."] * 5
    scenes = [first, second, third, ["Ness walked home alone."]]
    text = "\n\n* * *\n\n".join("\n\n".join(scene) for scene in scenes) + "\n"
    names = {"Ness": "Ness", "Pell": "Pell", "Tam": "Tam", "Ulla": "Ulla"}
    analysis = handmade(text, names)
    assert len(analysis.layer("scene_breaks")) == 3
    found = _kinds(relationships_of(analysis))
    assert found.get(("Ness", "Pell")) == "platonic"
    assert ("Tam", "Ulla") not in found


def test_her_husband_confirms_the_marriage_and_makes_her_father_his_in_law() -> None:
    text = (
        "Lise kissed Darrow at the door.\n\n"
        '"Papa, you came," said Lise.\n\n'
        '"Of course," said Mr. Fenn.\n\n'
        "Darrow shook hands with Mr. Fenn. Lise stood by the fire with her husband.\n\n"
        '"The roads were bad," said Darrow.\n\n"They always are," said Mr. Fenn.\n\n'
        "Later Darrow and Mr. Fenn walked in the garden.\n"
    )
    names = {"Lise": "Lise", "Darrow": "Darrow", "Mr. Fenn": "Mr. Fenn"}
    speakers = ["Lise", "Mr. Fenn", "Darrow", "Mr. Fenn"]
    found = {(r.a, r.b): r for r in relationships_of(handmade(text, names, speakers))}
    assert found[("Darrow", "Lise")].kind == "romantic"
    assert found[("Lise", "Mr. Fenn")].kind == "family"
    in_law = found[("Darrow", "Mr. Fenn")]
    assert in_law.kind == "family"
    assert any("husband" in text[s:e] for s, e in in_law.evidence)


def test_my_wife_is_the_mrs_of_the_narrators_surname() -> None:
    text = (
        "My wife had gone to the coast for a week, and I called on Holmes.\n\n"
        '"You look lost, Pell," said Holmes.\n\n"I am," I said.\n\n'
        '"Then give my regards to Mrs. Pell and go home," said Holmes.\n'
    )
    names = {"Holmes": "Holmes", "Pell": "Ned Pell", "Mrs. Pell": "Mrs. Pell"}
    analysis = handmade(
        text, names, ["Holmes", "Ned Pell", "Holmes"], pov="first", narrator="Ned Pell"
    )
    found = {(r.a, r.b): r for r in relationships_of(analysis)}
    couple = found[("Mrs. Pell", "Ned Pell")]
    assert couple.kind == "romantic"
    assert any("My wife" in text[s:e] for s, e in couple.evidence)


def test_he_kissed_her_is_the_two_named_just_before() -> None:
    text = (
        "Tobin and Mara climbed the last of the stairs. At the top he kissed her.\n\n"
        '"Finally," said Mara.\n\n"Finally," said Tobin.\n\n'
        "Later Tobin and Mara watched the boats come in.\n"
    )
    names = {"Tobin": "Tobin", "Mara": "Mara"}
    found = _kinds(relationships_of(handmade(text, names, ["Mara", "Tobin"])))
    assert found.get(("Mara", "Tobin")) == "romantic"


def test_your_father_in_a_quote_is_the_listeners_father() -> None:
    text = (
        'Ann leaned on the gate. "Is your father in the barn?" asked Ann.\n\n'
        '"Since dawn," said Ben.\n\n"Then I will wait," said Ann.\n'
    )
    names = {"your father": "Mr. Cobb", "Ann": "Ann", "Ben": "Ben"}
    bound = _kin_bound(handmade(text, names, ["Ann", "Ben", "Ann"]))
    assert ("Ben", "Mr. Cobb") in bound
    assert ("Ann", "Mr. Cobb") not in bound


def test_kin_of_an_unnamed_possessor_binds_no_one_nearby() -> None:
    # "the king's sister": Morgause is the king's kin, not Gawain's or Gareth's by this.
    text = (
        '"Gareth," he says. "Gareth of Orkney. Morgause is the king\'s sister. Gawain rode '
        'with me," said Gareth.\n\n"Then ride on," said Lancelot.\n'
    )
    names = {
        "Gareth of Orkney": "Gareth",
        "Gareth": "Gareth",
        "Morgause": "Morgause",
        "Gawain": "Gawain",
        "Lancelot": "Lancelot",
    }
    found = _kinds(relationships_of(handmade(text, names, ["Gareth", "Gareth", "Lancelot"])))
    assert ("Gawain", "Morgause") not in found
    assert ("Gareth", "Morgause") not in found


def test_mrs_x_speaking_of_her_husband_means_the_man_of_her_surname() -> None:
    text = (
        "Mrs. Orme sat down by the fire.\n\n"
        '"My husband left for the mountains in May," said Mrs. Orme. "Piers Orme writes '
        'every week."\n\n"Then we will wait for his letter," said Holmes.\n'
    )
    names = {"Mrs. Orme": "Mrs. Orme", "Piers Orme": "Piers Orme", "Holmes": "Holmes"}
    found = _kinds(relationships_of(handmade(text, names, ["Mrs. Orme", "Mrs. Orme", "Holmes"])))
    assert found.get(("Mrs. Orme", "Piers Orme")) == "romantic"


def test_a_canon_couple_named_in_one_narrated_sentence_is_a_background_pairing() -> None:
    # Lucy and Arthur carry the scene; the narration names Mina and Jonathan Harker (a couple
    # in canon) once, in passing, in one sentence: a pairing told, not shown.
    scene = (
        'Lucy and Arthur sat in the garden. "More tea?" asked Lucy.\n\n'
        '"Thank you," said Arthur. Lucy poured, and Arthur watched Lucy pour.\n\n'
    )
    told = "Lucy had a letter from Mina Harker, who wrote that Jonathan Harker was in Exeter.\n\n"
    names = {
        "Mina Harker": "Mina Harker",
        "Jonathan Harker": "Jonathan Harker",
        "Lucy": "Lucy",
        "Arthur": "Arthur",
    }
    found = relationships_of(handmade(scene + told, names, ["Lucy", "Arthur", "Arthur"]))
    couple = [r for r in found if (r.a, r.b) == ("Jonathan Harker", "Mina Harker")]
    assert [(r.kind, r.prominence) for r in couple] == [("romantic", "background")]
    # The same two named in separate sentences of the narration are no pairing.
    apart = "Lucy had a letter from Mina Harker. It was long.\n\nJonathan Harker was in Exeter.\n"
    found = relationships_of(handmade(scene + apart, names, ["Lucy", "Arthur", "Arthur"]))
    assert ("Jonathan Harker", "Mina Harker") not in _kinds(found)


def test_a_kiss_on_the_cheek_is_affection_not_a_romance() -> None:
    # The housekeeper is kissed goodbye on the cheek: affection, half a cue, no romance.
    # The same pair kissing outright is a romance.
    text = (
        "Edda came down with the coat over her arm, and Corvin was waiting by the door. "
        "He took the coat from her and {kiss}, and she laughed and sent him out.\n"
    )
    names = {"Edda": "Edda", "Corvin": "Corvin"}
    cheek = handmade(text.format(kiss="kissed her cheek"), names)
    assert _kinds(relationships_of(cheek)).get(("Corvin", "Edda")) != "romantic"
    on_the_forehead = handmade(text.format(kiss="kissed Edda on the forehead"), names)
    assert _kinds(relationships_of(on_the_forehead)).get(("Corvin", "Edda")) != "romantic"
    lips = handmade(text.format(kiss="kissed her"), names)
    assert _kinds(relationships_of(lips)).get(("Corvin", "Edda")) == "romantic"


def test_a_speaker_named_only_in_the_tag_is_not_who_the_words_are_about() -> None:
    # "He had a wife, once," Pell says: the wife is someone unnamed's, not a marriage between
    # Pell and the captain named in the sentence before.
    text = (
        "Captain Sorrel stood at the rail all evening and spoke to no one.\n\n"
        'Pell watched him from the hatch. "He had a wife, once," Pell says. "Long ago."\n'
    )
    names = {"Captain Sorrel": "Captain Sorrel", "Pell": "Pell"}
    found = _kinds(relationships_of(handmade(text, names, ["Pell", "Pell"])))
    assert found.get(("Captain Sorrel", "Pell")) != "romantic"


def test_an_unnamed_kin_subject_is_the_one_named_next() -> None:
    # "his mother would never forgive it. Mrs. Vell had …": the mother the clause is about
    # is the woman the next sentence opens on; the owner is the last speaker, not Odo.
    text = (
        "The long way home\n\n"
        "The coach was late again, and the yard was full of puddles and of people.\n\n"
        'Garrick frowned at the rain and at Odo. "My mother expects me."\n\n'
        "I knew that his mother expected nothing of the kind. Mrs. Vell had never once waited "
        "up for him.\n"
    )
    names = {"Odo": "Odo", "Garrick": "Garrick", "Mrs. Vell": "Mrs. Vell"}
    bound = _kin_bound(handmade(text, names, ["Garrick"]))
    assert ("Garrick", "Mrs. Vell") in bound
    assert ("Mrs. Vell", "Odo") not in bound


def test_an_unnamed_kin_word_inside_a_clause_names_no_one_next() -> None:
    # "without his sister, and Becca writes": Becca is not the sister; nor is the woman
    # named after a kin word that is only a figure of speech.
    text = (
        "Joss rode off at dawn with both horses and without his sister, and Becca wrote the "
        "sums at the bottom of her list. Becca had never liked Joss.\n\n"
        "Joss looked at the road as if it had insulted his mother. Becca laughed at him.\n"
    )
    names = {"Joss": "Joss", "Becca": "Becca"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Becca", "Joss")) != "family"


def test_a_kin_word_set_off_with_the_one_called_describes_that_name() -> None:
    # "your mother, the one called Messa": Messa is the listener's mother, not the speaker's.
    text = (
        "The long way home\n\n"
        "The two of them sat on the rock above the river until the moon was down.\n\n"
        '"Where do I go now?" asked Kip.\n\n'
        '"Back to the village. Back to your mother, the one called Messa," said Bran.\n'
    )
    names = {"Kip": "Kip", "Bran": "Bran", "Messa": "Messa"}
    found = _kinds(relationships_of(handmade(text, names, ["Kip", "Bran"])))
    assert found.get(("Kip", "Messa")) == "family"
    assert found.get(("Bran", "Messa")) != "family"


def test_kin_of_a_named_possessor_is_only_who_the_sentence_says() -> None:
    # "Mrs. Orme's daughter," says Piers: the daughter is someone else, not Piers; "Ilse,
    # Mara's sister" and "Osric is Ysolde's brother" say who the kin is.
    text = (
        "The long way home\n\n"
        "Nobody at the window could say who the girl on the lawn was.\n\n"
        '"Mrs. Orme\'s daughter," says Piers, idly, without looking up.\n\n'
        "Ilse, Mara's sister, was waving from the quay. Osric is Ysolde's brother, and he "
        "waved too.\n"
    )
    names = {n: n for n in ("Mrs. Orme", "Piers", "Ilse", "Mara", "Osric", "Ysolde")}
    found = _kinds(relationships_of(handmade(text, names, ["Piers"])))
    assert found.get(("Mrs. Orme", "Piers")) != "family"
    assert found.get(("Ilse", "Mara")) == "family"
    assert found.get(("Osric", "Ysolde")) == "family"


def test_his_or_her_after_a_line_of_dialogue_is_most_likely_its_speaker() -> None:
    # Ada speaks last; the "her" of "her brother Tam" in the narration that follows is hers,
    # not Wren's, though Wren is the name written nearest before it.
    text = (
        "The long way home\n\n"
        "The fair was over, and the carts were going home one by one down the hill.\n\n"
        'Ada stood at the gate with Wren. "I must go home before dark."\n\n'
        "She had promised her brother Tam to be back by six, and it was nearly that now.\n"
    )
    names = {"Ada": "Ada", "Wren": "Wren", "Tam": "Tam"}
    found = _kinds(relationships_of(handmade(text, names, ["Ada"])))
    assert found.get(("Ada", "Tam")) == "family"
    assert found.get(("Tam", "Wren")) != "family"


def test_a_kin_name_with_his_or_her_is_kin_of_the_one_the_possessive_means() -> None:
    # "Her brother Thomas", a name the story gives Tom, is Agnes's brother, not the kin of
    # the man the paragraph names next to him.
    text = (
        "The long way home\n\n"
        "Agnes came to Baker Street in the rain, with her umbrella broken and her hat ruined.\n\n"
        "Her brother Thomas was clerk to Mr. Hale, the jeweller. Tom had a key to the shop, "
        "and Mr. Hale had trusted him with it for a year.\n"
    )
    names = {"Her brother Thomas": "Tom", "Tom": "Tom", "Agnes": "Agnes", "Mr. Hale": "Mr. Hale"}
    bound = _kin_bound(handmade(text, names))
    assert ("Agnes", "Tom") in bound
    assert ("Mr. Hale", "Tom") not in bound


def test_a_word_between_the_possessive_and_the_kin_word_keeps_the_owner() -> None:
    # "her little brother Finn": the "her" still says whose brother, past "little".
    text = (
        "The long way home\n\n"
        "The boats came in late, heavy with herring, and the quay was loud with gulls.\n\n"
        "Mara waved from the steps. Mr. Tobin said nothing at all, and he had brought her "
        "little brother Finn along.\n"
    )
    names = {"Mara": "Mara", "Mr. Tobin": "Mr. Tobin", "Finn": "Finn"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Finn", "Mara")) == "family"
    assert found.get(("Finn", "Mr. Tobin")) != "family"


def test_body_sentences_say_which_sentences_share_a_paragraph() -> None:
    # sentences 0 and 1 in paragraph 0, sentence 2 alone in paragraph 1
    spans = [Span(0, 10), Span(11, 20), Span(22, 30)]
    body = BodySentences(spans, [[], [], []], [0, 0, 1])
    assert body.beside(0, 1) and body.beside(1, 0)
    assert not body.beside(1, 2)
    assert not body.beside(0, -1) and not body.beside(2, 3)  # no sentence there
    assert body.next_end(0) == 20  # the next sentence, in the same paragraph
    assert body.next_end(1) == 20  # the next one is in another paragraph: its own end
    assert body.next_end(2) == 30  # the last sentence


def test_a_shared_paragraph_counts_at_its_weight() -> None:
    pair = Pair()
    pair.together(1.0, True, 0, (0, 40))
    pair.together(0.5, False, 2, (41, 80))  # a narrator there only as "I", not present
    pair.together(0.5, True, 2, (41, 80))
    assert (pair.paragraphs, pair.present) == (2.0, 1.5)
    assert pair.scenes == {0, 2}
    assert pair.together_spans == [(0, 40), (41, 80)]  # a repeated span is kept once


def test_a_canon_family_on_the_scene_apart_is_a_family() -> None:
    # Prospero and Miranda (father and daughter in canon) each carry a scene of their own
    # and never meet on the page: a reader still knows them for family.
    scenes = (
        'Prospero stood on the rocks with Ariel. "Is the ship come?" Prospero asked.\n\n'
        '"It is, master," said Ariel. Prospero nodded.\n\n* * *\n\n'
        'Miranda walked by the shore with Ferdinand. "Who are you?" asked Miranda.\n\n'
        '"A king\'s son," said Ferdinand, and Miranda laughed.\n'
    )
    names = {n: n for n in ("Prospero", "Ariel", "Miranda", "Ferdinand")}
    speakers = ["Prospero", "Ariel", "Miranda", "Ferdinand"]
    found = _kinds(relationships_of(handmade(scenes, names, speakers)))
    assert found.get(("Miranda", "Prospero")) == "family"
    # Miranda only talked about in one line of Prospero's is no character of the story's
    # own scene: no family tag from canon alone.
    told = (
        'Prospero stood on the rocks with Ariel. "Is Miranda asleep?" Prospero asked.\n\n'
        '"She is, master," said Ariel. Prospero nodded.\n'
    )
    found = _kinds(relationships_of(handmade(told, names, ["Prospero", "Ariel"])))
    assert ("Miranda", "Prospero") not in found


def test_two_of_a_canon_family_each_named_once_in_passing_are_no_family() -> None:
    # Antonio and Prospero, brothers in canon, each named once in the narration of a scene
    # that belongs to Ariel and Caliban: passing names, not the story's family.
    text = (
        'Ariel met Caliban at the cave. "Go away," said Caliban.\n\n'
        '"I will not," said Ariel. Once Prospero had ruled in Milan.\n\n'
        "Caliban spat. Antonio was far off.\n"
    )
    names = {n: n for n in ("Prospero", "Ariel", "Caliban", "Antonio")}
    found = _kinds(relationships_of(handmade(text, names, ["Caliban", "Ariel"])))
    assert ("Antonio", "Prospero") not in found


def test_a_kin_word_followed_by_of_is_kin_of_the_one_of_names() -> None:
    # "Wamba, son of Witless": Witless is no character, so the word binds Wamba to no one
    # (not to Gurth, named just before); "Cedric, father of Wilfred" binds the two it names.
    text = (
        "Gurth drove the swine along the ditch. Wamba, son of Witless, sat on the bank.\n\n"
        '"Come on," said Gurth. "It will rain," said Wamba.\n\n'
        "At the hall Cedric, father of Wilfred, waited by the fire.\n"
    )
    names = {n: n for n in ("Gurth", "Wamba", "Cedric", "Wilfred")}
    found = _kinds(relationships_of(handmade(text, names, ["Gurth", "Wamba"])))
    assert found.get(("Gurth", "Wamba")) != "family"
    assert found.get(("Cedric", "Wilfred")) == "family"


def test_endearments_alone_are_affection_not_romance() -> None:
    # Two sisters call each other "my love" across a long talk, and one of them has a
    # husband: the pet names make no romance, and "her husband" is not her sister.
    text = (
        'Laura sat by the window and Marian came in. "Are you cold, my love?" asked Marian.\n\n'
        '"No, my love," said Laura. "Only tired."\n\n'
        '"Then rest," said Marian. "Her husband will be home soon," Marian added.\n\n'
        '"Yes, my love," said Laura.\n'
    )
    names = {"Laura": "Laura", "Marian": "Marian"}
    speakers = ["Marian", "Laura", "Laura", "Marian", "Marian", "Laura"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Laura", "Marian")) != "romantic"
    # A kiss besides the pet names is a romance.
    kissed = text.replace('Only tired."', 'Only tired." Laura kissed Marian.')
    found = _kinds(relationships_of(handmade(kissed, names, speakers)))
    assert found.get(("Laura", "Marian")) == "romantic"


@pytest.mark.parametrize(
    ("sentence", "family"),
    [
        ("Silas thought of Will Dane, whom he had loved like a brother, and of Sarah.", False),
        ("Silas thought of Will Dane, who had been as a brother to him, and of Sarah.", False),
        ("Silas thought of Will Dane, whom he loved like his own son, and of Sarah.", False),
        ("Silas thought of Will Dane and of Sarah, his sister.", True),
    ],
)
def test_a_kin_word_in_a_likeness_is_no_kin(sentence: str, family: bool) -> None:
    text = f'Silas sat by the loom. "Come in," said Silas.\n\n{sentence}\n'
    names = {"Silas": "Silas", "Will Dane": "Will Dane", "Sarah": "Sarah"}
    found = _kinds(relationships_of(handmade(text, names, ["Silas"])))
    kin = {pair for pair, kind in found.items() if kind == "family"}
    assert bool(kin) is family


def test_in_laws_come_from_kin_the_text_states_not_from_canon_alone() -> None:
    # Wren married Oskar; Oskar and Bea are siblings. Told in the text ("his sister Bea"),
    # Wren and Bea are in-laws; known only from the book the story borrows (canon, no cue of
    # this story), the in-law two steps from the text is no tie the story tells.
    def pairs(tie_cues: list[tuple[int, int]]) -> dict[tuple[str, str], Pair]:
        return {
            ("Oskar", "Wren"): Pair(paragraphs=3.0, romantic=1.0, spouse=True, cue_spans=[(0, 5)]),
            ("Bea", "Oskar"): Pair(paragraphs=2.0, family=1.0, canon="family", cue_spans=tie_cues),
            ("Bea", "Wren"): Pair(paragraphs=2.0, present=2.0, exchanges=1),
        }

    stated = pairs([(10, 20)])
    in_laws(stated)
    assert stated[("Bea", "Wren")].family == 1.0
    by_canon = pairs([])
    in_laws(by_canon)
    assert by_canon[("Bea", "Wren")].family == 0.0


def test_a_religious_title_before_a_name_is_no_kinship() -> None:
    # "Father Cuthbert" is the village priest: the narration names him beside Wren, but he
    # is nobody's father. "Uncle Cuthbert" in the same place is Wren's uncle.
    text = (
        "Wren carried the bread up the hill. Father Cuthbert was waiting at the gate of the"
        " churchyard, as he did every morning.\n\n"
        '"You are late," said Father Cuthbert.\n\n'
        '"The oven was cold," said Wren.\n'
    )
    priest = {"Wren": "Wren", "Father Cuthbert": "Father Cuthbert"}
    found = _kinds(relationships_of(handmade(text, priest, ["Father Cuthbert", "Wren"])))
    assert found.get(("Father Cuthbert", "Wren")) != "family"
    uncle = text.replace("Father Cuthbert", "Uncle Cuthbert")
    names = {"Wren": "Wren", "Uncle Cuthbert": "Uncle Cuthbert"}
    found = _kinds(relationships_of(handmade(uncle, names, ["Uncle Cuthbert", "Wren"])))
    assert found.get(("Uncle Cuthbert", "Wren")) == "family"


def test_a_wife_word_given_to_a_woman_makes_no_husband_of_her_namesake() -> None:
    # The line about "my wife's cousin" is given to Ailsa Brody (a speaker taken wrongly):
    # a wife is sought, and the only other Brody is a man, her father. "My husband's
    # cousin" from her would make him her husband (the one man of her surname).
    text = (
        "Ailsa Brody stood behind the counter, and she counted the change twice.\n\n"
        '"Two ounces, for my wife\'s cousin," said Ailsa Brody.\n\n'
        "Tam Brody came in from the yard with a sack on his shoulder.\n"
    )
    names = {"Ailsa Brody": "Ailsa Brody", "Tam Brody": "Tam Brody"}
    found = _kinds(relationships_of(handmade(text, names, ["Ailsa Brody"])))
    assert found.get(("Ailsa Brody", "Tam Brody")) != "romantic"
    husband = text.replace("my wife", "my husband")
    found = _kinds(relationships_of(handmade(husband, names, ["Ailsa Brody"])))
    assert found.get(("Ailsa Brody", "Tam Brody")) == "romantic"


def test_a_childs_ma_and_pa_are_a_background_couple() -> None:
    # The lead's "Ma" and "Pa", named together in the narration: one child's parents, so
    # a couple, and the background of the child's story however often they speak.
    text = (
        "Ma set the kettle on, and Pa pulled off his boots by the stove.\n\n"
        '"Wren, fetch the lamp," said Ma.\n\n'
        '"It is on the shelf," said Pa. "Wren knows where."\n\n'
        '"I know," said Wren, and fetched it.\n\n'
        '"Good girl," said Ma, and Pa laughed.\n'
    )
    names = {"Ma": "Ma", "Pa": "Pa", "Wren": "Wren"}
    found = relationships_of(handmade(text, names, ["Ma", "Pa", "Wren", "Ma"]))
    parents = {(r.a, r.b): r for r in found}.get(("Ma", "Pa"))
    assert parents is not None
    assert parents.kind == "romantic"
    assert parents.prominence == "background"


def test_two_kin_names_of_one_side_of_the_family_are_no_couple() -> None:
    # "Ma" and "Aunt Sal" are both the lead's kin, not each other's spouses.
    text = (
        "Ma set the kettle on, and Aunt Sal pulled off her boots by the stove.\n\n"
        '"Wren, fetch the lamp," said Ma.\n\n'
        '"It is on the shelf," said Aunt Sal. "Wren knows where."\n'
    )
    names = {"Ma": "Ma", "Aunt Sal": "Aunt Sal", "Wren": "Wren"}
    found = _kinds(relationships_of(handmade(text, names, ["Ma", "Aunt Sal"])))
    assert found.get(("Aunt Sal", "Ma")) != "romantic"


def test_two_aunts_of_one_niece_are_family_an_aunt_and_an_uncle_need_not_be() -> None:
    # Tansy's aunts are sisters or sisters-in-law whatever the family tree; her aunt and
    # her uncle may be husband and wife, so the kin names alone do not make them kin.
    text = (
        "Tansy came down late. Aunt Ro and Aunt Wenna were at the table already, and "
        "Uncle Fitch was reading.\n\n"
        '"Good morning, Aunt Ro," said Tansy.\n\n'
        '"Sit down, Tansy," said Aunt Ro. Aunt Wenna passed the jam and Uncle Fitch '
        "turned a page.\n\n"
        "Tansy sat.\n"
    )
    names = {n: n for n in ("Tansy", "Aunt Ro", "Aunt Wenna", "Uncle Fitch")}
    found = _kinds(relationships_of(handmade(text, names, ["Tansy", "Aunt Ro"])))
    assert found.get(("Aunt Ro", "Tansy")) == "family"
    assert found.get(("Aunt Ro", "Aunt Wenna")) == "family"
    assert found.get(("Aunt Wenna", "Uncle Fitch")) != "family"


def test_mr_and_mrs_of_a_surname_in_the_text_are_a_couple_when_they_are_the_only_match() -> None:
    # The story calls Barnaby Stroud "Mr. Stroud": with "Mrs. Stroud" the titles make a
    # married couple, as they would if his name were "Mr. Stroud".
    text = (
        "Barnaby Stroud came in from the yard, and Mrs. Stroud handed him the ledger.\n\n"
        '"Late again, Mr. Stroud," said Mrs. Stroud.\n\n'
        '"The cart lost a wheel," said Barnaby Stroud.\n'
    )
    names = {"Barnaby Stroud": "Barnaby Stroud", "Mr. Stroud": "Barnaby Stroud"}
    names["Mrs. Stroud"] = "Mrs. Stroud"
    speakers = ["Mrs. Stroud", "Barnaby Stroud"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Barnaby Stroud", "Mrs. Stroud")) == "romantic"


def test_a_mrs_with_two_men_of_her_surname_titled_in_the_text_marries_neither() -> None:
    # Two men called "Mr. ... Stroud": the text's titles do not say which one is her
    # husband (a son is "Mr. Stroud" to the servants), so neither is made so.
    text = (
        "Barnaby Stroud came in from the yard, and Mrs. Stroud handed him the ledger. "
        "Mr. Kit Stroud followed with the dogs.\n\n"
        '"Late again, Mr. Stroud," said Mrs. Stroud.\n\n'
        '"The cart lost a wheel," said Barnaby Stroud.\n\n'
        '"And I mended it," said Mr. Kit Stroud.\n'
    )
    names = {"Barnaby Stroud": "Barnaby Stroud", "Mr. Stroud": "Barnaby Stroud"}
    names.update({"Mrs. Stroud": "Mrs. Stroud", "Mr. Kit Stroud": "Kit Stroud"})
    speakers = ["Mrs. Stroud", "Barnaby Stroud", "Kit Stroud"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Barnaby Stroud", "Mrs. Stroud")) != "romantic"
    assert found.get(("Kit Stroud", "Mrs. Stroud")) != "romantic"


def test_a_kin_word_tagging_a_line_is_its_speaker() -> None:
    # '"…," said my husband': the line's speaker (Jory Vance, as the speakers stage
    # gives it) is the first-person narrator's husband; "your father says" in a
    # second-person story makes the speaker the "you"'s father.
    text = (
        "I was at the window when the coach came in.\n\n"
        '"Pell is here at last," I said.\n\n'
        '"Then let him wait," said my husband. Jory Vance did not look up.\n\n'
        '"He has waited a week," I said.\n'
    )
    names = {"Pell": "Pell", "Jory Vance": "Jory Vance", "Wren": "Wren"}
    speakers = ["Wren", "Jory Vance", "Wren"]
    analysis = handmade(text, names, speakers, pov="first", narrator="Wren")
    found = gather(analysis)
    assert found is not None
    pair = found.pairs[("Jory Vance", "Wren")]
    assert pair.spouse and pair.romantic >= 1
    text = (
        "You sit by the fire, and Ansel Brook reads the paper aloud.\n\n"
        '"The mill has burned," says your father.\n\n'
        '"Whose mill?" you ask.\n'
    )
    names = {"Ansel Brook": "Ansel Brook", "Tamsin": "Tamsin"}
    analysis = handmade(text, names, ["Ansel Brook", "Tamsin"], pov="second", narrator="Tamsin")
    found = gather(analysis)
    assert found is not None
    assert found.pairs[("Ansel Brook", "Tamsin")].family >= 1


def test_a_spouse_word_the_characters_stage_names_is_the_owners_spouse() -> None:
    # The characters stage took "my husband" for Jory Vance: he is the narrator's spouse.
    text = (
        "I was at the window when the coach came in, and my husband was at the table.\n\n"
        "Jory Vance had been at the table all morning.\n"
    )
    names = {"my husband": "Jory Vance", "Jory Vance": "Jory Vance", "Wren": "Wren"}
    analysis = handmade(text, names, pov="first", narrator="Wren")
    found = gather(analysis)
    assert found is not None
    pair = found.pairs[("Jory Vance", "Wren")]
    assert pair.spouse and pair.romantic >= 1


def test_the_son_is_someone_talked_of_not_a_tie_of_the_names_around_it() -> None:
    # "the son" is one person the sentence describes (the miller's heir), not a kin word
    # that makes Ruth and Pell family; "the daughter of Pell" says whose daughter she is.
    text = (
        "Ruth sat with Jory by the window all afternoon.\n\n"
        "Old Pell had left the mill to Ruth, and the son had never forgiven either of them.\n\n"
        "Jory laughed at that, and Ruth did not.\n"
    )
    names = {"Ruth": "Ruth", "Old Pell": "Pell", "Pell": "Pell", "Jory": "Jory"}
    found = gather(handmade(text, names))
    assert found is not None
    assert found.pairs[("Pell", "Ruth")].family == 0
    stated = text.replace("Jory laughed", "Ruth was the daughter of Pell. Jory laughed")
    found = gather(handmade(stated, names))
    assert found is not None
    assert found.pairs[("Pell", "Ruth")].family >= 1


def test_a_man_called_by_his_bare_surname_and_a_mrs_of_it_are_a_couple() -> None:
    # The narration calls the innkeeper "Pike" and once "Mr. Pike"; his wife is "Mrs.
    # Pike": the one man of the surname and the one married woman of it are a couple.
    text = (
        "Pike was wiping the counter when Mrs. Pike came in with the lamp.\n\n"
        '"The coach is late," said Mrs. Pike.\n\n'
        '"It always is," said Pike.\n\n'
        '"Then we wait," said Mrs. Pike.\n\n'
        "Mr. Pike went out to the yard, and Dunstan Mole followed him.\n"
    )
    names = {"Pike": "Pike", "Mr. Pike": "Pike", "Mrs. Pike": "Mrs. Pike"}
    names["Dunstan Mole"] = "Dunstan Mole"
    speakers = ["Mrs. Pike", "Pike", "Mrs. Pike"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Mrs. Pike", "Pike")) == "romantic"


def test_a_bare_surname_with_no_titled_form_is_no_husband() -> None:
    # "Pike" is never "Mr. Pike" here (a son, a lodger, a dog): nothing says whose name
    # the surname is, so the two are no couple.
    text = (
        "Pike was wiping the counter when Mrs. Pike came in with the lamp.\n\n"
        '"The coach is late," said Mrs. Pike.\n\n'
        '"It always is," said Pike.\n\n'
        '"Then we wait," said Mrs. Pike.\n'
    )
    names = {"Pike": "Pike", "Mrs. Pike": "Mrs. Pike"}
    speakers = ["Mrs. Pike", "Pike", "Mrs. Pike"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Mrs. Pike", "Pike")) != "romantic"


def test_two_who_call_one_woman_ma_are_her_children_so_brother_and_sister() -> None:
    # Posy and Kit both call Mrs. Tull "Ma": her children, so each other's kin, though no
    # word of the scene says "brother" or "sister".
    text = (
        "Posy and Kit came down the stairs together, still quarrelling.\n\n"
        '"Ma, where is my bonnet?" asked Posy.\n\n'
        '"On the peg," said Mrs. Tull.\n\n'
        '"Ma, somebody took my ribbon," said Kit.\n\n'
        '"Hush, the pair of you," said Mrs. Tull.\n'
    )
    names = {n: n for n in ("Posy", "Kit", "Mrs. Tull")}
    speakers = ["Posy", "Mrs. Tull", "Kit", "Mrs. Tull"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Mrs. Tull", "Posy")) == "family"
    assert found.get(("Kit", "Mrs. Tull")) == "family"
    assert found.get(("Kit", "Posy")) == "family"
