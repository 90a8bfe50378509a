"""The lexicons of the "themes" stage: cue patterns per warning or theme, their weights, and
the figurative uses that do not count. Pure data (regular-expression sources); ``themes``
compiles it once.

Each cue is ``(regex source, weight)``: 1.0 for a word that alone says the theme ("overdose",
"orgasm"), less for one that only hints at it ("wine", "doctor"). Patterns are matched
case-insensitively at word boundaries, so "ale" never fires in "pale". Every alternative of a
cue starts with a word of three letters or more (after any lookbehinds: "(?<=in )labour"):
``themes`` finds candidate places by those first letters before trying the cues themselves.
Keys of ``CUES`` are the vocabulary's warnings (``vocabulary.WARNINGS``) plus the stage's own
inner themes, which
are never tags but weigh in the rating: ``violence`` (fights and weapons short of gore),
``menace`` (horror and threat) and ``explicit`` (the strongest sexual words).
"""

from __future__ import annotations

# Inner themes: they count towards the rating only.
VIOLENCE = "violence"
MENACE = "menace"
EXPLICIT = "explicit"

CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            r"drunk(?:en|enly|ard|ards)?|tipsy|hung ?over|hangover|inebriated|intoxicated"
            r"|alcoholics?|alcoholism|sozzled|sloshed|drinking problem",
            1.0,
        ),
        (
            r"whiske?y|vodka|brandy|bourbon|scotch|tequila|rum|gin|liquor|booze|moonshine"
            r"|alcohol|absinthe|cognac|schnapps|liqueurs?|vermouth|martinis?|grog",
            0.8,
        ),
        (r"sober(?:ed)? up|stone.cold sober|teetotal(?:ler)?", 0.5),
        (r"wine|beer|ale|cider|mead|champagne|sherry|claret|lager|cocktails?|tankards?", 0.5),
        (r"pints?|bottles? of|glass(?:es)? of|shots? of|flask|hip flask|decanter", 0.3),
        (r"tavern|pub|alehouse|bar ?tender|barman|saloon|drank|drinking", 0.2),
        (
            r"(?:refilled|poured|raised|lifted|clinked|emptied|drained) (?:\w+ ){0,2}"
            r"(?:glass|glasses|cups?|tankards?)",
            0.4,
        ),
        (r"(?:drank|drinking|drinks|drink) (?:too much|heavily|steadily|himself|herself)", 0.8),
    ),
    "drug use": (
        (
            r"overdos(?:e|ed|ing)|heroin|cocaine|crack pipe|meth(?:amphetamine)?|opium|opiates?"
            r"|laudanum|morphine|morphia|chloral|narcotics?|marijuana|cannabis|LSD|ecstasy",
            1.0,
        ),
        (
            r"high as a kite|got high|getting high|stoned|junkie|addict(?:ed|ion)?|withdrawal"
            r"|hypodermic|syringe|inject(?:ed|ing) (?:himself|herself|myself)|snort(?:ed|ing)",
            0.8,
        ),
        (r"seven.per.cent solution|sleeping (?:pills|draughts?)|painkillers|sedatives?", 0.6),
        (r"drugs?|drugged|dealer|pills|joint|weed|smack|dose", 0.4),
    ),
    "domestic violence": (
        (
            r"domestic (?:violence|abuse)|abusive (?:husband|wife|boyfriend|girlfriend|partner"
            r"|marriage|relationship)|battered wife",
            1.0,
        ),
        (
            r"(?:husband|wife|boyfriend|girlfriend|partner) (?:hit|beat|slapped|struck|hits|beats"
            r"|slaps|choked|strangled|punched|shoved) (?:her|him|me|you)",
            1.0,
        ),
    ),
    "child abuse": (
        (
            r"child abuse|abused (?:as a|when (?:he|she|I) was a) (?:child|kid|boy|girl)"
            r"|molest(?:ed|ing|ation)?",
            1.0,
        ),
        (
            r"(?:father|mother|dad|mum|mom|stepfather|stepmother|uncle) (?:beat|hit|whipped"
            r"|belted|beats|hits|whips) (?:him|her|me|them|the (?:boy|girl|child|children))",
            1.0,
        ),
    ),
    "graphic violence": (
        (
            r"gore|gory|entrails|intestines|guts spilled|disembowel(?:ed|led)?|decapitat(?:ed|ion)"
            r"|dismember(?:ed|ment)?|severed (?:head|hand|arm|leg|limb)s?|eviscerat(?:ed|ion)"
            r"|brains? (?:spattered|splattered|blown out)|slit (?:his|her|their) throats?",
            1.0,
        ),
        (
            r"blood (?:spattered|splattered|sprayed|spurted|gushed|pooled|poured|ran out|spilled"
            r"|soaked)|spatter(?:ed)? (?:of )?blood|pool of blood|soaked in blood"
            r"|(?:spattered|soaked|slick|black|matted|red) with blood|red teeth|skull (?:cracked"
            r"|split|caved)|(?:bones?|nose) (?:cracked|crunched|snapped|broke|spread)"
            r"|crack like (?:green )?wood|blood (?:ran|running|runs|streamed|streaming|streams"
            r"|dripped|dripping|drips|trickled|trickling|welled|welling|flowed|flowing)"
            r"|(?:skin|flesh|lip|lips|cheek|scalp|brow|wrists?) (?:came off|came away|tore"
            r"|torn open|split|split open|opened|peeled|flayed)"
            r"|(?:opened|split|tore|laid open) (?:his|her|my|their) (?:lip|cheek|scalp|brow|back"
            r"|skin|flesh)",
            0.8,
        ),
        (
            r"whip(?:s|ped|ping)?|flog(?:s|ged|ging)?|lash(?:ed|ing)|lashes of|scourg(?:e|ed|ing)"
            r"|tortur(?:e|ed|es|ing)|flay(?:ed|ing)?|thumbscrews?",
            0.5,
        ),
        (
            r"stabbed|slashed|run through|hacked|impaled|mangled|mutilated|butchered"
            r"|slaughter(?:ed)?|carnage|corpses|dead men|wounded (?:men|horses?|soldiers)",
            0.5,
        ),
    ),
    "major character death": (
        (
            r"breathed (?:his|her|their) last|(?<=his )heart stopped|(?<=her )heart stopped"
            r"|died in (?:his|her|my) arms",
            1.0,
        ),
    ),
    "death/grief": (
        (r"died|dies|dead|death|deaths|dying|die|deceased|passed away|killed", 0.6),
        (
            r"funerals?|graves?ide|burial|buried|coffins?|corpses?|tombstones?|headstones?"
            r"|cemetery|churchyard|mourn(?:ed|ing|ers?)?|grie(?:f|ve|ved|ving)|widow(?:ed|er)?"
            r"|bereave(?:d|ment)|wake for|eulogy|orphan(?:ed)?|condolences|(?<=in )memory of"
            r"|(?<=in loving )memory of"
            r"|(?<=to (?:his|her) )memory|lost (?:his|her|my|their) (?:wife|husband|son|daughter"
            r"|mother|father|child|children|brother|sister)",
            0.8,
        ),
        (r"poison(?:ed|ing)?|murder(?:ed|s)?|slain|kill(?:s|ing)?|perished", 0.4),
        (r"graves?|underworld|ghosts?|shades of the dead", 0.3),
    ),
    "illness": (
        (
            r"fever(?:ed|ish)?|illness|disease|consumption|tuberculosis|cancer|influenza|flu"
            r"|pneumonia|plague|typhoid|typhus|cholera|smallpox|measles|scarlet fever|diphtheria"
            r"|infection|infected|delirious|delirium|chemo(?:therapy)?|diagnos(?:is|ed)"
            r"|sickbed|sickroom|bedridden|invalid|terminal(?:ly ill)?|sanatorium|consumptive"
            r"|tumou?rs?|leuka?emia|heart attack|seizures?|epilep(?:sy|tic)|malaria|dysentery"
            r"|coughing (?:up )?blood|convalesc(?:ent|ence|ing)",
            1.0,
        ),
        (
            r"sick|sickness|ill|ailing|poorly|unwell|coughing|cough(?:ed)?|vomit(?:ed|ing)?"
            r"|nausea|hospital|physician|nurse(?:d)?|patients?|medicine|symptoms",
            0.4,
        ),
        (r"doctors?|doctor's|surgeons?|sickly|frail|pale and thin", 0.3),
    ),
    "mental illness": (
        (
            r"depression|clinically depressed|anxiety disorder|panic attacks?|PTSD"
            r"|shell.shock(?:ed)?|bipolar|schizophreni[ac]|psychosis|psychotic|hallucinat(?:ed|ing|ions?)"
            r"|eating disorder|anorexi[ac]|bulimi[ac]|OCD|asylum|melancholia|nervous breakdown"
            r"|mental (?:illness|health|breakdown)|suicidal",
            1.0,
        ),
        (
            r"(?:losing|lost|lose|loses) (?:his|her|my|their|your) (?:mind|wits|reason)"
            r"|(?:mind|wits) (?:is|was|were|had) (?:going|gone|slipping|wandering|failing"
            r"|unravell?ing)|(?<=out of his )(?:mind|wits)|(?<=out of her )(?:mind|wits)"
            r"|(?<=out of my )(?:mind|wits)|(?<=out of their )(?:mind|wits)",
            0.8,
        ),
        (
            r"mad(?:man|men|woman|women|ness)|lunatics?|lunacy|insane|insanity|deranged"
            r"|demented|dementia|senile|senility|crazed|raving|unhinged"
            r"|hear(?:s|d|ing)? voices",
            0.5,
        ),
        (r"therapist|therapy|psychiatrist|antidepressants?|nightmares|insomnia|madhouse", 0.4),
    ),
    "self-harm": (
        (
            r"self.harm(?:ing)?|cutting (?:herself|himself|myself|themselves)"
            r"|cut (?:herself|himself|myself|themselves)(?! (?:a|an|some|another|off|short|free))"
            r"|razor (?:to|across) (?:her|his|my) (?:wrist|arm|thigh)s?"
            r"|scars on (?:her|his|my) (?:wrists|arms|thighs)|burn(?:ed|t|ing) (?:herself|himself"
            r"|myself) on purpose",
            1.0,
        ),
    ),
    "suicide": (
        (
            r"suicide|suicidal|kill(?:ed|ing)? (?:herself|himself|myself|themselves|yourself)"
            r"|took (?:his|her|their|my) own life|end(?:ed)? (?:his|her|my|their) (?:own )?life"
            r"|hang(?:ed)? (?:herself|himself|myself)|jump(?:ed)? (?:off|from) the (?:bridge|roof)"
            r"|slit (?:her|his|my) wrists|end it all"
            r"|(?:drowned|poisoned|shot) (?:herself|himself|myself|themselves)"
            r"|threw (?:herself|himself|myself) (?:off|from|under|in front of)",
            1.0,
        ),
    ),
    "sexual content": (
        (
            r"made love|making love|make love|sex|sexual(?:ly)?"
            r"|slept with|sleep with|sleeping with|bedded|foreplay|lovemaking|aroused|arousal"
            r"|lust(?:ed|ful)?|naked|nude|undress(?:ed|ing)?|thrust(?:s|ed|ing)?|moan(?:s|ed|ing)?"
            r"|groan(?:ed)? (?:against|into) (?:her|his) (?:mouth|neck|skin)|climax(?:ed)?"
            r"|breasts?|between (?:her|his|my) (?:legs|thighs)",
            0.5,
        ),
    ),
    EXPLICIT: (
        (
            r"orgasms?|erection|erect|cock|clit(?:oris)?|nipples?|penis|vagina|cum|come inside"
            r"|semen|pussy|fucked (?:her|him|me)|fucking (?:her|him|me)|blow ?job|cunnilingus"
            r"|fellatio|spread (?:her|his) (?:legs|thighs)|inside (?:her|him) (?:and|,)",
            1.0,
        ),
    ),
    "infidelity": (
        (
            r"adulter(?:y|ous|er|ess)|infidelity|unfaithful|cheat(?:ed|ing|s)? on"
            r"|(?<=his )mistress|(?<=a )mistress|(?:having|had|have) an affair|love affair"
            r"|behind (?:his|her|my|your) (?:husband|wife)'s back|another (?:man|woman)'s"
            r" (?:wife|husband|bed)",
            1.0,
        ),
    ),
    "pregnancy": (
        (
            r"pregnan(?:t|cy|cies)|(?<=was with )child|(?<=big with )child"
            r"|miscarr(?:y|ied|iage)|gave birth|giving birth"
            r"|baby bump|morning sickness|midwife|expecting (?:a|her|the|their) (?:baby|child)"
            r"|due date|(?<=the )baby (?:kicked|kicks)|(?<=in )labou?r|contractions|trimester",
            1.0,
        ),
    ),
    "profanity": (
        (
            r"fuck(?:ing|ed|er|ers|s)?|motherfucker|shit(?:ty|s|ting)?|bullshit|cunt|twat"
            r"|bastards?|bitch(?:es|ing)?|arsehole|asshole|goddamn(?:ed|it)?|dickhead|wanker"
            r"|piss(?:ed)? off|son of a bitch|merde|scheisse|mierda",
            1.0,
        ),
        (
            r"damn(?:ed|it)?|dammit|bloody hell|bloody (?:fool|idiot|well|thing|nuisance)|hell"
            r"|crap|arse|ass|bugger(?:ed)?|sod off|bollocks|(?<=good )god|(?<=oh )god"
            r"|(?<=my )god|christ"
            r"|jesus christ|(?<=for )god's sake|god's teeth",
            0.6,
        ),
    ),
    VIOLENCE: (
        (
            r"fight|fights|fought|fighting|punch(?:ed|es|ing)?|kick(?:ed|ing)?|slap(?:ped)?"
            r"|struck|beaten|beat him|beat her|stab(?:bed|bing)?|shot|shoot(?:ing)?|wound(?:ed|s)?"
            r"|bleed(?:ing)?|bled|bruis(?:ed|es)|hanged|hangman|gallows|killed|kill|murder(?:ed|s)?"
            r"|attack(?:ed|s)?|ambush(?:ed)?|brawl|strangle(?:d)?|knife|knives|sword|swords"
            r"|dagger|axe|arrows?|blood|bloodied|bloody",
            0.5,
        ),
        (r"soldiers?|guards?|battle|war|siege|weapons?|gun|pistol|revolver|rifle|musket", 0.3),
    ),
    MENACE: (
        (
            r"horrors?|terror|terrified|monsters?|vampires?|undead|demon|nightmare|scream(?:ed|s)?"
            r"|revolver|pistol|gun|threat(?:ened)?|menac(?:e|ing)|fangs|teeth",
            0.5,
        ),
    ),
}

# Figurative or harmless uses that contain a cue: a cue inside one of these does not count.
FIGURATIVE: dict[str, str] = {
    "alcohol": r"drunk (?:with|on) (?:joy|power|love|happiness|relief|delight|success|laughter"
    r"|sleep|exhaustion|the \w+)|punch.drunk|wine.(?:dark|red|coloured|colored)|ginger|gin rummy"
    r"|rum(?:ble|our|or|pled|mage)|as though (?:he|she|I) had spilled wine"
    r"|(?:flask|flasks|bottle|bottles|glass|glasses|pint|pints|cups?) of (?:tea|coffee|water"
    r"|milk|ink|soup|cocoa|juice|lemonade|broth)|(?:drank|drinking|drink|drinks|poured"
    r"|raised|lifted|refilled|emptied|drained) (?:\w+ ){0,2}(?:tea|coffee|water|milk|broth"
    r"|soup|cocoa|juice|lemonade|medicine)",
    "drug use": r"(?:joint|joints) (?:of|account|effort|venture|ache|aches)|weed(?:s|ed|ing)? "
    r"(?:the|a|out|in)|dose of (?:reality|humility|medicine)|the weeds|pills? of",
    "death/grief": r"dying to|(?:to|would|could|I'd|I'll) die for|bored to death|scared to death"
    r"|(?:nearly|almost|could have|could've|just about) died(?: of| with| laughing)?"
    r"|died (?:laughing|of (?:embarrassment|shame|boredom|laughter))|(?:could|would) murder"
    r"|(?:kill|killed|killing) (?:it|myself laughing|two birds)"
    r"|frightened to death|worried to death|tickled to death|dead (?:tired|serious|set|on|end|of"
    r" (?:night|winter)|silence|still|centre|center|weight|giveaway|heat|ringer|asleep|beat|last)"
    r"|deadpan|deadline|drop dead|die (?:down|away|out|off)|died (?:down|away|out|off)"
    r"|dies (?:down|away|out|off)|dying (?:down|away|out|off|light|embers|fire|sun)"
    r"|(?:fire|light|voice|sound|laugh(?:ter)?|smile|growl|noise|music|conversation|wind|engine"
    r"|battery|candle|flame|hope|talk|roar|cheer|murmur)s? (?:\w+ )?(?:died|dies|dying|die)"
    r"|stopped dead|killing (?:it|time|me)|kill(?:ed)? (?:time|the (?:engine|lights?|mood))"
    r"|over my dead body|dead to the world|dead on (?:my|his|her) feet|half.dead|deadly (?:serious"
    r"|dull|quiet)|the grave (?:voice|tone|face|look)|(?:a|his|her) grave (?:voice|face|tone"
    r"|look|expression|mistake|danger)",
    "mental illness": r"(?:frightened|scared|terrified|bored|worried|startled) out of"
    r" (?:his|her|my|their|its|your) (?:mind|wits)|out of (?:his|her|my|their) mind with"
    r"|insane (?:amount|number|price|speed)|(?:a|an|the) madness of|madness (?:of|to) (?:it|the"
    r" crowd)|raving (?:beauty|success|mad)",
    "illness": r"sick (?:of|and tired|with (?:worry|fear|love|longing|nerves|dread))|ill at ease"
    r"|ill.(?:tempered|timed|advised|fated|mannered|humoured|humored|gotten|will)|worried sick"
    r"|homesick|lovesick|seasick|ill will|(?:a|the) fever (?:of|pitch)|fever pitch"
    r"|(?:cough(?:ed)?) (?:up (?:the money|the cash)|politely|discreetly|into (?:his|her) fist)"
    r"|cleared (?:his|her|my) throat|as a child does when a fever (?:finally )?breaks"
    r"|(?:the|a) way a child does when a fever",
    "profanity": r"(?:the|to|of|in|from|through|into) (?:hell|Hell)(?:'s)? (?:gate|hound|fire)"
    r"|hell.?fire|hellhound|gates of hell|christening|christmas|christian|christopher|jesus wept"
    r"|arse(?:nal|nic)|ass(?:ess|ist|ign|ume|ure|ociate|emble)|damned souls|(?:the|a) damned"
    r"|son of god|god(?:dess|s|like|father|mother|child|speed)|(?:thank|pray|praise|trust) god"
    r"|god (?:knows|bless|willing|help)",
    "sexual content": r"naked (?:eye|truth|blade|sword|flame|steel|branches|trees)"
    r"|breast (?:pocket|plate|stroke)|(?:chicken|turkey) breast|(?:sex|gender) of"
    r"|lust for (?:power|gold|blood|life)|wanderlust|bloodlust|moan(?:ed|s)? (?:about|that)"
    r"|wind moan|thrust (?:the|a|his|her) (?:\w+ )?(?:into (?:his|her|my) (?:hand|pocket|arms)"
    r"|at|sword|blade|spear|letter|paper|hand)|slept with (?:the|a|his|her) (?:light|window|door"
    r"|dog|cat|book|knife|sword|pistol|gun|candle|lamp)|climax of",
    "explicit": r"cock(?:ed|ing)? (?:his|her|the|a) (?:head|gun|pistol|hat|eyebrow)"
    r"|cocktail|cockney|cockpit|cockerel|cockroach|come inside (?:and|,|\.|the|for|out)"
    r"|erect (?:posture|bearing|stance|and)|stood erect|sat erect|weather.?cock",
    "graphic violence": r"blood (?:ran|running|runs) cold|whip(?:ped|ping)? (?:cream|up|out|off"
    r"|round|around|through|past|into|back)|whip.smart|(?:tortured|torturing|torture) (?:soul"
    r"|expression|look|sound|silence|prose|logic)|(?:mental|emotional) torture"
    r"|(?:lip|lips) split (?:into|in) (?:a|an) (?:grin|smile)",
    VIOLENCE: r"(?:shot|shots) (?:of (?:whisky|whiskey|vodka|brandy|tequila|rum)|glass|a glance"
    r"|a look|him a look|her a look|up|through with|across the)|(?:a|the) (?:shot|shoot)"
    r" (?:at (?:it|the title)|of)|(?:bruised|wounded) (?:pride|ego|feelings|heart|vanity|dignity)"
    r"|killing (?:it|time|me)|kill(?:ed)? (?:time|for a|the (?:engine|lights?|mood))"
    r"|fight (?:back )?(?:a|the) (?:urge|smile|laugh|tears|yawn|blush)|fought (?:back )?(?:a|the)"
    r" (?:urge|smile|laugh|tears|yawn|blush)|killer (?:heels|smile|view|idea|looks)"
    r"|(?:could|would) kill for|struck (?:a match|up|out|me as|him as|her as|dumb|by|with)"
    r"|(?:clock|hour|bell)s? (?:\w+ )?struck|blood (?:orange|red|moon)|in (?:his|her|their|my)"
    r" blood|flesh and blood|blood relation|bloody (?:marvellous|brilliant|good)"
    r"|stab of (?:guilt|jealousy|pain|envy|fear|longing|regret)|small stab|(?:a|one) shot at"
    r"|arrow(?:s)? (?:of sunlight|of light)|war of words|at war with (?:himself|herself|myself)"
    r"|guard(?:ed|s)? (?:down|up)|off guard|on guard|(?:her|his|my) guard|bruised? (?:fruit|apple)",
    MENACE: r"(?:his|her|my|their|your|the|its) teeth|teeth (?:chattering|chattered)|gritted teeth"
    r"|(?:between|through|of) (?:his|her|my|their) teeth|to the teeth|scream(?:ed|s)? with"
    r" (?:laughter|delight|joy)|screaming (?:with|for) (?:joy|laughter)",
}

# The start of a simile: a cue shortly after one (no clause break between) is a comparison.
SIMILE = (
    r"\b(?:as if|as though|like (?:a|an|the|some|one)|the way (?:a|an|one|the)|as (?:a|an) \w+)\b"
)

# A cue right after one of these (within a few words, same sentence) is negated.
NEGATION = (
    r"(?:\b(?:not|never|no|nobody|nothing|none|neither|nor|without|hardly|barely|nor|wasn't"
    r"|weren't|isn't|aren't|didn't|doesn't|don't|won't|wouldn't|couldn't|hadn't|hasn't|haven't"
    r"|ain't|cannot)|n't)"
)

# A modal or a condition: a cue right after one is threatened, supposed or feared, not shown.
HYPOTHETICAL = (
    r"(?:\b(?:will|would|could|might|shall|should|gonna|going\s+to|if|unless|whether"
    r"|wanna|wants?\s+to)|['’]ll)"
)

# A negation that does not deny what follows: it denies a stop ("couldn't stop drinking",
# "never stopped bleeding") or excludes all else ("nothing but blood", "not only drunk").
NOT_NEGATING = (
    r"(?:(?:not|never|\w*n['’]t|cannot)\s+(?:\w+\s+)?(?:stop|stopped|stops|stopping|quit"
    r"|cease|ceased|help|only|just|merely|simply|even\s+try)"
    r"|(?:nothing|none|no\s+one|nobody)\s+(?:but|except|save|else\s+but)\b"
    r"|no\s+(?:more|less)\s+than)"
)

# Labels in an author's note that introduce warnings the author states outright.
NOTE_WARNING_LABEL = (
    r"\b(?:warnings?|tw|cw|trigger warnings?|content warnings?|content notes?|heads up"
    r"|be warned|contains)\b"
)

# The note terms that warn of gore itself, not of violence in general ("animal violence with
# blood"): such a warning is as good as gore shown in the text.
NOTE_GORE = r"gore|gory|graphic (?:violence|depictions|injur\w+)|bloodshed"

# What an author's warning note can name, per tag.
NOTE_TERMS: dict[str, str] = {
    "major character death": r"(?:major )?character deaths?|mcd|\w+ dies"
    r"|deaths? of (?:a|an|the|one|two|our|my) (?:\w+ ){0,2}characters?",
    "graphic violence": NOTE_GORE
    + r"|battlefield|(?<!mild )(?<!minor )(?<!implied )(?<!non-graphic )violence",
    "death/grief": r"grief|grieving|death|mourning|loss of a",
    "suicide": r"suicid\w*",
    "self-harm": r"self.harm|self.injury|cutting",
    "sexual content": r"smut|sexual content|explicit sex|sex scenes?|lemon",
    "alcohol": r"alcohol\w*|drinking|drunkenness",
    "drug use": r"drugs?|drug use|addiction",
    "profanity": r"swearing|profanity|bad language|strong language|cursing",
    "illness": r"illness|sickness|hospitals?",
    "mental illness": r"mental illness|depression|anxiety|ptsd|panic attacks?",
    "domestic violence": r"domestic (?:violence|abuse)|abusive relationship",
    "child abuse": r"child abuse",
    "pregnancy": r"pregnancy|childbirth",
    "infidelity": r"cheating|infidelity|adultery",
}
