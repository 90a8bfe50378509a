"""The fifth lexicon of the "themes" stage (round warn35): a warning told in the everyday
words of modern fan fiction, by verb family and its objects rather than by phrase. Pure data
(the form and rules of ``theme_lexicon.CUES``: every alternative starts with a word of three
letters or more, after any lookbehinds); ``theme_matcher`` compiles it with the others.

Written from the eleventh round of invented scenes (``tests/understand/theme_fresh_warn35.py``),
each family in all its inflections:

* drink by the drinking itself — shots counted or knocked back, a glass refilled to the brim,
  words slurred, a swig or a pull from a flask — and by its morning (a pounding head after);
* drugs by the party pill swallowed or pressed into a hand, coming down, the foil heated and
  the smoke breathed, a joint passed round or rolled;
* illness by its diagnosis (malignant, a stage of it, a consultant's word), an asthma attack
  and its inhaler, a seizure, a drip in A&E;
* a mind by its startle (flat to the floor at a backfire), a depressive or manic episode, not
  getting out of bed for days;
* a death by its burial (lowered into the ground or the grave, earth thrown on the lid), by
  "gone in her sleep", "passed peacefully", a good innings;
* a wound by a mouth tasting blood, a lip split, ribs kicked until something cracked, a
  stamp on a hand or a head, a blade that opened someone to the bone or went in under the chin;
* self-harm by a lighter or a cigarette pressed to one's own skin, a burn or a cut hidden;
* a suicide by the wrong side of a railing or a parapet, "wanted it all to stop", a note left
  and not meant to be found;
* a pregnancy by a period weeks late and a hand laid flat on the belly;
* infidelity beside a spouse: "it had been going on since", a scent that was not the
  spouse's, the same hotel or the hotel on a weekday;
* a child beaten by a belt taken off, strokes counted, bent over a chair.

Studied in turn on a twelfth round written after those (the same file; 4 of its 16 scenes
found before, as on main): a pub crawl,
crying into a pint; voices that tell someone things or come back; a kin noun that died
("Grandad died", "her brother was killed"); an arrow or a blade that takes someone through
a part of the body, a limb hanging by a strip of skin; a week-numbered scan, the baby's
heartbeat, jeans that will not do up; a phone turned face down, a new aftershave, late
meetings (beside a spouse).

Beside a spouse or a child (``ANCHORED``, keyed like ``theme_conditional.ANCHORED``).
"""

from __future__ import annotations

_HIS = r"(?:his|her|my|their|your)"
# kin a death is told of ("Grandad died on a Thursday", "her brother was killed")
_KIN = (
    r"(?:mother|father|mum|dad|mom|wife|husband|son|daughter|brother|sister|grandmother"
    r"|grandfather|gran|granny|grandad|grandpa|grandma|nan|nana|aunt|uncle)"
)
# (each kin noun written out with each verb, so that the prefilter's literal beginnings are
# "mother died", not "mother": kin nouns are common words)
_KIN_DIED = "|".join(
    f"{kin} {verb}"
    for kin in _KIN[3:-1].split("|")
    for verb in ("died", "was killed", "got killed", "drowned")
)
# how late a period is ("ten days late", "weeks late"), not late for something or with it
_LATE = r"late(?! for| to| with| on| in| at| back| home| again| in)"

FAMILIES: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            # shots counted, lined up, knocked back; a round of them
            r"(?:lost|losing|loses) count of (?:the |her |his |my |their )?(?:shots|drinks"
            r"|pints|rounds)|(?:tequila|vodka|whiske?y|rum|jager|sambuca) shots"
            r"|(?:round|rounds|tray|line|row) of shots"
            r"|(?:kept|keep|keeps|keeping) (?:knocking|throwing|tossing|downing) (?:them|it) back",
            0.8,
        ),
        (
            r"(?<=pub )crawls?|(?:crying|cried|cries|weeping|wept|sobbing) into (?:a|his|her"
            r"|my|their) (?:pint|beer|drink|glass|wine|whiske?y)",
            0.6,
        ),
        (
            r"(?:refilled|refilling|refills|topped up|topping up) (?:\w+ ){0,2}(?:glass|glasses"
            r"|mug|cup)(?: to the brim| again)"
            r"|(?:slurred|slurring|slurs) (?:his|her|my|their|your|the) words",
            0.6,
        ),
        (r"(?<=to )take the edge off", 0.4),
    ),
    "drug use": (
        (
            # the pill at a party, swallowed or pressed on someone
            r"(?:pressed|pressing|presses|slipped|slips) (?:a |two |"
            r"some )?(?:little |tiny |small )?(?:blue |white |pink |yellow )?pills? into "
            r"(?:his|her|my|their|your|\w+['’]s) (?:palm|hand|mouth)"
            r"|(?:popped|popping|pops) (?:some |more |two |three )?(?:pills|tabs|molly|ecstasy"
            r"|mdma)"
            r"|(?:dropped|dropping|drops) (?:a |some )?(?:tabs?|molly|acid|ecstasy|mdma)",
            0.8,
        ),
        (
            r"(?:heated|heating|heats) (?:the |a )?foil"
            r"|chas(?:ed|ing|es|e) the dragon|(?:passed|passing|passes|rolled|rolling|rolls"
            r"|shared|sharing) (?:the |a |another )?(?:joint|spliff|blunt)"
            r"|(?:came|coming|comes|come) down (?:off|from) (?:the |"
            + _HIS
            + r" )?(?:high|pills|coke|speed|drugs|trip|molly)",
            0.8,
        ),
    ),
    "illness": (
        (
            r"malignant|metasta\w+|(?<=stage )three cancer|(?<=stage )four cancer"
            r"|(?:asthma|epileptic|diabetic) (?:attack|fit|seizure|coma)s?"
            r"|inhalers?|nebuli[sz]ers?|(?:had|having|has|have) (?:a |another )?seizures?",
            0.8,
        ),
    ),
    "mental illness": (
        (
            r"(?:depressive|manic|psychotic|dissociative) episodes?"
            # voices that speak to someone, or come back
            r"|(?<=the )voices (?:told|tell|tells|whispered|whisper|whispers|came back"
            r"|had come back|were back|are back|were worse|got worse|in (?:his|her|my|their) head)"
            # a startle at a loud noise: a backfire that sends him flat to the floor
            r"|(?:backfir(?:ed|ing|es|e)|fireworks?|thunderclap|gunshot|door slamm\w+|car horn)"
            r" (?:\w+ ){0,6}(?:sent|sends|sending|threw|throws|throwing) (?:him|her|me|them)"
            r" (?:flat |diving |face down )?(?:to|onto|on|under) the (?:\w+ )?(?:floor|ground"
            r"|pavement|table)",
            0.8,
        ),
        (
            r"(?:could not|couldn['’]t|can['’]t|cannot) (?:get|getting) (?:up|out of bed) (?:at all"
            r"|for days|for weeks)",
            0.6,
        ),
    ),
    "death/grief": (
        (
            # a burial: lowered into the ground, earth on the lid
            r"(?:lowered|lowering|lowers|lower) (?:\w+ ){0,3}into the (?:ground|grave|earth)"
            r"|(?:handful|handfuls|fistful|clod) of (?:earth|dirt|soil) (?:\w+ ){0,3}(?:on|onto"
            r"|against) the (?:lid|coffin|casket)",
            0.8,
        ),
        (r"(?<=a good )innings", 0.4),
        (
            r"(?:gone|went|slipped away|passed|passed away|died) (?:very )?(?:peacefully )?in "
            + _HIS
            + r" sleep|(?:passed|slipped) away (?:very )?peacefully"
            r"|(?:" + _KIN_DIED + r")(?! down| away| out)",
            1.0,
        ),
    ),
    "graphic violence": (
        (
            r"(?:tasted|tasting|tastes) (?:his |her |my |their )?(?:own )?blood|taste of blood"
            r"|(?:split|splits|splitting|busted|burst) (?:open )?" + _HIS + r" lip"
            r"|(?:stamped|stamping|stamps|stomped|stomping) on " + _HIS + r" (?:hand|head|face"
            r"|fingers|ribs|chest|neck|knee)",
            0.5,
        ),
        (
            r"(?:kicked|kicking|kicks) (?:him|her|me|them) (?:in the (?:ribs|head|face|stomach"
            r"|gut) )?until (?:something|a rib|his ribs|her ribs|bones?) (?:cracked"
            r"|snapped|broke|gave)"
            r"|(?:opened|opening|opens|laid|cut|cutting) (?:him|her|them|his \w+|her \w+)"
            r" (?:open )?to the bone|(?:drove|driving|drives|thrust|thrusting|rammed|plunged)"
            r" (?:his|her|the|my) (?:sword|blade|knife|dagger|spear|bayonet) (?:up )?"
            r"(?:under|through|into) (?:the )?(?:\w+['’]s |his |her )?(?:chin|jaw|ribs|throat"
            r"|neck|eye|belly|gut|chest)"
            # a missile or a blade that takes someone through a part of the body
            r"|(?:arrow|bullet|spear|lance|musket.ball) (?:took"
            r"|caught|hit|struck|went through|tore through|ripped through|punched through)"
            r" (?:\w+ ){0,2}(?:in|through|under) the (?:throat|eye|chest|neck|belly|gut|stomach"
            r"|heart|head|face|shoulder|thigh|back|ribs|skull|temple|mouth)"
            r"|(?:hung|hanging|hangs|dangled|dangling) by a (?:strip|thread|flap|shred) of (?:skin"
            r"|flesh|sinew|gristle)",
            1.0,
        ),
    ),
    "self-harm": (
        (
            r"(?:pressed|pressing|presses|held|holding|holds) the (?:hot |lit |burning )?"
            r"(?:metal of the |end of the |tip of the )?(?:lighter|cigarette|match|iron)"
            r" (?:against|to|into) " + _HIS + r" (?:skin|arm|arms|thigh|thighs|wrist|wrists|leg"
            r"|legs|hip|hips|stomach|palm)",
            1.0,
        ),
    ),
    "suicide": (
        (
            r"(?<=the )wrong side of the (?:railings?|barrier|parapet|guard ?rail|fence"
            r"|balustrade)",
            0.8,
        ),
        (
            r"(?:wanted|wants|want|wanting) (?:it all|everything|it|the pain|the noise) to stop",
            0.4,
        ),
    ),
    "pregnancy": (
        (
            # a period late: "ten days late", "weeks late", "late for three weeks"
            r"(?<=days )"
            + _LATE
            + r"|(?<=weeks )"
            + _LATE
            + r"|(?<=been )late for (?:two|three|four|five|six) weeks",
            0.5,
        ),
        (
            r"twelve-week scan|twelve week scan|twenty-week scan|twenty week scan"
            r"|(?:dating|anomaly|pregnancy) scan"
            r"|(?<=the )baby['’]s heartbeat|(?:could not|couldn['’]t|can['’]t|cannot) (?:do|button"
            r"|zip) up (?:her|my) (?:jeans|trousers|skirt|dress|coat)",
            0.8,
        ),
    ),
}

ANCHORED: dict[tuple[str, str], tuple[tuple[str, float], ...]] = {
    ("infidelity", "partner"): (
        (
            r"(?<=been )going on (?:since (?:january|february|march|april|may|june|july|august"
            r"|september|october|november|december|christmas|easter|the summer|the spring|last)"
            r"|for (?:months|weeks|a year|a month))"
            r"|(?:smelling|smelled|smelt|smells|smell) of (?:a |some )?(?:\w+ )?(?:perfume|scent"
            r"|lavender|roses|violets|cologne|aftershave) (?:that was not|that wasn['’]t|not)"
            r"|(?<=same )hotel|(?<=the )hotel (?:on |again |next )?(?:monday|tuesday|wednesday"
            r"|thursday|friday|saturday|sunday|tonight|tomorrow|week)",
            0.6,
        ),
        (
            r"(?:turned|turns|turning|kept|keeps|keeping|put|puts|laid|lays) (?:his|her) phone"
            r" face.?down|(?<=new )aftershave|(?<=new )perfume|(?<=late )meetings",
            0.4,
        ),
    ),
    ("child abuse", "child"): (
        (
            r"(?:took|takes|taking|undid|undoes|unbuckled|unbuckling|slid|slipped) (?:off )?"
            r"(?:his|her|the) belt(?: off)?|(?:counted|counting|counts) the (?:strokes|blows"
            r"|lashes)|(?:bent|bend|bends|bending) over the (?:chair|desk|table|bed|kitchen table)",
            0.6,
        ),
    ),
}
