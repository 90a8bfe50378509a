"""The eleventh recall round (round warn35): short scenes in the modern and period wording a
fan writer uses for each warning, written for round warn35 of the warnings
(docs/history/warnings.md) before any change of that round, and frozen here, with scenes that must
not fire (figurative, negated, historical, in another sense). Names are invented; no story's
or LitBank's sentences. The scenes the round's rules still miss are strict xfails in
``test_theme_round_warn35.py``.
"""

from __future__ import annotations

# (name, text, the warnings a reader would tag)
ELEVENTH_SCENES: list[tuple[str, str, frozenset[str]]] = [
    # ---- alcohol
    (
        "shots-at-the-bar",
        "By eleven Marcy had lost count of the shots. Someone kept lining them up along the "
        "bar, tequila and then something green, and she kept knocking them back because "
        "everyone was watching. The room tilted when she stood. She was sick in the car park, "
        "and Dev held her hair and told her she was a lightweight, and the next morning her "
        "head pounded so hard she could not open the curtains.",
        frozenset({"alcohol"}),
    ),
    (
        "wine-o-clock",
        "Lena opened the second bottle before the kids were even in bed. She told herself it "
        "was just to take the edge off, the way she told herself every night, and she refilled "
        "her glass to the brim and carried it to the sofa. By the time Paul came home she was "
        "slurring her words and laughing at nothing, and he took the glass out of her hand "
        "without a word and poured it down the sink.",
        frozenset({"alcohol"}),
    ),
    (
        "the-hip-flask",
        "Garrett's hands only stopped shaking after the first swig. He kept the flask in his "
        "boot now, where the sergeant would not find it, and he took a pull from it behind the "
        "stables twice before noon. The whisky burned going down and then it did not burn at "
        "all, and the day went soft at the edges, and he could bear it.",
        frozenset({"alcohol"}),
    ),
    # ---- drugs
    (
        "the-party-pills",
        "Somebody pressed a little blue pill into Jonah's palm and said it would make the night "
        "better. He swallowed it with warm beer. An hour later the lights were breathing and "
        "his jaw would not stop clenching and he loved everyone in the room, and when he came "
        "down on the Sunday he lay on the bathroom floor and felt as if the world had been "
        "scraped out of him.",
        frozenset({"drug use", "alcohol"}),
    ),
    (
        "the-relapse",
        "Kit had been clean for ninety days when he called the old number. The man met him "
        "under the bridge and counted the money twice. Back in the flat he heated the foil "
        "with shaking hands and breathed in the smoke, and the relief was so total that he "
        "cried, and then he did not feel anything at all for a long while.",
        frozenset({"drug use"}),
    ),
    (
        "the-joint",
        "They passed the joint back and forth on the roof of the garage, and Suki coughed "
        "until her eyes streamed and Ben laughed at her. After the third time round everything "
        "was hilarious, the clouds and the cat next door and the word spoon, and they ate an "
        "entire packet of biscuits between them and fell asleep on the warm tiles.",
        frozenset({"drug use"}),
    ),
    # ---- illness
    (
        "the-diagnosis",
        "The consultant used the word malignant twice before Helen understood that he meant "
        "her. Stage three, he said. They would start chemotherapy on Monday. She nodded and "
        "wrote it all down in the notebook she had brought, and on the drive home she pulled "
        "into a lay-by and sat with her hands on the wheel until it got dark.",
        frozenset({"illness"}),
    ),
    (
        "the-fever-ward",
        "The fever came on the third night. By morning Tomas was burning up and did not know "
        "his own mother, and he thrashed against the sheets and called for people who were "
        "years dead. The physician bled him and shook his head. For nine days Ilse sponged his "
        "forehead and spooned broth between his cracked lips, and on the tenth the fever broke "
        "and he asked, very weakly, for bread.",
        frozenset({"illness"}),
    ),
    (
        "the-inhaler",
        "Priya's chest had been tight all afternoon, and by the time they reached the top of "
        "the hill she was wheezing so badly she could not speak. Amir dug through her bag for "
        "the inhaler with his heart hammering. Two puffs, then two more. It was the worst "
        "attack she'd had since she was a child, and they spent the night in A&E on a drip.",
        frozenset({"illness"}),
    ),
    # ---- mental illness
    (
        "the-bad-weeks",
        "Some weeks Noor could not get up at all. The dishes stacked in the sink and the "
        "messages stacked on her phone and she lay under the duvet and watched the light move "
        "across the ceiling and felt nothing, a grey flat nothing, and could not remember what "
        "it had ever felt like to want anything. Her therapist called it a depressive episode. "
        "Noor called it the fog.",
        frozenset({"mental illness"}),
    ),
    (
        "the-shell-shock",
        "Since he came home from France Albert could not bear a door to slam. A motor car "
        "backfiring in the lane sent him flat to the kitchen floor with his arms over his head, "
        "and at night Mary woke to find him standing at the window in the dark, shaking, "
        "saying the names of men she had never met.",
        frozenset({"mental illness"}),
    ),
    # ---- death / grief
    (
        "the-phone-call",
        "The call came at four in the morning, which is how Jess knew before she even answered. "
        "Her dad had gone in his sleep, the nurse said, very peacefully. Jess thanked her. She "
        "sat on the edge of the bed with the phone in her lap for a long time, and then she got "
        "up and put the kettle on, because she did not know what else a person was supposed to "
        "do.",
        frozenset({"death/grief"}),
    ),
    (
        "the-empty-chair",
        "It had been a year since the accident and Owen still set out four plates. His mum "
        "never said anything; she just put the fourth one back in the cupboard when he wasn't "
        "looking. Charlie's room stayed exactly as he had left it. Sometimes Owen went in and "
        "lay on his brother's bed and breathed in the smell of him, which was fading, and that "
        "was the worst part, that it was fading.",
        frozenset({"death/grief"}),
    ),
    (
        "the-graveside",
        "They lowered old Mr Peabody into the ground on a bright cold morning, and the vicar "
        "read the words too fast because of the wind. Nell threw her handful of earth and it "
        "rattled on the lid. Afterwards there were sandwiches at the house and everybody said "
        "what a good innings he'd had, and Nell went upstairs and sobbed into his old coat.",
        frozenset({"death/grief"}),
    ),
    # ---- violence
    (
        "the-alley",
        "The first punch split Danny's lip and the second put him on the ground. They kicked "
        "him in the ribs until something cracked, and one of them stamped on his hand, and "
        "he tasted blood and gravel and heard himself making a noise like an animal. When they "
        "had gone he lay in the alley with his face in a puddle that was turning pink.",
        frozenset({"graphic violence"}),
    ),
    (
        "the-sword-fight",
        "Aldric's blade caught the raider under the arm and opened him to the bone, and the "
        "man screamed and went down in the mud. There was no time to finish it. Another came at "
        "him with an axe; Aldric took the blow on his shield and drove his sword up under the "
        "man's chin, and hot blood sprayed across his face and into his eyes.",
        frozenset({"graphic violence"}),
    ),
    # ---- self-harm
    (
        "the-sleeves",
        "Rosa wore long sleeves even in July. Her sister only found out because she walked in "
        "without knocking and saw the razor blade on the edge of the bath and the thin red "
        "lines across the inside of Rosa's arm, neat as the rungs of a ladder, some of them "
        "old and silver and some of them still bleeding.",
        frozenset({"self-harm"}),
    ),
    (
        "the-lighter",
        "When it got too loud in his head Theo pressed the hot metal of the lighter against "
        "his thigh and held it there until the pain was the only thing. Afterwards he covered "
        "the burn with a plaster and pulled his jeans back up and went down to dinner and "
        "passed the potatoes, and nobody knew.",
        frozenset({"self-harm"}),
    ),
    # ---- suicide
    (
        "the-bridge",
        "Callum stood on the wrong side of the railing with the river black and fast below "
        "him. He had written the note and left it on the kitchen table under the salt cellar. "
        "He did not want to die, exactly. He just wanted it to stop. A woman walking her dog "
        "saw him and started talking, very calmly, and kept talking until the police came.",
        frozenset({"suicide"}),
    ),
    (
        "the-bottle-of-pills",
        "The coroner said she had taken every pill in the bottle, and washed them down with "
        "gin, and that she had not meant to be found. Her brother read the letter she had left "
        "him over and over until the paper went soft. He could not understand how he had not "
        "seen it, when she had been saying goodbye to all of them for weeks.",
        frozenset({"suicide", "death/grief"}),
    ),
    # ---- pregnancy
    (
        "the-test",
        "Mara sat on the edge of the bath and watched the second line come up pink, faint and "
        "then not faint at all. She was late, she had been late for three weeks, and she had "
        "known, really. She put her hand flat on her stomach. There was nothing to feel yet. "
        "She was going to have to tell Sam.",
        frozenset({"pregnancy"}),
    ),
    (
        "the-labour",
        "Her contractions were four minutes apart by the time the midwife arrived. Ada gripped "
        "the bedpost and breathed the way she had been told, and swore the way she had not, "
        "and after eleven hours her son slid into the world red and furious and bawling, and "
        "they laid him on her chest.",
        frozenset({"pregnancy", "profanity"}),
    ),
    # ---- infidelity
    (
        "the-texts",
        "Zoe found the messages by accident, looking for a photo on his phone. Can't stop "
        "thinking about last night. Same hotel Thursday? She scrolled back and back. It had "
        "been going on since March. Her husband was singing in the shower, and she sat on "
        "their bed holding his phone and felt the floor of her life give way.",
        frozenset({"infidelity"}),
    ),
    (
        "the-other-woman",
        "Everyone in the village knew the squire kept a woman in the cottage by the mill, "
        "everyone but his wife. He rode out there every Tuesday and came back on the "
        "Wednesday smelling of lavender that was not his wife's, and the servants whispered, "
        "and his lady poured his tea and asked after the roads.",
        frozenset({"infidelity"}),
    ),
    # ---- profanity
    (
        "the-flat-tyre",
        '"Oh, for fuck\'s sake," said Kay, kicking the tyre. "Shit. Shit, shit, shit." The '
        'rain came down harder. "This is such bullshit," she told the car, and then she got '
        "the jack out of the boot and swore at that too.",
        frozenset({"profanity"}),
    ),
    (
        "the-dressing-down",
        'The sergeant\'s face went purple. "You useless bastard," he roared. "You absolute '
        'bloody pillock. Get that rifle cleaned before I shove it up your arse." Private Hale '
        "scurried.",
        frozenset({"profanity"}),
    ),
    # ---- domestic violence / child abuse
    (
        "the-kitchen",
        "When Mark was in one of his moods Cath learned to make herself small. That night he "
        "threw his dinner at the wall, and when she bent to clear it up he grabbed her by the "
        "hair and slammed her head against the cupboard door. In the morning she told the "
        "school mums she had walked into it.",
        frozenset({"domestic violence"}),
    ),
    (
        "the-belt",
        "Their father took his belt off slowly, which was the worst of it, the waiting. Billy "
        "was nine. He bent over the chair like he had been told and counted the strokes in his "
        "head, and he did not cry, because crying made it last longer. His little sister "
        "hid in the wardrobe with her hands over her ears.",
        frozenset({"child abuse"}),
    ),
]

# Scenes a reader would tag with nothing: a warning's words figuratively, negated, in jest,
# historical or in another sense.
ELEVENTH_CONTRASTS: list[tuple[str, str]] = [
    (
        "dying-to-see-you",
        '"I\'m dying to see you," Anna wrote. "I\'ve been killing time all week, I swear the '
        'clock has died." She drew a heart and sealed the envelope and ran to catch the post, '
        "and the postman said she would be the death of him, running like that.",
    ),
    (
        "killer-heels",
        "The dress was killer and the heels were murder on her feet, and Bea knocked the "
        "audition dead anyway. Her agent said she had slayed it. They celebrated with "
        "milkshakes and chips, and Bea was so high on the news she did not sleep.",
    ),
    (
        "history-lesson",
        "Mr Okafor taught them about the Black Death on Tuesday, and about the trenches on "
        "Thursday, and Jamie drew a plague doctor in the margin of his exercise book. The "
        "Tudors, he said, had been rubbish at medicine. The bell went and everyone ran out to "
        "play football.",
    ),
    (
        "nothing-stronger",
        "Nobody drank anything stronger than lemonade at the fete. Nobody got hurt, nobody "
        "cried, and the only blood spilt was when the vicar pricked his thumb on a rose. The "
        "cake stall sold out by three, and Mrs Pettigrew won the marrow prize again.",
    ),
    (
        "sick-of-it",
        "Ruby was sick of revising and sick to death of her brother, who had hogged the "
        "bathroom for an hour. She was going to kill him. She was going to absolutely murder "
        "him. Instead she sat on the stairs and ate a yoghurt and plotted.",
    ),
    (
        "baby-of-the-family",
        "Tom was the baby of the family and never let anyone forget it. He was expecting a "
        "parcel, and he was pregnant with news about the football, and when the parcel came it "
        "was a pair of boots, which he wore to dinner.",
    ),
    (
        "shot-of-espresso",
        "Iris ordered a double shot of espresso and drank it standing at the counter. It was a "
        "sobering thought, the meeting at nine. She had a bottle of water in her bag and a "
        "packet of mints, and she was high up on the tenth floor before she had finished "
        "rehearsing what she would say.",
    ),
    (
        "crushing-it",
        "The team crushed it on Saturday. They beat Rovers four nil and absolutely slaughtered "
        "them in the second half, and the striker said afterwards that he had bled for the "
        "shirt. Everyone went for pizza.",
    ),
]

# The twelfth round: written after round warn35's families and never studied (nothing
# changed for it): a measure of how far the families carry to wording they were not
# written from.
TWELFTH_SCENES: list[tuple[str, str, frozenset[str]]] = [
    (
        "the-pub-crawl",
        "They did six pubs in four hours. By the fifth Gethin was singing, and by the sixth "
        "he was crying into a pint about his ex, and Rhys had to walk him home with an arm "
        "round his waist while he threw up in somebody's hedge. He woke on the sofa with a "
        "mouth like sandpaper and no memory of the taxi.",
        frozenset({"alcohol"}),
    ),
    (
        "the-gin-in-the-teapot",
        "Aunt Vera kept gin in the teapot, which everyone knew and nobody mentioned. By four "
        "o'clock her cheeks were pink and her stories were long, and by six she was asleep in "
        "the armchair with her mouth open, and Lily took the cup out of her hand and sniffed "
        "it and poured it away.",
        frozenset({"alcohol"}),
    ),
    (
        "the-comedown",
        "Three days awake. Finn's heart was going like a rabbit's and his nose would not stop "
        "bleeding, and he had spent the last of his rent on the stuff and snorted it off the "
        "back of a toilet at the club. Now it was Tuesday and the grey had come down over "
        "everything and all he wanted was more.",
        frozenset({"drug use"}),
    ),
    (
        "the-sanatorium",
        "The letter from the sanatorium said that Clara was resting comfortably, which Will "
        "had learned meant nothing at all. When he visited she was thinner than ever, and "
        "she coughed into a handkerchief that she folded quickly so that he would not see the "
        "red on it. The doctors talked about the mountain air. Clara talked about coming home.",
        frozenset({"illness"}),
    ),
    (
        "the-ward-round",
        "The nurse changed the bag on the drip and wrote something on the chart at the foot "
        "of the bed. Dad did not wake. His skin had gone the colour of candle wax and his "
        "breathing rattled, and the doctor took Sophie into the little room with the box of "
        "tissues on the table and said they should think about making him comfortable.",
        frozenset({"illness"}),
    ),
    (
        "the-voices",
        "The voices were worse at night. They told Evan that the neighbours were watching him "
        "through the walls, that the television was sending messages, that he must not take "
        "the tablets because the tablets were how they got in. He taped foil over the windows "
        "and sat in the dark with a kitchen knife across his knees, waiting.",
        frozenset({"mental illness"}),
    ),
    (
        "the-anniversary",
        "Every year on the fourteenth of May Maggie took the train to the coast and stood on "
        "the cliff where they had scattered him. Eleven years now. She still talked to him "
        "sometimes, in the car mostly, and sometimes she still picked up the phone to tell him "
        "something before she remembered.",
        frozenset({"death/grief"}),
    ),
    (
        "the-last-breath",
        "Grandad died on a Thursday, just after lunch. Ellie was holding his hand. There was a "
        "long breath out, and then no breath in, and the room went very still, and the nurse "
        "touched her shoulder and said, gently, that he was gone.",
        frozenset({"death/grief"}),
    ),
    (
        "the-ambush",
        "The arrow took Corin through the throat. He went down gurgling, clawing at the shaft, "
        "and Bryn hacked at the nearest bandit until the man's arm hung by a strip of skin and "
        "the snow under them was red and steaming. When it was over she could not open her "
        "fingers from the hilt.",
        frozenset({"graphic violence", "death/grief"}),
    ),
    (
        "the-compass",
        "Ada dug the point of the compass into the soft skin above her knee, where her skirt "
        "would cover it, and dragged it slowly sideways. It helped. It always helped, for a "
        "little while. She had a row of them now, pale and raised, and a box of plasters in "
        "her pencil case.",
        frozenset({"self-harm"}),
    ),
    (
        "the-rope",
        "They found him in the garage on the Monday morning. He had used the tow rope from the "
        "car. His wife had been at her mother's for the weekend, and afterwards she kept saying "
        "that she should have known, that he had been so quiet, that he had given the dog away "
        "the week before.",
        frozenset({"suicide", "death/grief"}),
    ),
    (
        "the-scan",
        "At the twelve-week scan the baby was a smudge of grey with a heartbeat like a moth. "
        "Nadia cried. Joe held her hand so tight it hurt. They pinned the printout to the "
        "fridge and told nobody until Christmas, and by then she could not do up her jeans.",
        frozenset({"pregnancy"}),
    ),
    (
        "the-lipstick",
        "There was lipstick on his collar, a shade Gwen did not own. He said it must have been "
        "the office party. But there had been the late meetings, and the new aftershave, and "
        "the way he turned his phone face down on the table whenever she came into the room.",
        frozenset({"infidelity"}),
    ),
    (
        "the-bruises",
        "Sally's mum had new bruises every Monday. Sally learned the sound of her stepdad's "
        "car in the drive and learned to be upstairs before he got to the door, and she "
        "learned what it meant when the shouting stopped all at once and something hit the "
        "wall downstairs.",
        frozenset({"domestic violence"}),
    ),
    (
        "the-cupboard",
        "When Robbie wet the bed his mother locked him in the cupboard under the stairs, all "
        "day sometimes, with no food, and told him that bad boys did not get dinner. He was "
        "six. The social worker found him there in the end, curled up on the hoover bags, "
        "too thin to stand.",
        frozenset({"child abuse"}),
    ),
    (
        "the-goddamn-car",
        '"Goddamn it," Reyes said. "Goddamn piece of crap." She slammed the hood. "Son of a '
        "bitch won't start. Jesus fucking Christ.\"",
        frozenset({"profanity"}),
    ),
]

TWELFTH_CONTRASTS: list[tuple[str, str]] = [
    (
        "the-bake-off",
        "The sponge was dead on arrival and the custard had died a death, and Priya said she "
        "could murder a cup of tea. The judges were brutal. She went home and drank a pint of "
        "water and slept like the dead.",
    ),
    (
        "the-flu-jab",
        "The practice nurse gave everyone their flu jab on Friday. Nobody was ill; nobody even "
        "felt poorly afterwards. Kev said he was sick of queues, and Mo said the only thing "
        "he was addicted to was crosswords.",
    ),
    (
        "the-museum",
        "In the museum there was a suit of armour with a dent where a lance had struck it five "
        "hundred years before, and a case of duelling pistols, and a glass jar that had once "
        "held leeches. Harriet drew them all in her sketchbook and then they went for cake.",
    ),
    (
        "the-football",
        "We got absolutely murdered in the second half. Their keeper was a beast and their "
        "number nine killed us on the counter, and by the final whistle we were dead on our "
        "feet. Coach said it was a massacre. We got chips on the way home.",
    ),
]
