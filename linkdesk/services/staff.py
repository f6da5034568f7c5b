"""Staff accounts (개인정보의 안전성 확보조치 기준 제5조): one account per person, two roles, lockout.

* One account per staff member -- no shared logins; roles ``counter`` (창구 담당자) and ``admin``
  (센터 관리자). The first run creates the administrator (:func:`needs_first_admin`,
  :func:`create_first_admin`); after that only an administrator adds accounts.
* Passwords are argon2id hashes (:mod:`linkdesk.services.passwords`), upgraded at sign-in when the
  parameters change.
* ``security.lockout_attempts`` wrong passwords in a row lock the account for
  ``security.lockout_minutes``; while locked, no password is even checked. An administrator can
  unlock it at once.
* Every change of rights -- created, role, activated, deactivated, unlocked, password reset -- is a
  row in ``permission_changes`` (kept 3 years; see :mod:`linkdesk.services.audit_retention`).

The username ``training`` belongs to training mode's built-in account
(:mod:`linkdesk.services.training_staff`, which alone creates it): no one creates it here, and
outside training mode it does not sign in at all, whatever password a copied row may hold.

Sign-in (:func:`sign_in`) puts the staff member's username into ``core.actor``, so every access-log
entry written afterwards names them. Every check of rights re-reads the account from the database:
an administrator demoted at another counter loses the rights at once.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

from sqlalchemy import func, select

from linkdesk.clock import Clock
from linkdesk.config import SecurityConfig
from linkdesk.domain.free_text import check_free_text
from linkdesk.services.passwords import Passwords, check_strength
from linkdesk.services.staff_model import (
    AccountInactive,
    AccountLocked,
    NotAllowed,
    PermissionChangeView,
    SignInFailed,
    StaffAccount,
    StaffConflict,
    account_view,
    set_actor,  # noqa: F401  (re-exported: the GUI and older imports)
)
from linkdesk.services.training_staff import TRAINING_USERNAME, NotTrainingMode, is_training_store
from linkdesk.store.models_security import STAFF_ROLES, PermissionChange, Staff

log = logging.getLogger(__name__)

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")
FIRST_RUN = "(first run)"


def normalize_username(username: str) -> str:
    return username.strip().lower()


class Accounts:
    """The account service over one store. ``by`` arguments name the signed-in staff member.

    ``training``: the store is training mode's own database (:func:`accounts` decides it with
    :func:`~linkdesk.services.training_staff.is_training_store`); only there may ``training`` sign in.
    """

    def __init__(self, store, clock: Clock, policy: SecurityConfig | None = None,
                 passwords: Passwords | None = None, *, training: bool = False) -> None:
        self.store = store
        self.clock = clock
        self.policy = policy or SecurityConfig()
        self.passwords = passwords or Passwords()
        self.training = training

    # -- first run -------------------------------------------------------------------------------
    def needs_first_admin(self) -> bool:
        return needs_first_admin(self.store)

    def create_first_admin(self, username: str, display_name: str, password: str) -> StaffAccount:
        """The administrator of a new installation; refused once any account exists."""
        with self.store.unit_of_work() as uow:
            if uow.session.scalar(select(func.count()).select_from(Staff)):
                raise StaffConflict("관리자 계정이 이미 있습니다. 관리자에게 계정을 요청하세요.",
                                    "An administrator exists already; ask them for an account.", code="admin_exists")
            row = self._new(uow, username, display_name, password, "admin", FIRST_RUN)
            return account_view(row)

    # -- sign-in ---------------------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> StaffAccount:
        """Check the password under the lockout rules; the failure count is committed either way.

        Exact with any number of counters: the (slow) password check runs outside any transaction,
        then the account row is re-read under a row lock (``SELECT … FOR UPDATE`` on PostgreSQL;
        SQLite's ``BEGIN IMMEDIATE`` write lock) and the lock state decided on that fresh row, so
        concurrent wrong passwords each count once and an account locked meanwhile stays locked.
        """
        name, now = normalize_username(username), self.clock.now()
        if name == TRAINING_USERNAME and not self.training:
            raise NotTrainingMode.make()  # a real counter: whatever a row of that name holds
        with self.store.unit_of_work(read_only=True) as uow:
            row = self._find(uow, name)
            seen = None if row is None else (row.id, row.password_hash, row.locked_until)
        if seen is None:
            self.passwords.waste_time(password)
            raise SignInFailed.make()
        staff_id, password_hash, locked_until = seen
        if locked_until is not None and locked_until > now:
            raise AccountLocked.make(locked_until)  # while locked, no password is even checked
        checked = self.passwords.verify(password_hash, password)
        error: Exception | None = None
        with self.store.unit_of_work() as uow:
            row = uow.session.scalar(select(Staff).where(Staff.id == staff_id).with_for_update())
            if row is None:
                error = SignInFailed.make()
            elif row.locked_until is not None and row.locked_until > now:
                error = AccountLocked.make(row.locked_until)  # locked by another counter meanwhile
            elif not checked.ok:
                row.failed_attempts += 1  # under the row lock: no count is lost
                if row.failed_attempts >= self.policy.lockout_attempts:
                    row.locked_until = now + timedelta(minutes=self.policy.lockout_minutes)
                    row.failed_attempts = 0
                    log.warning("staff account %s locked after %d failed sign-ins", name,
                                self.policy.lockout_attempts)
                    error = AccountLocked.make(row.locked_until)
                else:
                    error = SignInFailed.make(self.policy.lockout_attempts - row.failed_attempts)
            elif not row.active:
                error = AccountInactive.make()
            else:
                if checked.needs_rehash:
                    row.password_hash = self.passwords.hash(password)
                row.failed_attempts, row.locked_until, row.last_login_at = 0, None, now
                account = account_view(row)
        if error is not None:
            raise error
        return account

    # -- administration --------------------------------------------------------------------------
    def add(self, by: str, username: str, display_name: str, password: str, role: str = "counter") -> StaffAccount:
        with self.store.unit_of_work() as uow:
            admin = self._admin(uow, by)
            return account_view(self._new(uow, username, display_name, password, role, admin.username))

    def list(self, by: str) -> list[StaffAccount]:
        with self.store.unit_of_work(read_only=True) as uow:
            self._admin(uow, by)
            return [account_view(r) for r in uow.session.scalars(select(Staff).order_by(Staff.username))]

    def unlock(self, by: str, username: str) -> StaffAccount:
        with self.store.unit_of_work() as uow:
            admin, row = self._admin(uow, by), self._existing(uow, username)
            was = row.locked_until
            row.locked_until, row.failed_attempts = None, 0
            self._changed(uow, row, admin.username, "unlocked", was.isoformat() if was else None, None)
            return account_view(row)

    def set_role(self, by: str, username: str, role: str) -> StaffAccount:
        if role not in STAFF_ROLES:
            raise StaffConflict(f"알 수 없는 역할입니다: {role}", f"Unknown role: {role}", code="unknown_role")
        with self.store.unit_of_work() as uow:
            admin, row = self._admin(uow, by), self._existing(uow, username)
            if row.role == role:
                return account_view(row)
            if row.role == "admin":
                self._keep_an_admin(uow, row)
            self._changed(uow, row, admin.username, "role", row.role, role)
            row.role = role
            return account_view(row)

    def set_active(self, by: str, username: str, active: bool) -> StaffAccount:
        with self.store.unit_of_work() as uow:
            admin, row = self._admin(uow, by), self._existing(uow, username)
            if row.active == active:
                return account_view(row)
            if not active and row.role == "admin":
                self._keep_an_admin(uow, row)
            self._changed(uow, row, admin.username, "activated" if active else "deactivated",
                          str(row.active).lower(), str(active).lower())
            row.active = active
            return account_view(row)

    def change_password(self, username: str, current: str, new: str) -> StaffAccount:
        """The staff member's own change: the current password is checked (lockout rules apply)."""
        account = self.authenticate(username, current)
        check_strength(new, account.username)
        if new == current:
            raise StaffConflict("새 비밀번호가 지금 비밀번호와 같습니다.", "The new password is the current one.",
                                code="same_password")
        with self.store.unit_of_work() as uow:
            row = self._existing(uow, account.username)
            row.password_hash, row.must_change_password = self.passwords.hash(new), False
            return account_view(row)

    def reset_password(self, by: str, username: str, new: str) -> StaffAccount:
        """An administrator sets a temporary password; the person must change it at next sign-in."""
        with self.store.unit_of_work() as uow:
            admin, row = self._admin(uow, by), self._existing(uow, username)
            check_strength(new, row.username)
            row.password_hash, row.must_change_password = self.passwords.hash(new), True
            row.locked_until, row.failed_attempts = None, 0
            self._changed(uow, row, admin.username, "password_reset", None, None)
            return account_view(row)

    def permission_changes(self, by: str, username: str | None = None) -> list[PermissionChangeView]:
        with self.store.unit_of_work(read_only=True) as uow:
            self._admin(uow, by)
            q = select(PermissionChange, Staff.username).join(Staff, Staff.id == PermissionChange.staff_id)
            if username:
                q = q.where(Staff.username == normalize_username(username))
            rows = uow.session.execute(q.order_by(PermissionChange.id)).all()
            return [PermissionChangeView(c.at, name, c.changed_by, c.change, c.old_value, c.new_value) for c, name in rows]

    def require_admin(self, uow, username: str) -> StaffAccount:
        """In the caller's unit of work: the active administrator ``username``, or :class:`NotAllowed`."""
        return account_view(self._admin(uow, username))

    # -- helpers ---------------------------------------------------------------------------------
    def _find(self, uow, username: str) -> Staff | None:
        return uow.session.scalar(select(Staff).where(Staff.username == normalize_username(username)))

    def _existing(self, uow, username: str) -> Staff:
        row = self._find(uow, username)
        if row is None:
            raise StaffConflict(f"계정을 찾을 수 없습니다: {username}", f"No such account: {username}", code="no_account")
        return row

    def _admin(self, uow, username: str) -> Staff:
        row = self._find(uow, username)
        if row is None or row.role != "admin" or not row.active:
            raise NotAllowed.make()
        return row

    def _keep_an_admin(self, uow, leaving: Staff) -> None:
        others = uow.session.scalar(select(func.count()).select_from(Staff).where(
            Staff.role == "admin", Staff.active.is_(True), Staff.id != leaving.id))
        if not others:
            raise StaffConflict("마지막 관리자 계정은 역할을 바꾸거나 비활성화할 수 없습니다.",
                                "The last administrator cannot be demoted or deactivated.", code="last_admin")

    def _new(self, uow, username: str, display_name: str, password: str, role: str, by: str) -> Staff:
        name, display = normalize_username(username), " ".join(display_name.split())
        check_free_text(username, "아이디", "username")
        check_free_text(display, "이름", "name")
        if not USERNAME.match(name):
            raise StaffConflict("아이디는 영문 소문자·숫자·._- 로 3~32자여야 합니다.",
                                "A username is 3-32 characters: a-z, 0-9, '.', '_' or '-'.", code="bad_username")
        if not display or len(display) > 100:
            raise StaffConflict("이름을 입력하세요 (100자 이내).", "Enter the name (up to 100 characters).",
                                code="bad_display_name")
        if role not in STAFF_ROLES:
            raise StaffConflict(f"알 수 없는 역할입니다: {role}", f"Unknown role: {role}", code="unknown_role")
        if name == TRAINING_USERNAME:  # training mode's own account: only training_account() makes it
            raise StaffConflict("'training'은 연습 모드 전용 아이디입니다. 다른 아이디를 쓰세요.",
                                "'training' is the training mode's own username; choose another.",
                                code="reserved_username")
        if self._find(uow, name) is not None:
            raise StaffConflict(f"이미 있는 아이디입니다: {name}", f"The username exists already: {name}",
                                code="username_taken")
        check_strength(password, name)
        now = self.clock.now()
        row = Staff(username=name, display_name=display, role=role, password_hash=self.passwords.hash(password),
                    active=True, failed_attempts=0, must_change_password=False, created_at=now, updated_at=now)
        uow.session.add(row)
        uow.session.flush()
        self._changed(uow, row, by, "created", None, role)
        return row

    def _changed(self, uow, row: Staff, by: str, change: str, old: str | None, new: str | None) -> None:
        uow.session.add(PermissionChange(at=self.clock.now(), staff_id=row.id, changed_by=by, change=change,
                                         old_value=old, new_value=new))
        uow.session.flush()


# -- the core-level entry points the CLI and the GUI call ------------------------------------------
def accounts(core) -> Accounts:
    return Accounts(core.store, core.clock, core.config.security, training=is_training_store(core))


def needs_first_admin(store) -> bool:
    """True on a new installation: no account exists, the first-run dialog creates the administrator."""
    with store.unit_of_work(read_only=True) as uow:
        return not uow.session.scalar(select(func.count()).select_from(Staff))


def create_first_admin(core, username: str, display_name: str, password: str) -> StaffAccount:
    return accounts(core).create_first_admin(username, display_name, password)


def sign_in(core, username: str, password: str) -> StaffAccount:
    """Check the password (lockout rules) and make this staff member the core's actor.

    The GUI checks the password on a worker (``accounts(core).authenticate``) and calls
    :func:`set_actor` on the GUI thread; the CLI calls this.
    """
    account = accounts(core).authenticate(username, password)
    set_actor(core, account)
    return account
