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
* "drank in the view" (the eyes drink), and "addicted to" or "hooked on" anything but a drug.

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

# A work of art that tells of a thing: whatever its words name, the story only names them.
_IN_A_WORK = (
    r"(?:ballad|song|hymn|poem|rhyme|lullaby|shanty|play|opera|film|movie|novel|fairy tale"
    r"|legend)s? (?:about|of|called|where|in which) (?:[\w'’-]+ ){0,5}[\w'’-]+"
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
        r"|" + _IN_A_WORK + r"|" + _ON_STAGE + r"|" + _PASSING
    ),
    "alcohol": (
        r"(?:drank|drink|drinks|drinking) in (?:the |his |her |their |every |each )?(?:\w+ )?"
        r"(?:view|views|sight|scene|words|air|beauty|sun|sunshine|details?|light|colours?"
        r"|silence|music)\b|" + _IN_A_WORK
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
        r"|sick at (?:the )?heart|heart.?sick|fevered (?:imaginations?|fanc(?:y|ies))"
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
