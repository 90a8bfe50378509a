"""The fifth recall round: 26 whole scenes (150–400 words each), written for the learned
warning decision (``theme_decision``) before any result of it was seen, and frozen here.
Each carries the warnings a careful AO3 reader would tag; several carry none (a joke, a
negation, a figurative use, a near miss). Modern fandom and period canon, dialogue-heavy and
narrated, plain and oblique. Written for the project; no story's sentences. Scored by
``scripts/warning_fresh_scenes.py``: the stage before and after the decision, never tuned to.
"""

from __future__ import annotations

# (name, register, text, the warnings a reader would tag)
FRESH_SCENES: list[tuple[str, str, str, frozenset[str]]] = [
    (
        "locker-room",
        "modern, dialogue",
        '"You look like hell," Dani said, dropping onto the bench beside him.\n\n'
        "Theo didn't answer. He was still in his kit, mud drying on his shins, and his hands "
        "would not stay still on his knees. The coach had said something about the final and "
        "he had not heard a word of it.\n\n"
        '"Hey. Breathe with me. In for four."\n\n'
        '"I can\'t," he said. "I can\'t, it\'s like the walls are coming in, my chest—" He '
        "pressed the heel of his hand to his sternum as if he could hold his heart down. The "
        'room had gone narrow and bright and far away. "Third time this week. I thought the '
        'new tablets would stop it."\n\n'
        '"Did you tell Dr Okafor they weren\'t working?"\n\n'
        '"She said give them six weeks." He laughed, a cracked sound. "Six weeks of this."\n\n'
        "Dani put her shoulder against his and counted out loud until the shaking slowed, and "
        "neither of them mentioned the match.",
        frozenset({"mental illness"}),
    ),
    (
        "wake-at-the-farm",
        "period, narrated",
        "They carried old Josiah down from the top field on a hurdle, with a sack over his "
        "face, and laid him on the kitchen table because there was nowhere else. Mrs Pell "
        "sent the girl for Martha Crane, who did the laying-out for the parish, and set "
        "about covering the looking-glass with her apron.\n\n"
        "Tom would not come in. He stood in the yard with his cap in his two hands, turning "
        "it and turning it, and when his mother called him he only shook his head. He had "
        "been with the old man when the bull turned, and he had seen it all.\n\n"
        "That night the neighbours came with bread and cold mutton, and sat along the wall "
        "on borrowed chairs, and spoke of what a worker he had been. The candles burned down "
        "at his head and feet. Near midnight Tom came in at last and sat beside the table "
        "until morning, and would not eat, and would not sleep, and did not cry until the "
        "parson came to talk of the burying.",
        frozenset({"death/grief"}),
    ),
    (
        "killer-bake-off",
        "modern, joke, no warning",
        '"This sponge is going to murder the judges," Priya announced, sliding the tin out '
        "of the oven with a flourish.\n\n"
        '"In a good way?" Marcus asked from behind the flour cloud.\n\n'
        "\"In the best way. Death by chocolate. They'll have to carry Paul out on a "
        'stretcher."\n\n'
        "Marcus snorted and went back to his pastry, which was refusing to behave. He had "
        "already binned two batches and was quietly losing his mind over the third. The "
        "butter kept melting. The kitchen tent was an oven in its own right in the June heat "
        "and everybody was dying for a cold drink.\n\n"
        '"If this one splits I\'m going to throw myself in the river," he said.\n\n'
        '"You say that every week."\n\n'
        '"And every week I mean it." He rolled, folded, rolled again. "Right. Shoot me now, '
        "it's cracking.\"\n\n"
        "\"It's fine! It's rustic!\" Priya came over and poked it. \"Honestly, you're a "
        'disaster. Go sit down before you pass out."\n\n'
        "The pastry held. The judges loved the sponge. Nobody was carried anywhere.",
        frozenset(),
    ),
    (
        "the-lady-of-the-tower",
        "period canon, oblique",
        "The steward brought the news to the solar while the ladies were at their "
        "embroidery: the lord would not be returning from the Welsh march before Candlemas. "
        "The Lady Isabeau bent her head over her work and said only that it was God's will.\n\n"
        "But that night, when the castle slept, she drew the bolt of the little postern "
        "that gave on the orchard, and Sir Aymer came up the tower stair with his boots in "
        "his hand. She had put on her green gown, the one her husband had never seen, and "
        "let down her hair.\n\n"
        '"You should not have sent for me," he said, and took her in his arms all the same.\n\n'
        "They were together until the bell for lauds, and when he had gone she smoothed the "
        "bed with her own hands so that her woman would find nothing. At mass she knelt "
        "beside her husband's empty place and prayed for his safe return, and could not "
        "have said, had the priest asked her, whether she meant it.",
        frozenset({"infidelity", "sexual content"}),
    ),
    (
        "group-chat",
        "modern, dialogue-heavy, no warning",
        "Jess: ok who drank all the oat milk\n\n"
        "Ravi: not me I'm lactose intolerant to JOY\n\n"
        "Jess: be serious\n\n"
        "Ravi: ok it was Sam. she had like four lattes before her exam. she's wired\n\n"
        "Sam: I'm not WIRED I'm FOCUSED. I have had exactly one coffee and a panic about "
        "organic chemistry which is normal and healthy\n\n"
        "Jess: you said you were going to die on the bus\n\n"
        "Sam: I WAS going to die on the bus it was forty degrees and a man was eating tuna\n\n"
        "Ravi: tragic. rest in peace sam. she will be missed\n\n"
        "Sam: I hate you both\n\n"
        "Jess: we're buying more milk. anyone want anything. last chance\n\n"
        "Ravi: crisps. the sad ones. the salt and vinegar ones that hurt\n\n"
        "Sam: a new brain please\n\n"
        "Jess: they only had crisps\n\n"
        "Sam: fine\n\n"
        "Ravi: exam went ok btw?\n\n"
        "Sam: I think I nailed it actually. going to sleep for a hundred years now, do not "
        "wake me unless the building is on fire",
        frozenset(),
    ),
    (
        "second-line",
        "modern, narrated, oblique",
        "Nadia sat on the edge of the bath with the stick in her lap and watched the little "
        "window as if it might change its mind. The second line had come up faint and then "
        "not faint at all.\n\n"
        "She counted backwards on her fingers, twice, and got the same answer both times. "
        "Late by nearly three weeks. The nausea in the mornings that she had blamed on the "
        "new job. The way coffee had started to smell like burnt rubber.\n\n"
        "Downstairs, Callum was singing along to the radio badly while he made toast. He "
        "had no idea. They had talked about it once, last summer, lying on the beach at "
        "Whitby, and he had said *someday* in a voice that meant *not yet*.\n\n"
        "She wrapped the test in toilet paper and put it in the pocket of her dressing "
        "gown. Then she took it out again and looked at it. Then she went down the stairs "
        "slowly, one hand on the banister and the other, without her meaning it to, flat "
        "against her stomach.\n\n"
        '"Cal," she said. "Turn that off a minute. I need to tell you something."',
        frozenset({"pregnancy"}),
    ),
    (
        "the-breaking-of-the-gate",
        "epic fantasy, narrated",
        "The ram took the gate on the ninth stroke and the timbers burst inwards in a spray "
        "of splinters. Then the orcs were in the courtyard and there was no more order to "
        "anything.\n\n"
        "Edric fought with his back to the well. The first one that came at him he took "
        "under the arm, and felt the sword catch on rib and wrench free. The second had an "
        "axe. It came down on the shield and split it to the boss, and the edge went on into "
        "Edric's forearm, and he saw the white of the bone before the blood came up and hid "
        "it. He cut the creature's legs from under it and drove the point down through its "
        "neck into the cobbles.\n\n"
        "Around him men were screaming. Young Hal lay by the trough with his face gone, "
        "still twitching. The smell of opened bellies filled the yard, sweet and foul.\n\n"
        "Edric tied his arm off with his teeth and a strip of his own cloak and went back "
        "to the wall, because there was nothing else to do.",
        frozenset({"graphic violence", "death/grief"}),
    ),
    (
        "interview-for-the-internship",
        "modern, narrated, figurative, no warning",
        "The interview was a massacre. Jun knew it from the first question, when his mind "
        "went perfectly white and he heard himself describe his greatest weakness as "
        '"probably caring too much about fonts."\n\n'
        "The panel was three people behind a long table, and the one in the middle had the "
        "dead eyes of a shark that had seen everything. She wrote something down. The man "
        "on the left tried to rescue him with an easy one about teamwork, and Jun answered "
        "it by telling a story that had no ending and, somehow, a goat in it.\n\n"
        "By the time they let him go he was bleeding confidence from every pore. He rode "
        "the lift down forty floors with his forehead against the mirrored wall and "
        "composed the text to his sister in his head: *they killed me. they killed me and "
        "buried me and danced on the grave.*\n\n"
        "She replied before he reached the street. *lol. they always say that. you'll get "
        "it.*\n\n"
        "He got it. The email came on Friday, with a start date and a lanyard.",
        frozenset(),
    ),
    (
        "the-governess-and-the-stick",
        "period, narrated",
        "Miss Pringle kept the cane on the schoolroom mantel where the children could see "
        "it while they did their sums. Sophy, who was eight, had learned that it was never "
        "worth crying, because crying was another six.\n\n"
        "That winter her mistakes were punished by standing. She stood at the window with "
        "her face to the cold glass from breakfast until the light went, and if she swayed, "
        "or sat down on the floor, Miss Pringle fetched the cane. Her father was in London "
        "for the session and her mother did not come up to the nursery floor; the maids "
        "knew, and said nothing, because the governess had the housekeeper's ear.\n\n"
        "When Sophy's brother Kit tried to bring her bread in his pocket he was locked in "
        "the linen press all night for it. In the morning the housemaid found him there "
        "with his knees drawn up, too frightened to cry, and lifted him out without a "
        "word, and took him down to the kitchen fire.\n\n"
        "Sophy's hands were marked across the palms until Easter.",
        frozenset({"child abuse"}),
    ),
    (
        "bar-after-the-funeral",
        "modern, dialogue",
        '"Another," said Greg, and pushed his glass across the bar.\n\n'
        '"Mate, that\'s your seventh," the barman said, not unkindly. "You want some '
        'water?"\n\n'
        '"I want another."\n\n'
        "His tie was in his jacket pocket and his eyes had gone loose and red at the "
        "rims. Lou sat on the next stool and watched him sway. She'd driven him from the "
        "crematorium because he'd been in no state then, and he was in less of one now.\n\n"
        '"Greg. Your dad wouldn\'t want—"\n\n'
        "\"Don't. Don't tell me what he'd want.\" The whisky came and he knocked it back and "
        'coughed. "Forty years he drank in here. Forty years. They should put a plaque up." '
        "He laughed and then his face crumpled and he put his forehead down on the bar.\n\n"
        "Lou paid, and got an arm under his, and walked him out into the car park, where he "
        "was sick against the wheel of somebody's van, and then stood swaying and said, "
        "very clearly, \"He's really gone, isn't he,\" and she said yes.",
        frozenset({"alcohol", "death/grief"}),
    ),
    (
        "no-one-was-hurt",
        "modern, negation, no warning",
        "The car went off the road at the bend by the reservoir and rolled once, slowly, "
        "into the soft ditch, and came to rest on its roof with the wheels still turning.\n\n"
        'For a long moment nobody inside it moved. Then Kemi said, upside down, "Is '
        'everyone okay?" and one by one they answered. Nobody was bleeding. Nobody had '
        "broken anything. Arlo had bitten his tongue and was outraged about it. The dog in "
        "the boot barked twice, indignant, and then sat down.\n\n"
        "They crawled out through the windows into wet bracken and stood in a row in the "
        "rain looking at it.\n\n"
        '"Mum is going to kill me," said Kemi.\n\n'
        '"Your mum is going to be glad you\'re not dead," said Arlo, "and then kill you."\n\n'
        "The tow truck took two hours. The paramedic who came with the police checked them "
        "over with a torch, pronounced them lucky idiots, and gave the dog a biscuit. By "
        "nine they were home, and by ten it had become a story they would tell for years.",
        frozenset(),
    ),
    (
        "the-last-letter",
        "period canon, oblique",
        "Eleanor found the letter on the writing-table when she came back from the village, "
        "sealed and addressed to her in Edmund's careful hand, propped against the inkstand "
        "where she could not miss it.\n\n"
        "She knew before she broke the wafer. He had not been himself since the bank failed; "
        "he had sat in the library with the curtains drawn and the fire out, and had not "
        "come to dinner, and had asked her, in a voice she did not know, whether she thought "
        "the children would be better provided for without him. She had laughed at him.\n\n"
        "The letter asked her pardon. It told her where the papers were, and which of the "
        "debts were honourable and must be paid first. It said that he could not face the "
        "disgrace, and that she must not look for him in the lake.\n\n"
        "They dragged the lake for two days. On the third the keeper's boy found his hat "
        "caught in the reeds below the sluice, and in the evening they brought him up.",
        frozenset({"suicide", "death/grief", "mental illness"}),
    ),
    (
        "sleepover-truth-or-dare",
        "modern, dialogue-heavy, no warning",
        '"Truth or dare," said Maisie, pointing the bottle at Leo.\n\n'
        '"Truth. I\'m not licking the floor again."\n\n'
        '"Who was your first kiss?"\n\n'
        'Leo went crimson. "That\'s not fair, you know who."\n\n'
        '"Say it."\n\n'
        '"Fine. It was Hannah Cole at the Year Nine disco and it lasted about one second '
        'and she had just eaten a pickled onion."\n\n'
        "Everybody screamed. Hannah, who was sitting in the corner in a sleeping bag, threw "
        'a pillow at him. "It was a *gherkin*. And you were the one who went in like a '
        'woodpecker."\n\n'
        '"Was not."\n\n'
        '"Were so. You nearly broke my nose."\n\n'
        "The bottle went round again. Maisie had to do an impression of the headteacher; "
        "Sol had to text his mum that he loved her, which she answered with six question "
        "marks. At two in the morning somebody's dad banged on the ceiling and they all "
        "fell silent, shaking with laughter into their pillows, until the house was quiet "
        "and they fell asleep in a heap like puppies.",
        frozenset(),
    ),
    (
        "the-ward-at-night",
        "modern, narrated",
        "The chemo ward at night was never dark. There were the pumps with their small "
        "green numbers, the nurses' station glowing at the end of the corridor, the light "
        "from the car park coming through the blinds in stripes.\n\n"
        "Aoife lay awake and listened to the machine count her fourth cycle into the "
        "cannula in the back of her hand. Her mouth tasted of metal. Her scalp was cold "
        "where the hair had come away in the shower on Tuesday, and she had not yet decided "
        "whether to buy a wig or a scarf or simply stop caring.\n\n"
        "In the next bed Mrs Adeyemi was being sick again, quietly and politely, into a "
        "cardboard bowl. Aoife pressed the call button for her.\n\n"
        '"Thanks, love," Mrs Adeyemi whispered, when the nurse had been and gone. "Three '
        "more of these and they'll scan me again. Then we'll know.\"\n\n"
        '"Then we\'ll know," Aoife agreed, and they lay in the striped dark and did not '
        "talk about what they would know.",
        frozenset({"illness"}),
    ),
    (
        "tea-in-the-garden",
        "period, no warning",
        "Mrs Fairfax poured out, and the conversation turned, as it always did at "
        "Thornleigh, upon the weather and the rector's roses. The weather was fine; the "
        "roses, it was agreed, had never been finer, though the mildew had taken the old "
        "climber by the south wall and Mr Ashby feared it must come down.\n\n"
        '"It is a sad thing to lose an old friend," said the rector\'s sister, who was '
        "fond of the climber.\n\n"
        '"It will be a greater sadness to lose the rest to the blight," said her brother, '
        "and took another macaroon.\n\n"
        "Young Miss Harcourt, who had come for the summer, said very little. She watched "
        "the swallows over the meadow and thought of the ball at Hetherington, and of a "
        "certain gentleman who had twice asked her to dance and twice trodden on her foot, "
        "and whether he would be there again. It was very warm. A wasp drowned itself in the "
        "cream. Mrs Fairfax rang for more hot water, and the afternoon went slowly and "
        "pleasantly by until the shadows reached the tea-table.",
        frozenset(),
    ),
    (
        "what-he-did-in-the-kitchen",
        "modern, narrated, oblique",
        "Sana learned to read the sound of his key in the lock. A quick turn meant a good "
        "day. A slow one, fumbled, meant she should already have the dinner on the table "
        "and the children upstairs.\n\n"
        "Tonight it was slow.\n\n"
        "He did not shout. He never shouted, any more; he only picked up the plate she had "
        "put in front of him and looked at it, and then at her, and set it down very gently "
        "on the floor. Then he took hold of her wrist across the table and turned it, "
        "slowly, until she was on her knees beside the plate.\n\n"
        '"Eat it," he said, "since you think it\'s good enough."\n\n'
        "Afterwards she ran her wrist under the cold tap and wrapped it in a tea towel and "
        "told herself, as she always did, that it was not broken this time. In the morning "
        "she would wear the long-sleeved blouse to work. Her sister would ring at eleven, "
        "as she did every Thursday, and ask if everything was all right at home, and Sana "
        "would say that everything was fine.",
        frozenset({"domestic violence"}),
    ),
    (
        "on-the-roof",
        "modern, dialogue",
        "Finn found her on the roof of the halls, sitting on the parapet with her legs "
        "over the edge and a bottle of her mum's sleeping pills in her lap, unopened.\n\n"
        '"Ellie," he said. "Hey. Can I sit down?"\n\n'
        "She shrugged. He sat, a careful arm's length away, on the right side of the wall.\n\n"
        '"I wasn\'t going to," she said after a while. "I just wanted to see if I could."\n\n'
        '"Okay."\n\n'
        '"Everything\'s so loud. All the time. I thought up here it would be quiet." She '
        "turned the bottle over. \"I've thought about it every day since Christmas, Finn. "
        "Every single day. Isn't that mad.\"\n\n"
        '"It\'s not mad. It sounds really hard." He held out his hand, palm up. "Will you '
        "give me those? And then will you come down and we'll ring someone together? The "
        'night line. Or your GP in the morning. Whatever you want."\n\n'
        "She looked at his hand for a long time. Then she put the bottle in it, and swung "
        "her legs back over the parapet, and started to cry.",
        frozenset({"suicide", "mental illness"}),
    ),
    (
        "the-stable-loft",
        "period canon, narrated",
        "The hay in the loft was warm from the day and smelled of summer. Will pulled Robin "
        "down into it by his shirt-front and kissed him hard, and Robin laughed against his "
        "mouth and fumbled at the buttons of his waistcoat.\n\n"
        '"The grooms—"\n\n'
        '"Are at the fair till dark." Will dragged the shirt over his head and threw it '
        "somewhere. His hands were everywhere, on Robin's bare back, at his belt, and "
        "Robin arched up into them with a sound he would have been ashamed of in daylight. "
        "They moved together in the straw, urgent and clumsy and then not clumsy at all, "
        "until Robin bit down on Will's shoulder to keep from crying out and Will shuddered "
        "and went still over him, breathing hard.\n\n"
        "Afterwards they lay tangled and sticky and picked straw out of each other's hair, "
        "and watched the light go red through the gaps in the boards, and did not speak of "
        "the squire's daughter, or the banns that would be read on Sunday.",
        frozenset({"sexual content"}),
    ),
    (
        "raid-night",
        "modern fandom (heist), dialogue-heavy",
        '"Where the fuck is the van?" Marco hissed into the comm.\n\n'
        '"Two minutes. Shit, there\'s a patrol car on Vine. Stay put."\n\n'
        "\"We don't have two minutes, the alarm's already tripped, for Christ's sake—\"\n\n"
        '"Then bloody run for it, you prick, I\'m not a miracle worker."\n\n'
        'Ana was already at the fire door with the case under her arm. "Stairs," she '
        'said. "Now. Stop arguing with him, you can yell at each other in the car."\n\n'
        "They took the stairs three at a time. On the second landing a guard came round the "
        "corner and Marco put him down with an elbow to the jaw without breaking stride; "
        "the man sat against the wall, dazed, spitting, swearing at them in Portuguese.\n\n"
        '"Sorry, mate," Marco called back.\n\n'
        "The van was at the kerb when they hit the street, Jojo at the wheel grinning like "
        'a lunatic. "Miss me?"\n\n'
        '"Drive, you absolute dickhead," said Ana, and he drove.',
        frozenset({"profanity"}),
    ),
    (
        "grandmother's-teeth",
        "modern, narrated, no warning",
        "Every Sunday we went to Grandma Ruth's for lunch and every Sunday she told the same "
        "story about the war, and the story got a little better each time. By the time I "
        "was twelve she had personally shot down a Messerschmitt with a hockey stick.\n\n"
        '"She was a land girl in Norfolk," my mother said in the car. "She milked cows."\n\n'
        '"The cows were very dangerous," Grandma said, when I asked her. "You have no '
        'idea."\n\n'
        "She kept her teeth in a glass by the bread bin and took them out to eat "
        "toffees, which she said was cheating the dentist. She grew tomatoes in the bath. "
        "She had opinions about the royal family that would have got her arrested in any "
        "other century. When I told her I was going to study history she clapped her hands "
        "and said, \"Then you'll find out I'm a liar,\" and laughed until she had to sit "
        "down.\n\n"
        "She is ninety-four now and still at it. Last week it was a submarine.",
        frozenset(),
    ),
    (
        "the-vicarage-consumption",
        "period canon, oblique",
        "Kitty coughed all through the spring, and by midsummer the coughing had a sound "
        "in it that made her mother leave the room.\n\n"
        "Dr Mallory came on Thursdays. He listened at her back with his ear to a folded "
        "handkerchief, and spoke in the hall afterwards in a low voice, and Kitty heard the "
        "word *Madeira* and the word *winter* and understood that there was to be no "
        "winter at home for her. She was very thin now. Her cheeks had a colour in them "
        "that the curate's wife admired until she saw the basin by the bed with the red "
        "threads in it.\n\n"
        "They moved her sofa into the south parlour where the sun came in. Her sisters took "
        "turns to read to her. When she slept in the afternoons her mother sat with the "
        "Bible open on her knee and did not turn the pages, and watched the coverlet rise "
        "and fall, and counted.",
        frozenset({"illness"}),
    ),
    (
        "after-the-raid-on-the-dock",
        "war, narrated",
        "The siren had stopped an hour ago but the fires along the dock were still going, "
        "and the sky was the colour of a bruise. Peggy went along the rows in the church "
        "hall with the tea urn and tried not to look too closely at anybody.\n\n"
        "They had brought the Pritchard children in at midnight, both of them, wrapped in "
        "the same grey blanket. The warden who carried them had laid them down on the "
        "trestle by the font and covered their faces and then gone outside and stood in the "
        "road for a long time.\n\n"
        "Mrs Pritchard had not been found. Mr Pritchard was at sea.\n\n"
        "At four the vicar came and said a prayer over the trestle, in a voice that kept "
        "going wrong. Peggy poured the tea and handed it out, cup after cup, and when she "
        "came to the end of the row she set the urn down and went into the vestry and "
        "shut the door and wept into the surplices until somebody called for more milk.",
        frozenset({"death/grief"}),
    ),
    (
        "stims-on-the-long-haul",
        "science fiction, narrated",
        "By the third week of the haul Corin was taking the blue stims with his breakfast "
        "and the white ones to come down off the blue. The ship's medic had cut him off "
        "after the second requisition, so he bought them from the engine-room crew at three "
        "times the price and kept them in an empty tin of tooth powder.\n\n"
        "He told himself it was the schedule. Eighteen-hour watches, nobody could do that "
        "clean. But on the off-shifts, too, he would lie in his bunk with his jaw grinding "
        "and his heart going like a drum, and count the hours until he could take another, "
        "and feel the edges of the cabin crawl.\n\n"
        "When the tin ran dry two days out from Ceres he turned his locker inside out, and "
        "then Pell's locker, and then the medbay, and it was there the captain found him, "
        "sweating and shaking on the floor among the spilled vials, trying to read the "
        "labels with eyes that would not focus.",
        frozenset({"drug use"}),
    ),
    (
        "the-jealous-brother",
        "period canon, narrated",
        "Cain and Aldous had quarrelled over the mill since their father's will was read, "
        "and by Michaelmas the whole valley knew it. On the night of the harvest supper "
        "Aldous did not come home.\n\n"
        "They found him in the morning in the millrace, caught against the wheel, with the "
        "back of his head stove in. The miller's boy, who found him, would not speak for "
        "a week. Cain stood on the bank with the rest and looked down at his brother's "
        "body turning slowly in the current and did not change his face at all.\n\n"
        "It was the magistrate's clerk who noticed the mallet was gone from the mill shed, "
        "and the constable who found it, three days later, washed clean and put back on its "
        "hook. By then Cain had married Aldous's widow, and taken the mill, and nobody in "
        "the valley would drink with him.",
        frozenset({"death/grief", "major character death", "graphic violence"}),
    ),
    (
        "she-cuts-the-cake",
        "modern, narrated, near miss, no warning",
        "Ivy's hands were shaking so badly she nearly dropped the knife. Forty people in the "
        "function room, all watching, and her new mother-in-law at the front with a face "
        "like a closed door.\n\n"
        '"Just cut it, babe," Dev murmured. "Nobody\'s grading you."\n\n'
        "She laughed and the blade went in, and the cake gave way with a soft crunch of "
        "sugar, and everybody cheered. Somebody's uncle shouted something filthy about the "
        "wedding night that made the children's table shriek with delight. The photographer "
        "made them do it twice more.\n\n"
        "Later, when the dancing had started and her shoes were under a chair, Ivy found "
        "her new mother-in-law alone by the window, and for the first time the older woman "
        "smiled at her properly.\n\n"
        '"I cried all through mine, you know," she said. "Terrified. Dev\'s father trod on '
        "my train and I sat down on the church steps and wept. It turned out fine. Thirty "
        'years."\n\n'
        "Ivy hugged her, carefully, because of the hat.",
        frozenset(),
    ),
    (
        "the-lieutenant's-hands",
        "period, narrated, aftermath",
        "Since he came back from the Crimea Lieutenant Fane could not sit with his back to "
        "a door. His mother had rearranged the drawing-room chairs twice for him without "
        "remarking on it.\n\n"
        "He slept badly, when he slept. The servants heard him walking the corridor at all "
        "hours; twice the under-housemaid found him at dawn in the garden in his shirt, "
        "standing very still among the wet cabbages as if listening for something. Any "
        "sudden sound — a dropped tray, a door in the wind — and his hands would begin to "
        "shake, and he would put them in his pockets and go white about the mouth and "
        "excuse himself.\n\n"
        "At dinner, when the vicar spoke with enthusiasm of the charge at Balaclava, Fane "
        "set down his fork and looked at the tablecloth for a long moment, and then said "
        "in a perfectly pleasant voice that he had seen the horses afterwards, and left "
        "the table. His mother followed him out. Through the door they heard her saying his "
        "name, over and over, gently, as one speaks to a frightened animal.",
        frozenset({"mental illness"}),
    ),
    (
        "pub-quiz",
        "modern, dialogue-heavy, no warning",
        '"Question seven," said the quizmaster, "for two points: which poison killed '
        'Socrates?"\n\n'
        '"Hemlock," said Bea at once, and wrote it down.\n\n'
        '"How do you *know* that," said Omar.\n\n'
        '"I read. Unlike some."\n\n'
        "\"Question eight: in *Macbeth*, who is 'from his mother's womb untimely ripped'?\"\n\n"
        '"Macduff," said Omar, triumphantly. "GCSE English. Finally it pays off."\n\n'
        "They were third going into the music round, behind the vet nurses and a team of "
        "retired teachers called Quiz Akabusi who had won every week since March. Bea went "
        "to the bar for another round of lime and sodas, because it was a school night, and "
        "came back to find Omar arguing with the next table about whether a tomato was a "
        "fruit.\n\n"
        '"It\'s legally a vegetable in America," he was saying. "There was a court case."\n\n'
        '"Nobody cares, Omar."\n\n'
        "They came second, in the end, by a single point, and Quiz Akabusi bought them "
        "crisps out of pity.",
        frozenset(),
    ),
    (
        "what-the-bruises-were",
        "modern fandom (hockey), dialogue, oblique",
        '"That\'s not from practice," Jack said.\n\n'
        'Eric pulled his shirt down fast. "It\'s nothing. I fell."\n\n'
        '"You fell on four fingers?" Jack kept his voice low; the locker room was emptying '
        'around them. "Bits. Come on."\n\n'
        "For a long moment Eric said nothing. Then, to his skates: \"My dad doesn't — he "
        "doesn't like the figure skating. The videos. Somebody at his church sent him one "
        "of the routines and he saw the costume and he just — he grabbed me. It was only "
        'the once." A pause. "It\'s been more than the once."\n\n'
        '"Since when?"\n\n'
        "\"Since I was about twelve. He'd lock me out in the yard in winter if I cried. Mom "
        "would let me back in after he fell asleep.\" He tried to laugh. \"It's fine. I'm "
        'here now. Four hours from Georgia."\n\n'
        "Jack sat down beside him, very carefully, the way you sit beside something that "
        'might bolt. "It\'s not fine," he said. "But you\'re here now. Yeah."',
        frozenset({"child abuse"}),
    ),
]
