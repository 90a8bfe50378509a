"""The sixth recall round: 14 whole scenes (120–250 words), written for round five of the
warnings (docs/history/warnings.md) before any change of that round to the lexicon, and frozen here.
Each carries the warnings a careful AO3 reader would tag; four carry none (a joke, a
negation, a figurative use, a near miss). Period and modern, narrated and spoken, told
through objects, customs and aftermath more than names. Written for the project; no
story's sentences. Scored by ``scripts/warning_fresh_scenes.py --round sixth``: once before
the round's changes and once after, never tuned to.
"""

from __future__ import annotations

# (name, register, text, the warnings a reader would tag)
SIXTH_SCENES: list[tuple[str, str, str, frozenset[str]]] = [
    (
        "the-sideboard",
        "period, narrated, drink by its objects",
        "By the time the ladies withdrew, the decanter at Mr Harcourt's elbow had been "
        "filled twice, and he was reaching for it again. His wife watched from the door. "
        "She knew the signs: the careful way he set the glass down, as if the table might "
        "move, the laugh that came a beat too late, the flush climbing from his collar.\n\n"
        "Later she found him in the study with the tantalus unlocked and the key still in "
        "it, a tumbler in his fist and another bottle open on the blotter. He looked up "
        "and tried to stand, and could not, and sat down again heavily.\n\n"
        '"Only one more, Lucy," he said, thickly. "Only to sleep."\n\n'
        "She took the bottle away and locked it in the cellaret, and put the key on the "
        "chain at her waist, where she had kept it every night that winter.",
        frozenset({"alcohol"}),
    ),
    (
        "black-gloves",
        "period, narrated, grief by its customs",
        "The house had been in black for three months. The knocker was still muffled in "
        "crape, and the servants went about in black bands, and Harriet had not worn a "
        "colour since the morning they brought her father home from the hunting field.\n\n"
        "She sat at the window with her black gloves in her lap and looked at the churchyard "
        "wall. Every afternoon she walked there with fresh flowers, and every afternoon her "
        "aunt told her it was morbid, and every afternoon she went.\n\n"
        "Her father's chair stood by the fire where it had always stood. Nobody sat in it. "
        "His pipe was on the mantel, and his spectacles, folded, on the open book he had "
        "been reading, at the page he would never turn. Harriet dusted them herself, and "
        "would let no maid touch them.",
        frozenset({"death/grief"}),
    ),
    (
        "the-summer-house",
        "period, narrated, infidelity as a secret meeting",
        "The colonel was in town until Thursday. Lady Verney knew it to the hour, because "
        "she had read his letter twice and burned it.\n\n"
        "At eleven, when the house was dark, she put on her plainest cloak and went down "
        "the garden by the yew walk, where the windows could not see her. Mr Ashe was "
        "waiting in the summer house, as he had waited every night her husband was away "
        "since Easter.\n\n"
        '"You came," he said, and took her hands.\n\n'
        '"I always come." She let him draw her in. "If Edward ever finds out—"\n\n'
        '"He won\'t."\n\n'
        "She took off her wedding ring, as she always did with him, and put it in her "
        "glove, and did not think about it again until the sky was going grey and she had "
        "to run.",
        frozenset({"infidelity"}),
    ),
    (
        "in-the-family-way",
        "period, dialogue, pregnancy by euphemism",
        '"Well?" said Mrs Ferris, when the doctor had gone.\n\n'
        "Kitty was still sitting on the edge of the bed, her hands flat on the quilt. "
        '"He says October," she said. "The beginning of October."\n\n'
        'Her mother-in-law sat down, hard, and then laughed and kissed her. "In the family '
        "way, and not a word to me! You'll give up riding at once. And you'll have the "
        'blue room for your confinement; it is warmer."\n\n'
        '"Mama, it is months yet."\n\n'
        '"It is never too soon. I shall write to Nurse Abbott tonight." She was already at '
        'the door. "Does George know you are expecting?"\n\n'
        '"Not yet. I wanted to be sure."\n\n'
        "When George came in that evening he found the baby linen already spread on the "
        "sofa, and understood before anyone had said a word.",
        frozenset({"pregnancy"}),
    ),
    (
        "the-cupboard-under",
        "period, narrated, child abuse by a guardian",
        "His uncle's rule was that a boy who answered back went without his supper, and a "
        "boy who cried went into the coal-hole until he had done crying. Jem had learned "
        "not to cry. He had not learned not to answer back, and so he was thin, thinner "
        "than the other boys at the dame school, with his wrists sticking out of a jacket "
        "that had been his cousin's.\n\n"
        "That night it was the cane again, six strokes for a broken cup he had not broken, "
        "and then the coal-hole, with the bolt shot home. He sat in the dark with his back "
        "to the sacks and counted the stripes on his palms with his thumb. Upstairs his "
        "aunt was singing to the baby.\n\n"
        "In the morning, when they let him out, nobody mentioned the cup. He was given "
        "bread, and no butter, and sent to fetch water before school.",
        frozenset({"child abuse"}),
    ),
    (
        "since-mum",
        "modern, dialogue, grief told in talk",
        '"You haven\'t touched her room," Sam said.\n\n'
        'Dad was at the sink, washing the same mug he had washed already. "No."\n\n'
        '"It\'s been a year in March."\n\n'
        '"I know how long it\'s been." He put the mug down. "Her coat\'s still on the hook. '
        "I keep thinking she'll want it. Isn't that stupid. I keep buying the oat milk.\"\n\n"
        "Sam didn't say anything. On the fridge there was still the order of service from "
        "the crematorium, with the photo of her on the beach at Tenby, laughing at whoever "
        "held the camera. Nobody had taken it down.\n\n"
        '"I go up there on Sundays," Dad said. "To the bench. The one with her name on. I '
        'just sit."\n\n'
        '"I know," Sam said. "I follow you sometimes."',
        frozenset({"death/grief"}),
    ),
    (
        "the-flask",
        "modern, narrated, drink hidden",
        "Nadia kept the flask in the inside pocket of her work bag, behind the laptop "
        "charger, where nobody would ever look. By ten she needed it. She went to the "
        "accessible toilet on the third floor, because it had a lock and a sink, and took "
        "two long swallows and then a third, and rinsed her mouth, and chewed gum.\n\n"
        "At lunch she bought another quarter bottle at the corner shop and decanted it in "
        "the stairwell. Her hands stopped shaking by one. In the afternoon meeting her "
        "manager said she seemed brighter, and she smiled and said it was the new "
        "vitamins.\n\n"
        "On the train home she finished what was left and dropped the empty in a bin on "
        "the platform, a different bin from yesterday's, because she had worked out that "
        "someone might notice.",
        frozenset({"alcohol"}),
    ),
    (
        "the-other-phone",
        "modern, dialogue, infidelity found out",
        '"Whose phone is this?"\n\n'
        'Mark looked up from the sofa. "What?"\n\n'
        "\"It was in your gym bag. In the side pocket. It's not yours, you've got an "
        'iPhone." Ellie held it out. Her hand was perfectly steady. "There are forty '
        "messages from someone called J. She calls you babe. She wants to know if Saturday "
        "is still on, because she's booked the room.\"\n\n"
        '"Ellie—"\n\n'
        '"Eighteen months, Mark. The messages go back eighteen months. We were at my '
        "sister's wedding eighteen months ago. You did a reading.\"\n\n"
        "He stood up. He didn't come closer. \"It didn't mean anything.\"\n\n"
        '"Then you won\'t mind," she said, and dropped the phone into the fish tank.',
        frozenset({"infidelity"}),
    ),
    (
        "the-powders",
        "period, narrated, drugs by their paraphernalia",
        "The doctor had left a bottle of the brown drops for the neuralgia, and for a "
        "month Clara took them as he said, ten in a wineglass of water at night. By the "
        "spring it was thirty, and she took them in the afternoon as well, and then in the "
        "morning, because the days were so much easier to bear with the edges softened.\n\n"
        "She sent the girl to a different chemist each week so that no one would wonder. "
        "She kept the empty bottles in a hatbox on top of the wardrobe. Her eyes in the "
        "glass had gone strange, the pupils tiny as pinpricks, and she stopped looking.\n\n"
        "When her husband asked why she slept so late she said the weather, and when he "
        "found the hatbox she said nothing at all.",
        frozenset({"drug use"}),
    ),
    (
        "dead-on-my-feet",
        "modern, joke, no warning",
        '"I am dead on my feet," Jo announced, collapsing face down on the sofa. "Bury me '
        'here. Tell my story."\n\n'
        '"You did one shift," said her flatmate.\n\n'
        "\"One shift of children's birthday parties. Eleven of them. They ate the "
        'bouncy castle. I think one of them bit me." She held up a finger for inspection. '
        '"I\'m going to need a funeral with a brass band."\n\n'
        '"You need a shower."\n\n'
        '"I need a glass of water and a hundred years of sleep." She rolled over. "If you '
        'love me you will bring me toast."\n\n'
        "He brought her toast. She ate it lying down, which he said was disgusting, and "
        "fell asleep before she had finished the second slice.",
        frozenset(),
    ),
    (
        "not-a-drop",
        "period, negation, no warning",
        "Mr Pollard had been a teetotaller for twenty years, and said so at every "
        "opportunity. At the harvest supper he drank nothing but lemonade and looked with "
        "great sorrow on those who did otherwise, though nobody was the worse for the "
        "cider that year, and the dancing went on until one.\n\n"
        "His daughter Bess danced every dance. She was not in mourning, she said, whatever "
        "her aunt thought of the yellow ribbon, and her grandmother had been dead these "
        "ten years and would have liked to see her merry.\n\n"
        "On the way home in the cart Mr Pollard said the fiddler had played too fast, and "
        "Bess said that was the best thing about him, and they argued about it pleasantly "
        "all the way up the lane.",
        frozenset(),
    ),
    (
        "the-expecting-post",
        "modern, near miss, no warning",
        "Hana had been expecting the parcel since Tuesday. The tracking said out for "
        "delivery, then delivered, then out for delivery again, which was not how "
        "anything worked.\n\n"
        '"It\'s in labour," said her brother, from the kitchen. "Give it time."\n\n'
        '"That\'s not funny."\n\n'
        '"It\'s a bit funny." He came through with two mugs. "What is it, anyway?"\n\n'
        "\"A lamp. For the baby's room. Aisha's baby,\" she added, at his face. \"It's a "
        "present. She's due in June and I said I'd sort the lighting.\"\n\n"
        "The doorbell went. It was the neighbour, holding the lamp, which had been in her "
        "porch all week.",
        frozenset(),
    ),
    (
        "the-empty-saddle",
        "period, narrated, a death in the narration",
        "They brought Captain Lisle's horse back at dusk with the saddle empty and the "
        "reins broken. Nobody in the mess said anything. Later a corporal came in with his "
        "sword and his watch and laid them on the table, and said the captain had been "
        "killed at the ford in the afternoon, shot through the body, and had lived only a "
        "few minutes after.\n\n"
        "Ned Fraser took the watch up. It had stopped at ten past four. He wound it, and "
        "set it going, and did not know why he had done that.\n\n"
        "They buried him the next morning under the poplars by the river, with his cloak "
        "for a shroud. Ned read the service because the chaplain was sick, and got through "
        "it, and went back to his tent and sat on the cot with his face in his hands until "
        "the bugle went.",
        frozenset({"death/grief"}),
    ),
    (
        "the-night-nurse",
        "modern, narrated, illness by its treatment",
        "The third round of chemo was the worst. Priya had stopped being able to keep "
        "anything down by the second day, and the anti-sickness tablets did nothing, and "
        "her hair came away on the pillow in the mornings in soft dark drifts.\n\n"
        "Her brother came on Fridays and sat with her through the infusion, reading out "
        "the worst comments from the football forums until she laughed. The line in her "
        "arm itched. The ward smelled of hand gel and the lunch trolley.\n\n"
        '"Two more," said the consultant, looking at her bloods. "Then a scan. Then we '
        'see."\n\n'
        "Priya nodded, and asked for a blanket, because she was always cold now, and "
        "shut her eyes.",
        frozenset({"illness"}),
    ),
]
