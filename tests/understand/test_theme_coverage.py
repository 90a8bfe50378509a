"""Coverage of the themes lexicon on fresh text: each warning told the way fiction tells it
(the acts and their aftermath, not the tag's own name), beside the same words only
mentioned in passing, joked about, or negated. Texts written for these tests.
"""

from __future__ import annotations

import pytest
from theme_probes import rating, tags

OPENING = "The mill stood at the bottom of the valley, and the river turned its wheel.\n\n"

# (tag, shown in the narration, mentioned once in passing, joked about, negated)
CASES = [
    (
        "death/grief",
        "Old Tam stopped breathing a little after midnight, with Ruth holding his hand. They "
        "buried him on the Thursday. At the graveside Ruth stood very straight in her black, "
        "and afterwards she sat in the empty kitchen and wept for him until the fire went out.",
        "Ruth walked past the churchyard on her way to the mill, as she did every morning, "
        "and thought about what to make for supper.",
        "Ruth was dying to know who had won the raffle. The miller's jokes were killing her, "
        "and she laughed until she was sick to death of laughing.",
        "Old Tam did not die that winter. Nobody was buried, there was no funeral, and Ruth "
        "had nothing to grieve for.",
    ),
    (
        "graphic violence",
        "The first man came at Ruth's brother with a knife, and the blade went in under his "
        "ribs. He cut the second man's throat with his own knife, and there was blood "
        "everywhere, on the flags and the walls, and the bone of his arm stuck out white "
        "where the cudgel had caught it.",
        "Ruth's brother kept an old knife on the mantel that had been their grandfather's, and "
        "he used it to cut string.",
        '"I\'ll rip his throat out if he sings that song again," her brother said, and they '
        "both laughed.",
        "There was no fight. Nobody drew a knife, no blood was spilled, and the two men shook "
        "hands at the door.",
    ),
    (
        "mental illness",
        "After the fire Ruth had nightmares every night. She flinched at every spark, her "
        "hands couldn't stop shaking, and twice at the market she had a panic attack and "
        "had to sit down on the kerb with her head between her knees. For weeks she hardly "
        "slept, and the flashbacks came whenever she smelt smoke.",
        "Ruth had a nightmare once, as a girl, about the mill wheel.",
        "The new flour prices were driving Ruth mad. The whole valley went mad for the fair, "
        "and the miller said the accounts were a nightmare of a job.",
        "Ruth did not panic. She had no nightmares after the fire and never once flinched at "
        "a spark.",
    ),
    (
        "illness",
        "Ruth's mother took to her bed in November. She could keep nothing down; she threw up "
        "whatever Ruth brought her, and the fever came and went, and the doctor called every "
        "day with a new medicine and a grave face.",
        "Ruth's mother kept a bottle of tonic in the cupboard that nobody ever opened.",
        "Ruth threw up her hands at the mess. She was sick of the miller's jokes, and sick and "
        "tired of his dog.",
        "Ruth's mother was not ill. There was no fever, and she never once needed the doctor.",
    ),
    (
        "alcohol",
        "Ruth's brother came home blind drunk every Saturday. He reeked of gin, and he slurred "
        "his words, and on Sundays he sat in the kitchen with his head in his hands, hung over "
        "and ashamed, until the pub opened again.",
        "There was a pub at the end of the lane, and Ruth walked past it on her way to church.",
        '"I could drink the river dry," Ruth\'s brother said, and drank a pint of water.',
        "Ruth's brother was not drunk. He never touched gin, and there was no bottle in the house.",
    ),
    (
        "suicide",
        "In the spring the miller drowned himself in the millpond. Ruth found the suicide note "
        "on the kitchen table, folded twice, under the salt cellar.",
        "Ruth's aunt had always said that the millpond was too deep for children.",
        '"If I have to do the accounts again, I\'ll drown myself in the millpond," the miller '
        "said, and Ruth laughed.",
        "The miller had never wanted to die. He did not drown himself; he simply moved to the "
        "town.",
    ),
    (
        "domestic violence",
        "When Ruth's husband had been drinking he hit her. The first time he struck her across "
        "the mouth; after that she learned to hide the bruises on her arms under long sleeves, "
        "and to say she had walked into the mill door when the neighbours saw her black eye.",
        "Ruth's husband came home from the market with a black eye and a story about a cart.",
        "\"If you burn the bread again I'll beat you,\" Ruth's husband said, grinning, and "
        "took the loaf out of the oven himself.",
        "Ruth's husband never hit her. He never raised a hand to anyone in his life.",
    ),
    (
        "child abuse",
        "Ruth's father took the belt to the boy whenever the flour was short. He beat the boy "
        "until he could not stand, and then he locked him in the cellar without supper, and "
        "in the morning the boy's back was striped and bloody.",
        "Ruth's father kept an old belt on a nail by the door, and used it to strap the sacks.",
        '"I\'ll tan your hide," her father told the boy, laughing, and gave him a sweet.',
        "Ruth's father never beat the boy. He never took a belt to anyone.",
    ),
    (
        "self-harm",
        "Ruth cut herself in the store room where nobody went. She kept a razor blade in the "
        "flour tin, and there were thin white scars along her arms that she hid from "
        "everyone.",
        "Ruth cut herself a slice of bread and sat down on the step.",
        '"If I have to hear that song again I\'ll hurt myself," Ruth said, and laughed.',
        "Ruth did not cut herself. There were no scars on her arms, whatever they said.",
    ),
    (
        "pregnancy",
        "By the summer Ruth was in the family way. Her belly grew round under her apron, and "
        "in October her waters broke in the mill yard and she went into labour on the sacks.",
        "Ruth's cousin had a new baby, and Ruth sent her a shawl.",
        "The silence after the miller's speech was a pregnant pause, and Ruth laughed at it.",
        "Ruth was not pregnant, whatever the gossips said; there was no baby on the way.",
    ),
]


@pytest.mark.parametrize(("tag", "shown", "mentioned", "joked", "negated"), CASES)
def test_a_warning_told_in_fiction_s_own_words_is_tagged(
    tag: str, shown: str, mentioned: str, joked: str, negated: str
) -> None:
    assert tag in tags(OPENING + shown + "\n")


@pytest.mark.parametrize(("tag", "shown", "mentioned", "joked", "negated"), CASES)
def test_one_passing_mention_is_no_warning(
    tag: str, shown: str, mentioned: str, joked: str, negated: str
) -> None:
    assert tag not in tags(OPENING + mentioned + "\n")


@pytest.mark.parametrize(("tag", "shown", "mentioned", "joked", "negated"), CASES)
def test_a_joke_is_no_warning(
    tag: str, shown: str, mentioned: str, joked: str, negated: str
) -> None:
    assert tag not in tags(OPENING + joked + "\n")


@pytest.mark.parametrize(("tag", "shown", "mentioned", "joked", "negated"), CASES)
def test_a_denial_is_no_warning(
    tag: str, shown: str, mentioned: str, joked: str, negated: str
) -> None:
    assert tag not in tags(OPENING + negated + "\n")


RUTH = (
    "Ruth kept the mill after her father. Ruth knew every sack and every stone, and the "
    "valley came to Ruth for its flour. In the hard winter Ruth still ground corn for anyone "
    "who asked, and Ruth never took a penny she had not earned.\n\n"
)


def test_a_main_character_killed_by_another_is_a_major_death() -> None:
    killed = RUTH + "In March the miller from upriver killed Ruth for the mill.\n"
    assert {"major character death", "death/grief"} <= tags(killed)
    threatened = RUTH + "In March the miller from upriver swore he would have killed Ruth.\n"
    assert "major character death" not in tags(threatened)


def test_a_main_character_drowned_is_a_major_death() -> None:
    drowned = RUTH + "Ruth drowned in the millrace that spring, and the wheel stood still.\n"
    assert "major character death" in tags(drowned)


def test_a_grave_of_someone_named_once_is_no_major_death() -> None:
    text = RUTH + "On Sundays Ruth took flowers to Agnes's grave, and sat a while.\n"
    assert "major character death" not in tags(text)


def test_a_told_death_makes_the_story_teen() -> None:
    assert rating(OPENING + CASES[0][1] + "\n") == "Teen"
    assert rating(OPENING + CASES[0][2] + "\n") == "General"


def test_madness_told_again_and_again_is_mental_illness_but_angry_or_in_love_is_not() -> None:
    told = (
        "The woman in the attic had been mad these ten years. Some days she was only sad, and "
        "sat by the window; some days she was mad and tore at the curtains, and the keeper "
        "had to hold her. Ruth had seen the mad look in her eyes, and heard her laugh at "
        "nothing, and she understood at last that the woman was mad, that the madness would "
        "never lift, and that she would never be well.\n"
    )
    assert "mental illness" in tags(OPENING + told)
    angry = (
        "Ruth was mad at the miller for a week, hopping mad, and then mad about the new "
        'baker, madly in love, and the whole valley went mad for the fair. "Are you mad?" '
        "her brother asked, and she laughed and said she was mad with joy.\n"
    )
    assert "mental illness" not in tags(OPENING + angry)


WAR = (
    "In the spring the shells came over the ridge every morning at six. Tom kept his head "
    "below the lip of the trench and counted them.\n\n"
    "Harry was three yards in front of him when the shell burst. His legs had been blown off "
    "at the knee, and there was blood everywhere, and Harry lay on his back asking for his "
    "mother until he stopped breathing.\n\n"
    "Tom carried what he could back to the line.\n"
)


def test_one_strong_act_shown_in_the_narration_is_enough() -> None:
    found = tags(OPENING + WAR)
    assert {"graphic violence", "death/grief"} <= found
    # The same words scattered over a story as mentions, one at a time, are not.
    told = (
        "Tom had read about men whose legs were blown off. Harry said the war was long ago. "
        "Tom's uncle had stopped breathing in his sleep, at ninety, years before Tom was born.\n"
    )
    assert not {"graphic violence", "death/grief"} & tags(OPENING + told)


def test_one_strong_word_of_a_state_in_backstory_is_not_enough() -> None:
    backstory = "He took the boy in, as he had taken in his brother when the plague left them.\n"
    assert "illness" not in tags(OPENING + backstory)


MODERN = [
    (
        "illness",
        "By Tuesday Sam had bronchitis. His temperature would not come down, the antibiotics "
        "did nothing for two days, and Ruth sat by the bed with a bowl of soup he could not "
        "keep down.",
    ),
    (
        "mental illness",
        "After the accident Sam dissociated in supermarkets. The intrusive thoughts came at "
        "night, and he stopped taking his meds in March without telling anyone.",
    ),
    (
        "drug use",
        "Sam rolled a joint on the back step, and later, in the club toilets, somebody handed "
        "him a line of coke, and he took it.",
    ),
]


@pytest.mark.parametrize(("tag", "shown"), MODERN)
def test_a_modern_story_in_its_own_words(tag: str, shown: str) -> None:
    assert tag in tags(OPENING + shown + "\n")


def test_a_grave_man_is_no_death() -> None:
    sober = (
        "Ruth's father was a wise and grave man. He gave her grave advice in a grave voice, "
        "and she listened with a grave face, and then she went to the fair anyway.\n"
    )
    assert "death/grief" not in tags(OPENING + sober)


def test_drink_smelt_on_someone_or_port_poured_for_oneself_is_alcohol() -> None:
    smelt = (
        "The carter came in late from the market with his hat askew, and there was a strong "
        "smell of gin about him. He sat down heavily and asked for his supper.\n"
    )
    assert "alcohol" in tags(OPENING + smelt)
    poured = (
        "After supper the miller poured himself a glass from the decanter on the sideboard "
        "and drank it off. He sat by the fire with his port until the candles guttered.\n"
    )
    assert "alcohol" in tags(OPENING + poured)
    harbour = (
        "The brig was three days out of port, with a fresh wind on her port quarter, and the "
        "mate could smell of the sea on every rope. The captain kept his port watch himself.\n"
    )
    assert "alcohol" not in tags(OPENING + harbour)


def test_a_period_sickness_and_the_physicians_giving_up_is_illness() -> None:
    told = (
        "The winter the miller's wife had the pleurisy, the physicians had quite given her up "
        "by Candlemas. Ruth sat with her every night, and by April she was well enough to sit "
        "up in her chair by the window.\n"
    )
    assert "illness" in tags(OPENING + told)
    gave_up = (
        "The miller had quite given up the hope of a new wheel, and the doctors of the parish "
        "were all at the fair, eating gingerbread.\n"
    )
    assert "illness" not in tags(OPENING + gave_up)


def test_bloody_is_a_swear_in_dialogue_but_literal_in_the_narration() -> None:
    spoken = '"It\'s the bloody rain," the carter said. "Damn the lot of it, and the road too."\n'
    assert "profanity" in tags(OPENING + spoken)
    narrated = (
        "The carter came in with a bloody handkerchief round his hand, and Ruth washed the "
        "bloody wrappings in the trough while he cursed the road under his breath. Damn, he "
        "said, very quietly.\n"
    )
    assert "profanity" not in tags(OPENING + narrated)


def test_a_weapon_driven_into_a_body_is_graphic_violence_but_an_axe_into_a_log_is_not() -> None:
    shown = (
        "The boar came out of the bracken at Ruth's brother, and he drove his spear into its "
        "throat and held on while it screamed and thrashed. Ruth's arm had a long gash where "
        "a tusk had caught it, and the miller was hacking at the brute with a billhook.\n"
    )
    assert "graphic violence" in tags(OPENING + shown)
    chores = (
        "All afternoon Ruth's brother drove his axe into the elm log and split it for the "
        "winter, and Ruth stacked the wood against the wall of the mill.\n"
    )
    assert "graphic violence" not in tags(OPENING + chores)
