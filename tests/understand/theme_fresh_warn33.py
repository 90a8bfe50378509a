"""The eighth recall round (round warn33): 61 short scenes (80–200 words) in the manner of
fan fiction on 19th- and early-20th-century canons, written for round warn33 of the warnings
(docs/history/warnings.md) before any change of that round, and frozen here. Each shows one warning
(sometimes two) in the indirect wording a fan writer uses — a drink poured and "another",
laudanum, a fever, a cough that worsens, a grave, a blow, a mistress, being "with child",
"damn" and "blasted" — and 14 carry none: a warning's word used figuratively, negated or in
another sense ("in low spirits", "a dead end", "sick of it", "fever pitch", "her mistress").
Names are invented; no story's or LitBank's sentences. Scored by
``scripts/warning_fresh_scenes.py --round eighth``; the scenes the round's rules still miss
are strict xfails in ``test_theme_round_warn33.py``.
"""

from __future__ import annotations

# (name, register, text, the warnings a reader would tag)
EIGHTH_SCENES: list[tuple[str, str, str, frozenset[str]]] = [
    # ---- alcohol
    (
        "another-glass",
        "period, narrated, drink poured and another",
        "Mr Allingham poured himself a glass of brandy as soon as the ladies had gone up, and "
        "then another, and stood at the window with it while the candles guttered. By the "
        "time Frederick came down he had poured a third and the decanter stood nearly empty "
        "on the tray.\n\n"
        '"You will not tell your mother," he said, and his voice was thick. He set the '
        "glass down too hard and it rang against the wood. Frederick said nothing. He had "
        "seen his father like this every night since Christmas, and he had learned to say "
        "nothing, and to take the candle away before it could be knocked over.",
        frozenset({"alcohol"}),
    ),
    (
        "the-gin-shop",
        "period, narrated, gin",
        "Mrs Crewe had been at the gin again. Polly knew it before she was through the door: "
        "the sweet sour reek of it on her shawl, the way she sat slumped by the dead grate "
        "with her bonnet crooked and her mouth slack. The rent money was gone from the tea "
        "caddy, every penny of it, and there was a stone bottle under the chair with a "
        "swallow left in the bottom.\n\n"
        "Polly took the bottle and poured the last of it into the slop pail. Her mother "
        "woke at the sound and wept and called her a hard, ungrateful girl, and then fell "
        "asleep again with her cheek on the table.",
        frozenset({"alcohol"}),
    ),
    (
        "the-flask",
        "period, narrated, a flask in the coat",
        "The colonel kept a silver flask in the inside pocket of his greatcoat, and Edmund "
        "had long since stopped pretending not to notice how often it came out. Before "
        "church. After breakfast. Twice on the drive to the Hall, when he thought nobody was "
        "looking. By the evening his hands were steady again and his eyes were not, and he "
        "called for the whisky before the soup was cleared.\n\n"
        "He was a different man sober, Edmund thought — shorter in his temper, grey about "
        "the mouth — and it had been a long while since anyone had seen him sober after "
        "noon.",
        frozenset({"alcohol"}),
    ),
    (
        "port-and-claret",
        "period, narrated, in his cups",
        "By midnight the young men were well into their third bottle of claret, and Tom "
        "Ashby was singing. He sang badly and loudly, with one boot on the table, and when "
        "the landlord came in to complain Tom threw an arm round his neck and swore he was "
        "the best fellow in Hampshire. Harry had to hold him up on the stair. He was sick "
        "in the yard, and sick again in the chaise, and slept the whole of the next day "
        "with the curtains drawn, groaning whenever anyone opened the door.",
        frozenset({"alcohol"}),
    ),
    # ---- drug use
    (
        "twenty-drops",
        "period, narrated, laudanum",
        "Lady Arabella counted the drops into the water glass by candlelight: twenty, as "
        "Dr Pell had said. Then she sat looking at them, and at the little brown bottle, "
        "and added twenty more. The pain in her back had been bad since the autumn, but it "
        "was not the pain any longer; it was the long grey hours before dawn, and the way "
        "the laudanum smoothed them over until there was nothing in them at all.\n\n"
        "Her maid had begun to notice how quickly the bottles emptied. Lady Arabella sent "
        "to a different chemist now, in a different street, and paid for the bottles "
        "herself.",
        frozenset({"drug use"}),
    ),
    (
        "the-morocco-case",
        "period, narrated, the syringe",
        "Watson came in to find the curtains drawn at three in the afternoon and his friend "
        "stretched on the sofa in his dressing-gown, the morocco case open on the table "
        "beside him. The sleeve of his shirt was still pushed up, and the forearm was dotted "
        "with the little marks Watson had come to dread.\n\n"
        '"Morphine or cocaine?" he asked.\n\n'
        '"Cocaine. A seven-per-cent solution. Would you care to try it?"\n\n'
        "Watson did not answer. He sat down heavily and looked at the needle glinting on the "
        "cloth, and at the languid, glittering eyes of the man he most admired.",
        frozenset({"drug use"}),
    ),
    (
        "the-pipe-in-limehouse",
        "period, narrated, opium",
        "The room above the chandler's shop was low and brown with smoke, and the men lay "
        "on the shelves along the walls like cargo. Arthur found his brother on the third "
        "shelf from the door, a long pipe slack in his fingers, his pupils shrunk to "
        "pinpoints. The Malay who kept the place held out a hand for more coins.\n\n"
        '"Three days," Arthur said, hauling him up. "Mother thinks you are in Oxford."\n\n'
        "Lionel smiled at him dreamily and asked for one more pipe, only one, and then he "
        "would come home.",
        frozenset({"drug use"}),
    ),
    # ---- domestic violence
    (
        "walked-into-the-door",
        "period, narrated, a blow from a husband",
        "Lady Cressida came down to breakfast with a veil pinned over her face, and when she "
        "lifted it to drink her tea Anne saw the swelling along her cheekbone, purple going "
        "yellow at the edges.\n\n"
        '"I walked into the door of the dressing-room," Cressida said, before anyone could '
        "ask. Her husband went on reading his newspaper. He had come home late from his "
        "club, and Anne had heard the raised voice through the wall, and then the blow, and "
        "then nothing at all. Cressida's hands shook on the cup. She did not look at him "
        "once, and when he folded the paper and rose she flinched.",
        frozenset({"domestic violence"}),
    ),
    (
        "the-marks-on-her-wrists",
        "period, narrated, a wife's bruises",
        "It was the sleeves Jane noticed first: long, buttoned tight at the wrist, in the "
        "middle of a July heat that had everyone else in muslin. Then, when Maria reached "
        "for the sugar tongs, the cuff slid back and there were the marks — four of them, "
        "dark, the shape of a man's fingers.\n\n"
        '"Edward has a temper," Maria said quietly, tugging the cuff down. "He doesn\'t '
        "mean it. He is always so sorry afterwards. And it is my own fault, Jane, I "
        'provoke him."\n\n'
        "Jane thought of her cousin's husband, so pleasant at dinner, and felt sick.",
        frozenset({"domestic violence"}),
    ),
    (
        "his-fists",
        "period, narrated, a drunk husband's fists",
        "Everyone in Cable Street knew what Joe Marsh was when he'd had his wages in the Red "
        "Lion. His wife knew it best. On Saturday nights the neighbours heard the crash of "
        "the table going over and her crying out, and on Sunday mornings she went to chapel "
        "with her bonnet pulled low over a split lip. Once he knocked her down the stairs "
        "and she lay there till the woman next door came with a candle. She would not have "
        "the constable. Where would she go, she said, with four children and no money of "
        "her own?",
        frozenset({"domestic violence", "alcohol"}),
    ),
    # ---- child abuse
    (
        "the-cane",
        "period, narrated, a father's cane",
        "The cane hung on two hooks above the study fireplace, and Robert was sent for it "
        "himself. That was part of the punishment. His father made him bend over the arm of "
        "the leather chair and gave him twelve strokes for the broken window, counting "
        "aloud, and did not stop when Robert began to cry.\n\n"
        "Afterwards he could not sit for two days. Nanny put goose-grease on the welts and "
        "said nothing, with her mouth pressed tight, and when his mother asked why he was "
        "standing at his lessons he said he preferred it.",
        frozenset({"child abuse"}),
    ),
    (
        "the-coal-hole",
        "period, narrated, a child shut up and starved",
        "For answering back, the matron shut Lizzie in the coal-hole under the kitchen "
        "stairs, and she was there from breakfast until dark with no bread and no candle. "
        "It was not the first time. The other girls had learned to hide their hunger and "
        "their tears, because either one was punished; the little ones were thin as "
        "sticks, and the matron's strap hung on a nail by the door. Lizzie was eight. When "
        "they let her out at last she could not straighten her legs, and the cook slipped "
        "her a crust behind the matron's back.",
        frozenset({"child abuse"}),
    ),
    (
        "boxed-ears",
        "period, narrated, a stepmother's blows",
        "Mrs Fenwick boxed the children's ears for small things — a blot, a creak on the "
        "stair, a look she did not like — and for larger things she used the back of a "
        "hairbrush. Kitty, who was nine, had learned to stand very still and take it; "
        "little Sam had not, and he was beaten oftener for crying. Their father was at sea "
        "nine months of the year and saw only a stepmother who kept a clean house.\n\n"
        "At night Kitty held Sam while he sobbed into the pillow, and counted the weeks "
        "until the ship came home.",
        frozenset({"child abuse"}),
    ),
    # ---- graphic violence
    (
        "the-duel-at-dawn",
        "period, narrated, a ball in the shoulder",
        "Both pistols went off together. Captain Hale's ball went wide into the hedge; "
        "Lord Stanmore's took him high in the shoulder and spun him round, and he went "
        "down on his knees in the wet grass. When Dawlish reached him the blood was already "
        "welling through his fingers and soaking his shirt, bright and shockingly red, and "
        "there was a splinter of white bone showing in the torn cloth. The surgeon cut the "
        "coat away and pressed lint into the wound, and Hale cried out once and fainted.",
        frozenset({"graphic violence"}),
    ),
    (
        "the-sabre",
        "war, narrated, a sabre cut",
        "The dragoon's sabre came down across Will's face before he could lift his musket. "
        "He felt no pain at first, only the heat, and then the blood pouring into his eyes "
        "and mouth so that he could not see or breathe. The cut ran from his temple to his "
        "jaw; he could feel the cold air on his teeth through the open cheek. Around him "
        "men were screaming. A horse lay kicking with its belly torn, and the sergeant beside "
        "him had lost a hand at the wrist and was staring at the stump as if it belonged "
        "to someone else.",
        frozenset({"graphic violence"}),
    ),
    (
        "the-poker",
        "period, narrated, a blow with a poker",
        "He struck the steward with the poker, once across the side of the head and then "
        "again as the man fell, and the second blow made a sound like a dropped melon. Mary "
        "had her hands over her mouth. The steward lay on the hearth rug with his skull "
        "caved in above the ear and the blood spreading out dark into the pattern, and the "
        "poker was bent.",
        frozenset({"graphic violence", "death/grief"}),
    ),
    # ---- major character death and death/grief
    (
        "amelia",
        "period, narrated, a named character dies of a fever",
        "Amelia had been ill a fortnight when the fever turned. All that night her sister "
        "sat by the bed, sponging Amelia's forehead with vinegar and water and listening to "
        "her breathe, each breath shallower than the last. Towards four o'clock Amelia "
        "opened her eyes and said Kate's name quite clearly, and smiled.\n\n"
        "She did not speak again. When the grey light came through the shutters Amelia was "
        "gone, and Kate was still holding her hand, and it was already growing cold. They "
        "buried Amelia in the churchyard at Thornleigh on the Tuesday, beside their mother.",
        frozenset({"major character death", "death/grief", "illness"}),
    ),
    (
        "the-captain",
        "war, narrated, a named character shot",
        "Captain Ferrars was the first over the wall. Jack saw him turn on the top of it "
        "to wave them on, sword up, laughing, and then the volley came and Ferrars simply "
        "folded and fell back among them.\n\n"
        "Jack got to him in the ditch. There was a hole in Ferrars's coat just over the "
        "heart, small and neat. Ferrars looked up at him with a puzzled expression, as if "
        "he had been asked a question he could not answer, and then his eyes went still "
        "and Jack knew there was no one behind them any more. They carried Ferrars back "
        "that night wrapped in his own cloak.",
        frozenset({"major character death", "death/grief"}),
    ),
    (
        "the-churchyard",
        "period, narrated, a funeral and a grave",
        "The rain had not stopped all morning, and the mourners stood under their umbrellas "
        "round the open grave while the rector read the service. Elinor could not take her "
        "eyes off the coffin, so small on its ropes. Her mother leaned on Papa's arm and did "
        "not make a sound. When the first handful of earth struck the lid Elinor flinched, "
        "and Edward took her gloved hand and held it hard.\n\n"
        "Afterwards there was cold ham in the parlour and the neighbours saying what a "
        "sweet child he had been, and how the Lord gave and the Lord took away.",
        frozenset({"death/grief"}),
    ),
    (
        "black-bombazine",
        "period, narrated, mourning clothes",
        "A year after the accident Mrs Darley still wore black bombazine, though her sister "
        "said half-mourning would be perfectly proper now and lavender was so becoming. She "
        "kept his miniature on a ribbon at her throat and his chair empty at the head of the "
        "table. On Sundays she walked to the churchyard with a posy and stood a long while "
        "by the stone that said Beloved Husband, and came home with her eyes red.\n\n"
        '"It does not get easier," she told her sister. "People say it does. It does not."',
        frozenset({"death/grief"}),
    ),
    (
        "the-black-edged-letter",
        "period, narrated, news of a death",
        "The letter came with a black border, and Margaret knew before she broke the seal. "
        "Her brother had been killed at Balaclava, the colonel wrote; he had behaved with "
        "the greatest gallantry; he had not suffered. Margaret read it twice, standing in "
        "the hall, and then sat down on the bottom stair because her legs would not hold "
        "her.\n\n"
        "That night she took his letters out of the writing-box and read them all, every "
        "one, and wept until the candle burned down, and in the morning she sent to the "
        "draper for black crape.",
        frozenset({"death/grief"}),
    ),
    (
        "passed-away",
        "modern-period, narrated, a death told softly",
        "Grandmama passed away in her sleep on the last night of October, with the window "
        "open a little because she had always liked to hear the owls. Susan found her in "
        "the morning, peaceful, her hands folded on the counterpane as if she had known.\n\n"
        "The house filled with aunts. Someone stopped the clocks; someone drew the blinds. "
        "Susan sat in the window seat of the nursery with the old cat in her lap and did "
        "not cry until the undertaker's men came up the stairs, and then she could not "
        "stop.",
        frozenset({"death/grief"}),
    ),
    # ---- illness
    (
        "the-cough",
        "period, narrated, a cough that worsens",
        "The cough had begun in November, a small dry thing that Clara laughed off. By "
        "Christmas it woke the house at night. By February she could not climb the stairs "
        "without stopping on the landing, one hand pressed to her side, and there were "
        "spots of bright blood on her handkerchief that she folded away before anyone "
        "could see.\n\n"
        "The physician came twice a week now. He listened at her chest with his ear to a "
        "wooden tube and spoke of a warmer climate, of Madeira or the south of France, and "
        "would not meet her father's eye.",
        frozenset({"illness"}),
    ),
    (
        "the-fever-in-the-nursery",
        "period, narrated, a fever",
        "The fever went through the nursery in a week. Little Harry had it first, hot and "
        "fretful and then frighteningly quiet, and then the twins, and Nurse and Mrs "
        "Linton took turns sitting up with them through the nights while the doctor came and "
        "went. The rooms smelled of vinegar and burnt paper. Mrs Linton cut off the girls' "
        "hair to bring down the heat and wept over the curls, and would not leave the "
        "sickroom even to eat. On the ninth night Harry's fever broke in a great sweat, and "
        "he asked for bread and butter.",
        frozenset({"illness"}),
    ),
    (
        "bled-and-blistered",
        "period, narrated, a physician's treatment",
        "Dr Marsham bled him twice and blistered his chest, and still Mr Thornton lay "
        "burning and muttering, too weak to lift his head from the pillow. His wife did "
        "not undress for five nights. The apothecary's boy came and went with draughts and "
        "powders, and the straw was laid down in the street outside so the carriage wheels "
        "would not disturb him.\n\n"
        '"The crisis will come tonight or tomorrow," the physician said, drawing on his '
        'gloves in the hall. "After that we shall know. You must prepare yourself, madam."',
        frozenset({"illness"}),
    ),
    (
        "the-invalid",
        "period, narrated, a long illness",
        "Cousin Beatrice had been an invalid for as long as Jo could remember. She lay on a "
        "sofa by the window in the back parlour with a shawl over her knees and a row of "
        "medicine bottles on the table beside her, and she was not to be excited, and not "
        "to be tired, and not to be read anything sad. Her heart was weak, the doctors "
        "said. Some days she could sit up and sew; on bad days she lay with her eyes closed "
        "and her lips faintly blue, and the house went about on tiptoe.",
        frozenset({"illness"}),
    ),
    # ---- mental illness
    (
        "the-asylum",
        "period, narrated, melancholia and the asylum",
        "After the baby died Mrs Lyle fell into a melancholy from which nothing could rouse "
        "her. She did not dress. She did not eat unless she was fed. She sat for hours at "
        "the window talking in a low voice to someone who was not there, and once she was "
        "found in the garden at midnight in her nightgown, digging at the flower beds with "
        "her hands.\n\n"
        "In the spring her husband signed the papers, and two doctors came from the county "
        "asylum with a closed carriage. She went with them quite meekly. He stood on the "
        "step and watched it out of sight.",
        frozenset({"mental illness", "death/grief"}),
    ),
    (
        "shell-shock",
        "war, narrated, the shaking after the war",
        "Since he came home from France Robbie could not bear a door to bang. At the sound "
        "of a motor back-firing in the lane he would be under the kitchen table before he "
        "knew he had moved, shaking so hard his teeth chattered, and it would take his "
        "mother an hour to coax him out. He woke every night shouting names she did not "
        "know. The doctor at the hospital called it neurasthenia and prescribed rest and "
        "fresh air, and Robbie sat in the garden in a deck chair with his hands in his "
        "lap, staring at nothing, while the summer went by.",
        frozenset({"mental illness"}),
    ),
    (
        "the-yellow-room",
        "period, narrated, nerves and hallucination",
        "They had taken the house for her nerves. Everyone agreed that rest would mend "
        "them: no writing, no visitors, nothing to excite her. So she lay in the yellow room "
        "at the top of the house, and after a while she began to see the woman behind the "
        "pattern of the wallpaper — creeping, at first only at night, and then in the "
        "daytime too. She did not tell her husband. He would only say she was being "
        "fanciful again, and send for Dr Weir, and there would be more of the chloral and "
        "the long afternoons.",
        frozenset({"mental illness"}),
    ),
    # ---- self-harm
    (
        "the-pins",
        "period, narrated, pins into the arm",
        "When it grew too much — her aunt's voice, the endless calls, the question of Mr "
        "Collier's proposal — Lucy went up to her room and took a pin from her workbox and "
        "pressed it into the soft skin inside her elbow until the bead of blood came. Then "
        "another. It cleared her head wonderfully. The marks ran in neat rows up her arm "
        "now, under the long sleeves she wore even in August, and she told her maid she "
        "had scratched herself on the roses.",
        frozenset({"self-harm"}),
    ),
    (
        "the-penknife",
        "modern-period, narrated, cutting",
        "He kept the penknife in the drawer of his washstand, wrapped in a handkerchief. "
        "Some nights, when the house was asleep, he rolled up his sleeve and drew the blade "
        "slowly across the top of his forearm, where his shirt would cover it, and watched "
        "the thin red line well up and felt, for a little while, nothing but that. "
        "Afterwards he washed the knife and the basin carefully. At school he never changed "
        "for games in front of the other boys.",
        frozenset({"self-harm"}),
    ),
    # ---- suicide
    (
        "the-river",
        "period, narrated, she walked into the river",
        "She filled the pockets of her cloak with stones from the garden wall, carefully, "
        "as if she were gathering eggs, and walked down through the water meadows to the "
        "river in the first grey of the morning. Nobody saw her go in. The miller's boy "
        "found her bonnet in the reeds below the weir two days later, and the men dragged "
        "the pool with hooks all afternoon. She had left a letter for her sister on the "
        "dressing table, asking to be forgiven.",
        frozenset({"suicide", "death/grief"}),
    ),
    (
        "the-study-door",
        "period, narrated, the pistol",
        "The debts had come to light on the Monday. On the Wednesday Sir Gerald dined as "
        "usual, spoke pleasantly of the weather, kissed his daughters good night, and went "
        "into his study and locked the door. The servants heard the shot at a quarter past "
        "eleven. Lady Sutton would not let the girls go down. In the morning the coroner "
        "came, and there was talk in the village of an accident while cleaning a pistol, "
        "and nobody believed it, and nobody said so.",
        frozenset({"suicide", "death/grief"}),
    ),
    (
        "the-whole-bottle",
        "period, narrated, the laudanum emptied on purpose",
        "Harriet had been saving the laudanum for a month, a few drops at a time, in a "
        "scent bottle at the back of her drawer. On the night after the wedding she did not "
        "go down. She wrote three letters, sealed them, and drank every drop of it in a "
        "glass of water, and lay down on the bed in her best grey silk with her hands "
        "folded, to wait. Her maid found her at seven. It was too late, the apothecary "
        "said; much too late.",
        frozenset({"suicide", "death/grief", "drug use"}),
    ),
    # ---- sexual content
    (
        "the-wedding-night",
        "period, narrated, undressing and the bed",
        "He unlaced her stays with hands that were not quite steady, and she laughed at "
        "him, and then stopped laughing. The candle burned low. Her shift slid from her "
        "shoulders and he kissed the place where it had been, and the hollow of her throat, "
        "and lower. She pulled him down onto the bed and into her arms, and the rest of the "
        "night they did not speak much at all; only, towards morning, she whispered his "
        "name against his bare chest as if it were a new word she had just learned.",
        frozenset({"sexual content"}),
    ),
    (
        "the-hayloft",
        "period, narrated, lovers in the hay",
        "They met in the hayloft above the old stable, where nobody came after the horses "
        "were sold. Nell was already there when he climbed the ladder, her hair loose and "
        "her bodice half unbuttoned, and he had his coat off before he was through the "
        "trap. They fell into the hay together, laughing, mouths hot, his hands under her "
        "skirts, her fingers tugging at his shirt. Afterwards they lay tangled and breathless "
        "in the dusty light, and she picked the straw out of his hair.",
        frozenset({"sexual content"}),
    ),
    # ---- infidelity
    (
        "the-house-in-kensington",
        "period, narrated, a kept mistress",
        "Everyone in town knew about the house in Kensington except Lady Ormond. Lord "
        "Ormond took it for Mrs Vane the spring after his marriage, and furnished it in "
        "yellow silk, and drove there three evenings a week in a hired hackney so his own "
        "carriage should not be seen at the door. His wife sat at home embroidering his "
        "initials on handkerchiefs. When at last a kind friend told her, she did not weep. "
        "She only asked how long, and when she was told, said, very quietly, that she had "
        "thought it was the club.",
        frozenset({"infidelity"}),
    ),
    (
        "while-he-was-at-sea",
        "period, narrated, a wife's lover",
        "While the captain was at sea, his wife took a lover. It was not difficult. The "
        "lieutenant of the garrison called every afternoon, and then every evening, and "
        "the servants learned not to come into the drawing room without knocking. She "
        "burned his notes in the grate and kept one, the first, in her prayer book. When "
        "the captain's ship was sighted off the Point she sat very still for a long while "
        "and then went upstairs and took off the lieutenant's locket and put her wedding "
        "ring back on.",
        frozenset({"infidelity"}),
    ),
    (
        "the-letters-in-the-desk",
        "period, narrated, another man's letters",
        "Mr Kendall found the letters by accident, looking for sealing wax in his wife's "
        "desk: a bundle of them, tied with blue ribbon, in a man's hand he knew. My own "
        "darling, they began. My dearest love. Until Thursday. He read every one standing "
        "there with the candle dripping on his wrist. She had been meeting his oldest friend "
        "for two years, at the house in Bath, on the afternoons she said she was at her "
        "mother's.",
        frozenset({"infidelity"}),
    ),
    # ---- pregnancy
    (
        "with-child",
        "period, narrated, with child",
        "By Lady Day there was no hiding it any longer: Mrs Bennet's youngest was with "
        "child, and the young man had gone back to his regiment in the north. Lydia sat "
        "in the window with her hand on her belly and cried, and her mother cried louder, "
        "and Mr Bennet wrote letters in his library with the door shut. The baby would come "
        "in the autumn. Something would have to be arranged: an aunt in the country, a "
        "quiet lying-in, and then God knew what.",
        frozenset({"pregnancy"}),
    ),
    (
        "increasing",
        "period, narrated, her condition",
        "Charlotte was increasing, and the whole household was in a flutter. She was to "
        "have her feet up every afternoon, and no more riding, and Mr Collins had already "
        "ordered a cradle from Hunsford and spoke of it at every meal. She was sick in the "
        "mornings and could not bear the smell of coffee. By the summer she had let out "
        "all her gowns. Lady Catherine sent down a great many instructions about her "
        "confinement, which Charlotte thanked her for and did not follow.",
        frozenset({"pregnancy"}),
    ),
    (
        "the-quickening",
        "period, narrated, she felt the child move",
        "Sophia sat very still at the breakfast table with her teacup halfway to her lips. "
        "There it was again: a flutter, low down, like a bird in a closed hand.\n\n"
        '"James," she said. "James, I felt it move."\n\n'
        "Her husband put down his paper. For a moment he only stared, and then he came "
        "round the table and knelt by her chair and laid his palm over the swell of her "
        "stomach, very gently, waiting. The midwife had said the end of May. Sophia had "
        "not quite believed in the child until now.",
        frozenset({"pregnancy"}),
    ),
    # ---- profanity
    (
        "damn-the-man",
        "period, dialogue, damn and hell",
        '"Damn him," said the colonel, flinging the letter on the table. "Damn his '
        'impudence. Who the devil does he think he is?"\n\n'
        '"Father—"\n\n'
        "\"Don't you Father me. He can go to hell, and his blasted lawyers with him. I "
        'will not sell one acre, not one, do you hear?" He kicked the fender and swore '
        "again, worse, and Margaret, who had heard it all before, calmly went on pouring "
        "the tea.",
        frozenset({"profanity"}),
    ),
    (
        "blasted-horse",
        "period, dialogue, blasted and bloody",
        "The gig lurched into the ditch and stuck fast. Tom climbed down into the mud up "
        "to his boot-tops.\n\n"
        '"Blasted animal," he said. "Bloody useless, blasted, good-for-nothing brute. Get '
        'up, damn you. Get up!"\n\n'
        '"Thomas," said his sister from the seat, "there is a curate coming up the lane."\n\n'
        "\"I don't give a damn if it's the Archbishop of Canterbury,\" said Tom, and "
        "pushed.",
        frozenset({"profanity"}),
    ),
    (
        "the-sergeant-swore",
        "war, narrated, cursing told",
        "The sergeant cursed the rain, the mud, the colonel, the commissary and the mule, "
        "in that order, with a richness of language that made the new ensign go scarlet to "
        "his ears. He called the mule every foul name in the regiment's vocabulary and "
        "several from the Spanish, and when it still would not move he swore at the ensign "
        "instead.\n\n"
        '"Bugger this," he said at last. "Bugger the whole bleeding war."',
        frozenset({"profanity"}),
    ),
    # ---- two more told obliquely
    (
        "the-consumptive",
        "period, narrated, a wasting illness and death",
        "Through the winter Fanny wasted away. Her cheeks grew hollow and bright, and her "
        "cough shook the whole of her thin body; the doctor came daily, and then twice "
        "daily, and then stopped coming because there was nothing more to do. In March she "
        "died, very quietly, in the chair by the window where she had watched the rooks "
        "building. Her brother had the rooks' elm cut down that summer. He said he could "
        "not bear to hear them.",
        frozenset({"illness", "death/grief"}),
    ),
    (
        "the-governess",
        "period, narrated, seduced and with child",
        "The governess had been dismissed without a character in the middle of the term, "
        "and the children were told she had gone to nurse a sick mother. The servants knew "
        "better. They had seen the master coming out of the schoolroom wing at night while "
        "his wife lay ill upstairs, and they had seen Miss Grey being sick in the area "
        "behind the kitchen every morning for a fortnight. She went away on the carrier's "
        "cart with one box, her face white, her hand pressed to the front of her cloak.",
        frozenset({"infidelity", "pregnancy"}),
    ),
    # ---- no warning: figurative uses, negations, other senses
    (
        "high-spirits",
        "period, narrated, spirits as mood",
        "The girls were in high spirits all the way to Meryton, and even Mary laughed at "
        "Kitty's nonsense about the officers. Only Jane's spirits sank a little as they "
        "passed the turning to Netherfield, and she was quiet until the shops came in "
        "sight. Then the milliner had new ribbons, and the bookseller had a new novel, and "
        "by the time they started for home her spirits had quite recovered. They sang the "
        "whole way back and arrived at Longbourn hungry, muddy and perfectly content.",
        frozenset(),
    ),
    (
        "a-dead-end",
        "period, narrated, dead as a figure",
        "The inquiry had come to a dead end. Every lead the inspector followed ran out in "
        "the fog: the cabman had seen nothing, the landlady remembered nothing, and the "
        "letter was written on paper sold in every stationer's in London. Holmes lay on the "
        "sofa, dead tired and dead silent, his fingertips together. 'It is a dead "
        "certainty,' he said at last, 'that we have overlooked something. The deadline is "
        "Friday. Let us begin again at the beginning.'",
        frozenset(),
    ),
    (
        "sick-of-it",
        "period, dialogue, sick of it",
        '"I am sick of it," Lydia declared, throwing her bonnet on the sofa. "Sick to death '
        "of Meryton and sick of the same six officers and sick of hearing about Mr Darcy. "
        'I am bored to death."\n\n'
        '"You have been in Meryton all of three hours," said Elizabeth.\n\n'
        '"Three hours too many. Oh, I could die of boredom, Lizzy, I truly could." She '
        "flung herself down beside the bonnet and sighed, and then asked what there was "
        "for dinner.",
        frozenset(),
    ),
    (
        "fever-pitch",
        "period, narrated, fever as excitement",
        "By the week of the ball the excitement at Longbourn had reached fever pitch. "
        "Kitty and Lydia talked of nothing but gowns and partners, Mrs Bennet was in a "
        "perpetual flutter, and even Mr Bennet was heard to ask what time the carriage "
        "was ordered. Jane worked on her sash with feverish haste. Elizabeth, caught up in "
        "the general fever in spite of herself, tried on three pairs of gloves and "
        "decided that she did not care in the least what anyone thought of her dancing.",
        frozenset(),
    ),
    (
        "never-a-drop",
        "period, narrated, drink denied",
        "Mr Hale had never touched a drop of spirits in his life, and he did not mean to "
        "begin at a christening. He drank lemonade, and then tea, and then more lemonade, "
        "and watched with mild curiosity as his neighbours grew merry on the punch. When "
        "the host pressed a glass of wine on him he declined it pleasantly, and took "
        "another slice of cake instead, and went home sober at ten to his bed and his "
        "books.",
        frozenset(),
    ),
    (
        "her-mistress",
        "period, narrated, mistress as employer",
        "Betsy had been lady's maid to her mistress for eleven years, and she knew every "
        "mood of her. When her mistress rang twice, sharply, it meant the hair; three "
        "times, it meant a headache and the curtains drawn. The mistress of the house was "
        "kind in her way. On Betsy's afternoon out she walked to the village with the "
        "cook, and bought ribbon, and a twist of humbugs, and came home by the churchyard "
        "path because it was shorter.",
        frozenset(),
    ),
    (
        "a-grave-face",
        "period, narrated, grave as solemn",
        "Mr Knightley wore a grave face all through dinner, and Emma, who could not bear "
        "to be disapproved of, was at her most charming to make up for it. It was a grave "
        "matter, he told her afterwards in the shrubbery, to meddle in other people's "
        "lives. She laughed and said that he was a great deal too solemn, and that Harriet "
        "was perfectly happy. He did not laugh. They walked back to the house in a silence "
        "that lasted until the tea came.",
        frozenset(),
    ),
    (
        "expecting-the-post",
        "period, narrated, expecting and labour",
        "Anne was expecting a letter from Lyme, and went to the window every time she heard "
        "a horse in the lane. The gardener's boy, at his labour among the cabbages, began "
        "to grin every time her face appeared. When the post came at last it brought only a "
        "bill from the milliner and a note from her godmother about a charity bazaar. Anne "
        "read the note twice for want of anything better, and then went out into the "
        "garden to help with the peas.",
        frozenset(),
    ),
    (
        "struck-and-cut",
        "period, narrated, struck and cut in other senses",
        "Harriet was struck by how handsome he looked in his new coat, and struck still "
        "more when he cut Mr Elton dead at the assembly door. The whole room saw it. Mr "
        "Elton went red, and then white, and then struck up a loud conversation about the "
        "weather with Mrs Goddard. The musicians struck up a reel. Harriet danced the first "
        "two with Mr Martin, and thought it the most delightful evening of her life.",
        frozenset(),
    ),
    (
        "killing-time",
        "modern-period, narrated, killing time and dying to know",
        "Kit was killing time in the station tea-room with a bun and a newspaper. The "
        "train was late, and she was dying to know what Aunt Prue's mysterious telegram "
        "meant. COME AT ONCE, it said, NEWS. The waitress had been murdering the same hymn "
        "under her breath for half an hour. When the train came in at last Kit nearly "
        "killed herself running for it, and dropped into a seat with her hat over one eye, "
        "laughing.",
        frozenset(),
    ),
    (
        "the-lover-of-music",
        "period, narrated, lover and affair in other senses",
        "Colonel Brandon was a great lover of music, and at the Middletons' musical evening "
        "he sat through four sonatas without stirring. The whole affair had been planned by "
        "Lady Middleton for a fortnight. It was a tedious affair for most of the company, "
        "who talked in whispers behind their fans, but Marianne played her best and was "
        "rewarded by the colonel's quiet attention. Her sister watched them and said "
        "nothing, and ate a macaroon.",
        frozenset(),
    ),
    (
        "drunk-with-happiness",
        "period, narrated, figurative drink and blood",
        "Marianne was drunk with happiness. Willoughby had praised her playing, her "
        "drawing, her taste in poetry; he had quoted Cowper with her in the lane; he had "
        "cut a lock of her hair. Her blood sang. She ran up the stairs two at a time and "
        "burst into her sister's room, quite intoxicated by it all, and talked until the "
        "candle guttered, and fell asleep at last in her clothes.",
        frozenset(),
    ),
    (
        "the-doctor-to-dinner",
        "period, narrated, a physician as a guest",
        "Dr Grant came to dinner on Thursdays, and talked about his asparagus beds and "
        "the new vicar's sermons, and always had a second helping of pudding. He had been "
        "the family's physician for thirty years, and the girls thought of him as a sort "
        "of uncle. After dinner he played whist with Mama and lost, and told Julia that she "
        "had grown an inch since Easter, and drove home in his gig under the moon, humming.",
        frozenset(),
    ),
    (
        "not-dead-after-all",
        "period, narrated, a feared death denied",
        "For a dreadful hour the village believed that the squire's son had drowned: his "
        "boat was found upturned under the bridge and his hat floating in the reeds. His "
        "mother was already in hysterics when he walked up the drive, soaked to the skin "
        "and perfectly well, having swum to the bank and gone to the inn to dry his "
        "clothes. Nobody had died at all. The squire did not know whether to embrace him or "
        "thrash him, and settled for ordering a hot bath.",
        frozenset(),
    ),
]

# The ninth recall round: 16 scenes written after round warn33's rules were in place and
# scored once against main and the branch, never tuned to (``--round ninth``).
NINTH_SCENES: list[tuple[str, str, str, frozenset[str]]] = [
    (
        "the-tantalus",
        "period, narrated, drink by the decanters",
        "Lord Fane was never seen without a glass in his hand after four o'clock. The "
        "footmen knew to keep the tantalus full, and to take away the empty decanters "
        "before her ladyship came down. At dinner he refilled his own glass so often that "
        "the butler stopped going round with the wine and simply left the bottle at his "
        "elbow. By the fish course his face was crimson and his speech had grown slow and "
        "careful, and by the savoury he had forgotten the name of the lady beside him.",
        frozenset({"alcohol"}),
    ),
    (
        "the-blue-bottle",
        "period, narrated, chloral nightly",
        "Every night at eleven Mrs Halloran took her chloral, and every night the dose was "
        "a little larger. She could not sleep without it now; without it she lay rigid "
        "until the birds began, her heart racing. Her daughter found the empty blue "
        "bottles hidden in a hatbox at the top of the wardrobe, a dozen of them, and "
        "another half full in the pocket of her mother's dressing gown.",
        frozenset({"drug use"}),
    ),
    (
        "the-squire-and-his-wife",
        "period, narrated, a husband's blows",
        "The squire's wife wore high collars and long gloves, and she laughed too quickly "
        "when anyone asked after her health. The village knew. The girl who did the rough "
        "work at the Manor had seen him strike her across the face with the back of his "
        "hand for a late dinner, and seen her get up off the floor and go on serving the "
        "soup. Her husband was a magistrate. Nobody said anything.",
        frozenset({"domestic violence"}),
    ),
    (
        "the-schoolroom",
        "period, narrated, a tutor's rod",
        "The tutor kept a birch rod in the schoolroom cupboard, and he used it on Henry "
        "for every false quantity in his Latin. Henry was seven. His back was striped red "
        "and purple by the end of the first term, and he began to wet the bed and to wake "
        "crying, and his mother, who was too afraid of her husband to interfere, only "
        "told him to be a brave boy and learn his verbs.",
        frozenset({"child abuse"}),
    ),
    (
        "the-bayonet",
        "war, narrated, a bayonet charge",
        "The Frenchman's bayonet went into Daniel's thigh and came out again red to the "
        "socket, and Daniel fell against the gabion. He saw the blood pumping out of him "
        "in long spurts, black in the smoke, and pressed both hands on the wound, and it "
        "came through his fingers anyway. Somebody was screaming near him; it took him a "
        "long moment to understand that it was himself.",
        frozenset({"graphic violence"}),
    ),
    (
        "the-empty-chair",
        "period, narrated, a widower",
        "After the funeral Mr Bramley shut up the drawing-room and lived in the study. He "
        "could not bear to see her workbasket, her harp under its cover, the chair by the "
        "fire. He wore a black band on his sleeve for two years and a lock of her hair in "
        "a ring, and on the anniversary of her death he went to the churchyard alone and "
        "came back after dark and would not speak to anyone.",
        frozenset({"death/grief"}),
    ),
    (
        "the-scarlatina",
        "period, narrated, a sickroom",
        "Scarlatina had come to the rectory. Both boys were down with it, their throats "
        "so swollen they could barely swallow broth, their skin burning and rough with the "
        "rash. The doctor came every morning and looked grave. Their mother sat up with "
        "them, night after night, changing the wet cloths on their foreheads, and the "
        "house smelled of carbolic and the sheets hung across the doors.",
        frozenset({"illness"}),
    ),
    (
        "the-voices",
        "period, narrated, a mind going",
        "Clara had begun to hear voices in the empty rooms. They whispered to her that the "
        "servants were poisoning her food, and that her sister meant to have her put away, "
        "and she stopped eating anything she had not cooked herself. She wrote long "
        "letters to the Queen. At night she walked the corridors with a candle, checking "
        "the locks over and over, and in the morning she could not say why.",
        frozenset({"mental illness"}),
    ),
    (
        "the-scars",
        "modern-period, narrated, a burn hidden",
        "Since Michaelmas Edith had been burning herself with the poker, just a little, "
        "just enough, on the inside of her arm where no one would look. The marks were "
        "neat and round and blistered. She told her mother she had caught her arm on the "
        "kettle, and wore her cuffs buttoned, and went on doing it.",
        frozenset({"self-harm"}),
    ),
    (
        "the-beam-in-the-barn",
        "period, narrated, a hanging",
        "They found Jem Colley in the barn at first light, hanging from the beam with the "
        "rope he used for the hay, and his boots a yard above the kicked-over stool. He "
        "had been three months out of work and the landlord had given him notice. His "
        "wife screamed and screamed until the neighbours came and cut him down.",
        frozenset({"suicide", "death/grief"}),
    ),
    (
        "the-inn-at-dover",
        "period, narrated, an assignation",
        "They took a room at the inn at Dover as Mr and Mrs Smith. He locked the door and "
        "turned to her, and she let him unfasten her cloak and then her gown, hook by "
        "hook, and let it fall. His mouth was on her bare shoulder. Her own husband, she "
        "thought distantly, was in Edinburgh, and believed her at her sister's.",
        frozenset({"sexual content", "infidelity"}),
    ),
    (
        "the-confinement",
        "period, narrated, a lying-in",
        "Her pains began in the small hours. By dawn the house was full of hurrying: hot "
        "water, clean linen, the accoucheur's carriage at the door. Mr Weston walked up "
        "and down the library until noon, when the nurse came down to tell him he had a "
        "daughter, and that Mrs Weston was weak, but doing as well as could be expected.",
        frozenset({"pregnancy"}),
    ),
    (
        "the-ostler-swears",
        "period, dialogue, an ostler's oaths",
        '"God damn and blast the lot of you," said the ostler, "coming in at this time of '
        "night wanting fresh horses. Where the hell am I to find you four fresh horses? "
        'Bloody gentry."',
        frozenset({"profanity"}),
    ),
    (
        "spirits-and-a-dead-heat",
        "period, narrated, no warning",
        "The race ended in a dead heat, and the whole field was in the highest spirits. "
        "Captain Hart declared that he would die happy now, and Miss Lacey laughed until "
        "she was quite sick with it. They drove home singing, their blood up, and the "
        "horses steaming in the cold.",
        frozenset(),
    ),
    (
        "the-mistress-of-the-house",
        "period, narrated, no warning",
        "Mrs Grey had been mistress of Alder House for thirty years and a widow for none "
        "of them: Mr Grey was alive and cheerful and fond of his roses. She kept the keys "
        "and the accounts and the peace, and on Sundays the whole household walked to "
        "church behind her in order of precedence.",
        frozenset(),
    ),
    (
        "the-fever-of-the-fair",
        "period, narrated, no warning",
        "The fair came to Hollowby every October, and with it a fever that took the whole "
        "village: the children could not sleep for it, and the old men talked of nothing "
        "else for a week. Tom won a coconut and lost it again at the shies, and came home "
        "dead tired and perfectly happy.",
        frozenset(),
    ),
]

# The tenth recall round: 14 scenes written after round nine's rules were in place and scored
# once against main and the branch, never tuned to (``--round tenth``).
TENTH_SCENES: list[tuple[str, str, str, frozenset[str]]] = [
    (
        "the-rector-at-the-inn",
        "period, narrated, a drinker",
        "The rector had been at the Bell since noon. When his curate found him he was "
        "slumped in the settle by the fire with a pot of ale in front of him and three "
        "empty ones beside it, and he greeted the young man with tears of affection and "
        "could not remember his name. They got him home between them, the curate and the "
        "potboy, one under each arm, and his housekeeper put him to bed in his boots.",
        frozenset({"alcohol"}),
    ),
    (
        "the-hypodermic",
        "period, narrated, morphia",
        "Since the operation Dr Lyle had given himself morphia every evening, and lately in "
        "the mornings too. He kept the little syringe in a leather case in his waistcoat "
        "pocket. His hands were steady only after the prick of the needle; before it he "
        "was grey and sweating and short with everyone, and he had begun to write his own "
        "prescriptions at chemists where nobody knew him.",
        frozenset({"drug use"}),
    ),
    (
        "the-bruised-arm",
        "period, narrated, a wife afraid",
        "When Sir Hugh came in from the stables his wife went white and rose at once to "
        "ring for his tea. She had learned to be quick. The last time she had been slow he "
        "had twisted her arm behind her back until something cracked, and she had told the "
        "doctor she had slipped on the stair. The doctor had looked at her a long moment "
        "and said nothing, and written her a prescription for her nerves.",
        frozenset({"domestic violence"}),
    ),
    (
        "the-workhouse-boy",
        "period, narrated, a child starved and beaten",
        "The master of the workhouse fed the boys on gruel and beat them with a knotted "
        "rope for asking for more. Ned had been there since he was five. He had a scar on "
        "his scalp where the master had flung him against the copper, and he was so thin "
        "his ribs showed through his shirt, and when anyone raised a hand near him he "
        "cringed like a dog.",
        frozenset({"child abuse"}),
    ),
    (
        "the-cavalry",
        "war, narrated, a charge",
        "The lancers came through the square and the line broke. A lance took the "
        "corporal through the throat and lifted him off his feet, and he hung there "
        "choking on it. Robert fired into the horse's chest at a yard and it went down "
        "screaming on top of its rider, and the rider's leg snapped under it with a sound "
        "like a green branch. The grass was slick and red.",
        frozenset({"graphic violence"}),
    ),
    (
        "the-memorial-card",
        "period, narrated, the dead remembered",
        "Mama kept the memorial card on her dressing table for the rest of her life: In "
        "Loving Memory, and the dates, and a weeping willow in black. Lucy was four when "
        "her brother was laid in the vault, and could not remember his face, only the "
        "long black veil her mother wore that winter and the silence in the nursery where "
        "his cot had been.",
        frozenset({"death/grief"}),
    ),
    (
        "the-decline",
        "period, narrated, an illness",
        "Cousin Ellen had gone into a decline. She was sent to Torquay for the air, and "
        "came back thinner, and was sent again. She lay on the sofa in a cashmere shawl "
        "with a spot of hectic colour in each cheek, and coughed behind her hand, and the "
        "physician spoke to her mother in low voices in the hall.",
        frozenset({"illness"}),
    ),
    (
        "the-widow-at-the-window",
        "period, narrated, a mind unhinged",
        "Since her husband's ship was lost Mrs Prowse had not been in her right mind. She "
        "laid his place at table every night and scolded the maid for letting his supper "
        "go cold. She talked to him as she sewed. Sometimes she woke the house at three in "
        "the morning to say she had heard his step on the gravel, and ran out in her "
        "nightgown to let him in.",
        frozenset({"mental illness", "death/grief"}),
    ),
    (
        "the-garret",
        "period, narrated, a poet's poison",
        "The poet was found in his garret on the Monday, cold, with the empty phial of "
        "arsenic on the floor beside him and his last poems torn to pieces in the grate. "
        "He was seventeen. He had written to his mother that he could not go on, and "
        "that she was not to grieve.",
        frozenset({"suicide", "death/grief"}),
    ),
    (
        "the-summerhouse",
        "period, narrated, lovers",
        "In the summerhouse he drew her down onto the cushions and kissed her until she "
        "was dizzy. She pushed his coat from his shoulders; he found the laces at her "
        "back. Afterwards she lay with her head on his bare chest, listening to his heart "
        "slow, while the rain drummed on the roof.",
        frozenset({"sexual content"}),
    ),
    (
        "the-neighbour",
        "period, narrated, a wife's deceit",
        "Every Tuesday, while her husband was at the assizes, Mrs Latimer walked across the "
        "park to the Dower House, where Captain Brooke was waiting. She came home at dusk "
        "with her colour high and her hair pinned up anyhow, and kissed her husband at "
        "dinner, and asked him about his cases.",
        frozenset({"infidelity"}),
    ),
    (
        "spirits-and-blood-up",
        "period, narrated, no warning",
        "Nobody had died, nobody was ill, and the hunt had been the best of the season. The "
        "squire's spirits were so high that he kissed his wife in front of the servants, "
        "and she laughed and boxed his ear with her glove and told him he was a great "
        "baby. They dined at seven on a saddle of mutton and went to bed early.",
        frozenset(),
    ),
    (
        "the-sick-lamb",
        "period, narrated, no warning",
        "The shepherd brought a sick lamb into the kitchen and set it by the fire in a "
        "basket, and Mary fed it warm milk from a bottle with a rag for a teat. By morning "
        "it was butting at her knees and bleating for more, and her father said she had "
        "better name it, since she was so set on making a pet of the thing.",
        frozenset(),
    ),
    (
        "the-dead-letter",
        "period, narrated, no warning",
        "The letter came back from the dead-letter office with a pencilled note: not known "
        "at this address. Fanny laughed at herself for ever sending it, and burned it in "
        "the candle, and wrote again to the right street. She was dying to hear from Lucy, "
        "and the post was so slow.",
        frozenset(),
    ),
]
