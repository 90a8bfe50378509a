"""The second lexicon of the "themes" stage: how fiction tells a warning without naming it.
Pure data (regular-expression sources, the same form and rules as ``theme_lexicon.CUES``:
every alternative starts with a word of three letters or more, after any lookbehinds);
``theme_matcher`` compiles both together.

Written from a recall audit (``tests/understand/test_theme_recall.py``): for each warning,
the word families a careful reader takes as the thing itself — its euphemisms ("passed in
the spring", "started cutting again", "in his cups"), its aftermath (ashes, a funeral, a
bruise hidden under a scarf, rehab, a psychiatric ward), its period diction ("put a period
to his existence", "brought to bed of a boy", "disordered in her mind") and its tells
(pinprick pupils, empty bottles hidden, long sleeves in summer, a wedding ring taken off).
The cues that count only in their context (a setting named in the paragraph, a denial
before them) are in ``theme_conditional``, which writes its lookbehinds with ``after``.
"""

from __future__ import annotations

_SELF = r"(?:himself|herself|myself|yourself|themselves)"


def after(words: tuple[str, ...], cue: str) -> str:
    """Return ``cue`` preceded, as one lookbehind per alternative, by any of ``words``."""
    return "|".join(f"(?<={word} ){cue}" for word in words)


# Someone high: only of a person ("you're high", "she was high"), never of a place or time.
_HIGH = after(
    (
        "you're",
        "you are",
        "are you",
        "I'm",
        "I was",
        "he's",
        "she's",
        "he was",
        "she was",
        "they're",
        "were you",
        "was he",
        "was she",
    ),
    r"high(?! (?:up|above|in|on the|over|and|enough|ground|noon|summer|tide|spirits|time))",
)
# Using again, of drugs: no object after it ("started using again", not "using the phone").
_USING = after(
    (
        "started",
        "start",
        "starts",
        "been",
        "was",
        "were",
        "stopped",
        "quit",
        "caught him",
        "caught her",
        "back to",
    ),
    r"using(?! (?:the|a|an|his|her|my|your|their|it|them|this|that|some|\w+ly|to|as|for)\b)",
)
_CUTTING = after(
    ("started", "start", "been", "was", "stopped", "stop", "quit", "caught her", "caught him"),
    r"cutting(?! (?:the|a|an|his|her|my|your|their|it|them|some|bread|hair|wood|through"
    r"|across|down|up|in|out|off|back|corners|class|school|it|me|him|her)\b)",
)
_EXPECTING = after(
    ("was", "is", "she's", "were", "I'm", "we're", "be"),
    r"expecting(?= *[.,;!?\"”]| (?:again|a baby|a child|twins|his child|their (?:first|second)"
    r"|in (?:the|June|May)))",
)
# The body where a wound is told (graphic violence): not the heart, which breaks in love.
_PART = (
    r"(?:skull|jaw|jawbone|cheekbone|ribs?|spine|throat|windpipe|belly|gut|guts|stomach|chest"
    r"|eye|eyes|eyeball|flesh|scalp|bones?|shin|thigh|kneecap|knee|wrist|fingers|nose|teeth"
    r"|artery|veins?|neck|forehead|temple|brow)"
)
_BODY = r"(?:(?:his|her|my|your|their|the|its) )?" + _PART
_KIN = (
    r"(?:mother|father|mum|dad|mom|wife|husband|son|daughter|brother|sister|grandmother"
    r"|grandfather|gran|granny|grandad|grandpa|grandma|nan|nana|aunt|uncle|friend)"
)


# What did a wound, as "what the ball had done to his head" leaves it to the reader.
_WHAT_DID_IT = (
    r"(?:ball|bullet|shot|shell|blade|knife|sword|axe|bayonet|spear|arrow|club|musket.ball"
    r"|grenade|blast|explosion|shrapnel|claws?|teeth|fangs|wheels?|hooves)"
)

TOLD: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            r"(?<=in his )cups|(?<=in her )cups|(?<=in their )cups|(?<=in my )cups"
            r"|(?<=the )worse for (?:liquor|wine|brandy|gin|ale|whiske?y)"
            r"|drink(?:s|ing)? like a fish|(?:heavy|secret|problem|solitary|binge) drink(?:er"
            r"|ers|ing)|(?<=on a )bender|sobriety"
            r"|(?:recovering|former|reformed) (?:alcoholic|drunk|drinker)|Alcoholics Anonymous",
            1.0,
        ),
        (
            r"sober (?:for )?(?:\w+ )?(?:days|weeks|months|years)|(?<=stayed )sober"
            r"|(?<=stay )sober|(?<=been )sober|(?<=staying )sober|(?<=keep )sober",
            0.8,
        ),
        (
            r"empties|empty (?:wine |vodka |gin |whiske?y |beer |brandy )?bottles"
            r"|finish(?:ed|es|ing)? (?:off )?(?:the|a|another|his|her|my|your) bottle"
            r"|bottle (?:was|is) (?:empty|half.empty|nearly empty|almost empty|gone|half gone)"
            r"|(?:hid|hide|hides|hiding|hidden) (?:the|his|her|my|your|a) (?:empties|bottles?"
            r"|flask|booze|drink)|(?:vodka|gin|whiske?y|brandy|rum|bottles?|flasks?)"
            r" (?:hidden |stashed |tucked )?(?:in|under|behind) the (?:cistern|toilet|wardrobe"
            r"|laundry|floorboards|mattress|shed|boot|glovebox|sofa)|(?<=drank )(?:deep|hard"
            r"|heavily)|(?:deep|hard|heavy|steady) drinker|bumpers? of",
            0.6,
        ),
        (
            r"pour(?:s|ed|ing)? (?:himself |herself |myself |yourself )?(?:another|a second"
            r"|a third|one more) (?:\w+ )?(?:drink|glass|vodka|whiske?y|gin|shot|beer|brandy"
            r"|rum|finger)|(?:chewed|chewing|chews|sucked|sucking) (?:on )?(?:mints"
            r"|peppermints) (?:to|before|so)|blacked out drunk",
            0.5,
        ),
        (
            r"madeira|negus|malmsey|arrack|toddy|toddies|metheglin|usquebaugh"
            r"|gin.?(?:shop|palace)|grog.?shop|dram.?shop|public.?house|tap.?room",
            0.5,
        ),
        (r"off.licen[cs]e|liquor store|bottle shop", 0.3),
    ),
    "drug use": (
        (
            after(("been", "you", "he", "she", "was", "were"), "taking something")
            + "|"
            + after(("been on", "you're on", "he's on", "she's on", "I'm on"), "something"),
            0.4,
        ),
        (
            r"(?:burnt|burned|blackened|scorched) (?:spoons?|foil)|crack (?:pipe|house|den)"
            r"|rehab|detox(?:ed|ing)?|methadone",
            0.8,
        ),
        (
            r"snort(?:s|ed|ing)? (?:a |the |another |his |her |my |your |some )?(?:\w+ )?(?:lines?"
            r"|coke|cocaine|powder|speed|heroin)",
            1.0,
        ),
        (
            r"pinprick pupils|pupils (?:were |like |shrunk to |narrowed to )?(?:pinpricks"
            r"|pin.?points|pinned|blown)|clean (?:for )?(?:\w+ )?(?:days|weeks|months|years)"
            r"|(?<=stayed )clean|(?<=stay )clean|(?<=getting )clean|(?<=get )clean"
            r"|cold turkey|shot up|(?:bags?|baggies|wraps?|packets?|lines?) of (?:white )?powder"
            r"|white powder|" + _HIGH + "|" + _USING,
            0.6,
        ),
        (
            r"(?:counted|counts|count|counting|swallowed|swallows|swallow|popped|pops|pop"
            r"|popping|crushed|crushing) (?:\w+ ){0,2}(?:pills|tablets|capsules|oxy|xanax"
            r"|valium)|(?:quit|stop) (?:any ?time|whenever) (?:I|you|he|she|they|we) (?:want"
            r"|wanted|like|liked|choose|chose)",
            0.5,
        ),
    ),
    "domestic violence": (
        (
            r"(?:hid|hide|hides|hiding|cover|covered|covers|covering|conceal|concealed"
            r"|concealing) (?:the|her|his|my|your) (?:bruises|marks|black eye|split lip)",
            0.6,
        ),
        (
            r"(?:walked|walk|walks|walking|ran) into (?:a|the) (?:door|doorframe|door.?frame"
            r"|cupboard door)",
            0.5,
        ),
        (
            r"(?:bruises|marks|welts|finger.?marks|handprints?) (?:on|along|around|ringing"
            r"|across) (?:her|his|my|your) (?:arms?|wrists?|neck|throat|face|cheek|ribs|jaw)",
            0.4,
        ),
        (
            r"(?:slammed|slams|slam|smashed|smashes|banged|bangs|shoved|shoves|threw|throws)"
            r" (?:your|her|my) (?:head|face) (?:against|into) (?:the|a)"
            r"|(?:grabbed|grabs|yanked|yanks|dragged|drags|twisted|twists) (?:your|her|my)"
            r" hair|(?:grabbed|grabs|dragged|drags) (?:you|her|me) by the hair",
            0.5,
        ),
        (r"(?:hit|struck|slapped|backhanded|choked|throttled) (?:her|me)", 0.3),
    ),
    "child abuse": (
        (
            r"cigarette burns|(?:size|shape) of a cigarette(?: end| tip)?"
            r"|(?:beat|beaten|thrashed|whipped|caned|flogged|starved|half.starved) (?:the|his"
            r"|her|their) (?:orphans|pupils|scholars|boys|girls|apprentices?|lads|wards)",
            0.8,
        ),
        (r"(?<=his )belt came off|(?<=the )belt came off|(?<=the )strap came off", 0.6),
    ),
    "graphic violence": (
        # A body part and what broke it, a few words apart ("the axe split his skull", "his
        # jaw shattered", "tore open his belly"): the family, not each phrase.
        (
            r"(?:split|smashed|shattered|crushed|stove in|caved in|tore|torn|ripped|slashed"
            r"|sliced|severed|snapped|pierced|gouged|punctured|mangled|splintered|crunched"
            r"|hacked|slit|laid open|opened up|burst) (?:[\w'’]+ ){0,3}"
            + _BODY
            + r"|"
            + _PART
            + r" (?:was |were |had been )?(?:split|smashed|shattered|crushed"
            r"|caved in|torn open|ripped open|slashed|severed|snapped|pierced|gouged|mangled"
            r"|splintered|crunched|hacked|slit|laid open|burst open)",
            0.6,
        ),
        (
            r"(?:bone|bones) (?:[\w'’]+ ){0,3}(?:through|out of|from) (?:the|his|her|my|your)"
            r" (?:skin|flesh)|(?:bent|twisted|hung|lay) (?:[\w'’]+ ){0,2}(?:the wrong way|at (?:a"
            r"|an) (?:wrong|impossible|unnatural|sickening) angle)",
            0.8,
        ),
        (
            r"(?:took|blew|tore|shot|ripped|sheared|sliced|hacked) (?:off|away) (?:half )?"
            r"(?:his|her|their|my|your|the) (?:jaw|face|hand|arm|leg|foot|fingers?|ear|nose"
            r"|skull|scalp)|(?:stab|knife|puncture|entry|exit) wounds",
            1.0,
        ),
        (
            r"blood (?:came|seeped|oozed|pumped|bubbled|leaked|welled|poured) (?:through"
            r"|between|from|out of|over)|flaps? of (?:skin|flesh|scalp)|broken teeth"
            r"|(?:choking|choked|spat|spitting|spat out) (?:on )?(?:his|her|their|my|your)"
            r" (?:own )?(?:broken )?teeth|(?:nose|jaw|cheekbone|ribs?|skull) (?:crunched"
            r"|gave way|shattered|broke|splintered|caved in|went flat|go flat) under"
            r"|(?:cut|sliced|hewn|hacked|torn|split) (?:him|her|them|men) (?:clean )?in (?:two"
            r"|half)|(?:deck|floor|water|river|snow|ground|sand|street|gutter|scuppers|sheets"
            r"|stones|grass) (?:[\w'’]+ ){0,4}(?:ran|running|turned|went) red|blood (?:was"
            r"|were) (?:all )?over"
            # (round six) the colour spreading round a body, not a sunset on a river
            r"|(?:water|river|stream|pool|shallows|snow|sand|sheets?) (?:[\w'’]+ ){0,4}(?:turning"
            r"|going|gone|ran|running|turned|went) (?:red|pink|crimson|scarlet) (?:round|around"
            r"|about|under|beneath) (?:him|her|them|the body|the man|the dead)\b",
            0.8,
        ),
        # A wound told by what the weapon did, left to the reader ("what the ball had done to
        # the side of his head", "what the shell did to his legs").
        (
            "|".join(
                f"(?<=what {det} )" + _WHAT_DID_IT + r" (?:had )?(?:done|did|does) to"
                for det in ("the", "a", "his", "her", "their")
            ),
            0.8,
        ),
        (
            r"(?:pulled|pulls|pull|yanked|yanks|yank|wrenched|wrenches|wrench|tugged|tugs)"
            r" (?:the|his|her|my|your|a) (?:knife|blade|sword|dagger|bayonet|spear|arrow"
            r"|bolt|shard) (?:free |back )?out(?! of (?:the|a|his|her|my|your) (?:drawer"
            r"|sheath|scabbard|block|bag|pocket|belt|box|case|table|water|ground|stone|wood))"
            r"|(?<=to the )bone",
            0.6,
        ),
    ),
    "death/grief": (
        (
            r"(?<=['’]s )ashes|(?<=his )ashes|(?<=her )ashes|(?<=their )ashes"
            r"|scatter(?:ed|ing|s)? (?:his |her |their )?ashes(?! of the (?:fire|hearth|grate"
            r"|stove))|funerals?|memorial service"
            r"|"
            + after(
                (
                    "sat with his",
                    "sat with her",
                    "sat with the",
                    "stayed with his",
                    "stayed with her",
                    "sit with his",
                    "sit with her",
                ),
                "body",
            )
            + r"|(?<=his )body (?:grew|went|turned) cold|(?<=her )body (?:grew|went|turned) cold"
            r"|passed (?:away|in (?:the night|(?:his|her|their|my) sleep))|"
            + after(("he", "she", "had"), "passed (?:peacefully|quietly)(?! by| through| over)")
            + r"|"
            + _KIN
            + r" (?:had )?passed(?: on| away)?"
            r"(?= in (?:the|his|her|their|my) | last | during |[.,;])"
            r"|(?:pleased|please|pleases) (?:God|the Lord|Heaven|Providence) to (?:take|call"
            r"|remove)|(?:God|(?<=the )Lord|Heaven) (?:took|has taken|had taken|called|saw fit to"
            r" take) (?:him|her|them|our|my|his|the)|(?:gone|went|called) (?:home )?to (?:God"
            r"|glory|(?:his|her|their) (?:reward|rest|Maker))|(?:gone|went) to meet (?:his|her"
            r"|their) Maker|departed this life",
            1.0,
        ),
        (
            r"(?:year|years|months?|weeks?) (?:since|after)"
            r" (?:the accident|the funeral|(?:he|she) died|(?:his|her) death)"
            r"|(?:set|sets|laid|lay|lays) (?:the table|a place|places) for (?:two|him|her)"
            r"|(?:still|kept) (?:call(?:s|ed|ing)?|ring(?:s|ing)?|rang|text(?:s|ed|ing)?) (?:his"
            r"|her|their) (?:phone|number|mobile)",
            0.6,
        ),
        (r"stopped (?:all )?the clocks?(?! at)|(?<=at the )wake|(?<=after the )wake", 0.8),
        (r"slipped away(?! (?:from|to|into|through|unnoticed|early|down|up|out))", 0.5),
        # (round warn37) a child's death told by the size of its grave or coffin
        (
            r"(?<=small )(?:graves?|coffins?)|(?<=little )(?:graves?|coffins?)"
            r"|(?<=tiny )(?:graves?|coffins?)|(?<=child['’]s )(?:grave|coffin)"
            r"|(?<=baby['’]s )(?:grave|coffin)|(?<=infant['’]s )(?:grave|coffin)",
            1.0,
        ),
        (r"hospice", 0.3),
    ),
    "illness": (
        (
            r"(?:bringing|brought|bring|brings|coughing|coughed|cough|coughs) up blood"
            r"|blood (?:in|into|on) (?:her|his|my|the|your) handkerchief|cannula|catheter"
            r"|oxygen mask|heart monitor|hospital gown|oncolog(?:y|ist)|spread(?:ing)? to"
            r" (?:the|his|her|my|your) (?:liver|lungs?|bones?|brain|lymph nodes|spine"
            r"|kidneys)",
            1.0,
        ),
        (
            r"hair (?:came|come|comes|coming|fell|falling|falls) out in (?:handfuls|clumps)",
            0.8,
        ),
        (
            r"(?:taken|took|caught|catch|catches|catching) (?:a |the |her |his )?(?:chill"
            r"|fever|infection|influenza|flu|pox|measles)|(?:hospital|cancer|children['’]s"
            r"|isolation|fever|surgical) ward|(?:cough|fever|pain|symptoms|condition|illness"
            r"|headaches) (?:had been |was |kept )?(?:getting|got|grew|growing) worse"
            r"|burning up(?! (?:the|with (?:rage|shame|embarrassment|anger|jealousy)))",
            0.6,
        ),
        (
            r"(?:sat|sit|sits|sitting) up (?:all )?(?:nights?|with (?:him|her|the (?:child|baby"
            r"|invalid|patient)))|(?<=too )weak to (?:stand|walk|crawl|sit up|lift|eat|move|speak)",
            0.5,
        ),
        (
            r"(?:weeks|months|days) in (?:this|that|the|a|hospital) (?:hospital )?bed|nurses|drip"
            r"|(?<=this )bed for (?:\w+ )?(?:weeks|months)|(?<=from the )ward|(?<=on the )ward",
            0.4,
        ),
    ),
    "mental illness": (
        (
            r"sectioned|psychiatric (?:ward|hospital|unit|nurse|care|hold|evaluation)"
            r"|psych ward|mental (?:hospital|institution|ward)|post.traumatic(?: stress)?"
            r"|combat stress|battle fatigue|disorder(?:ed)? (?:in )?(?:her|his|my|their|the)"
            r" (?:mind|wits|senses|reason|understanding)|(?:unsettled|deranged|distracted"
            r"|unbalanced) in (?:her|his|my|their) (?:mind|wits|reason|senses)"
            r"|talk(?:ed|ing|s)? to (?:people|someone|somebody|things|voices|faces) (?:who"
            r"|that) (?:were|was|are|is)(?:n['’]t| not) there",
            1.0,
        ),
        (
            r"(?:see|saw|sees|seeing) (?:it|the \w+|him"
            r"|her|them) (?:every time|whenever) (?:I|he|she|you|they) (?:close|closed|closes"
            r"|shut|shuts) (?:my|his|her|your|their) eyes",
            0.6,
        ),
        (
            r"sure (?:he|she|I|you) (?:was|were) dying|(?:check(?:ed|s|ing)?|count(?:ed|s|ing)?"
            r"|wash(?:ed|es|ing)?) (?:the |my |his |her |your )?(?:\w+ ){0,2}(?:three|four|five"
            r"|six|seven|ten|a dozen|twenty|a hundred) times",
            0.5,
        ),
        (
            r"(?:started|starts|jumped|jumps|flinched|flinches) at every (?:sound|noise|door|shadow"
            r"|knock|footstep|bang)|(?:shouting|screaming|crying out) in (?:his|her|my|your|their)"
            r" sleep|(?:staring|stared|stare|stares) at nothing|better off without (?:me|him|her)"
            r"|(?<=the )panic (?:came|rose|hit|struck|swept|gripped|seized)|feeling nothing"
            r"|felt nothing|feel nothing|(?<=felt )numb|(?<=feel )numb"
            r"|(?<=feeling )numb|(?:woke|wake|wakes|waking) (?:up )?(?:screaming|sweating"
            r"|in a cold sweat|soaked in sweat|drenched in sweat)|(?<=something )(?:terrible|bad"
            r"|awful|dreadful) (?:will|would) happen",
            0.4,
        ),
        (
            r"(?:soaked|drenched|bathed) in (?:cold )?sweat|cold sweat|(?:chest|throat)"
            r" (?:locked|tightened|seized|closed)|(?:heart|pulse)"
            r" (?:hammering|pounding|racing)|(?:until|till) (?:he|she|I|you) could breathe"
            r" (?:again|properly)",
            0.3,
        ),
    ),
    "self-harm": (
        (
            r"(?:pressed|press|presses|pressing|held|hold|holds|holding) (?:the|a|his|her|my"
            r"|your) (?:lighter|cigarette|match|blade|razor|knife|compass|scissors) (?:to"
            r"|against|into|across|along) (?:the inside of )?(?:her|his|my|your|their)"
            r" (?:skin|wrists?|arms?|forearms?|thighs?|stomach|legs?|hip)|" + _CUTTING,
            1.0,
        ),
        (
            r"(?:cuts|scars|lines|scratches|burns) (?:on|along|across|up|down|inside|crossed"
            r"|crossing|over) (?:\w+ ){0,5}(?:wrists?|forearms?|thighs?|inner arms?)"
            r"|(?:picked|picks|pick|picking|scratched|scratches|scratch|scratching|clawed"
            r"|claws|claw|clawing|dug|digs|dig|digging) (?:at )?(?:\w+ ){0,5}until (?:it|they"
            r"|the skin) (?:bled|bleeds|bleed|was raw|broke)",
            0.8,
        ),
        (
            r"hurt(?:ing|s)? " + _SELF + r"|(?:pain|sting|hurt|burn) (?:is|was) easier than"
            r"|(?<=her )blades? (?:taped|hidden)|(?<=the )blades? (?:taped|hidden)",
            0.6,
        ),
        (
            r"razor blades?|(?:lines|cuts) (?:on|along|across) (?:[\w'’]+ ){0,4}arms?"
            r"|neat (?:lines|cuts)|(?<=the )blade in (?:his|her|my|your) (?:pencil case|drawer"
            r"|sock|bag|wallet|purse|make.?up bag|pocket)",
            0.4,
        ),
        (
            r"long sleeves (?:even )?in (?:summer|June|July|August|the heat|hot weather)"
            r"|(?:pulled|pulls|pull|tugged|tugs|tug) (?:her|his|my|your|their) sleeves? down"
            r"|sleeves? to (?:show|reveal)|(?:bandage|bandages|dressing),? (?:was |were )?"
            r"(?:already )?(?:red|soaked|bloody|stained) through",
            0.4,
        ),
    ),
    "suicide": (
        (
            r"hose(?:pipe)? (?:from the exhaust )?(?:through|into) the (?:car |driver['’]s )?"
            r"window|exhaust fumes|stones in (?:her|his|their|my|your) pockets"
            r"|(?:filled|fills|weighted|weighed) (?:her|his|my|their) pockets with (?:stones"
            r"|rocks)|(?:put|puts|putting) a period to (?:his|her|their|my) (?:own )?(?:life"
            r"|existence)|(?:laid|lay|lays) violent hands (?:on|upon) "
            + _SELF
            + r"|(?:destroyed|made away with|did away with) "
            + _SELF,
            1.0,
        ),
        (
            r"(?:rope|noose) (?:round|around|about) (?:her|his|my|their|your) (?:own )?neck"
            r"|kicked (?:the|his|her) (?:chair|stool) (?:away|out)|better off without me"
            r"|(?:swallowed|swallows|swallow|downed|downs) (?:them all|all of them|the (?:whole"
            r"|entire) (?:bottle|packet|lot)|every (?:one|pill|tablet|last one)|a (?:handful"
            r"|fistful|bottle|packet) of (?:pills|tablets|sleeping pills|paracetamol|aspirin))"
            r"|(?:saved|hoarded|stockpiled|saving|hoarding|stockpiling|collected|collecting)"
            r" (?:up )?(?:his|her|my|their|your|the) (?:pills|tablets|sleeping pills|sleeping"
            r" draughts|medication|painkillers)",
            0.8,
        ),
    ),
    "sexual content": (
        (
            r"(?:fell|tumbled|falling|tumbling|fall|tumble|fallen|climbed) into bed (?:together"
            r"|with (?:him|her|me|you|each other))|(?:dress|shirt|clothes|jeans|trousers|skirt"
            r"|blouse|bra|underwear|knickers|boxers) (?:was|were|lay|landed|pooled|ended up)"
            r" (?:on|in a heap on) the floor",
            0.8,
        ),
        (
            r"(?:pulled|pull|pulls|tugged|tug|tugs|stripped|strip|strips|yanked|peeled|peel)"
            r" (?:his|her|my|your|their) (?:shirt|blouse|dress|top|jumper|sweater|tunic)"
            r" (?:up and )?(?:over|off|open)|straddl(?:ed|es|ing|e) (?:his|her|my|your) (?:lap|hips"
            r"|thighs|waist)|(?:rocked|rocking|ground|grinding|rolled|rolling) (?:her |his "
            r"|my |your )?(?:hips )?against (?:him|her|me|you)|(?:pushed|push|pushes|pressed"
            r"|press|presses|pulled"
            r"|pull|pulls|laid|lay|lays) (?:him|her|me|you) (?:down )?(?:onto|into|on|upon)"
            r" (?:the|his|her|my|your) (?:sheets|bed|mattress|pillows)|unlac(?:ed|ing) (?:her"
            r"|him)",
            0.6,
        ),
        (
            r"(?:pressed|pushed|backed|pinned) (?:her|him|me|you) (?:back )?(?:against|into)"
            r" the (?:door|wall|mattress)|(?:skin|body) (?:is|was) hot under (?:my|his|her"
            r"|your) (?:mouth|hands|lips|fingers)|(?<=before they )reached the bed"
            r"|tangled (?:in|up in) (?:the|her|his|my|your|their) sheets",
            0.5,
        ),
        (
            r"kissed (?:her|him|me|you) until|(?:moaned|moans|gasped|gasps|breathed"
            r"|breathes) (?:my|his|her|your) name like|"
            + after(
                tuple(f"{v} {p}" for v in ("says", "said") for p in ("my", "his", "her", "your")),
                "name like",
            )
            + r"|(?<=hands were )everywhere"
            r"|pins from (?:her|his) hair|bare shoulders?",
            0.3,
        ),
    ),
    "infidelity": (
        (
            r"(?:took|takes|take|taking|slipped|slips|pulled|pulls) (?:off )?(?:his|her|my|your)"
            r" wedding ring(?: off)?|(?:sleeping|slept|sleeps) with (?:someone else"
            r"|another (?:man|woman))|seeing (?:someone else|another (?:man|woman)|her behind"
            r"|him behind)",
            0.8,
        ),
        (
            r"(?:sleeping|slept|sleeps) with (?:his|her|my|your) (?:wife|husband)['’]s (?:sister"
            r"|brother|best friend|friend|cousin|mother|father)",
            1.0,
        ),
        (
            r"(?:husband|wife|boyfriend|girlfriend|fianc[ée]e?|lord|lady) (?:thought|believed"
            r"|thinks|believes|assumed|assumes) (?:she|he|I|you) (?:was|were|is|am|are) (?:at"
            r"|in|with|working|away|on)|(?:tell|told|tells|telling) (?:my|his|her|your) (?:wife"
            r"|husband) (?:I'm|I am|I was|he's|he was|she's|she was|you're|you were|that)"
            r" (?:working late|at (?:the|a|work)|away)|(?<=while her )(?:husband|lord)"
            r" (?:was|were) (?:away|abroad|at|in|out)|(?<=while his )(?:wife"
            r"|lady) (?:was|were) (?:away|abroad|at|in|out)|(?<=her )husband (?:or|and|nor)"
            r" (?:my|his) wife|(?<=his )wife (?:or|and|nor) (?:my|her) husband",
            0.6,
        ),
    ),
    "pregnancy": (
        (
            r"(?:brought|put) to bed (?:of|with) (?:a|twins)|(?<=her )waters? (?:went|had gone"
            r"|breaking)|let out (?:her|the) (?:stays|seams|waistband|dress|gown|skirts?)"
            r"|(?<=hiding her )condition|(?<=her )condition (?:was|became|grew) (?:plain|obvious"
            r"|evident|apparent|visible)|(?<=two )(?:blue"
            r"|pink) lines|pregnancy test|(?:belly|stomach|bump|condition) (?:had )?(?:begun"
            r"|began|started|starting) to show|(?:weeks|months) along(?! (?:the|a|this"
            r"|that|its|his|her|their|my)\b)|" + _EXPECTING,
            1.0,
        ),
        (
            r"(?:sixth|seventh|eighth|ninth) month|sick (?:every|each) morning"
            r"|(?<=every morning I['’]m )sick|safely delivered|(?<=a )(?:fine|healthy|bonny"
            r"|lusty) (?:boy|girl|son|daughter|baby|infant)|baby on (?:her|his|\w+['’]s)"
            r" (?:chest|breast)|(?:baby|infant) to (?:her|the) breast",
            0.5,
        ),
    ),
}
