"""The fourth lexicon of the "themes" stage (round warn33): how fan fiction on 19th- and
early-20th-century canons shows a warning in one scene without the plain word. Pure data
(the form and rules of ``theme_lexicon.CUES``: every alternative starts with a word of three
letters or more, after any lookbehinds); ``theme_matcher`` compiles it with the others.

Written from a round of invented scenes (``tests/understand/theme_fresh_warn33.py``), by
word family rather than by phrase:

* drink by the bottles counted ("their third bottle") and by the rare sober hour ("anyone had
  seen him sober");
* a wound by blood that flows ("blood welling through his fingers", "the blood spreading
  out"; not a blush), a belly or throat torn open, a limb lost at the wrist or to a shell, a
  stump, a cut that runs from one feature to another;
* a death by how it came ("she died, very quietly"; "in her sleep", "at dawn"), by the
  coroner and the inquest, by the pond dragged;
* self-harm by a blade or a pin drawn across or pressed into one's own arm or skin, and long
  sleeves worn in the heat (however many words between);
* a fever nursed by sponging the brow;
* a suicide by pockets filled with stones and by "an accident while cleaning a pistol";
* a mind by talk to someone "who was not there" and by waking at night shouting;
* a pregnancy by sickness "every morning" (no illness: ``theme_context``), the child felt to
  move, the quickening and the swell of a belly;
* sexual content by clothes that slide or come undone, hands under skirts, falling into the
  hay or the bed together, limbs tangled after;
* infidelity by a lover taken (beside a spouse) and a wedding ring put back on.

Studied in turn on a ninth round written after those (the same file): self-harm as a habit
("had been burning herself"; not a kettle's burn once), a body hanging from a beam by a rope,
a blow across the face beside a spouse, a back striped or a birching beside a child, a weapon
that "went into" a limb, the decanters emptied and the tantalus, the accoucheur and "her
pains began", an alibi ("believed her at her sister's"), a mind's rituals ("checking the
locks over and over") and its fears ("the servants were poisoning her food", "have her put
away").

Beside a spouse (``ANCHORED``, keyed like ``theme_conditional.ANCHORED``): "the blow", a
body knocked down the stairs, marks the shape of fingers, a man "always so sorry
afterwards"; beside a child: strokes given, welts, a strap or a cane that someone owns ("the
matron's strap"), a child shut in the coal-hole by name, ears boxed, beaten for crying, the
back of a hairbrush, a child "thin as sticks".
"""

from __future__ import annotations

from ficshelf.understand.theme_told import after

# A body hanging from a beam, a rafter or a branch by a rope or the neck (not a lantern
# hanging from it by a hook).
_HANGING = (
    r"(?:hanging|hung|dangling|swinging) (?:by (?:the|his|her) neck )?from (?:the|a) (?:beam"
    r"|rafters?|banisters?|bough|branch|tree|hook|bedpost|lamp.?post|stair.?rail|crossbeam"
    r"|gallows)(?= (?:with|by) (?:a|the|his|her|its) (?:own )?(?:rope|cord|halter|neck|sash"
    r"|belt|bell.?rope|noose))"
)

SHOWN: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            r"(?:second|third|fourth|fifth|sixth) bottles?"
            r"(?! of (?:water|milk|ink|lemonade|medicine|scent|physic|tonic|soda))",
            0.7,
        ),
        (r"(?:seen|saw|see|seeing) (?:him|her|them) (?:quite |properly |entirely )?sober", 0.5),
        # (round nine) the decanters emptied and the cabinet kept full
        (r"(?:empty|emptied|empties) (?:\w+ )?decanters?|(?<=the )tantalus", 0.5),
    ),
    "graphic violence": (
        (
            r"blood (?:was |had |already |still |now )*(?:welling|welled|pouring|poured"
            r"|streaming|streamed|gushing|gushed|spurting|spurted|pumping|pumped|soaking"
            r"|soaked|spreading|spread|pooling|pooled|spilling|spilled|spilt)"
            r"(?! (?:in|into|to|up|over) (?:her|his|my|their|your) (?:cheeks|face|neck|ears))",
            0.8,
        ),
        (
            r"(?:belly|bellies|stomach|throat|guts) (?:was |were )?(?:torn|ripped|slit|slashed"
            r"|laid) (?:open|out)|(?:belly|bellies) torn",
            0.8,
        ),
        (
            r"(?:lost|losing) (?:a|an|one|both|his|her|their) (?:hands?|arms?|legs?|feet|foot"
            r"|eyes?) (?:at the (?:wrist|elbow|knee|shoulder|hip|thigh)|to (?:a|the) (?:shell"
            r"|ball|sabre|sword|cannon|shot|saw|surgeon|bullet|mine))"
            r"|(?:bleeding|raw|severed|ragged|mangled) stumps?|(?<=at the )stump(?! of)",
            0.6,
        ),
        (
            r"(?:bayonet|blade|sword|sabre|knife|dagger|spear|pike|lance|bullet|ball) went"
            r" (?:in(?:to)?|through) (?:\w+['’]s|his|her|the|my|their) (?:\w+ )?(?:thigh|leg|arm"
            r"|side|belly|chest|shoulder|throat|neck|back|body|stomach|gut|guts|ribs|breast)",
            0.8,
        ),
        (
            r"(?:cut|gash|wound|slash|scar) ran from (?:his|her|the) (?:\w+ ){0,2}(?:temple"
            r"|brow|forehead|eye|ear|cheek|mouth|chin|shoulder|throat|neck|collarbone|hip) to",
            0.8,
        ),
    ),
    "death/grief": (
        (_HANGING, 1.0),
        (
            after(
                ("he", "she"),
                r"died,? (?:very |quite |so )?(?:quietly|peacefully|in the night|at dawn"
                r"|before (?:morning|dawn)|towards morning|in (?:her|his|the) (?:chair|bed|sleep))",
            ),
            1.0,
        ),
        (
            r"coroner|inquest|dragged the (?:pool|pond|river|lake|mere|canal|millpond|mill.?race"
            r"|weir)",
            0.5,
        ),
    ),
    "self-harm": (
        (
            r"(?:been|was|were|started|began|begun|kept|keeps|keep|went on|goes on) (?:\w+ )?"
            r"(?:cutting|burning|scratching|hurting|harming|marking|scarring|bruising) (?:herself"
            r"|himself|myself|themselves|yourself)(?! (?:out|up)\b)",
            1.0,
        ),
        (
            r"(?:pressed|presses|pressing|dug|digs|digging|drove|drives|drew|draws|drawing"
            r"|dragged|drags|dragging|ran|runs|running|pushed|pushes|scraped|scrapes)"
            r" (?:the |a |her |his |my )?(?:blade|knife|razor|pin|needle|penknife|shard|point"
            r"|edge) (?:\w+ ){0,2}(?:into|across|along|over|down) (?:the (?:\w+ ){0,2}(?:of"
            r"|inside|on|along) )?(?:his|her|my|your) (?:own )?(?:arms?|forearms?|wrists?"
            r"|thighs?|elbow)|(?:pressed|presses|pressing|dug|digs|pushed|pushes) it into the"
            r" (?:\w+ ){0,2}skin (?:of|inside|on) (?:his|her|my|your) (?:own )?(?:arms?"
            r"|forearms?|wrists?|thighs?|elbow)",
            1.0,
        ),
        (
            r"long sleeves (?:[\w'’]+ ){1,5}in (?:summer|June|July|August|the heat|hot weather"
            r"|midsummer)",
            0.4,
        ),
    ),
    "suicide": (
        (_HANGING, 1.0),
        (r"(?:cut|cutting) (?:him|her|them) down", 0.5),
        (
            r"(?:filled|fills|filling|weighted|weights|weighting|loaded|loads|stuffed|stuffs"
            r"|stuffing) (?:the |her |his |my |their )?pockets (?:of (?:her|his|my|the|their)"
            r" \w+ )?with (?:stones|rocks|pebbles|lead|shot)"
            # the coroner's kindness: a gentleman's death "while cleaning a pistol"
            r"|accident (?:while|whilst|when) (?:he was |she was )?cleaning (?:a|his|her|the)"
            r" (?:pistol|gun|revolver|rifle|fowling.piece|shotgun)",
            1.0,
        ),
    ),
    "illness": (
        (
            r"(?:sponging|sponged|sponges|sponge|bathing|bathed) (?:her|his|their|\w+['’]s)"
            r" (?:forehead|brow|temples|burning face)",
            0.5,
        ),
    ),
    "mental illness": (
        (
            r"(?:talking|talked|talks|speaking|spoke|speaks|whispering|whispered|muttering"
            r"|muttered|chattering|chattered) (?:\w+ ){0,5}to (?:someone|somebody|people"
            r"|persons|a person|a man|a woman|a child|those|one) (?:who|that|whom) (?:was not"
            r"|were not|wasn't|weren't|wasn’t|weren’t|was never|were never) there",
            0.8,
        ),
        (
            r"(?:woke|wakes|waking|awoke) (?:\w+ ){0,3}(?:shouting|screaming|crying out"
            r"|shrieking|sobbing)|(?:checking|checked|washing|washed|counting|counted)"
            r" (?:\w+ ){0,3}over and over",
            0.5,
        ),
        (
            r"(?:have|had|having|get|got) (?:her|him|me|them) put away|(?:were|was) (?:poisoning"
            r"|trying to poison) (?:her|his|my|him|me)",
            0.6,
        ),
    ),
    "pregnancy": (
        (
            r"(?:felt|feel|feels|feeling) (?:the (?:baby|child|babe|little one)|it) (?:move"
            r"|moving|kick|kicking|stir|stirring|quicken)",
            0.5,
        ),
        (r"sick (?:[\w'’]+ ){0,8}every morning|sick in the mornings?", 0.6),
        (r"accoucheur(?:['’]s)?|(?<=her )(?:pains|travail) (?:began|came|started|had begun)", 1.0),
        (r"quickening|swell of (?:her|my|your) (?:belly|stomach|abdomen|waist)", 0.6),
    ),
    "sexual content": (
        (
            r"(?:hands?|fingers) (?:\w+ ){0,2}(?:under|beneath|up) (?:her|his) (?:skirts?"
            r"|petticoats?|shift|chemise|nightgown|nightshirt|nightdress)",
            0.6,
        ),
        (
            r"(?:shift|chemise|gown|dress|nightgown|nightdress|robe|shirt) (?:slid|slipped"
            r"|fell|dropped) (?:from|off|down) (?:her|his) (?:shoulders|body|hips)"
            r"|(?:unfasten|unfastened|unfastens|unhook|unhooked|unbutton|unbuttoned|unlace"
            r"|loosen|loosened) (?:her|his) (?:cloak|gown|dress|bodice|stays|corset|shift"
            r"|chemise|breeches|shirt|nightgown)"
            r"|(?:fell|tumbled|sank|rolled) into the (?:hay|straw|bed|sheets|heather|bracken)"
            r" together",
            0.6,
        ),
        (
            r"(?:bodice|blouse|chemise|breeches) (?:half |already |all )?(?:unbuttoned"
            r"|unlaced|undone)|(?<=lay )tangled|limbs tangled",
            0.4,
        ),
    ),
}

ANCHORED: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("domestic violence", "partner"): (
        (
            r"(?<=the )blow(?! (?:to (?:his|her|my|their) (?:pride|hopes|plans|confidence)))"
            r"|(?:marks|bruises) (?:\w+ ){0,4}shape of (?:a |his |her )?(?:\w+['’]s )?(?:fingers"
            r"|hand|fist|knuckles)|sorry afterwards",
            0.4,
        ),
        (
            r"(?:struck|strike|strikes|striking|hit|hits|slapped|slaps|slap|cuffed|cuffs"
            r"|backhanded|smacked) (?:her|him|me|you) (?:hard )?(?:across|in|on) (?:the )?(?:face"
            r"|mouth|cheek|jaw|head|ear)|(?<=with )the back of (?:his|her) hand",
            0.8,
        ),
        (
            r"(?:knocked|knocks|knocking|threw|throws|pushed|pushes|shoved|shoves) (?:her|him"
            r"|me|you) down (?:the )?(?:stairs|steps)",
            0.6,
        ),
    ),
    ("infidelity", "partner"): (
        (r"(?:took|take|takes|taking|taken) (?:a|another) (?:lover|paramour)", 0.8),
        (r"(?:put|puts|slipped|slips|pushed) (?:her|his) wedding ring back on", 0.5),
        (
            # the alibi
            r"(?:believed|believes|thought|thinks|supposed|supposes) (?:her|him) (?:to be )?at"
            r" (?:her|his) (?:sister|mother|aunt|cousin|club|office)(?:['’]s)?",
            0.5,
        ),
    ),
    ("child abuse", "child"): (
        (
            r"(?:gave|give|gives|giving) (?:him|her|me|you|them|the (?:boys?|girls?|child|children"
            r"|lads?)) (?:\w+ )?strokes"
            r"|strokes (?:of|with) the (?:cane|birch|rod|strap|belt|tawse)"
            r"|(?<=the )(?:welts|weals)|(?<=['’]s )(?:strap|cane|birch|tawse)"
            r"|(?:was|were|got|gets|being) beaten (?:oftener|more often|for|every|again|daily"
            r"|regularly)|back of (?:a|the|her|his) (?:hairbrush|brush|wooden spoon|slipper)",
            0.4,
        ),
        (
            r"(?:boxed|boxes|boxing|box) (?:the (?:\w+['’]s? )?|\w+['’]s? |his |her |their |my"
            r" |your )?ears|(?:shut|shuts|shutting|locked|locks|locking)"
            r" (?!(?:it|the|a|an|this|that|those|these|everything|something|himself|herself"
            r"|myself|themselves)\b)\w+ (?:up )?in the (?:cellar|coal.?hole|cupboard|closet"
            r"|attic|dark)",
            0.5,
        ),
        (
            r"(?:back|legs|hands|palms|shoulders|backside) (?:was|were) (?:\w+ )?(?:striped"
            r"|welted|raw|bloody|black and blue)|birch(?:.rods?|ing|ed)\b",
            0.5,
        ),
        (r"thin as (?:sticks|rails?|a rake|laths?|a lath|skeletons?)", 0.3),
    ),
}
