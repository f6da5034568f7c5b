"""연계 점검: the cache against what the partners hold now, over the sandbox; nothing changes unless applied."""

from __future__ import annotations

from sqlalchemy import select

from linkdesk.services import drift
from linkdesk.store.models import Link
from linkdesk.store.models_security import AccessLogEntry
from tests.test_services_linking import to_select


def links(core) -> dict[str, str]:
    with core.store.unit_of_work(read_only=True) as uow:
        return {rec: st for rec, st in uow.session.execute(select(Link.record_id, Link.status).where(Link.partner == "neis"))}


def test_differences_are_listed_and_applied_only_when_chosen(core, sandbox):
    s = to_select(core)
    sent = sorted(s.state.selected)
    s.send()
    s.reset()
    sandbox.advance(60 * 24 * 30)  # the schools decide (approved) well within a month
    core.sync_clock()
    lost, never = sent[0], "R-1001-04"  # an answer lost on the way; a record NEIS never received
    with core.store.unit_of_work() as uow:
        uow.links.set_status(lost, "neis", "failed", result="응답을 받지 못했습니다")
        uow.links.set_status(never, "neis", "sent")
    before = links(core)

    report = drift.check(core, partners=("neis",))
    assert report.checked == {"neis": 1} and not report.unreachable
    kinds = {(d.record_id, d.kind, d.ours, d.theirs, d.fix) for d in report.differences}
    assert (lost, "unknown_locally", "failed", "approved", "approved") in kinds
    assert (never, "missing_at_partner", "sent", None, None) in kinds
    decided = {rid: "rejected" if rid == "R-1001-02" else "approved" for rid in sent}  # the scenario's decisions
    for rid in sent[1:]:
        assert (rid, "status_differs", "sent", decided[rid], decided[rid]) in kinds
    assert links(core) == before  # a check changes nothing

    assert drift.apply(core, report.differences) == len(sent)
    after = links(core)
    assert all(after[rid] == decided[rid] for rid in sent) and after[never] == "sent"
    again = drift.check(core, partners=("neis",))
    assert [(d.record_id, d.kind) for d in again.differences] == [(never, "missing_at_partner")]

    with core.store.unit_of_work(read_only=True) as uow:
        entries = [(e.action, e.target) for e in uow.session.scalars(select(AccessLogEntry))]
    assert entries.count(("view", drift.VIEW_TARGET)) == 2
    assert ("change", drift.APPLY_TARGET) in entries


def test_an_unreachable_partner_is_reported_and_the_others_still_checked(core, sandbox):
    s = to_select(core)
    s.send()
    s.reset()
    sandbox.set_faults([{"partner": "neis", "operation": "*", "kind": "http_503", "times": 0, "retry_after": 1}])
    report = drift.check(core, partners=("neis", "vms", "redcross"))
    assert "neis" in report.unreachable and "neis" not in report.checked
    assert report.checked.keys() == {"vms", "redcross"}
    assert report.differences == ()
