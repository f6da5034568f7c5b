"""The partner gateway protocol, shared by the sandbox and the partner clients (docs/partner-protocol.md)."""

PROTOCOL_VERSION = "v1"
API_KEY_HEADER = "X-LinkDesk-Key"
IDEMPOTENCY_HEADER = "Idempotency-Key"
