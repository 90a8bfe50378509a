"""Word tables for finding person names: titles, stop lists, person nouns, verbs.

Everything here is data (frozen sets and mappings of lower-case words); the rules that use
it live in ``names`` (candidates and evidence), ``person_evidence`` (which are people) and
``name_clusters`` (clustering into characters). The nicknames and other forms of given
names are in ``nicknames``.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from importlib.resources import files
from types import MappingProxyType


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and honorifics that stand before a name (lower case, no period). Value: the gender
# they imply ("m", "f" or "" for either).
TITLES: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            """mr sir lord king prince duke earl baron count marquis monsieur m signor senor
            herr master mister uncle brother friar father abbot emperor sultan tsar czar squire
            citoyen parson goodman don dom""".split(),
            "m",
        ),
        **dict.fromkeys(
            """mrs miss ms lady dame queen princess duchess duchesse countess baroness
            marquise madame mme mademoiselle mlle madam signora signorina senora senorita frau
            fraulein mistress aunt auntie sister mother abbess empress citoyenne widow
            goody""".split(),
            "f",
        ),
        **dict.fromkeys(
            """mx dr doctor professor prof rev reverend captain capt lieutenant lt colonel col
            major maj general gen sergeant sgt corporal private admiral commander cmdr
            commodore inspector insp detective det constable officer agent chief judge justice
            mayor governor senator president chancellor minister ambassador cardinal bishop
            archbishop pope saint st cousin nurse coach grandma granny grandpa grandfather
            grandmother friend citizen comrade farmer""".split(),
            "",
        ),
    }
)
# Civil titles: how anyone without a rank is called by a surname, in English and in the
# languages English novels borrow them from ("Mr. Markham", "Miss Snowe", "Master Ridd",
# "Monsieur Paul", "Herr Settembrini"). The one table of them: the narrator's other name,
# the fandom finder and the fandom authors build on it.
CIVIL_TITLES = _words(
    """mr mister master miss mrs ms mx mademoiselle mlle monsieur madame mme mistress herr
    frau fraulein signor signora signorina senor senora senorita"""
)
# A saint's title: a saint's name is as often a place or a church ("St. Paul", "San Diego").
SAINT_TITLES = frozenset(("st", "saint", "ste", "san", "santa"))
# Titles of kinship: "Aunt March" is someone's aunt, not any other March.
KINSHIP_TITLES = _words(
    """aunt auntie uncle cousin grandma granny grandpa grandfather grandmother mother father
    sister brother"""
)
# Titles of rank, dropped from a canonical name when the name itself is kept ("Sir Kay" is
# "Kay"); the others ("Mrs. Hudson", "Aunt Em") stay when the text gives no fuller name.
RANK_TITLES = _words(
    """sir lord lady dame king queen prince princess duke duchess duchesse earl count countess
    baron baroness marquis marquise emperor empress sultan tsar czar squire"""
)
# Regnal numbers ("Charles II", "Louis XIV"), one regex alternation: the names regex keeps
# them with the name before them, the clusters keep "Charles II" apart from a Charles.
REGNAL_NUMERALS = r"I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}"
# The same written out after "the" ("Edward the Second", "Henry the Eighth").
REGNAL_ORDINALS = (
    r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
    r"|Thirteenth|Fourteenth|Fifteenth|Sixteenth"
)
# Abbreviated titles written with a period ("Mr." "Dr."), as a regex alternation.
TITLE_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Fr|Capt|Lt|Col|Maj|Gen|Sgt|Cmdr|Insp|Det|St|Mme|Mlle|M|Hon"
)
# Put before a full stop's pattern, it is not the period of one of those titles, which ends
# no sentence ("said Capt. Hale", "My dear Mr. Bennet"): one negative lookbehind a title.
NOT_AFTER_TITLE = "".join(rf"(?<!\b{title})" for title in TITLE_ABBREVIATIONS.split("|"))

# Lower-case words joining the parts of one name: "Robin of Locksley", "Morgan le Fay",
# "Lancelot du Lac", "Adam o' the Fold", "Rue de la Chanvrerie". Regex alternation.
NAME_PARTICLES = (
    r"of(?:[ \t]+the)?|de(?:[ \t]+la)?|du|des|del|della|di|da|le|la|van|von|der|den|ter|bin|ibn"
    r"|o['’](?:[ \t]+the)?"
)
# Capitalised surname prefixes that belong with the next word: "Van Helsing", "De Witt".
SURNAME_PREFIXES = _words("van von de du da di del della le la mac st")

# Capitalised words that are never (part of) a person's name: function words, sentence
# openers, interjections, exclamations, pronouns, story furniture.
STOP_WORDS = _words(
    """a an the this that these those there here then than thus so such and but or nor for
    yet if when whenever while whilst where wherever why how what whatever which who whom
    whose whoever after before since until till unless because although though as at by in
    into on onto of off out over under up down with within without about above across against
    along among around behind below beneath beside besides between beyond during except from
    inside near outside past through throughout to toward towards upon via
    i i'm i'd i'll i've me my mine myself you your yours yourself yourselves we us our ours
    ourselves he him his himself she her hers herself it its itself they them their theirs
    themselves not whether one someone somebody something anyone anybody anything everyone everybody
    everything no nobody nothing none noone all any both each either neither every few many
    most much more less least some several other another same own only just even still also
    too very quite rather almost always never ever often sometimes once twice again already
    soon later now today tonight tomorrow yesterday maybe perhaps probably certainly surely
    really actually finally suddenly slowly quickly instead meanwhile otherwise however
    therefore besides anyway anyhow somehow somewhere nowhere everywhere elsewhere
    is are was were be been being am do does did done have has had having can could
    would shall should might must ought let let's don't didn't doesn't can't couldn't
    won't wouldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't it's that's
    there's here's what's who's he's she's they're we're you're they've we've you've he'd
    she'd they'd we'd you'd he'll she'll they'll we'll you'll
    oh ah aah ahh eh uh um umm er erm hm hmm mm huh ha hah haha heh hey hi hello hullo hallo
    bye goodbye yes yeah yep yup no nope nah okay ok alright well right sure fine good great
    please thanks thank sorry pardon excuse welcome wow whoa oops ouch alas hush shh psst
    morning evening afternoon night goodnight cheers congratulations half
    eminence majesty highness lordship ladyship excellency holiness honour honor
    damn dammit damnit hell bloody blast crikey golly gosh gee jeez geez blimey cor lordy
    fuck fucking shit goddamn goddammit bugger
    god gods christ jesus heaven heavens goodness lord lordy amen hallelujah merciful mass
    almighty providence tis twas ere nay aye yon yonder thee thou thy thine
    sir sirs sire madam ma'am maam mister missus miss mrs mr dr ms mx nuncle sirrah coz
    chapter part book volume epilogue prologue interlude summary disclaimer note notes
    author authors fic fanfic fanfiction fandom title rating warning warnings the end
    english french german spanish italian russian chinese japanese latin greek irish scottish
    welsh british american canadian australian dutch swiss polish indian african flemish
    norman saxon danish swedish norwegian portuguese turkish arab persian egyptian roman
    european christian catholic protestant jewish muslim christmas easter halloween
    thanksgiving sunday monday tuesday wednesday thursday friday saturday january february
    april june july august september october november december spring summer autumn winter
    north south east west northern southern eastern western
    internet tv wifi email iphone ipad android google facebook twitter instagram tiktok
    youtube netflix amazon starbucks coke pepsi mcdonald's walmart
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million
    ok once upon first second third fourth fifth sixth seventh eighth ninth tenth eleventh
    twelfth last next
    everyone's nothing's something's come go get got look see tell told said says ask asked
    stop wait listen look run help watch hold keep stay leave take give make put bring call
    good bad sweet bless curse damn shut hurry careful quiet
    merde allez mon dieu sacre sapristi zut voila bah pah pho pshaw tut ach mein gott
    madre dios caramba basta ciao hola bonjour bonsoir merci oui non nein ja scheisse
    mierda dio mamma mia"""
)
# The words for a people or a faith in ``STOP_WORDS`` ("Irish", "Dutch"): a nickname only as
# the subject of a line's tag ('"…," Irish remarked').
PEOPLE_ADJECTIVES = _words(
    """english french german spanish italian russian chinese japanese latin greek irish
    scottish welsh british american canadian australian dutch swiss polish indian african
    flemish norman saxon danish swedish norwegian portuguese turkish arab persian egyptian
    roman european"""
)
# Adjectives that open sentences ("Poor Jo", "Old Tom") but also open names mid-sentence
# ("Little John"): dropped from the front of a capitalised sequence only at a sentence start.
SENTENCE_OPENERS = _words("little big old young great good poor dear new")
# Words that are names only in context (never a name on their own without a title, a
# speech tag or a vocative): months and days double as names and as parts of names
# ("March Hare", "Jo March", "April").
WEAK_STOP_WORDS = _words(
    """january february march april may june july august september october november december
    will mark bill rose hope grace faith joy sunny king queen prince duke master little
    mother father sister brother mum mom mama mommy mummy dad daddy papa pa ma"""
)
# Known place names that pass the person cues (a short list; the cues do most of the work).
PLACE_NAMES = _words(
    """london paris rome england france spain italy germany russia china japan india america
    europe africa asia australia canada ireland scotland wales britain london's paris's
    york boston chicago berlin vienna moscow madrid venice florence oxford cambridge
    edinburgh dublin heaven hell earth mars venus narnia hogwarts greece egypt turkey persia
    arabia israel jerusalem brazil mexico peru chile argentina cuba jamaica norway sweden
    denmark finland poland austria hungary switzerland belgium holland netherlands portugal
    bavaria prussia saxony bohemia flanders normandy brittany burgundy provence gascony
    anjou kent sussex essex surrey devon cornwall yorkshire derbyshire hertfordshire
    norfolk suffolk lancashire wessex glasgow liverpool manchester bath brighton dover
    calais lyon marseille naples milan athens sparta troy carthage babylon constantinople
    cairo delhi bombay calcutta canton peking tokyo hong kong sydney melbourne zealand
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    hampshire jersey ohio oklahoma oregon pennsylvania carolina dakota tennessee texas utah
    vermont virginia washington wisconsin wyoming manhattan brooklyn philadelphia baltimore
    orleans"""
)


# Last words of a capitalised sequence that make it a place, a building or an institution.
def known_place(parts: Sequence[str]) -> bool:
    """Return whether a name's words are a place the table knows ("London", "New Zealand")."""
    lows = [p.lower() for p in parts]
    return " ".join(lows) in PLACE_NAMES or (
        len(lows) == 2 and lows[0] == "new" and lows[1] in PLACE_NAMES
    )


PLACE_HEADS = _words(
    """street st road rd lane avenue ave square place row court hall house manor castle
    palace tower abbey church chapel cathedral temple park gardens garden bridge river lake
    sea ocean bay island isle mount mountain mountains hill hills valley vale forest wood
    woods city town village county shire kingdom empire republic station school college
    university academy hospital inn tavern hotel yard office ministry department
    company inc ltd bank museum library theatre theater club farm mill moor heath grove
    gate common green cross circus wharf dock docks harbour harbor port market
    embankment terrace crescent close mews walk boulevard grange fair society exchange
    parliament council committee association union party army navy regiment guards
    brigade gazette gazetteer times herald chronicle review press railway line
    creek cove cape ford falls glen gulch canyon lagoon reef cliffs point hollow hole barrows"""
)

# Breeds of dog, which a sentence may say a named dog is ("He is a bull-terrier").
DOG_BREEDS = _words(
    """terrier spaniel retriever collie mastiff poodle newfoundland labrador setter pointer
    bulldog greyhound beagle dachshund sheepdog wolfhound deerhound bloodhound foxhound
    staghound pug husky alsatian corgi whippet lurcher"""
)

# Animals and things that are given names ("a bay called Cavalier", "a ship named Wendy"),
# the breeds of dog among them.
THING_NOUNS = DOG_BREEDS | _words(
    """horse horses mare stallion gelding colt filly pony bay chestnut cob mule donkey ass
    dog dogs hound puppy cat kitten cow ox bull goat pig sheep hen cock parrot bird owl
    ship boat vessel yacht schooner brig barge car bell bells sword blade gun rifle doll toy
    ring tree house inn tavern idol cur mongrel tabby tomcat pup whelp lapdog steed charger
    palfrey nag goose gander raven cockatoo canary monkey ferret tortoise toad goldfish rabbit
    boiler kettle clock piano statue van lorry truck tractor bicycle bike motorbike"""
)

# Words for animals and dolls a name may follow directly ("the doll Catherine", "her pony
# Snowdrop"): a subset of ``THING_NOUNS`` that never opens an object relative about a
# person ("the bell Jane rang").
PET_NOUNS = _words(
    """horse mare stallion pony mule donkey dog hound puppy cat kitten parrot doll spaniel
    terrier retriever collie mastiff poodle cur mongrel tabby tomcat pup lapdog steed
    palfrey canary"""
)

# Last words of a capitalised sequence that make it a group, not one person ("the Happy
# Family", "the Blodgett Ladies").
GROUP_HEADS = _words(
    """family families gang brothers sisters twins folk folks people crowd crew band clan
    tribe ladies gentlemen boys girls men women children sons daughters growers"""
)

# Nouns for people: a capitalised run after "the" that holds one is a person ("the Tin
# Woodman"). (Unnamed characters use the fuller lexicon of ``person_nouns``.)
PERSON_NOUNS = _words(
    """ferryman boatman lamplighter herald innkeeper landlord landlady tavernkeeper barkeep
    bartender barman barmaid waiter waitress cook maid housemaid housekeeper butler footman
    valet servant page squire steward coachman driver cabman cabbie groom porter doorman
    guard sentry soldier sergeant captain knight king queen prince princess duke duchess
    lord lady earl count countess baron sheriff constable inspector detective officer
    policeman policewoman doctor surgeon nurse priest vicar parson monk nun friar abbot
    bishop witch wizard sorcerer sorceress enchantress mage dragon giant troll dwarf elf
    fairy ghost stranger traveller traveler pilgrim beggar thief robber pirate sailor
    fisherman farmer shepherd miller smith blacksmith tinker peddler pedlar merchant
    shopkeeper clerk teacher professor headmaster headmistress schoolmaster governess
    nanny tutor student lawyer judge clerk jailer gaoler warden executioner hangman
    messenger postman courier watchman gardener gatekeeper keeper hunter huntsman woodsman
    woodcutter baker butcher tailor seamstress widow widower orphan prisoner captive
    child baby infant kid
    father mother mom mum mama dad papa sister brother son daughter husband wife uncle
    aunt cousin nephew niece grandmother grandfather grandma grandpa granny grandson
    granddaughter stepmother stepfather stepsister stepbrother fiance fiancee fiancé
    fiancée boyfriend girlfriend bride groom twin
    man woman boy girl lady gentleman fellow lad lass youth maiden damsel"""
)
# Verbs of speech (all forms used in tags: "said Alex", "Alex asks").
SPEECH_VERBS = _words(
    """say says said saying ask asks asked reply replies replied answer answers answered
    tell tells told whisper whispers whispered murmur murmurs murmured mutter mutters
    muttered shout shouts shouted yell yells yelled cry cries cried call calls called
    exclaim exclaims exclaimed add adds added continue continues continued begin begins
    began snap snaps snapped sigh sighs sighed laugh laughs laughed demand demands demanded
    insist insists insisted agree agrees agreed offer offers offered protest protests
    protested repeat repeats repeated respond responds responded admit admits admitted
    explain explains explained suggest suggests suggested observe observes observed
    remark remarks remarked breathe breathes breathed hiss hisses hissed growl growls
    growled scream screams screamed call calls called greet greets greeted interrupt
    interrupts interrupted finish finishes finished go goes went warn warns warned
    beg begs begged plead pleads pleaded wonder wonders wondered grumble grumbles grumbled
    sob sobs sobbed croak croaks croaked declare declares declared announce announces
    announced inquire inquires inquired enquire enquires enquired"""
)
# Verbs whose subject is almost always a person (after a candidate name: "Theo smiled").
PERSON_VERBS = _words(
    """looked looks smiled smiles nodded nods laughed laughs grinned grins frowned frowns
    shrugged shrugs sighed sighs turned turns walked walks sat sits knelt
    kneels leaned leans glanced glances stared stares watched watches waited waits
    reached reaches stepped steps pulled pulls pushed pushes took takes gave gives told
    tells thought thinks knew knows felt feels saw sees heard hears wanted wants kissed
    kisses hugged hugs held holds shook shakes opened opens closed closes picked picks
    hesitated hesitates blinked blinks winced winces swallowed swallows whispered whispers
    muttered mutters murmured murmurs shouted shouts cried cries answered answers replied
    replies asked asks said says added adds began begins tried tries decided decides
    remembered remembers realised realized realises realizes wondered wonders waved waves
    rolled rolls raised raises lowered lowers gasped gasps snorted snorts scowled scowls
    blushed blushes paused pauses ran runs came comes went goes left leaves arrived
    arrives returned returns entered enters died dies slept sleeps woke wakes ate eats
    drank drinks wrote writes read reads cleared clears bowed bows rose rises smirked
    smirks chuckled chuckles giggled giggles groaned groans stammered stammers stiffened
    stiffens flushed flushes"""
)
# Words that cannot follow a subject directly: after "Theo" a verb says Theo acts, after
# "Paris" a preposition or conjunction says nothing.
FUNCTION_WORDS = _words(
    """a an the and or but nor so yet for of in into on onto at to from by with without
    about above across after against along among around before behind below beneath beside
    between beyond during except inside near off out outside over past since through
    throughout till until toward towards under upon within as than that which who whom
    whose where when while if because though although this these those its their his her
    my your our"""
)
# Prepositions before a name that does not act ("at Pemberley", "of Sherwood").
OBJECT_PREPOSITIONS = _words(
    """in into inside near across through throughout toward towards outside within from at
    to of till until beyond around past over under by for with between about on upon
    behind beside after before since than"""
)
# Words LitBank's training split writes in lower case (built by
# scripts/build_common_words.py): a capitalised word seen only where every word is
# capitalised ("Sit down.") is no name when it is one of these.
COMMON_WORDS = frozenset(
    gzip.decompress(files(__package__).joinpath("common_words.txt.gz").read_bytes())
    .decode("utf-8")
    .split()
)
# Lower-case words of the SCOWL English word lists (built by scripts/build_english_words.py):
# a word seen only at sentence and quote starts ("Wedlock suits you") is no name when it is
# one of these.
ENGLISH_WORDS = frozenset(
    gzip.decompress(files(__package__).joinpath("english_words.txt.gz").read_bytes())
    .decode("utf-8")
    .split()
)
# Given names from the 1990 US Census (public domain; built by
# scripts/build_given_names.py), lower case, to the gender they mostly have ("m", "f", "").
GIVEN_NAMES: MappingProxyType[str, str] = MappingProxyType(
    dict(
        line.split("\t")
        for line in gzip.decompress(files(__package__).joinpath("given_names.txt.gz").read_bytes())
        .decode("utf-8")
        .splitlines()
    )
)
# Prepositions that put the next name in a place ("in Paris", "into London").
PLACE_PREPOSITIONS = _words(
    "in into inside near across through throughout toward towards outside within"
)
# Verbs of travel that make "to X" after them a journey's end ("had ridden to Barton",
# "sailed to Lisbon"; not "went to Mary", "ran to her father": people are gone to too).
TRAVEL_VERBS = _words(
    """ride rides rode ridden riding drive drives drove driven driving travel travels
    travelled traveled travelling traveling sail sails sailed sailing journey journeyed
    emigrated posted motored cycled"""
)
