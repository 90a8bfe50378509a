"""Languages: one vocabulary for the language of a story.

A story's language is told by its ISO 639-1 code ("en", "de"), or its ISO 639-3 code when
the language has no two-letter one ("yue" Cantonese, "tok" Toki Pona): what the language
stage detects, what ``ficshelf analyze --json`` gives, whatever the file said.
``language_code`` reads every way a file states one — a code or language tag ("en", "EN",
"pt-BR", "zh_Hant", AO3's "ptBR"), the English name ("English", "German") or the name AO3
downloads give, which is the language's own ("Deutsch", "Español", "中文-普通话 國語"). The
archive stores and shows the English name of that code (``language_name``: "German"), the
way AO3 downloads in English state theirs, so a work reads the same whichever way its file
said it; a filter by language takes any of those spellings (``language_spellings``).
"""

from __future__ import annotations

import re
from functools import cache

# ISO 639-2/3 "no linguistic content": what the detector says of text in no language at all
# (base64, symbols). It is no language: ``language_code`` gives ``None`` for it.
NO_LANGUAGE = "zxx"

# English names of the languages the language stage can tell (ISO 639-1 and 639-3 codes),
# and of the others AO3 offers.
LANGUAGE_NAMES: dict[str, str] = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "as": "Assamese", "az": "Azerbaijani",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "br": "Breton", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German",
    "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish", "et": "Estonian",
    "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fo": "Faroese", "fr": "French",
    "fy": "Frisian", "ga": "Irish", "gd": "Scottish Gaelic", "gl": "Galician",
    "gu": "Gujarati", "ha": "Hausa", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian",
    "ht": "Haitian Creole", "hu": "Hungarian", "hy": "Armenian", "id": "Indonesian",
    "ig": "Igbo", "is": "Icelandic", "it": "Italian", "ja": "Japanese", "jv": "Javanese",
    "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean",
    "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lb": "Luxembourgish", "lo": "Lao",
    "lt": "Lithuanian", "lv": "Latvian", "mg": "Malagasy", "mk": "Macedonian",
    "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese",
    "my": "Burmese", "ne": "Nepali", "nl": "Dutch", "nn": "Norwegian Nynorsk",
    "no": "Norwegian", "oc": "Occitan", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto",
    "pt": "Portuguese", "qu": "Quechua", "ro": "Romanian", "ru": "Russian", "sa": "Sanskrit",
    "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian",
    "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tg": "Tajik", "th": "Thai", "tl": "Filipino", "tr": "Turkish", "tt": "Tatar",
    "ug": "Uyghur", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese",
    "xh": "Xhosa", "yo": "Yoruba", "yue": "Cantonese", "zh": "Chinese", "zu": "Zulu",
}  # fmt: skip


LANGUAGE_NAMES.update(
    {
        "ang": "Old English", "ast": "Asturian", "chr": "Cherokee", "fil": "Filipino",
        "fur": "Friulian", "grc": "Ancient Greek", "hak": "Hakka", "haw": "Hawaiian",
        "ia": "Interlingua", "jbo": "Lojban", "kl": "Greenlandic", "kw": "Cornish",
        "lzh": "Classical Chinese", "mi": "Maori", "nah": "Nahuatl", "nan": "Min Nan",
        "nb": "Norwegian Bokmål", "nds": "Low German", "non": "Old Norse", "sco": "Scots",
        "sm": "Samoan", "tlh": "Klingon", "to": "Tongan", "tok": "Toki Pona", "vo": "Volapük",
        "wuu": "Wu Chinese", "yi": "Yiddish",
    }
)  # fmt: skip

# The names AO3 gives its languages (each in itself) in a download's "Language:" field.
AO3_LANGUAGE_NAMES: dict[str, str] = {
    "Afrikaans": "af", "Bahasa Indonesia": "id", "Bahasa Malaysia": "ms", "Català": "ca",
    "Cymraeg": "cy", "Dansk": "da", "Deutsch": "de", "Eesti keel": "et", "English": "en",
    "Español": "es", "Esperanto": "eo", "Euskara": "eu", "Filipino": "fil",
    "Français": "fr", "Frysk": "fy", "Furlan": "fur", "Gaeilge": "ga", "Gàidhlig": "gd",
    "Galego": "gl", "Hrvatski": "hr", "Interlingua": "ia", "isiZulu": "zu",
    "Íslenska": "is", "Italiano": "it", "Kiswahili": "sw", "Kreyòl ayisyen": "ht",
    "Latviešu valoda": "lv", "Lëtzebuergesch": "lb", "Lietuvių kalba": "lt",
    "Lingua latina": "la", "Magyar": "hu", "Malti": "mt", "Nederlands": "nl",
    "Norsk": "no", "Plattdüütsch": "nds", "Polski": "pl", "Português": "pt",
    "Português brasileiro": "pt", "Português europeu": "pt", "Română": "ro",
    "Scots": "sco", "Shqip": "sq", "Slovenčina": "sk", "Slovenščina": "sl",
    "Suomi": "fi", "Svenska": "sv", "Tiếng Việt": "vi", "Türkçe": "tr", "Čeština": "cs",
    "Ελληνικά": "el", "Беларуская": "be", "Български": "bg", "Қазақша": "kk",
    "Македонски": "mk", "Монгол": "mn", "Русский": "ru", "Српски": "sr",
    "Українська": "uk", "Հայերեն": "hy", "עברית": "he", "ייִדיש": "yi", "العربية": "ar",
    "فارسی": "fa", "اردو": "ur", "मराठी": "mr", "हिन्दी": "hi", "বাংলা": "bn",
    "ਪੰਜਾਬੀ": "pa", "தமிழ்": "ta", "తెలుగు": "te", "മലയാളം": "ml", "ไทย": "th",
    "ქართული": "ka", "ភាសាខ្មែរ": "km", "日本語": "ja", "한국어": "ko",
    "中文-普通话 國語": "zh", "中文-广东话 粵語": "yue", "中文-客家话": "hak",
    "中文-闽南话 臺語": "nan", "中文-吴语": "wuu", "中文-古文": "lzh", "中文": "zh",
    "Ænglisc": "ang", "Lojban": "jbo", "Toki Pona": "tok", "Tlhingan-Hol": "tlh",
    "Volapük": "vo", "Norrǿnt mál": "non",
}  # fmt: skip

_TAG = re.compile(r"([a-z]{2,3})(?:[-_ ]?[a-z0-9]{2,8})*")


@cache
def _codes_by_spelling() -> dict[str, str]:
    """Every spelling ``language_code`` knows (casefolded) → its code."""
    spellings = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}
    spellings.update({name.casefold(): code for name, code in AO3_LANGUAGE_NAMES.items()})
    spellings.update({code: code for code in LANGUAGE_NAMES})
    return spellings


def language_code(value: str | None) -> str | None:
    """Return the code (ISO 639-1, else ISO 639-3) of the language ``value`` states — a code
    or language tag ("de", "pt-BR", "ptBR"), an English name ("German") or the name AO3
    gives ("Deutsch") — or ``None`` when it is blank, no known language, or ``NO_LANGUAGE``."""
    text = " ".join((value or "").split()).casefold()
    if not text or text == NO_LANGUAGE:
        return None
    known = _codes_by_spelling()
    if text in known:
        return known[text]
    tag = _TAG.fullmatch(text)
    if tag and tag.group(1) in LANGUAGE_NAMES:
        return tag.group(1)
    return None


def language_name(language: str) -> str:
    """Return the English name of the language ``language`` states, in any spelling
    ``language_code`` reads ("fr", "Français" → "French"); a value that names no known
    language is returned as it is (stripped)."""
    code = language_code(language)
    return LANGUAGE_NAMES.get(code, code) if code else language.strip()


def language_spellings(language: str) -> tuple[str, ...]:
    """Return, casefolded and sorted, every spelling of the language ``language`` states —
    its code, English name and AO3's name — for matching stored values whichever one a work
    carries (the blank value and an unknown one: just themselves)."""
    value = " ".join(language.split()).casefold()
    code = language_code(language)
    if code is None:
        return (value,) if value else ()
    return tuple(sorted({value} | {s for s, c in _codes_by_spelling().items() if c == code}))
