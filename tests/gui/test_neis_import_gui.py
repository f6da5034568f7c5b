"""나이스 Open API 자료 가져오기 from the window: files chosen, imported off the GUI thread, told."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QWidget

from linkdesk.gui.neis_import import NeisImport
from linkdesk.sandbox.neis_openapi import envelope

SCHOOL = {"ATPT_OFCDC_SC_CODE": "C10", "ATPT_OFCDC_SC_NM": "부산광역시교육청", "SD_SCHUL_CODE": "7159999",
          "SCHUL_NM": "가져온중학교", "SCHUL_KND_SC_NM": "중학교", "LCTN_SC_NM": "부산광역시", "ORG_RDNMA": "부산광역시 중구 1"}


def test_choose_files_import_and_tell(qtbot, core, runner, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    flow = NeisImport(core, runner, window)
    dialog = flow.choose()
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    good = tmp_path / "schools.json"
    good.write_text(json.dumps(envelope("schoolInfo", [SCHOOL], 1, 1000), ensure_ascii=False), encoding="utf-8")
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        dialog.filesSelected.emit([str(good)])
    assert "1" in done.args[0] and flow.box.icon() == flow.box.Icon.Information
    with core.store.unit_of_work(read_only=True) as uow:
        assert uow.schools.get("7159999", "C10").name == "가져온중학교"
    flow.box.close()
    dialog.close()


def test_a_bad_file_is_named_and_nothing_changes(qtbot, core, runner, tmp_path):
    window = QWidget()
    qtbot.addWidget(window)
    flow = NeisImport(core, runner, window)
    bad = tmp_path / "cut.json"
    bad.write_text('{"schoolInfo": [{"head": [', encoding="utf-8")
    with qtbot.waitSignal(flow.finished, timeout=20000) as done:
        flow.run([str(bad)])
    assert "cut.json" in done.args[0] and flow.box.icon() == flow.box.Icon.Warning
    flow.box.close()
