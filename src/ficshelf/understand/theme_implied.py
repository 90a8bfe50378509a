"""The third lexicon of the "themes" stage: what a reader infers from the way a scene is
told. Pure data (regular-expression sources, the same form and rules as
``theme_lexicon.CUES``: every alternative starts with a word of three letters or more, after
any lookbehinds); ``theme_matcher`` compiles it with the other two.

Written from how fiction of every period tells these things without the plain word, not from
any story's sentences:

* drink by its older names and by the drinking itself ("aqua vitae", "strong waters", "took a
  long pull at the flask"); drugs by what someone "had been taking";
* a death by the blessing said over the dead ("God rest him", "rest her soul"), by the
  questions the living ask ("was it quick?", "did she suffer?"), by the sea or a fever that
  "took him", and by the dead spoken of in the past ("I had a brother once");
* a wound by what the blade did ("went into the flesh", "grated on the bone", "laid him
  open", "opened him from the belly to the throat"), by its length on the body, by the
  amount of blood ("so much blood", "blood on the stones");
* a suicide by the walk into the water ("walked into the sea") and the letter left behind;
* a mind by its sleepwalking;
* swearing told by the narration instead of quoted ("swore fluently", "bad language"), the
  full oaths at a person ("damn your eyes", "damn you") and the period oaths ("Mother of
  God", "zounds").

Their figurative uses are in ``theme_context.FIGURATIVE`` with the rest.
"""

from __future__ import annotations

from ficshelf.understand.theme_told import after

_POSSESSIVES = ("his", "her", "my", "their")
# A depth or a purpose after the walk into the water is paddling, bathing or fishing.
_WADING = (
    r"(?! (?:(?:almost |nearly |right )?up )?to (?:the |his |her |my |their |your |our )?(?:knees"
    r"|ankles|waist|thighs|calves|shins|middle|chest|hips)| to (?:paddle|bathe|swim|fish|wash"
    r"|cool|play|fetch|help|save|pull|rescue))"
)
_WATER = (
    r"(?:sea|river|lake|loch|mere|water|waters|waves|surf|tide|quicksand|sands?|canal|pond"
    r"|millpond|millrace|weir|flood)"
)
# The length of a wound on the body ("from the belly to the breastbone", "from the wrist
# almost to the elbow").
_FROM_PART = r"(?:belly|navel|groin|throat|chin|neck|shoulder|wrist|hip|breastbone|ear|eye)"
_TO_PART = r"(?:breastbone|throat|chin|belly|navel|groin|elbow|waist|hip|shoulder|jaw|ear|mouth)"

IMPLIED: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (r"aqua vitae|strong waters|eau.de.vie|usquebaugh|poteen|potheen", 0.8),
        (
            r"(?:took|takes|take|taking|had|has|have) (?:a |another )?(?:long |deep |good"
            r" |great |small |smaller |quick |stiff )?(?:pull|swig|nip)"
            r"(?: (?:at|from|of|on) (?:the|his|her|my|your|their|a) (?:bottle|flask|jug|jar"
            r"|decanter|brandy|gin|rum|whiske?y|wine))?(?! (?:at|on|of) (?:the |his |her |my"
            r" |your |their |a )?(?:pipe|cigar|cigarette|oars?|rope|line|water|tea|coffee"
            r"|milk|air|breath))",
            0.4,
        ),
        (r"(?:swigged|swigging|swigs|tippled|tippling|tipples|tippler|toper|sot|sots)", 0.6),
        # Drunk in the slang of every period, and the bottle as the drinking itself.
        (
            r"(?<=in )liquor|half.seas.over|three sheets (?:in|to) the wind|well.oiled|squiffy"
            r"|plastered|legless|bladdered|(?<=in )drink|(?:took|taken|takes|take|taking|hit"
            r"|hits|hitting) (?:to )?the bottle|(?:crawled|crawls|crawling) into (?:a|the) bottle"
            r"|(?<=been on the )bottle|(?<=back on the )bottle|drunkenness"
            r"|carous(?:e|ed|es|ing|al)|wassail\w*"
            r"|drinking (?:song|party|bout|companion|partner|den)s?",
            0.8,
        ),
        (
            r"(?:uncorked|uncorks|uncork|uncorking|opened|opens|open) (?:a|the|another|his|her"
            r"|my|your|a fresh|a second) bottle(?! of (?:ink|water|milk|medicine|scent|perfume"
            r"|lemonade|pop|juice|pills|tablets))|corkscrew|snifter|tumblers? of|(?:drank|drink"
            r"|drinks|drinking) (?:a |his |her |their |your )?(?:toast|health)s?|(?<=to )your"
            r" (?:very )?good health|bottoms up",
            0.4,
        ),
    ),
    "drug use": (
        (
            r"(?:stuff|powders?|pills|tablets|something) (?:that )?(?:she|he|I|they|you)"
            r"(?:['’]d| had| has| have)(?: been)? (?:taking|using)(?! (?:the|a|an|his|her|my"
            r"|your|their|it|them|to|for|as)\b)",
            0.6,
        ),
        (r"opium.eaters?|opium.smok\w+|laudanum.drink\w+|eat(?:s|ing)? opium", 1.0),
        (
            r"chasing the dragon|(?<=on )acid|(?:dropped|dropping|drops) acid|acid trip"
            r"|magic mushrooms|shrooms|peyote|ganja|bhang|uppers|downers|(?<=the )pusher"
            r"|(?:sniffed|sniffing|sniffs) (?:glue|coke|cocaine|powder)|bongs?|rolling papers"
            r"|dope(?:d|fiend)?",
            0.8,
        ),
    ),
    "death/grief": (
        (
            r"God rest (?:him|her|them|his soul|her soul|their souls|the dead)|rest (?:his|her"
            r"|their) souls?|rest in peace",
            1.0,
        ),
        (r"was it quick|did (?:he|she|they) suffer", 0.5),
        # The body laid out, the rites and the words kept for the dead.
        (
            r"(?:body|corpse) (?:was |had been |lay )?laid out|laid (?:him|her|them) out"
            r" (?:on|in|for)|(?:pennies|coins|pennies) (?:on|upon|over) (?:his|her|their) eyes"
            r"|(?:drew|drawn|draw|took|taken|take) (?:his|her|their) last breath"
            r"|(?:sheet|blanket) (?:up )?over (?:his|her|their) face|widow['’]s weeds"
            r"|black (?:armband|arm.band|crêpe|crepe|bombazine)|(?:sat|sit|sitting) shiva"
            r"|killed in action|missing in action|(?:fell|fallen) in (?:battle|the war|action)"
            r"|(?<=no )longer with us|(?:gone|went) to a better place|(?<=in a )better place"
            r"|(?:dig|dug|digging|digs) (?:a |the |his |her |their )?graves?",
            0.8,
        ),
        (
            r"lost (?:him|her|them) (?:to|in) (?:the |a )?(?:war|fever|sea|flood|accident"
            r"|fire|influenza|cholera|typhus|consumption|cancer|plague|pox)",
            0.8,
        ),
        (
            r"(?:sea|river|water|waves|fever|war|plague|pox|flood|cholera|consumption"
            r"|influenza|sickness) (?:had |has )?(?:took|taken|kept|claimed|swallowed)"
            r" (?:him|her|them|both|all)(?! (?:away|by|for|to|home|back|out|up|along|across|over"
            r"|down|off|into|with|aboard|prisoner|captive|hostage|on|through|round|around))",
            0.6,
        ),
        (
            r"(?<=I had a )(?:brother|sister|son|daughter|girl|boy|wife|husband|child)"
            r" (?:once|too)\b|(?<=we had a )(?:son|daughter|girl|boy|child) (?:once|too)\b",
            0.5,
        ),
        (
            r"(?:weeping|weeps|weep|wept|mourning|mourned|mourns) for (?:his|her|my|their|your"
            r"|the) (?:dead|lost|father|mother|son|daughter|brother|sister|husband|wife|child"
            r"|children|friend)|(?:cried|crying|cries) for (?:his|her|my|their|your|the)"
            r" (?:dead|lost)",
            0.6,
        ),
    ),
    "graphic violence": (
        (
            r"(?<=so )much blood|blood on the (?:stones|floor|flags|flagstones|boards|floorboards"
            r"|steps|stairs|snow|walls?|sheets|deck|grass|road)",
            0.6,
        ),
        (
            r"(?:opened|ripped|slit|split|laid) (?:him|her|them) (?:open|up) (?:from|with|like)"
            r"|(?:laid|lays|lay|ripped|tore|slit|sliced) (?:him|her|them) open"
            r"|laid it open(?= *[,.;]| to the bone)"
            r"|opened (?:him|her|them) from",
            0.8,
        ),
        (
            r"(?:went|goes|going|gone|sank|sink|sinks|sinking) (?:deep |home )?into"
            r" the flesh|grat(?:e|ed|es|ing) (?:on|against|along) (?:the )?bones?",
            0.8,
        ),
        (
            r"from (?:the |his |her |my )?" + _FROM_PART + r" (?:almost |nearly |clean |right )?to"
            r" (?:the |his |her |my )?" + _TO_PART,
            0.4,
        ),
    ),
    "suicide": (
        (
            r"(?:walked|walks|walk|walking|waded|wades|wade|wading) (?:out |slowly |straight )?"
            r"into the " + _WATER + _WADING,
            0.7,
        ),
        (r"(?:went|goes|going|gone) (?:out )?into the " + _WATER + _WADING, 0.3),
        (r"(?:left|leaves|leave|leaving) (?:a|no) (?:letter|note)", 0.3),
    ),
    "mental illness": (
        (
            r"strait.?(?:jacket|waistcoat)s?|(?<!for )Bedlam|rest cure|(?:mind|reason|wits)"
            r" (?:gave way|had given way|snapped|broke|was broken|gave out|became unhinged"
            r"|was unhinged|had gone|wandered|was wandering|went)|(?:wandering|wandered)"
            r" in (?:his|her|my|their) (?:mind|wits|head)|(?:not right|touched|soft|wrong) in"
            r" the head|(?<=the )black dog|"
            + after(tuple(f"not in {p}" for p in _POSSESSIVES), "right mind")
            + "|"
            + after(tuple(f"{w} {p}" for w in ("off", "out of") for p in _POSSESSIVES), "head")
            + r"(?! (?:start|for|and shoulders|of))",
            0.8,
        ),
        (
            r"fits? of (?:melancholy|despair|weeping|the blue devils|the horrors|madness)"
            r"|low spirits|blue devils|(?:refused|refuses|refusing) (?:to eat|all food|food)"
            r"|(?:wouldn['’]t|would not|could not|couldn['’]t) (?:eat (?:for days|anything|a"
            r" thing|at all)|stop crying|stop weeping)",
            0.4,
        ),
        (
            r"(?:walks|walked|walking|walk) in (?:her|his|my|their|your) sleep"
            r"|sleep.?walk(?:s|ed|ing|er|ers)?|somnambul\w+",
            0.5,
        ),
    ),
    "illness": (
        # A sickness told by its course and its prognosis.
        (
            r"(?:weeks|months|days) to live|not long for this world|(?<=a )question of (?:weeks"
            r"|months|days)|weeks, not months|months, not years|(?<=in |of )(?:poor|failing"
            r"|delicate|indifferent|broken) health|(?:health|strength) (?:was failing|failed"
            r"|had failed|broke|gave way|declined)|laid up (?:with|for)|down with (?:a |the )?"
            r"(?:fever|cold|chill|flu|influenza|measles|pox|cough|quinsy|ague|bronchitis)"
            r"|(?:fever|temperature) (?:broke|had broken|rose|spiked|climbed)",
            0.8,
        ),
        (
            r"(?:weak|delicate) (?:chest|lungs|constitution)|(?:bad|heavy|nasty|streaming)"
            r" cold|(?:caught|catch|catches|catching|took|taken) cold|short of breath"
            r"|(?:couldn['’]t|could not|can['’]t|cannot) stop coughing|coughed (?:and coughed"
            r"|all night|until)",
            0.5,
        ),
    ),
    "infidelity": (
        (
            after(
                ("his", "her", "my", "your"),
                r"(?:wife|husband) (?:must|mustn['’]t|must not|will never|would never"
                r"|can never|can['’]t ever|need never|is never to) (?:know|find out|learn|hear)",
            )
            + r"|(?<=a )bit on the side"
            r"|carrying on with|(?<=in )flagrante|criminal conversation|crim\. con",
            0.6,
        ),
        (r"(?<=the )other woman(?= *[.,;!?\"”’])", 0.4),
    ),
    "pregnancy": (
        (
            r"(?<=a )delicate condition|(?<=an )interesting condition|enceinte|eating for two"
            r"|(?<=her )time (?:had )?(?:came|come|drew near|was near|was close)"
            # (not "near her time for the post": her hour for something else)
            r"|(?<=near )her time(?! (?:for|to|of|in)\b)|(?<=close to )her time(?! (?:for|to"
            r"|of|in)\b)"
            r"|(?<=her )time (?:is|was) (?:near|close|coming|drawing near)"
            r"|(?<=is )increasing(?= *[.,;!?])|(?<=was )increasing(?= *[.,;!?])"
            r"|maternity (?:dress|dresses|gown|clothes|ward|leave)",
            0.8,
        ),
    ),
    "profanity": (
        (
            r"(?:swore|swears|swearing|cursed|curses|cursing),? (?:fluently|roundly|horribly"
            r"|violently|viciously|loudly|freely|foully|terribly|luridly|steadily|long|at"
            r" length|at (?:him|her|them|me|us|the|his|her)|under (?:his|her|my|their) breath"
            r"|like a (?:trooper|sailor|bargee|fishwife|carter|drover|soldier))"
            r"|(?:bad|foul|filthy|strong|coarse|obscene|blasphemous|unrepeatable) language"
            r"|(?:string|stream|volley|torrent) of (?:oaths|curses|obscenities|profanity"
            r"|profanities|abuse)",
            0.6,
        ),
        (
            r"damn (?:your|his|her|their|my) (?:eyes|soul|blood|hide|impudence|insolence)"
            r"|damn (?:you|him|her|them)|God damn",
            1.2,
        ),
        (
            r"(?:blast|confound|curse|deuce take|devil take) (?:you|him|her|it|them|your|his"
            r"|their)\b|blasted|damnation(?= *!)|(?<=go to )the devil|frigg(?:ing|in)|effing"
            r"|bugger (?:off|it|me)",
            0.6,
        ),
        (
            r"(?<!Mary, )Mother of God|God['’]s (?:blood|wounds|bones|death|body)|zounds"
            r"|gadzooks",
            0.6,
        ),
    ),
}

# How a scene shows the thing by its objects, its course and its consequences, for every
# warning: the vessel a drink comes in, a dose run out, a wound by what is left of a body,
# a sickness by its scan and its treatment, a low mood by the pillow it keeps a head on, a
# suicide by what was taken and who came in time, a bed shared, a second line on a test.
_BY_ITS_OBJECTS: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            r"(?:jugs?|pots?|pints?|mugs?|glass(?:es)?|tankards?|bottles?|quarts?|cans?|cups?"
            r"|bowls?) of (?:porter|stout|bitter|perry|mead|punch|grog|toddy|flip|negus|sack"
            r"|cider|ale|beer|lager|wine|gin|rum|brandy|whiske?y|vodka)",
            0.4,
        ),
        (
            r"(?:lined up|downed|downing|knocked back|knocking back|threw back|throwing back"
            r"|sank|sinking|necked|necking) (?:\w+ ){0,2}(?:shots|pints|drinks|glasses|tequilas"
            r"|vodkas|whiske?ys|beers|brandies)|(?:reeking|reeked|reeks|stinking|stank|stinks)"
            r" of (?:it|the stuff|the pub|the tavern|the inn|the bar)",
            0.8,
        ),
    ),
    "drug use": (
        (
            r"(?:pupils|eyes) (?:like|shrunk to|narrowed to|no bigger than) (?:pinheads|pin.?heads"
            r"|pinpricks|pin.?points)|(?:prescription|script)s? (?:had )?(?:run|ran) out"
            r"|forged (?:prescriptions?|scripts?)|(?:started|got|hooked|been) on the (?:pills"
            r"|painkillers|opioids|oxy|tablets|needle|gear|hard stuff)",
            0.8,
        ),
        (
            r"(?:bought|buys|buying|got|gets|getting|scored|scoring) (?:them|it|pills|the pills"
            r"|the stuff|his stuff|her stuff|gear) (?:from|off) (?:a|the|some) (?:man|guy|bloke"
            r"|dealer|friend|contact)",
            0.6,
        ),
    ),
    "graphic violence": (
        (
            r"(?<=no )face left|(?:what|all that) (?:was|were) left of (?:his|her|their|the)"
            r" (?:face|head|skull|body|bodies|legs?|arms?|hands?)|(?:arm|arms|leg|legs|hand"
            r"|hands|head|heads) lying (?:in|on) the (?:mud|ground|grass|road|snow|floor|deck"
            r"|sand|street)",
            0.8,
        ),
        (
            r"blood (?:sheeted|sheeting|spouted|spouting|jetted|jetting|fountained|pumped|pumping"
            r"|pulsed|pulsing)|(?:jagged|broken|splintered) (?:neck|edge|end|glass|bottle)"
            r" (?:went|sank|slid|caught|ripped|tore) (?:in|into|across)",
            0.8,
        ),
        (
            r"(?:went|sank|slid|ground|tore|ripped|cut) into (?:the (?:fellow|man|woman|boy"
            r"|soldier|other)['’]s|his|her|their) (?:cheek|face|neck|eye|throat|belly|side"
            r"|chest|gut|thigh|back)",
            0.5,
        ),
    ),
    "death/grief": (
        (
            r"(?:bells?|knell) (?:tolled|tolling|tolls|toll)(?! (?:the hour|for (?:the )?"
            r"(?:mass|service|prayers|matins|vespers|evensong|church|school)|noon|midnight"
            r"|\w+ o['’]clock))"
            r"|passing.bell|death.knell|(?<=the )bell tolling",
            0.6,
        ),
    ),
    "illness": (
        (
            r"biops(?:y|ies)|radiotherapy|radiation therapy|(?:rounds?|course|cycles?|months?)"
            r" of (?:treatment|chemo|radiation|antibiotics|steroids)|shadow on (?:the|his|her|my"
            r"|a) (?:lungs?|liver|x.?ray|scan|brain)|(?<=the )scan (?:showed|found|came back"
            r"|results)|test results|(?:coughed|coughing|coughs|cough) (?:up )?red",
            0.8,
        ),
        (
            r"(?:rings|clothes|dress|gown|stays) (?:would not|wouldn['’]t|no longer|could not)"
            r" (?:stay on|fit)|(?:grew|grown|growing|got|gone|become) (?:so |very |terribly"
            r" |dreadfully )?thin|wast(?:ed|ing) away|(?:slept|sleeps|sleeping) most of the day",
            0.4,
        ),
    ),
    "mental illness": (
        (
            r"depressive(?: (?:episode|illness|state|disorder))?|(?:wept|cried|weeping|crying)"
            r" without (?:knowing|any) (?:why|reason|cause)|(?:could not|couldn['’]t|can['’]t"
            r"|cannot) (?:lift|raise) (?:her|his|my|their|your) head (?:from|off) the pillow",
            0.6,
        ),
        (
            r"(?:would not|wouldn['’]t|did not|didn['’]t|could not|couldn['’]t) leave (?:his|her"
            r"|my|their|your) (?:room|bed|house|flat|chamber)(?! (?:until|before|without))",
            0.4,
        ),
    ),
    "self-harm": (
        (
            r"blades? (?:out of|from) (?:the|a|her|his|my|your) (?:pencil )?sharpener"
            r"|(?:plasters|bandages|band.aids|tape) (?:over|on|across) (?:the |her |his |my )?"
            r"(?:lines|cuts|marks|scratches)|(?:hurting|hurt|cutting|cut|burning|burned|burnt)"
            r" (?:herself|himself|myself|themselves|yourself) again",
            0.8,
        ),
        (r"show me your (?:arms|wrists|thighs)|roll up your sleeves", 0.4),
    ),
    "suicide": (
        (
            r"(?:taken|took|takes|take|swallowed) (?:every|all (?:the|his|her|of the|of his|of"
            r" her)) (?:pills?|tablets?|sleeping pills|capsules|paracetamol|aspirin|laudanum)"
            r"(?: in the (?:cabinet|house|bottle|packet|drawer))?|(?:lain|lay|laid|lie) down to"
            r" (?:wait|die)|found (?:him|her|them) in time",
            0.8,
        ),
        (
            r"(?:pistol|revolver|gun|razor) (?:beside|by|near|in) (?:him|her|his hand|her hand)"
            r" on the (?:floor|bed|table|ground)",
            0.5,
        ),
    ),
    "sexual content": (
        (
            r"(?:drew|draws|drawing|tugged|tugs|tugging) (?:him|her|me|you) down (?:onto|on"
            r"|into|upon) (?:the|his|her|my|your) (?:bed|sheets|pillows|mattress)"
            r"|abed together|(?<=in )bed together",
            0.6,
        ),
        (
            r"(?:shared|share|sharing|shares) (?:a|her|his|my|your|their|the) bed(?! (?:as"
            r" (?:children|boys|girls)|with (?:his|her|my) (?:sister|brother|cousin)))",
            0.4,
        ),
        (
            r"(?:came|comes|went|goes|crept|creeps|stole) to (?:her|his|my|your) (?:chamber"
            r"|room|bed|bedroom) (?:that|at|in the) night|hollow of (?:her|his) throat",
            0.4,
        ),
    ),
    "infidelity": (
        (
            r"(?:husband|wife|lord|lady) (?:believed|thought|supposed|assumed|imagined) (?:she|he"
            r"|I) (?:was|were) (?:visiting|seeing|staying|out|calling|shopping|at church)",
            0.6,
        ),
    ),
    "pregnancy": (
        (
            r"(?<=until the )baby (?:should come|came|was born|arrived)|baby (?:should come|was"
            r" due|is due|was coming|is coming)|(?:peed|pee|pees|weed) on (?:a|the) stick"
            r"|(?<=the )second (?:pink |blue )?line (?:came|come|appeared|showed|coming)",
            0.6,
        ),
    ),
    "profanity": (
        (
            r"prick(?! (?:up|of|his|her|their|its|the|a|my|your|with|in|at)\b)|pricks(?! of)"
            r"|(?:language|words|oaths) (?:that|which) (?:would )?(?:made|make|makes)"
            r" (?:a|the) (?:\w+ ){0,2}(?:blush|leave|wince|cover)",
            0.6,
        ),
        # cursing someone or something, told by the narration: weak (it may be muttered)
        (
            r"(?:cursed|curses|cursing) (?:the|him|her|them|it|everyone|everything|his|her"
            r"|their)\b",
            0.4,
        ),
    ),
}
for _tag, _cues in _BY_ITS_OBJECTS.items():
    IMPLIED[_tag] = IMPLIED.get(_tag, ()) + _cues

# Round warn28: how a story tells each warning in the idiom of its day, old or new (written
# from how fiction tells these things; each family tested on invented sentences): a drink on
# someone's breath, a drink knocked back or counted, a weak chest, nerves shattered, a cheek
# laid open or a leg taken off, a bullet tearing through, blood spraying, a knife into the
# gut, the blacks of mourning and the bell tolling for someone, the first Christmas without
# them, a kept woman, lipstick on a collar, a body found hanging, a pocket full of stones, the
# whole of the laudanum taken.
_IN_EVERY_IDIOM: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            r"(?:gin|brandy|whiske?y|rum|wine|beer|ale|punch|drink|spirits|liquor|port|sherry"
            r"|claret|porter|vodka|booze|alcohol) on (?:his|her|their|your|\w+['’]s) breath",
            1.0,
        ),
        (
            r"(?:knocked|knocking|knocks|threw|throwing|throws|tossed|tossing|tosses) back"
            r" (?:a|another|the|his|her|their|a third|a second|a fourth) (?:\w+ )?(?:shot|drink"
            r"|glass|dram|pint|whiske?y|vodka|gin|brandy|rum|tequila)"
            r"|(?:two|three|four|five|six|several) (?:pints|drinks|shots|beers|glasses)"
            r" in(?= *[,.;!?]| and)",
            0.8,
        ),
    ),
    "illness": (
        (
            r"weak (?:chest|lungs)|(?<=her )(?:chest|lungs) (?:was|were|is|are|had always been)"
            r" (?:weak|bad|delicate)|(?<=his )(?:chest|lungs) (?:was|were|is|are|had always been)"
            r" (?:weak|bad|delicate)",
            0.6,
        ),
    ),
    "mental illness": (
        (
            r"(?:nerves|nervous system) (?:were|was|are|is|had been|have been) (?:quite"
            r" |completely |utterly |all )?(?:shattered|broken|in rags|in tatters|in shreds"
            r"|gone to pieces)|shattered nerves|nervous (?:collapse|exhaustion|debility)"
            r"|neurasthen\w+|(?<=a )rest.cure",
            0.8,
        ),
    ),
    "graphic violence": (
        (
            r"(?:cheek|face|arm|side|scalp|brow|forehead|thigh|belly|head|skull|back|shoulder"
            r"|chest|leg) (?:was |were |had been )?laid open"
            r"|(?:knife|blade|dagger|sword|bayonet|spike) into (?:his|her|their|the \w+['’]s"
            r"|\w+['’]s) (?:gut|guts|belly|stomach|chest|side|back|throat|neck|ribs|thigh|eye)",
            1.0,
        ),
        (
            r"(?:took|taken|sawed|sawn|cut) (?:his|her|the) (?:leg|arm|foot|hand) off"
            r"|bullet (?:tore|ripped|punched|smashed|shattered|went) (?:through|into)"
            r"|blood (?:spray(?:ed|ing)?|spatter(?:ed|ing)?|splatter(?:ed|ing)?|spurt(?:ed|ing)?"
            r"|gush(?:ed|ing)|pool(?:ed|ing)|pump(?:ed|ing)) (?:from|out|across|over|on|under"
            r"|beneath|onto|into|up)",
            0.8,
        ),
    ),
    "death/grief": (
        (
            r"(?<=her )blacks\b|(?<=his )blacks\b|(?<=in )blacks\b|(?:bell|bells) tolled for"
            r"|tolling for|deep mourning|half.mourning"
            r"|(?<=the )first (?:christmas|birthday|summer|winter|spring|autumn|year|easter)"
            r" without (?:him|her|them|mum|mom|dad|mother|father|mama|papa|gran|granny|grandma"
            r"|grandpa|grandad|nan)\b",
            0.7,
        ),
    ),
    "infidelity": (
        (
            r"lipstick on (?:his|her) collar|bit on the side|fancy (?:woman|man)|kept woman"
            r"|kept (?:a|another) mistress",
            0.8,
        ),
    ),
    "suicide": (
        (
            r"found (?:him|her|them) hanging(?! (?:around|about|out|up|on|onto|over|from the"
            r" (?:lamp|hook|peg)|back|the|a|an|his|her|their|washing|laundry|pictures|curtains)\b)"
            r"|pockets? (?:full of|weighted with|filled with|heavy with) stones",
            1.0,
        ),
        (
            r"(?:took|swallowed|drank) (?:the whole|all) of (?:the|her|his) (?:laudanum|pills"
            r"|tablets|powders|sleeping.draught)|(?:took|swallowed) (?:the whole bottle of"
            r"|all the|all of the|every one of the) (?:pills|tablets|laudanum|sleeping pills)",
            0.8,
        ),
    ),
}
for _tag, _cues in _IN_EVERY_IDIOM.items():
    IMPLIED[_tag] = IMPLIED.get(_tag, ()) + _cues
