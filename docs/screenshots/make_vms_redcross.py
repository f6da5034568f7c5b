"""Render the VMS and Red Cross areas with the bundled training data and save PNGs (to look at).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_vms_redcross.py [out_dir]

Writes ``vms.png`` (정하늘 after 봉사실적 일괄전송: 연계정보, 1365 반영 times, the countdown),
``redcross.png`` (윤서준: 나의 봉사, an expired 1365 연계 동의 with 재동의) and
``redcross_expiring.png`` into ``out_dir`` (default: this folder). The app font, the Korean
translation and the light theme are installed as ``linkdesk/gui/app.py`` does (see ``_shots.py``).
Every person is made up; training mode never reaches a real partner.
"""

from __future__ import annotations

import sys

from _shots import (  # first: it puts the repository on sys.path
    application,
    dress,
    out_dir,
    save,
    scratch,
    training_core,
    wait_for,
)
from linkdesk.gui.redcross import RedCrossArea
from linkdesk.gui.vms import VmsArea


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder:
        dress(app, folder)
        with training_core(app, folder) as (core, runner):
            vms_area = VmsArea(core, runner)
            vms_area.resize(1360, 820)
            vms_area.show()
            vms_area.search.search("vms_id", "haneul85")
            wait_for(app, lambda: vms_area.view is not None and vms_area.status.state == "")
            vms_area.send_button.click()
            wait_for(app, lambda: vms_area.status.state == "success")
            save(app, vms_area, out / "vms.png")

            rc_area = RedCrossArea(core, runner)
            rc_area.resize(1360, 820)
            rc_area.show()
            rc_area.member.search.search("volunteer_id", "V-3001")
            wait_for(app, lambda: rc_area.member.page is not None and rc_area.member.status.state == "")
            save(app, rc_area, out / "redcross.png")
            rc_area.tabs.setCurrentWidget(rc_area.expiring)
            wait_for(app, lambda: rc_area.expiring.status.state != "busy" and rc_area.expiring.loaded)
            save(app, rc_area, out / "redcross_expiring.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
