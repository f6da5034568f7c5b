"""Logging that cannot leak a 주민등록번호: redaction by construction, not by luck.

Every record passes :class:`RedactingFilter` before any handler formats it: the message, its
arguments and the exception text are rendered and every RRN-shaped number is replaced by its masked
form (``YYMMDD-G******``). The filter sits on the handlers, so a record from any library is covered.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from linkdesk.domain.rrn import redact
from linkdesk.files import PRIVATE_FILE_MODE, ensure_private_dir

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw text
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the ones started after a rollover included, is readable by its owner only."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        # Created 0600 before logging opens it, so the file never exists with the umask's mode;
        # a file left wider by an older version is tightened.
        os.close(os.open(self.baseFilename, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_FILE_MODE))
        if os.name == "posix" and os.stat(self.baseFilename).st_mode & 0o077:
            os.chmod(self.baseFilename, PRIVATE_FILE_MODE)
        return super()._open()


def setup_logging(log_dir: Path | None, level: int = logging.INFO, stderr: bool = False) -> Path | None:
    """Rotating file log under ``log_dir`` (owner-only), optional stderr; both redacting."""
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_linkdesk", False):
            root.removeHandler(h)
            h.close()
    path = None
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        ensure_private_dir(log_dir)
        path = log_dir / "linkdesk.log"
        fh = _PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handlers.append(fh)
    if stderr:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(logging.Formatter(LOG_FORMAT))
        h.addFilter(RedactingFilter())
        h._linkdesk = True  # type: ignore[attr-defined]
        root.addHandler(h)
    return path
