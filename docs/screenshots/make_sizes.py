"""The counter window at the screen sizes counters have: 1366×768 and 1920×1080, at 100 %, 125 % and
150 % scaling -- the whole screen, so a clipped window or status bar would show.

    .venv/bin/python docs/screenshots/make_sizes.py [out_dir]

Runs itself once per size under ``xvfb-run`` (``QT_SCALE_FACTOR`` must be set before Qt starts),
in training mode, Korean, light theme: the window fitted to the screen as ``linkdesk gui`` fits it,
at 실적선택 (the tallest step) → ``size-<screen>.png``. Xvfb has no window manager, so there is no
title bar or taskbar in the picture; the window leaves room for both.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SIZES = {  # name: (width, height, QT_SCALE_FACTOR)
    "1366x768": (1366, 768, "1"),
    "1366x768-125": (1366, 768, "1.25"),
    "1920x1080-150": (1920, 1080, "1.5"),
    "1920x1080": (1920, 1080, "1"),
}


def one(name: str, out: Path) -> int:
    from _shots import application, close_counter, crash_handler, korean_qm, open_counter, pump, scratch, wait_for
    from make_wizard import to_select

    from linkdesk.config import Config
    from linkdesk.gui.window_layout import fit_to_screen
    from tests.fixtures.scenarios import RRN_STUDENT

    app = application()
    with scratch() as folder, crash_handler(app) as crash:
        gui, desk = open_counter(app, crash, folder, Config(), folder / "data", korean_qm(folder))
        window = gui.window
        try:
            fit_to_screen(window)
            wait_for(app, lambda: desk.account is not None)
            to_select(app, desk, window, "김민준", RRN_STUDENT, "ㅂㅁㅈ")
            bar = window.statusBar()
            screen = window.screen().availableGeometry()
            assert screen.contains(window.frameGeometry()), (window.frameGeometry(), screen)
            assert bar.isVisible() and window.rect().contains(bar.geometry())
            pump(app)
            path = out / f"size-{name}.png"
            window.screen().grabWindow(0).save(str(path))  # the whole screen: a clipped edge would show
            print(path)
        finally:
            close_counter(app, gui, desk)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "--one":
        return one(argv[1], Path(argv[2]))
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    for name, (width, height, scale) in SIZES.items():
        env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="xcb")
        subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, __file__,
                        "--one", name, str(out)], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main(sys.argv[1:]))
