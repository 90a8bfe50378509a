"""The "language" stage.

Layers:

* ``language`` — one span over the whole text, label = the ISO 639-1 code of the story
  body's language ("en"), or "" when it cannot be told (too little text); score = confidence.
  Stages that only work on English check ``is_english(analysis)`` and return empty layers
  otherwise.

The detector is py3langid (a naive Bayes classifier over byte n-grams, 97 languages), whose
model ships inside that package: nothing is downloaded. It reads a bounded sample of the body
(whole paragraphs from its start, middle and end, ``SAMPLE_CHARS`` in all), so the cost does
not grow with the length of the story. The model is loaded once per process, on first use:
decompressed in memory and its arrays read in place (``_model_arrays``), the same arrays
py3langid's own loader gives, without its temporary file and the check of each member's CRC
(round tidy41: loading the model was a fifth of a process's start-up).
"""

from __future__ import annotations

import io
import lzma
import re
import zipfile
from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np

from ficshelf.model import Analysis, Span
from ficshelf.understand.pipeline import stage

SAMPLE_CHARS = 1500
# Fewer letters than this in the sample and the language is not told ("").
MIN_LETTERS = 40
# Below this confidence the detector's guess is not trusted either.
MIN_CONFIDENCE = 0.5
_LETTER = re.compile(r"[^\W\d_]")


# The members of py3langid's model (an LZMA-compressed ``.npz``, stored uncompressed inside).
_MODEL_MEMBERS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")
_ARRAY_CODES = {2: "H", 4: "I", 8: "L"}  # item size → ``array`` type code, as py3langid's


@cache
def _identifier() -> Any:
    """Return py3langid's identifier with normalised probabilities (loaded once), built from
    the model's arrays as its own loader reads them (``_model_arrays``), or by that loader
    when the model is not laid out as expected."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    arrays = _model_arrays(lzma.decompress((MODEL_DIR / MODEL_FILE).read_bytes()))
    if arrays is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return LanguageIdentifier(
        arrays["ptc"].copy(),  # a copy, so that the decompressed model is freed
        arrays["pc"].copy(),
        arrays["classes"].tolist(),
        _as_array(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        norm_probs=True,
        tk_row=_as_array(arrays["nextmove_row"]),
    )


def _model_arrays(raw: bytes) -> dict[str, np.ndarray[Any, Any]] | None:
    """Return the arrays of the ``.npz`` archive ``raw`` by member name (``_MODEL_MEMBERS``),
    each a view into ``raw``, or ``None`` when a member is missing or compressed."""
    found: dict[str, np.ndarray[Any, Any]] = {}
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for info in archive.infolist():
            name = info.filename.removesuffix(".npy")
            if name not in _MODEL_MEMBERS or info.compress_type != zipfile.ZIP_STORED:
                continue
            # the local header: 30 bytes, then the name and the extra field
            local = info.header_offset
            name_length = int.from_bytes(raw[local + 26 : local + 28], "little")
            extra_length = int.from_bytes(raw[local + 28 : local + 30], "little")
            start = local + 30 + name_length + extra_length
            header = io.BytesIO(raw[start : start + min(info.file_size, 4096)])
            version = np.lib.format.read_magic(header)
            if version == (1, 0):
                shape, fortran, dtype = np.lib.format.read_array_header_1_0(header)
            else:
                shape, fortran, dtype = np.lib.format.read_array_header_2_0(header)
            if fortran or dtype.hasobject:
                return None
            count = int(np.prod(shape, dtype=np.int64))
            found[name] = np.frombuffer(raw, dtype, count, start + header.tell()).reshape(shape)
    return found if len(found) == len(_MODEL_MEMBERS) else None


def _as_array(values: np.ndarray[Any, Any]) -> array[Any]:
    """Return the unsigned integers ``values`` as a standard-library ``array`` (py3langid
    walks its automaton over one)."""
    out = array(_ARRAY_CODES[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return out


def is_english(analysis: Analysis) -> bool:
    """Return whether the English-only stages should run: the ``language`` layer says "en",
    or could not tell ("")."""
    spans = analysis.layers.get("language", ())
    return not spans or spans[0].label in ("en", "")


def sample(text: str, paragraphs: Sequence[Span], budget: int = SAMPLE_CHARS) -> str:
    """Return whole paragraphs from the start, middle and end of ``paragraphs`` (a third of
    ``budget`` characters from each; a paragraph longer than that is cut), joined by newlines."""
    if not paragraphs:
        return ""
    share = max(1, budget // 3)
    parts: list[str] = []
    taken: set[int] = set()
    n = len(paragraphs)
    for first in (0, n // 2, max(0, n - 1)):
        used = 0
        i = first
        while i < n and used < share:
            if i not in taken:
                taken.add(i)
                p = paragraphs[i]
                chunk = text[p.start : min(p.end, p.start + share - used)]
                parts.append(chunk)
                used += len(chunk)
            i += 1
    return "\n".join(parts)


def identify(snippet: str) -> tuple[str, float]:
    """Return ``(ISO 639-1 code, confidence)`` for ``snippet``, or ``("", 0.0)`` when it has
    too few letters or the detector is unsure."""
    letters = len(_LETTER.findall(snippet, 0, SAMPLE_CHARS * 2))
    if letters < MIN_LETTERS:
        return "", 0.0
    code, prob = _identifier().classify(snippet)
    if prob < MIN_CONFIDENCE:
        return "", float(prob)
    return str(code), round(float(prob), 4)


@stage("language", requires=("paragraphs", "body"), assigns=("language",))
def detect_language(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    """Return the language layer (see the module docstring): the body's language, or the
    whole text's when the document has no body."""
    text = analysis.text
    paragraphs = analysis.layer("body") or analysis.layer("paragraphs")
    code, confidence = identify(sample(text, paragraphs))
    return {"language": (Span(0, len(text), code, confidence),)}
