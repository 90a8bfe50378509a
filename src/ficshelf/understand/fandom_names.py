"""Canonical names of fandoms of public-domain source works, their aliases, and each one's
well-known characters: the table the "fandom" stage and the library's tag wrangler read.

Each fandom is written as one ``_F(...)`` entry: the canonical name (AO3 style,
"Title - Author", or the tradition's name), the aliases a note or byline may use, its
characters, one string each: ``"Canonical Name|alias|alias"``, and the relationships canon
settles between them (``"A / B"`` a couple, ``"A & B"`` family), which the relationships
stage uses to tell the kind of a pair the story shows together. Matching is by
``name_key`` (case, spacing, curly apostrophes and a leading "the" folded away).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Fandom:
    """A fandom: canonical name, aliases (as people write them), characters (canonical
    name to its aliases) and canon relationships (two canonical names and "romantic" or
    "family")."""

    name: str
    aliases: tuple[str, ...]
    characters: tuple[tuple[str, tuple[str, ...]], ...]
    relations: tuple[tuple[str, str, str], ...] = ()


def _F(name: str, aliases: str, characters: str, relations: str = "") -> Fandom:  # noqa: N802
    relation_rows = []
    for entry in relations.split(";"):
        kind, sep = ("romantic", "/") if "/" in entry else ("family", "&")
        a, _, b = entry.partition(sep)
        if a.strip() and b.strip():
            relation_rows.append((a.strip(), b.strip(), kind))
    chars = []
    for line in characters.strip().splitlines():
        for entry in line.split(";"):
            parts = [p.strip() for p in entry.split("|") if p.strip()]
            if parts:
                chars.append((parts[0], tuple(parts[1:])))
    return Fandom(
        name,
        tuple(a.strip() for a in aliases.split(";") if a.strip()),
        tuple(chars),
        tuple(relation_rows),
    )


FANDOMS: tuple[Fandom, ...] = (
    _F(
        "Greek Mythology",
        "Greek Mythology; Greek myth; Greek myths; Greek gods; Ancient Greek religion and "
        "mythology; The Odyssey; Odyssey; The Iliad; Iliad; Homer",
        """
        Zeus; Hera; Poseidon; Hades; Persephone|Kore; Demeter; Athena|Pallas Athena; Apollo
        Artemis; Ares; Aphrodite; Hephaestus; Hermes; Dionysus; Hestia; Eros; Psyche
        Orpheus; Eurydice; Calliope; Cerberus; Charon|the ferryman; Thanatos; Hypnos; Nyx
        Achilles; Patroclus; Odysseus|Ulysses; Penelope; Telemachus; Hector; Andromache
        Helen of Troy|Helen; Paris; Agamemnon; Menelaus; Clytemnestra; Cassandra; Priam
        Medusa; Perseus; Heracles|Hercules; Theseus; Ariadne; Minotaur; Icarus; Daedalus
        Prometheus; Pandora; Narcissus; Echo; Jason; Medea; Atalanta; Circe; Calypso
        Antigone; Oedipus; Sisyphus; Tantalus; Cronus|Kronos; Gaia; Hecate; Pan
        """,
        "Orpheus / Eurydice; Hades / Persephone; Zeus / Hera; Odysseus / Penelope; Hector / "
        "Andromache; Paris / Helen of Troy; Menelaus / Helen of Troy; Eros / Psyche; Theseus "
        "/ Ariadne; Jason / Medea; Agamemnon / Clytemnestra; Odysseus & Telemachus; Penelope "
        "& Telemachus; Demeter & Persephone; Apollo & Artemis; Calliope & Orpheus; Zeus & "
        "Hades; Zeus & Poseidon; Hades & Poseidon; Daedalus & Icarus; Cassandra & Hector; "
        "Hector & Priam; Paris & Hector; Cassandra & Priam",
    ),
    _F(
        "The Wonderful Wizard of Oz - L. Frank Baum",
        "The Wonderful Wizard of Oz; Wonderful Wizard of Oz; Wizard of Oz; The Wizard of Oz; "
        "Oz; Land of Oz",
        """
        Dorothy Gale|Dorothy; Toto; Scarecrow|the Scarecrow; Tin Woodman|Tin Man|Nick Chopper
        Cowardly Lion|Lion|the Lion; Wizard of Oz|Wizard|the Wizard|Oz the Great and Terrible
        Glinda|Good Witch of the South; Wicked Witch of the West; Wicked Witch of the East
        Good Witch of the North; Aunt Em; Uncle Henry; Ozma; Queen of the Field Mice
        """,
        "Aunt Em / Uncle Henry; Dorothy Gale & Aunt Em; Dorothy Gale & Uncle Henry",
    ),
    _F(
        "Robin Hood (Traditional)",
        "Robin Hood; Robin Hood (Traditional); Legend of Robin Hood; Robin Hood legends; "
        "Merry Men; Sherwood Forest",
        """
        Robin Hood|Robin|Robin of Locksley|Locksley|Robin Locksley
        Maid Marian|Marian|Marian Fitzwalter|Lady Marian
        Little John|John Little; Friar Tuck|Tuck; Will Scarlet|Will Scarlett
        Much the Miller's Son|Much; Alan-a-Dale|Alan a Dale|Allan-a-Dale
        Sheriff of Nottingham|the Sheriff; Guy of Gisborne|Gisborne|Sir Guy
        Prince John; King Richard|Richard the Lionheart; Will Stutely; Arthur a Bland
        Gilbert of the White Hand; David of Doncaster
        """,
        "Robin Hood / Maid Marian",
    ),
    _F(
        "Arthurian Mythology & Legends",
        "Arthurian Mythology & Legends; Arthurian Mythology; Arthurian legend; Arthurian "
        "legends; Arthuriana; Arthurian; King Arthur; Camelot; Knights of the Round Table; "
        "Le Morte d'Arthur; Morte d'Arthur",
        """
        Arthur Pendragon|King Arthur|Arthur; Guinevere|Gwenhwyfar|Queen Guinevere
        Lancelot du Lac|Lancelot|Sir Lancelot; Merlin; Morgan le Fay|Morgan; Mordred
        Gawain|Sir Gawain; Galahad|Sir Galahad; Percival|Perceval|Sir Percival
        Bedivere|Sir Bedivere; Kay|Sir Kay; Lucan|Sir Lucan; Tristan|Tristram|Sir Tristan
        Isolde|Iseult; Gareth|Beaumains|Gareth of Orkney|Sir Gareth; Gaheris; Agravaine
        Morgause; Lynette; Elaine of Astolat|Lady of Shalott; Nimue|Vivien|Lady of the Lake
        Uther Pendragon|Uther; Igraine; Bors|Sir Bors; Lamorak; Pellinore|King Pellinore
        Brastias|Sir Brastias; Green Knight
        """,
        "Arthur Pendragon / Guinevere; Lancelot du Lac / Guinevere; Tristan / Isolde; Uther "
        "Pendragon / Igraine; Merlin / Nimue; Arthur Pendragon & Morgan le Fay; Arthur "
        "Pendragon & Morgause; Arthur Pendragon & Mordred; Mordred & Morgause; Arthur "
        "Pendragon & Uther Pendragon; Arthur Pendragon & Igraine; Morgan le Fay & Igraine; "
        "Morgause & Igraine; Morgan le Fay & Morgause; Gawain & Gareth; Gawain & Gaheris; "
        "Gawain & Agravaine; Gareth & Gaheris; Gareth & Agravaine; Gaheris & Agravaine; "
        "Gawain & Morgause; Gareth & Morgause; Gaheris & Morgause; Agravaine & Morgause; "
        "Gawain & Mordred; Gareth & Mordred; Bedivere & Lucan; Lancelot du Lac & Galahad; "
        "Arthur Pendragon & Kay",
    ),
    _F(
        "Dracula - Bram Stoker",
        "Dracula; Bram Stoker's Dracula; Dracula (Stoker)",
        """
        Count Dracula|Dracula|the Count; Jonathan Harker; Mina Harker|Mina Murray|Wilhelmina Murray
        Lucy Westenra; Abraham Van Helsing|Van Helsing|Professor Van Helsing
        John Seward|Dr. Seward|Jack Seward|Seward; Arthur Holmwood|Lord Godalming|Holmwood
        Quincey Morris|Quincey; R. M. Renfield|Renfield; Mrs. Westenra
        """,
        "Jonathan Harker / Mina Harker; Arthur Holmwood / Lucy Westenra; Lucy Westenra & Mrs. "
        "Westenra",
    ),
    _F(
        "Peter Pan - J. M. Barrie",
        "Peter Pan; Peter and Wendy; Peter Pan and Wendy; Neverland; Never Land",
        """
        Peter Pan; Wendy Darling|Wendy|Wendy Moira Angela Darling; John Darling
        Michael Darling; Tinker Bell|Tink|Tinkerbell; James Hook|Captain Hook|Hook
        Smee|Mr. Smee; Tiger Lily; Nana; George Darling|Mr. Darling; Mary Darling|Mrs. Darling
        Tootles; Slightly; Nibs; Curly; Starkey
        """,
        "George Darling / Mary Darling; Wendy Darling & John Darling; Wendy Darling & Michael "
        "Darling; John Darling & Michael Darling; Wendy Darling & George Darling; Wendy "
        "Darling & Mary Darling; John Darling & George Darling; John Darling & Mary Darling; "
        "Michael Darling & George Darling; Michael Darling & Mary Darling",
    ),
    _F(
        "Little Women - Louisa May Alcott",
        "Little Women; Good Wives; Little Men",
        """
        Josephine March|Jo March|Jo; Margaret March|Meg March|Meg; Elizabeth March|Beth March|Beth
        Amy March|Amy; Mrs. March|Marmee; Mr. March; Theodore Laurence|Laurie|Teddy
        Mr. Laurence|James Laurence; John Brooke|Mr. Brooke|Brooke; Hannah Mullet|Hannah
        Aunt March; Friedrich Bhaer|Professor Bhaer|Fritz; Dr. Bangs; Sallie Gardiner
        """,
        "Mrs. March / Mr. March; Margaret March / John Brooke; Amy March / Theodore Laurence; "
        "Josephine March / Friedrich Bhaer; Josephine March & Margaret March; Josephine March "
        "& Elizabeth March; Josephine March & Amy March; Margaret March & Elizabeth March; "
        "Margaret March & Amy March; Elizabeth March & Amy March; Mrs. March & Josephine "
        "March; Mrs. March & Margaret March; Mrs. March & Elizabeth March; Mrs. March & Amy "
        "March; Mr. March & Josephine March; Mr. March & Margaret March; Mr. March & "
        "Elizabeth March; Mr. March & Amy March; Aunt March & Josephine March; Aunt March & "
        "Amy March; Aunt March & Margaret March; Aunt March & Elizabeth March; Theodore "
        "Laurence & Mr. Laurence",
    ),
    _F(
        "The Three Musketeers - Alexandre Dumas",
        "The Three Musketeers; Three Musketeers; Les Trois Mousquetaires; The Musketeers",
        """
        d'Artagnan|D'Artagnan|Charles de Batz; Athos|Comte de la Fère; Porthos; Aramis
        Milady de Winter|Milady|Anne de Breuil; Constance Bonacieux|Constance
        Cardinal Richelieu|Richelieu|His Eminence; Comte de Rochefort|Rochefort
        Monsieur de Tréville|Tréville|Treville; Planchet; Grimaud; Bazin; Mousqueton
        Anne of Austria|Queen Anne; Louis XIII|King Louis; Duke of Buckingham|Buckingham
        Jussac; Duchesse de Chevreuse
        """,
        "d'Artagnan / Constance Bonacieux; Athos / Milady de Winter; Aramis / Duchesse de "
        "Chevreuse; Duke of Buckingham / Anne of Austria; Louis XIII / Anne of Austria",
    ),
    _F(
        "Sherlock Holmes - Arthur Conan Doyle",
        "Sherlock Holmes; Sherlock Holmes - Arthur Conan Doyle; Sherlock Holmes & Related "
        "Fandoms; Sherlock Holmes stories; Sherlock; ACD Holmes",
        """
        Sherlock Holmes|Holmes|Mr. Holmes|Sherlock; John Watson|Dr. Watson|Watson
        Mrs. Hudson; Inspector Lestrade|Lestrade; Mycroft Holmes|Mycroft
        Irene Adler; James Moriarty|Professor Moriarty|Moriarty; Mary Morstan|Mrs. Watson
        Sebastian Moran|Colonel Moran; Tobias Gregson|Gregson; Wiggins
        """,
        "John Watson / Mary Morstan; Sherlock Holmes & Mycroft Holmes",
    ),
    _F(
        "Alice in Wonderland - Lewis Carroll",
        "Alice in Wonderland; Alice's Adventures in Wonderland; Through the Looking-Glass; "
        "Through the Looking Glass; Wonderland",
        """
        Alice; White Rabbit; Hatter|Mad Hatter; March Hare; Dormouse; Cheshire Cat
        Queen of Hearts; King of Hearts; Knave of Hearts; Caterpillar; Mock Turtle; Gryphon
        Tweedledum; Tweedledee; Humpty Dumpty; Jabberwock; White Queen; Red Queen
        White Knight
        """,
        "Queen of Hearts / King of Hearts",
    ),
    _F(
        "Pride and Prejudice - Jane Austen",
        "Pride and Prejudice; Pride & Prejudice; P&P",
        """
        Elizabeth Bennet|Lizzy|Eliza|Elizabeth|Lizzie; Fitzwilliam Darcy|Mr. Darcy|Darcy
        Jane Bennet; Charles Bingley|Bingley|Mr. Bingley; Mr. Bennet; Mrs. Bennet
        Lydia Bennet|Lydia; Catherine Bennet|Kitty; Mary Bennet; George Wickham|Wickham
        Charlotte Lucas; William Collins|Mr. Collins; Lady Catherine de Bourgh
        Georgiana Darcy|Georgiana|Miss Darcy; Caroline Bingley|Miss Bingley
        Colonel Fitzwilliam; Mrs. Reynolds; Mr. Gardiner; Mrs. Gardiner; Anne de Bourgh
        """,
        "Elizabeth Bennet / Fitzwilliam Darcy; Jane Bennet / Charles Bingley; Lydia Bennet / "
        "George Wickham; Mr. Bennet / Mrs. Bennet; Charlotte Lucas / William Collins; Mr. "
        "Gardiner / Mrs. Gardiner; Elizabeth Bennet & Jane Bennet; Elizabeth Bennet & Lydia "
        "Bennet; Elizabeth Bennet & Catherine Bennet; Elizabeth Bennet & Mary Bennet; Jane "
        "Bennet & Lydia Bennet; Jane Bennet & Catherine Bennet; Jane Bennet & Mary Bennet; "
        "Lydia Bennet & Catherine Bennet; Lydia Bennet & Mary Bennet; Catherine Bennet & Mary "
        "Bennet; Mr. Bennet & Elizabeth Bennet; Mr. Bennet & Jane Bennet; Mr. Bennet & Lydia "
        "Bennet; Mr. Bennet & Catherine Bennet; Mr. Bennet & Mary Bennet; Mrs. Bennet & "
        "Elizabeth Bennet; Mrs. Bennet & Jane Bennet; Mrs. Bennet & Lydia Bennet; Mrs. Bennet "
        "& Catherine Bennet; Mrs. Bennet & Mary Bennet; Fitzwilliam Darcy & Georgiana Darcy; "
        "Charles Bingley & Caroline Bingley; Lady Catherine de Bourgh & Anne de Bourgh; Mrs. "
        "Bennet & Mr. Gardiner; Fitzwilliam Darcy & Colonel Fitzwilliam; Fitzwilliam Darcy & "
        "Lady Catherine de Bourgh",
    ),
    _F(
        "Frankenstein - Mary Shelley",
        "Frankenstein; The Modern Prometheus",
        """
        Victor Frankenstein|Victor; Frankenstein's Monster|the Creature|the Monster
        Elizabeth Lavenza; Henry Clerval|Clerval; Robert Walton|Walton; Justine Moritz
        """,
        "Victor Frankenstein / Elizabeth Lavenza",
    ),
    _F(
        "Jane Eyre - Charlotte Brontë",
        "Jane Eyre",
        """
        Jane Eyre; Edward Rochester|Mr. Rochester|Rochester; Bertha Mason; St. John Rivers
        Adèle Varens|Adèle|Adele; Mrs. Fairfax; Helen Burns; Blanche Ingram
        """,
        "Jane Eyre / Edward Rochester; Edward Rochester / Bertha Mason",
    ),
    _F(
        "Wuthering Heights - Emily Brontë",
        "Wuthering Heights",
        """
        Heathcliff; Catherine Earnshaw|Cathy; Edgar Linton; Hindley Earnshaw|Hindley
        Isabella Linton; Nelly Dean|Ellen Dean; Hareton Earnshaw|Hareton; Mr. Lockwood
        Linton Heathcliff
        """,
        "Heathcliff / Catherine Earnshaw; Edgar Linton / Catherine Earnshaw; Heathcliff / "
        "Isabella Linton; Catherine Earnshaw & Hindley Earnshaw; Edgar Linton & Isabella "
        "Linton; Hindley Earnshaw & Hareton Earnshaw; Heathcliff & Linton Heathcliff",
    ),
    _F(
        "A Christmas Carol - Charles Dickens",
        "A Christmas Carol; Christmas Carol",
        """
        Ebenezer Scrooge|Scrooge; Bob Cratchit; Tiny Tim; Jacob Marley|Marley
        Ghost of Christmas Past; Ghost of Christmas Present; Ghost of Christmas Yet to Come
        Mr. Fezziwig|Fezziwig
        """,
        "Bob Cratchit & Tiny Tim",
    ),
    _F(
        "Treasure Island - Robert Louis Stevenson",
        "Treasure Island",
        """
        Jim Hawkins; Long John Silver|Silver; Billy Bones; Ben Gunn; Dr. Livesey|Livesey
        Squire Trelawney|Trelawney; Captain Smollett|Smollett; Blind Pew|Pew
        """,
    ),
    _F(
        "Strange Case of Dr Jekyll and Mr Hyde - Robert Louis Stevenson",
        "Dr Jekyll and Mr Hyde; Dr. Jekyll and Mr. Hyde; Jekyll and Hyde; Strange Case of Dr "
        "Jekyll and Mr Hyde",
        """
        Henry Jekyll|Dr. Jekyll|Jekyll; Edward Hyde|Mr. Hyde|Hyde; Gabriel John Utterson|Utterson
        Hastie Lanyon|Dr. Lanyon|Lanyon; Richard Enfield|Enfield; Poole
        """,
    ),
    _F(
        "The Jungle Book - Rudyard Kipling",
        "The Jungle Book; Jungle Book",
        """
        Mowgli; Baloo; Bagheera; Shere Khan; Kaa; Akela; Rikki-Tikki-Tavi; Raksha; Tabaqui
        """,
    ),
    _F(
        "Anne of Green Gables - L. M. Montgomery",
        "Anne of Green Gables; Anne of Avonlea",
        """
        Anne Shirley|Anne; Gilbert Blythe|Gilbert; Diana Barry|Diana; Marilla Cuthbert|Marilla
        Matthew Cuthbert; Rachel Lynde|Mrs. Lynde; Josie Pye; Ruby Gillis
        """,
        "Anne Shirley / Gilbert Blythe; Marilla Cuthbert & Matthew Cuthbert",
    ),
    _F(
        "The Secret Garden - Frances Hodgson Burnett",
        "The Secret Garden; Secret Garden",
        """
        Mary Lennox; Colin Craven|Colin; Dickon Sowerby|Dickon; Martha Sowerby
        Archibald Craven|Mr. Craven; Ben Weatherstaff; Mrs. Medlock
        """,
        "Colin Craven & Archibald Craven; Dickon Sowerby & Martha Sowerby; Mary Lennox & "
        "Colin Craven; Mary Lennox & Archibald Craven",
    ),
    _F(
        "The Count of Monte Cristo - Alexandre Dumas",
        "The Count of Monte Cristo; Count of Monte Cristo; Le Comte de Monte-Cristo",
        """
        Edmond Dantès|Edmond Dantes|Dantès|Dantes|the Count of Monte Cristo
        Mercédès|Mercedes; Fernand Mondego|Fernand; Danglars; Gérard de Villefort|Villefort
        Abbé Faria|Faria; Haydée|Haydee; Albert de Morcerf|Albert; Caderousse
        """,
        "Edmond Dantès / Mercédès; Fernand Mondego / Mercédès; Albert de Morcerf & Mercédès; "
        "Albert de Morcerf & Fernand Mondego",
    ),
    _F(
        "Les Misérables - Victor Hugo",
        "Les Misérables; Les Miserables; Les Mis",
        """
        Jean Valjean|Valjean; Javert|Inspector Javert; Fantine; Cosette; Marius Pontmercy|Marius
        Éponine|Eponine; Enjolras; Grantaire; Gavroche; Thénardier|Thenardier; Combeferre
        Courfeyrac; Bishop Myriel
        """,
        "Marius Pontmercy / Cosette; Jean Valjean & Cosette; Fantine & Cosette; Éponine & "
        "Gavroche; Éponine & Thénardier; Gavroche & Thénardier",
    ),
    _F(
        "The Phantom of the Opera - Gaston Leroux",
        "The Phantom of the Opera; Phantom of the Opera; Le Fantôme de l'Opéra",
        """
        Erik|the Phantom|Opera Ghost; Christine Daaé|Christine Daae|Christine
        Raoul de Chagny|Raoul|Vicomte de Chagny; the Persian; Carlotta; Madame Giry
        """,
        "Christine Daaé / Raoul de Chagny",
    ),
    _F(
        "Hamlet - William Shakespeare",
        "Hamlet",
        """
        Hamlet|Prince Hamlet; Ophelia; Horatio; Claudius|King Claudius; Gertrude
        Polonius; Laertes; Rosencrantz; Guildenstern; Fortinbras
        """,
        "Hamlet / Ophelia; Claudius / Gertrude; Hamlet & Gertrude; Hamlet & Claudius; Ophelia "
        "& Laertes; Ophelia & Polonius; Laertes & Polonius",
    ),
    _F(
        "Romeo and Juliet - William Shakespeare",
        "Romeo and Juliet; Romeo & Juliet",
        """
        Romeo Montague|Romeo; Juliet Capulet|Juliet; Mercutio; Tybalt; Benvolio
        Friar Laurence; Paris|Count Paris; the Nurse
        """,
        "Romeo Montague / Juliet Capulet; Juliet Capulet & Tybalt",
    ),
    _F(
        "King Lear - Shakespeare",
        "King Lear; The Tragedy of King Lear",
        """
        King Lear|Lear; Goneril; Regan; Cordelia; Earl of Gloucester|Gloucester
        Edgar|Poor Tom; Edmund; Earl of Kent|Kent|Caius; the Fool; Duke of Albany|Albany
        Duke of Cornwall|Cornwall; Oswald
        """,
        "King Lear & Goneril; King Lear & Regan; King Lear & Cordelia; Goneril & Regan; "
        "Goneril & Cordelia; Regan & Cordelia; Earl of Gloucester & Edgar; Earl of Gloucester "
        "& Edmund; Edgar & Edmund; Goneril / Duke of Albany; Regan / Duke of Cornwall",
    ),
    _F(
        "Much Ado About Nothing - Shakespeare",
        "Much Ado About Nothing; Much Ado",
        """
        Beatrice; Benedick|Signior Benedick|Signior Mountanto; Hero; Claudio|Count Claudio
        Don Pedro; Don John; Leonato; Antonio; Dogberry; Verges; Borachio; Conrade
        Margaret; Ursula; Balthasar; Friar Francis
        """,
        "Beatrice / Benedick; Claudio / Hero; Hero & Leonato; Beatrice & Hero; Beatrice & "
        "Leonato; Leonato & Antonio; Don Pedro & Don John; Borachio / Margaret",
    ),
    _F(
        "The Importance of Being Earnest - Oscar Wilde",
        "The Importance of Being Earnest; Importance of Being Earnest",
        """
        Jack Worthing|John Worthing|Ernest Worthing|Mr. Worthing; Algernon Moncrieff|Algernon
        Gwendolen Fairfax|Gwendolen|Miss Fairfax; Cecily Cardew|Cecily; Lady Bracknell
        Lord Bracknell; Miss Prism; Canon Chasuble|Dr. Chasuble|Chasuble; Lane; Merriman
        """,
        "Jack Worthing / Gwendolen Fairfax; Algernon Moncrieff / Cecily Cardew; Algernon "
        "Moncrieff & Lady Bracknell; Gwendolen Fairfax & Lady Bracknell; Lady Bracknell / Lord "
        "Bracknell; Gwendolen Fairfax & Lord Bracknell; Jack Worthing & Cecily Cardew; Miss "
        "Prism / Canon Chasuble",
    ),
    _F(
        "The Hunchback of Notre-Dame - Victor Hugo",
        "The Hunchback of Notre-Dame; The Hunchback of Notre Dame; Hunchback of Notre-Dame; "
        "Hunchback of Notre Dame; Notre-Dame de Paris; Notre Dame de Paris",
        """
        Quasimodo; Esmeralda|La Esmeralda; Claude Frollo|Frollo|Archdeacon Frollo
        Phoebus de Châteaupers|Phoebus|Captain Phoebus; Pierre Gringoire|Gringoire
        Clopin Trouillefou|Clopin; Jehan Frollo|Jehan; Djali
        Fleur-de-Lys de Gondelaurier|Fleur-de-Lys; Sister Gudule|Paquette
        """,
        "Claude Frollo & Jehan Frollo; Claude Frollo & Quasimodo; Esmeralda & Sister Gudule; "
        "Phoebus de Châteaupers / Fleur-de-Lys de Gondelaurier; Esmeralda / Phoebus de "
        "Châteaupers",
    ),
    _F(
        "Norse Mythology",
        "Norse Mythology; Norse myth; Norse myths; Norse gods; Eddas; Prose Edda; Poetic Edda",
        """
        Odin|Allfather; Thor; Loki; Freyja|Freya; Frigg; Baldur|Baldr; Heimdall; Tyr
        Sigyn; Fenrir; Jörmungandr|Jormungandr; Hel; Sif; Freyr; Skadi; Idun
        """,
        "Odin / Frigg; Loki / Sigyn; Thor / Sif; Thor & Odin; Loki & Odin; Thor & Loki; "
        "Baldur & Odin; Baldur & Frigg; Thor & Baldur; Freyja & Freyr; Loki & Fenrir; Loki & "
        "Hel; Loki & Jörmungandr; Fenrir & Hel",
    ),
    _F(
        "Emma - Jane Austen",
        "Emma (Austen); Jane Austen's Emma",
        """
        Emma Woodhouse; George Knightley|Mr. Knightley|Knightley; Harriet Smith
        Frank Churchill; Jane Fairfax; Mr. Woodhouse; Philip Elton|Mr. Elton; Miss Bates
        """,
        "Emma Woodhouse / George Knightley; Frank Churchill / Jane Fairfax; Emma Woodhouse & "
        "Mr. Woodhouse",
    ),
    _F(
        "Persuasion - Jane Austen",
        "Persuasion (Austen); Jane Austen's Persuasion",
        """
        Anne Elliot; Frederick Wentworth|Captain Wentworth|Wentworth; Sir Walter Elliot
        Elizabeth Elliot; Lady Russell; Louisa Musgrove
        """,
        "Anne Elliot / Frederick Wentworth; Anne Elliot & Sir Walter Elliot; Anne Elliot & "
        "Elizabeth Elliot",
    ),
    _F(
        "Sense and Sensibility - Jane Austen",
        "Sense and Sensibility; Sense & Sensibility",
        """
        Elinor Dashwood|Elinor; Marianne Dashwood|Marianne; Edward Ferrars
        Colonel Brandon|Brandon; John Willoughby|Willoughby; Lucy Steele
        """,
        "Elinor Dashwood / Edward Ferrars; Marianne Dashwood / Colonel Brandon; Marianne "
        "Dashwood / John Willoughby; Elinor Dashwood & Marianne Dashwood; Edward Ferrars / "
        "Lucy Steele",
    ),
    _F(
        "The Picture of Dorian Gray - Oscar Wilde",
        "The Picture of Dorian Gray; Picture of Dorian Gray; Dorian Gray",
        """
        Dorian Gray|Dorian; Basil Hallward|Basil; Lord Henry Wotton|Lord Henry|Harry Wotton
        Sibyl Vane; James Vane
        """,
        "Dorian Gray / Sibyl Vane; Sibyl Vane & James Vane",
    ),
    _F(
        "Carmilla - J. Sheridan Le Fanu",
        "Carmilla",
        """
        Carmilla|Millarca|Mircalla; Laura; General Spielsdorf
        """,
        "Carmilla / Laura",
    ),
    _F(
        "Beowulf",
        "Beowulf",
        """
        Beowulf; Grendel; Grendel's Mother; Hrothgar; Wiglaf; Unferth; Wealhtheow
        """,
        "Grendel & Grendel's Mother; Hrothgar / Wealhtheow",
    ),
    _F(
        "Moby-Dick - Herman Melville",
        "Moby-Dick; Moby Dick",
        """
        Ishmael; Captain Ahab|Ahab; Queequeg; Starbuck; Stubb; Flask; Moby Dick
        """,
    ),
    _F(
        "The Great Gatsby - F. Scott Fitzgerald",
        "The Great Gatsby; Great Gatsby",
        """
        Jay Gatsby|Gatsby; Nick Carraway|Nick; Daisy Buchanan|Daisy; Tom Buchanan
        Jordan Baker; Myrtle Wilson|Myrtle; George Wilson
        """,
        "Jay Gatsby / Daisy Buchanan; Tom Buchanan / Daisy Buchanan; Tom Buchanan / Myrtle "
        "Wilson; George Wilson / Myrtle Wilson; Nick Carraway & Daisy Buchanan; Nick Carraway "
        "/ Jordan Baker",
    ),
    _F(
        "Winnie-the-Pooh - A. A. Milne",
        "Winnie-the-Pooh; Winnie the Pooh; The House at Pooh Corner; Hundred Acre Wood",
        """
        Winnie-the-Pooh|Pooh|Pooh Bear; Christopher Robin; Piglet; Eeyore; Tigger; Rabbit
        Owl; Kanga; Roo
        """,
        "Kanga & Roo",
    ),
    _F(
        "Journey to the West - Wu Cheng'en",
        "Journey to the West; Xiyouji; Monkey King",
        """
        Sun Wukong|Monkey King|Wukong; Tang Sanzang|Tripitaka|Tang Seng; Zhu Bajie|Pigsy
        Sha Wujing|Sandy; Guanyin; Jade Emperor; Bai Longma|White Dragon Horse
        """,
    ),
)

_THE = re.compile(r"^the\s+")
_FOLD = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "&": " and "})
_NON_WORD = re.compile(r"[^\w'\-]+")
_SUFFIX = re.compile(r"(?:'s)?(?:\s+(?:fic|fics|fanfic|fanfics|fanfiction|fandom|au|verse))*$")


def name_key(name: str) -> str:
    """Return the key two spellings of one name share: NFKC, casefolded, curly apostrophes
    and dashes folded, "&" read as "and", punctuation but apostrophes and hyphens dropped,
    a leading "the" removed ("The Three Musketeers" and "three  musketeers" share one)."""
    folded = unicodedata.normalize("NFKC", name).casefold().translate(_FOLD)
    words = _NON_WORD.sub(" ", folded).split()
    return _THE.sub("", " ".join(words))


@cache
def fandom_index() -> dict[str, Fandom]:
    """Return every alias key (and canonical name key, and the title before " - ") of every
    fandom, mapped to its fandom. A key two fandoms share goes to the first listed."""
    index: dict[str, Fandom] = {}
    for fandom in FANDOMS:
        title = fandom.name.split(" - ")[0]
        for alias in (fandom.name, title, *fandom.aliases):
            index.setdefault(name_key(alias), fandom)
    return index


def find_fandom(name: str) -> Fandom | None:
    """Return the known fandom ``name`` names (canonical name or alias, in any spelling;
    "X fic", "X fanfiction" and "X's season 2" are read as X), or ``None``."""
    key = name_key(name)
    index = fandom_index()
    if key in index:
        return index[key]
    return index.get(_SUFFIX.sub("", key))


@dataclass(frozen=True, slots=True)
class CharacterEntry:
    """A known character a name may stand for: its fandom, its canonical name, and whether
    the name is one the table lists (``True``) or only a word of a listed full name."""

    fandom: str
    canonical: str
    listed: bool


@cache
def character_index() -> dict[str, tuple[CharacterEntry, ...]]:
    """Return, per name key, the known characters the name may stand for: canonical names
    and aliases (listed), and the first and last word of multi-word canonical names."""
    index: dict[str, dict[tuple[str, str], CharacterEntry]] = {}
    for fandom in FANDOMS:
        for canonical, aliases in fandom.characters:
            for alias in (canonical, *aliases):
                entry = CharacterEntry(fandom.name, canonical, True)
                index.setdefault(name_key(alias), {})[(fandom.name, canonical)] = entry
            words = [w for w in canonical.split() if w[:1].isupper() and "." not in w]
            for word in {words[0], words[-1]} if len(words) > 1 else ():
                bucket = index.setdefault(name_key(word), {})
                bucket.setdefault(
                    (fandom.name, canonical), CharacterEntry(fandom.name, canonical, False)
                )
    return {key: tuple(found.values()) for key, found in index.items()}


def fandom_characters(fandom_name: str) -> dict[str, str]:
    """Return the name keys of a known fandom's characters (canonical names and listed
    aliases) mapped to their canonical names; empty for an unknown fandom."""
    fandom = find_fandom(fandom_name)
    if fandom is None:
        return {}
    return {
        name_key(alias): canonical
        for canonical, aliases in fandom.characters
        for alias in (canonical, *aliases)
    }


def fandom_character_words(fandom_name: str) -> dict[str, str]:
    """Return the single words of a known fandom's canonical character names that belong to
    one character only ("lucy" → "Lucy Westenra"; not "bennet"), mapped to that name; empty
    for an unknown fandom. Titles such as "Mr." are not words of a name."""
    fandom = find_fandom(fandom_name)
    if fandom is None:
        return {}
    owners: dict[str, set[str]] = {}
    for canonical, _ in fandom.characters:
        for word in canonical.split():
            if word[:1].isupper() and not word.endswith("."):
                owners.setdefault(name_key(word), set()).add(canonical)
    return {word: next(iter(names)) for word, names in owners.items() if len(names) == 1}


@cache
def _relations() -> dict[tuple[str, str, str], str]:
    return {
        (fandom.name, min(a, b), max(a, b)): kind
        for fandom in FANDOMS
        for a, b, kind in fandom.relations
    }


def canon_relation(fandom_name: str, a: str, b: str) -> str | None:
    """Return "romantic" or "family" when canon relates characters ``a`` and ``b`` (canonical
    names) of the known fandom ``fandom_name``, else ``None``."""
    first, second = sorted((a, b))
    return _relations().get((fandom_name, first, second))
