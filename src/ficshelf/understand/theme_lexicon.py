"""The lexicons of the "themes" stage: cue patterns per warning or theme and their weights.
Pure data (regular-expression sources); ``theme_matcher`` compiles it once. The figurative
uses that do not count, negations and the other context rules are in ``theme_context``.

The cues were written from the vocabulary's definitions (DESIGN.md), not from stories: for
each tag, how fiction tells it without naming it, the act and its aftermath in every
inflection and phrasal form ("stopped breathing", "buried him", "the blade went in", "threw
up", "couldn't stop shaking", "in the family way"). Each cue is ``(regex source, weight)``:
1.0 for a word or phrase that alone says the theme ("overdose", "bled to death"), less for
one that only hints at it ("wine", "doctor", "nightmare"), so that evidence must accumulate.
Patterns are matched case-insensitively at word boundaries, so "ale" never fires in "pale".
Every alternative of a cue starts with a word of three letters or more (after any
lookbehinds: "(?<=in )labour"), best a distinctive one ("(?<=her |the )waters? broke", not
"(?:her|the) waters? broke"): ``theme_matcher`` finds candidate places by those first
letters before trying the cues themselves. Keys of ``CUES`` are the vocabulary's warnings
(``vocabulary.WARNINGS``) plus the stage's own inner themes, which are never tags but weigh
in the rating: ``violence`` (fights and weapons short of gore), ``menace`` (horror and
threat) and ``explicit`` (the strongest sexual words).
"""

from __future__ import annotations

# Inner themes: they count towards the rating only.
VIOLENCE = "violence"
MENACE = "menace"
EXPLICIT = "explicit"
# Exclamations of God's name: profanity's mildest cues ("Good God", "my God", "for God's
# sake"), which add to a swear and never make a story's profanity alone.
OATHS = r"(?<=good )god|(?<=oh )god|(?<=my )god|christ|jesus christ|(?<=for )god's sake"

CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "alcohol": (
        (
            r"(?<=two )fingers of|(?<=three )fingers of|(?<=a )bottle of (?:red|white)"
            r"|(?<=a )glass of (?:red|white)|(?<=a )pint|(?<=the )pub|(?<=a )beer",
            0.4,
        ),
        (
            r"blind drunk|dead drunk|roaring drunk|falling.down drunk|drunk as a lord"
            r"|(?<=the )worse for drink|reek(?:ed|ing|s)? of (?:drink|gin|whiske?y|brandy|wine"
            r"|beer|ale|rum|spirits|alcohol)|(?<=on the )wagon|(?<=off the )wagon|(?<=his "
            r"|her )drinking|(?<=their )drinking|(?:took|takes|taken) to drink|drank (?:himself"
            r"|herself|myself|themselves) (?:sick|senseless|to sleep|stupid)",
            1.0,
        ),
        (
            r"whiskies|vodkas|brandies|gins|rums|liquors|spirits of wine|grogs",
            0.8,
        ),
        (
            r"wines|beers|ales|ciders|champagnes|sherries|lagers|ports? wine|claret cup|punch bowl",
            0.5,
        ),
        (
            r"slurr(?:ed|ing)|(?<=a )drink|(?<=the )drink|(?<=another )drink|drinks|nightcap"
            r"|sozzled|barrels? of (?:ale|beer|wine)|wine.?glass(?:es)?|wine.?cellar",
            0.3,
        ),
        (
            r"drunk(?:en|enly|ard|ards)?|tipsy|hungover|hangover|inebriated|intoxicated"
            r"|alcoholics?|alcoholism|sozzled|sloshed|drinking problem"
            # (not the verb and its preposition: "a lamp hung over the table")
            r"|hung over(?! (?:the|a|an|his|her|their|its|my|our|your|him|them|it|me|us|this"
            r"|that|each|every|all)\b)",
            1.0,
        ),
        (
            r"whiske?y|vodka|brandy|bourbon|scotch|tequila|rum|gin|liquor|booze|moonshine"
            r"|alcohol|absinthe|cognac|schnapps|liqueurs?|vermouth|martinis?|grog",
            0.8,
        ),
        (r"sober(?:ed)? up|stone.cold sober|teetotal(?:ler)?", 0.5),
        # Drink told by its smell on someone, and a glass poured for oneself.
        (
            r"(?:smell|smelled|smelt|smells|stink|stank|stench|whiff|breath|taste|tasted|tastes)"
            r" of (?:drink|gin|tequila|vodka|booze"
            r"|whiske?y|brandy|wine|beer|ale|rum|spirits|alcohol|port|liquor|sherry|claret)",
            1.0,
        ),
        (
            r"pour(?:s|ed|ing)? (?:himself|herself|myself|themselves|yourself|ourselves)"
            r" (?:a|another) (?:glass|drink|tot|dram|measure|stiff|large|small)",
            0.5,
        ),
        # Port the wine, not the harbour ("his port", "a glass of port"; not "out of port").
        (
            r"(?<=his )port|(?<=my )port|(?<=more )port|(?<=some )port|(?<=had )port"
            r"|(?<=glass of )port|(?<=bottle of )port|(?<=decanter of )port|drams?",
            0.5,
        ),
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
            r"(?:line|lines|bump) of (?:coke|cocaine|speed)|spliff|rolled a joint|(?<=a )joint"
            r"|(?<=the )joint|(?<=smoking )weed|(?<=smoked )weed|(?<=some )weed",
            0.8,
        ),
        (
            r"track marks|needle marks|shoot(?:ing)? up|opium (?:den|pipe)"
            r"|high on (?:\w+ )?(?:drugs|pills|something|coke|meth|opium|cocaine|heroin|weed)"
            r"|amphetamines?|barbiturates?|ketamine|fentanyl|codeine|hashish|oxycodone|benzos?"
            r"|tranquill?i[sz]ers?",
            0.8,
        ),
        (
            r"(?<=the )needle|coca leaves"
            r"|pill bottles?|tablets|stimulants?|(?<=his )fix|(?<=her )fix|(?<=a )fix|using again",
            0.4,
        ),
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
            r"(?<=he )(?:hit|struck|slapped|beat|punched|choked|kicked|shoved|backhanded) her"
            r"|(?<=she )(?:hit|struck|slapped|beat|punched|choked|kicked|shoved) him"
            r"|(?<=raised his )hand to her|cowered",
            0.4,
        ),
        (
            r"(?:beat|beats|beating|hit|hits|hitting|struck|slapped|punched|strangled"
            r"|choked) (?:his|her) (?:wife|husband|girlfriend|boyfriend|partner)|wife.?beat(?:er"
            r"|ers|ing)|raised (?:his|a) hand to (?:her|his wife)|(?:husband"
            r"|boyfriend)['’]s (?:fists?|temper)",
            1.0,
        ),
        (
            r"hid (?:the|her|his) bruises|bruises? (?:on|along|around|ringing) (?:her"
            r"|his) (?:arms?|wrists?|neck|throat|face|ribs)|black eye|finger.?mark(?:s"
            r"|ed)? bruises?",
            0.3,
        ),
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
            r"(?:took|taken|takes|take) (?:the|his|her|a) (?:belt|strap|cane|switch|birch) to"
            r"|(?:father|mother|dad|mum|mom|stepfather|stepmother|uncle|aunt)['’]s (?:belt|fists?"
            r"|strap)|(?:father|mother|dad|mum|mom|stepfather|stepmother|uncle"
            r"|aunt) (?:had )?(?:beaten|kicked|slapped|thrashed|burned|starved|locked) (?:him|her"
            r"|me|them)",
            1.0,
        ),
        (
            r"(?:beat|beaten|hit|thrashed|whipped|slapped|caned|starved|burned) (?:the|a|his|her"
            r"|their|my) (?:little |small )?(?:boy|girl|child|children|son|daughter|kids?)"
            r"|locked (?:him|her|me|them) in (?:the|a) (?:cupboard|cellar|closet|attic|coal.?hole)"
            # the child named, the beating passive: "a boy beaten for it", "the girl was starved"
            # (without "was", only "beaten" is surely passive: "the girl whipped round", "the
            # boy thrashed about", "belted out a song" are the child's own doing)
            r"|(?:boy|girl|child|pupil|scholar|apprentice)"
            r" (?:(?:was|were|being|be|get|got|gets) (?:beaten|thrashed|flogged|caned"
            r"|whipped|starved|birched|belted)|beaten)(?! (?:at|in|by (?:a|an|the|one) (?:point"
            r"|length|head|goal|inch|second|minute|nose|whisker)))",
            0.6,
        ),
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
            r"blown (?:apart|to pieces|to bits|to shreds)|(?:arm|arms|leg|legs|hand|hands|head"
            r"|face|jaw) (?:was |were |had been )?(?:blown|shot|torn|hacked|cut) (?:off|away)"
            r"|body parts|torn limbs|scattered limbs|(?:shrapnel|bullet|bayonet|blade|arrow)"
            r" (?:in|through) (?:his|her|their|the) (?:belly|chest|gut|throat|neck|eye|face|thigh"
            r"|leg|arm|skull|head)",
            0.8,
        ),
        (
            r"blood (?:everywhere|all over)|(?:covered|drenched|bathed) in blood|blood.(?:soaked"
            r"|drenched|spattered|splattered)|(?:coughed|coughing|spat|spitting) (?:up )?blood"
            r"|(?:mouthful|mouth full|taste) of blood|blade (?:went|slid|sank|bit) (?:in|into|home"
            r"|deep)|(?:knife|blade|sword|dagger|bayonet|spear) (?:went )?(?:in|into) (?:his|her"
            r"|their|the) (?:belly|chest|gut|guts|side|back|throat|neck|eye|ribs|stomach)"
            r"|ran (?:him|her|them) through|(?:cut|slit|slashed) (?:[\w'’]+ ){1,3}throats?"
            r"|throats? (?:cut|slit|torn)|tore (?:out )?(?:his|her|their) throats?"
            r"|(?:bone|bones)(?: of (?:his|her|their|the) \w+)? (?:showed|showing"
            r"|jutting|stuck out|sticking out|splintered)|splintered bone|shattered (?:jaw|skull"
            r"|knee|bones?|ribs)|bullet (?:holes?|wounds?)|gunshot wounds?|shot (?:him|her"
            r"|them) in the (?:head|face|chest|gut|belly|stomach|back|throat)|blew (?:his|her"
            r"|their) brains out|bowels|viscera|innards|gaping wound|open wounds?|raw flesh"
            r"|torn flesh|flesh (?:tore|ripped|parted)|ripped (?:open|apart)|torn (?:apart|open"
            r"|to pieces|to shreds)|mauled|maimed|bludgeon(?:ed|ing)?|beaten bloody|bloody pulp"
            r"|beaten to death|stabbed to death|bled (?:out|to death)|bleeding (?:out|heavily"
            r"|badly)",
            0.8,
        ),
        (
            r"stabbing|stabs|slashing|gash(?:ed|es)?|bloodied|bloodstained|blood.stained|wounds"
            r"|carcass(?:es)?|hacking|clubbed|trampled|massacre(?:d)?",
            0.4,
        ),
        (
            r"gore|gory|entrails|intestines|guts spilled|disembowel(?:ed|led)?|decapitat(?:ed|ion)"
            r"|dismember(?:ed|ment)?|severed (?:head|hand|arm|leg|limb)s?|eviscerat(?:ed|ion)"
            r"|brains? (?:spattered|splattered|blown out)|slit (?:his|her|their) throats?",
            1.0,
        ),
        # A weapon driven home into a living body ("drove the spear into its eye").
        (
            r"(?:drove|driven|drives|driving|plunged|plunges|plunging|sank|sunk|thrust|thrusts"
            r"|jammed|rammed) (?:his|her|my|their|the|a|your) (?:knife|blade|sword|dagger"
            r"|bayonet|spear|harpoon|axe|lance|pike|pitchfork|hatchet|sabre|saber|cutlass)"
            r" (?:deep |home |hard )?into (?:his|her|their|its|the|my|your|a) (?:\w+ )?(?:eyes?"
            r"|belly|chest|gut|guts|side|back|throat|neck|skull|head|heart|ribs|stomach"
            r"|shoulder|thigh|flesh|body)",
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
        (
            r"breathed (?:his|her|their|its) last|died in (?:his|her|my|their) arms"
            r"|stopped breathing|laid (?:him|her|them) to rest|last rites|death.?bed|bled to death"
            r"|drowned|(?:strangled|beaten|stabbed|burned|starved|frozen) to death|shot dead"
            r"|struck dead|dropped dead|found dead|lay dead|pronounced dead|lifeless|dead body"
            r"|dead bodies|(?<=his |her )(?:pulse|heart) (?:had )?(?:stopped|was gone|gave out)"
            r"|never woke|grief.stricken|heartbroken|mourning (?:clothes|dress|black|band)",
            1.0,
        ),
        (
            r"caskets?|hearse|pall.?bearers?|shroud(?:ed)?|winding.sheet|black crape"
            r"|epitaphs?|obituar(?:y|ies)|memorial|tombs?|sepulchre|crypt|mausoleum|keening"
            r"|wept for|sob(?:bed|bing)? for|bury|buries|burying|(?<=the )late (?:husband|wife"
            r"|father|mother)|(?<=his )late wife"
            r"|(?<=her )late husband|grieving|griefs|widows|orphans|bereft|loss of (?:his|her"
            r"|their|my) (?:wife|husband|son|daughter|mother|father|child|brother|sister|friend)",
            0.8,
        ),
        (
            r"perish(?:es|ing)?|slew|corpse|murderer|killer|killing|kills|deathly|mortal wound",
            0.4,
        ),
        (r"cemetery|churchyard|orphan(?:ed|s)?", 0.4),
        (r"died|dies|dead|death|deaths|dying|die|deceased|passed away|killed", 0.6),
        (
            r"funerals?|graves?ide|burial|buried|coffins?|corpses?|tombstones?|headstones?"
            r"|mourn(?:ed|ing|ers?)?|grie(?:f|ve|ved|ving)|widow(?:ed|er)?"
            r"|bereave(?:d|ment)|wake for|eulogy|condolences|(?<=in )memory of"
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
            r"bronchitis|appendicitis|chicken.?pox|mumps|whooping cough|croup|scarlatina"
            r"|rheumatism|gout|arthritis|sepsis|septic|stomach bug|food poisoning|strep throat"
            r"|concussion|antibiotics|drip stand|hospital bed"
            r"|Alzheimer['’]?s|dementia|multiple sclerosis|Parkinson['’]?s|dialysis",
            1.0,
        ),
        (
            r"ambulance|paramedics?|(?<=his |her )temperature|sore throat|runny nose"
            r"|head cold|ward rounds|(?<=the )surgery|bed.?rest|get well",
            0.4,
        ),
        (
            r"sick.?bed|(?:took|taken|keeps?|kept) to (?:his|her|their) bed|transfusions?|gangrene"
            r"|fester(?:ed|ing)|quarantine|contagio(?:n|us)|epidemic|pandemic|ague|palsy|apoplexy"
            r"|(?<=had a )stroke|(?<=suffered a )stroke|anaemi(?:a|c)|anemi(?:a|c)|asthma"
            r"|diabet(?:es|ic)|migraines?|hospice|intensive care|brain fever|rheumatic|jaundice"
            r"|sick unto death|wasting (?:disease|sickness)|(?:going|went) into a decline"
            r"|coughing fits?|(?<=a )bad chest",
            1.0,
        ),
        (
            r"(?:threw|throw|throwing|thrown) up|virus|viruses|retch(?:ed|ing)?|nause(?:ous|ated)"
            r"|chills|shiver(?:ed|ing)? with (?:fever|cold)|wheez(?:e|ed|ing)|thermometer"
            r"|prescriptions?|apothecary|leeches|poultices?|bloodletting|bled (?:him|her)|sickroom"
            r"|infirmary|medicines|medication|tonic|feverishly|fevers|illnesses|diseases|patient"
            r"|ward sister|bedside|invalids|pallor|temperature (?:was|had|of a hundred)",
            0.4,
        ),
        (
            r"fainted|fainting|swoon(?:ed|ing)?|weakness|frailty|bandages?|pulse",
            0.2,
        ),
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
            r"|nausea|physicians?|nurse(?:d)?|patients?|medicine|symptoms"
            # a hospital someone is in, or is taken to or from (not one built or governed)
            r"|(?<=\bin )hospital|(?<=\binto )hospital|(?<=\bto )hospital"
            r"|(?<=\bfrom )hospital|(?<=\bout of )hospital|(?<=\bin the )hospital"
            r"|(?<=\bin a )hospital|(?<=\binto the )hospital|(?<=\bto the )hospital"
            r"|(?<=\bto a )hospital|(?<=\bfrom the )hospital|(?<=\bout of the )hospital",
            0.4,
        ),
        # The older names of sickness and getting over it, as period fiction tells them.
        (
            r"dropsy|pleurisy|quinsy|scrofula|erysipelas|rickets|putrid (?:sore )?throat"
            r"|(?:physicians?|doctors?|surgeons?) (?:had )?(?:quite )?given (?:him|her|them) up",
            1.0,
        ),
        (
            r"colic|catarrh|(?:well|strong) enough to (?:sit up|walk|come down|be"
            r" carried|leave (?:his|her|my) (?:bed|room))",
            0.4,
        ),
        (r"doctors?|doctor's|surgeons?|sickly|frail|pale and thin", 0.3),
    ),
    "mental illness": (
        (
            r"dissociat(?:e|ed|es|ing|ion|ive)|intrusive thoughts|(?<=his |her )meds"
            r"|antidepressants|anxiety meds|grief counsell?or|self.destructive",
            1.0,
        ),
        (r"depressed|anxious|(?<=an )anxiety|spiral(?:led|ling)", 0.3),
        (r"mad", 0.3),
        (
            r"flashbacks?|traumati[sz]ed|trauma|anxiety attacks?|catatonic|mania|manic"
            r"|nervous (?:collapse|prostration|exhaustion|fever|attack|complaint)"
            r"|hyperventilat(?:ed|ing)|voices in (?:his|her|my|their) head|paranoi(?:a|d)"
            r"|delusions?|delusional|self.loathing|(?:illness|condition) of (?:the )?mind"
            r"|lost (?:his|her|my) reason",
            1.0,
        ),
        (
            r"hysteri(?:a|cal|cs)|(?:went|gone|going|run|ran|driven) mad|stark mad|(?:couldn"
            r"|could not|can['’]?t|cannot) stop (?:shaking|trembling|crying|screaming|weeping)"
            r"|hadn['’]t (?:slept|eaten) (?:properly )?(?:in|for) days|obsessive|compulsive"
            r"|compulsions?|madwoman|madman's",
            0.5,
        ),
        (
            r"nightmare|melanchol(?:y|ic)|panic(?:ked|king|ky)?|despair(?:ed|ing)?"
            r"|hopeless(?:ness)?|worthless(?:ness)?|flinch(?:ed|es|ing)?|numbness|sleepless"
            r"|insomnia|shaking hands|tremor|haunted",
            0.3,
        ),
        (
            r"depression|clinically depressed|anxiety disorder|panic attacks?|PTSD"
            r"|shell.shock(?:ed)?|bipolar|schizophreni[ac]|psychosis|psychotic|hallucinat(?:ed|ing"
            r"|ions?)|eating disorder|anorexi[ac]|bulimi[ac]|OCD|asylum|melancholia"
            r"|nervous breakdown|mental (?:illness|health|breakdown)|suicidal",
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
            r"(?:razor|blade|knife) (?:to|across|against|along) (?:her|his|my|their) (?:skin"
            r"|wrists?|arms?|thighs?)|hurt (?:herself|himself|myself|themselves) on purpose"
            r"|self.inflicted|(?:fresh|old|neat|thin|white) (?:cuts|scars) (?:on|along"
            r"|across) (?:her|his|my|their) (?:wrists?|arms?|thighs?)|burn(?:ed|t)? (?:herself"
            r"|himself|myself) with|scratch(?:ed|ing)? (?:herself|himself|myself) (?:raw|bloody"
            r"|until)",
            1.0,
        ),
        (
            r"bang(?:ed|ing)? (?:his|her|my) head against the wall",
            0.3,
        ),
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
            r"jump(?:ed|s)? to (?:his|her|their|my) death|(?:put|held|pressed) (?:a|the|his"
            r"|her) (?:gun|pistol|revolver|barrel|muzzle) to (?:his|her|my|their) (?:head|temple"
            r"|mouth)|blew (?:his|her|their) (?:own )?brains out|self.murder|felo de se|took (?:an"
            r"|a) overdose|(?:drowned|hanged|poisoned|shot|killed) (?:himself|herself)"
            r"|suicide note|took poison",
            1.0,
        ),
        (
            r"wanted to die|want(?:ed|s)? to be dead|didn['’]t want to (?:live|be alive)"
            r"|(?<=no )reason to (?:live|go on)|(?:life|living) (?:was|is) not worth|end(?:ed"
            r"|ing)? it(?:self)? (?:all|tonight)",
            0.5,
        ),
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
            r"(?:kiss(?:ed|es|ing)?|mouth(?:ed)?|lick(?:ed|ing)?) (?:down|along|across) (?:her"
            r"|his) (?:neck|throat|stomach|chest|body|spine|thighs?|hips?|collarbone)"
            r"|unbutton(?:ed|ing)? (?:her|his) (?:shirt|blouse|dress|trousers|jeans|bodice)"
            r"|unlac(?:ed|ing) (?:her|his) (?:bodice|stays|corset)|(?:hips|bodies) (?:rocked|moved"
            r"|bucked|rolled|ground) (?:against|together)|(?:took|led|pulled|carried) (?:him"
            r"|her) to (?:bed|the bedroom)|into bed with|spent the night together|tangled sheets",
            0.5,
        ),
        (
            r"seduc(?:e|ed|es|ing|tion)|virgin(?:ity)?|bare (?:skin|chest|breasts|thighs)"
            r"|desire for (?:him|her)",
            0.3,
        ),
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
            r"cuckold(?:ed|s)?|betray(?:ed|ing)? (?:his|her|my|their) (?:husband|wife|marriage"
            r"|vows)|(?:secret|illicit) (?:lover|liaison|tryst|rendezvous|affair)|two.timing"
            r"|adulterer",
            1.0,
        ),
        (
            r"affair|tryst|liaison|paramour|lover|lovers",
            0.3,
        ),
        (
            r"adulter(?:y|ous|er|ess)|infidelity|unfaithful|cheat(?:ed|ing|s)? on"
            r"|(?<=his )mistress|(?<=a )mistress|(?<=had an )affair|(?<=have an )affair"
            r"|(?<=having an )affair|love affair|behind (?:his|her|my|your) (?:husband"
            r"|wife)'s back|another (?:man|woman)'s (?:wife|husband|bed)",
            1.0,
        ),
    ),
    "pregnancy": (
        (
            r"(?<=in the )family way|(?<=a )bun in the oven|(?<=her )confinement|lying.in|(?<=her "
            r"|the )waters? (?:broke|had broken)|went into labou?r|labou?r pains|childbirth"
            r"|childbed|delivered of|ultrasound|sonogram|prenatal|antenatal|obstetrician"
            r"|expectant mother|(?<=the )quickening|(?<=her |the )(?:swollen|rounded|round"
            r"|swelling|growing) belly|carrying (?:his|their) (?:child|baby)",
            1.0,
        ),
        (
            r"newborn|new.born|birth(?:ing|ed)?|(?<=the )baby|pregnant",
            0.3,
        ),
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
            r"feck(?:ing)?|shite|arsed|wankers?|fucks|fuckers|fuckin|fucken|bastard's|pissed|piss"
            r"|screw (?:you|it|this|that)|sodding|bloody well",
            0.6,
        ),
        (
            r"motherfucker|cunt|fuck(?:ing|ed|er|ers|s)?|fuck['’]s sake",
            1.2,  # the strongest: one is a story's profanity
        ),
        # Vulgar words (of the body, of birth, of insult): one is a story's profanity, as a
        # reader tags it, in speech or in the narration.
        (
            r"shit(?:ty|s|ting)?|bullshit|twat|arsehole|asshole|goddamn(?:ed|it)?|dickhead|wanker"
            r"|piss(?:ed)? off|son of a bitch|merde|scheisse|mierda",
            1.2,
        ),
        # Words with a literal sense beside the swear (a child born out of wedlock, a female
        # dog): one alone is not enough ("some animadversions on bastards").
        (r"bastards?|bitch(?:es|ing)?", 1.0),
        (
            r"damn(?:ed|it)?|dammit|bloody hell|bloody (?:fool|idiot|well|thing|nuisance)|hell"
            r"|crap|arse|ass|bugger(?:ed)?|sod off|bollocks|god's teeth",
            0.6,
        ),
        # An exclamation of God's name ("Good God", "my God", "Christ", "for God's sake") is an
        # oath, milder than a swear: it takes three to make a story's profanity, and oaths
        # alone never make it (round warn39: ``themes.find_tags``).
        (OATHS, 0.4),
        # "Bloody" as a swear, before any word (its literal uses are in ``theme_context``).
        (r"bloody", 0.6),
    ),
    VIOLENCE: (
        (
            r"shrapnel|shell.?fire|shells burst|trench(?:es)?|bayonet(?:ed|s)?|machine.?guns?"
            r"|artillery|barrage|gunpowder|grenades?|explosions?|wounded|casualties",
            0.3,
        ),
        (
            r"(?:hit|struck|punched|kicked|shoved|slapped|choked|throttled) (?:him|her|me|them|us)"
            r"|throttl(?:ed|ing)|thrash(?:ed|ing)|grappl(?:ed|ing)|wrestl(?:ed|ing) (?:him|her)"
            r"|bayonets?|spears?|lances?|bullets?|gunfire|gunshots?|cannon"
            r"|brawling",
            0.4,
        ),
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
