"""The protocol between the idle lock and every screen that holds a person's data.

Any area, wizard or dialog that shows or keeps personal data -- a 주민등록번호 typed into the identity
step, a name, a birth date, a volunteer's records, a captcha answer, an access-log listing --
implements::

    def drop_personal_data(self) -> None:
        '''Forget everything about the person on screen: clear the fields (overwrite secrets),
        reset the session, cancel pending tasks so their results never arrive.'''

and registers itself with the application's :class:`~linkdesk.gui.security.idle_lock.IdleLock`
(``idle_lock.register(widget)``). When the counter locks, the lock calls ``drop_personal_data()`` on
every registered object, *then* emits ``locked()``. The method must be idempotent (it may run on an
already empty screen), must not block (no I/O on the GUI thread) and must not raise. After the
unlock the screen starts empty; staff begin the visitor's linking again.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class HoldsPersonalData(Protocol):
    """Implemented by every widget that holds a person's data (see the module docstring)."""

    def drop_personal_data(self) -> None: ...
