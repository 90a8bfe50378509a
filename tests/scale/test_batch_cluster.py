"""The Dask side of a batch (``scale.engine``): a scheduler address that cannot be one is
one ``Error:`` line before Dask is asked to connect (which printed a traceback and hung for
20 s on ``http://``), and a local cluster's HTTP pages (the dashboard, or Dask's pages of
workers, hosts and folders) listen on 127.0.0.1 only, their address printed on request."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from batch_inputs import HARBOUR
from click.testing import CliRunner

from ficshelf.cli import cli
from ficshelf.errors import ConfigError
from ficshelf.scale.engine import check_scheduler_address, dask_client

pytest.importorskip("distributed", reason="batches need the extra ficshelf[scale]")


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("http://127.0.0.1:8892", "is a web address (the Dask dashboard's?)"),
        ("https://dask.example.org/status", "is a web address (the Dask dashboard's?)"),
        ("udp://127.0.0.1:8786", "unknown scheme 'udp'"),
        ("127.0.0.1", "not HOST:PORT"),
        ("tcp://127.0.0.1:notaport", "not HOST:PORT"),
        ("tcp://", "not HOST:PORT"),
    ],
)
def test_an_address_that_is_no_schedulers_is_refused(address: str, problem: str) -> None:
    with pytest.raises(ConfigError, match="tcp://HOST") as raised:
        check_scheduler_address(address)
    assert f"--scheduler {address}" in str(raised.value) and problem in str(raised.value)


@pytest.mark.parametrize(
    "address",
    ["tcp://127.0.0.1:8786", "127.0.0.1:8786", "tls://scheduler-host:8786", "tcp://[::1]:8786"],
)
def test_a_scheduler_address_is_accepted(address: str) -> None:
    check_scheduler_address(address)


def test_the_dashboards_address_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(HARBOUR, encoding="utf-8")
    address = "http://127.0.0.1:8892"
    result = CliRunner().invoke(
        cli, ["batch", str(tmp_path), "--out", str(tmp_path / "t"), "--scheduler", address]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: --scheduler {address} is a web address")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "t").exists()  # refused before anything was written


def _listening_hosts(client: object) -> set[str]:
    scheduler = client.cluster.scheduler  # type: ignore[attr-defined]
    return {s.getsockname()[0] for s in scheduler.http_server._sockets.values()}


def test_a_local_clusters_http_pages_listen_on_this_machine_only() -> None:
    with dask_client(1) as client:
        assert _listening_hosts(client) == {"127.0.0.1"}
        assert client.dashboard_link.startswith("http://127.0.0.1:")
        port = int(client.dashboard_link.split(":")[2].split("/")[0])
        with pytest.raises(OSError):  # not on the machine's other addresses
            socket.create_connection((_other_address(), port), timeout=2).close()


def _other_address() -> str:
    """An address of this machine other than the loopback (skip when it has none)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: no packet is sent
        except OSError:
            pytest.skip("no network interface but the loopback")
        host = str(probe.getsockname()[0])
    if host.startswith("127."):
        pytest.skip("no network interface but the loopback")
    return host


def test_dashboard_prints_the_clusters_dashboard(scheduler: str, tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text(HARBOUR, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["batch", str(tmp_path / "s.txt"), "--out", str(tmp_path / "t")]
        + ["--scheduler", scheduler, "--dashboard"],
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Dask dashboard: http://127.0.0.1:")
    assert "Dask dashboard" not in result.stdout
