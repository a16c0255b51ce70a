"""CAMEO, quad class and ACLED codes derived from an event's PLOVER type, mode and actors.

The tables live in data/ontology.yml (from ONTOLOGY.md) so the mapping can be read and
changed without touching code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.model import Event

DATA = Path(__file__).parent / "data" / "ontology.yml"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@cache
def ontology() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def apply_mappings(event: Event) -> Event:
    """Fill cameo_root, quad_class and the ACLED type and sub-type in place."""
    onto = ontology()
    spec = onto["types"][event.event_type]
    event.quad_class = spec["quad_class"]
    by_mode = onto.get("cameo_by_mode", {}).get(event.event_type, {})
    event.cameo_root = by_mode.get(event.mode or "", spec["cameo_root"])
    event.acled_event_type = event.acled_sub_event_type = None
    s1 = event.actor1.sector if event.actor1 else None
    s2 = event.actor2.sector if event.actor2 else None
    for rule in onto["acled"]:
        if rule["type"] != event.event_type:
            continue
        if "modes" in rule and event.mode not in rule["modes"]:
            continue
        if "actor1_sectors" in rule and s1 not in rule["actor1_sectors"]:
            continue
        if "actor2_sectors" in rule and s2 not in rule["actor2_sectors"]:
            continue
        event.acled_event_type, event.acled_sub_event_type = rule["acled"]
        break
    return event


def refine_mode(event_type: str, mode: str | None, doer_lemmas: set[str],
                field: str = "doers") -> str | None:
    """The doer can say more than the verb: "warplanes bombed" is an air strike; so can
    what is fired (``field="objects"``): "fired rockets at the town" is shelling."""
    for new_mode, spec in ontology().get("mode_by_doer", {}).get(event_type, {}).items():
        replaces = spec.get(f"{field}_from", spec.get("from", [mode]))
        if doer_lemmas & set(spec.get(field, ())) and (mode is None or mode in replaces):
            return new_mode
    return mode
