"""Errors the store raises. Each carries a Korean text for staff and an English one for logs.

The messages never contain personal numbers: they speak of revisions, files and item ids only.
"""

from __future__ import annotations


class StoreError(Exception):
    """Something about the local database that staff or the administrator must act on."""

    def __init__(self, ko: str, en: str):
        super().__init__(f"{ko} / {en}")
        self.ko = ko
        self.en = en


class LeaseLost(StoreError):
    """A dispatcher tried to finish an outbox item whose lease another dispatcher now holds.

    The other owner wins: it will report the outcome. The caller must not touch the item again.
    """

    def __init__(self, item_id: int, owner: str, holder: str | None, status: str):
        super().__init__(
            f"전송 대기열 항목 {item_id}의 처리 권한이 다른 창구({holder or '-'})로 넘어갔습니다(상태: {status}).",
            f"Outbox item {item_id}: lease lost by {owner}; "
            f"now held by {holder or '-'} (status {status}).",
        )
        self.item_id = item_id
        self.owner = owner
        self.holder = holder
        self.status = status


class OutboxStateError(StoreError):
    """An outbox operation that the item's current status does not allow (e.g. cancel a sent item)."""
