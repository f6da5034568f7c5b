"""Staff accounts on SQLite and PostgreSQL: first admin, argon2, lockout and unlock, roles, logged changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from linkdesk.services.passwords import WeakPassword, check_strength
from linkdesk.services.staff import Accounts, accounts, needs_first_admin
from linkdesk.services.staff_model import (
    AccountInactive,
    AccountLocked,
    NotAllowed,
    SignInFailed,
    StaffConflict,
)
from linkdesk.services.training_staff import TRAINING_USERNAME, NotTrainingMode
from linkdesk.store.models_security import Staff
from tests.helpers.security import (
    ADMIN,
    ADMIN_PW,
    CLERK,
    CLERK_PW,
    ManualClock,
    cheap_passwords,
    make_accounts,
    with_staff,
)


def stored_hash(store, username: str) -> str:
    with store.unit_of_work(read_only=True) as uow:
        return uow.session.scalar(select(Staff.password_hash).where(Staff.username == username))


def test_the_first_run_creates_the_administrator_once(store):
    accounts = make_accounts(store)
    assert needs_first_admin(store)
    admin = accounts.create_first_admin("Admin", " 센터   관리자 ", ADMIN_PW)
    assert (admin.username, admin.display_name, admin.role) == ("admin", "센터 관리자", "admin")
    assert not needs_first_admin(store)
    with pytest.raises(StaffConflict) as e:
        accounts.create_first_admin("second", "둘째", ADMIN_PW)
    assert e.value.code == "admin_exists"
    changes = accounts.permission_changes(ADMIN)
    assert [(c.username, c.change, c.new_value, c.changed_by) for c in changes] == [("admin", "created", "admin", "(first run)")]


def test_passwords_are_salted_argon2id_hashes_and_upgraded_at_sign_in(store):
    accounts = with_staff(make_accounts(store))
    h = stored_hash(store, CLERK)
    assert h.startswith("$argon2id$") and CLERK_PW not in h
    accounts.add(ADMIN, "clerk2", "이창구", CLERK_PW)
    assert stored_hash(store, "clerk2") != h  # same password, another salt
    # A newer LinkDesk with stronger parameters: the hash is redone at the next sign-in.
    accounts.passwords = cheap_passwords(time_cost=2)
    accounts.authenticate(CLERK, CLERK_PW)
    upgraded = stored_hash(store, CLERK)
    assert upgraded != h and ",t=2," in upgraded
    assert accounts.authenticate(CLERK, CLERK_PW).username == CLERK


def test_five_wrong_passwords_lock_the_account_until_the_period_ends(store):
    clock = ManualClock()
    accounts = with_staff(make_accounts(store, clock, lockout_attempts=5, lockout_minutes=15))
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInFailed) as e:
            accounts.authenticate(CLERK, "wrong-password-1")
        assert e.value.remaining == left
    with pytest.raises(AccountLocked) as e:
        accounts.authenticate(CLERK, "wrong-password-1")
    assert "잠겼습니다" in e.value.message_ko and "10:15" in e.value.message_ko
    # While locked even the right password is refused (no guessing during the lock).
    with pytest.raises(AccountLocked):
        accounts.authenticate(CLERK, CLERK_PW)
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        accounts.authenticate(CLERK, CLERK_PW)
    clock.advance(minutes=1, seconds=1)
    assert accounts.authenticate(CLERK, CLERK_PW).failed_attempts == 0


def test_the_administrator_unlocks_at_once_and_it_is_recorded(store):
    accounts = with_staff(make_accounts(store, lockout_attempts=2))
    for _ in range(2):
        with pytest.raises((SignInFailed, AccountLocked)):
            accounts.authenticate(CLERK, "nope-nope-nope")
    with pytest.raises(AccountLocked):
        accounts.authenticate(CLERK, CLERK_PW)
    with pytest.raises(NotAllowed):
        accounts.unlock(CLERK, CLERK)  # a counter clerk cannot unlock (not even themselves)
    assert not accounts.unlock(ADMIN, CLERK).locked(accounts.clock.now())
    assert accounts.authenticate(CLERK, CLERK_PW).username == CLERK
    assert [c.change for c in accounts.permission_changes(ADMIN, CLERK)] == ["created", "unlocked"]


def test_an_unknown_username_reads_like_a_wrong_password(store):
    accounts = with_staff(make_accounts(store))
    with pytest.raises(SignInFailed) as unknown:
        accounts.authenticate("nobody", CLERK_PW)
    with pytest.raises(SignInFailed) as wrong:
        accounts.authenticate(CLERK, "Wrong!2026pw")
    assert unknown.value.message_ko.split(".")[0] == wrong.value.message_ko.split(".")[0]


def test_roles_and_activation_are_admin_only_and_logged(store):
    accounts = with_staff(make_accounts(store))
    with pytest.raises(NotAllowed):
        accounts.add(CLERK, "x-user", "엑스", CLERK_PW)
    with pytest.raises(NotAllowed):
        accounts.list(CLERK)
    assert accounts.set_role(ADMIN, CLERK, "admin").is_admin
    assert [a.username for a in accounts.list(CLERK)] == [ADMIN, CLERK]  # now an admin
    accounts.set_role(ADMIN, CLERK, "counter")
    accounts.set_active(ADMIN, CLERK, False)
    with pytest.raises(AccountInactive):
        accounts.authenticate(CLERK, CLERK_PW)
    accounts.set_active(ADMIN, CLERK, True)
    accounts.reset_password(ADMIN, CLERK, "Temp!2026reset")
    again = accounts.authenticate(CLERK, "Temp!2026reset")
    assert again.must_change_password
    changes = [(c.change, c.old_value, c.new_value, c.changed_by) for c in accounts.permission_changes(ADMIN, CLERK)]
    assert changes == [
        ("created", None, "counter", ADMIN),
        ("role", "counter", "admin", ADMIN),
        ("role", "admin", "counter", ADMIN),
        ("deactivated", "true", "false", ADMIN),
        ("activated", "false", "true", ADMIN),
        ("password_reset", None, None, ADMIN),
    ]


def test_the_last_administrator_stays(store):
    accounts = with_staff(make_accounts(store))
    with pytest.raises(StaffConflict) as e:
        accounts.set_role(ADMIN, ADMIN, "counter")
    assert e.value.code == "last_admin"
    with pytest.raises(StaffConflict):
        accounts.set_active(ADMIN, ADMIN, False)
    accounts.set_role(ADMIN, CLERK, "admin")
    accounts.set_role(CLERK, ADMIN, "counter")  # another admin remains
    with pytest.raises(NotAllowed):
        accounts.list(ADMIN)  # demoted: the rights are gone at once


def test_own_password_change_checks_the_current_one(store):
    accounts = with_staff(make_accounts(store))
    with pytest.raises(SignInFailed):
        accounts.change_password(CLERK, "Wrong!2026pw", "New!2026password")
    with pytest.raises(WeakPassword):
        accounts.change_password(CLERK, CLERK_PW, "short")
    accounts.change_password(CLERK, CLERK_PW, "New!2026password")
    with pytest.raises(SignInFailed):
        accounts.authenticate(CLERK, CLERK_PW)
    assert not accounts.authenticate(CLERK, "New!2026password").must_change_password


def test_usernames_are_unique_and_well_formed(store):
    accounts = with_staff(make_accounts(store))
    for bad in ("ab", "has space", "한글아이디"):
        with pytest.raises(StaffConflict):
            accounts.add(ADMIN, bad, "이름", CLERK_PW)
    with pytest.raises(StaffConflict) as e:
        accounts.add(ADMIN, "CLERK1", "중복", CLERK_PW)
    assert e.value.code == "username_taken"


def plant_training_row(accounts, password: str) -> None:
    """A ``training`` row with a real password hash, as a copied or hand-edited database could hold."""
    now = accounts.clock.now()
    with accounts.store.unit_of_work() as uow:
        uow.session.add(Staff(username=TRAINING_USERNAME, display_name="연습 사용자", role="admin",
                              password_hash=accounts.passwords.hash(password), active=True, failed_attempts=0,
                              must_change_password=False, created_at=now, updated_at=now))


def test_the_training_username_is_never_created_and_signs_in_only_in_training_mode(store):
    accounts = make_accounts(store)
    with pytest.raises(StaffConflict) as e:
        accounts.create_first_admin("Training", "연습", ADMIN_PW)
    assert e.value.code == "reserved_username" and needs_first_admin(store)
    with_staff(accounts)
    with pytest.raises(StaffConflict) as e:
        accounts.add(ADMIN, " training ", "연습", CLERK_PW)
    assert e.value.code == "reserved_username"
    plant_training_row(accounts, CLERK_PW)
    for name in (TRAINING_USERNAME, " Training"):
        with pytest.raises(NotTrainingMode):
            accounts.authenticate(name, CLERK_PW)
    with pytest.raises(NotTrainingMode):
        accounts.change_password(TRAINING_USERNAME, CLERK_PW, "New!2026password")
    # On training mode's own database the name is not refused by this rule (its row has no password there).
    trainee = Accounts(store, accounts.clock, passwords=cheap_passwords(), training=True)
    assert trainee.authenticate(TRAINING_USERNAME, CLERK_PW).username == TRAINING_USERNAME


def test_a_real_counter_refuses_the_training_account(core):
    service = accounts(core)
    assert not core.training and not service.training
    with pytest.raises(StaffConflict) as e:
        service.create_first_admin(TRAINING_USERNAME, "연습", ADMIN_PW)
    assert e.value.code == "reserved_username"
    with pytest.raises(NotTrainingMode):
        service.authenticate(TRAINING_USERNAME, ADMIN_PW)


@pytest.mark.parametrize("pw", ["short1!", "alllowercaseletters", "1234567890", "abcdefgh12"])
def test_weak_passwords_are_refused(pw):
    if pw == "abcdefgh12":  # 10 characters of two kinds: allowed
        check_strength(pw)
        return
    with pytest.raises(WeakPassword):
        check_strength(pw)


def test_a_password_may_not_contain_the_username():
    with pytest.raises(WeakPassword):
        check_strength("Clerk1!secret", "clerk1")
