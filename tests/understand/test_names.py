"""Name candidates and the cues around them (understand/names.py)."""

from __future__ import annotations

import re

from cast_builders import people

from ficshelf.understand.names import (
    Candidate,
    QuoteIndex,
    scan_names,
)
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.regex_tries import trie_regex
from ficshelf.understand.text import paragraph_spans


def scan(text: str) -> list[Candidate]:
    paragraphs = paragraph_spans(text)
    return list(scan_names(text, paragraphs, QuoteIndex(plain_quotes(text, paragraphs))))


def by_key(text: str) -> dict[str, Candidate]:
    return {c.key: c for c in scan(text)}


def test_sequences_are_cut_at_stop_words_and_titles_split_off() -> None:
    text = "Then Dr. Theodora Vance said nothing, and Mr. Webb left for London on Tuesday."
    found = by_key(text)
    assert set(found) == {"Theodora Vance", "Webb", "London"}
    vance = found["Theodora Vance"]
    assert (vance.title, vance.parts) == ("dr", ("Theodora", "Vance"))
    assert text[vance.start : vance.end] == "Dr. Theodora Vance"
    assert found["Webb"].title == "mr"


def test_particles_prefixes_initials_and_apostrophes_stay_in_one_name() -> None:
    text = (
        "He met Robin of Locksley, Abraham Van Helsing, R. M. Renfield, d'Artagnan and "
        "Adam o’ the Fold, and Monsieur de Tréville watched."
    )
    found = by_key(text)
    assert found["Robin of Locksley"].parts == ("Robin", "Locksley")
    assert found["Abraham Van Helsing"].parts == ("Abraham", "Van Helsing")
    assert found["R. M. Renfield"].parts == ("Renfield",)
    assert found["d'Artagnan"].parts == ("d'Artagnan",)
    assert found["Adam o’ the Fold"].parts == ("Adam", "Fold")
    treville = found["de Tréville"]
    assert (treville.title, treville.parts) == ("monsieur", ("Tréville",))


def test_a_title_before_of_is_part_of_the_name() -> None:
    found = by_key("They feared the Sheriff of Nottingham more than the rain.")
    assert found["Sheriff of Nottingham"].title == ""


def test_contractions_are_no_names() -> None:
    assert [c.key for c in scan("Don’t go. Won't you stay, Jo?")] == ["Jo"]


def test_cues_speech_vocative_possessive_place_and_position() -> None:
    text = (
        '"Thanks, Kit," said Anna. Anna\'s coat was wet.\n\n'
        "In Paris it rained. Later Kit walked home."
    )
    cands = scan(text)
    kit_voc, anna_said, anna_poss, paris, kit_walk = cands
    assert kit_voc.key == "Kit" and kit_voc.in_quote and kit_voc.vocative
    assert anna_said.speech and not anna_said.in_quote
    assert anna_poss.possessive and anna_poss.initial
    assert paris.key == "Paris" and paris.place and paris.initial is False
    assert kit_walk.person_verb and not kit_walk.initial


def test_an_exclamation_at_a_quote_start_is_no_vocative() -> None:
    text = '"Late!" cried the rabbit. "Brawling, with the guards," he said.'
    assert not any(c.vocative for c in scan(text) if c.key == "Late")


def test_a_list_before_the_comma_is_no_vocative() -> None:
    text = '"The house at Purfleet, Carfax, is his," said Holmes.'
    assert not by_key(text)["Carfax"].vocative


def test_gender_comes_from_the_next_pronoun_in_the_narration() -> None:
    found = by_key("Mara opened the door before she knocked. Tom waited, and he sighed.")
    assert found["Mara"].gender == "f"
    assert found["Tom"].gender == "m"


def test_trie_regex_matches_exactly_its_words() -> None:
    words = ["The", "Then", "There", "He", "Her", "A"]
    pattern = re.compile(rf"(?:{trie_regex(words)})\Z")
    assert all(pattern.match(w) for w in words)
    assert not any(pattern.match(w) for w in ["Th", "Hers", "Theme", "", "B"])


def test_hostile_text_is_scanned_without_error() -> None:
    for text in ["", "A" * 100_000, "Élodie " * 2000, "\u0130stanbul İ ǅ", "' \" “ ‘ ’ ”" * 500]:
        paragraphs = paragraph_spans(text)
        index = QuoteIndex(plain_quotes(text, paragraphs))
        for cand in scan_names(text, paragraphs, index):
            assert 0 <= cand.start < cand.end <= len(text)


def test_a_name_that_is_a_sentence_of_its_own_opening_a_quote_is_a_call() -> None:
    text = '"Ottoline. Is there a way down?" she asked. "Ottoline." "Ottoline.x"\n'
    calls = [c.vocative for c in scan(text) if c.key == "Ottoline"]
    # a name and a period before another sentence is a call; alone, nothing says so
    assert calls[0] and not any(calls[1:])


def test_a_possessive_before_a_place_head_counts_as_a_place() -> None:
    found = by_key("They rowed into Morrow's Cove at dusk.")
    assert found["Morrow"].place and not found["Morrow"].possessive
    assert not by_key("It was the Cardinal's Guards again.")["Cardinal"].place


def test_an_animal_introduced_by_name_is_a_thing_and_called_is_no_speech() -> None:
    found = by_key("He led out the horse, a tall bay called Cavalier, at dawn.")
    assert found["Cavalier"].thing and not found["Cavalier"].speech


def test_a_he_after_another_name_gives_the_first_name_no_gender() -> None:
    text = "Isolde gives Roderick a look so bright that he sits down. Isolde laughs, and she goes."
    cands = scan(text)
    first, _, second = cands[0], cands[1], cands[2]
    assert first.key == "Isolde" and first.gender == ""
    assert second.key == "Isolde" and second.gender == "f"


def test_a_bare_apostrophe_is_a_possessive_only_after_an_s() -> None:
    found = by_key("Mother took James' hat. I saw Corwen' out there.")
    assert found["James"].possessive
    assert not found["Corwen"].possessive
    talking = by_key('"Talkin\' through it, Corwen was."')
    assert not talking["Talkin"].possessive


def test_a_place_that_is_called_a_name_is_no_speech_tag() -> None:
    found = by_key(
        "The market town, which is commonly called Greystowe, lay below. Ruth called Amos."
    )
    assert not found["Greystowe"].speech
    assert found["Amos"].speech


def test_a_thing_that_is_called_the_name_is_no_speech_tag_but_a_thing() -> None:
    found = by_key(
        "The tavern was called the Grey Heron, and it stood by the ford. What was formerly "
        "called the Marsh Gate is gone. Bryony called the Vicar."
    )
    assert not found["Grey Heron"].speech and found["Grey Heron"].thing
    assert not found["Marsh Gate"].speech and not found["Marsh Gate"].thing
    assert found["Vicar"].speech and not found["Vicar"].thing


def test_cues_of_at_and_of_a_persons_body() -> None:
    found = by_key("We met at Chesterby. Orla's pale face was wet. Dunmere's streets were empty.")
    assert found["Chesterby"].after_at
    assert found["Orla"].personal
    assert found["Dunmere"].possessive and not found["Dunmere"].personal


def test_a_name_in_a_list_inside_a_quote_is_no_call() -> None:
    found = by_key('"Born 1850, Hollowmere, Dartshire, Wessex," he read. "Thanks, Kit, I will."')
    assert not found["Hollowmere"].vocative
    assert not found["Dartshire"].vocative
    assert found["Kit"].vocative


def test_the_voice_of_a_name_is_a_persons_cue_but_the_heart_of_a_place_is_not() -> None:
    found = by_key("She heard the voice of Orlagh. They rode into the heart of Sherbrook.")
    assert found["Orlagh"].personal
    assert not found["Sherbrook"].personal


def test_a_style_of_courtesy_is_no_part_of_the_name() -> None:
    text = (
        "Mrs. Jamieson gave a card party. Everyone went to Mrs. Jamieson's house.\n\n"
        "The lace was worn again, very proudly, to the Honourable Mrs. Jamieson's, and the "
        "Right Honourable Mrs. Jamieson herself admired it. The Hon. Mrs. Jamieson bowed."
    )
    found = {(c.title, c.key) for c in scan(text)}
    assert found == {("mrs", "Jamieson")}


def test_to_after_a_verb_of_travel_puts_a_name_in_a_place() -> None:
    text = "He had ridden to Barton and back in a night. She went to Mary and wept."
    paragraphs = paragraph_spans(text)
    found = {c.key: c for c in scan_names(text, paragraphs, QuoteIndex([]))}
    assert found["Barton"].place
    assert not found["Mary"].place


def test_de_la_joins_the_parts_of_one_name() -> None:
    text = "They fought in the Rue de la Chanvrerie. Later Aurore de la Tremblaye wrote to him."
    keys = {c.key for c in scan(text)}
    assert {"Rue de la Chanvrerie", "Aurore de la Tremblaye"} <= keys
    assert "Chanvrerie" not in keys and "Tremblaye" not in keys


def test_a_name_before_a_weekday_names_a_day_not_a_person() -> None:
    text = "Ottoline was baptised on Quasimodo Sunday, and Ottoline cried.\n"
    keys = [c.key for c in scan(text)]
    assert keys == ["Ottoline", "Ottoline"]


def test_a_titled_feast_day_names_a_day_not_a_person() -> None:
    text = "Ottoline has paid no rent since Lady Day, and Lady Hartop knows it.\n"
    keys = [c.key for c in scan(text)]
    assert keys == ["Ottoline", "Hartop"]  # "Lady Hartop" is a person


def test_a_name_alone_opening_a_line_and_named_again_in_it_is_no_call() -> None:
    text = '"I had a sister," he said. "Ada. You knew Ada, I think."\n\n"Tom. Come here."'
    ada = [c for c in scan(text) if c.key == "Ada"]
    assert len(ada) == 2 and not any(c.vocative for c in ada)
    assert by_key(text)["Tom"].vocative


def test_an_adverb_opening_a_sentence_is_cut_off_the_name_after_it() -> None:
    text = "Presently Retty came in. Suddenly Holly Brand laughed. The Family Robinson sang."
    keys = {c.key for c in scan(text)}
    assert "Retty" in keys and "Presently Retty" not in keys
    assert "Holly Brand" in keys  # a given name in -ly stays


def test_a_speech_verb_after_a_place_preposition_is_another_speakers() -> None:
    [place, *_] = scan("Nobody in Wexcombe says a word about the baby any more.")
    assert place.key == "Wexcombe" and place.place and not place.speech
    [person, *_] = scan("In the end Wexcombe says a word about the baby.")
    assert person.key == "Wexcombe" and person.speech


def test_the_verb_after_an_apposition_is_the_names() -> None:
    [name, *_] = scan("Then Oriane, the portress, puts her head round the door.")
    assert name.key == "Oriane" and name.subject
    [horse, *_] = scan("Then Oriane, the old mare, puts her head over the door.")
    assert horse.key == "Oriane" and horse.thing and not horse.subject


def test_every_before_a_name_makes_it_a_kind_of_person() -> None:
    found = {c.key: c for c in scan('"Sing, and every Huron between here and the lake will come."')}
    assert found["Huron"].after_article


def test_an_expletive_is_no_part_of_a_name() -> None:
    keys = [c.key for c in scan('"Fuck Grace Stepney," Lily says, to the avenue.')]
    assert "Grace Stepney" in keys
    assert not any("Fuck" in key for key in keys)


def test_a_sequence_seen_again_is_cut_for_where_it_stands() -> None:
    # How a sequence is cut is worked out once per distinct sequence
    # (``name_sequences.sequence_plans``); whether its first word opens a sentence is read at
    # each occurrence.
    text = (
        "Old Barnaby Quill waved. The dog ran to Old Barnaby Quill and barked.\n\n"
        "Later Old Barnaby Quill sat down. Old Barnaby Quill laughed at Mr. Penhallow, "
        "and Mr. Penhallow frowned."
    )
    found = [(c.key, c.initial, text[c.start : c.end]) for c in scan(text)]
    assert found == [
        ("Barnaby Quill", False, "Barnaby Quill"),
        ("Old Barnaby Quill", False, "Old Barnaby Quill"),
        ("Old Barnaby Quill", False, "Old Barnaby Quill"),
        ("Barnaby Quill", False, "Barnaby Quill"),
        ("Penhallow", False, "Mr. Penhallow"),
        ("Penhallow", False, "Mr. Penhallow"),
    ]


def test_a_determiner_no_name_takes_leads_a_capitalised_word() -> None:
    text = (
        "Wren said it was a rather burly Kessar. Tam has an untrained Tidecalling Gift, "
        "and your Gift is a danger, and we lost men in that Quorrin raid. "
        "A moment Tobias stood there. She knew that Tobias was gone. Then her Tobias came "
        "home to her."
    )
    led = {(c.key, c.led, c.led_owned) for c in scan(text)}
    assert ("Kessar", True, False) in led
    assert ("Tidecalling Gift", True, False) in led
    assert ("Gift", True, True) in led
    assert ("Quorrin", True, False) in led
    # an article before a word of time, "that" opening a clause, "her" before a verb
    assert not any(key == "Tobias" and is_led for key, is_led, _ in led)


def test_more_than_one_word_between_a_determiner_and_a_name_is_no_lead() -> None:
    text = "He jumped, and your boots struck Hollis Brandt squarely. A ward called Ysolde Marr."
    assert not any(c.led for c in scan(text))


def test_a_name_after_a_capitalised_compass_word_is_a_place() -> None:
    text = (
        "Every drover in the East Marches knew the old road by heart.\n\n"
        "Tobias walked to the gate with Nell, and Tobias smiled."
    )
    by_key = {c.key: c for c in scan(text)}
    assert by_key["Marches"].place
    assert not by_key["Tobias"].place and not by_key["Nell"].place
    found = people(text)
    assert "Tobias" in found and "Nell" in found
    assert "Marches" not in found


def test_a_name_said_with_letters_left_out_keeps_them() -> None:
    # "Ab’ram" for Abraham, "Fred’rick" for Frederick: one word, not "Rob" and "Fred"; an
    # apostrophe of a contraction or a possessive still ends the name.
    found = by_key("Ab’ram will be back by noon, and Fred’rick Pell with him. Tom’s dog barked.")
    assert {"Ab’ram", "Fred’rick Pell", "Tom"} <= set(found)
    assert found["Fred’rick Pell"].parts == ("Fred’rick", "Pell")
    assert "Ab" not in found
    assert [c.key for c in scan("Jon’ll come. Won’t he, Jo?")] == ["Jo"]


def test_sire_is_a_form_of_address_not_a_name() -> None:
    found = by_key('"The gates are shut, Sire," said Walter. "Sire, the bridge is down."')
    assert set(found) == {"Walter"}


def test_a_name_that_answers_a_where_question_is_a_place_not_a_call() -> None:
    text = (
        '"Where did you buy that hat?" asked Orla.\n\n"Kellsmouth," said Bram.\n\n'
        '"Dunmore," said Bram again. "Are you listening?"'
    )
    answers = [c for c in scan(text) if c.key == "Kellsmouth"]
    assert answers[0].place and not answers[0].vocative
    # a lone name after no "where" question is still a call
    assert next(c for c in scan(text) if c.key == "Dunmore").vocative


def test_the_word_tries_after_a_name_match_what_the_longest_first_alternations_did() -> None:
    # (the verbs after a name and the place heads after a possessive: before a word edge
    # only the whole word at a place can match, so the order of the words does not matter)
    from ficshelf.understand import name_tables, names

    def longest_first(words: frozenset[str]) -> str:
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))

    heads = frozenset(w.capitalize() for w in name_tables.PLACE_HEADS - names._BODIES)
    pairs = [
        (
            names._SPEECH_AFTER,
            rf",?[ \t]+(?:\w+ly[ \t]+)?(?:{longest_first(name_tables.SPEECH_VERBS)})\b",
        ),
        (
            names._PERSON_VERB_AFTER,
            rf"[ \t]+(?:\w+ly[ \t]+)?(?:{longest_first(name_tables.PERSON_VERBS)})\b",
        ),
        (names._OWNED_PLACE, rf"['’]s?[ \t]+(?:{longest_first(heads)})\b"),
    ]
    text = (
        "Ann, said softly, asked; Ann asks, Ann askedst. Tom walked and Tom walk-ed, Tom "
        "smiledly smiled. Kidd's Creek, Hook' Bays, Ann's Bay-side, Moor's Hills and Ann’s "
        "Hillock; Ann screamed, Ann screamer, Ann nodded nods."
    )
    for new, source in pairs:
        old = re.compile(source)
        assert new.pattern != old.pattern
        hits = [(i, new.match(text, i)) for i in range(len(text))]
        assert [(i, m.span()) for i, m in hits if m] == [
            (i, m.span()) for i in range(len(text)) if (m := old.match(text, i))
        ]
        assert any(m for _, m in hits)


def test_a_faith_word_that_is_a_given_name_opens_a_name_before_no_english_word() -> None:
    text = (
        "Christian Pardoe waited by the well, and Norman Quilley brought the rope. "
        "The Roman Empire had built the well; Christian Science would not have saved it."
    )
    keys = {c.key for c in scan(text)}
    assert {"Christian Pardoe", "Norman Quilley"} <= keys
    assert "Pardoe" not in keys and "Quilley" not in keys
    assert not any(k.startswith(("Roman", "Christian Science")) for k in keys)


def test_a_clerics_style_before_another_title_is_no_part_of_the_name() -> None:
    text = (
        "A letter came for the Rev. Mr. Pomfret, and another for the Reverend Dr. Ashby. "
        "Then Rev. Silas Ashby rode over."
    )
    found = {(c.key, c.title) for c in scan(text)}
    assert ("Pomfret", "mr") in found and ("Ashby", "dr") in found
    assert ("Silas Ashby", "rev") in found


def test_mister_spelt_out_is_the_title_mr() -> None:
    text = (
        "The ferry was late again.\n\n"
        '"Thank you, Mister Quennell," said the girl at the rail.\n\n'
        "Mr. Quennell tipped his hat to her. Mister was all she ever called him."
    )
    call = scan(text)[0]
    assert (call.key, call.title, call.vocative) == ("Quennell", "mr", True)
    assert text[call.start : call.end] == "Mister Quennell"
    assert "Mister" not in by_key(text)  # alone it names no one
    assert {"Mister Quennell", "Mr. Quennell"} in people(text).values()


def test_a_name_after_a_sentence_opening_on_a_verb_of_speech_is_its_object() -> None:
    # Named once, in a line, as the one to be told or asked: a person, as after "told".
    text = (
        "Mara came into the dairy with the letter.\n\n"
        '"Tell Pardoe the churns are sour," she said. "Ask Quillan, he\'ll know why."\n\n'
        "The cream had turned in the night."
    )
    found = by_key(text)
    assert found["Pardoe"].subject and found["Quillan"].subject
    assert "Tell" not in found and "Ask" not in found
    assert {"Pardoe", "Quillan"} <= set(people(text))


def test_a_name_seen_once_opening_a_line_before_an_irregular_past_is_someone() -> None:
    # Only a sentence start gives the name its capital; the verb after it is finite.
    text = (
        "Mara came into the dairy with the cheese.\n\n"
        '"Pendeverel brought it over from the farm," she said.\n\n'
        "The cream had turned in the night."
    )
    assert by_key(text)["Pendeverel"].finite_verb
    assert "Pendeverel" in people(text)


def test_a_name_a_speaker_points_at_with_here_is_someone() -> None:
    # Named once, at a line's start, with nothing after it but "here": someone present.
    text = (
        "The constable held the lantern up.\n\n"
        '"Hollinrake here found the body," said the constable.\n\n'
        "The wind got up."
    )
    assert by_key(text)["Hollinrake"].personal
    assert "Hollinrake" in people(text)


def test_here_after_a_place_preposition_is_no_person_cue() -> None:
    text = '"It rains in Carrowmore here all winter," she said.'
    assert not by_key(text)["Carrowmore"].personal


def test_a_name_before_an_adverb_and_a_present_verb_is_someone() -> None:
    # "never" stands between the name opening the line and its verb in "-s".
    text = (
        "Mara came into the dairy with the book.\n\n"
        '"Tregunna never pays on time," she said.\n\n'
        "The cream had turned in the night."
    )
    assert by_key(text)["Tregunna"].finite_verb
    assert "Tregunna" in people(text)


def test_a_name_and_his_or_her_own_is_someone() -> None:
    text = (
        "Mara came into the dairy with the book.\n\n"
        '"Pengelly and his wife came by at noon," she said.\n\n'
        "The cream had turned in the night."
    )
    found = by_key(text)["Pengelly"]
    assert found.pronoun and found.subject
    assert "Pengelly" in people(text)


def test_the_searches_behind_a_first_letter_lookahead_find_what_the_plain_patterns_did() -> None:
    # (speed31a: the compass word before a name and the "it" or stop after it are searched
    # at every name; ``compile_fast`` lets the engine skip to a possible first letter)
    from ficshelf.understand import names

    pairs = [
        (names._COMPASS_BEFORE, r"\b(?:North|South|East|West)(?:ern)?[ \t]+\Z"),
        (names._IT_OR_STOP, r"\b[Ii]ts?\b|[,.!?;:\"“”]"),
    ]
    text = (
        "We rode to the West Harrow, then Southern \tKelby; NorthWest Gate, Easter Fold, "
        "in Its own way it said: “its bits!” Kit sits, “Itsy” was there? Idris; South "
        "Weston, the Northern  Mere, Eastern Tillby. Its. its"
    )
    for new, source in pairs:
        old = re.compile(source)
        assert new.pattern != old.pattern
        found = [
            (i, j, m.span())
            for i in range(len(text))
            for j in range(i, min(len(text), i + 24) + 1)
            if (m := new.search(text, i, j))
        ]
        assert found == [
            (i, j, m.span())
            for i in range(len(text))
            for j in range(i, min(len(text), i + 24) + 1)
            if (m := old.search(text, i, j))
        ]
        assert found
