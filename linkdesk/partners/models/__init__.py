"""Frozen value objects for partner answers, each parsed and validated from JSON.

Dates become ``date``, times become timezone-aware ``datetime``; a missing field or a wrong type is
a :class:`~linkdesk.partners.fields.SchemaError`, which the transport reports as
``malformed_response``.
"""

from linkdesk.partners.models.common import GatewayStatus, Page
from linkdesk.partners.models.identity import Captcha, Verified
from linkdesk.partners.models.neis import School, SchoolDirectory, StudentCheck, Submission, parse_timetable
from linkdesk.partners.models.portal1365 import ConsentResult, Consents, Guardian, NeisLink, Record, Volunteer
from linkdesk.partners.models.redcross import (
    ExpiringConsent,
    RcyMember,
    RedCrossActivity,
    RedCrossConsent,
    RedCrossConsentResult,
    RedCrossLinkResult,
    RedCrossMember,
    RedCrossMemberDetail,
    RedCrossSummary,
)
from linkdesk.partners.models.vms import VmsLink, VmsMember, VmsRecord, VmsRecordPage, VmsTransfer

__all__ = [
    "Captcha", "ConsentResult", "Consents", "ExpiringConsent", "GatewayStatus", "Guardian", "NeisLink", "Page",
    "RcyMember", "Record", "RedCrossActivity", "RedCrossConsent", "RedCrossConsentResult", "RedCrossLinkResult",
    "RedCrossMember", "RedCrossMemberDetail", "RedCrossSummary", "School", "SchoolDirectory", "StudentCheck",
    "Submission", "Verified", "VmsLink", "VmsMember", "VmsRecord", "VmsRecordPage", "VmsTransfer",
    "Volunteer", "parse_timetable",
]
