"""Uses of warning cues that the evidence audit of round evidence36 found under a tag while
they show nothing of it (pure data, regular-expression sources, lower case: they are read in
the lower-cased text too). ``theme_context`` joins them to its ``FIGURATIVE`` uses, so a cue
inside one counts for nothing: it leaves the tag's evidence and its weight leaves the tag's
confidence. Each is a class of English usage, not a phrase of one story:

* a word in another sense: "grave" the adjective before a person, their look or manner ("a
  tall grave person", "a grave dark face", "the grave old clerk") or after a copula ("was
  suddenly grave"), ill luck and ill news ("liked it ill", "sick at heart", a "fevered
  imagination": round warn37), a predator's kill ("made his last kill"), small
  creatures found dead ("a dead mole", "dead flies on the sill");
* idioms and figures: catching one's death (of cold), "a ghost" with the indefinite article
  (looking like a ghost, thinking it was a ghost, "seen a ghost", "a ghost of a smile": the
  dead are someone's ghost, "her ghost", "the ghost of his brother");
* a death supposed and not told: someone supposed, thought or believed dead, taken for dead,
  left or given up for dead, playing dead (not "presumed", "feared", "reported" or
  "declared" dead: those deaths are usually so);
* a work that names the topic (``_IN_A_WORK``): "the old ballad about the drowned sailor", a
  hymn of the dead, a film about a drunk; and a death on the stage (``_ON_STAGE``): the hero
  dying in the last act, a player who dies four times over;
* time or a feeling that passed away (round warn38, ``_PASSING``): "years had passed away
  since", "the storm passed away", "all his anger passed away" — the older English of
  "passed"; a person who passed away is still dead;
* a shop that sells medicines (round warn38): the "drug store", "drug shop" or "drug counter"
  of a town, where nobody takes anything;
* (round rel41b) a death that is no person's: a wild beast killed or lying dead
  (``_BEAST_DEATH``: "the lion lay dead", "who had killed a lion with a knife"; not a horse
  or a dog, which a reader may grieve), fields and gardens drowned by rain or flood
  (``_DROWNED_LAND``), and a din taken for a murder (``_DIN_OF_MURDER``: "put her head in
  to see who was being murdered"); (round warn42) "it" dead and a line gone dead
  (``_NO_ONE_DEAD``: "Is it dead?", "The line went dead"), and death in general, said of
  everyone or a whole kind (``_DEATH_IN_GENERAL``: "all the great poets were dead",
  "everybody dies");
* "drank in the view" (the eyes drink), and "addicted to" or "hooked on" anything but a drug;
* (round warn39) words the novels and the stories use in another sense, read across
  LitBank dev and the tuning stories: "sex" the kind ("the whole of her sex", "the fairer
  sex"), "thrust" of a hand, a chin or a weapon ("thrust his hands into his pockets", "a
  thrust with the ruler"), "birth" the rank ("of such birth", "equal in birth", "her birth
  and station"), a nightcap worn ("in my nightcap", "the pump wore a white nightcap"), and
  a baby already born (``_BORN_BABY``: "shifted the baby to the other hip", "the baby lay on
  a rug") — none of them a pregnancy, a drink or a bed; and the orphans an institution keeps
  ("the head of an orphan asylum", "those poor little orphan children"), no one's grief;
  "struck" and "shot" of no blow and no gun (``_STRUCK_OTHERWISE``, ``_SHOT_OTHERWISE``: "it
  struck him that", "the clock struck nine", "a meteor had shot through the night", "shot
  an oblique glance"), which the inner theme of violence (``theme_lexicon.VIOLENCE``) read
  as fights; "anxious" as eager and "melancholy" said of a thing (``_EAGER_OR_SAD``: "anxious
  to see", "a melancholy change"), no illness of the mind.
* (round warn43) "lying in" where someone lies, in the grass, the dark or bed
  (``_LYING_SOMEWHERE``: no lying-in, no pregnancy), and "patient" the adjective set off by
  a comma or after a possessive (``_PATIENT_THE_MANNER``: "patient, nearly kind", "the
  lieutenant's patient correction"), no one under a doctor's care.
* (round warn45) "hell" the place (``_HELL_THE_PLACE``): a house or a street named for it
  ("Hell Hall", "Hell Row") and the place a theology tells of ("ask me about hell", "Hell
  is not under the earth"), no oath; and "sick" where it went (``_SICK_WHERE_IT_WENT``:
  "was sick into the bracken", "sick against the wall", "sick on the carpet"), the stomach
  after a wound seen or a drink, no illness ("sick in bed" and "sick on board" still are).
* (round warn48) what is dead and is no one (``_NO_ONES_ASHES``, ``_DEAD_THINGS``): a fire
  and its ashes ("the dead fire", "yesterday's ashes", the cinders sifted from the ashes),
  dead flowers and twigs, a limb or a side gone dead (numb); what is sung about or asked for
  as "the one about" it (``_IN_A_WORK``: "sang about a sailor who drowned", "the one about
  the girl who drowned herself"); and a room that holds its breath (``_BREATH_HELD``:
  "everyone in the gallery stopped breathing"; one person who stops breathing still counts).

And a drink that names no drink ("Amelia drinks.", "he raised his cup", ``BARE_DRINKING``)
is the last drink named before it, within ``SOFT_DRINK_WINDOW`` characters: no alcohol
when that is tea, coffee, chocolate, milk or a glass of water (``SOFT_DRINKS``, against
``theme_context.DRINK_NAMES`` and the words of ``HARD_DRINKS``).
"""

from __future__ import annotations

# What the adjective "grave" describes, when it stands before it: a person, their look or
# manner ("a tall grave person", "a grave dark face", "the grave old clerk"); the noun is
# followed by anything else ("a shallow grave somewhere", "her grave marker").
_GRAVE_DESCRIBES = (
    r"young|old|little|dark|pale|thin|quiet|kind|gentle|sweet|stern|handsome|sad|serious"
    r"|courteous|polite|person|people|gentleman|gentlemen|lady|ladies|boy|girl|child|fellow"
    r"|figure|countenance|features|brow|mouth|dignity|courtesy|bow|nod|air|smile|smiles"
    r"|attention|politeness|civility|reserve|demeanou?r|gaze|glance|stare|bearing|kindness"
    r"|gentleness|sweetness|severity|solemnity|formality|respect|consideration|interest"
    r"|reproof|rebuke|displeasure|surprise|amusement|approval|disapproval|wonder|curiosity"
)
# Small creatures and game, found dead: no one's death a reader grieves.
_CREATURES = (
    r"birds?|sparrows?|crows?|pigeons?|rooks?|gulls?|mice|mouse|moles?|rats?|flies|fly"
    r"|beetles?|spiders?|moths?|wasps?|bees?|insects?|bugs?|worms?|slugs?|snails?|fish"
    r"|frogs?|toads?|pheasants?|partridges?|grouse|game"
)

# (round rel41b) Wild beasts, whose death on the page (a hunt, a fight with a lion) is no one's
# to grieve: never the horse or the dog a story's people love, nor an ape or a "beast" (a
# name a person may be called).
_BEASTS = (
    r"(?:lion|tiger|leopard|panther|bear|boar|stag|snake|serpent|crocodile|shark|whale|bull"
    r"|elephant)s?|wol(?:f|ves)|deer"
)
_BEAST_DEATH = (
    r"(?:" + _BEASTS + r") (?:lay|lies|fell|was|were|is) (?:\w+ )?dead"
    r"|(?:killed|kills|slain|slew|speared) (?:a|an|the|that) (?:\w+ )?(?:" + _BEASTS + r")\b"
)
# (round warn42) What is dead and is no person: "it" ("Is it dead?", "It's dead", of a
# creature or a thing; a person is "he" or "she"), and a line or a machine gone dead ("the
# line went dead").
_NO_ONE_DEAD = (
    r"(?:is|was) it (?:\w+ )?dead|(?<![\w'’])it(?:['’]s| is| was) (?:quite |really |surely )?dead"
    r"|(?:line|phone|telephone|receiver|radio|wire|engine|motor|battery|torch|screen)"
    r" (?:went|goes|had gone|has gone|gone) dead"
)
# (round warn42) Death in general, said of everyone or of a whole kind ("all the great poets
# were dead", "everybody dies", "all men must die"): no one's death in the story.
_DEATH_IN_GENERAL = (
    r"(?:everybody|everyone|every man|every one of us|we all|all of us|all men)"
    r" (?:must |will |has to |have to )?(?:dies|die)\b"
    r"|all (?:the )?(?:great |good |old |best |real |true )?\w+s (?:were|are) (?:all )?dead"
)
# (round warn48) What is dead and is no one, read across the tuning stories: a fire and its
# ashes ("the dead fire", "yesterday's ashes", the cinders riddled out of the ashes), flowers
# and twigs ("the dead violets"), and a limb or a side gone numb ("one side of him gone dead").
_NO_ONES_ASHES = (
    r"(?:yesterday|last night|the night|the morning|this morning|last week|today|tonight)"
    r"['’]s ashes|(?:cinders|embers|coals|clinkers?)(?: [\w'’]+){0,6} ashes"
    r"|ashes (?:[\w'’]+ ){0,2}(?:and|or) (?:cinders|embers|coals|clinkers)"
)
_DEAD_THINGS = (
    r"dead (?:fires?|stoves?|pipes?|cigars?|cigarettes?|flowers?|violets?|roses?|blooms?"
    r"|posy|posies|bouquets?|twigs?|branch(?:es)?|grass|bracken|heather)\b"
    r"|(?:arms?|legs?|hands?|feet|foot|fingers|toes|side|face)(?: of (?:him|her|me|them))?"
    r" (?:had |has |have |was |were )?(?:gone|went|goes|going) dead"
)
# (round warn48) A room that holds its breath: a crowd or everyone present "stopped
# breathing" at what happened (one person who stops breathing may be dying: that still counts).
_BREATH_HELD = (
    r"(?:people|everyone|everybody|(?:the|a) (?:whole )?(?:room|audience|crowd|company|table"
    r"|house|hall|court)|all of (?:us|them)|we all|they all)(?:,? [\w'’]+){0,6},? stopped"
    r" breathing"
)
# Land that rain or a flood drowns: no one drowned in it.
_DROWNED_LAND = (
    r"drown(?:ed|s|ing)? (?:the |their |all the )?(?:[\w'’]+ ){0,2}(?:gardens?|fields?|crops?"
    r"|meadows?|lawns?|roads?|streets?|pastures?|valleys?|cellars?|hay|corn|wheat)\b"
)
# A din taken for a murder: a noise so loud someone looks in to see who is being killed (the
# simile, "as if he were being killed", is read as one already).
_DIN_OF_MURDER = (
    r"(?:(?<=see )|(?<=saw )|(?<=wondered )|(?<=wondering ))who (?:was|were) being"
    r" (?:murdered|killed)"
)

# A work of art that tells of a thing: whatever its words name, the story only names them;
# (round warn48) and what is sung about, or "the one about" it (a song, a tale or a joke
# asked for by what it tells: "the one about the girl who drowned herself for love").
_IN_A_WORK = (
    r"(?:ballad|song|hymn|poem|rhyme|lullaby|shanty|play|opera|film|movie|novel|fairy tale"
    r"|legend)s? (?:about|of|called|where|in which) (?:[\w'’-]+ ){0,5}[\w'’-]+"
    r"|(?:sing|sings|sang|sung|singing) (?:[\w'’-]+ ){0,2}about (?:[\w'’-]+ ){0,5}[\w'’-]+"
    r"|the one about (?:[\w'’-]+ ){0,5}[\w'’-]+"
)
# A death on the stage: in an act of a play, or over and over.
_ON_STAGE = (
    r"(?:die|dies|died|dying|killed|kills|murdered|stabbed|poisoned|drowned|drowns)"
    r"(?: [\w'’-]+){0,4},? (?:in|at|during) the (?:first |second |third |fourth |fifth |last "
    r"|final |closing )?(?:act|play|film|movie|opera|pantomime|panto)\b"
    r"|(?:die|dies|died|dying)(?:,? [\w'’-]+){0,6},? (?:\w+ times over|over and over|twice"
    r" nightly|every night|night after night|on cue)"
)
# What passes away and is not a person (round warn38): a stretch of time, the weather, a
# feeling or a state, told as its subject with only auxiliaries and adverbs between ("thirteen
# years had passed away", "the authority being now long passed away"); "the day her father
# passed away" still counts (a person stands between).
_PASSING = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|moments?|time|times|night|evening"
    r"|morning|afternoon|summer|winter|spring|autumn|season|seasons|age|ages|storm|shower"
    r"|rain|cloud|clouds|mist|fog|shadow|shadows|anger|fear|fears|alarm|eagerness|feeling"
    r"|feelings|impression|mood|fit|spell|dream|vision|pain|shock|surprise|excitement|terror"
    r"|emotion|agitation|authority|danger|crisis|fashion|custom|glory|glow|light|colour|color"
    r"|flush|smile|frown|sound|noise|echo|music|laughter)"
    r"(?:,? (?:had|has|have|was|were|being|been|now|long|all|soon|quickly|slowly|gradually"
    r"|quietly|at last|at length|quite|then|since|thus|away and|by and))* passed away"
)

# (round warn39) A baby already born: handled, looked at or counted, or doing what babies do
# (a pregnancy is told by what is to come: "the baby kicked", "when the baby comes").
_BORN_BABY = (
    r"(?:held|holding|holds|hold|shifted|shifting|shifts|rocked|rocking|rocks|rock|picked up"
    r"|pick up|picking up|put|puts|putting|took|take|takes|taking|handed|hands|fed|feeding"
    r"|feeds|bathed|bathing|dandled|dandling|jiggled|jiggling|lifted|lifting|settled|laid"
    r"|swaddled|changed|changing|bounced|bouncing|cuddled|cuddling|kissed|kissing|looked at"
    r"|look at|looks at|looking at|counting|nursing|nursed) the baby"
    r"|the baby (?:lay|lies|lying|slept|sleeps|sleeping|is asleep|was asleep|cried|cries"
    r"|crying|wailed|wails|laughed|laughs|gurgled|gurgles|crawled|crawls|crawling|began"
    r"|woke|wakes|stirred|stirs|sucked|grabbed|reached|smiled|smiles|babbled|fussed"
    r"|hiccuped|hiccupped|yawned|yawns)\b"
)
# "Sex" the kind, after a preposition and a possessive ("the whole of her sex", "by their own
# sex", "admiration for the sex") or an adjective of kind ("the fairer sex", "of either sex").
_SEX_THE_KIND = (
    r"(?:of|for|by|among|amongst|to) (?:the|her|his|my|their|your|our) (?:own )?sex\b"
    r"|(?:fair|fairer|weak|weaker|gentle|gentler|soft|softer|strong|stronger|opposite|other"
    r"|same|either|each|both|female|male) sex\b"
)
# "Thrust" of a thing (a hand, a chin, a weapon, a duty): with an object that is no one's
# body in a bed, a particle, "into" a thing, or the noun ("a thrust with the ruler").
_THRUST_A_THING = (
    r"thrust(?:s|ed|ing)? (?:out|up|upon|on|aside|away|forward|forwards|back|through|open"
    r"|down|off|at)\b"
    r"|thrust(?:s|ed|ing)? (?:his|her|my|their|its|your|the|a|an|them|it|this|that|these"
    r"|those) (?!(?:hips?|pelvis|tongue|cock|length|erection|fingers?)\b)[\w'’-]+"
    r"|thrust(?:s|ed|ing)? into (?!(?:her|him|me|you|them|each other)\b)[\w'’-]+"
    r"|(?:a|the|one|forward|violent|sudden|quick|sharp|savage|fierce) thrusts? (?:of|with)\b"
)
# "Birth" the rank: of a kind of birth, equal in it, beside station or breeding.
_BIRTH_THE_RANK = (
    r"(?:such|some|inferior|superior|equal|better|higher|lower|respectable|obscure|illustrious"
    r"|distinguished|mean|base|english|french|foreign|old english|gentle|noble|humble|low|high"
    r"|good) birth\b|(?:equal|superior|inferior|beneath (?:him|her|them)) in birth"
    r"|birth and (?:station|breeding|fortune|rank|family|education|connexions|connections"
    r"|wealth|position|beauty)"
)
# A nightcap worn: the cap, not the drink.
_NIGHTCAP_WORN = (
    r"(?:wore|wears|wearing|worn|donned|put on|pulled on|in (?:his|her|my|their|your|a|an"
    r"|its)|white|cotton|linen|lace|frilled|woollen|tasselled|red) nightcaps?"
    r"|nightcaps? (?:borders?|strings?|frills?|tassels?|ribbons?)"
)

# (round warn39) The orphans an institution keeps: "the head of an orphan asylum".
_ORPHANS_KEPT = (
    r"orphan (?:asylums?|homes?|schools?|houses?|hospitals?|children|boys|girls|trains?"
    r"|societ(?:y|ies)|funds?|institutions?)\b"
)
# (round warn39) "Struck" and "shot" in their other senses, never a blow or a gun: a thought
# that strikes someone ("it struck him that", "the whole business struck me with such a
# shock"), a clock striking an hour, a way struck across country, a note struck in, a good
# thing struck on; something that shoots across the sky or up in height, a glance shot.
_STRUCK_OTHERWISE = (
    r"(?:it|this|thought|idea|notion|fact|truth|business|resemblance|likeness|change|contrast"
    r"|silence|oddity|absurdity|beauty) (?:[\w'’]+ ){0,2}(?:struck|strikes|strike) (?:him|her|me"
    r"|us|them|you|one)(?= (?:that|as|to|how|what|with|forcibly|suddenly|at once|then|now"
    r"|all at once)\b|[,.;:!?])"
    r"|struck (?:afresh|anew|again|forcibly) (?:by|with)"
    r"|(?:struck|strikes|striking) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|midnight|noon|the hour|the half|the quarter)\b"
    r"|struck (?:directly |straight |due )?(?:across|toward|towards|north|south|east|west"
    r"|inland|homeward)\b"
    r"|(?:note|notes|chord|chords|voice|voices|music) (?:[\w'’]+ ){0,2}struck (?:in|up)\b"
    r"|struck (?:on|upon) (?:a|the) (?:good|right|happy|bright|new|capital|lucky|great) (?:thing"
    r"|idea|plan|notion|scheme)"
)
_SHOT_OTHERWISE = (
    r"(?:stars?|meteors?|comets?|sparks?|rockets?|flames?|pains?|shoots?) (?:[\w'’]+ ){0,2}(?:shot"
    r"|shoots|shooting|shoot) (?:across|through (?:the|a) (?:night|sky|air|heavens|dark|darkness)"
    r"|up|upward|upwards|along|over|past|down)\b|(?:stars?|meteors?) (?:shoot|shot)\b"
    r"|(?:shot|shoots|shooting|shoot) up (?:into|to|like|overnight|several|an inch|inches|a foot)"
    r"|(?:shot|shoots|shooting|shoot) (?:(?:him|her|me|them|us|you) )?(?:a|an|his|her|their"
    r"|one) (?:[\w'’-]+ )?(?:glances?|looks?|smiles?|grins?|frowns?)\b"
)

# (round warn39) Worry and gloom that are no illness of the mind: "anxious" as eager ("anxious
# to see", "anxious that his slaves should appear well") and "melancholy" said of a thing, a
# change or a duty ("a melancholy change", "the most melancholy object in nature").
_EAGER_OR_SAD = (
    r"anxious (?:to|that|for)\b"
    r"|melancholy (?:changes?|objects?|sights?|scenes?|duty|duties|task|tasks|truth|fact|news"
    r"|occasion|event|events|pleasure|satisfaction|suggestiveness|spectacle|ruins?|remains"
    r"|prospect|reflections?|errand|tale|story|case|end|fate|business|accident|picture"
    r"|subject|landscape|house|room|place|day|evening|hour|season|weather|sound|song|music"
    r"|tone|note|air|light|gloom|silence|procession|ceremony|office|reminder|proof|instance)\b"
)

# (round warn43) "lying in" where someone lies: in the grass, in the dark, in her lap, in
# bed, in wait (a posture or a place, before a determiner or one of those nouns), not the
# noun of a confinement, which follows a determiner ("her lying-in", "the lying in").
_LYING_SOMEWHERE = (
    r"(?<!\bher )(?<!\bthe )(?<!\bhis )(?<!\bmy )(?<!\byour )(?<!\btheir )(?<!\ba )"
    r"lying in (?:the|a|an|his|her|my|their|your|its|our|this|that|these|those|one|wait|bed"
    r"|state|ambush)\b"
)
# (round warn43) "patient" the adjective: set off by a comma or a colon ("from a long way
# off, patient, nearly kind"; "the way a cat looks: patient, and not in any hurry"), or
# between a possessive and an abstract noun ("the lieutenant's patient correction").
# (round warn45) "hell" the place, no oath: a place named for it ("Hell Hall", "Hell Row";
# read lower-cased, so by the place noun after it) and the place a theology tells of ("ask me
# about hell", "Hell is not under the earth", "where we are is hell"; not "what the hell is").
_HELL_THE_PLACE = (
    r"hell(?:['’]s)? (?:hall|halls|row|house|lane|street|road|farm|gates?|hill|bay|creek|bridge"
    r"|wood|court|manor|corner)\b|(?:about|of) hell\b|(?<!the )(?<!what )hell is\b"
    r"|\bis hell\b(?! of)"
)
# (round warn45) "sick" of the stomach, where it went: someone sick into the bracken, against
# a wall, on the carpet, after a wound seen or a drink; not sick in bed, not sick on board.
_SICK_WHERE_IT_WENT = (
    r"sick (?:on(?:to)?(?! board)|into|against|over(?! (?:it|him|her|them|this|that|the news))"
    r"|behind|all over) (?:the|a|an|his|her|my|your|their|its|our|\w+['’]s)\b"
)
_PATIENT_THE_MANNER = (
    r"(?<=[,:;] )patient(?=[,;.!?]| (?:and|but|as)\b)"
    r"|(?<=['’]s )patient [a-z]+(?:ion|ness|ance|ence|ity|ude)\b"
)

OTHER_SENSES: dict[str, str] = {
    "death/grief": (
        # the adjective "grave" before the word it describes, and after a copula
        r"grave,? (?:" + _GRAVE_DESCRIBES + r")\b"
        r"|(?:was|were|is|are|became|become|remained|sounded|seemed|grew) (?:very |quite "
        r"|rather |suddenly |still |most )?grave(?! (?:of|in|at|by|beside|where)\b)"
        # a predator's kill, made, dragged off or fed on
        r"|(?:made|makes|make|making|dragged|drags|dragging|guarded|guarding|left|leaves|fed on"
        r"|feeding on|feeds on|over|from|share of) (?:the |a |its |his |her |their )?(?:last "
        r"|first |fresh |own |easy )?kill\b"
        # small creatures found dead
        r"|dead (?:" + _CREATURES + r")"
        # catching one's death (of cold)
        r"|(?:catch|catches|catching|caught) (?:your|his|her|my|their|our|its|one['’]s) death"
        # "a ghost": a look, a belief, a figure; the dead are someone's ghost
        r"|(?:a|like a|as a) ghost"
        # a death supposed, not told
        r"|(?:supposed|thought|believed|imagined|took|taken|mistook|mistaken) (?:(?:him|her"
        r"|you|me|them|us|it|everyone|all of us|all) )?"
        r"(?:to be |for |as )?dead"
        r"|(?:given up|gave up|give up|left|leave|leaves) (?:\w+ )?for dead"
        r"|(?:play|plays|playing|played|pretend|pretends|pretending"
        r"|pretended|feign|feigns|feigning|feigned|shamming|shammed) (?:at being )?dead"
        r"|"
        + "|".join(
            (_IN_A_WORK, _ON_STAGE, _PASSING, _ORPHANS_KEPT)
            + (_BEAST_DEATH, _DROWNED_LAND, _DIN_OF_MURDER, _NO_ONE_DEAD, _DEATH_IN_GENERAL)
            + (_NO_ONES_ASHES, _DEAD_THINGS, _BREATH_HELD)
        )
    ),
    "alcohol": (
        r"(?:drank|drink|drinks|drinking) in (?:the |his |her |their |every |each )?(?:\w+ )?"
        r"(?:view|views|sight|scene|words|air|beauty|sun|sunshine|details?|light|colours?"
        r"|silence|music)\b|" + _IN_A_WORK + "|" + _NIGHTCAP_WORN
    ),
    "drug use": (
        # a shop that sells medicines
        r"drug[ -]?(?:stores?|shops?|counters?|clerks?)\b|"
        r"(?:addicted|hooked|an addict) (?:to|on) (?!(?:[\w'’-]+ ){0,3}(?:drugs?|heroin"
        r"|opium|morphine|laudanum|cocaine|coke|crack|pills?|painkillers?|meth|speed|smack|junk"
        r"|needles?|the stuff|stuff|it|them|that|those|something|anything|benzos|opiates"
        r"|opioids|amphetamines?|uppers|downers|tranquill?i[sz]ers|sleeping|powders?|ether"
        r"|chloral|cannabis|weed|hash|dope|ecstasy|mdma|ketamine|acid|lsd)\b)[\w'’-]+"
    ),
    "profanity": _HELL_THE_PLACE,
    "pregnancy": _BORN_BABY + "|" + _BIRTH_THE_RANK + "|" + _LYING_SOMEWHERE,
    "sexual content": _SEX_THE_KIND + "|" + _THRUST_A_THING,
    "violence": _STRUCK_OTHERWISE + "|" + _SHOT_OTHERWISE,
    "mental illness": _EAGER_OR_SAD,
    "suicide": _IN_A_WORK,
    "graphic violence": _IN_A_WORK,
    # ill as bad: ill luck, ill news, speaking ill of someone
    "illness": (
        r"ill (?:luck|omen|omens|news|wind|fortune|repute|turn|feeling|feelings|favou?red"
        r"|effects?|success|nature|treatment|usage|humou?r|temper|grace|fame|starred)"
        r"|(?:speak|speaks|spoke|spoken|speaking|think|thinks|thought|thinking) ill"
        # (round warn37) ill as "badly" after liking or taking a thing; sick at heart; a
        # fevered imagination
        r"|(?:liked|like|likes|liking|took|take|takes|taking|bore|bear|bears|brooked|brook"
        r"|brooks) (?:it|that|this|them|(?:[\w'’]+ ){1,2}[\w'’]+)"
        r" (?:so |very |but |rather |not )?ill"
        r"|sick at (?:the )?heart|heart.?sick|fevered (?:imaginations?|fanc(?:y|ies))|"
        + _PATIENT_THE_MANNER
        + "|"
        + _SICK_WHERE_IT_WENT
    ),
}

# An alcohol cue that names no drink: drinking, a drink, a cup or a glass raised.
BARE_DRINKING = (
    r"(?:drinks?|drank|drinking)|(?:refilled|poured|raised|lifted|clinked|emptied|drained)"
    r" (?:\w+ ){0,2}(?:glass|glasses|cups?)|(?:glass(?:es)?|bottles?) of"
)
# What a bare drink is, when it is the last drink named before it.
SOFT_DRINKS = (
    r"tea|teas|teacups?|teapot|coffee|coffees|cocoa|chocolate|milk|broth|soup|lemonade|juice"
    r"|cordial|barley.water|(?:glass|cup|jug|drink|sip|mouthful|draught|beaker) of water"
)
HARD_DRINKS = r"liquor|spirits|booze|whiske?ys?|champagne|tankards?|flask|decanter|toddy"
SOFT_DRINK_WINDOW = 300
