"""``linkdesk audit`` in-process on a real SQLite file: ``verify`` finds a changed, a deleted and an inserted
row made directly in SQLite (exit 1, the first bad entry named); list, review, export and purge."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import datetime, timedelta

import pytest

from linkdesk.clock import KST
from linkdesk.services.audit import record_access
from linkdesk.store import Store
from tests.helpers.security import ADMIN, ADMIN_PW, CLERK, CLERK_PW, actor
from tests.helpers.security_cli import cli  # noqa: F401 - fixture

T0 = datetime(2026, 5, 1, 9, 0, tzinfo=KST)


def seed(cli, n: int = 5) -> None:
    """An administrator and a clerk (through the CLI), then ``n`` entries written by the service."""
    assert cli("staff", "add", ADMIN, "--name", "관리자", stdin=f"{ADMIN_PW}\n")[0] == 0
    code, _, err = cli("staff", "add", CLERK, "--name", "김창구", "--as", ADMIN, stdin=f"{ADMIN_PW}\n{CLERK_PW}\n")
    assert code == 0, err
    with Store.open(url=f"sqlite:///{cli.db}") as store, store.unit_of_work() as uow:
        for i in range(n):
            record_access(uow, actor(CLERK), ("view", "entry")[i % 2], "records", at=T0 + timedelta(days=i),
                          volunteer_id=f"V-100{i % 2 + 1}")


def tamper(db, sql: str) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute(sql)
        con.commit()
    finally:
        con.close()


def test_verify_passes_on_an_intact_log(cli):
    seed(cli)
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "5건 이상 없음" in out
    code, out, _ = cli("audit", "verify", "--json")
    got = json.loads(out)
    anchor = got.pop("anchor")
    assert got == {"ok": True, "checked": 5, "first_bad_id": None, "problem": None, "anchored_after": None,
                   "legacy_unkeyed": 0, "keyed_from": 1, "checkpoint_through": 5, "anchors": []}
    assert anchor.startswith("5-") and len(anchor) == 10


def test_verify_checks_an_anchor_code_kept_outside(cli):
    seed(cli)
    code, out, _ = cli("audit", "verify")
    anchor = next(w for w in out.split() if w.startswith("5-"))  # "확인 코드 5-XXXXXXXX — …"
    assert code == 0 and f"--anchor {anchor}" in out
    code, out, _ = cli("audit", "verify", "--anchor", anchor)
    assert code == 0 and "기록이 그대로 있습니다" in out
    code, out, _ = cli("audit", "verify", "--anchor", anchor, "--anchor", "99-ABCDEF12", "--json")
    got = json.loads(out)
    assert code == 1 and not got["ok"]
    assert got["anchors"] == [{"code": anchor, "ok": True, "problem": None},
                              {"code": "99-ABCDEF12", "ok": False, "problem": "rolled back"}]


@pytest.mark.parametrize(("sql", "bad"), [("DELETE FROM access_log WHERE id >= 4", 4), ("DELETE FROM access_log", 1)],
                         ids=["tail cut", "emptied"])
def test_verify_names_where_the_log_was_cut_or_emptied(cli, sql, bad):
    seed(cli)
    tamper(cli.db, sql)
    code, out, _ = cli("audit", "verify")
    assert code == 1 and f"#{bad}" in out and "잘렸거나" in out and "truncated" in out


SHIFT = "UPDATE access_log SET id = id + 100 WHERE id >= 3"  # room for a row slipped in after #2


@pytest.mark.parametrize(
    ("statements", "bad", "problem"),
    [
        (["UPDATE access_log SET volunteer_id = 'V-9999' WHERE id = 3"], 3, "altered"),
        (["DELETE FROM access_log WHERE id = 2"], 3, "inserted or deleted"),
        ([SHIFT, "INSERT INTO access_log (id, at, staff, counter_host, counter_addr, volunteer_id, action, target,"
                 " prev_hash, hash) SELECT 3, at, staff, counter_host, counter_addr, 'V-X', 'view', target, hash,"
                 " 'forged' FROM access_log WHERE id = 2"], 3, "inserted"),
    ],
    ids=["changed", "deleted", "inserted"],
)
def test_verify_names_the_first_tampered_entry(cli, statements, bad, problem):
    seed(cli)
    for sql in statements:
        tamper(cli.db, sql)
    code, out, _ = cli("audit", "verify")
    assert code == 1 and f"#{bad}" in out and problem in out
    code, out, _ = cli("audit", "verify", "--json")
    doc = json.loads(out)
    assert code == 1 and not doc["ok"] and doc["first_bad_id"] == bad and problem in doc["problem"]


def test_an_inserted_row_with_a_recomputed_hash_is_still_found(cli):
    """A careful forger computes a valid hash for the new row; the next entry no longer follows it."""
    seed(cli)
    from linkdesk.services.audit import _digest

    con = sqlite3.connect(cli.db)
    try:
        con.execute(SHIFT)
        at, staff, host, addr, prev = con.execute(
            "SELECT at, staff, counter_host, counter_addr, hash FROM access_log WHERE id = 2").fetchone()
        forged_at = T0 + timedelta(days=1, hours=1)
        h = _digest(prev, forged_at, (staff, host, addr), "V-X", "view", "records", None, None)
        con.execute("INSERT INTO access_log (id, at, staff, counter_host, counter_addr, volunteer_id, action, target,"
                    " prev_hash, hash) VALUES (3, ?, ?, ?, ?, 'V-X', 'view', 'records', ?, ?)",
                    (forged_at.astimezone(KST).replace(tzinfo=None).isoformat(" "), staff, host, addr, prev, h))
        con.commit()
    finally:
        con.close()
    code, out, _ = cli("audit", "verify", "--json")
    doc = json.loads(out)
    assert code == 1 and (doc["first_bad_id"], doc["problem"]) == (3, "inserted")


def test_list_review_and_export_through_the_cli(cli, tmp_path):
    seed(cli)
    code, out, err = cli("audit", "list", "--staff", CLERK, "--action", "입력", "--json", "--as", ADMIN,
                         stdin=f"{ADMIN_PW}\n")
    assert code == 0, err
    entries = json.loads(out)["entries"]
    assert [e["action"] for e in entries] == ["entry", "entry"] and {e["staff"] for e in entries} == {CLERK}
    code, out, _ = cli("audit", "list", "--volunteer", "V-1001", "--from", "2026-05-02", "--to", "2026-05-05",
                       "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["#5", "#3"]  # not #1 (05-01)
    # A clerk may not read the log.
    code, _, err = cli("audit", "list", "--as", CLERK, stdin=f"{CLERK_PW}\n")
    assert code == 1 and "관리자" in err
    code, out, _ = cli("audit", "review", "--period", "2026-05", "--note", "이상 없음", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert code == 0 and "2026-05 접속기록 점검 완료" in out
    target = tmp_path / "log.csv"
    code, out, _ = cli("audit", "export", "--out", str(target), "--reason", "감사 대응", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert code == 0
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["목적(사유)", "감사 대응"]
    code, out, _ = cli("audit", "list", "--action", "download", "--json", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    [download] = json.loads(out)["entries"]
    assert (download["reason"], download["staff"]) == ("감사 대응", ADMIN)
    assert cli("audit", "verify")[0] == 0


def test_purge_refuses_young_entries_and_wrong_passwords(cli):
    seed(cli)
    code, _, err = cli("audit", "purge", "--before", "2026-01-01", "--as", ADMIN, stdin="wrong\n")
    assert code == 1 and "비밀번호" in err
    code, _, err = cli("audit", "purge", "--before", datetime.now(KST).date().isoformat(), "--as", ADMIN,
                       stdin=f"{ADMIN_PW}\n")
    assert code == 1 and "2년" in err
    code, out, _ = cli("audit", "purge", "--before", "2020-01-01", "--as", ADMIN, stdin=f"{ADMIN_PW}\n")
    assert code == 0 and "파기할 기록이 없습니다" in out


def test_admin_commands_need_a_name(cli):
    seed(cli, 1)
    code, _, err = cli("audit", "list")
    assert code == 2 and "--as" in err
