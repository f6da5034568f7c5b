"""Staff sign-in, the idle lock and the access-log review (개인정보의 안전성 확보조치 기준 제5·6·8조).

* :class:`SignInDialog` / :class:`FirstAdminDialog` -- before anything else; the first run creates
  the administrator (``linkdesk.services.staff.needs_first_admin``).
* :class:`IdleLock` -- one per main window; every widget holding personal data implements
  ``drop_personal_data()`` (:mod:`.personal_data`) and is registered with ``IdleLock.register``.
* :class:`StaffDialog` -- the administrator's account management.
* :func:`build_area` -- the access-log review screen (administrators only).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linkdesk.gui.security.access_log_area import AccessLogArea, build_area
    from linkdesk.gui.security.first_admin_dialog import FirstAdminDialog
    from linkdesk.gui.security.idle_lock import IdleLock
    from linkdesk.gui.security.personal_data import HoldsPersonalData
    from linkdesk.gui.security.sign_in_dialog import SignInDialog
    from linkdesk.gui.security.staff_dialog import StaffDialog

# name -> the module that holds it, imported when the name is first asked for (PEP 562): the idle
# lock and the sign-in are needed at start-up, the access-log review (and its audit imports) and
# the staff dialog only when opened.
_HOME = {
    "AccessLogArea": "access_log_area", "build_area": "access_log_area", "FirstAdminDialog": "first_admin_dialog",
    "HoldsPersonalData": "personal_data", "IdleLock": "idle_lock", "SignInDialog": "sign_in_dialog",
    "StaffDialog": "staff_dialog",
}

__all__ = ["AccessLogArea", "FirstAdminDialog", "HoldsPersonalData", "IdleLock", "SignInDialog", "StaffDialog",
           "build_area"]


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
