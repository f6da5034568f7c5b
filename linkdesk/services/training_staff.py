"""The built-in training account (연습 사용자): training mode signs in without a dialog.

``./run.sh`` with nothing configured starts LinkDesk in training mode on the bundled sandbox. A
newcomer should land in the counter window at once, not in a first-administrator dialog; yet every
access-log entry must still name a staff account. So training mode signs in as ``training``, an
administrator account that exists only in the training database (a separate SQLite file,
``linkdesk-training.db``).

The account can never serve a real counter:

* :func:`training_account` refuses unless the core is in training mode *and* its store is the
  training database file;
* its password hash is not a hash at all (``NO_PASSWORD``): no password ever verifies against it,
  so even a copy of the row in a real database would not let anyone sign in;
* only this function signs it in; the real sign-in dialog checks a password.
"""

from __future__ import annotations

from sqlalchemy import select

from linkdesk.errors import KnownError
from linkdesk.services.core import TRAINING_DB
from linkdesk.services.staff_model import StaffAccount, account_view
from linkdesk.store.models_security import PermissionChange, Staff

TRAINING_USERNAME = "training"
TRAINING_DISPLAY_NAME = "연습 사용자"
NO_PASSWORD = "!no-password:training-only"  # never a valid argon2 hash: nothing verifies against it
CREATED_BY = "(training mode)"


class NotTrainingMode(KnownError):
    """The training account was asked for on a real counter."""

    @classmethod
    def make(cls) -> NotTrainingMode:
        return cls("연습 계정은 연습 모드에서만 쓸 수 있습니다. 본인 계정으로 로그인하세요.",
                   "The training account exists in training mode only; sign in with your own account.",
                   code="not_training")


def is_training_store(core) -> bool:
    """True when ``core`` runs in training mode on the training database file."""
    path = core.store.sqlite_path
    return bool(core.training) and path is not None and path.name == TRAINING_DB


def has_staff_accounts(core) -> bool:
    """True when the database holds a staff account other than the training one: a real
    installation (nothing reaches a real gateway without a signed-in account), whatever a gateway
    says of itself now."""
    with core.store.unit_of_work(read_only=True) as uow:
        return uow.session.scalar(select(Staff.username).where(Staff.username != TRAINING_USERNAME).limit(1)) is not None


def training_account(core) -> StaffAccount:
    """The training account, created on first use; refused on anything but the training database.

    Runs on a worker (it writes). The account is an active administrator, so trainees can practise
    the staff dialog and the access-log review as well.
    """
    if not is_training_store(core):
        raise NotTrainingMode.make()
    now = core.clock.now()
    with core.store.unit_of_work() as uow:
        row = uow.session.scalar(select(Staff).where(Staff.username == TRAINING_USERNAME))
        if row is None:
            row = Staff(username=TRAINING_USERNAME, display_name=TRAINING_DISPLAY_NAME, role="admin",
                        password_hash=NO_PASSWORD, active=True, failed_attempts=0, must_change_password=False,
                        created_at=now, updated_at=now)
            uow.session.add(row)
            uow.session.flush()
            uow.session.add(PermissionChange(at=now, staff_id=row.id, changed_by=CREATED_BY, change="created",
                                             old_value=None, new_value="admin"))
        else:  # a trainee may have demoted, deactivated or locked it in the staff dialog: practice resets
            row.role, row.active, row.locked_until, row.failed_attempts = "admin", True, None, 0
            row.password_hash, row.must_change_password = NO_PASSWORD, False
        row.last_login_at = now
        uow.session.flush()
        return account_view(row)
