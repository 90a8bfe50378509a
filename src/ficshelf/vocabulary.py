"""The tag vocabulary (DESIGN.md): canonical ratings and warnings, and the AO3 spellings that
are synonyms of them. Pure data and lookups; the importer records the synonyms in the store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ficshelf.model import TagRecord, TagType

RATINGS = ("General", "Teen", "Mature", "Explicit", "Not Rated")

WARNINGS = (
    "alcohol",
    "drug use",
    "domestic violence",
    "child abuse",
    "graphic violence",
    "major character death",
    "death/grief",
    "illness",
    "mental illness",
    "self-harm",
    "suicide",
    "sexual content",
    "infidelity",
    "pregnancy",
    "profanity",
)

CATEGORIES = ("Gen", "F/M", "M/M", "F/F", "Multi", "Other")

# AO3's own names for ratings and archive warnings, mapped to ficshelf's vocabulary. Names
# that differ only in case ("Major Character Death") are already the same tag.
AO3_SYNONYMS: dict[tuple[TagType, str], str] = {
    (TagType.RATING, "general audiences"): "General",
    (TagType.RATING, "teen and up audiences"): "Teen",
    (TagType.RATING, "not rated"): "Not Rated",
    (TagType.WARNING, "graphic depictions of violence"): "graphic violence",
}


def canonical_name(type_: TagType, name: str) -> str | None:
    """Return the vocabulary name ``name`` is a synonym of, or ``None`` if it is not one."""
    key = " ".join(name.split()).casefold()
    canonical = AO3_SYNONYMS.get((type_, key))
    return canonical if canonical is not None and canonical.casefold() != key else None


def synonyms(tags: Iterable[TagRecord]) -> Iterator[tuple[TagType, str, str]]:
    """Yield ``(type, name, canonical name)`` for each tag whose name is a known synonym."""
    for tag in tags:
        canonical = canonical_name(tag.type, tag.name)
        if canonical is not None:
            yield tag.type, tag.name, canonical


# English names of the languages the language stage can tell (ISO 639-1 and 639-3 codes), so
# that a detected language is stored the way AO3 downloads state theirs ("English").
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


def language_name(language: str) -> str:
    """Return the English name for a language code ("fr" → "French"); a name, or a code
    without a known name, is returned as it is (stripped)."""
    value = language.strip()
    return LANGUAGE_NAMES.get(value.lower(), value)
