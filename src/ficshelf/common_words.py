"""English words too common to say what a story is about: function words, the everyday
verbs, nouns and adjectives of any narrative, and dialogue fillers. "More like this" never
makes one of them a signature word (``ficshelf.similar``), so a young library, whose word
counts are still small, does not match stories on "looked" or "time"."""

from __future__ import annotations

COMMON_WORDS = frozenset(
    """
    about above across after again against ago ahead all almost alone along already also
    although always among and another any anybody anyone anything anyway anywhere are
    around aren away back because been before behind being below beside besides best
    better between beyond both but can cannot could couldn did didn does doesn doing don
    done down during each either else enough even ever every everybody everyone everything
    everywhere except few for from further had hadn has hasn have haven having her here
    hers herself him himself his how however into isn its itself just least less let like
    many may maybe might mine more most much must mustn myself near nearly neither never
    next nobody none nor not nothing now off often once one only onto other others ought
    our ours ourselves out over own per perhaps quite rather really same shall shan she
    should shouldn since some somebody someone something sometimes somewhere soon still
    such than that the their theirs them themselves then there these they this those
    though through thus till together too toward towards under until upon very was wasn
    were weren what whatever when where whether which while who whom whose why will with
    within without won would wouldn yet you your yours yourself yourselves

    ill ive youre youve youll theyre thats dont cant wont isnt arent wasnt werent didnt
    doesnt hes shes im yeah yes okay well oh ah uh hmm hey please thank thanks sorry

    ask asked asking asks became become becomes begin began begun believe bring brought
    call called calls came come comes coming could did do feel feeling feels felt find
    finds found gave get gets getting give given gives giving go goes going gone gonna
    got gotten guess guessed had happen happened hear heard hears held help helped hold
    holds hope hoped keep keeps kept knew know knowing known knows leave leaves leaving
    left let lets lie lay lying look looked looking looks made make makes making mean
    meant means meet met mind move moved moving need needed needs nodded nod nods open
    opened opens put puts reached read reply replied ran run running said saw say saying
    says see seeing seem seemed seems seen sees sat set show showed shook sit sits
    sitting smile smiled smiles speak spoke stand standing stands start started stay
    stayed stood stop stopped take taken takes taking talk talked tell telling tells
    think thinking thinks thought told took tried tries try trying turn turned turns
    use used wait waited walk walked want wanted wanting wants was watch watched went
    whisper whispered wonder wondered work worked write wrote

    again air arm arms back bed body day days door end eye eyes face fact floor foot
    hair half hand hands head home hour hours idea kind life light line lot man men
    minute minutes moment morning name night nights part people place point room side
    sort thing things time times voice way week weeks woman women word words world year
    years today tonight tomorrow yesterday

    able bad big black certain clear close cold dark dead different early easy far fine
    first free full good great hard high last late little long low new next nice old
    open other own quiet real right short small soft strange sure true warm white whole
    wide wrong young

    again almost away enough instead later least maybe rather really slowly quickly
    suddenly simply softly quietly actually probably finally exactly already anymore
    either else ever just once right still though too two three four five six seven eight
    nine ten hundred thousand second
    """.split()
)
