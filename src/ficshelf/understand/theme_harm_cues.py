"""The "themes" stage's cues of harm and loss: domestic violence, child abuse, graphic
violence, a major character's death, death and grief, self-harm, suicide, and the inner
themes ``violence`` (fights and weapons short of gore) and ``menace`` (horror and threat),
which weigh in the rating only (``theme_lexicon.VIOLENCE``, ``theme_lexicon.MENACE``). Pure
data in the form and rules of ``theme_lexicon.CUES``, which holds them with
``theme_life_cues``."""

from __future__ import annotations

HARM_CUES: dict[str, tuple[tuple[str, float], ...]] = {
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
    "violence": (
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
    "menace": (
        (
            r"horrors?|terror|terrified|monsters?|vampires?|undead|demon|nightmare|scream(?:ed|s)?"
            r"|revolver|pistol|gun|threat(?:ened)?|menac(?:e|ing)|fangs|teeth",
            0.5,
        ),
    ),
}
