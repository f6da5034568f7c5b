"""Fill the unfinished entries of resources/i18n/linkdesk_ko.ts from resources/i18n/parts/*.ts.

Engineers working in parallel each keep their Korean in a part file; after
``build/translations.sh update`` has collected every string into linkdesk_ko.ts, this copies the
translations over (matched by context and source text) and reports what is still missing.
Usage: .venv/bin/python build/merge_ts_parts.py [--delete-parts]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "resources" / "i18n" / "linkdesk_ko.ts"
PARTS = ROOT / "resources" / "i18n" / "parts"


def translations(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            t = message.find("translation")
            if t is not None and t.get("type") != "unfinished" and (t.text or list(t)):
                out[(name, message.findtext("source"))] = t
    return out


def main() -> int:
    known: dict[tuple[str, str], ET.Element] = {}
    parts = sorted(PARTS.glob("*.ts")) if PARTS.exists() else []
    for part in parts:
        known.update(translations(part))
    tree = ET.parse(MAIN)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            t = message.find("translation")
            if t is None or t.get("type") != "unfinished":
                continue
            source = known.get((name, message.findtext("source")))
            if source is None:
                missing.append((name, message.findtext("source")))
                continue
            message.remove(t)
            message.append(source)
    ET.indent(tree)
    with open(MAIN, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    for name, source in missing:
        print(f"missing: [{name}] {source}", file=sys.stderr)
    if "--delete-parts" in sys.argv and not missing:
        for part in parts:
            part.unlink()
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
