"""docs/api.md documents every route the app registers, and its JSON examples are JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

from flask import Flask

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def documented(rule: str) -> str:
    """``/works/<id:work_id>`` → ``/works/<work_id>``, as the docs write routes."""
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"<\1>", rule)


def test_every_route_is_documented(app: Flask) -> None:
    doc = API_DOC.read_text()
    rules = [documented(rule.rule) for rule in app.url_map.iter_rules()]
    assert len(rules) >= 16
    missing = [rule for rule in rules if f"`{rule}`" not in doc]
    assert not missing, f"routes missing from docs/api.md: {missing}"


def test_json_examples_parse() -> None:
    blocks = re.findall(r"```json\n(.*?)```", API_DOC.read_text(), flags=re.DOTALL)
    assert len(blocks) >= 8
    for block in blocks:
        json.loads(block)
