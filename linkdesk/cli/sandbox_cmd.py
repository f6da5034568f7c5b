"""``linkdesk sandbox``: run the partner sandbox on loopback, or export the default scenario.

    linkdesk sandbox --scenario default --port 8765
    linkdesk sandbox --scenario my-class.json --port 0      # any free port; the URL is printed
    linkdesk sandbox --write-default scenario.json

The first line on stdout is ``LinkDesk sandbox listening on http://127.0.0.1:PORT`` (flushed), so a
script or test can start it as a subprocess and read where it listens. It serves until Ctrl-C or
SIGTERM. A bad scenario stops it with the field path and the problem (exit code 2).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "sandbox", help="run the partner sandbox (training, demo, tests)",
        description="Runs the partner sandbox: a local HTTP server implementing the partner gateway protocol.")
    parser.add_argument("--scenario", default="default", help="scenario JSON file, or 'default' for the bundled one")
    parser.add_argument("--port", type=int, default=0, help="TCP port (0 = any free port; default 0)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--write-default", metavar="FILE", help="write the default scenario as JSON to FILE and exit")
    parser.set_defaults(func=run)


def _scenario(name: str):
    from linkdesk.sandbox.default_scenario import load_default
    from linkdesk.sandbox.scenario import load_scenario

    return load_scenario(load_default() if name == "default" else Path(name))


def run(args: argparse.Namespace) -> int:
    from linkdesk.sandbox.scenario import ScenarioError
    from linkdesk.sandbox.server import SandboxServer

    if args.write_default:
        from linkdesk.sandbox.default_scenario import load_default

        from linkdesk.files import atomic_write_text
        from linkdesk.services.output_guard import OutputRefused, checked_output
        from linkdesk.store.paths import resolve_data_dir

        try:  # never onto LinkDesk's own files; owner-only, renamed into place
            target = checked_output(args.write_default, resolve_data_dir(getattr(args, "data_dir", None)))
        except OutputRefused as exc:
            print(exc.message_ko, file=sys.stderr)
            return 1
        atomic_write_text(target, json.dumps(load_default(), ensure_ascii=False, indent=1) + "\n")
        print(f"default scenario written to {args.write_default}")
        return 0
    try:
        server = SandboxServer(_scenario(args.scenario), host=args.host, port=args.port)
    except ScenarioError as exc:
        print(f"linkdesk sandbox: bad scenario: {exc}", file=sys.stderr)
        return 2
    try:
        server.start()
    except OSError as exc:
        print(f"linkdesk sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print(f"LinkDesk sandbox listening on {server.url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    return 0
