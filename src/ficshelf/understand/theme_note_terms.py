"""What an author's own warning can name, beyond ``theme_context.NOTE_TERMS`` (round warn35):
the words a fan writer puts in a rating line or a warning list ("Rated T for a funeral and a
hangover", "TW: dead parents, cussing", "CW: an affair, a miscarriage"), by word family —
each warning's nouns, its inflections and its everyday names — rather than the vocabulary's
own labels. ``theme_stated`` reads them only where the author states warnings (after a
label, in a rating line, after "there's some"), never in a note's other sentences, and a
negation just before a term still denies it ("no deaths", "not even a hangover").

Pure data.
"""

from __future__ import annotations

# Kin a death in a note is told of ("a dead parent", "dead mums", "her dead dog"); a dead man
# or a body found is no grief.
_THE_DEAD = (
    r"(?:parents?|mothers?|fathers?|mums?|moms?|dads?|brothers?|sisters?|siblings?|wife|wives"
    r"|husbands?|friends?|child|children|kids?|bab(?:y|ies)|sons?|daughters?|grand\w+|pets?"
    r"|dogs?|horses?)"
)

MORE_NOTE_TERMS: dict[str, str] = {
    "death/grief": r"funerals?|bereave\w*|widow(?:s|ed|er|ers|hood)?|dying|killed|killings?"
    r"|dead (?:\w+ )?" + _THE_DEAD + r"|(?:a|one|two|some|several) deaths?"
    r"|passing of",
    "alcohol": r"hang ?overs?|hung ?over|hungover|tipsy|liquor|alcoholi(?:c|cs|sm)"
    r"|intoxicat\w*|inebriat\w*|pints?|drunk(?:enly)?|getting drunk|drinking games?|cocktails?"
    r"|bourbon|tequila|absinthe|mead",
    "drug use": r"drugged|drugging|opium|laudanum|morphine|heroin|cocaine|weed|marijuana"
    r"|cannabis|overdos\w*|stoned|getting high|substance abuse|addicts?|addicted|narcotics?"
    r"|opiates?|pills? (?:abuse|addiction|popping)|withdrawal",
    # sick or ill of someone ("Tom gets sick", "a very ill Anna"; not "a sick burn")
    "illness": r"(?:being|gets?|getting|got|falls?|fell|falling|very|so|seriously|gravely"
    r"|chronically) (?:sick|ill)|sick (?:\w+ )?(?:characters?|child|children|kids?|boys?|girls?)"
    r"|sickbed|sickroom|sickfic|sick ?fic|illnesses|diseases?|measles"
    r"|scarlet fever|hospitali[sz]\w+|chemo\w*|terminal(?:ly)? \w+|chronic \w+|coughing"
    r"|invalids?|the pox|dysentery",
    "mental illness": r"depress\w*|anxious|panic\w*|breakdowns?|eating disorders?|anorexi\w*"
    r"|bulimi\w*|dissociat\w*|ocd|bipolar|schizophreni\w*|psychosis|psychotic|hallucinat\w*"
    r"|madm[ae]n|madwom[ae]n|insane|lunatics?|mental health(?: \w+)?|trauma responses?",
    "profanity": r"swear\w*|cursing|cuss\w*|f-?bombs?|f-words?|four.letter words?"
    r"|expletives?|rude words|bad words|foul mouths?|potty mouths?|salty \w+|oaths"
    r"|(?:colou?rful|crude|coarse|rough|salty|salty sailor|sailor['’]s) language",
    "graphic violence": r"blood|bloody|bloodied|torture\w*"
    r"|mutilat\w*|maim\w*|battle scenes?|bodily harm",
    "self-harm": r"self.harm\w*|self.injur\w*|self.mutilat\w*"
    r"|(?:cut|cuts|cutting|hurt|hurts|hurting|burn|burns|burning) (?:her|him|them|my|your)"
    r"sel(?:f|ves)",
    "suicide": r"suicid\w*|(?:took|takes|taking|take) (?:her|his|their|my|your) own life"
    r"|ending it all",
    "sexual content": r"sex|sexual \w+|sexy times|smutty|nsfw|porn\w*|intercourse|lemons?"
    r"|steamy (?:scenes?|bits)|love ?making|making love|sleeping together",
    "pregnancy": r"pregnan\w*|child ?birth|giving birth|gives birth|birthing|miscarri\w*"
    r"|still ?births?|mpreg|expecting a baby|labou?r scenes?|morning sickness",
    "infidelity": r"affairs?|unfaithful\w*|cheat(?:s|ed|er|ers)?|adulter\w*|mistress(?:es)?"
    r"|two-timing|an? (?:other|second) (?:woman|man)|the other (?:woman|man)",
    "domestic violence": r"(?:spousal|partner|intimate partner|marital) (?:violence|abuse)"
    r"|abusive (?:husbands?|wives|wife|partners?|marriages?|boyfriends?|girlfriends?"
    r"|relationships?|spouses?)|wife.beat\w*|battered wi\w+",
    "child abuse": r"child (?:abuse|neglect|cruelty)|(?:parental|childhood) abuse"
    r"|abusive (?:parents?|fathers?|mothers?|dads?|mums?|moms?|step\w+|guardians?|uncles?"
    r"|aunts?|upbringing|childhood|home)|abused (?:child|children|kids?)",
}

# A rating line that names the rating and nothing else ("Rated T.", "Rating: Teen and Up
# Audiences.") lists its reasons in the sentence after it; what may stand between the rating
# and the sentence's end for it to be bare.
BARE_RATING_REST = r"(?:\s*(?:and up|audiences|\+))*\s*[.!;:]?\s*\Z"
