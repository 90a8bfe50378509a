"""The cues of the "themes" stage that count only in their context: pure data in the form
and under the rules of ``theme_told.TOLD``, which ``theme_matcher`` compiles with it.

``ANCHORED`` holds cues that are ambiguous alone and count only in a paragraph that also
names their setting (``ANCHORS``): a blow or a bruise is domestic violence where a husband,
wife or partner is in the paragraph, child abuse where a parent or a child is.
``DENYING`` holds cues that state a lack ("hadn't slept in days"), their denial (one of
``DENIALS``) written as a lookbehind: the negation and modal rules read them from where the
denial starts, so the denial does not cancel them ("if he couldn't get out of bed" is still
supposed).
"""

from __future__ import annotations

from ficshelf.understand.theme_fights import BLOWS
from ficshelf.understand.theme_told import after

# Denials that start some cues: written as lookbehinds, so the cue starts at its own word.
DENIALS = (
    "couldn't",
    "couldn’t",
    "could not",
    "can't",
    "can’t",
    "cannot",
    "didn't",
    "didn’t",
    "did not",
    "don't",
    "don’t",
    "wouldn't",
    "wouldn’t",
    "hadn't",
    "hadn’t",
    "had not",
    "hasn't",
    "hasn’t",
    "has not",
    "haven't",
    "haven’t",
    "have not",
    "never",
)

# The settings that make an ambiguous harm a warning, and the cues that need them.
_PARTNER = (
    r"\b(?:husband|wife|boyfriend|girlfriend|fianc[ée]e?|partner|married|marriage"
    r"|wedding ring|her lord|his lady)\b"
)
ANCHORS: dict[str, str] = {
    "partner": _PARTNER,
    # (round warn40) a partner named anywhere in the story: ``theme_grips``
    "partner in the story": _PARTNER,
    # (round warn42) a blow struck or a weapon used: ``theme_fights``
    "a blow": BLOWS,
    "child": r"\b(?:father|mother|dad|daddy|mum|mummy|mom|stepfather|stepmother|stepdad|stepmum"
    r"|stepmom|uncle|aunt|parents?|boys?|girls?|child|children|kids?|son|daughter|orphans?|lad"
    r"|schoolmaster|schoolmistress|governess|workhouse|matron)(?:['’]s)?\b",
}

# The anchors searched in the whole story, not in the cue's paragraph.
STORY_ANCHORS = frozenset({"partner in the story"})

ANCHORED: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("domestic violence", "partner"): (
        (
            r"(?:fell|fall|falls|falling) (?:down the stairs|against the (?:counter|table"
            r"|cupboard|door|wall))|ice.?pack (?:to|on|against) (?:her|his|my|your) (?:cheek"
            r"|eye|face|jaw|lip|mouth)|split lip|black eye|(?:shoves|shoved|shove|pushes"
            r"|pushed|push|hits|hit|slaps|slapped|grabs|grabbed|hurts|hurt) (?:me|her|you)"
            r"(?! (?:off|away|aside|out of the way|gently|playfully))|(?<=his )fists"
            r"|(?<=his )temper|bruises|flinch(?:ed|es|ing)?|blows|(?:face|eye|lip|cheek|jaw)"
            r" (?:swollen|bruised|puffy)|swollen (?:face|eye|lip|cheek|jaw)|(?<=in a )sling"
            r"|brute|(?:told|tell|tells|telling) (?:the|a) (?:nurse|doctor|police|officer"
            r"|neighbours?|teacher) (?:that )?(?:I|she|he) (?:fell|walked|slipped|tripped)",
            0.4,
        ),
    ),
    ("infidelity", "partner"): (
        (
            after(
                ("drove", "went", "came", "got", "hurried", "drove back", "went back", "came back"),
                r"home to (?:his|her|my|your) (?:wife|husband)",
            ),
            0.3,
        ),
        (
            r"(?:hotel|motel) (?:room"
            r"|receipt|bill)|double room|(?:turned|switched) (?:her|his|my|your) phone off"
            r"|(?:kissed|slept with|sleeping with|seeing) (?:another|someone else)",
            0.4,
        ),
    ),
    ("child abuse", "child"): (
        (
            r"(?:burns|bruises|welts|weals|stripes) (?:on|along|across|all over) (?:the|his|her"
            r"|my|your) (?:\w+['’]s )?(?:arms?|hands?|back|legs?|body)|long sleeves (?:even )?in"
            r" (?:summer|June|July|August|the heat)|(?:hits|hit|beats|beat|belts|belted|thrashes"
            r"|thrashed|canes|caned|starved|starves) (?:you|him|her|me|them)(?! (?:off|back))"
            r"|locked (?:him|her|me|them|you) (?:in|up)|skin and bone|flinch(?:ed|es|ing)?"
            r"|(?<=the )belt|(?<=the )cane|(?<=the )strap|buckle end",
            0.4,
        ),
    ),
}

# Harm shown by the act itself, still ambiguous alone (a plate thrown at someone, a child
# dragged by the ear): added to the cues of the same keys above.
_BY_THE_ACT: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("domestic violence", "partner"): (
        (
            r"(?:threw|throws|throwing|flung|flings|hurled|hurls) (?:the|a|his|her|my|your)"
            r" (?:\w+ )?(?:plate|cup|glass|bottle|pan|chair|vase|iron|ashtray|mug|kettle|boot"
            r"|poker) at (?:her|him|me|you)|(?:took|grabbed|had|held|seized|caught|takes"
            r"|grabs|holds|seizes) (?:her|him|me|you) by the (?:throat|neck|hair)"
            # (thrown, not pushed: "pushed her against the door and kissed her" is a lover's)
            r"|(?:threw|thrown|throws|throwing|flung|flings|hurled|hurls) (?:her|him|me|you)"
            r" (?:\w+ )?(?:against|into) the (?:wall|door|doorframe|counter|fridge|dresser"
            r"|fireplace|table)",
            0.6,
        ),
    ),
    ("infidelity", "partner"): (
        (
            r"(?:sleeping|slept|sleeps|sleep) with (?:his|her|your|their) (?:secretary|boss"
            r"|assistant|best friend|ex|neighbou?r|personal trainer|business partner|clerk"
            r"|typist|governess|maid|footman|groom)|kept (?:a|another) (?:woman|girl)"
            r"(?! (?:to|servant|for|who|cook|in service)\b)",
            0.8,
        ),
    ),
    ("child abuse", "child"): (
        (
            r"(?:dragged|drags|hauled|hauls|pulled|yanked|yanks) (?:him|her|me|you|the boy|the"
            r" girl|the child) (?:\w+ ){0,4}by the (?:ear|ears|hair|collar|scruff|arm)"
            r"|(?:told|telling|tells|said|says) (?:him|her|me|you) (?:that )?(?:he|she|I|you)"
            r" (?:was|were|is|are) (?:wicked|worthless|stupid|useless|nothing|evil|a mistake"
            r"|unwanted)|(?:went|sent|put|goes) (?:to bed )?without (?:food|supper|dinner"
            r"|anything to eat)|(?:days|nights|hours) in the dark"
            r"|(?:shut|shuts|shutting) (?:him|her|me|you|them) (?:up )?in the (?:cellar|attic"
            r"|cupboard|coal.?hole|closet|dark)|half.starved",
            0.5,
        ),
    ),
}
# A blow landing on a body ("it came down across the boy's shoulders"), as strong as a plate
# thrown: child abuse beside a child or one in charge of children. What comes down is the
# rod or "it" (hair falls across shoulders, a child falls down on its back).
_BLOW_LANDS = (
    r"(?:came|comes|come|cracked|cracks) down (?:once |twice |again |hard )?"
    r"(?:across|on|upon) (?:\w+['’]s|his|her|my|your|their) (?:shoulders|back|hands?"
    r"|palms?|knuckles|legs)"
)
_BY_THE_ACT[("child abuse", "child")] += (
    (
        rf"(?<=\bit ){_BLOW_LANDS}"
        rf"|(?:cane|rod|birch|strap|belt|ruler|switch|stick|whip|tawse|lash|blows?) {_BLOW_LANDS}",
        0.6,
    ),
)
for _key, _cues in _BY_THE_ACT.items():
    ANCHORED[_key] = ANCHORED.get(_key, ()) + _cues

# Cues that state a lack ("couldn't get out of bed", "hadn't slept in days", "did not leave
# until morning"), keyed like ``ANCHORED`` (a tag and an anchor, "" for none), their denial
# written as their lookbehind: the stage reads them from where the denial starts.
DENYING: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("alcohol", ""): (
        (after(DENIALS, r"remember (?:getting|coming|how (?:he|she|I|you|they) got) home"), 0.5),
    ),
    ("mental illness", ""): (
        (
            after(DENIALS + tuple(f"{n} even" for n in DENIALS), r"(?:get|drag \w+) out of bed"),
            0.6,
        ),
        (
            after(
                DENIALS,
                r"(?:slept|eaten|showered|washed|left the (?:house|flat|room|bed)|gone out"
                r"|spoken to anyone) (?:properly )?(?:in|for) (?:\w+ )?(?:days|weeks|a week|a month"
                r"|months)",
            ),
            0.5,
        ),
    ),
    ("sexual content", ""): (
        (
            after(
                tuple(f"{n} go" for n in DENIALS), r"back to (?:her|his) own (?:chamber|room|bed)"
            ),
            0.5,
        ),
    ),
    ("infidelity", "partner"): ((after(DENIALS, r"leave until (?:morning|dawn)"), 0.4),),
}
