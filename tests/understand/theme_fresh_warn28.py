"""The seventh recall round: 14 whole scenes (90–180 words), written for round warn28 of the
warnings (docs/history/warnings.md) after that round's families were written and before they were
scored on it, and frozen here. Each carries the warnings a careful AO3 reader would tag;
four carry none (a joke, a negation, a figurative use, a near miss). Period and modern,
narrated and spoken. Written for the project; no story's sentences. Scored by
``scripts/warning_fresh_scenes.py --round seventh``, against main and the round's branch,
never tuned to.
"""

from __future__ import annotations

# (name, register, text, the warnings a reader would tag)
SEVENTH_SCENES: list[tuple[str, str, str, frozenset[str]]] = [
    (
        "the-curate-at-supper",
        "period, narrated, drink",
        "The curate had come to supper with the gin already in him; Mrs Parfitt could smell "
        "it across the table, sweet and sharp, under the mutton. He talked too loudly about "
        "the bishop and laughed at nothing. When the port went round he filled his glass to "
        "the brim and emptied it at a swallow, and then filled it again before the decanter "
        "could leave his hand.\n\n"
        "At ten he rose to go and missed the door by a yard. The girl found his hat for him "
        "and he called her by the wrong name, twice, and went off down the lane singing a "
        "hymn to a tune that was not its own.",
        frozenset({"alcohol"}),
    ),
    (
        "sixth-floor",
        "modern, narrated, illness",
        "They moved Nan up to the sixth floor on the Tuesday, where the rooms had proper "
        "doors and the nurses spoke more softly. Jess brought the grapes nobody ate and sat "
        "by the bed doing the crossword out loud.\n\n"
        "The morphine pump clicked every twenty minutes. Nan's hands had gone thin as paper "
        "and her breathing had a catch in it, a little rattle at the top. The consultant "
        "came round at four and drew the curtain and talked to Jess's mum about comfort, "
        "and weeks, and whether anyone should ring Uncle Pete in Perth.",
        frozenset({"illness"}),
    ),
    (
        "the-sergeant-at-the-gate",
        "war, narrated, graphic violence",
        "The shell came over while they were still in the open. Kit was thrown flat, and "
        "when he lifted his head the sergeant was sitting against the gatepost with both "
        "hands pressed to his stomach and something grey coming out between his fingers.\n\n"
        "Kit crawled to him. There was blood in the mud all round, more than seemed "
        "possible, and the sergeant's face had gone the colour of candle-wax. Kit tore open "
        "a field dressing with his teeth and pushed it in against the wound, and the "
        "sergeant screamed, and then stopped screaming, and that was worse.",
        frozenset({"graphic violence", "death/grief"}),
    ),
    (
        "tuesdays",
        "modern, narrated, grief",
        "Every Tuesday Owen drove out to the crematorium garden and sat on the bench by the "
        "rose bed with a flask of tea. It had been Cerys's bench first; she used to say it "
        "was the only quiet place in the county.\n\n"
        "He still had her voicemail. He played it sometimes in the car, just the first bit, "
        "just her saying his name like he'd done something daft again. Her toothbrush was "
        "still in the mug. He'd tried to throw it away in March and found himself sitting on "
        "the bathroom floor an hour later, holding it.",
        frozenset({"death/grief"}),
    ),
    (
        "the-locked-study",
        "period, narrated, domestic violence",
        "Lady Anne wore her sleeves long that summer, and her maid said nothing, because her "
        "maid had seen the marks on her wrists where his lordship's fingers had been. On the "
        "nights when he came home from the club she locked her door, and listened to him try "
        "the handle, and counted.\n\n"
        "Once he broke it. In the morning she told the housekeeper she had fallen against the "
        "washstand in the dark, and the housekeeper, who had been in service twenty years, "
        "said only that she would send up a cold compress for her ladyship's eye.",
        frozenset({"domestic violence"}),
    ),
    (
        "the-green-bottle",
        "period, narrated, drug use",
        "Mr Fenwick kept the green bottle in his waistcoat pocket and took it out when he "
        "thought nobody saw. Ten drops in water, at first; then twenty; by Christmas he was "
        "drinking it straight from the neck. His eyes had gone strange, the black of them "
        "shrunk to a pin, and he would sit for hours by the fire in a sweet, slow dream.\n\n"
        "When the chemist would sell him no more he walked to the next parish for it, and "
        "the next, and came home shaking and grey and savage until the cork was out again.",
        frozenset({"drug use"}),
    ),
    (
        "over-the-side",
        "modern, dialogue, suicide",
        '"They said it was an accident," Mara said. "The coroner. Misadventure, he called '
        'it."\n\n'
        '"But you don\'t think so."\n\n'
        '"He left his shoes on the pier, Sam. Side by side. With his wallet in one and his '
        "keys in the other. You don't do that if you slip.\" She turned her cup round on the "
        "table. \"He'd been saying for months we'd all be better off. I thought he meant the "
        'job."',
        frozenset({"suicide", "death/grief"}),
    ),
    (
        "mrs-dane-at-michaelmas",
        "period, narrated, pregnancy",
        "Mrs Dane was to be confined at Michaelmas, and the house had been turned upside "
        "down for it. The old night-nursery was aired and whitewashed, the cradle brought "
        "down from the attic, and a monthly nurse engaged from Bath at a ruinous rate.\n\n"
        "Mrs Dane herself had grown very large and very slow, and sat in the garden in the "
        "afternoons with her feet on a stool, letting out her gowns with her own hands "
        "because she would not trust them to the girl.",
        frozenset({"pregnancy"}),
    ),
    (
        "the-lodger",
        "modern, narrated, infidelity",
        "Dan told Priya he had a conference in Leeds. He did not have a conference in Leeds. "
        "He had a room at the Premier Inn by the ring road and a woman called Shona who "
        "worked in payroll and laughed at all his jokes.\n\n"
        "He switched his wedding ring to his other pocket in the car park, the way he always "
        "did now, and sent Priya a photo of a conference lanyard he'd kept from two years "
        "ago. Love you, she wrote back. Drive safe.",
        frozenset({"infidelity"}),
    ),
    (
        "the-quiet-boy",
        "modern, narrated, child abuse",
        "Mr Okafor noticed that Liam never changed for PE in front of the others. He "
        "noticed the bruises on the backs of his legs, the shape of them, too regular to be "
        "football. He noticed that Liam flinched when a door banged and that he ate his "
        "dinner like someone who wasn't sure there'd be another.\n\n"
        "When he asked, carefully, Liam said his stepdad had a temper, that was all, and "
        "that it was his own fault for being mouthy, and please don't ring home, sir, please.",
        frozenset({"child abuse"}),
    ),
    (
        "dead-on-my-feet",
        "modern, narrated, figurative, no warning",
        "By the end of the double shift Tomasz was dead on his feet. The lunch rush had "
        "killed him, the dinner rush had buried him, and the last table, a hen party from "
        "Swindon, had danced on his grave.\n\n"
        "He hung up his apron, drank a pint of tap water in one go, and sat on an upturned "
        "crate by the bins, watching the sky go orange over the car park. His phone buzzed. "
        "Kasia: you alive? He sent back a skull and three crying-laughing faces.",
        frozenset(),
    ),
    (
        "the-false-alarm",
        "period, negation, no warning",
        "The whole village had it that the miller was dead, drowned in the race; it was not "
        "so. He had only gone to Ludlow for the fair without telling his wife, and came home "
        "on the Thursday with a new hat and a pig.\n\n"
        "Mrs Hobb, who had already put on her second-best black for the burying, took it off "
        "again with very ill grace, and said to anyone who would listen that some people had "
        "no consideration.",
        frozenset(),
    ),
    (
        "the-chemistry-set",
        "modern, near miss, no warning",
        "Rosa's nephew had been given a chemistry set for his birthday and had already used "
        "it to turn the kitchen sink purple. He lined up the little bottles on the "
        "windowsill and labelled them in felt-tip: POISON, MORE POISON, NOT POISON (JUICE).\n\n"
        "The doctor on the box, a cartoon man in goggles, gave a thumbs up. Rosa made them "
        "both a hot chocolate and let him explain, at length, the difference between an "
        "acid and an alkali, most of which was wrong.",
        frozenset(),
    ),
    (
        "the-boxing-day-quarrel",
        "period, joke, no warning",
        '"If Aunt Hester makes me play whist again," said Georgiana, "I shall throw myself '
        'off the roof."\n\n'
        '"You said that at Easter."\n\n'
        '"And I meant it at Easter." She flung herself down on the window-seat. "She cheats, '
        "Kit. She cheats and then she prays for us. I heard her. Out loud, in the "
        'drawing-room, for the souls of her nephews and nieces, who are gamblers."',
        frozenset(),
    ),
]
