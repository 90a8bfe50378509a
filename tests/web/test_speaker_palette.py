"""The dialogue view's speaker colours: each readable as text on the page, each far from
every other (in both themes)."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest

from ficshelf.dialogue_share import PALETTE_SIZE

CSS = (Path(__file__).resolve().parents[2] / "src/ficshelf/web/static/ficshelf.css").read_text()


def block(selector: str) -> str:
    """The declarations of the rules whose selector is exactly ``selector``."""
    found = re.findall(rf"(?m)^{re.escape(selector)} \{{([^}}]*)\}}", CSS)
    assert found, selector
    return "\n".join(found)


def colours(declarations: str) -> dict[str, str]:
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-f]{6})", declarations))


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> list[float]:
    return [_linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5)]


def luminance(colour: str) -> float:
    r, g, b = _rgb(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(colour: str) -> tuple[float, float, float]:
    r, g, b = _rgb(colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("theme", [":root", ':root[data-theme="dark"]'])
def test_speaker_colours_are_readable_and_far_apart(theme: str) -> None:
    light = colours(block(":root"))
    themed = {**light, **colours(block(theme))}
    palette = [themed[f"speaker-{i}"] for i in range(PALETTE_SIZE)]
    for colour in palette:
        for background in (themed["bg"], themed["surface"]):
            assert contrast(colour, background) >= 4.5, (colour, background)
    for (i, a), (j, b) in itertools.combinations(enumerate(palette), 2):
        assert math.dist(lab(a), lab(b)) > 20, (i, a, j, b)
