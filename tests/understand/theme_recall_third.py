"""The third round of the recall audit: two scenes per warning, written after the third
lexicon (``theme_implied``) and before running them, in phrasings none of the rounds before
used — what the stage finds of these measures how far its families carry to new text.
Written for the project; no story's sentences. Used by ``test_theme_recall.py``.
"""

from __future__ import annotations

THIRD_ROUND: dict[str, list[tuple[str, str]]] = {
    "alcohol": [
        (
            "period",
            "Every evening the curate sent the boy to the Blue Boar for a jug of porter, and "
            "by the second jug his sermons for Sunday grew very bold and his hand very shaky; "
            "the bishop had twice found him asleep in the vestry, reeking of it.",
        ),
        (
            "modern",
            "Maddie lined up the shots along the bar, and by the fourth one the room was "
            "tilting pleasantly. She woke on the bathroom floor with no memory of the taxi.",
        ),
    ],
    "drug use": [
        (
            "period",
            "The Count took his pipe of an evening in the little room behind the chemist's, "
            "and came out of it with his pupils like pinheads and his speech slow and sweet.",
        ),
        (
            "modern",
            "Jonah had started on the pills after the knee operation, and now he bought them "
            "from a man in a car park, and the prescription had run out in March.",
        ),
    ],
    "domestic violence": [
        (
            "narration",
            "Her husband came home from the pub and threw the plate at her before she could "
            "say a word; then he took her by the throat and held her against the dresser "
            "until the children started screaming.",
        ),
        (
            "aftermath",
            "Nobody in the village asked why the doctor's wife wore her collar so high, or "
            "why she never went out on the days after her husband's temper had been roused.",
        ),
    ],
    "child abuse": [
        (
            "narration",
            "When the boy spilled the milk his father dragged him out to the woodshed by the "
            "ear, and the neighbours heard the strap and the crying for a long time after.",
        ),
        (
            "memory",
            "Anna remembered the cupboard under the stairs best: two days in the dark, her "
            "mother's voice through the door telling her she was wicked, no food.",
        ),
    ],
    "graphic violence": [
        (
            "battle",
            "The cannonball took the front rank like a scythe; Harris was looking at his own "
            "arm lying in the mud, and the man beside him had no face left at all.",
        ),
        (
            "fight",
            "He brought the bottle down on the man's head and it broke, and the jagged neck "
            "went into the fellow's cheek, and the blood sheeted down over his collar.",
        ),
    ],
    "major character death": [
        (
            "narration",
            "Marcus never woke from the fever. Elena sat by him until the candle burnt down, "
            "and in the morning the women came to wash him and sent her out of the room.",
        ),
        (
            "dialogue",
            "Elena came back alone. 'Marcus is gone,' she said at the door, and sat down on "
            "the step, and did not get up again until the cart came for him.",
        ),
    ],
    "death/grief": [
        (
            "aftermath",
            "Three months after the funeral Clara still laid out his pipe and slippers every "
            "evening, and spoke to his empty chair, and wore nothing but black.",
        ),
        (
            "period",
            "The bell tolled nine times for a man, and then the years of his life, and the "
            "whole village stood in the lane with their hats off while the coffin passed.",
        ),
    ],
    "illness": [
        (
            "period",
            "The consumption had Lizzie by the winter; she coughed red into her handkerchief "
            "and grew so thin that her rings would not stay on.",
        ),
        (
            "modern",
            "The scan showed a shadow on the lung. By June Mark was on his third round of "
            "treatment, and his hair had gone, and he slept most of the day.",
        ),
    ],
    "mental illness": [
        (
            "period",
            "After the regiment came home, Captain Hale would not leave his room; he sat at "
            "the window all day and wept without knowing why, and the physician spoke of "
            "melancholia and a long rest by the sea.",
        ),
        (
            "modern",
            "Some days the weight was so heavy Sam could not lift her head from the pillow. "
            "Her therapist called it a depressive episode; Sam called it the fog.",
        ),
    ],
    "self-harm": [
        (
            "narration",
            "Mia locked the bathroom door and took the blade out of the pencil sharpener, "
            "and afterwards she put plasters over the lines and pulled her sleeves down.",
        ),
        (
            "dialogue",
            "'Show me your arms,' her mother said, and Mia would not, and that was how they "
            "both knew she had been hurting herself again.",
        ),
    ],
    "suicide": [
        (
            "period",
            "They found the young lieutenant in his quarters in the morning, his pistol "
            "beside him on the floor, and a letter to his mother sealed on the table.",
        ),
        (
            "modern",
            "Dan had taken every pill in the cabinet and lain down to wait. His sister found "
            "him in time, and the ambulance took him to the hospital.",
        ),
    ],
    "sexual content": [
        (
            "narration",
            "She drew him down onto the bed, and he kissed the hollow of her throat, and then "
            "there was nothing in the world but the two of them and the slow heat of it.",
        ),
        (
            "period",
            "That night he came to her chamber, and she did not send him away, and when the "
            "maid came with the chocolate in the morning they were still abed together.",
        ),
    ],
    "infidelity": [
        (
            "narration",
            "For a year Margaret met the curate every Tuesday at the cottage by the mill, "
            "while her husband believed she was visiting the poor.",
        ),
        (
            "discovery",
            "The letters were in his desk, tied with a ribbon: two years of them, from a woman "
            "in Bath, and every one began 'My own darling'. He had been married to Susan for "
            "twenty years.",
        ),
    ],
    "pregnancy": [
        (
            "period",
            "By Michaelmas there was no hiding that Betsy was with child, and her mother sent "
            "her to an aunt in Norfolk until the baby should come.",
        ),
        (
            "modern",
            "Leah sat on the edge of the bath holding the stick, and watched the second line "
            "come up, and thought about the baby, and felt sick.",
        ),
    ],
    "profanity": [
        (
            "dialogue",
            "'Shift your bloody van,' the driver shouted, 'or I'll shift it for you, you "
            "useless prick.'",
        ),
        (
            "narration",
            "Grandad cursed the government, the weather and the Pope in one long breath, "
            "using words that made the vicar's wife leave the room.",
        ),
    ],
}

THIRD_CONTRASTS: dict[str, list[tuple[str, str]]] = {
    "alcohol": [
        (
            "another sense",
            "The porter carried the cases up from the station and the barman's daughter gave "
            "him a cup of tea and a slice of cake.",
        ),
    ],
    "graphic violence": [
        (
            "another sense",
            "Harris brought the bottle of milk in from the step, and the cat lay in the sun "
            "with its face in the mud of the flowerbed.",
        ),
    ],
    "death/grief": [
        (
            "another sense",
            "The church bell tolled the hour, and the whole village stood in the lane to watch "
            "the wedding carriage pass.",
        ),
    ],
    "illness": [
        (
            "another sense",
            "The scan of the old map showed a shadow where the river had been, and Mark "
            "treated himself to a third cup of coffee.",
        ),
    ],
    "suicide": [
        (
            "another sense",
            "They found the young lieutenant in the mess in the morning, his pistol cleaned "
            "and a letter to his mother sealed on the table.",
        ),
    ],
    "pregnancy": [
        (
            "another sense",
            "Leah sat on the edge of the bath holding the toothbrush and thought about the "
            "meeting, and felt sick of the whole business.",
        ),
    ],
}

# The fourth round: two more scenes per warning, written after the third round's families and
# run once, with no change made for them — the measure of those families on new text.
FOURTH_ROUND: dict[str, list[tuple[str, str]]] = {
    "alcohol": [
        (
            "narration",
            "Uncle Ned was never sober after noon. He kept a bottle of rye in the glovebox and "
            "another under the seat, and he drove home from the Legion most nights by feel.",
        ),
        (
            "period",
            "The squire's lady took a little cordial for her nerves, and then a little more, "
            "until by dinner she could hardly find her chair, and the footmen looked away.",
        ),
    ],
    "drug use": [
        (
            "narration",
            "Cal cooked the spoon over the lighter, tied off with his belt, and found a vein on "
            "the second try; then the warmth came up through him and he stopped caring.",
        ),
        (
            "dialogue",
            "'He's using,' Tess said flatly. 'The money from the tin, the lies, the way he "
            "scratches at his arms. I know what it looks like. I grew up with it.'",
        ),
    ],
    "domestic violence": [
        (
            "narration",
            "When Dee burned the supper her husband slapped her so hard her ear rang for an "
            "hour, and then he said he was sorry and bought her roses, as he always did.",
        ),
        (
            "dialogue",
            "'He doesn't hit me,' Carol said. 'He just breaks things. My phone, the door, the "
            "plates. He says if I leave he'll find me.' Her husband's car pulled into the drive.",
        ),
    ],
    "child abuse": [
        (
            "narration",
            "The new stepfather had a rule for every hour of the day, and for every broken rule "
            "the boy held out his hand for the ruler until his knuckles split.",
        ),
        (
            "aftermath",
            "The teacher noticed the bruises on the little girl's arms, shaped like fingers, "
            "and the way she flinched when anyone raised a hand to write on the board.",
        ),
    ],
    "graphic violence": [
        (
            "narration",
            "The wolf had the sheep by the throat and shook it, and when the shepherd reached "
            "them its belly was torn open and steaming on the frozen ground.",
        ),
        (
            "war",
            "The shell landed in the trench and when the smoke cleared there were pieces of "
            "Private Ames on the duckboards, and Corporal Dunn was screaming for his legs.",
        ),
    ],
    "major character death": [
        (
            "narration",
            "The arrow took Marcus in the chest. He sat down against the cart wheel, and "
            "looked surprised, and was dead before Elena reached him.",
        ),
        (
            "aftermath",
            "They buried Marcus under the yew behind the forge, and Elena planted rosemary on "
            "the grave, and the village came one by one to shake her hand.",
        ),
    ],
    "death/grief": [
        (
            "narration",
            "Grandmother died on a Sunday in her own bed. For weeks afterwards Poppy could not "
            "walk past her door, and cried in the bath where nobody could hear.",
        ),
        (
            "modern",
            "The hospice nurse rang at four in the morning. By the time Dev got there they had "
            "already taken the oxygen away and folded his father's hands.",
        ),
    ],
    "illness": [
        (
            "narration",
            "The typhoid went through the street that August. Annie lay for three weeks with "
            "her head shaved and her lips cracked, not knowing her own mother.",
        ),
        (
            "modern",
            "Every Thursday Gran went in for her dialysis, four hours in the blue chair, and "
            "came home grey and too tired to eat.",
        ),
    ],
    "mental illness": [
        (
            "narration",
            "The voices had come back in the spring. Tom heard them in the kettle and the "
            "radio, telling him the neighbours were watching, and he stopped taking his pills.",
        ),
        (
            "period",
            "Since the baby died Mrs. Fenwick had taken to wandering the house at night in her "
            "shift, and talking to the cradle, and her husband had sent for a mad-doctor.",
        ),
    ],
    "self-harm": [
        (
            "narration",
            "When it got too loud in her head Jess went to the bathroom and dug her nails into "
            "her thighs until they bled, and it went quiet for a while.",
        ),
        (
            "aftermath",
            "At the swimming gala everyone saw the rows of white scars on Lily's forearms, "
            "and she never came to the pool again.",
        ),
    ],
    "suicide": [
        (
            "narration",
            "Eddie climbed over the railing of the bridge and stood on the ledge with the "
            "river black below him, and let go.",
        ),
        (
            "aftermath",
            "The coroner said it was no accident: he had locked the garage, started the engine "
            "and sat there until it was done.",
        ),
    ],
    "sexual content": [
        (
            "narration",
            "He unhooked her bra with one hand and she laughed at how practised he was, and "
            "then she stopped laughing, and they did not get as far as the bed.",
        ),
        (
            "period",
            "The Duke dismissed her maid and undid the laces himself, one by one, and kissed "
            "each inch of her shoulders as the gown fell away, and carried her to the bed.",
        ),
    ],
    "infidelity": [
        (
            "narration",
            "Every Friday Paul told his wife he had a squash game and drove across town to "
            "Lena's flat, and every Friday he showered there before he went home.",
        ),
        (
            "dialogue",
            "'How long?' his wife asked. 'How long have you been sleeping with her?' Paul looked "
            "at the floor. 'Since Christmas,' he said.",
        ),
    ],
    "pregnancy": [
        (
            "narration",
            "By the seventh month Rosa could not see her own feet, and the baby kicked all "
            "night, and her ankles swelled up like bread in the heat.",
        ),
        (
            "dialogue",
            "'I'm late,' June whispered. 'Three weeks late. I've never been late in my life.' "
            "Her sister put down the kettle and stared at her.",
        ),
    ],
    "profanity": [
        (
            "dialogue",
            "'Oh, for fuck's sake,' Kit said, as the car died for the third time. 'Piece of "
            "shit. Come on, you bastard, start.'",
        ),
        (
            "period",
            "'Rot your bones, you scurvy whoreson,' roared the bosun, 'and God's curse on the "
            "mother that bore you! Haul on that line!'",
        ),
    ],
}
