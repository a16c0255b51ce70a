"""Fixtures shared by all test files: the sample corpus (skipped when absent) and store paths."""

from __future__ import annotations

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
