"""Who runs a command: the staff member signed in by ``--as``, a ``linkdesk login`` session, or nobody.

:func:`establish` runs when a command opens its Core (:func:`linkdesk.cli.context.open_cli_core`):

1. ``--as USERNAME`` (or env ``LINKDESK_STAFF``): the password from a hidden prompt or the next
   line of stdin, under the lockout rules — for this one command (commands that sign in themselves,
   ``staff`` and ``audit``, ask for it where they always did: :func:`~linkdesk.cli.staff_auth.sign_in_from`);
2. else the session ``linkdesk login`` saved for this OS account and this database
   (:mod:`linkdesk.cli.session_file`), if it has not been idle longer than the window's lock;
3. else, in training mode, the built-in training account (training stays open to anyone);
4. else, for a command that reads or changes a person's data (``required``), nothing runs unless the
   configured gateway reports itself as a training gateway *and* the database has no staff account
   (a real installation always has one, so a fake "training" gateway opens nothing real):
   :class:`SignInRequired` (exit 1, ``signin_required``).

The signed-in account becomes the access log's staff (``core.actor``), never the OS user.
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import replace
from typing import TYPE_CHECKING

from linkdesk.cli import session_file
from linkdesk.services.staff_model import StaffAccount, set_actor
from linkdesk.services.training_staff import has_staff_accounts, is_training_store, training_account

if TYPE_CHECKING:
    from linkdesk.services import staff_sessions

log = logging.getLogger(__name__)

TRAINING_GATEWAY_ACTOR = "(training gateway)"


def database_key(core) -> str:
    """What a saved session is tied to: the database (its URL without the password)."""
    return core.store.url.render_as_string(hide_password=True)


def gateway_says_training(core) -> bool:
    """Ask the configured gateway once (no retries) whether it is a training gateway; no answer: no."""
    from linkdesk.partners import Gateway, PartnerError

    try:
        with Gateway(replace(core.settings, retries=0)) as gateway:
            return bool(gateway.status().training)
    except PartnerError as exc:
        log.info("gateway status unavailable (%s): treated as a real gateway", exc.code)
        return False


def staff_from_args(args: argparse.Namespace) -> str | None:
    from linkdesk.cli.staff_auth import STAFF_ENV

    name = getattr(args, "as_staff", None) or os.environ.get(STAFF_ENV, "")
    return name.strip() or None


def _signed_in(core, account: StaffAccount) -> StaffAccount:
    set_actor(core, account)
    core.account = account
    return account


def establish(core, args: argparse.Namespace, *, required: bool, training_gateway: bool | None) -> StaffAccount | None:
    """Sign the command's staff member in on ``core`` (see the module doc). ``training_gateway``:
    what the gateway said of itself, or None when it was not asked (offline commands)."""
    from linkdesk.cli.staff_auth import read_secret

    name = staff_from_args(args)
    if name and required:
        from linkdesk.services.staff import sign_in  # the password check (argon2) only when one is typed

        return _signed_in(core, sign_in(core, name, read_secret(f"{name} 비밀번호: ")))
    key = database_key(core)
    saved = session_file.load(core.data_dir, key)
    ended: staff_sessions.SignInRequired | None = None
    if saved is not None:
        from linkdesk.services import staff_sessions  # noqa: F811  (the sessions' table, when one was saved)

        try:
            return _signed_in(core, staff_sessions.resume(core, saved.token, session_file.os_user()))
        except staff_sessions.SignInRequired as exc:
            session_file.remove(core.data_dir, key)
            ended = exc
    if not required:
        return None
    if is_training_store(core):
        return _signed_in(core, training_account(core))
    if training_gateway is None:
        training_gateway = gateway_says_training(core)
    if training_gateway and not has_staff_accounts(core):
        core.actor = replace(core.actor, staff=TRAINING_GATEWAY_ACTOR)
        return None
    # A gateway's word lifts nothing on a database with staff accounts: a --config pointing at any
    # server that calls itself a training gateway must not open a real installation's records.
    if ended is not None:
        raise ended
    from linkdesk.services import staff_sessions  # noqa: F811

    raise staff_sessions.SignInRequired.make()
