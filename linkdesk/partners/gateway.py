"""One object for the whole partner side: five clients over one transport (one session)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import requests

from linkdesk.partners.fields import parser
from linkdesk.partners.identity import IdentityClient
from linkdesk.partners.models import GatewayStatus
from linkdesk.partners.neis import NeisClient
from linkdesk.partners.portal1365 import Portal1365Client
from linkdesk.partners.redcross import RedCrossClient
from linkdesk.partners.settings import PartnerSettings
from linkdesk.partners.transport import Transport
from linkdesk.partners.vms import VmsClient


class Gateway:
    """The partner gateway as the services see it; made once in the composition root.

    ``Gateway(settings)`` makes its own session (closed by :meth:`close`); ``session`` may be
    injected (then it stays the caller's). ``sleep`` / ``now`` are passed to the transport.
    """

    def __init__(self, settings: PartnerSettings, session: requests.Session | None = None, *,
                 sleep: Callable[[float], None] | None = None, now: Callable[[], datetime] | None = None) -> None:
        self.transport = Transport(settings, session, sleep=sleep, now=now)
        self.identity = IdentityClient(self.transport)
        self.portal1365 = Portal1365Client(self.transport)
        self.neis = NeisClient(self.transport)
        self.vms = VmsClient(self.transport)
        self.redcross = RedCrossClient(self.transport)

    @property
    def settings(self) -> PartnerSettings:
        return self.transport.settings

    def status(self) -> GatewayStatus:
        """``GET /v1/status``: which partners are up, and the partner clock."""
        return self.transport.get("gateway", "status", "/v1/status", parser(GatewayStatus.from_fields))

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> Gateway:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
