"""The counter GUI (PySide6). Depends on the Qt-free core; nothing in the core imports this package.

Entry point: :func:`linkdesk.gui.app.main`. Background work goes through
:class:`linkdesk.gui.tasks.TaskRunner`; bugs reach :class:`linkdesk.gui.crash.CrashHandler`.
"""
