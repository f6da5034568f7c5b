"""Partner clients: one per partner, over one request path (docs/partner-protocol.md).

Build a :class:`Gateway` from :class:`PartnerSettings` in the composition root; every call either
returns a validated value object (:mod:`linkdesk.partners.models`) or raises :class:`PartnerError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linkdesk.lazy import lazy_exports

if TYPE_CHECKING:
    from linkdesk.partners.errors import PartnerError
    from linkdesk.partners.gateway import Gateway
    from linkdesk.partners.settings import InsecureUrlError, PartnerSettings
    from linkdesk.partners.transport import Transport, new_idempotency_key

__all__ = ["Gateway", "InsecureUrlError", "PartnerError", "PartnerSettings", "Transport", "new_idempotency_key"]

# Loaded on first use: a command that never calls a partner does not pay for requests (start-up).
_HOME = {"PartnerError": "errors", "Gateway": "gateway", "InsecureUrlError": "settings",
         "PartnerSettings": "settings", "Transport": "transport", "new_idempotency_key": "transport"}

__getattr__ = lazy_exports(__name__, globals(), _HOME)
