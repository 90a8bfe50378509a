"""The "themes" stage's cues of how people live, of body and conduct: alcohol, drug use,
illness, mental illness, sexual content and the inner theme ``explicit`` (the strongest
sexual words, ``theme_lexicon.EXPLICIT``, which weighs in the rating only), infidelity,
pregnancy and profanity, with the oaths (``OATHS``). Pure data in the form and rules of
``theme_lexicon.CUES``, which holds them with ``theme_harm_cues``."""

from __future__ import annotations

# Exclamations of God's name: profanity's mildest cues ("Good God", "my God", "for God's
# sake"), which add to a swear and never make a story's profanity alone.
OATHS = r"(?<=good )god|(?<=oh )god|(?<=my )god|christ|jesus christ|(?<=for )god's sake"

LIFE_CUES: dict[str, tuple[tuple[str, float], ...]] = {
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
    "explicit": (
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
}
