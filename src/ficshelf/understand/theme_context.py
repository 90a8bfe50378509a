"""The context rules of the "themes" stage, as data: figurative and harmless uses of cue
words, the starts of similes, negations (and the negations that deny nothing), modals and
conditions, and what an author's warning note can name. Pure data (regular-expression
sources); ``themes`` compiles it once. The cues themselves are in ``theme_lexicon``.
"""

from __future__ import annotations

from ficshelf.understand.theme_lexicon import MENACE, VIOLENCE
from ficshelf.understand.theme_not_suffered import NOT_SUFFERED
from ficshelf.understand.theme_other_senses import OTHER_SENSES
from ficshelf.understand.theme_rating_schemes import RATING_TOKEN

# Figurative or harmless uses that contain a cue: a cue inside one of these does not count.
FIGURATIVE: dict[str, str] = {
    "alcohol": r"port (?:side|bow|quarter|beam|rail|holes?|watch|tack|anchor|hand|of call)"
    r"|drunk (?:with|on) (?:joy|power|love|happiness|relief|delight|success|laughter"
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
    r"|battery|candle|flame|hope|talk|roar|cheer|murmur|phone|mobile|laptop|computer|torch"
    r"|flashlight|radio|signal|screen|car|van|truck|lorry|tractor|motor|generator|bulb|lamp|heater|charger|connection"
    r"|wi.?fi|line|tv|television|fridge|boiler)s? (?:\w+ )?(?:died|dies|dying|die)"
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
    "profanity": r"bloody (?:hands?|fingers?|arms?|knife|knives|swords?|blades?|daggers?|axe"
    r"|bayonets?|spears?|battles?|wars?|fights?|conflicts?|field|murders?|deeds?|work|business"
    r"|wounds?|nose|lip|lips|mouth|head|face|bod(?:y|ies)|corpses?|rags?|cloth|bandages?"
    r"|sheets?|shirts?|clothes|linen|mess|footprints?|marks?|water|froth|foam|flux|stumps?"
    r"|remains|teeth|tooth|scenes?|struggles?|revolution|end|deaths?|fray|sweat|tears|ground"
    r"|floor|snow|sand|trail|tracks?|spots?|stains?|streaks?|prints?|vengeance|tyrants?|minded"
    r"|mindedness|flag|banner|reign|days|times|age|history|fingerprints?|pulp|red|smear"
    r"|gashes|gash|cuts?|scratches|welts?|stripes|weals?|hide|meat|carcass|offal|entrails)"
    r"|(?:the|to|of|in|from|through|into) (?:hell|Hell)(?:'s)? (?:gate|hound|fire)"
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

# Figurative uses of the cues that were written from the vocabulary's definitions (the
# second half of each tag's cues in ``theme_lexicon``), joined to the lists above.
_MORE_FIGURATIVE: dict[str, str] = {
    "death/grief": r"(?:sick|tired|bored|loved|laughed|teased|embarrassed|talked) to death"
    r"|stopped breathing (?:altogether|entirely|for (?:a|an|one) (?:moment|second|instant"
    r"|heartbeat|beat|minute))|(?:almost|nearly|practically|quite) stopped breathing"
    r"|(?:from|out of) (?:the |his |her |its |their |my )?ashes|ashes (?:of|to) (?:ashes|the fire"
    r"|the hearth|the grate|his hopes|her hopes|their hopes|his dreams|her dreams)"
    r"|(?:be|been|is|was|be) the death of (?:me|him|her|you|us)|death (?:glare|stare|grip|wish)"
    r"|dead (?:meat|to me|quiet|calm|leaves|wood|language|letter|air|batter(?:y|ies)|phone"
    r"|reckoning)|dying (?:of|for) (?:thirst|hunger|curiosity|boredom|embarrassment|a (?:drink"
    r"|smoke|cup))|died a little|a dying (?:breed|art)|drowned out|drowned in (?:paperwork|work"
    r"|noise|sound|light|debt|tears|sorrow|self.pity)|drowning in (?:work|paperwork|debt|sound"
    r"|light|noise)|buried (?:his|her|my|their|your) (?:face|head|nose|hands?|fingers)"
    r"|bur(?:y|ied|ying|ies) (?:himself|herself|myself|themselves) in|buried (?:in|under)"
    r" (?:work|books|papers|paperwork|snow|blankets|the covers)|bury the hatchet"
    r"|buried treasure|killer (?:heels|smile|view|idea|looks|instinct)|(?:a|the) slew of"
    r"|wept for (?:joy|happiness)|lifeless (?:voice|tone|hair)|(?:and|very|so|more|most|too|how"
    r"|as) grave|grave (?:and|man|woman|men|matter|doubts?|concern|danger|error|news|faces?"
    r"|eyes|manner|words|tone|voice|look|expression|mistake|consequences|importance|silence)"
    # (round six) a face buried in a coat, in every tense; a look grown grave; stopping dead;
    # the drowned rat of idiom; plants dying
    r"|bur(?:y|ies|ying) (?:his|her|my|their|your) (?:face|head|nose|hands?|fingers)"
    r"|(?:face|head|nose)s? buried|(?:look|looks|looked|looking|grew|grown|grow|grows"
    r"|seemed|seems|turned) grave|(?:stop|stops|stopping|halt|halts|halted|pulled up"
    r"|pulls up|froze|freezes) dead|(?:like|as) (?:a|an) drowned (?:rat|cat|kitten|dog|puppy"
    r"|hen|chicken|thing|mouse)|dying (?:\w+ )?(?:trees?|plants?|flowers?|roses?|leaves|grass"
    r"|hedges?|shrubs?|geraniums?|ferns?|weeds)"
    # (round warn29) a plant or a crop that dies, in any tense
    r"|(?:plants?|basil|herbs?|flowers?|roses?|tomato(?:es)?|seedlings?|geraniums?|ferns?"
    r"|orchids?|cactus|cacti|trees?|hedges?|lawn|grass|crops?|vines?|tulips?|bulbs?|shrubs?"
    r"|houseplants?|bonsai) (?:(?!(?:where|when|who|whom|whose|which|that|as|while|after|before)\b)"
    r"\w+ ){0,5}(?:died|dies|dying|die|dead)",
    "illness": r"(?:threw|throw|throws|throwing|thrown) up (?:his|her|my|their|your|the|a|an"
    r"|both|its)\b|(?:be|was|is|been|very|more|so|too|most|being|remarkably) patient"
    r"|patient(?:ly)? (?:with|smile|voice|look|expression|tone|man|woman|face|manner|eyes)"
    r"|(?:gin|vodka) and tonic"
    r"|tonic water|bedside (?:table|lamp|cabinet|drawer|clock|rug|manner)",
    "mental illness": r"(?:crowd|fans|dogs|world|everyone|everybody) (?:\w+ )?(?:went|goes|gone)"
    r" mad|(?:drive|drives|driving|drove|driven) (?:me|him|her|you|us|them) mad|mad (?:at|about"
    r"|for|keen|dash|rush)|hysterical(?:ly)? (?:laughter|laughing|funny)|haunted (?:house|castle"
    r"|manor|wood|forest|mansion|hall|look|eyes)|(?:a|an) (?:\w+ )?nightmare (?:of|to)"
    r"|(?:logistical|bureaucratic|administrative|absolute|total|complete) nightmare"
    r"|(?:blunt|head|physical|force) trauma|trauma (?:surgeon|ward|bay|unit|team|centre|center)"
    r"|orphan asylum|mania for|panic (?:buying|room|button)|like mad|hopping mad"
    r"|(?:are|were|is|am) (?:you|I|he"
    r"|she|we|they) mad|(?:the )?mad (?:hatter|tea.party|march hare|dog|dogs|bull|scramble"
    r"|dash|hurry|gallop|idea|plan|scheme|fool|thing|moment|ride|race|rate|cap|caps|jape)"
    r"|mad (?:on|after|with (?:joy|delight|happiness|excitement|impatience|rage|anger|fury"
    r"|jealousy))|(?:madly|mad) in love|half mad with",
    "graphic violence": r"(?:chilled|cold|frozen|soaked|wet|tired|weary|exhausted|drenched|numb"
    r"|close|bored|thin|worn) to the bone|tore (?:his|her|my|their|your) eyes (?:away|from|off)"
    r"|snapped (?:his|her|my|their|your) fingers|(?:crushed|pulled|held|pressed|clutched|hugged"
    r"|drew|gathered) (?:\w+ ){0,2}(?:to|against) (?:his|her|my|their|your) chest"
    r"|stabbing (?:pain|ache|sensation|guilt)|slashing rain"
    r"|hacking (?:cough|coughs)|bowels of|innards of (?:the|a) (?:clock|machine|engine|watch"
    r"|radio|piano)"
    r"|ripped open (?:the|a|his|her) (?:envelope|letter|parcel|package|bag|box|seal)"
    r"|torn (?:apart|in two) (?:by|between|with)|old wounds",
    "drug use": r"(?:stone|clay|wax) tablets|the needle (?:and|of|on|in|swung|flicked|quivered"
    r"|pointed|dropped|climbed)",
    "pregnancy": r"pregnant (?:pause|silence|with meaning)|(?:by|from|since|noble|low|high"
    r"|humble|gentle|good) birth|nursery (?:rhymes?|school|tale|maid|garden|governess|tea"
    r"|fire|door|window)",
    "infidelity": r"(?:family|dinner|formal|quiet|simple|grand|private|business|sorry|whole"
    r"|public|foreign|strange|curious|odd) affair|affair of (?:honou?r|state)|lovers? of"
    r" (?:\w+ )?(?:books|music|art|nature|poetry|horses|dogs|animals|wine|food|the)",
    "suicide": r"want(?:ed|s)? to die (?:of|laughing)",
    "self-harm": r"scars? (?:on|along|across) (?:\w+ ){0,3}(?:were|was|is|are) from (?:the|a|an|his"
    r"|her) (?:war|accident|fire|fight|operation|surgery|battle|crash|army|navy)"
    r"|razor blades? (?:\w+ ){0,4}for shaving|sleeves? down (?:over (?:his|her|my|your) hands )?"
    r"(?:against|in|for) the (?:cold|wind|chill)",
    "domestic violence": r"(?:\w+ )?(?:hit|struck|pelted|threw) (?:him|her|me|you|them|us)"
    r" with (?:a |the )?(?:snowballs?|pillows?|cushions?|water balloons?|balls?"
    r"|(?:wet |tea )?towels?|rolled.up newspaper|paper)",
    VIOLENCE: r"(?:it|this|that|realisation|realization|thought|truth|smell|wave|light|sun|cold)"
    r" (?:\w+ )?hit (?:him|her|me|them|us)",
}
# (round warn33) a fever of excitement, a grate gone out, a self nearly killed running
_MORE_FIGURATIVE["illness"] += (
    r"|feverish (?:haste|excitement|activity|energy|anticipation|impatience|eagerness|gaiety"
    r"|preparations|hurry|pace|speed|glee|industry|interest|delight)"
    r"|(?:general|same|whole|ball|election|gold|spring|building|shopping) fever"
    r"|sick (?:[\w'’]+ ){0,8}every morning|sick in the mornings?"
)
_MORE_FIGURATIVE["death/grief"] += (
    r"|dead (?:grate|hearth|embers|coals|cinders|match|matches|bolt|lamp|candle)"
)
_MORE_FIGURATIVE["suicide"] += (
    r"|(?:nearly|almost|practically|half) killed (?:him|her|my|your|them)sel(?:f|ves)"
    r"|killed (?:him|her|my|your|them)sel(?:f|ves) (?:laughing|running|trying|working|with work)"
)
# (round warn35) praise and idiom in a killing's words: heels that are killer or murder on the
# feet, an audience knocked dead, an audition slayed; a plague doctor's mask
_MORE_FIGURATIVE["death/grief"] += (
    r"|(?:was|were|is|are|looked|looks|look|looking) (?:\w+ )?killer\b"
    r"|murder on (?:my|her|his|your|their|the) \w+"
    r"|(?:knocked|knock|knocks|knocking) (?:\w+ ){0,3}dead"
    r"|(?:slayed|slay|slays|slaying|slew) (?:it|them)\b"
)
_MORE_FIGURATIVE["illness"] += r"|plague doctors?"
# (round evidence36) other senses, idioms and supposed deaths found under a tag's evidence;
# (round warn37) illnesses and deaths that nobody suffers: over, long ago, thought of, nearly
for _senses in (OTHER_SENSES, NOT_SUFFERED):
    for _tag, _source in _senses.items():
        _MORE_FIGURATIVE[_tag] = (
            f"{_MORE_FIGURATIVE[_tag]}|{_source}" if _tag in _MORE_FIGURATIVE else _source
        )
for _tag, _source in _MORE_FIGURATIVE.items():
    FIGURATIVE[_tag] = f"{FIGURATIVE[_tag]}|{_source}" if _tag in FIGURATIVE else _source

# Cues that name a person by what they do for the sick ("the doctor", "a nurse"): weak
# evidence of an illness. Capitalised inside a sentence ("the Nurse", "Doctor Lanyon") the
# word is a name or a title; a story whose cast includes a doctor repeats it in every scene
# without anyone being ill, so each of these words counts at most ``ROLE_REPEATS`` times.
ROLE_NOUNS = r"(?:doctor|nurse|physician|surgeon|patient|midwife|midwive|apothecar(?:y|ie))s?"
ROLE_REPEATS = 2
# (round warn39) A nurse in a paragraph that names a baby, the children or their nursery is
# the children's nurse ("Clym's old nurse is sitting beside the cradle", "a quadroon nurse
# followed them about"), no one's illness.
NURSERY = (
    r"\b(?:bab(?:y|ies)|infants?|nurser(?:y|ies)|cradles?|children|child|little (?:boy|girl"
    r"|one)s?|nursemaids?|monthly nurse|wet.?nurse)\b"
)

# Cues that count only in dialogue: in the narration the same word is literal ("a bloody
# handkerchief"); in a character's mouth it is a swear ("the bloody rain").
SPOKEN_ONLY: dict[str, str] = {"profanity": r"bloody"}

# The start of a simile: a cue shortly after one (no clause break between) is a comparison.
SIMILE = (
    r"\b(?:as if|as though|like (?:a|an|the|some|one)|the way (?:a|an|one)"
    r"|(?:just|exactly|much|rather|almost|all) the way the|as (?:a|an) \w+)\b"
)

# A cue right after one of these (within a few words, same sentence) is negated; the
# apostrophe of "n't" straight or curly ("didn’t kill": round warn42).
NEGATION = (
    r"(?:\b(?:not|never|no|nobody|nothing|none|neither|nor|without|hardly|barely|cannot)"
    r"|n['’]t)"
)

# Words that stand where a negation before them still reaches ("never seen any sign of it",
# "nobody had ever"): a negation up to eight words before one of these, in the clause, negates.
POLARITY = r"\b(?:any|anything|anybody|anyone|ever|whatsoever)"

# A modal or a condition: a cue right after one is threatened, supposed or feared, not shown.
HYPOTHETICAL = (
    r"(?:\b(?:will|would|could|might|shall|should|gonna|going\s+to|if|unless|whether"
    r"|wanna|wants?\s+to)|['’]ll)"
)

# A negation that does not deny what follows: it denies a stop ("couldn't stop drinking",
# "never stopped bleeding"), excludes all else ("nothing but blood", "not only drunk") or
# denies a doubt ("there was no hiding her condition", "no denying he was drunk").
NOT_NEGATING = (
    r"(?:(?:not|never|\w*n['’]t|cannot)\s+(?:\w+\s+)?(?:stop|stopped|stops|stopping|quit"
    r"|cease|ceased|help|only|just|merely|simply|even\s+try)"
    r"|(?:nothing|none|no\s+one|nobody)\s+(?:but|except|save|else\s+but)\b"
    r"|no\s+(?:more|less)\s+than"
    r"|no\s+(?:hiding|denying|mistaking|disguising|concealing|doubt)\b)"
)

# Labels in an author's note that introduce warnings the author states outright.
# What such a label names runs to the end of the note.
NOTE_WARNING_LABEL = (
    r"\b(?:warnings?|tw|cw|trigger warnings?|content warnings?|content notes?|heads up"
    r"|be warned|contains)\b"
)
# Phrases that state what a story holds in passing: a rating with its reasons ("Rated T for
# language and lager"), what there is, in measure ("there is a lot of drinking", "there's
# some swearing"). What they name runs to the end of their sentence only ("There's some
# fluff. Sherry is my OC" warns of no drink).
NOTE_STATED_IN_PASSING = (
    r"\b(?:rated \w+ for"
    r"|there(?: is|['’]s| are)(?: also)? (?:some|a lot of|lots of|a bit of|a little|plenty of"
    r"|a fair amount of|a great deal of|a few|loads of|a ton of))\b"
)

# The note terms that warn of gore itself, not of violence in general ("animal violence with
# blood"): such a warning is as good as gore shown in the text.
NOTE_GORE = r"gore|gory|(?<!non-)(?<!non )graphic (?:violence|depictions|injur\w+)|bloodshed"

# A note naming who hits whom at home ("Huck's dad being a drunk and knocking him around",
# "her husband hitting her"): the blows a few words after the parent or the partner.
_NOTE_BLOWS = (
    r"(?:\W+[\w'’]+){0,5}?\W+(?:knock(?:s|ed|ing)? (?:him|her|them|me|us) (?:around|about)"
    r"|(?:beat|beats|beating|hit|hits|hitting|slapping|slapped|punching|punched"
    r"|belting|belted|thrashing|thrashed) (?:him|her|them|me|us)\b)"
)

# What an author's warning note can name, per tag.
NOTE_TERMS: dict[str, str] = {
    # not a death the note itself calls minor ("minor character death", "character death (a
    # guard, not one of the leads)")
    "major character death": r"(?<!minor )(?<!background )(?<!side )(?:major )?character deaths?"
    # (the aside read to 120 characters: a note of many unclosed asides is no quadratic scan)
    r"(?!\s*\([^)]{0,120}\bnot (?:any of |one of )?(?:the |our )?(?:main|major|big|leads?"
    r"|principal)\b)"
    r"|mcd"
    r"|(?!(?:nobody|noone|none|no one|neither|nothing|who|that|whoever|everybody|everyone"
    r"|anybody|anyone)\b)\w+ dies"
    r"|deaths? of (?:a|an|the|one|two|our|my) (?:\w+ ){0,2}characters?",
    "graphic violence": NOTE_GORE
    + r"|battlefield|(?<!mild )(?<!minor )(?<!implied )(?<!non-graphic )(?<!domestic )"
    r"(?<!sexual )violence",
    "death/grief": r"grief|grieving|deaths?|died|dies|mourning|loss of a",
    "suicide": r"suicid\w*|(?:drown|hang|kill|shoot)\w* (?:her|him|them|my|your)sel(?:f|ves)",
    "self-harm": r"self.harm|self.injury|cutting",
    "sexual content": r"smut|sexual content|explicit sex|sex scenes?|lemon",
    "alcohol": r"alcohol\w*|drinking|drunkenness|drunks?|drunken|drank|drinks|booze|grog|gin"
    r"|wine|lager|beer|ale|brandy|whiske?y|rum|prosecco|champagne|vodka|cider|sherry",
    "drug use": r"drugs?|drug use|addiction",
    "profanity": r"swearing|profanity|bad language|strong language|cursing"
    r"|(?<=for )language|(?<=their )language|(?<=some )language",
    "illness": r"illness|sickness|hospitals?"
    # a disease the warning names (as the freeform tags do)
    r"|cancer|tuberculosis|consumption|plague|fevers?|typhus|typhoid|cholera|smallpox"
    r"|diphtheria|pneumonia|influenza|flu",
    "mental illness": r"mental illness|depression|anxiety|ptsd|panic attacks?|asylums?"
    r"|madhouses?|madness|insanity|psychiatric \w+|institutionali[sz]\w+"
    r"|(?:nervous|mental) breakdowns?",
    "domestic violence": r"domestic (?:violence|abuse)|abusive relationship"
    r"|(?:husband|wife|boyfriend|girlfriend|partner|spouse|fianc[ée]e?)(?:['’]s)?" + _NOTE_BLOWS,
    "child abuse": r"child abuse"
    r"|(?:dad|father|mother|mum|mom|pa|ma|parents?|stepfather|stepmother|stepdad|stepmum)"
    r"(?:['’]s)?"
    + _NOTE_BLOWS
    # whoever strikes them: "John Canty (drunk, violent, hits kids)"
    + r"|(?:beat|beats|beating|beaten|hit|hits|hitting|slaps?|slapping|slapped|thrash\w*"
    r"|belt(?:s|ed|ing)?|punch(?:es|ed|ing)?) (?:the |his |her |their |)"
    r"(?:kids|children|child|kid|sons?|daughters?)",
    "pregnancy": r"pregnancy|pregnant|childbirth",
    "infidelity": r"cheating|infidelity|adultery",
}

# An AO3 file's own freeform tags that name a warning ("Grief/Mourning", "Past Infidelity",
# "Mentions of Drug Use", "Pregnancy Discussion"): the author has tagged the story with it.
# A tag matches whole, after one of ``FREEFORM_BEFORE`` and before one of ``FREEFORM_AFTER``;
# a tag that denies ("No Character Death", "Not Suicide") or names something else that only
# shares a word ("Drunk on Love" is not in the table) matches nothing.
FREEFORM_BEFORE = (
    r"(?:(?:past|mentioned|mentions? of|implied|referenced|references? to|discussions? of"
    # AO3's own form of a mention: "Implied/Referenced Character Death"
    r"|implied/referenced|implied/mentioned|referenced/implied"
    r"|canon-typical|background|brief|minor|off-?screen|on-?screen|non-graphic|graphic)\s+)?"
)
FREEFORM_AFTER = (
    r"(?:\s+(?:discussions?|mentions?|references?|themes?|issues))?"
    r"(?:\s*\((?:past|mentioned|implied|background|canon|brief|minor)\))?"
)
FREEFORM_TERMS: dict[str, str] = {
    "major character death": r"major character deaths?|main character deaths?",
    # a past or mentioned death is grief in the story, not a death in it
    "death/grief": r"grief|grieving|mourning|grief/mourning|bereavement|death|deaths"
    r"|(?:past|mentioned|implied|referenced|minor|background) character deaths?"
    r"|character deaths?|(?:parental|sibling|child) death|death of a (?:parent|child|spouse)"
    r"|dead (?:parents?|mothers?|fathers?|wives|wife|husbands?|siblings?)|funerals?|widows?"
    r"|widowers?|loss|canon character deaths?|temporary character deaths?|death ?fic"
    r"|loss of (?:a )?(?:parent|child|loved one|spouse|sibling|friend)s?",
    # not violence the tag calls mild ("Non-Graphic Violence", "Implied Violence")
    "graphic violence": r"graphic violence|gore|blood and gore|torture|graphic depictions? of"
    r" violence|(?<!non-graphic )(?<!implied )(?<!minor )(?<!mild )(?<!brief )(?<!mentioned )"
    r"(?<!past )(?<!off-screen )(?<!offscreen )(?<!background )(?<!referenced )(?<!of )"
    r"(?<!to )violence|blood and injury",
    "alcohol": r"alcohol|alcoholism|alcoholic \w+|alcohol (?:use|abuse)|drinking"
    r"|drunkenness|drunk \w+|underage drinking|hangovers?|drunk|drinking games?",
    "drug use": r"drug use|drugs|drug (?:addiction|abuse)|addiction|substance abuse"
    r"|recreational drug use|opium|morphine|laudanum|heroin|cocaine|drug withdrawal"
    r"|(?:drug )?overdose|(?:drug|opium|morphine|heroin|cocaine|laudanum) (?:addiction|use)"
    r"|marijuana|smoking weed|getting high",
    "domestic violence": r"domestic (?:violence|abuse)|spousal abuse|abusive relationships?"
    r"|intimate partner violence|abusive (?:husband|wife|partner|marriage)",
    "child abuse": r"child abuse|child neglect|child cruelty|abusive parents?|parental abuse"
    r"|abusive (?:father|mother|guardian)s?",
    "illness": r"illness|chronic illness|terminal illness|sick character|sickness|sickfic"
    r"|cancer|tuberculosis|consumption|plague|fever"
    # AO3's "Sick Fic" (and its forms), and illness by its course or its name
    r"|sick ?fic|sick!\s?\w+|fevers|flu|influenza|the flu|hospitals?|hospitali[sz]ation"
    r"|convalescence|diseases?|\w+ disease|pneumonia|scarlet fever|typhus|typhoid|cholera"
    r"|smallpox|diphtheria|coughing|migraines?",
    "mental illness": r"mental illness|mental health issues|depression|anxiety|ptsd"
    r"|post-traumatic stress disorder|panic attacks?|madness|insanity|hallucinations"
    r"|post-traumatic stress disorder - ptsd|mental health|eating disorders?|anorexia|bulimia"
    r"|dissociation|dissociative \w+|obsessive.compulsive disorder|ocd|bipolar disorder"
    r"|schizophrenia|psychosis|(?:mental|nervous) breakdowns?|anxiety attacks?",
    "self-harm": r"self[- ]harm|self[- ]injury|self[- ]mutilation|cutting",
    "suicide": r"suicide|suicidal ideation|suicidal thoughts|suicide attempts?"
    r"|attempted suicide|suicidal|suicidal \w+",
    "sexual content": r"sexual content|explicit sexual content|smut|porn|sex"
    r"|(?:oral|anal|rough|shower|drunk|angry|make-?up|first time|morning|semi-public|public"
    r"|hate|unprotected) sex|porn with(?:out)? plot|pwp|masturbation|blow ?jobs?"
    r"|hand ?jobs?|sex scenes?|lemons?",
    "infidelity": r"infidelity|emotional infidelity|cheating|adultery|affairs?"
    r"|extramarital affairs?|emotional affairs?|(?:cheating|unfaithful) (?:husband|wife"
    r"|spouse|boyfriend|girlfriend|partner)",
    "pregnancy": r"pregnancy|pregnant \w+|childbirth|giving birth|mpreg|miscarriages?"
    r"|(?:unplanned|unexpected|teen|accidental|secret|surprise) pregnancy"
    r"|labou?r and delivery|labou?r/delivery",
    "profanity": r"swearing|profanity|strong language|bad language|cursing"
    r"|canon-typical language|language|foul language|mild language|mild swearing"
    r"|(?:lots of|a lot of|excessive) swearing",
}

# One-word cues that are proper nouns by nature (a wine named after its country, a
# madhouse, a brand of pill): capitalised inside a sentence they are still the thing itself,
# where any other one-word cue so capitalised is a name ("a terrier called Mumps").
PROPER_CUES = frozenset(
    {
        "madeira",
        "champagne",
        "cognac",
        "calvados",
        "armagnac",
        "tokay",
        "rhenish",
        "malaga",
        "marsala",
        "hollands",
        "bedlam",
        "valium",
        "xanax",
        "prozac",
        "librium",
        "benzedrine",
        "veronal",
        "seconal",
    }
)

# The names of drinks (``DRINK_NAMES``) and what follows one, capitalised ("Gin", "Brandy",
# "Sherry": names of people and pets
# as well) when it is a name, not the drink: a possessive ("Gin's temper"), a verb only a
# person does ("Brandy laughed", "Sherry nodded"), or a comma and what a line says to the
# one it calls ("Rum, come here", "Gin, you fool"). A drink is poured, drunk, burns and is
# kinder; it never laughs or is told to come.
DRINK_NAMES = (
    r"gin|rum|brandy|whiske?y|sherry|wine|beer|ale|lager|cider|vodka|grog|port|claret|porter"
    r"|stout|bourbon|rye|scotch|schnapps|absinthe|mead|punch|toddy|negroni|martini"
)
DRINK_AS_NAME = (
    r"['’]s\b|\s+(?:(?-i:[a-z]+ly)\s+)?(?:said|says|asked|asks|laughed|laughs|smiled|smiles"
    r"|nodded|nods|grinned|grins|sighed|sighs|shrugged|shrugs|frowned|frowns|replied|replies"
    r"|whispered|whispers|shouted|shouts|muttered|mutters|snapped|yelled|answered|winked"
    r"|waved|glanced|hissed|giggled|scowled|blushed|wept)\b"
    r"|,\s+(?:I|you|we|come|stop|listen|wait|look|don['’]t|please don['’]t)\b"
)

# An author's note that states the story's rating ("Rated M for the gore", "hence the M",
# "Mature for that"): the author's own rating, as an AO3 file's rating tag is, in AO3's scheme
# or another one ("Rated K+", "Rating: PG-13", "FR15": ``theme_rating_schemes``, round
# warn40). One group of each alternative holds the rating as written.
_RATED_AS = RATING_TOKEN + r"(?![’'\w+-])"
NOTE_RATING = (
    r"\brated (?:it |this |the (?:fic|story|work) )?(?:as |an? )?"
    + _RATED_AS
    + r"|\bhence the "
    + _RATED_AS
    # a rating line: "Rating: T", "Rated: Teen and Up", "Rating - Mature", FanFiction.net's
    # own "Rated: Fiction K+"
    + r"|\brat(?:ed|ing)\s*[:\-–—]\s*(?:Fiction\s+)?"
    + _RATED_AS
    # "Mature" with its capital: "mature for the age she is" rates nothing
    + r"|\b((?-i:M))ature for (?:that|this|the)\b"
)
