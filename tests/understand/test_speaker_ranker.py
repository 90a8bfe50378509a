"""The learned speaker ranker: candidates, features, the shipped weights, the training script."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import ModuleType

import pytest
from dialogue_texts import ORCHARD, with_cast

from ficshelf.understand.speaker_ranker import Ranker, ranker_from_dict, shipped_ranker
from ficshelf.understand.speaker_vectors import Candidate, expanded, merged_weights, vetoed
from ficshelf.understand.speakers import speaker_candidates, speaker_spans
from script_loading import load_script

ORCHARD_CAST = {"Mara": "Mara Venn", "Tobias": "Tobias Venn", "Father": "Father"}


def _candidates(text: str, cast: dict[str, str], **kw: str) -> list[dict[str, dict[str, float]]]:
    """Return, per quote, candidate name -> features."""
    found = speaker_candidates(with_cast(text, cast, **kw))
    return [{c.name: c.features for c in candidates} for _, candidates in found]


def test_a_vocative_makes_its_character_a_vetoed_candidate() -> None:
    text = 'Ann and Ben stood at the gate.\n\n"Ben, wait for me!" Ann called.\n'
    quote = _candidates(text, {"Ann": "Ann", "Ben": "Ben"})[0]
    assert quote["Ben"].get("addressed_here") == 1.0 and vetoed(quote["Ben"])
    assert not vetoed(quote["Ann"])


def test_the_ranker_never_gives_a_line_to_whom_it_addresses() -> None:
    text = 'Ann and Ben stood at the gate.\n\n"Ben, wait for me!"\n'
    spans = speaker_spans(with_cast(text, {"Ann": "Ann", "Ben": "Ben"}))
    assert spans[0].label != "Ben"


def test_candidates_come_from_the_narration_the_previous_turns_and_the_sieve() -> None:
    quotes = _candidates(ORCHARD, ORCHARD_CAST)
    assert len(quotes) == 8
    # "All night?": both speakers of the exchange are candidates
    assert set(quotes[6]) == {"Mara Venn", "Tobias Venn"}
    mara, tobias = quotes[6]["Mara Venn"], quotes[6]["Tobias Venn"]
    assert mara.get("sieve") == 1.0 and "sieve" not in tobias
    assert tobias.get("turn_minus_1") == 1.0  # Tobias spoke the turn before
    assert mara.get("turn_minus_2") == 1.0
    # "Is Father still angry?" names Father, who is a candidate to rule out
    assert quotes[2]["Father"].get("named_here") == 1.0


def test_a_name_right_after_the_quote_is_a_near_subject() -> None:
    quotes = _candidates(ORCHARD, ORCHARD_CAST)
    # "Angry is not the word," said Mara: the tag's subject stands right after the quote
    mara = quotes[3]["Mara Venn"]
    assert mara.get("after_near") == 1.0 and mara.get("sieve_tagged") == 1.0


def test_a_pronoun_tag_agrees_with_one_gender_and_not_the_other() -> None:
    text = 'Mrs. Ash and Mr. Bell sat on the step.\n\n"It is cold," she said.\n'
    quote = _candidates(text, {"Mrs. Ash": "Mrs. Ash", "Mr. Bell": "Mr. Bell"})[0]
    assert quote["Mrs. Ash"].get("hint_agrees") == 1.0
    assert quote["Mrs. Ash"].get("hint_agrees_tag_after") == 1.0
    assert quote["Mr. Bell"].get("hint_disagrees") == 1.0


def test_he_or_she_never_goes_to_a_first_person_narrator() -> None:
    text = 'Tom Reed came in.\n\n"You are late," he said.\n\n"I know," I said.\n'
    quotes = _candidates(text, {"Tom Reed": "Tom Reed"}, pov="first", narrator="Nell Marsh")
    assert vetoed(quotes[0]["Nell Marsh"]) and not vetoed(quotes[1]["Nell Marsh"])


def test_features_are_empty_without_quotes_or_characters() -> None:
    assert speaker_candidates(with_cast("No one speaks here.\n", {"Ann": "Ann"})) == []


def test_merged_weights_score_exactly_like_the_expanded_features() -> None:
    weights = {"a": 1.0, "a@turn": 0.5, "b@tag": 2.0, "turn_minus_1": 0.3}
    weights["turn_minus_1@guessed"] = -0.7
    candidate = Candidate("X", {"a": 2.0, "b": 1.0, "turn_minus_1": 1.0}, "turn", True)
    full = sum(weights.get(k, 0.0) * v for k, v in expanded(candidate).items())
    merged = merged_weights(weights, "turn", True)
    short = sum(merged.get(k, 0.0) * v for k, v in candidate.features.items())
    assert math.isclose(full, short)
    assert math.isclose(full, 2.0 * 1.5 + 1.0 * (0.3 - 0.7))


def test_the_shipped_weights_load_and_rank() -> None:
    ranker = shipped_ranker()
    assert ranker is not None and len(ranker.weights) > 20
    candidates = [c for _, cs in speaker_candidates(with_cast(ORCHARD, ORCHARD_CAST)) for c in cs]
    probabilities = ranker.probabilities(candidates[:3])
    assert math.isclose(sum(probabilities), 1.0) and all(0 < p < 1 for p in probabilities)
    assert "tag_after" in ranker.kept_rules


def test_the_ranker_keeps_the_choice_of_a_kept_rule_and_otherwise_takes_its_best() -> None:
    ranker = Ranker({"near": 3.0}, margin=0.1, kept_rules=frozenset({"tag_after"}))
    a, b = Candidate("A", {"near": 1.0}), Candidate("B", {})
    assert ranker.choose([a, b], "B", "tag_after")[0] == "B"
    name, probability = ranker.choose([a, b], "B", "alternation")
    assert name == "A" and probability > 0.9
    # within the margin the sieve's choice stays
    close = Ranker({"near": 0.1}, margin=0.1)
    assert close.choose([a, b], "B", "alternation")[0] == "B"
    # below the threshold too, however far ahead the best is
    unsure = Ranker({"near": 3.0}, threshold=0.99)
    assert unsure.choose([a, b], "B", "alternation")[0] == "B"
    assert unsure.choose([a, b], "", "")[0] == "A"  # the sieve chose no one
    assert ranker.choose([], "", "")[0] == ""


def test_a_kept_rule_whose_choice_is_no_candidate_leaves_the_choice_to_the_ranker() -> None:
    # (the softmax over the candidates, read for the kept rule, is reused when none is vetoed)
    ranker = Ranker({"near": 2.0, "far": -1.0}, kept_rules=frozenset({"tag_after"}))
    a, b = Candidate("A", {"near": 1.0}), Candidate("B", {"far": 1.0})
    vetoed = Candidate("C", {"near": 5.0, "addressed_here": 1.0})
    assert ranker.choose([a, b], "Z", "tag_after") == ranker.choose([a, b], "Z", "alternation")
    name, probability = ranker.choose([a, b], "Z", "tag_after")
    assert name == "A" and probability == ranker.probabilities([a, b])[0]
    # with a vetoed candidate the softmax is taken again over the others
    name, probability = ranker.choose([vetoed, a, b], "Z", "tag_after")
    assert name == "A" and probability == ranker.probabilities([a, b])[0]


def test_a_malformed_weights_object_is_refused() -> None:
    with pytest.raises(ValueError):
        ranker_from_dict({"weights": {"a": "heavy"}})
    with pytest.raises(ValueError):
        ranker_from_dict({})


def _training_script() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("train_speaker_ranker")


_STORIES = {
    "01-gate": (
        "Ann and Ben stood at the gate.\n\n"
        '"It will rain," said Ann.\n\n'
        '"Not before noon."\n\n'
        '"Then we should hurry," Ann said, and she opened the gate.\n\n'
        '"After you," said Ben.\n',
        [
            ("It will rain,", "Ann"),
            ("Not before noon.", "Ben"),
            ("Then we should hurry,", "Ann"),
            ("After you,", "Ben"),
        ],
    ),
    "02-mill": (
        "Cora found Dan at the mill.\n\n"
        '"The wheel is stuck," Dan said.\n\n'
        '"Since when?"\n\n'
        '"Since the flood." Dan wiped his hands.\n\n'
        '"I will fetch my father," said Cora.\n',
        [
            ("The wheel is stuck,", "Dan"),
            ("Since when?", "Cora"),
            ("Since the flood.", "Dan"),
            ("I will fetch my father,", "Cora"),
        ],
    ),
    "03-boat": (
        "Eli and Fay rowed out past the reeds.\n\n"
        '"Left oar," Fay said.\n\n'
        '"I know which one is left."\n\n'
        '"Then use it," said Fay.\n',
        [("Left oar,", "Fay"), ("I know which one is left.", "Eli"), ("Then use it,", "Fay")],
    ),
}


def test_the_training_script_runs_on_a_tiny_gold_set(tmp_path: Path) -> None:
    script = _training_script()
    for name, (text, quotes) in _STORIES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        people = sorted({who for _, who in quotes})
        gold = {
            "source": f"{name}.txt",
            "characters": [{"name": p, "aliases": [p]} for p in people],
            "quotes": [{"text": q, "speaker": who} for q, who in quotes],
        }
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "weights.json"
    argv = ["--litbank", "none", "--corpus", str(tmp_path), "--out", str(out), "--folds", "3"]
    assert script.main(argv) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    ranker = ranker_from_dict(data)
    assert ranker.weights and data["trained"]["quotes"]["tuning"] == 11
    assert 0.0 <= data["trained"]["cv_accuracy"]["tuning"] <= 1.0
    # deterministic: a second run writes the same file
    again = tmp_path / "again.json"
    assert script.main([*argv[:-3], str(again), "--folds", "3"]) == 0
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_the_training_script_refuses_too_few_files(tmp_path: Path) -> None:
    script = _training_script()
    argv = ["--litbank", "none", "--corpus", str(tmp_path), "--out", str(tmp_path / "w.json")]
    assert script.main(argv) == 1
    assert not (tmp_path / "w.json").exists()


def test_a_quiet_party_to_the_scene_stays_a_candidate() -> None:
    # Cora spoke five turns back, out of the window of the last three turns and unnamed
    # near the last line: she is still a candidate, as an earlier speaker of the scene.
    text = (
        '"We should go," said Cora.\n\n"Why?" asked Ann.\n\n"It is late," said Ben.\n\n'
        '"Not yet," said Ann.\n\n"Soon," said Ben.\n\n"Now?" said Ann.\n\n'
        + "The clock struck twelve and the fire burned down to its embers in the grate. " * 8
        + '\n\n"Yes, now."\n'
    )
    quotes = _candidates(text, {"Cora": "Cora", "Ann": "Ann", "Ben": "Ben"})
    last = quotes[-1]
    assert last["Cora"].get("scene_speaker") == 1.0
    assert last["Ann"]["scene_speaker_rank"] < last["Cora"]["scene_speaker_rank"]


def test_the_person_a_pronoun_tag_resolves_to_is_a_candidate() -> None:
    # Tom and Sam are named far before the line (outside its window); the sieve gives it
    # to Tom, and Sam, the second man its "he" may be, stays a candidate.
    text = (
        "Tom crossed the yard with Sam. He was tired. "
        + "The rain fell on the roofs and the gutters ran over with it all night long. " * 10
        + '\n\n"It is cold," he said.\n'
    )
    quote = _candidates(text, {"Tom": "Tom", "Sam": "Sam"})[0]
    assert quote["Tom"].get("hint_resolves_0") == 1.0
    assert quote["Sam"].get("hint_resolves_1") == 1.0


def test_the_narration_since_the_previous_line_is_measured_for_its_speaker() -> None:
    text = (
        'Ben came in late.\n\n"Where were you?" asked Ann.\n\n"At the mill."\n\n"All day?"\n\n'
        "Ann looked at the clock on the wall for a long while, and then at the fire, and "
        "then at the door, and said nothing at all for a time.\n\n"
        '"Since noon."\n'
    )
    quotes = _candidates(text, {"Ann": "Ann", "Ben": "Ben"})
    gaps = []
    for quote in quotes[1:]:
        previous = next(f for f in quote.values() if f.get("previous_quote_speaker"))
        gaps.append(next(k for k in previous if k.startswith("previous_quote_speaker_gap_")))
    assert gaps == [
        "previous_quote_speaker_gap_tag",  # "asked Ann." between
        "previous_quote_speaker_gap_none",  # nothing but quotation marks
        "previous_quote_speaker_gap_long",  # a paragraph of narration
    ]


def test_a_pronoun_tag_marks_the_last_speakers_of_its_gender() -> None:
    text = (
        'Tom, Sam and Ann sat by the fire.\n\n"Cold," said Tom.\n\n"Colder," said Sam.\n\n'
        '"Hush," said Ann.\n\n"Why?" he asked.\n'
    )
    quote = _candidates(text, {"Tom": "Tom", "Sam": "Sam", "Ann": "Ann"})[-1]
    assert quote["Sam"].get("hint_speaker_0") == 1.0
    assert quote["Tom"].get("hint_speaker_1") == 1.0
    assert "hint_speaker_0" not in quote["Ann"]


def test_a_call_in_the_line_before_marks_the_candidates_of_that_gender() -> None:
    text = (
        "Mrs. Pell and Mr. Orme sat by the fire.\n\n"
        '"You came late," said Mr. Orme.\n\n'
        '"Did I, sir?"\n\n'
        '"You did, madam."\n'
    )
    quotes = _candidates(text, {"Mrs. Pell": "Mrs. Pell", "Mr. Orme": "Mr. Orme"})
    # "You did, madam." answers "Did I, sir?": its speaker is called "sir" before
    reply = quotes[2]
    assert reply["Mr. Orme"].get("called_by_previous_agrees") == 1.0
    assert reply["Mrs. Pell"].get("called_by_previous_clashes") == 1.0
    # and "Did I, sir?" is answered by a line that calls its speaker "madam"
    asked = quotes[1]
    assert asked["Mrs. Pell"].get("called_by_next_agrees") == 1.0
    assert asked["Mr. Orme"].get("called_by_next_clashes") == 1.0


def test_the_speaker_of_a_question_just_asked_is_marked() -> None:
    text = 'Ben came in late.\n\n"Where were you?" asked Ann.\n\n"At the mill."\n\n"All day."\n'
    quotes = _candidates(text, {"Ann": "Ann", "Ben": "Ben"})
    assert quotes[1]["Ann"].get("previous_quote_speaker_asked_tag") == 1.0
    assert not any(k.startswith("previous_quote_speaker_asked") for k in quotes[2]["Ben"])


def test_a_name_called_two_turns_back_marks_its_character() -> None:
    text = (
        "Ann, Ben and Cy stood in the hall.\n\n"
        '"Cy, you came," said Ann.\n\n'
        '"Came from where?" asked Ben.\n\n'
        '"From the coast."\n'
    )
    quotes = _candidates(text, {"Ann": "Ann", "Ben": "Ben", "Cy": "Cy"})
    answer = quotes[2]
    assert answer["Cy"].get("addressed_turn_minus_2") == 1.0
    assert "addressed_turn_minus_2" not in answer["Ben"]


def test_the_rule_table_hands_the_ranker_the_rules_it_decides_better() -> None:
    script = _training_script()

    def quote(rule: str, sieve_right: bool) -> object:
        # two candidates: the gold speaker is the first; the sieve chose the first when
        # it was right, else the second
        return script.Quote(
            "f", "corpus", [{}, {}], [True, False], 0 if sieve_right else 1, sieve_right, rule
        )

    quotes = [quote("beat", False), quote("beat", False), quote("tag_after", True)]
    quotes += [quote("alternation", False)]
    # the ranker puts the gold speaker first on every quote
    probs = script.np.array([0.9, 0.1] * len(quotes))
    table = script.rule_table(quotes, probs, (0.0, 0.0))
    assert table["beat"] == (2, 0, 2)
    assert table["tag_after"] == (1, 1, 1)
    assert table["alternation"] == (1, 0, 1)
    # two quotes are too few to hand a rule over by default (a margin of at least two
    # quotes among at least twenty); with the thresholds lowered the ranker takes it
    assert "beat" in script.kept_by_cv(table)
    kept = script.kept_by_cv(table, min_quotes=2, min_gain=2)
    assert "beat" not in kept  # the ranker is right more often: it decides
    assert "tag_after" in kept  # a tie keeps the sieve
    assert "answered" in kept  # a rule with no quotes stays kept
    assert script.accuracy(quotes, probs, (0.0, 0.0), kept) == 1.0
    assert script.accuracy(quotes, probs, (0.0, 0.0), ("beat",)) == 0.5
    assert "tag_after" in script.kept_by_cv(table, min_quotes=1, min_gain=0, margin=0.0)


def test_the_ranker_takes_a_rule_over_only_when_most_folds_agree() -> None:
    script = _training_script()
    decided = tuple(r for r in script.KEPT_RULES if r != "beat")
    keeps_beat = (*decided, "beat")
    assert "beat" not in script.stable_kept(decided, [decided, decided, keeps_beat])
    # two folds of three, deciding on less data, keep "beat": it stays kept
    assert "beat" in script.stable_kept(decided, [decided, keeps_beat, keeps_beat])
    # and a rule all the data keeps stays kept whatever the folds say
    assert "tag_after" in script.stable_kept(decided, [(), (), ()])
    # of five folds, three handing a rule over is not enough (it flipped with every
    # retraining): all but one must
    assert "beat" in script.stable_kept(decided, [decided] * 3 + [keeps_beat] * 2)
    assert "beat" not in script.stable_kept(decided, [decided] * 4 + [keeps_beat])


def test_the_fallback_keeps_the_sieve_only_when_cross_validation_says_so_clearly() -> None:
    script = _training_script()

    def quote(sieve_right: bool) -> object:
        # two candidates, the first the gold speaker; the sieve chose the first when right
        return script.Quote(
            "f", "corpus", [{}, {}], [True, False], 0 if sieve_right else 1, sieve_right, "x"
        )

    def unsure(count: int) -> tuple[list[object], object]:
        # ten quotes both get right, and ``count`` the sieve gets right while the ranker's
        # best, the wrong one, is unsure (0.42)
        quotes = [quote(True) for _ in range(10 + count)]
        probs = [0.9, 0.1] * 10 + [0.0, 0.42] * count
        return quotes, script.np.array(probs)

    # a flat curve: the ranker's own choice stands (the lowest margin and threshold)
    quotes, probs = unsure(0)
    assert script._best_fallback(quotes, probs, ()) == (0.05, 0.0)
    # two quotes is within the slack: still the ranker's
    quotes, probs = unsure(script.FALLBACK_SLACK - 1)
    assert script._best_fallback(quotes, probs, ()) == (0.05, 0.0)
    # four quotes is a clear gain: a fallback that keeps the sieve on them
    quotes, probs = unsure(script.FALLBACK_SLACK + 1)
    fallback = script._best_fallback(quotes, probs, ())
    assert script.accuracy(quotes, probs, fallback, ()) == 1.0


def _two_scenes(bridge: str) -> str:
    """Ann and Ben trade many lines; after a long stretch of narration alone, Kit and Lou
    talk in another place, and ``bridge`` stands right before Lou's last line."""
    first = '"Ready?" said Ann.\n\n"Nearly," said Ben.\n\n' * 4
    middle = "The barges went by under the bridge, loaded with coal and slate.\n\n" * 8
    second = '"The ferry is late," said Kit.\n\n"It always is," said Lou.\n\n' * 2
    return first + middle + second + bridge + '"Then we wait."\n'


def test_a_main_speaker_no_one_names_near_a_line_is_not_its_candidate() -> None:
    # Ann and Ben speak most of the story's lines, but nothing near Lou's last line names
    # them: they are not its candidates (round speed29)
    names = {"Ann": "Ann", "Ben": "Ben", "Kit": "Kit", "Lou": "Lou"}
    last = _candidates(_two_scenes(""), names)[-1]
    assert "Ann" not in last and "Ben" not in last
    assert {"Kit", "Lou"} <= set(last)


def test_a_main_speaker_named_near_a_line_is_a_candidate_marked_as_such() -> None:
    bridge = "Ann came down the steps to the water with her basket.\n\n"
    names = {"Ann": "Ann", "Ben": "Ben", "Kit": "Kit", "Lou": "Lou"}
    last = _candidates(_two_scenes(bridge), names)[-1]
    assert last["Ann"].get("main_speaker") == 1.0
    assert "Ben" not in last
