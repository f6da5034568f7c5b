"""Render the certificate screens with the bundled training data and save PNGs (to look at).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_certificates.py [out_dir]

Writes ``certificates-walk-in.png`` (1365에서 찾기: 실명인증 from the certificate screen),
``certificates-issue.png`` (the form after 발급: the short code; beside it the 발급 전 미리보기 page),
``certificates-preview.png`` (the preview page itself, 견본 + 미리보기 marks), ``certificates-verify.png``
(a typing error told apart), ``certificates-centre.png`` (the centre setup) and
``vms-consent.png`` (an adult VMS member's 1365 consent, no student wizard) and ``redcross-consent.png``
(재동의: the consent text, member or guardian) into ``out_dir``.
Every person is made up; training mode never reaches a real partner.
"""

from __future__ import annotations

import sys

import requests
from _shots import application, dress, out_dir, save, scratch, training_core, wait_for  # first: sys.path
from linkdesk.gui.certificates import CertificatesArea
from linkdesk.gui.vms import VmsArea
from linkdesk.services.sync import sync_volunteer
from tests.fixtures.scenarios import RRN_VMS, RRN_VMS_NOCONSENT


def type_person(app, dialog, name: str, rrn: str) -> None:
    """What the visitor types into a 실명인증 dialog, once its 보안문자 is there."""
    wait_for(app, lambda: dialog.captcha_ready)
    dialog.name.setText(name)
    digits = rrn.replace("-", "")
    dialog.rrn.front.setText(digits[:6])
    dialog.rrn.back.setText(digits[6:])


def main(argv: list[str]) -> int:
    out = out_dir(argv)
    app = application()
    with scratch() as folder:
        dress(app, folder)
        with training_core(app, folder) as (core, runner):
            area = CertificatesArea(core, runner)
            area.resize(1360, 820)
            area.show()
            form = area.form
            walk_in = form.open_walk_in()
            type_person(app, walk_in, "정하늘", RRN_VMS)
            save(app, walk_in, out / "certificates-walk-in.png")
            walk_in.reject()

            sync_volunteer(core, "V-1001")
            form.find("V-1001")
            wait_for(app, lambda: form.volunteer_id == "V-1001" and form.summary.text() != "")
            form.purpose.setCurrentText("학교 제출용")
            form.look()
            wait_for(app, lambda: form.output.preview is not None and form.issue_button.isEnabled())
            preview = form.output.preview
            preview.resize(760, 860)
            save(app, preview, out / "certificates-preview.png")
            preview.close()
            form.issue()
            wait_for(app, lambda: form.number is not None and not form._issuing)
            save(app, area, out / "certificates-issue.png")

            verify = area.open_verify()
            verify.code.setPlainText(form.short_code[:-1] + ("2" if form.short_code[-1] != "2" else "3"))
            verify.check()
            wait_for(app, lambda: verify.result is not None)
            save(app, verify, out / "certificates-verify.png")
            verify.close()

            centre = area.open_centre_setup()
            wait_for(app, lambda: centre.current is not None)
            centre.name.setText("성북구자원봉사센터")
            centre.address.setText("서울특별시 성북구 보문로 168")
            centre.phone.setText("02-0000-0000")
            centre.save()
            wait_for(app, lambda: centre.status.state == "error")
            save(app, centre, out / "certificates-centre.png")
            centre.reject()

            vms_area = VmsArea(core, runner)
            vms_area.resize(1360, 820)
            vms_area.show()
            vms_area.search.search("volunteer_id", "V-2002")
            wait_for(app, lambda: vms_area.view is not None and vms_area._tasks == 0)
            dialog = vms_area._ask_consent()
            type_person(app, dialog, "강도윤", RRN_VMS_NOCONSENT)
            with requests.Session() as admin:  # the training sandbox tells its own 보안문자
                reply = admin.get(f"{core.sandbox.url}/_sandbox/captcha/{dialog.captcha_id}", timeout=30)
                dialog.captcha.input.setText(reply.json()["text"])
            dialog.verify()
            wait_for(app, lambda: dialog.consent.isVisible() or dialog.status.state == "error")
            save(app, dialog, out / "vms-consent.png")
            dialog.reject()

            from linkdesk.gui.redcross import RedCrossArea

            rc_area = RedCrossArea(core, runner)
            rc_area.resize(1360, 900)
            rc_area.show()
            rc_area.member.search.search("volunteer_id", "V-3001")
            wait_for(app, lambda: rc_area.member.page is not None and rc_area.member.status.state == "")
            box = rc_area.member.consent
            box.renew.click()  # 재동의: the text and who confirms it
            box.by_guardian.setChecked(True)
            save(app, rc_area, out / "redcross-consent.png")
    print("saved to", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
