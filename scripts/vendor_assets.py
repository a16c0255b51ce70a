#!/usr/bin/env python3
"""Re-vendor the web page's third-party assets from the npm registry.

The page must work offline (no CDN, no tiles), and `pip install eventwire` must not need Node,
so the few files it uses are copied into eventwire/serve/static/vendor/ and committed. This
script is how they got there: `npm ci` from the repo's package.json + package-lock.json in a
scratch directory (no node_modules in the tree), then a copy of the listed files. Run it with
`make vendor` after bumping a version in package.json (and `npm install --package-lock-only`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEST = ROOT / "eventwire" / "serve" / "static" / "vendor"

# package -> [(path inside the package, path under vendor/)]
FILES: dict[str, list[tuple[str, str]]] = {
    "leaflet": [
        ("dist/leaflet.js", "leaflet/leaflet.js"),
        ("dist/leaflet.css", "leaflet/leaflet.css"),
        ("dist/images/layers.png", "leaflet/images/layers.png"),
        ("dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
        ("dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
        ("dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
        ("dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
        ("LICENSE", "leaflet/LICENSE"),
    ],
    "topojson-client": [
        ("dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"),
        ("LICENSE", "topojson-client/LICENSE"),
    ],
    "world-atlas": [
        ("countries-50m.json", "world-atlas/countries-50m.json"),
        ("LICENSE", "world-atlas/LICENSE"),
    ],
}


def main() -> int:
    if shutil.which("npm") is None:
        print("vendor_assets: npm not found (install Node.js)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="eventwire-vendor-") as tmp:
        work = Path(tmp)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(ROOT / name, work / name)
        subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=work,
            check=True,
        )
        if DEST.exists():
            shutil.rmtree(DEST)
        versions = {}
        for package, files in FILES.items():
            pkg_dir = work / "node_modules" / package
            versions[package] = json.loads((pkg_dir / "package.json").read_text())["version"]
            for src, dst in files:
                target = DEST / dst
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(pkg_dir / src, target)
    lines = [f"{p} {v}" for p, v in sorted(versions.items())]
    (DEST / "VERSIONS.txt").write_text(
        "Vendored from the npm registry by scripts/vendor_assets.py; do not edit by hand.\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"vendored into {DEST.relative_to(ROOT)}: " + ", ".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
