"""``ficshelf serve``: the options (and environment variables) a host sets reach the server
and the app; the access log prints a line per request with the time."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from flask import Flask

import ficshelf.cli_serve
import ficshelf.web.hosting
from ficshelf.cli import cli
from ficshelf.cli_serve import run_server, show_access_log
from ficshelf.store.db import Database
from ficshelf.web.access_log import LOGGER
from ficshelf.web.hosting import Hosting


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What ``serve`` asked ``run_server`` for, instead of serving."""
    calls: list[dict[str, Any]] = []

    def fake(db: Database, hosting: Hosting, **options: Any) -> None:
        calls.append({"hosting": hosting, **options})
        db.close()

    monkeypatch.setattr(ficshelf.cli_serve, "run_server", fake)
    return calls


@pytest.fixture(autouse=True)
def quiet_access_log() -> Iterator[None]:
    yield
    LOGGER.handlers.clear()
    LOGGER.propagate = True
    LOGGER.setLevel(logging.NOTSET)


def test_serve_defaults(runs: list[dict[str, Any]], db_url: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", db_url])
    assert result.exit_code == 0, result.output
    assert runs == [
        {
            "hosting": Hosting("127.0.0.1", 8000, 8, "", None),
            "per_page": 20,
            "cors_origins": (),
            "signup": "closed",
            "secure_cookies": False,
            "access_log": True,
        }
    ]


def test_serve_options_reach_the_server(runs: list[dict[str, Any]], db_url: str) -> None:
    args = ["serve", "--db", db_url, "--threads", "4", "--url-prefix", "/fics"]
    args += ["--trusted-proxy", "127.0.0.1", "--per-page", "50", "--no-access-log"]
    args += ["--cors-origin", "https://a.example", "--cors-origin", "https://b.example"]
    args += ["--signup", "open", "--secure-cookies"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    (run,) = runs
    assert (run["signup"], run["secure_cookies"]) == ("open", True)
    assert run["hosting"] == Hosting("127.0.0.1", 8000, 4, "/fics", "127.0.0.1")
    assert run["per_page"] == 50
    assert run["cors_origins"] == ("https://a.example", "https://b.example")
    assert run["access_log"] is False


def test_serve_reads_the_environment(runs: list[dict[str, Any]], db_url: str) -> None:
    env = {
        "FICSHELF_PER_PAGE": "5",
        "FICSHELF_URL_PREFIX": "/fics",
        "FICSHELF_TRUSTED_PROXY": "10.0.0.1",
        "FICSHELF_CORS_ORIGINS": "https://a.example https://b.example",
        "FICSHELF_SIGNUP": "OPEN",  # in any case
        "FICSHELF_SECURE_COOKIES": "1",
    }
    result = CliRunner().invoke(cli, ["serve", "--db", db_url], env=env)
    assert result.exit_code == 0, result.output
    (run,) = runs
    assert (run["signup"], run["secure_cookies"]) == ("open", True)
    assert run["per_page"] == 5
    assert run["hosting"].url_prefix == "/fics"
    assert run["hosting"].trusted_proxy == "10.0.0.1"
    assert run["cors_origins"] == ("https://a.example", "https://b.example")


@pytest.mark.parametrize("value", ["0", "101", "many"])
def test_serve_refuses_a_page_size_out_of_bounds(
    runs: list[dict[str, Any]], db_url: str, value: str
) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", db_url], env={"FICSHELF_PER_PAGE": value})
    assert result.exit_code == 2
    assert "--per-page" in result.output
    assert not runs


def test_run_server_configures_the_app(
    monkeypatch: pytest.MonkeyPatch, sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    served: list[tuple[Flask, Hosting]] = []

    class Server:
        def run(self) -> None:
            pass

    def fake_serving(app: Flask, hosting: Hosting) -> Server:
        served.append((app, hosting))
        return Server()

    monkeypatch.setattr(ficshelf.web.hosting, "serving", fake_serving)
    hosting = Hosting(port=8123, url_prefix="fics/")
    run_server(
        sqlite_db,
        hosting,
        per_page=7,
        cors_origins=("https://a.example",),
        signup="open",
        secure_cookies=True,
    )
    ((app, given),) = served
    assert given == hosting
    assert app.config["FICSHELF_PER_PAGE"] == 7
    assert app.config["FICSHELF_SIGNUP"] == "open"
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["FICSHELF_CORS_ORIGINS"] == ("https://a.example",)
    assert "http://127.0.0.1:8123/fics/" in capsys.readouterr().out


def test_the_access_log_prints_the_time(capsys: pytest.CaptureFixture[str]) -> None:
    show_access_log(True)
    LOGGER.info('127.0.0.1 "GET /works" 200 3.1ms')
    line = capsys.readouterr().err.strip()
    assert re.fullmatch(
        r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} 127\.0\.0\.1 "GET /works" 200 3\.1ms', line
    )
    show_access_log(False)
    LOGGER.info("not shown")
    assert capsys.readouterr().err == ""


def test_every_serve_option_is_in_the_deployment_docs() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "deployment.md").read_text()
    command = cli.commands["serve"]
    names = [name for param in command.params for name in param.opts + param.secondary_opts]
    missing = [name for name in names if f"`{name}" not in doc]
    assert not missing, f"serve options missing from docs/deployment.md: {missing}"
    envvars = [p.envvar for p in command.params if isinstance(p.envvar, str)]
    assert envvars and all(f"`{env}`" in doc for env in envvars)
