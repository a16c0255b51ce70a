"""The Spark engine gives the local engine's result: on local[2], on a real standalone cluster
(a master and two workers on 127.0.0.1, started here), and when an executor or the whole run
dies part-way. Also the one-line errors: no master, no PySpark, bad options."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire import spark as engine
from eventwire.api import run
from eventwire.cli import main
from eventwire.store import Store, open_store
from eventwire.store.parquet import MARKER, open_parquet_store

pytestmark = pytest.mark.skipif(not engine.java_available(),
                                reason="Spark needs Java 17+ (apt-get install "
                                       "openjdk-17-jre-headless); none found on PATH/JAVA_HOME")

DEMO = Path(engine.__file__).parent / "demo" / "corpus"
# the whole demo corpus but the CSV, which needs its own column mapping
PATHS = [str(DEMO / "wire_dump.txt"), str(DEMO / "more_wire.txt.gz"), str(DEMO / "feed.jsonl"),
         str(DEMO / "pages")]
PYTHON = sys.executable
SPARK_HOME = Path(__import__("pyspark").__file__).parent
FAST = {"spark.sql.shuffle.partitions": "4"}


# -- comparing stores -------------------------------------------------------------------------
def table(store: Store, name: str, drop: set[str]) -> list[tuple[Any, ...]]:
    cur = store.execute(f"SELECT * FROM {name}")
    cols = [d[0] for d in cur.description]
    return sorted(tuple((c, v) for c, v in zip(cols, row, strict=True) if c not in drop)
                  for row in cur.fetchall())


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of articles, mentions (with their event ids) and events, less the times."""
    return {"articles": table(store, "articles", {"ingested_at"}),
            "mentions": table(store, "mentions", set()),
            "events": table(store, "events", {"updated_at"})}


def assert_same(expected: dict[str, list[tuple[Any, ...]]], out: Path) -> None:
    with open_parquet_store(out) as store:
        got = snapshot(store)
        ids = [r[0] for r in store.fetchall("SELECT mention_id FROM mentions")]
    assert len(ids) == len(set(ids)), "duplicate mentions"
    for name in ("articles", "mentions", "events"):
        assert len(got[name]) == len(expected[name]), name
        assert got[name] == expected[name], f"{name} differ from the local engine's"


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    run(PATHS, db=str(db))
    with Store(str(db), read_only=True) as store:
        snap = snapshot(store)
    assert len(snap["events"]) > 50 and any(dict(e)["n_mentions"] > 1 for e in snap["events"])
    return {"db": db, "snap": snap}


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = engine.start_session("local[2]", conf=FAST)
    yield session
    session.stop()


@pytest.fixture(scope="module")
def local2_out(spark: Any, local: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
               ) -> tuple[Path, engine.SparkReport]:
    out = tmp_path_factory.mktemp("local2") / "out[local2]"  # glob characters: taken literally
    return out, engine.run_spark(PATHS, out, spark=spark)


# -- local[2] ---------------------------------------------------------------------------------
def test_local2_equals_local_engine(local2_out: tuple[Path, engine.SparkReport],
                                    local: dict[str, Any]) -> None:
    out, report = local2_out
    assert_same(local["snap"], out)
    assert (report.articles, report.added, report.extracted) == (20, 20, 20)
    assert report.events == len(local["snap"]["events"])
    months = {p.name for p in (out / "events").iterdir() if p.is_dir()}
    assert months and all(m.startswith("month=") for m in months)
    assert json.loads((out / MARKER).read_text())["events"] == report.events


def test_query_and_export_commands_read_the_parquet_output(
        local2_out: tuple[Path, engine.SparkReport], local: dict[str, Any]) -> None:
    out, _ = local2_out
    runner = CliRunner()
    for args in (["events", "--format", "csv"], ["stats", "--by", "type", "--format", "json"],
                 ["events", "--format", "csv", "--type", "ASSAULT", "--since", "2025-03"]):
        a = runner.invoke(main, [*args, "--db", str(local["db"])])
        b = runner.invoke(main, [*args, "--db", str(out)])
        assert a.exit_code == 0 and b.exit_code == 0, (a.output, b.output)
        assert a.stdout == b.stdout and len(b.stdout) > 100
    with open_store(out, read_only=True) as store:
        first = store.event_rows(limit=1)[0]["event_id"]
    shown = runner.invoke(main, ["show", first, "--db", str(out)])
    assert shown.exit_code == 0 and "mentions" in shown.stdout


def test_parquet_store_refuses_writes(local2_out: tuple[Path, engine.SparkReport]) -> None:
    from eventwire.store import StoreError

    with open_parquet_store(local2_out[0]) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.add_articles([])


# -- a run that dies --------------------------------------------------------------------------
def test_killed_run_loses_nothing_and_a_rerun_completes(
        spark: Any, local2_out: tuple[Path, engine.SparkReport], local: dict[str, Any],
        tmp_path: Path) -> None:
    out = tmp_path / "out[k]"
    shutil.copytree(local2_out[0], out)
    before = sorted(str(p.relative_to(out)) for p in out.rglob("*"))
    env = {**os.environ, "PYSPARK_PYTHON": PYTHON}
    cmd = [PYTHON, "-m", "eventwire.cli", "run", *PATHS, "--engine", "spark", "--master",
           "local[2]", "--output", str(out)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 150
        while not list(tmp_path.glob(".out[[]k].tmp-*")) and proc.poll() is None:
            assert time.monotonic() < deadline, "the run never started writing"
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and its JVM, mid-write
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == before
    assert_same(local["snap"], out)  # the previous output is whole
    report = engine.run_spark(PATHS, out, spark=spark)  # the re-run
    assert (report.added, report.extracted) == (0, 0)
    assert [p.name for p in tmp_path.iterdir()] == [out.name], "temporary directories left"
    assert_same(local["snap"], out)


# -- errors ---------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_master_not_running_is_one_line_and_quick(tmp_path: Path) -> None:
    started = time.monotonic()
    result = CliRunner().invoke(main, ["run", *PATHS, "--engine", "spark", "--master",
                                       f"spark://127.0.0.1:{free_port()}", "--output",
                                       str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "not reachable" in lines[0] and "running" in lines[0]
    assert time.monotonic() - started < 15
    assert not (tmp_path / "out").exists()


def test_without_pyspark_says_what_to_install(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now fails
    result = CliRunner().invoke(main, ["run", *PATHS, "--engine", "spark", "--output",
                                       str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: the Spark engine needs PySpark: pip install 'eventwire[spark]'"]


def test_without_java_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(engine.SparkEngineError, match="openjdk-17-jre-headless"):
        engine.check_available()


def test_options_are_checked(tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(main, ["run", *PATHS, "--engine", "spark"])
    assert r.exit_code == 2 and "--output" in r.output
    r = runner.invoke(main, ["run", *PATHS, "--master", "local[2]", "--db",
                             str(tmp_path / "x.duckdb")])
    assert r.exit_code == 2 and "--engine spark" in r.output
    r = runner.invoke(main, ["run", *PATHS, "--engine", "spark", "--master", "yarn://x",
                             "--output", str(tmp_path / "o")])
    assert r.exit_code == 1 and "local[N]" in r.output


def test_refuses_to_replace_a_directory_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(engine.SparkEngineError, match="refusing"):
        engine.run_spark(PATHS, tmp_path / "mine", master="local[1]")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


# -- a real standalone cluster ----------------------------------------------------------------
def _children(pid: int) -> list[int]:
    kids = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        for kid in _children(todo.pop()):
            out.append(kid)
            todo.append(kid)
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """spark-class Master and two one-core Workers on free loopback ports; stopped after."""
    base = tmp_path_factory.mktemp("cluster")
    port, ui = free_port(), free_port()
    env = {**os.environ, "SPARK_HOME": str(SPARK_HOME), "SPARK_LOCAL_IP": "127.0.0.1",
           "PYSPARK_PYTHON": PYTHON, "SPARK_LOG_DIR": str(base)}
    spark_class = str(SPARK_HOME / "bin" / "spark-class")
    url = f"spark://127.0.0.1:{port}"
    procs: list[subprocess.Popen[bytes]] = []

    def start(args: list[str], log: str) -> subprocess.Popen[bytes]:
        with open(base / log, "wb") as fp:
            p = subprocess.Popen([spark_class, *args], env=env, stdout=fp,
                                 stderr=subprocess.STDOUT, start_new_session=True)
        procs.append(p)
        return p

    try:
        start(["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
               str(port), "--webui-port", str(ui)], "master.log")
        workers = [start(["org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                          "--webui-port", str(free_port()), "--cores", "1", "--memory", "2g",
                          "--work-dir", str(base / f"work{i}"), url], f"worker{i}.log")
                   for i in (1, 2)]
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{ui}/json/", timeout=2) as r:
                    if json.load(r).get("aliveworkers") == 2:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "the standalone cluster did not come up"
            time.sleep(0.5)
        yield {"url": url, "workers": [w.pid for w in workers], "env": env}
    finally:
        for p in procs:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def test_standalone_cluster_equals_local_engine_when_an_executor_dies(
        cluster: dict[str, Any], local: dict[str, Any], tmp_path: Path) -> None:
    """Two workers; once Python is running tasks in an executor, that executor is killed.
    Spark re-runs its tasks on the other (and on the one its worker starts again): the output
    is the local engine's, with no duplicates."""
    out = tmp_path / "out"
    cmd = [PYTHON, "-m", "eventwire.cli", "run", *PATHS, "--engine", "spark", "--master",
           cluster["url"], "--output", str(out)]
    log = tmp_path / "driver.log"
    with open(log, "wb") as fp:
        proc = subprocess.Popen(cmd, env=cluster["env"], stdout=fp, stderr=subprocess.STDOUT,
                                start_new_session=True)
    killed = None
    try:
        deadline = time.monotonic() + 200
        while killed is None and proc.poll() is None and time.monotonic() < deadline:
            for worker in cluster["workers"]:
                for pid in _descendants(worker):
                    if "CoarseGrainedExecutorBackend" in _cmdline(pid) and any(
                            "pyspark" in _cmdline(k) for k in _descendants(pid)):
                        time.sleep(1.0)
                        os.kill(pid, signal.SIGKILL)
                        killed = pid
                        break
                if killed:
                    break
            time.sleep(0.1)
        rc = proc.wait(timeout=max(deadline - time.monotonic(), 1))
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert killed is not None, "no executor was running Python tasks to kill"
    assert rc == 0, log.read_text()[-2000:]
    assert_same(local["snap"], out)
