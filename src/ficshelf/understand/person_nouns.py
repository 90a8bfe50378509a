"""The lexicon of nouns that name a person by what they are rather than who they are:
kinship ("father", "aunt"), age and gender ("the girl", "the old man"), occupations and
ranks ("the ferryman", "the captain") and roles ("the stranger", "the prisoner").

``descriptors`` reads a definite or possessive noun phrase headed by one of these words as a
possible unnamed character. Only singular forms are listed: "the men" or "her sisters" are
groups, never one character. Words that are as often something else ("page", "mate",
"general", "major", "private", "spirit") are left out; "female" and "male" are kept, as the
nouns older prose uses for a person ("cried another female"), and read as a person only
where no noun follows ("the female servant": ``MODIFIER_NOUNS``).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE = _words(
    """man boy gentleman fellow lad youth father dad daddy papa pa son brother husband uncle
    nephew grandfather grandpa grandson stepfather stepbrother stepson fiance fiancé
    boyfriend bridegroom groom king prince duke earl baron lord emperor monk friar
    abbot clergyman waiter barman policeman fisherman ferryman boatman cabman coachman
    footman butler valet landlord widower wizard sorcerer huntsman woodsman watchman
    postman doorman headmaster schoolmaster squire knight gentleman-farmer baronet
    ploughman plowman herdsman helmsman steersman lackey postilion potboy ploughboy
    schoolboy stableman chairman nobleman kinsman clansman tradesman workman foreman
    horseman highwayman milkman dustman fireman lordship marquis marquess viscount sultan
    rajah bachelor godfather postmaster heir guy bloke chap male"""
)
FEMALE = _words(
    """woman girl lady lass maiden damsel mother mom mum mama mamma mommy mummy daughter
    sister wife aunt niece grandmother grandma granny granddaughter stepmother stepsister
    stepdaughter fiancee fiancée girlfriend bride queen princess duchess countess baroness
    empress nun abbess waitress barmaid maid housemaid housekeeper landlady hostess widow
    witch sorceress enchantress governess headmistress schoolmistress seamstress
    policewoman matron priestess midwife dame goodwife spinster gentlewoman milkmaid
    dairymaid chambermaid nursemaid parlourmaid fishwife shepherdess schoolgirl
    washerwoman charwoman ladyship chairwoman noblewoman marchioness viscountess
    stewardess portress crone hag housewife nanny heiress actress dowager godmother
    postmistress duenna female"""
)
NEUTRAL = _words(
    """child baby infant kid toddler teenager cousin twin orphan stranger newcomer visitor
    guest host intruder servant guard sentry soldier sergeant captain lieutenant colonel
    corporal commander admiral officer inspector detective constable sheriff deputy
    marshal doctor surgeon physician nurse medic paramedic dentist priest vicar parson
    curate rector minister bishop teacher professor tutor pupil student lawyer attorney
    judge clerk jailer gaoler warden executioner hangman messenger courier herald driver
    cabbie chauffeur porter innkeeper tavernkeeper barkeep bartender cook chef gardener
    gatekeeper keeper hunter baker butcher tailor smith blacksmith carpenter tinker
    peddler pedlar merchant shopkeeper shopman farmer shepherd miller sailor seaman pirate
    boatswain beggar thief robber burglar murderer killer kidnapper prisoner captive convict
    traveller traveler pilgrim wanderer rider ghost giant dwarf elf troll fairy dragon
    lamplighter auctioneer undertaker neighbour neighbor friend companion boss manager
    secretary receptionist agent spy pilot conductor guide scout ranger healer chief
    chieftain elder usher coroner bailiff steward landowner owner witness victim suspect
    prospector miner cowboy rancher trapper settler outlaw bandit mariner skipper engineer
    mechanic banker broker salesman saleswoman shopgirl jeweller jeweler barber hairdresser
    cobbler shoemaker weaver mason janitor caretaker manservant maidservant cop therapist
    counselor counsellor barista cashier bouncer intern roommate flatmate classmate teammate
    principal rabbi imam hermit vampire werewolf goblin demon angel proprietor attendant
    waggoner wagoner carter drover ostler hostler labourer laborer lascar forester
    woodcutter swineherd goatherd cowherd jester minstrel bard harper piper fiddler drummer
    trumpeter harpooner quartermaster purser sentinel magistrate alderman mayor notary
    apothecary chemist druggist chaplain sexton verger deacon urchin vagabond peasant
    villager cottager crofter serf thrall foreigner suitor turnkey warder headsman publican
    tapster bargeman waterman archer bowman swordsman caterer dealer milker collegian
    pawnbroker grocer draper laundress milliner dressmaker farrier newsboy acquaintance
    actor poet artist painter leader lodger tenant passenger customer client patient
    doorkeeper fishmonger costermonger hawker vendor smuggler poacher ruffian scoundrel
    rascal drunkard scholar novice courtier chamberlain trooper dragoon warrior
    gunner mercenary assassin guardian librarian reporter journalist photographer tourist
    bystander onlooker spectator gambler bookmaker moneylender boarder inmate
    mourner chaperone superintendent commissioner senator councillor ambassador envoy
    cadet recruit orderly"""
)
PERSON_NOUNS = MALE | FEMALE | NEUTRAL


def gender_of(noun: str) -> str:
    """Return "m" for a noun of ``MALE``, "f" for one of ``FEMALE``, else "" ("the
    housekeeper" is a woman; "the guide" is either)."""
    return "m" if noun in MALE else "f" if noun in FEMALE else ""


# Nouns that name anyone at all: "the man" may be a different man in each scene, so these
# must show more before they count as one character. A compound of one ("the fisher-lad",
# "the serving-man") names a role, and is not generic.
GENERIC = _words(
    """man woman boy girl lady gentleman fellow lad lass youth child kid baby infant person
    friend guard soldier officer servant owner victim witness suspect guy bloke chap male
    female"""
)
# Kinship: "her father" is one person for as long as "her" is.
KINSHIP = _words(
    """father dad daddy papa pa mother mom mum mama mamma mommy mummy son daughter brother
    sister husband wife uncle aunt nephew niece cousin grandfather grandpa grandmother
    grandma granny grandson granddaughter stepfather stepmother stepbrother stepsister
    stepson stepdaughter twin fiance fiancé fiancee fiancée boyfriend girlfriend"""
)
# A parent's words, formal and pet ("my father", "Papa"; "Ma" is a mother only as a name).
FATHERS = _words("father dad daddy papa pa")
MOTHERS = _words("mother mom mum mama mamma mommy mummy ma")
# Modifiers that make a phrase no single person ("the other man", "the first girl"), and
# comparatives, which set a person against someone the text already names: "the older man"
# of a story about two named men is one of them, not a third.
VAGUE_MODIFIERS = _words(
    """other same first second third fourth last next only another each every one two three
    four few many some several both such very whole own former latter average typical
    ideal perfect real true right wrong older younger taller shorter smaller bigger larger
    stronger weaker"""
)
# Nouns that are as often a modifier of the next noun ("the chief reason", "the master
# bedroom", "the baby carriage"): read as a person only when no lower-case noun follows.
MODIFIER_NOUNS = _words(
    """chief elder baby kid child guard master maiden head principal angel demon giant
    dwarf ghost fairy dragon troll witness suspect victim owner pilot guest student twin
    female male orderly"""
)
# Nouns that after "his"/"her" are seldom a person ("his guard was down").
NOT_AFTER_POSSESSIVE = _words("guard keeper host elder chief")

# Abbreviated titles and the noun they stand for: "Dr. Archie" is "the doctor".
TITLE_NOUNS = {
    "dr": "doctor",
    "prof": "professor",
    "rev": "reverend",
    "capt": "captain",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "cmdr": "commander",
    "insp": "inspector",
    "det": "detective",
}
