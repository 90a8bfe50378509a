#!/usr/bin/env python3
"""Build the AO3-style EPUB samples of the corpus (15-, 16-, 27-, 37-, 43-, 54-, 63-, 68-, 79-,
83-, 92-, 103- and 114-) from their sources.

The story text of each work lives next to this script in ``NN-<slug>.epub-source``
(named so that importing this folder does not take it for a story):
paragraphs separated by blank lines, ``## Chapter N: Title`` before each chapter of a
multi-chapter work, ``*text*`` for italics and a lone ``* * *`` line for a scene break.
The work metadata (tags, summary, notes) is kept below in ``WORKS``.

The output mirrors the structure of a real Archive of Our Own EPUB download (as converted
by calibre): ``mimetype`` first and stored, ``META-INF/container.xml``, ``content.opf`` with
Dublin Core metadata and one ``dc:subject`` per tag, ``toc.ncx``, a ``_split_000`` preface
page holding the ``dl.tags`` block, ``_split_001`` with the title, byline, summary and notes,
one file per chapter and a final afterword with the end notes.

Output is byte-for-byte reproducible: fixed timestamps, fixed identifiers, fixed file order.
Only the Python standard library is used.

    python3 examples/corpus/build_epubs.py            # writes the .epub files next to it
"""

from __future__ import annotations

import hashlib
import html
import re
import uuid
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
AO3 = "https://archiveofourown.org"

WORKS: list[dict] = [
    {
        "file": "15-fair-hands.epub",
        "source": "15-fair-hands.epub-source",
        "title": "Fair Hands",
        "author": "reedsandmist",
        "work_id": 51844209,
        "tags": [
            ("Rating", ["General Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["Gen"]),
            ("Fandom", ["Arthurian Mythology & Legends"]),
            ("Relationship", ["Gareth & Lancelot du Lac", "Gareth & Lynette", "Gareth & Gawain"]),
            (
                "Character",
                [
                    "Gareth (Arthurian)",
                    "Lynette (Arthurian)",
                    "Lancelot du Lac",
                    "Kay (Arthurian)",
                    "Arthur Pendragon",
                    "Gawain (Arthurian)",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Canon Retelling",
                    "Present Tense",
                    "Secret Identity",
                    "Kitchen Boy",
                    "Knighting",
                    "Humor",
                ],
            ),
        ],
        "published": "2024-01-09",
        "updated": None,
        "chapters_total": "1",
        "summary": [
            "Eleven months in the kitchens of Camelot, and nobody knows the kitchen boy’s name. "
            "Then a lady rides in demanding a champion."
        ],
        "notes": ["Present tense, because it felt like a story being told aloud by the fire."],
        "end_notes": [
            "Loosely after Malory’s tale of Sir Gareth, one of my favourite stories in the "
            "whole of the Morte. The leeks are my own addition."
        ],
        "chapter_notes": {},
    },
    {
        "file": "16-brandy-under-the-floorboards.epub",
        "source": "16-brandy-under-the-floorboards.epub-source",
        "title": "Brandy Under the Floorboards",
        "author": "plume_et_rapiere",
        "work_id": 46670318,
        "tags": [
            ("Rating", ["Teen And Up Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["Gen"]),
            ("Fandom", ["The Three Musketeers - Alexandre Dumas"]),
            ("Relationship", ["Aramis & d'Artagnan", "Constance Bonacieux/d'Artagnan"]),
            ("Character", ["d'Artagnan", "Aramis", "Planchet", "Original Characters"]),
            (
                "Additional Tags",
                [
                    "Road Trip",
                    "Highwaymen",
                    "Swordfighting",
                    "Alcohol",
                    "Friendship",
                    "Swearing",
                    "Vocation Angst",
                ],
            ),
        ],
        "published": "2023-05-02",
        "updated": "2023-05-16",
        "complete": True,
        "chapters_total": "2",
        "summary": [
            "A lame horse, a letter somebody wants very badly, and a long night in a farrier’s "
            "loft. Aramis explains, badly, how a man can be a Musketeer and a priest at once."
        ],
        "notes": [
            "Friendship fic, no romance on the page. Some swearing (d’Artagnan) and one nasty "
            "sword cut (Aramis).",
            "Complete in two chapters.",
        ],
        "end_notes": ["Thank you for reading! Comments are better than the farrier’s brandy."],
        "chapter_notes": {
            2: {
                "notes": ["The hayloft chapter. Mostly talking, and brandy."],
                "end_notes": [
                    "Yes, the Rue des Fossoyeurs is where d’Artagnan lodges in the book. "
                    "I looked it up twice."
                ],
            },
        },
    },
    {
        "file": "27-number-thirty-four.epub",
        "source": "27-number-thirty-four.epub-source",
        "title": "Number Thirty-Four",
        "author": "if_castle_nights",
        "work_id": 53307126,
        "tags": [
            ("Rating", ["Teen And Up Audiences"]),
            ("Archive Warning", ["Major Character Death"]),
            ("Category", ["Gen", "F/M"]),
            ("Fandom", ["The Count of Monte Cristo - Alexandre Dumas"]),
            ("Relationship", ["Abbé Faria & Edmond Dantès", "Edmond Dantès/Haydée"]),
            ("Character", ["Edmond Dantès", "Abbé Faria", "Haydée", "Jacopo (Monte Cristo)"]),
            (
                "Additional Tags",
                [
                    "Prison",
                    "Mentor/Protégé",
                    "Canonical Character Death",
                    "Grief/Mourning",
                    "Pre-Relationship",
                    "Revenge",
                ],
            ),
        ],
        "published": "2024-02-11",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "The Château d'If, and the last lesson the abbé ever gave. Nine years later, on a "
            "yacht off Elba, Haydée asks the Count who he was in prison."
        ],
        "notes": [
            "Warning for canonical character death (the abbé, chapter one) and grief. Haydée "
            "and the Count are pre-relationship here, if you squint.",
            "Two chapters, both posted today.",
        ],
        "end_notes": [
            "The red drops, the tin lamp and the shroud are all Dumas; the numbers on the wall "
            "are mine. Thank you for reading! Kudos and comments keep me going."
        ],
        "chapter_notes": {},
    },
    {
        "file": "37-the-cobb-at-evening.epub",
        "source": "37-the-cobb-at-evening.epub-source",
        "title": "The Cobb at Evening",
        "author": "half_agony_half_hope",
        "work_id": 55081346,
        "tags": [
            ("Rating", ["General Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["F/M"]),
            ("Fandom", ["Persuasion - Jane Austen"]),
            (
                "Relationship",
                ["Anne Elliot/Frederick Wentworth", "Admiral Croft/Sophia Croft"],
            ),
            (
                "Character",
                [
                    "Anne Elliot",
                    "Frederick Wentworth",
                    "Admiral Croft",
                    "Sophia Croft",
                    "Louisa Musgrove",
                    "Captain Harville",
                ],
            ),
            (
                "Additional Tags",
                ["Second Chances", "Missing Scene", "Canon Rearrangement", "Lyme Regis", "Pining"],
            ),
        ],
        "published": "2024-04-20",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "Eight years ago Anne Elliot was persuaded to give up Frederick Wentworth. Now he is "
            "back, rich and brown and perfectly civil, and she has to sit in a gig with his sister."
        ],
        "notes": [
            "Two chapters, posted together. No warnings apply. I have moved a few scenes around "
            "from the book, forgive me."
        ],
        "end_notes": [
            "The Laconia is Austen’s, the gig is Austen’s, the conversation on the Cobb is mine. "
            "Thank you for reading, and please do tell me what you thought!"
        ],
        "chapter_notes": {},
    },
    {
        "file": "43-the-last-of-the-cabin.epub",
        "source": "43-the-last-of-the-cabin.epub-source",
        "title": "The Last of the Cabin",
        "author": "gasjet_and_whist",
        "work_id": 58213377,
        "tags": [
            ("Rating", ["General Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["F/M", "Gen"]),
            ("Fandom", ["Around the World in Eighty Days - Jules Verne"]),
            (
                "Relationship",
                ["Aouda/Phileas Fogg", "Passepartout & Phileas Fogg", "Fix & Passepartout"],
            ),
            ("Character", ["Phileas Fogg", "Passepartout", "Aouda", "Fix (Around the World)"]),
            (
                "Additional Tags",
                ["Missing Scene", "At Sea", "Love Confessions", "Emotionally Repressed", "Humor"],
            ),
        ],
        "published": "2024-06-02",
        "updated": "2024-06-09",
        "complete": True,
        "chapters_total": "2",
        "summary": [
            "Four days out of New York, Mr. Fogg has bought the Henrietta and is burning her to "
            "get to Liverpool. Passepartout has opinions about the mast. Aouda has something to "
            "say, and would like it not to be calculated."
        ],
        "notes": [
            "My first Verne fic! Set on the Atlantic crossing, between New York and Queenstown. "
            "No warnings apply, unless you count cruelty to pianos."
        ],
        "end_notes": [
            "Kiouni the elephant deserved more page time in the book and I will die on this "
            "hill. Thank you for reading, kudos and comments are always lovely."
        ],
        "chapter_notes": {},
    },
    {
        "file": "54-the-doll-in-the-trunk.epub",
        "source": "54-the-doll-in-the-trunk.epub-source",
        "title": "The Doll in the Trunk",
        "author": "lark_of_montfermeil",
        "work_id": 59120453,
        "tags": [
            ("Rating", ["Mature"]),
            ("Archive Warning", ["Graphic Depictions Of Violence"]),
            ("Category", ["Gen", "F/M"]),
            ("Fandom", ["Les Misérables - Victor Hugo"]),
            (
                "Relationship",
                ["Cosette & Jean Valjean", "Cosette/Marius Pontmercy", "Fantine & Jean Valjean"],
            ),
            (
                "Character",
                ["Jean Valjean", "Cosette (Les Misérables)", "Marius Pontmercy", "Toussaint"],
            ),
            (
                "Additional Tags",
                [
                    "Post-Barricade",
                    "Missing Scene",
                    "Parent-Child Relationship",
                    "Grief/Mourning",
                    "Secrets",
                    "Hurt/Comfort",
                ],
            ),
        ],
        "published": "2024-07-18",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "Paris, the summer after the barricade. Toussaint finds the little black trunk, "
            "Cosette finds an old friend inside it, and Marius wants to know who carried him home."
        ],
        "notes": [
            "Rated M for chapter two, where Marius tells Cosette about the barricade: deaths, "
            "blood, a child shot. Grief all the way through. Both chapters posted at once."
        ],
        "end_notes": [
            "The doll, the black dress and the trunk are all in Hugo, who made me cry about them "
            "at fifteen. Toussaint’s stammer is his too. Comments are always, always welcome."
        ],
        "chapter_notes": {},
    },
    {
        "file": "63-the-shivering-sand.epub",
        "source": "63-the-shivering-sand.epub-source",
        "title": "The Shivering Sand",
        "author": "crusoe_on_the_third_page",
        "work_id": 60417782,
        "tags": [
            ("Rating", ["Mature"]),
            ("Archive Warning", ["Creator Chose Not To Use Archive Warnings"]),
            ("Category", ["Gen"]),
            ("Fandom", ["The Moonstone - Wilkie Collins"]),
            (
                "Relationship",
                [
                    "Gabriel Betteredge & Sergeant Cuff",
                    "Gabriel Betteredge & Penelope Betteredge",
                    "Lucy Yolland & Rosanna Spearman",
                    "Franklin Blake/Rosanna Spearman",
                ],
            ),
            (
                "Character",
                [
                    "Gabriel Betteredge",
                    "Sergeant Cuff",
                    "Lucy Yolland",
                    "Penelope Betteredge",
                    "Mrs. Yolland",
                    "Original Characters",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Missing Scene",
                    "Suicide",
                    "Grief/Mourning",
                    "Unrequited Love",
                    "Canon-Typical Detective Work",
                    "Robinson Crusoe Is Always Right (Except Once)",
                ],
            ),
        ],
        "published": "2024-10-03",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "The evening Rosanna Spearman does not come home. Betteredge walks the Shivering "
            "Sand with Sergeant Cuff, and the next morning Limping Lucy comes to the house with "
            "something to say."
        ],
        "notes": [
            "Content warning: this is about Rosanna’s suicide in the quicksand and the day after "
            "it. Nothing graphic, but it is talked about plainly, and there is a lot of grief. "
            "Please look after yourselves.",
            "Two chapters, both up now.",
        ],
        "end_notes": [
            "Betteredge and his Robinson Crusoe are Collins’s and so is the Sand; the fisher-lad "
            "and the boots are mine. I have always thought Cuff liked Betteredge more than he let "
            "on. Thank you for reading, comments mean the world."
        ],
        "chapter_notes": {},
    },
    {
        "file": "68-eight-ricks-unthatched.epub",
        "source": "68-eight-ricks-unthatched.epub-source",
        "title": "Eight Ricks Unthatched",
        "author": "norcombe_lambing_lantern",
        "work_id": 60417752,
        "tags": [
            ("Rating", ["Teen And Up Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["F/M"]),
            ("Fandom", ["Far from the Madding Crowd - Thomas Hardy"]),
            (
                "Relationship",
                [
                    "Bathsheba Everdene/Gabriel Oak",
                    "Bathsheba Everdene/Frank Troy",
                    "Jan Coggan & Gabriel Oak",
                ],
            ),
            (
                "Character",
                [
                    "Gabriel Oak",
                    "Bathsheba Everdene",
                    "Frank Troy",
                    "Jan Coggan",
                    "Joseph Poorgrass",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Second Person",
                    "Missing Scene",
                    "Storms",
                    "Alcohol",
                    "Unrequited Love",
                    "Pining",
                ],
            ),
        ],
        "published": "2024-09-14",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "The night of the harvest supper. Troy says the weather will hold. Gabriel knows "
            "better, and somebody comes out with a lantern."
        ],
        "notes": [
            "Second person, past tense, because Gabriel is a man who watches himself do things "
            "and thinks nothing of it. Warning for a whole barn of drunk farmhands and one drunk "
            "sergeant. Nothing worse."
        ],
        "end_notes": [
            "The toad, the sheep and the eight ricks are Hardy’s; everything anybody says is "
            "mine. Old George survives the storm, obviously. I would never. Kudos and comments "
            "are very welcome!"
        ],
        "chapter_notes": {},
    },
    {
        "file": "79-the-furze-by-the-lane.epub",
        "source": "79-the-furze-by-the-lane.epub-source",
        "title": "The Furze by the Lane",
        "author": "raveloe_hearthside",
        "work_id": 61538904,
        "tags": [
            ("Rating", ["Teen And Up Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["Gen", "F/M"]),
            ("Fandom", ["Silas Marner - George Eliot"]),
            (
                "Relationship",
                [
                    "Eppie & Silas Marner",
                    "Aaron Winthrop/Eppie",
                    "Dolly Winthrop & Silas Marner",
                    "Godfrey Cass & Eppie",
                ],
            ),
            (
                "Character",
                [
                    "Silas Marner",
                    "Eppie (Silas Marner)",
                    "Dolly Winthrop",
                    "Aaron Winthrop",
                    "Snap (Silas Marner)",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Missing Scene",
                    "Parent-Child Relationship",
                    "Found Family",
                    "Wedding Eve",
                    "Past Character Death",
                    "Mentions of Drug Use",
                    "Grief/Mourning",
                ],
            ),
        ],
        "published": "2024-11-23",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "The night before Eppie’s wedding. Dolly Winthrop lets down a dress, Aaron is not "
            "supposed to see it, and Eppie walks out to the Stone-pits to ask her father the one "
            "thing he has never told her."
        ],
        "notes": [
            "Content note: Silas tells Eppie plainly how her mother died, in the snow, and about "
            "the opium. It is short and not graphic, but it is there.",
            "Set the night before the wedding at the end of the book. My first Eliot fic, be "
            "gentle!",
        ],
        "end_notes": [
            "Snap is Eliot’s dog, I just gave him more to do. The landlord of the Rainbow gets one "
            "line and I think he earned it. Thank you for reading, I would love to hear what you "
            "thought."
        ],
        "chapter_notes": {},
    },
    {
        "file": "83-what-the-willow-knew.epub",
        "source": "83-what-the-willow-knew.epub-source",
        "title": "What the Willow Knew",
        "author": "ancient_and_ensign",
        "work_id": 62047713,
        "tags": [
            ("Rating", ["Mature"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["F/M", "Gen"]),
            ("Fandom", ["Othello - William Shakespeare"]),
            (
                "Relationship",
                [
                    "Iago/Emilia (Othello)",
                    "Desdemona & Emilia (Othello)",
                    "Desdemona/Othello",
                    "Bianca/Michael Cassio",
                ],
            ),
            (
                "Character",
                ["Emilia (Othello)", "Desdemona (Othello)", "Iago (Othello)", "Bianca (Othello)"],
            ),
            (
                "Additional Tags",
                [
                    "Missing Scene",
                    "Domestic Violence",
                    "Women Being Friends",
                    "The Handkerchief",
                    "Alcohol",
                    "Emilia Deserved Better",
                ],
            ),
        ],
        "published": "2024-12-02",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "Cyprus, the night after the General strikes his wife in front of the Venetian "
            "embassy. Emilia unpins her lady’s hair, Bianca comes up the wrong stair, and Iago "
            "wants to know where the handkerchief went."
        ],
        "notes": [
            "Content warnings: domestic violence, on the page in chapter two (Iago and Emilia, a "
            "twisted arm and threats) and talked about in chapter one (the blow in Act Four). "
            "Soldiers drinking. Rated M to be safe.",
            "I have always thought Emilia was the bravest person in the play and that she knew far "
            "more, far sooner, than she lets on. This is me trying to work out when.",
        ],
        "end_notes": [
            "Barbary and the willow are Shakespeare’s; the rest of the evening is mine. I wanted "
            "Bianca and Desdemona in a room together just once, since the play never lets them "
            "meet. Thank you for reading, comments are very welcome."
        ],
        "chapter_notes": {},
    },
    {
        "file": "92-saturday-at-the-fishermans-rest.epub",
        "source": "92-saturday-at-the-fishermans-rest.epub-source",
        "title": "Saturday at the Fisherman’s Rest",
        "author": "lace_at_the_wrists",
        "work_id": 62290157,
        "tags": [
            ("Rating", ["Teen And Up Audiences"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["F/M", "Gen"]),
            ("Fandom", ["The Scarlet Pimpernel - Baroness Orczy"]),
            (
                "Relationship",
                [
                    "Marguerite Blakeney/Percy Blakeney",
                    "Andrew Ffoulkes & Percy Blakeney",
                    "Andrew Ffoulkes/Suzanne de Tournay",
                ],
            ),
            (
                "Character",
                [
                    "Marguerite Blakeney",
                    "Percy Blakeney",
                    "Andrew Ffoulkes",
                    "Antony Dewhurst",
                    "Sally Jellyband",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Post-Canon",
                    "Married Couple",
                    "Waiting",
                    "Fluff and Angst",
                    "Marguerite Blakeney Knows",
                    "First Person",
                ],
            ),
        ],
        "published": "2024-12-14",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "Dover, a wet afternoon, a husband who is late, two members of the League who "
            "cannot lie to save their lives, and a promise about Saturday."
        ],
        "notes": [
            "Post-canon, so Marguerite knows everything by now. Nobody dies and nobody is so much "
            "as scratched, I promise; the guillotine only turns up as a joke Percy makes, because "
            "of course it does.",
            "Written for a friend who said this fandom needed more fluff. Here you go, B.",
        ],
        "end_notes": [
            "Sally and her father are from the book, and so is the Day Dream. The priest and his "
            "sister in Boulogne are mine. Kudos and comments make my week!"
        ],
        "chapter_notes": {},
    },
    {
        "file": "103-two-days-at-vozdvizhenskoe.epub",
        "source": "103-two-days-at-vozdvizhenskoe.epub-source",
        "title": "Two Days at Vozdvizhenskoe",
        "author": "frou_frou_fell",
        "work_id": 62511846,
        "tags": [
            ("Rating", ["Mature"]),
            ("Archive Warning", ["No Archive Warnings Apply"]),
            ("Category", ["F/M", "Gen"]),
            ("Fandom", ["Anna Karenina - Leo Tolstoy"]),
            (
                "Relationship",
                [
                    "Anna Karenina/Alexei Vronsky",
                    "Anna Karenina & Dolly Oblonskaya",
                    "Dolly Oblonskaya/Stepan Oblonsky",
                ],
            ),
            (
                "Character",
                [
                    "Anna Karenina",
                    "Dolly Oblonskaya",
                    "Alexei Vronsky",
                    "Vasenka Veslovsky",
                    "Princess Varvara (Anna Karenina)",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Missing Scene",
                    "Sisters-in-law",
                    "Drug Use",
                    "Morphine",
                    "Pregnancy Discussion",
                    "Past Infidelity",
                    "Women Talking at Night",
                ],
            ),
        ],
        "published": "2025-01-11",
        "updated": None,
        "chapters_total": "2",
        "summary": [
            "Dolly drives forty versts over bad roads to see Anna in the country, and finds a "
            "house like a house in a book, a dinner table with six at it, and a small brown bottle."
        ],
        "notes": [
            "Content notes: Anna takes morphine on the page (a few drops, not graphic). Frank talk "
            "between two married women about pregnancy, a baby who died, and not wanting any more "
            "children. Stiva is still Stiva, so infidelity is in the background.",
            "I know Tolstoy already wrote this visit, and wrote it better. I just wanted the "
            "conversation at night to go a little differently. Frou-Frou is sadly not in this one "
            "except in my heart.",
        ],
        "end_notes": [
            "The ice-hill story is Vasenka’s and he will not be telling it again. Philip the "
            "coachman really does say about ten words in the book and I gave him one more line. "
            "Thank you for reading, come and cry about Dolly with me in the comments."
        ],
        "chapter_notes": {},
    },
    {
        "file": "114-the-leaning-room.epub",
        "source": "114-the-leaning-room.epub-source",
        "title": "The Leaning Room",
        "author": "haymarket_at_noon",
        "work_id": 63390417,
        "tags": [
            ("Rating", ["Mature"]),
            ("Archive Warning", ["Creator Chose Not To Use Archive Warnings"]),
            ("Category", ["F/M", "Gen"]),
            ("Fandom", ["Crime and Punishment - Fyodor Dostoyevsky"]),
            (
                "Relationship",
                [
                    "Rodion Raskolnikov/Sonya Marmeladova",
                    "Avdotya Raskolnikova/Dmitri Razumikhin",
                    "Rodion Raskolnikov & Pulcheria Alexandrovna",
                    "Avdotya Raskolnikova & Rodion Raskolnikov",
                ],
            ),
            (
                "Character",
                [
                    "Rodion Raskolnikov",
                    "Sonya Marmeladova",
                    "Dmitri Razumikhin",
                    "Avdotya Raskolnikova",
                    "Pulcheria Alexandrovna",
                    "Nastasya (Crime and Punishment)",
                ],
            ),
            (
                "Additional Tags",
                [
                    "Missing Scene",
                    "Canon Compliant",
                    "Confessions",
                    "Funerals",
                    "Grief/Mourning",
                    "Implied/Referenced Murder",
                    "Implied/Referenced Suicide",
                    "Alcohol",
                    "Family Feels",
                ],
            ),
        ],
        "published": "2025-03-02",
        "updated": "2025-03-09",
        "complete": True,
        "chapters_total": "2",
        "summary": [
            "The night after Katerina Ivanovna is buried, and the morning after that. "
            "Raskolnikov climbs two staircases before he goes to the Haymarket."
        ],
        "notes": [
            "Set in the last days of Part Six, between the funeral dinner and the police "
            "station. I have kept to canon as far as I could and filled in the gaps Dostoyevsky "
            "left, which are mostly Sonya's and Dunya's.",
            "Two chapters, the second one goes up next Sunday.",
        ],
        "end_notes": [
            "Thank you for reading! Razumikhin and his pie are my favourite thing in the whole "
            "novel and I will not be taking questions. Kudos and comments make my week."
        ],
        "chapter_notes": {},
    },
]

STYLESHEET = """.byline {
  display: block;
  text-align: center;
}
.calibre {
  display: block;
  font-size: 1em;
  padding-left: 0;
  padding-right: 0;
  margin: 0 5pt;
}
.calibre1 {
  display: block;
}
.calibre2 {
  font-weight: bold;
}
.calibre3 {
  display: block;
  font-weight: bold;
  margin: 0;
}
.calibre4 {
  display: block;
  margin: 0 0 1em 1em;
}
.calibre5 {
  display: block;
  margin: 0 0 0 1em;
}
.calibre6 {
  display: block;
  font-size: 1.41667em;
  font-weight: bold;
  line-height: 1.2;
  text-align: center;
  margin: 0.67em 0;
}
.calibre7 {
  display: block;
  margin: 1em 0;
}
.calibre8 {
  display: block;
}
.calibre9 {
  font-style: italic;
}
.calibre10 {
  display: block;
  text-align: center;
  margin: 1em 0;
}
.endnote-link {
  display: block;
  font-size: 0.75em;
}
.heading {
  display: block;
  font-size: 1.41667em;
  font-weight: bold;
  line-height: 1.2;
  text-align: center;
  margin: 0.83em 0;
}
.message {
  display: block;
  text-align: center;
  margin: 1em 0;
}
.tags {
  display: block;
  margin: 1em 0;
  padding: 0;
  border: currentColor none medium;
}
.toc-heading {
  display: none;
  font-size: 1.41667em;
  font-weight: bold;
  line-height: 1.2;
  margin: 0.83em 0;
}
.userstuff {
  display: block;
  font-family: serif;
  margin: 1em;
  padding: 0;
}
.userstuff1 {
  display: block;
  font-family: serif;
  padding: 0;
}
.userstuff2 {
  display: block;
  font-family: serif;
  margin: 1em 0;
  padding: 0;
}
"""

PAGE_STYLES = """@page {
  margin-bottom: 5pt;
  margin-top: 5pt;
}
"""

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
   <rootfiles>
      <rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>
      
   </rootfiles>
</container>
"""


def esc(text: str) -> str:
    """Escape text for XHTML element content."""
    return html.escape(text, quote=False)


def inline(text: str) -> str:
    """Escape a paragraph of source text and turn ``*italics*`` into calibre-styled <em>."""
    return re.sub(r"\*([^*]+)\*", r'<em class="calibre9">\1</em>', esc(text))


def paragraphs_xhtml(blocks: list[str]) -> str:
    """Render source paragraphs as AO3/calibre ``<p class="calibre7">`` elements, run together."""
    out = []
    for block in blocks:
        if block == "* * *":
            out.append('<p class="calibre10">* * *</p>')
        else:
            out.append(f'<p class="calibre7">{inline(block)}</p>')
    return "".join(out)


def note_xhtml(paras: list[str]) -> str:
    return "".join(f'<p class="calibre7">{esc(p)}</p>' for p in paras)


def read_source(path: Path) -> list[tuple[str | None, list[str]]]:
    """Return the chapters of a source file as (heading or None, [paragraph, ...])."""
    chapters: list[tuple[str | None, list[str]]] = []
    heading: str | None = None
    blocks: list[str] = []
    for raw in path.read_text(encoding="utf-8").split("\n\n"):
        block = " ".join(line.strip() for line in raw.strip().splitlines())
        if not block:
            continue
        if block.startswith("## "):
            if blocks or heading is not None:
                chapters.append((heading, blocks))
            heading, blocks = block[3:], []
        else:
            blocks.append(block)
    chapters.append((heading, blocks))
    return chapters


def page(work: dict, body: str) -> str:
    """Wrap body markup in the calibre XHTML page shell AO3 EPUBs use."""
    fandoms = ", ".join(dict(work["tags"])["Fandom"])
    title = f"{work['title']} - {work['author']} - {fandoms}"
    return (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">\n'
        "  <head>\n"
        '    <meta content="ie=edge" http-equiv="x-ua-compatible"/>\n'
        f"    <title>{esc(title)}</title>\n"
        '    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n'
        '  <link rel="stylesheet" type="text/css" href="stylesheet.css"/>\n'
        '<link rel="stylesheet" type="text/css" href="page_styles.css"/>\n'
        "</head>\n"
        '  <body class="calibre">\n'
        f"{body}\n"
        "</body></html>\n"
    )


def tag_url(tag: str) -> str:
    from urllib.parse import quote

    return f"{AO3}/tags/" + quote(tag.replace("/", "*s*").replace("&", "*a*"), safe="*!'")


def preface_page(work: dict) -> str:
    rows = []
    for label, tags in work["tags"]:
        if label not in ("Additional Tags",) and len(tags) > 1:
            label = {
                "Relationship": "Relationships",
                "Character": "Characters",
                "Fandom": "Fandoms",
                "Category": "Categories",
                "Archive Warning": "Archive Warnings",
            }[label]
        links = ", ".join(f'<a href="{esc(tag_url(t))}">{esc(t)}</a>' for t in tags)
        rows.append(
            f'          <dt class="calibre3">{label}:</dt>\n'
            f'          <dd class="calibre4">{links}</dd>'
        )
    stats = [f"        Published: {work['published']}"]
    if work["updated"]:
        word = "Completed" if work.get("complete") else "Updated"
        stats.append(f"          {word}: {work['updated']}")
    stats.append(f"        Words: {work['words']:,}")
    stats.append(f"        Chapters: {work['chapters_done']}/{work['chapters_total']}")
    url = f"{AO3}/works/{work['work_id']}"
    body = (
        '<div id="preface" class="calibre1">\n'
        '  <h2 class="toc-heading" id="calibre_toc_2">Preface</h2>\n\n'
        '  <p class="message">\n'
        f'    <b class="calibre2">{esc(work["title"])}</b><br class="calibre1"/>\n'
        f'    Posted originally on the <a href="{AO3}/">Archive of Our Own</a> at '
        f'<a href="{url}">{url}</a>.\n'
        "  </p>\n\n"
        '  <div class="calibre1">\n'
        '    <dl class="tags">\n' + "\n".join(rows) + "\n\n"
        '        <dt class="calibre3">Language:</dt>\n'
        '        <dd class="calibre4">English</dd>\n\n'
        '      <dt class="calibre3">Stats:</dt>\n'
        '      <dd class="calibre5">\n' + "\n".join(stats) + "\n"
        "      </dd>\n"
        "    </dl>\n"
        "    </div>\n"
        "</div>\n\n"
    )
    return page(work, body)


def title_page(work: dict, afterword_file: str) -> str:
    user = f"{AO3}/users/{work['author']}/pseuds/{work['author']}"
    parts = [
        '<div id="preface" class="calibre1">\n<div class="calibre1">\n'
        f'<h1 class="calibre6" id="calibre_pb_1">{esc(work["title"])}</h1>\n'
        f'    <div class="byline">by <a href="{user}" rel="author">{esc(work["author"])}</a></div>\n'
        '      <p class="calibre7">Summary</p>\n'
        f'      <blockquote class="userstuff">{note_xhtml(work["summary"])}</blockquote>\n\n'
    ]
    if work["notes"] or work["end_notes"]:
        parts.append('      <p class="calibre7">Notes</p>\n')
        if work["notes"]:
            parts.append(
                f'        <blockquote class="userstuff">{note_xhtml(work["notes"])}</blockquote>\n'
            )
        if work["end_notes"]:
            more = "more " if work["notes"] else ""
            parts.append(
                '        <div class="endnote-link">\n'
                f'          See the end of the work for <a href="{afterword_file}#endnotes">{more}notes</a>\n'
                "        </div>\n"
            )
    parts.append(
        "\n\n  </div>\n</div>\n\n\n"
        '<div class="userstuff1" id="chapters">\n      \n'
        '<div class="calibre1">\n  <div class="calibre8" id="calibre_pb_2"></div>\n</div>\n\n\n'
        "</div>\n"
    )
    return page(work, "".join(parts))


def single_chapter_page(work: dict, blocks: list[str]) -> str:
    body = (
        '<div class="userstuff1" id="chapters">\n'
        f'<h2 class="toc-heading" id="calibre_toc_3">{esc(work["title"])}</h2>\n'
        '    <div class="userstuff2">\n'
        f"      {paragraphs_xhtml(blocks)}\n"
        "    </div>\n"
        "</div>\n\n"
        '<div id="afterword" class="calibre1">\n'
        '  <div class="calibre8" id="calibre_pb_4"></div>\n'
        "</div>\n\n\n\n"
    )
    return page(work, body)


def chapter_page(work: dict, number: int, heading: str, blocks: list[str], toc_id: int) -> str:
    notes = work["chapter_notes"].get(number, {})
    meta = [
        f'<div class="calibre1">\n<h2 class="heading" id="calibre_toc_{toc_id}">\n'
        f"      {esc(heading)}\n  </h2>\n\n\n"
    ]
    if notes.get("notes") or notes.get("end_notes"):
        meta.append('    <p class="calibre7">Chapter Notes</p>\n')
        if notes.get("notes"):
            meta.append(
                f'      <blockquote class="userstuff">{note_xhtml(notes["notes"])}</blockquote>\n'
            )
        if notes.get("end_notes"):
            which = "more notes" if notes.get("notes") else "notes"
            meta.append(
                '      <div class="endnote-link">\n'
                f'        See the end of the chapter for <a href="#endnotes{number}">{which}</a>\n'
                "      </div>\n"
            )
    meta.append("</div>\n\n\n")
    body = [
        '<div class="userstuff1" id="chapters">\n',
        "".join(meta),
        '<div class="userstuff2">\n',
        f"  {paragraphs_xhtml(blocks)}\n",
        "</div>\n\n\n",
    ]
    if notes.get("end_notes"):
        body.append(
            f'  <div class="calibre1" id="endnotes{number}">\n'
            '    <p class="calibre7">Chapter End Notes</p>\n'
            f'    <blockquote class="userstuff">{note_xhtml(notes["end_notes"])}</blockquote>\n'
            "  </div>\n\n"
        )
    body.append(
        '      \n<div class="calibre1">\n'
        f'  <div class="calibre8" id="calibre_pb_{toc_id + 1}"></div>\n</div>\n\n\n</div>\n'
    )
    return page(work, "".join(body))


def afterword_page(work: dict, toc_id: int) -> str:
    inner = ""
    if work["end_notes"]:
        inner = (
            '        <div id="endnotes" class="calibre1">\n'
            '          <p class="calibre7">End Notes</p>\n'
            f'          <blockquote class="userstuff">{note_xhtml(work["end_notes"])}</blockquote>\n'
            "        </div>\n"
        )
    body = (
        '<div id="afterword" class="calibre1">\n'
        f'<h2 class="toc-heading" id="calibre_toc_{toc_id}">Afterword</h2>\n\n'
        f'    <div class="calibre1">\n{inner}\n    </div>\n\n'
        f'  <p class="message">Please <a href="{AO3}/works/{work["work_id"]}/comments/new">drop by the '
        "Archive and comment</a> to let the creator know if you enjoyed their work!</p>\n"
        "</div>\n\n\n\n\n"
    )
    return page(work, body)


def opf(work: dict, files: list[str], uid: str) -> str:
    subjects = ["Fanworks"]
    tags = dict(work["tags"])
    for label in (
        "Rating",
        "Category",
        "Archive Warning",
        "Fandom",
        "Relationship",
        "Character",
        "Additional Tags",
    ):
        subjects.extend(tags.get(label, []))
    date = work["updated"] or work["published"]
    summary_html = "".join(f"<p>{esc(p)}</p>" for p in work["summary"])
    n = len(files)
    manifest = "\n".join(
        f'    <item id="html{n - i}" href="{f}" media-type="application/xhtml+xml"/>'
        for i, f in enumerate(files)
    )
    spine = "\n".join(f'    <itemref idref="html{n - i}"/>' for i in range(n))
    subject_xml = "\n".join(f"    <dc:subject>{esc(s)}</dc:subject>" for s in subjects)
    return (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">\n'
        '  <metadata xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:calibre="http://calibre.kovidgoyal.net/2009/metadata">\n'
        f"    <dc:title>{esc(work['title'])}</dc:title>\n"
        '    <meta name="calibre:timestamp" content="2024-01-01T00:00:00+00:00"/>\n'
        "    <dc:language>en</dc:language>\n"
        f'    <dc:creator opf:file-as="{esc(work["author"])}" opf:role="aut">{esc(work["author"])}</dc:creator>\n'
        f'    <dc:identifier id="uuid_id" opf:scheme="uuid">{uid}</dc:identifier>\n'
        f'    <meta name="calibre:title_sort" content="{esc(work["title"].lower())}"/>\n'
        f"    <dc:description>{esc(summary_html)}</dc:description>\n"
        "    <dc:publisher>Archive of Our Own</dc:publisher>\n"
        f"{subject_xml}\n"
        f"    <dc:date>{date}T00:00:00+00:00</dc:date>\n"
        "  </metadata>\n"
        "  <manifest>\n"
        f"{manifest}\n"
        '    <item id="page_css" href="page_styles.css" media-type="text/css"/>\n'
        '    <item id="css" href="stylesheet.css" media-type="text/css"/>\n'
        '    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>\n'
        "  </manifest>\n"
        '  <spine toc="ncx">\n'
        f"{spine}\n"
        "  </spine>\n"
        "</package>\n"
    )


def ncx(work: dict, entries: list[tuple[str, str]], uid: str) -> str:
    points = []
    for order, (label, src) in enumerate(entries, start=1):
        nav_id = "u" + hashlib.sha1(f"{uid}:{order}".encode()).hexdigest()[:22]
        points.append(
            f'    <navPoint id="{nav_id}" playOrder="{order}">\n'
            "      <navLabel>\n"
            f"        <text>{esc(label)}</text>\n"
            "      </navLabel>\n"
            f'      <content src="{src}"/>\n'
            "    </navPoint>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?>\n"
        '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">\n'
        "  <head>\n"
        f'    <meta name="dtb:uid" content="{uid}"/>\n'
        '    <meta name="dtb:depth" content="2"/>\n'
        '    <meta name="dtb:generator" content="calibre (6.13.0)"/>\n'
        '    <meta name="dtb:totalPageCount" content="0"/>\n'
        '    <meta name="dtb:maxPageNumber" content="0"/>\n'
        "  </head>\n"
        "  <docTitle>\n"
        f"    <text>{esc(work['title'])}</text>\n"
        "  </docTitle>\n"
        "  <navMap>\n" + "\n".join(points) + "\n"
        "  </navMap>\n"
        "</ncx>\n"
    )


def word_count(chapters: list[tuple[str | None, list[str]]]) -> int:
    text = " ".join(" ".join(blocks) for _, blocks in chapters).replace("*", " ")
    return len(re.findall(r"[\w’'-]+", text))


def build(work: dict) -> Path:
    """Write one EPUB next to this script and return its path."""
    chapters = read_source(HERE / work["source"])
    work = dict(work, words=word_count(chapters), chapters_done=len(chapters))
    uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{AO3}/works/{work['work_id']}"))
    stem = re.sub(r"[^A-Za-z0-9_]", "", work["title"].replace(" ", "_"))[:20]
    name = lambda i: f"{stem}_split_{i:03d}.xhtml"  # noqa: E731

    pages: list[tuple[str, str]] = [(name(0), ""), (name(1), "")]
    nav: list[tuple[str, str]] = [("Preface", name(0))]
    if len(chapters) == 1:
        pages.append((name(2), single_chapter_page(work, chapters[0][1])))
        nav.append((work["title"], name(2)))
    else:
        for number, (heading, blocks) in enumerate(chapters, start=1):
            fname = name(len(pages))
            pages.append(
                (
                    fname,
                    chapter_page(
                        work, number, heading or f"Chapter {number}", blocks, 2 + 2 * number - 1
                    ),
                )
            )
            nav.append((heading or f"Chapter {number}", fname))
    after = name(len(pages))
    pages.append((after, afterword_page(work, 2 * len(chapters) + 4)))
    nav.append(("Afterword", after))
    pages[0] = (name(0), preface_page(work))
    pages[1] = (name(1), title_page(work, after))

    files = [f for f, _ in pages]
    members: list[tuple[str, str]] = [
        ("META-INF/container.xml", CONTAINER),
        ("page_styles.css", PAGE_STYLES),
        ("stylesheet.css", STYLESHEET),
        *pages,
        ("toc.ncx", ncx(work, nav, uid)),
        ("content.opf", opf(work, files, uid)),
    ]
    out = HERE / work["file"]
    with zipfile.ZipFile(out, "w") as zf:
        info = zipfile.ZipInfo("mimetype", date_time=ZIP_DATE)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        zf.writestr(info, "application/epub+zip")
        for arcname, text in members:
            info = zipfile.ZipInfo(arcname, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"), compresslevel=9)
    return out


def main() -> None:
    for work in WORKS:
        print(build(work).name)


if __name__ == "__main__":
    main()
