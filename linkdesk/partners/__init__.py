"""Partner clients: one per partner, over one request path (docs/partner-protocol.md).

Build a :class:`Gateway` from :class:`PartnerSettings` in the composition root; every call either
returns a validated value object (:mod:`linkdesk.partners.models`) or raises :class:`PartnerError`.
"""

from linkdesk.partners.errors import PartnerError
from linkdesk.partners.gateway import Gateway
from linkdesk.partners.settings import InsecureUrlError, PartnerSettings
from linkdesk.partners.transport import Transport, new_idempotency_key

__all__ = ["Gateway", "InsecureUrlError", "PartnerError", "PartnerSettings", "Transport", "new_idempotency_key"]
