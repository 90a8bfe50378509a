"""Passages for the recall audit of the themes stage (``test_theme_recall.py``), written for
it: for each warning of the vocabulary, short scenes telling it the ways fan fiction does —
shown in the narration, in dialogue, in a memory, by euphemism, through its aftermath, in
period diction, in the first or second person and the present tense — and contrasts that
use the same words figuratively, in jest, negated, in passing or in another sense.

``POSITIVES`` and ``CONTRASTS`` map a tag to ``(style, passage)`` pairs. ``SECOND_ROUND``
holds scenes written after the first round of lexicon changes, to check that those carry
over to phrasings they were not written from. Passages for
"major character death" are told of Marcus, whom ``NAMED`` (put before them) names often.
"""

from __future__ import annotations

OPENING = "The house on Larch Street had a green door and a garden that nobody kept.\n\n"

NAMED = (
    "Marcus kept the forge at the end of the village. Marcus had shod every horse in the "
    "valley, and children came to watch Marcus work the bellows. Elena brought Marcus his "
    "dinner at noon, and Marcus ate it on the anvil step, and in the evenings Marcus read "
    "aloud to her by the fire.\n\n"
)

POSITIVES: dict[str, list[tuple[str, str]]] = {
    "alcohol": [
        (
            "euphemism",
            "By noon the bottle was empty, and Mara went down to the corner shop for another. "
            "She hid the empties in the recycling under the newspapers so that nobody would "
            "count them, and she chewed mints before the school run.",
        ),
        (
            "dialogue",
            '"You\'re drunk again," Dev said. "You\'ve been at it since breakfast. I can smell '
            'it on you." Mara laughed too loudly and knocked her glass of wine over.',
        ),
        (
            "memory",
            "Dev remembered his father's Friday nights: the whisky on the table, the slammed "
            "doors, the long slurred speeches about the war. He was fourteen before he "
            "understood that other fathers did not drink like that.",
        ),
        (
            "first person present",
            "I pour another vodka and tell myself it's the last one. The room tilts when I "
            "stand up. Tomorrow I'll stop, I think, and I finish the bottle.",
        ),
        (
            "period",
            "Mr. Hartley had been deep in his cups that evening, and called for a fresh bottle "
            "of Madeira before the ladies had withdrawn. By midnight he could scarcely stand, "
            "and his man was obliged to carry him up to bed.",
        ),
        (
            "second person",
            "You wake on the bathroom floor with your cheek against the tiles and no memory "
            "of getting home. Your mouth tastes of tequila and bile, and there are four empty "
            "bottles on the counter that you don't remember opening.",
        ),
        (
            "aftermath",
            "Mara has been sober for ninety days. The meetings are on Tuesdays in the church "
            "hall, and she holds the chip in her pocket every time she walks past the "
            "off-licence, and some days she crosses the road rather than smell the beer.",
        ),
    ],
    "drug use": [
        (
            "aftermath",
            "Jess found the burnt spoon and the foil in the bathroom bin. Her brother's pupils "
            "were pinpricks when he came down to dinner, and he nodded off over his plate.",
        ),
        (
            "euphemism",
            "He'd been clean eleven months when he started using again. The dealer still had "
            "his number, and by Friday there was a needle in the drawer by his bed.",
        ),
        (
            "dialogue",
            '"Are you high?" Jess asked. "You\'re high. What did you take?" He grinned and said '
            "it was only a couple of pills, only to get through the shift.",
        ),
        (
            "period",
            "Holloway took the syringe from its morocco case and rolled back his cuff. His "
            "forearm was dotted with the marks of innumerable punctures, and he pressed the "
            "needle home with a long sigh.",
        ),
        (
            "first person present",
            "I snort the second line off the cistern lid and the music comes up through the "
            "floor like a heartbeat. My nose is bleeding again. I don't care.",
        ),
        (
            "second person",
            "You count the pills into your palm, one more than yesterday, and swallow them "
            "dry. By the time the bus comes your hands have stopped shaking, and you tell "
            "yourself you can quit whenever you want.",
        ),
        (
            "aftermath",
            "Rehab was twelve weeks in a farmhouse in Wales. Jess visited on Sundays and "
            "watched her brother sweat through the withdrawal, grey and shaking.",
        ),
    ],
    "domestic violence": [
        (
            "narration",
            "The first time Tom hit her, he cried afterwards and bought her flowers. The "
            "second time she wore a scarf to work to cover the marks on her throat.",
        ),
        (
            "dialogue",
            '"He didn\'t mean it," Lena told the officer, holding the ice pack to her cheek. '
            "\"He only shoves me when he's tired. I fell against the counter, that's all.\"",
        ),
        (
            "period",
            "Her husband was a brute when the drink was in him, and more than once the "
            "servants heard blows through the chamber door, and found their mistress next "
            "morning with her face swollen and her arm in a sling.",
        ),
        (
            "first person present",
            "I tell the nurse I fell down the stairs. My husband waits in the corridor with "
            "my coat over his arm, smiling at everyone, and the nurse looks at the bruises on "
            "my wrist and doesn't believe a word.",
        ),
        (
            "second person",
            "You know the signs now: the tight jaw, the too-quiet dinner. When he grabs your "
            "hair and slams your head against the cupboard you don't scream, because the "
            "children are asleep upstairs.",
        ),
        (
            "memory",
            "Lena still flinched when a man raised his voice. Five years with Tom had taught "
            "her that; five years of his fists and his apologies, and of telling her sister "
            "she had walked into a door.",
        ),
    ],
    "child abuse": [
        (
            "narration",
            "Danny learned early to be small and quiet. When his stepfather came home angry "
            "the belt came off, and Danny went to school in long sleeves even in June.",
        ),
        (
            "aftermath",
            "The teacher asked about the burns on the boy's arms, small and round, the size "
            "of a cigarette end. He said he'd done it on the stove, and would not look up.",
        ),
        (
            "memory",
            "He still flinched when a door slammed. His mother had locked him in the cupboard "
            "under the stairs for days at a time, and fed him when she remembered.",
        ),
        (
            "period",
            "The master of the workhouse beat the orphans with his cane for the smallest "
            "fault, and half starved them besides, until the youngest of the children were "
            "little more than skin and bone.",
        ),
        (
            "first person",
            "Dad hit me with whatever was nearest. The worst was the buckle end of his belt. "
            "I told the nurse at school I fell off my bike.",
        ),
        (
            "dialogue",
            '"He hits you, doesn\'t he?" Mrs. Obi said gently. "Your dad. Those bruises '
            "aren't from football, love.\" The boy stared at his shoes and said nothing.",
        ),
    ],
    "graphic violence": [
        (
            "narration",
            "The bullet took off half his jaw. He sat in the mud trying to hold his face "
            "together with both hands, and the blood came through his fingers.",
        ),
        (
            "narration",
            "She smashed the bottle across his face, and the glass opened his cheek to the "
            "bone. He screamed and clutched at the flap of skin hanging loose.",
        ),
        (
            "period",
            "The round shot struck the mate amidships and cut him clean in two; his blood was "
            "over all of us who stood near, and the deck ran red into the scuppers.",
        ),
        (
            "first person",
            "I hit him again and felt his nose go flat under my knuckles. Blood sprayed "
            "across the wall, and he was choking on his own broken teeth.",
        ),
        (
            "second person present",
            "You pull the knife out and it comes with a wet sound, and the warmth pours over "
            "your hands faster than you thought possible. He slides down the wall, still "
            "looking at you.",
        ),
        (
            "aftermath",
            "The morgue photographs showed forty-one stab wounds. The young detective had to "
            "leave the room, and the sergeant stayed and counted them again.",
        ),
    ],
    "major character death": [
        (
            "euphemism",
            "Marcus didn't wake up. Elena found him in the morning with the book still open "
            "on his chest, and she sat with him a long while before she called anyone.",
        ),
        (
            "narration",
            "Marcus died in the night, quietly, with Elena asleep in the chair beside him.",
        ),
        (
            "aftermath",
            "They buried Marcus on a Tuesday, under the yew by the church wall, and the "
            "forge stood cold all that winter.",
        ),
        (
            "euphemism",
            "The fever took Marcus in the third week. Elena closed his eyes herself and "
            "stopped the clock on the mantel.",
        ),
        (
            "period",
            "Marcus expired at a quarter past four, without a struggle, and the physician "
            "drew the sheet over his face.",
        ),
        (
            "first person",
            "I held Marcus while he died. It took less than a minute, and then he was only "
            "heavy in my arms.",
        ),
        (
            "euphemism",
            "Marcus's heart gave out on the forge stairs. By the time Elena reached him he "
            "was gone.",
        ),
    ],
    "death/grief": [
        (
            "aftermath",
            "The funeral was on a Thursday. Afterwards everyone came back to the house and "
            "ate sandwiches, and nobody mentioned the empty chair at the head of the table.",
        ),
        (
            "euphemism",
            "Her mother passed in the spring. Anna still set out two cups some mornings "
            "before she remembered, and then she sat and cried into the one she had filled.",
        ),
        (
            "narration",
            "He was gone before the doctor came up the stairs. She sat with his body until "
            "it grew cold, holding his hand.",
        ),
        (
            "first person",
            "Dad's ashes sat in a cardboard box on the mantelpiece for a year, because none "
            "of us could bear to decide where to scatter them.",
        ),
        (
            "period",
            "It pleased God to take our little Kitty in the night. Her poor mother has not "
            "left her room since, and will see no one but the parson.",
        ),
        (
            "second person",
            "You still call his phone a year after the accident, just to hear his voice on "
            "the message. His coat hangs by the door where he left it, and you cannot bring "
            "yourself to move it.",
        ),
        (
            "euphemism",
            "The hospice nurse drew the curtains and stopped the clocks. Grandad had slipped "
            "away a little after three, while the rest of us were asleep.",
        ),
    ],
    "illness": [
        (
            "narration",
            "Nell's cough had been getting worse all winter. By February she was bringing up "
            "blood into her handkerchief, and she could not climb the stairs without "
            "stopping.",
        ),
        (
            "aftermath",
            "The chemo made her hair come out in handfuls. She wore a scarf to her "
            "appointments and joked with the nurses about wigs.",
        ),
        (
            "period",
            "Miss Ashby had taken a chill walking home in the rain, and by evening she was in "
            "a high fever. The apothecary was sent for, and her sister sat up with her all "
            "night, bathing her forehead.",
        ),
        (
            "first person present",
            "I've been in this bed for six weeks. The drip beeps every time I move my arm, "
            "and the consultant says words like stable and manageable that mean nothing.",
        ),
        (
            "dialogue",
            '"It\'s stage four," the oncologist said. "It has spread to the liver." Nell held '
            "her husband's hand and asked how long she had.",
        ),
        (
            "second person",
            "You spend the night on the bathroom floor, being sick every twenty minutes, too "
            "weak to crawl back to bed. By morning you're burning up and shivering at once.",
        ),
        (
            "aftermath",
            "Nell came home from the ward thin and grey, with a bag of pills and a list of "
            "appointments, and slept for most of the week.",
        ),
    ],
    "mental illness": [
        (
            "narration",
            "Some mornings Theo could not get out of bed at all. He lay staring at the "
            "ceiling, feeling nothing, while the phone rang and rang; he had not showered in "
            "a week, and he could not remember why it mattered.",
        ),
        (
            "narration",
            "The panic came on him in the supermarket queue: his chest locked, the lights "
            "went too bright, and he was sure he was dying. He left the basket on the floor "
            "and sat in the car until he could breathe again.",
        ),
        (
            "period",
            "Since the death of her son Lady Carew had been much disordered in her mind. She "
            "wandered the corridors at night talking to people who were not there, and the "
            "doctor spoke of a private asylum.",
        ),
        (
            "first person present",
            "I check the locks three times before bed. If I don't, something terrible will "
            "happen; I know it isn't true, and I do it anyway, and some nights it takes an "
            "hour before I can stop.",
        ),
        (
            "dialogue",
            '"I\'m not okay," Theo said at last. "I haven\'t been okay for months. I see the '
            "crash every time I close my eyes, and I can't sleep, and I can't stop shaking.\"",
        ),
        (
            "second person",
            "You wake at three every night with your heart hammering, soaked in sweat, the "
            "explosion still ringing in your ears. The counsellor calls it post-traumatic "
            "stress.",
        ),
        (
            "aftermath",
            "Theo was sectioned in March, after the neighbours found him on the roof in his "
            "pyjamas, talking to the television aerial, and he spent the spring on a "
            "psychiatric ward.",
        ),
    ],
    "self-harm": [
        (
            "narration",
            "She wore long sleeves in August. Under them, the fresh cuts crossed the old "
            "white lines on the inside of her forearm like the rungs of a ladder.",
        ),
        (
            "euphemism",
            "Ivy had started cutting again. Her mother found the blades taped under the "
            "drawer, and sat down on the bathroom floor and cried.",
        ),
        (
            "first person present",
            "I press the lighter to the inside of my thigh, where nobody will see, and hold "
            "it there until the noise in my head goes quiet.",
        ),
        (
            "dialogue",
            '"You promised you\'d stop hurting yourself," her sister said, and Ivy pulled '
            "back her sleeve to show the bandage, already red through.",
        ),
        (
            "second person",
            "You pick at the scabs on your arms until they bleed, because the sting is "
            "easier than the feeling underneath, and then you pull your sleeves down.",
        ),
    ],
    "suicide": [
        (
            "aftermath",
            "They found him in the garage with the engine running and a hosepipe through "
            "the window, and a letter for his wife on the passenger seat.",
        ),
        (
            "euphemism",
            "She walked into the sea with stones in her pockets, and the tide brought her "
            "back to the bay three days later.",
        ),
        (
            "narration",
            "He had saved his pills for a month. On the Friday he swallowed them all with a "
            "bottle of wine and lay down to sleep, and did not mean to wake.",
        ),
        (
            "period",
            "Unable to bear his disgrace, the young lieutenant retired to his rooms and put "
            "a period to his existence with his own pistol.",
        ),
        (
            "dialogue",
            '"He killed himself," Nora said flatly. "Hanged himself in the barn, and nobody '
            'saw it coming."',
        ),
        (
            "aftermath",
            "After the attempt she spent three weeks on the ward, and every morning the "
            "psychiatrist asked her whether she still wanted to die.",
        ),
    ],
    "sexual content": [
        (
            "narration",
            "He pressed her back against the door and kissed her until she couldn't breathe. "
            "Her dress was on the floor before they reached the bed, and then his hands were "
            "everywhere.",
        ),
        (
            "period",
            "That night she did not go back to her own chamber. He drew the pins from her "
            "hair one by one, and unlaced her, and laid her down upon his bed.",
        ),
        (
            "first person present",
            "I pull his shirt over his head and push him down onto the sheets. His skin is "
            "hot under my mouth, and he says my name like a prayer.",
        ),
        (
            "second person",
            "You wake tangled in her sheets, her bare shoulder warm against your cheek, and "
            "you remember every minute of last night.",
        ),
        (
            "euphemism",
            "They fell into bed together the night of the wedding and didn't come out until "
            "noon, and even then only for coffee.",
        ),
    ],
    "infidelity": [
        (
            "narration",
            "Her husband thought she was at her sister's. She was in a hotel room in Leeds "
            "with Daniel, and she had turned her phone off.",
        ),
        (
            "narration",
            "He took his wedding ring off in the car before he went up to her flat, and put "
            "it back on before he drove home to his wife.",
        ),
        (
            "period",
            "It was whispered in every drawing-room in town that Lady Vane received Captain "
            "Sterne while her lord was at Newmarket, and that the Captain did not leave until "
            "morning.",
        ),
        (
            "dialogue",
            '"How long have you been seeing her?" Maria asked. "Don\'t lie to me. I found the '
            'messages." Her husband put his face in his hands.',
        ),
        (
            "first person present",
            "I tell my wife I'm working late. Then I drive to Claire's, and we don't talk "
            "about either of them, her husband or my wife.",
        ),
        (
            "second person",
            "You find the hotel receipt in his jacket pocket, for a night he told you he was "
            "in Glasgow, for a double room.",
        ),
    ],
    "pregnancy": [
        (
            "narration",
            "Two blue lines. Sadie sat on the edge of the bath and stared at the test until "
            "the bus had gone past twice.",
        ),
        (
            "narration",
            "By the seventh month she couldn't see her feet, and the baby kicked every time "
            "she lay down.",
        ),
        (
            "period",
            "Mrs. Grey was brought to bed of a fine boy on Michaelmas morning, after a long "
            "and a hard labour.",
        ),
        (
            "first person present",
            "I'm eight weeks along and I've told nobody. Every morning I'm sick in the staff "
            "toilet and tell them it was something I ate.",
        ),
        (
            "euphemism",
            "Her belly had begun to show under her apron, and the other maids whispered that "
            "she was expecting.",
        ),
        (
            "aftermath",
            "The midwife laid the squalling baby on Sadie's chest, still slick and furious, "
            "and Sadie laughed and cried at once.",
        ),
    ],
    "profanity": [
        ("dialogue", '"Shit," Kai hissed, and dropped the pan. "Shit, shit, shit."'),
        ("dialogue", '"Get the fuck out of my kitchen," Kai said, "and take your mate too."'),
        ("first person", "Fuck this, I think, and I walk out, and I don't look back."),
        ("dialogue", '"Bloody hell," said Alfie. "You absolute bastard, you did it."'),
        ("dialogue", '"Goddamn it, Jack," she said. "You son of a bitch."'),
    ],
}

CONTRASTS: dict[str, list[tuple[str, str]]] = {
    "alcohol": [
        (
            "another drink",
            "The children lined up the empty bottles for the bottle bank and poured themselves "
            "another glass of juice.",
        ),
        (
            "another drink",
            "Mara poured a glass of water and drank it standing at the sink, then made tea.",
        ),
        ("figurative", "Dev was drunk on his own success for a week after the promotion."),
        (
            "negated",
            "Mara never touched a drop. At the wedding she raised a glass of lemonade to the "
            "bride and went home early.",
        ),
    ],
    "drug use": [
        (
            "another sense",
            "The kitchen had stayed clean for weeks, and Jess was still using the old kettle. "
            "She was high up on the ladder when the phone rang.",
        ),
        (
            "medicine",
            "The pharmacist handed Jess her prescription, and she took one tablet with water, "
            "as the label said.",
        ),
        ("another sense", "The gardener pulled weeds from the path all morning."),
        ("figurative", "Jess was addicted to crime podcasts and listened to one every commute."),
        ("another sense", "The high point of the trip was the view from the ridge."),
    ],
    "domestic violence": [
        (
            "play",
            "My husband hit me with a snowball on the way home, and I flinched and shrieked "
            "and threw one back.",
        ),
        (
            "passing",
            "Lena and Tom argued about the paint colour for an hour and then laughed about it "
            "over dinner.",
        ),
        ("sport", "The boxer hit her opponent twice in the third round and won on points."),
        ("negated", "Tom never laid a finger on her, whatever her mother thought."),
    ],
    "child abuse": [
        (
            "accident",
            "The boy fell off his bike twice that week and had bruises all over his legs, and "
            "his mother bought him knee pads.",
        ),
        (
            "play",
            "The children had a pillow fight and hit each other until they collapsed, laughing.",
        ),
        (
            "kindness",
            "Danny's father taught him to ride a bike and held the saddle the whole length of "
            "the park.",
        ),
    ],
    "graphic violence": [
        (
            "figurative",
            "The wind off the moor chilled Ben to the bone, and he pulled the knife out of the "
            "drawer to cut the bread.",
        ),
        (
            "sport",
            "The wrestlers threw each other around the ring for the crowd, and the referee "
            "held up the winner's arm.",
        ),
        (
            "another sense",
            "The butcher split the carcass with a cleaver and hung the halves in the cold room.",
        ),
        ("passing", "She cut her finger slicing onions and put a plaster on it."),
    ],
    "major character death": [
        ("figurative", "Marcus nearly died laughing at the vicar's joke."),
        (
            "a stranger",
            "A man Marcus had never met died in a crash on the bypass, and Marcus read about "
            "it in the paper.",
        ),
        ("hypothetical", "If Marcus dies, the forge goes to his cousin, Elena said."),
    ],
    "death/grief": [
        (
            "another sense",
            "Anna scattered the ashes of the fire over the garden beds. Her brother passed the "
            "salt, and her friend passed on the message about the party.",
        ),
        ("figurative", "The battery was dead, so Anna walked to the station."),
        ("figurative", "The comedian died on stage in Leeds, and laughed about it in the pub."),
        ("figurative", "Anna's phone had died by lunchtime, and the party died down by ten."),
    ],
    "illness": [
        (
            "passing",
            "Nell was too weak to lift the trunk alone after the long walk, so she waited for "
            "the porter.",
        ),
        ("figurative", "Nell was sick of waiting for the bus and walked into town."),
        ("another sense", "The patient fisherman waited all afternoon for a bite."),
        ("another sense", "A nurse shark circled the tank, and the children pressed closer."),
    ],
    "mental illness": [
        (
            "nerves",
            "Theo checked his watch three times before the interview, his heart pounding, and "
            "when they offered him the job he felt nothing but relief.",
        ),
        ("figurative", "Theo was mad about football and painted his face for every home game."),
        ("figurative", "The crowd went wild when the band came on."),
        ("figurative", "Theo had a crazy idea for the science fair, and his teacher loved it."),
    ],
    "self-harm": [
        (
            "another sense",
            "The old scars on his forearms were from the war. He kept razor blades in the "
            "cabinet for shaving, and pulled his sleeves down against the cold.",
        ),
        ("passing", "Ivy cut herself a slice of cake and took it out to the garden."),
        (
            "accident",
            "Ivy burned herself on the oven door and ran her hand under the cold tap.",
        ),
    ],
    "suicide": [
        (
            "another sense",
            "The children swallowed them all, every last sweet in the bag, and then walked into "
            "the sea up to their knees, shrieking at the cold.",
        ),
        (
            "joke",
            '"If this meeting runs over I\'ll throw myself out of the window," Nora said.',
        ),
        (
            "figurative",
            '"The heist is a suicide mission," Dev said cheerfully, and poured the tea.',
        ),
    ],
    "sexual content": [
        (
            "another sense",
            "Her clothes were on the floor, her books were on the bed, and her mother sighed at "
            "the state of the room.",
        ),
        ("family", "He kissed his grandmother on the cheek and carried her shopping to the car."),
        ("another sense", "The bed was unmade, and the dog was asleep on it."),
    ],
    "infidelity": [
        (
            "another sense",
            "He took off his wedding ring to wash the dishes and left it on the windowsill.",
        ),
        ("another sense", "Maria cheated at cards every Christmas, and everyone let her."),
        ("devotion", "Maria's husband sent her flowers at work on their anniversary."),
    ],
    "pregnancy": [
        (
            "another sense",
            "She was expecting the post, and by noon they were six weeks along the coast road.",
        ),
        ("another sense", "She was expecting a parcel, and waited in all morning."),
        ("figurative", "The silence after his speech was pregnant with meaning."),
    ],
    "profanity": [
        ("another sense", "The vicar preached on the gates of hell, and the choir sang."),
        ("another sense", "The farmer led his ass to market and sold it for a pound."),
    ],
}

SECOND_ROUND: dict[str, list[tuple[str, str]]] = {
    "alcohol": [
        (
            "hidden",
            "Priya found the vodka in the cistern, wrapped in a plastic bag. Her father had "
            "sworn he'd poured it all away, and he smelled of it at dinner, and he laughed at "
            "nothing.",
        ),
        (
            "period",
            "The squire drank deep at the hunt supper, and called for bumper after bumper of "
            "claret, and was carried home across his saddle, singing.",
        ),
    ],
    "drug use": [
        (
            "narration",
            "He shot up in the stairwell because his hands shook too much to wait. The rush "
            "came and the world went soft and far away.",
        ),
        (
            "dialogue",
            "'You've been taking something,' she said. 'Your eyes are wrong.' Later she found "
            "the little bags of white powder in his coat.",
        ),
    ],
    "domestic violence": [
        (
            "habit",
            "Every Friday her husband came home from the pub and she listened for how he shut "
            "the door. When he hit her she learned to go limp, because fighting made it last "
            "longer.",
        ),
    ],
    "child abuse": [
        (
            "period",
            "The boy's uncle beat him with a leather strap until the welts bled, and sent him "
            "to bed without supper, and told the neighbours he was a liar.",
        ),
    ],
    "graphic violence": [
        (
            "narration",
            "The axe split his skull and he went down in the snow, and the snow around his "
            "head turned red and steaming.",
        ),
        (
            "aftermath",
            "Dean's leg was bent the wrong way below the knee, with the white end of the bone "
            "through the skin of his shin.",
        ),
    ],
    "major character death": [
        (
            "narration",
            "Marcus was shot at the barricade on the second day, and he died in the gutter "
            "before anyone could reach him.",
        ),
    ],
    "death/grief": [
        (
            "aftermath",
            "At the wake Aunt Rose kept refilling everyone's teacups, and nobody said his "
            "name, and the photograph on the coffin was from his wedding.",
        ),
        (
            "first person",
            "It's been three months since the accident. I still set the table for two, and I "
            "still can't go into his room.",
        ),
    ],
    "illness": [
        (
            "narration",
            "The cancer came back in the spring. By summer she was too weak to walk, and the "
            "district nurse came every morning to change the dressing on her line.",
        ),
        (
            "period",
            "Little Tom had the croup all week; his mother sat up nights with the kettle "
            "steaming by his cot, and the doctor came twice.",
        ),
    ],
    "mental illness": [
        (
            "narration",
            "She hadn't left the flat in three weeks. The curtains stayed shut, the dishes "
            "piled up, and the thought that came every morning was that everyone would be "
            "better off without her.",
        ),
        (
            "period",
            "Since Waterloo the Major started at every door that slammed, and woke the house "
            "with his shouting, and would sit for hours staring at nothing.",
        ),
    ],
    "self-harm": [
        (
            "narration",
            "He kept the blade in his pencil case. On the bad nights he cut where the sleeves "
            "would cover it, neat lines across the top of his arm, and felt the pressure in "
            "his chest go out.",
        ),
    ],
    "suicide": [
        (
            "aftermath",
            "The note was on the kitchen table. The bridge was a mile away, and by the time "
            "the police got there it was over.",
        ),
        (
            "narration",
            "She stood on the chair in the barn with the rope round her neck for a long time, "
            "and then she kicked it away.",
        ),
    ],
    "sexual content": [
        (
            "narration",
            "She straddled his lap and pulled his shirt open, and he groaned into her mouth as "
            "she rocked against him.",
        ),
    ],
    "infidelity": [
        (
            "narration",
            "He had been sleeping with his wife's sister for two years, and everyone in the "
            "village knew but his wife.",
        ),
    ],
    "pregnancy": [
        (
            "narration",
            "Her waters went in the middle of the supermarket, and twelve hours later she was "
            "holding her daughter.",
        ),
        (
            "period",
            "She let out her stays again and again that winter, and by Lady Day there was no "
            "hiding her condition.",
        ),
    ],
    "profanity": [
        (
            "dialogue",
            "'Oh, for fuck's sake,' said Mia, and kicked the vending machine. 'Piece of shit.'",
        ),
    ],
}

# Contrasts for the families the second round added.
SECOND_CONTRASTS: dict[str, list[tuple[str, str]]] = {
    "graphic violence": [
        (
            "figurative",
            "He tore his eyes away from the window, snapped his fingers for the waiter, and "
            "crushed her to his chest when she came in.",
        ),
    ],
    "drug use": [
        ("another sense", "Prices shot up that winter, and the baker ran out of white flour."),
    ],
    "pregnancy": [
        ("another sense", "There was no hiding her delight when the letter came."),
    ],
}
