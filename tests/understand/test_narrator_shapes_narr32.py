"""The first-person narrator named once or twice, only inside someone else's line (round
narr32, issue 3): invented scenes in many shapes (a call at a line's start, middle or end;
after an imperative, a greeting, a question, a reproach, an order; a title and surname, a
given name, a surname alone, a nickname; tagged or untagged; the narrator's answer next or
not), each with other people named too, who must never be taken for the narrator."""

from __future__ import annotations

import pytest

from ficshelf.understand.characters import characters_of
from ficshelf.understand.text import paragraph_spans


def narrator_of(text: str) -> str | None:
    found = characters_of(text, paragraph_spans(text), None, "first")
    return found.narrator[0].label if found.narrator else None


# (shape, scene, the narrator's name)
SCENES: list[tuple[str, str, str]] = [
    (
        "start_tagged_given",
        "The ferry was late again, and I had counted the gulls on the rail twice over before "
        "anyone came down the ramp. The wind off the water smelled of diesel and wet rope. A "
        "woman in a yellow coat picked her way between the puddles with a paper bag held to "
        "her chest.\n\n"
        '"Marisol, there you are," said Aunt Pell, pushing the bag into my arms. "Your cousin '
        'Teodor wanted to come, but he has that cough again, and I said no."\n\n'
        "I said nothing. The bag was warm and smelled of oranges and bread. Aunt Pell took my "
        "elbow and steered me toward the car park as if I might bolt for the water.\n\n"
        '"He sends his love," she went on. "Teodor always sends his love. It costs him '
        'nothing."\n\n'
        "The car was where she had left it, two wheels up on the kerb. I put the bag on the "
        "back seat and climbed in beside it, because the front seat was full of knitting, and "
        "we drove off along the harbour road with the wipers going.",
        "Marisol",
    ),
    (
        "imperative_surname_untagged",
        "The office was colder than the street. Somebody had left the window open all night, "
        "and the papers on my desk had curled at the corners like dead leaves. I shut the "
        "window and was still rubbing my hands when the door behind me banged.\n\n"
        "Brannock came in with his coat still buttoned and a file under his arm. He did not "
        "look at the window or at the papers. He dropped the file on the chair I had meant to "
        "sit in.\n\n"
        '"Sit down, Halvorsen. Not there. There."\n\n'
        "I sat where he pointed. The chair wobbled, as it always had, and I put my foot "
        "against the desk leg to steady it.\n\n"
        '"The Pryce business," he said. "It came back. Somebody wants it looked at again, and '
        'upstairs thinks that somebody should be you."\n\n'
        "I opened the file. The first page was a photograph of a house I had hoped never to "
        "see again, its shutters closed and its garden gone to seed. I turned it face down "
        "and waited for him to tell me why.",
        "Halvorsen",
    ),
    (
        "greeting_title_described_tag",
        "The hotel had changed its carpets since my last visit, but not its smell of polish "
        "and boiled cabbage. I stood in the lobby with my case and let the revolving door "
        "push the cold in behind me.\n\n"
        '"Good evening, Mr. Quenby," the porter said, coming round the desk. "We had your '
        'letter. The same room as before, if that suits."\n\n'
        "It suited. He took the case from me before I could argue and went ahead up the "
        "stairs, talking over his shoulder about the weather and the trains and a man in "
        "number nine who played the cello at night.\n\n"
        '"Mrs. Ashdown complained," he said. "Twice. But he pays in advance, so."\n\n'
        "The room was small and clean. The bed had the same dip in the middle, the window the "
        "same view of the chimney pots. I gave him a coin and he touched his cap and left me "
        "there, and for a while I only stood by the window and listened for the cello, which "
        "did not come.",
        "Mr. Quenby",
    ),
    (
        "question_end_after_own_line",
        "We had been walking for an hour and the path had not got any shorter. My boots were "
        "full of grit. Ahead of me my sister swung her stick at the nettles as if each one had "
        "insulted her.\n\n"
        '"I think we missed the turning," I said.\n\n'
        '"We did not miss the turning. Are you deaf as well as blind, Tamsin?"\n\n'
        "I was neither, but I let it go. The map was in her pocket and she would not give it "
        "up, not for me and not for the farmer who had offered, an hour before, to show us the "
        "way.\n\n"
        "At the top of the rise we stopped. Below us the valley opened out, green and empty, "
        "with a church tower at the far end that neither of us recognised. My sister looked at "
        "it for a long time without speaking.\n\n"
        '"That is not Alderbury," she said at last.\n\n'
        '"No," I said. "It is not."\n\n'
        "She took the map out then, and we sat on a stone together and read it.",
        "Tamsin",
    ),
    (
        "reproach_middle_pronoun_tag",
        "The shop bell rang as I came in with the crate, and my uncle looked up from the "
        "counter with his spectacles pushed onto his forehead. He did not smile.\n\n"
        '"You should have known, Ellery, that the pears would not keep," he said. "I told you '
        'on Monday. I told you on Tuesday."\n\n'
        "I set the crate down. The pears on top were brown and soft, and a smell of cider rose "
        "from them. I did not say that he had told me nothing of the kind, because it would "
        "have made no difference.\n\n"
        '"Mrs. Fairlie will want hers all the same," he went on, taking the spectacles down. '
        '"She always wants hers. Pick out the best six and take them round."\n\n'
        "I picked out six that were only a little bruised and put them in a paper bag. My "
        "uncle watched me do it, his mouth tight, and when I went out the bell rang again "
        "behind me like an afterthought.",
        "Ellery",
    ),
    (
        "order_nickname_tagged",
        "The roof had been leaking since the storm, and nobody had done anything about it but "
        "put a bucket under the drip. I was emptying the bucket for the third time that "
        "morning when my father came out of the barn.\n\n"
        '"Fetch the ladder, Pip," he called across the yard. "And the tarpaulin from the shed. '
        'We will do it before the rain comes back."\n\n'
        "I fetched them. The ladder was heavier than it looked and I dragged it the last few "
        "yards, leaving two long scars in the mud. My father held it while I climbed.\n\n"
        "From the top I could see over the hedge to the Maddocks' farm, where old Maddock was "
        "standing in his own yard looking at his own roof. He waved. I did not dare wave back.\n\n"
        '"Hold it flat," my father said from below. "Flat, I said. Now the nails."\n\n'
        "I held it flat and he passed up the nails one by one.",
        "Pip",
    ),
    (
        "miss_surname_answer_next",
        "The schoolroom smelled of chalk and wet wool. Twenty small faces turned toward me as "
        "I came in, and twenty small mouths fell silent at once, which I had not expected and "
        "did not trust.\n\n"
        "Mrs. Coyle rose from the desk at the front. She was a tall woman with a grey bun and "
        "a watch pinned to her chest, and she looked me over as if I were a parcel that had "
        "come to the wrong address.\n\n"
        '"You will be Miss Ravensworth," Mrs. Coyle said. "We expected you on Thursday."\n\n'
        '"The train was cancelled," I said. "I sent a telegram."\n\n'
        '"No telegram came." She turned to the class. "Children, this is your new teacher. '
        'You will be good for her, as you were good for Mr. Abney."\n\n'
        "Somebody at the back laughed and turned it into a cough. Mrs. Coyle did not look "
        "round. She handed me the register and the chalk, and went out, and I was left alone "
        "with them.",
        "Miss Ravensworth",
    ),
    (
        "doctor_third_person_talked_about",
        "The night shift had been quiet until two, and then it had not been quiet at all. By "
        "four I had stitched a hand, set a wrist and sent a drunk home in a taxi, and I was "
        "drinking cold tea in the staff room when the door opened.\n\n"
        '"Dr. Okafor, the man in bay three is asking for you," the sister said. "He says Dr. '
        'Fenn promised him something for the pain and never came back."\n\n'
        "I put the tea down. Fenn had gone home at midnight, as Fenn always did, leaving a "
        "trail of promises behind him like a man dropping coins.\n\n"
        '"What did he have?" I asked.\n\n'
        '"Nothing written up," she said. "That is the trouble."\n\n'
        "I went to bay three. The man was grey and sweating and very polite, and he apologised "
        "for troubling me three times before I had even looked at his chart. I wrote him up "
        "for something and sat with him until it worked.",
        "Dr. Okafor",
    ),
    (
        "listening_then_called",
        "I was in the window seat with a book when they came in, and neither of them noticed "
        "me at first. Gerald flung himself into the armchair and my grandmother stood over "
        "him with her hands on her hips.\n\n"
        '"Gerald, you are a fool," she said. "A perfect fool. You will write to the bank '
        'tomorrow and you will apologise."\n\n'
        "Gerald said he would do no such thing. He said it at some length. My grandmother let "
        "him finish, and then she turned, and saw me, and her face changed.\n\n"
        '"Bertram, how long have you been sitting there?"\n\n'
        "Long enough, I might have said. Instead I said that I had been reading, and held up "
        "the book as evidence. She looked at it, and at me, and at Gerald, who had gone red to "
        "the ears.\n\n"
        '"Go and find your mother," she said. "Now, please."\n\n'
        "I went. Behind me the door closed, and the voices started again, lower.",
        "Bertram",
    ),
    (
        "named_twice_untagged_beat",
        "The stall had been there every Saturday for as long as I could remember, and the "
        "woman who kept it had not changed either. She was weighing apples when I came up, "
        "her scale tipping and settling.\n\n"
        'She looked up and laughed. "Rosalind! I thought you had gone to the city for good."\n\n'
        "I said I had, and that I had come back for the weekend, and that the city was much "
        "the same as she had always said it would be. She laughed again.\n\n"
        '"Your mother was here last week," she said. "Buying plums. She said you never write."\n\n'
        "I bought a bag of apples I did not want, because it seemed the thing to do. She "
        "weighed them and then put in two more without weighing them.\n\n"
        'She pressed the bag into my hands. "Come again, Rosalind. Don\'t leave it so long."\n\n'
        "I said I would not, and walked off through the crowd with the apples knocking against "
        "my knees.",
        "Rosalind",
    ),
    (
        "call_end_of_long_line_tagged_name",
        "The rehearsal had gone badly and everyone knew it. The pianist was packing up his "
        "music with exaggerated care, and the chorus had drifted off into the wings in twos "
        "and threes. I stayed at the front of the stage, because I had not been told I could "
        "go.\n\n"
        '"The second act is a disaster and the third is worse, and I will not have it said '
        'that I did not warn you, Fenwick," Lavinia said.\n\n'
        "She said it to me, but she said it loudly, so that the pianist would hear, and the "
        "chorus, and the man with the lights. I nodded. It seemed safest.\n\n"
        '"Mr. Dorrance will be here on Friday," she went on. "He will want to see the whole '
        'thing. The whole thing, mind."\n\n'
        "I said that I understood. Lavinia looked at me a moment longer, then swept off, and "
        "the pianist, who had been pretending not to listen, let out a long breath and closed "
        "the lid of the piano.",
        "Fenwick",
    ),
    (
        "sergeant_order_third_person",
        "The rain had come through the tent in the night and everything I owned was damp. I "
        "was wringing out my socks when the flap opened and the lieutenant put his head in.\n\n"
        '"Sergeant Mulcahy, you will take six men up to the ridge at first light," he said. '
        '"Corporal Ives is to stay with the guns. Is that understood?"\n\n'
        "It was understood. I put on the wet socks and went out to find six men who were not "
        "asleep, which took longer than it should have. Ives was sitting by the fire with his "
        "boots off, and he looked up at me as if I had come to rob him.\n\n"
        '"The ridge," he said. "In this."\n\n'
        '"Not you," I said. "You get the guns."\n\n'
        "He grinned then and went back to his boots. I found my six, and we set off up the "
        "slope in the grey half-light with the water running down our collars.",
        "Sergeant Mulcahy",
    ),
    (
        "title_only_line_then_talk",
        "The house was dark when I let myself in, but there was a light under the study door, "
        "and I knew before I opened it who would be waiting.\n\n"
        "The old man was sitting at his desk with the lamp drawn close. He did not look up "
        "at once. When he did, it was over the top of his spectacles.\n\n"
        '"Mr. Thackeray."\n\n'
        "I said good evening. He took the spectacles off and folded them and set them on the "
        "blotter, square to its edge, the way he did everything.\n\n"
        '"You were at the Harrowgates\' again," he said. "Do not trouble to deny it. Lady '
        'Harrowgate wrote to me herself."\n\n'
        "I did not trouble to deny it. I stood by the door with my hat in my hands while he "
        "told me what Lady Harrowgate had written and what he thought of it, and when he had "
        "finished I said goodnight again and went up to bed.",
        "Mr. Thackeray",
    ),
    (
        "surname_alone_question_start",
        "The match was over and we had lost by a distance that no one wanted to talk about. I "
        "sat on the bench in the changing room and unlaced my boots very slowly.\n\n"
        "The coach came in and shut the door behind him. He stood there with his clipboard "
        "and looked at each of us in turn.\n\n"
        '"Dunmore, what were you doing in the second half?"\n\n'
        "I said I did not know. It was true. The whole second half had gone past like "
        "something seen from a train.\n\n"
        '"Kettering was open three times," he said. "Three times. I counted. And you passed '
        'to nobody."\n\n'
        "Kettering, on the next bench, studied his feet. I studied mine. The coach waited for "
        "one of us to say something, and when neither of us did he sighed, and tore the top "
        "sheet off his clipboard, and screwed it into a ball.\n\n"
        '"Training at six," he said. "All of you."',
        "Dunmore",
    ),
    (
        "nickname_greeting_sibling",
        "I was halfway up the drive when the front door flew open and my brother came out at "
        "a run, barefoot on the gravel, shouting something I could not hear.\n\n"
        "He reached me and threw his arms round my neck so hard that I dropped my bag.\n\n"
        '"Bunty! Mum said you would not come till Sunday."\n\n'
        "I said I had caught an earlier train. He did not care how I had come. He picked up "
        "the bag, which was nearly as big as he was, and staggered with it toward the house, "
        "talking the whole way about the dog and the new neighbours and a boy at school "
        "called Ravi who could whistle through his fingers.\n\n"
        "My mother was in the doorway, drying her hands on a tea towel. She did not run, but "
        "she came down the steps to meet me, and she held on a long time.\n\n"
        '"You look thin," she said into my hair.\n\n'
        "I said I was not, and we went in together.",
        "Bunty",
    ),
    (
        "call_in_other_person_name_mentioned_first",
        "Clement had said there would be six of us for dinner, but when I got there the table "
        "was laid for eight, and two of the places had cards with names I did not know.\n\n"
        '"The Varleys," Clement said, seeing me look. "Harriet insisted. You will like them. '
        'Or you will not, and then you can tell me so afterwards, Ottoline, as you always do."\n\n'
        "I said I always liked everyone, which made him laugh. Harriet came in from the "
        "kitchen then with a dish of potatoes and told him to stop laughing and open the "
        "wine.\n\n"
        "The Varleys arrived late and apologised for it all evening. Mr. Varley talked about "
        "fishing and Mrs. Varley talked about Mr. Varley. I sat between them and passed the "
        "salt back and forth and thought about the last train home.\n\n"
        "Afterwards Clement walked me to the gate. He did not ask me what I had thought, and I "
        "did not tell him.",
        "Ottoline",
    ),
    (
        "dash_reproach_surname_untagged_after_own",
        "The ledger was open on the desk, and the column at the bottom of the page did not "
        "add up. I had added it four times.\n\n"
        '"It is out by eleven pounds," I said.\n\n'
        '"Eleven pounds. Do you know what eleven pounds is, Pettigrew? It is a month of my '
        'wages."\n\n'
        "Mr. Sallis was standing at my shoulder. I had not heard him come in. He smelled of "
        "peppermints and the cold, and his breath stirred the hair on my neck.\n\n"
        '"I will find it," I said.\n\n'
        '"You will find it tonight."\n\n'
        "He went out. I heard him in the passage, speaking to the boy who swept the floors, "
        "and then the street door, and then nothing. The lamp hissed. I turned back to the "
        "first page of the month and began again, one line at a time, with my finger under "
        "each figure, the way my father had taught me when I was a child.",
        "Pettigrew",
    ),
    (
        "lady_title_given_name_greeting",
        "The garden party was in full cry by the time our carriage came up the avenue. There "
        "were tents on the lawn and a band playing something martial, and the smell of "
        "crushed grass and strawberries came in at the window.\n\n"
        "Our hostess met us at the foot of the terrace steps. She kissed my mother on both "
        "cheeks and then held me at arm's length.\n\n"
        '"Lady Cressida, how you have grown!" she cried. "And how like your poor father. '
        'Lord Ambrey would have been so proud."\n\n'
        "I said something polite. My mother's hand tightened on my arm, the way it did "
        "whenever anyone mentioned my father, and she led me away toward the tents before "
        "our hostess could say more.\n\n"
        '"Smile," my mother said under her breath. "Everyone is looking."\n\n'
        "Everyone was. I smiled until my face ached, and drank a glass of lemonade, and "
        "counted the minutes until we could decently leave.",
        "Lady Cressida",
    ),
    (
        "two_people_called_narrator_second",
        "There were three of us in the boat and only two oars, which meant somebody had to "
        "sit in the stern and steer, and that somebody was always me.\n\n"
        "Aldous pulled on the left, Francine on the right, and the boat went round in a slow "
        "circle while they argued about whose fault it was.\n\n"
        '"Francine, you are pulling too hard," Aldous said.\n\n'
        '"I am pulling exactly as hard as I need to. Tell him, Juniper. Tell him he is '
        'useless."\n\n'
        "I told them both to stop. Nobody listened. The boat went round again, and a duck "
        "that had been watching us from the reeds gave up and swam away.\n\n"
        "In the end I took Aldous's oar and he took the tiller, and we got to the island in "
        "ten minutes. Francine did not speak to either of us all the way there. When we "
        "landed she jumped out first and walked off up the beach without looking back.",
        "Juniper",
    ),
    (
        "mention_only_in_line",
        "My landlady was on the stairs when I came in, with a duster in one hand and a letter "
        "in the other. She held the letter out to me as if it might bite.\n\n"
        '"This came for you this morning," she said. "From a solicitor. I said to my sister, '
        "I said, whatever can Mr. Lindqvist want with a solicitor? A nice quiet young man "
        'like that."\n\n'
        "I thanked her and took the letter. She did not move from the stairs, so I could not "
        "get past her, and she did not stop looking at the envelope in my hand.\n\n"
        '"Not bad news, I hope," she said.\n\n'
        "I said I did not know yet. She waited. I put the letter in my pocket, unopened, and "
        "she sighed and stood aside, and I went up to my room and sat on the bed and looked at "
        "the envelope for a long time before I opened it.",
        "Mr. Lindqvist",
    ),
    (
        "call_after_yes_tagged_other",
        "The interview room had no window and the light buzzed. The woman across the table "
        "had been writing for ten minutes without looking at me.\n\n"
        "At last she capped her pen.\n\n"
        '"Yes, well, Mr. Adeyemi, I think that will be all for now," she said. "We will be in '
        'touch. Mr. Crane will see you out."\n\n'
        "Mr. Crane was the young man by the door. He opened it for me and walked me down a "
        "long corridor lined with photographs of men in suits shaking hands with other men in "
        "suits. He did not speak until we reached the lift.\n\n"
        '"She liked you," he said then. "I can always tell."\n\n'
        "I asked how. He shrugged and pressed the button for me, and the doors closed on his "
        "smile, and I rode down alone with my reflection in the brass, wondering whether I had "
        "said anything at all that I meant.",
        "Mr. Adeyemi",
    ),
    (
        "question_middle_beat_named",
        "The snow had closed the pass, and the inn was full of people who had meant to be "
        "somewhere else. I had found a corner by the fire and meant to keep it.\n\n"
        "Orsolya came across the room with two mugs and put one down in front of me without "
        'asking. "And what brings you up the mountain, Kasimir, in weather like this?"\n\n'
        "I said I had business in the town on the other side. She raised her eyebrows and "
        "sat down opposite, wrapping her hands round the other mug.\n\n"
        '"Business," she said. "Everyone has business. The priest has business. The man with '
        'the goats has business."\n\n'
        "The man with the goats, hearing himself spoken of, looked up from the bar and "
        "nodded to us gravely. Orsolya nodded back.\n\n"
        "I drank the wine. It was hot and sweet and tasted faintly of cloves, and for a while "
        "neither of us said anything more, and the snow went on falling past the window.",
        "Kasimir",
    ),
    (
        "whisper_tag_surname_master",
        "Chapel was long that morning, and I had been kneeling so long that my knees had "
        "stopped hurting and started to feel as if they belonged to someone else.\n\n"
        "Beside me, Hollis shifted and leaned close.\n\n"
        '"Master Penrose wants you after," he whispered. "He knows about the window."\n\n'
        "I said nothing. The chaplain was reading from the Epistles in his flat, patient "
        "voice, and the light through the cracked pane lay across the floor in front of us "
        "like an accusation.\n\n"
        "After the blessing we filed out, and Master Penrose was waiting at the door with his "
        "hands behind his back.\n\n"
        '"This way, Tregarthen," he said, and turned without waiting to see if I followed.\n\n'
        "I followed. Hollis watched me go, his face white. I would have given a good deal to "
        "know what he had told them, and a good deal more not to be walking down that "
        "corridor.",
        "Tregarthen",
    ),
    (
        "exclaim_reproach_end",
        "I came in through the back door with the dog at my heels and mud up to my knees, "
        "and my mother turned from the stove and looked at us both.\n\n"
        '"Look at the state of you! Boots off, Wilhelmina, and that animal stays in the '
        'porch."\n\n'
        "The animal did not stay in the porch. It went under the table and lay down there "
        "with a sigh, as if it had done a hard day's work, which it had not.\n\n"
        "I took my boots off. My father looked up from his paper and winked at me, then went "
        "back to it before my mother could see.\n\n"
        '"Your grandmother is coming at four," my mother said. "I want that dog washed and '
        'you washed and the parlour dusted. In that order."\n\n'
        "I asked if the dog could do the dusting. My father laughed behind the paper. My "
        "mother did not laugh, but her mouth twitched, and she turned back to the stove.",
        "Wilhelmina",
    ),
    (
        "two_calls_other_person_name_in_narration",
        "Harkness met me at the gate with a lantern, though it was not yet dark. He had "
        "always been a careful man.\n\n"
        '"Evening, Captain Loveday," he said. "They are all in the long room. Mrs. Harkness '
        'has made a pie."\n\n'
        "I thanked him and walked up the path beside him. The house looked smaller than I "
        "remembered. The ivy had got into the gutters and somebody had painted the door a "
        "colour I did not like.\n\n"
        "In the long room a dozen people rose when I came in. I knew perhaps half of them. An "
        "old woman by the fire held out both her hands.\n\n"
        '"Captain Loveday. We had given you up."\n\n'
        "I took her hands and said that I was sorry to have kept them waiting. She did not "
        "let go. Her fingers were cold and very thin, and I stood there holding them while "
        "Harkness went round the room lighting the lamps.",
        "Captain Loveday",
    ),
    (
        "call_after_comma_mid_sentence_nickname_tagged_by_name",
        "The kitchen at the Blue Anchor was hot as a furnace by eleven, and by twelve it was "
        "hotter. I had burned my wrist twice on the grill and stopped counting.\n\n"
        '"Table six wants the fish, and, Sparrow, for God\'s sake, not like last time," Dominik '
        "shouted through the hatch.\n\n"
        "Last time had not been my fault. Last time the fish had been three days old and "
        "Dominik had known it. But I did not say so, because nobody said things to Dominik on "
        "a Saturday night.\n\n"
        "Beside me Agnieszka was plating desserts with the care of a surgeon. She caught my "
        "eye and shook her head very slightly.\n\n"
        '"Leave it," she murmured. "He is like this every week."\n\n'
        "I left it. I cooked the fish, and it was good, and nobody said so, and by one in the "
        "morning I was sitting on an upturned crate in the yard with a cigarette I did not "
        "want and my wrist in a bowl of cold water.",
        "Sparrow",
    ),
    (
        "inverted_tag_title_rank",
        "The colonel's tent was the only one with a floor, and he liked visitors to notice "
        "it. I noticed it. I stood on it, dripping, while he finished his letter.\n\n"
        '"Ah, Lieutenant Vasquez," said the colonel, blotting the page. "Good of you to come. '
        'I hear Major Thorne has been unhappy with you."\n\n'
        "Major Thorne was unhappy with everyone. I said so, in rather more careful words. The "
        "colonel smiled thinly and folded the letter in three.\n\n"
        '"Be that as it may," he said. "I have a job for you. A dull one, I am afraid. The '
        'supply wagons are going astray between here and the river."\n\n'
        "He explained at length. I listened, and nodded, and watched the rain drip from the "
        "tent's ridge into a tin cup that someone had set there for the purpose, and wondered "
        "how long it would take to fill. It was half full already, and the rain showed no "
        "sign of stopping.",
        "Lieutenant Vasquez",
    ),
    (
        "called_in_line_to_another_present",
        "Grandfather was telling the story again, the one about the flood, and my cousin "
        "Wendell was pretending to listen. I was at the other end of the table shelling peas "
        "into a bowl.\n\n"
        '"And the water came up to here, Wendell, to here," Grandfather said, holding his hand '
        'flat at his chest. "And your grandmother standing on the table with the cat."\n\n'
        "Wendell said yes, he remembered. He could not have remembered. He was not born.\n\n"
        "Grandfather turned and saw me, and pointed with his pipe.\n\n"
        '"Ask Magdalena. She has heard it more than you have. Haven\'t you, Magdalena?"\n\n'
        "I said I had, many times, and that it got better every time. He beamed, and went on "
        "with it, and the water rose a little higher than it had the last time, and the cat "
        "became two cats. Nobody corrected him. Nobody ever did, and the peas went on "
        "rattling into the bowl.",
        "Magdalena",
    ),
    (
        "professor_surname_untagged_after_beat_pronoun",
        "The seminar room was empty except for the radiator, which knocked and gurgled as if "
        "something were trapped inside it. I spread my notes out and waited.\n\n"
        "The students came in one at a time, shaking the rain off. The last of them was a "
        "thin girl with enormous glasses who sat as far from me as the room allowed. She put "
        "up her hand before I had said a word.\n\n"
        '"Professor Lindgren, is it true the essay is due on Monday? Because Dr. Obi said '
        'Wednesday."\n\n'
        "I said it was Wednesday. A sigh went round the table. Somebody at the end wrote "
        "something down and underlined it twice.\n\n"
        '"And is it true we can write on anything?"\n\n'
        "Within reason, I said. The girl in the glasses looked unconvinced. I asked them to "
        "open their books at the first chapter, and heard the pages turn, and felt the "
        "radiator knock once more, like a late arrival.",
        "Professor Lindgren",
    ),
    (
        "goodbye_call_end_scene",
        "The station was almost empty. A porter was sweeping the far platform, and the "
        "clock over the booking office said seven minutes to the hour.\n\n"
        "Imre stood beside me with his hands in his pockets. He had not said much since we "
        "left the house. Neither had I.\n\n"
        "The train came in slowly, breathing steam. I picked up my case. He took it from me "
        "and lifted it onto the rack himself, and then stood back on the platform while I "
        "found a seat by the window.\n\n"
        "The guard blew his whistle. Imre put his hand flat against the glass.\n\n"
        '"Write to me, Zsófi," he said. "Promise."\n\n'
        "I promised. The train moved. He walked beside it for a few steps and then stopped, "
        "and I watched him grow small on the platform until the curve of the line took him "
        "away, and then I sat back and closed my eyes.",
        "Zsófi",
    ),
    (
        "answered_call_question_my_name",
        "The queue at the council office went out of the door and halfway down the steps. I "
        "had brought a book, but I did not read it. Nobody read anything. We all watched the "
        "little red numbers over the counter.\n\n"
        "When my number came up at last, the woman behind the glass did not look up.\n\n"
        '"Name?"\n\n'
        "I told her. She typed it.\n\n"
        '"Right. Mr. Okonjo, you filled in the wrong form," she said. "This one is for '
        'businesses. You want the blue one. Mrs. Delacroix at the end will give you one."\n\n'
        "Mrs. Delacroix at the end had gone to lunch. I stood by her empty chair for a while, "
        "and then I went back to the queue, and took another number, and sat down, and this "
        "time I read my book, all of it, nearly to the end, while the red numbers crept "
        "upward one at a time over the counter.",
        "Mr. Okonjo",
    ),
    (
        "warning_untagged_after_own_then_named_again",
        "The ice on the pond looked thick enough, and it was three weeks since the last thaw, "
        "and I was twelve and immortal.\n\n"
        '"I am going across," I said.\n\n'
        '"You are not. Come back here this minute, Cornelius, or I tell Father."\n\n'
        "My sister stood on the bank in her red scarf with her arms folded. I was already "
        "three steps out. The ice creaked but did not crack, and I took another step, and "
        "another.\n\n"
        "Halfway across I turned round to wave to her. That was when it went. I remember the "
        "sound more than the cold, a flat crack like a gun going off, and then the water "
        "closing over my head.\n\n"
        "She got me out with a branch. I do not know how. She was nine. She dragged me up the "
        "bank and sat on me and hit me until I breathed.\n\n"
        '"Cornelius, you idiot," she said, crying. "You stupid, stupid idiot."',
        "Cornelius",
    ),
    (
        "telephone_greeting_given",
        "The phone rang at half past two in the morning, and I knew before I picked it up "
        "that it would not be good news.\n\n"
        "\"Is that you, Ingrid? It's Beatrix. I'm sorry, I know what time it is.\"\n\n"
        "I said it did not matter. It did matter; I had an early start. But her voice was "
        "strange and high, and I sat up in bed and switched on the lamp.\n\n"
        '"It\'s Dad," she said. "They took him in an hour ago. The hospital rang me. I '
        "didn't know who else to call.\"\n\n"
        "I asked which hospital. She told me. I wrote it on the back of an envelope with a "
        "pen that kept running dry, and said I would be there as soon as I could, and she "
        "said thank you, thank you, twice, and rang off.\n\n"
        "I sat for a moment with the phone in my lap. Then I got up and found my clothes.",
        "Ingrid",
    ),
]


# Shapes still missed (no narrator found; none wrongly named). Round fp40 found three more
# ("Dunmore, what ...?", "Professor Lindgren, is it true ...?", "Is that you, Ingrid?"): an
# untagged line the narrator answers in the next paragraph ("I said I did not know."); round
# fp40b one more ('"Mr. Thackeray."' alone, answered: a call).
MISSED = {
    # '"Sit down, Halvorsen."' untagged, the narrator's "I sat" next: half a call alone.
    "imperative_surname_untagged",
    # "Bertram, how long ...": joined as a pet name to Gerald, whose words the narration
    # before reports ("Gerald said he would do no such thing").
    "listening_then_called",
    # "You will be Miss Ravensworth," Mrs. Coyle said: a mention, not a call (half weight).
    "miss_surname_answer_next",
    # "Bunty!" alone, an unknown word as a call: never a name candidate.
    "nickname_greeting_sibling",
    # "Tell him, Juniper": joined as a pet name to Aldous, whose line came before.
    "two_people_called_narrator_second",
    # "whatever can Mr. Lindqvist want": talked about, never called.
    "mention_only_in_line",
    # "Boots off, Wilhelmina": untagged, the next paragraph is about the dog.
    "exclaim_reproach_end",
}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            text,
            name,
            id=shape,
            marks=pytest.mark.xfail(strict=True, reason="a shape still missed")
            if shape in MISSED
            else (),
        )
        for shape, text, name in SCENES
    ],
)
def test_the_narrator_named_in_another_persons_line_is_found(text: str, name: str) -> None:
    assert narrator_of(text) == name


@pytest.mark.parametrize(
    ("text", "name"), [(t, n) for _, t, n in SCENES], ids=[s for s, _, _ in SCENES]
)
def test_no_one_else_is_taken_for_the_narrator(text: str, name: str) -> None:
    # A third person the speaker talks about, or one a line is said to while the narrator
    # listens, is never the narrator: the scene finds its narrator or no one.
    assert narrator_of(text) in (name, None)


# The narrator's own untagged line calling someone the narration knows only by a
# description or a pronoun, then the narrator acting ("I held out my hand."), or after
# narration that has the narrator as its object ("The child stared at me."): the one
# called is no narrator. (Reading "I ..." next, or "me" just before, as another's line to
# the narrator found five more of the scenes above and named each of these instead.)
OWN_CALLS = [
    (
        "The boy was on the wall again, legs dangling over the drop.\n\n"
        '"Eddie, get down from there."\n\n'
        "I held out my hand. He looked at it and did not take it.\n\n"
        '"Make me," he said.\n\n'
        "I did not try. I sat on the grass and waited until he climbed down on his own."
    ),
    (
        "The child in the doorway stared at me.\n\n"
        '"Lottie, what is it? Bad dream?"\n\n'
        "She nodded. I lifted the blanket and she climbed in beside me, cold feet and all."
    ),
    (
        "The old man at the gate was asleep on his stool.\n\n"
        '"Wake up, Barnaby. The cart is here."\n\n'
        "I said it twice more before he stirred."
    ),
]


@pytest.mark.parametrize("text", OWN_CALLS)
def test_the_narrators_own_untagged_call_names_no_narrator(text: str) -> None:
    assert narrator_of(text) is None
