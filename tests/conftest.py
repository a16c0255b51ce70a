"""Fixtures shared by all test files: the sample corpus (skipped when absent), store paths,
and a throwaway PostgreSQL server for the tests that run on both store backends."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared sample corpus; tests using it skip on machines that do not have it."""
    if not CORPUS.is_dir() or not any(CORPUS.iterdir()):
        pytest.skip(f"sample corpus not available at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    """Small hand-written input files under tests/fixtures/."""
    return FIXTURES


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """Path of a DuckDB store file that does not exist yet (Store creates it)."""
    return tmp_path / "store.duckdb"


# -- PostgreSQL: a throwaway server for the tests that run on both store backends ----------
PG_ROOT = Path("/usr/lib/postgresql")
BACKENDS = ["duckdb", "postgres"]


def _pg_bindir() -> Path | None:
    """The newest installed PostgreSQL server's bin directory, if any."""
    found = [p.parent for p in PG_ROOT.glob("*/bin/initdb") if p.parent.joinpath("pg_ctl").exists()]
    return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
               default=None)


class PostgresServer:
    """A PostgreSQL cluster in a temporary directory, on a free loopback port."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.admin_url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def new_database(self) -> str:
        """URL of a new, empty database (a fresh store for one test or module)."""
        import uuid

        import psycopg

        name = f"ew_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """initdb + pg_ctl as the postgres user (PostgreSQL refuses to run as root), torn down
    after the session. Skips only when the server binaries are not installed."""
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip(f"PostgreSQL server not installed ({PG_ROOT}/*/bin/initdb missing); "
                    "scripts/setup_system.sh installs it")
    as_root = os.geteuid() == 0
    if as_root:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no postgres user to run the server as")
    run_as = ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"] if as_root \
        else []
    root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    if as_root:
        shutil.chown(root, "postgres", "postgres")
    data, log = root / "data", root / "server.log"
    port = _free_port()
    options = (f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")

    def pg(*args: str | Path) -> None:
        subprocess.run([*run_as, *map(str, args)], check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    try:
        pg(bindir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
           "--locale=C", "--no-sync")
        pg(bindir / "pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "-o", options, "start")
    except subprocess.CalledProcessError as e:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {e.stderr.decode().strip()}") from e
    try:
        yield PostgresServer(port)
    finally:
        try:
            pg(bindir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """A postgresql:// URL of a new, empty database."""
    return postgres_server.new_database()


@pytest.fixture(params=BACKENDS)
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store that does not exist yet, on each backend: a DuckDB path or a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "store.duckdb")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_db(request: pytest.FixtureRequest,
                    tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store that does not exist yet, shared by a test module, once per backend."""
    if request.param == "duckdb":
        return str(tmp_path_factory.mktemp("store") / "store.duckdb")
    return str(request.getfixturevalue("postgres_server").new_database())
