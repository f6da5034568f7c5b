"""Reusable widgets of the NEIS linking wizard: each shows or edits plain data, never does I/O.

The wizard's pages are assembled from these. Anything that talks to a partner or the database is a
callable handed in by the page and run through :class:`linkdesk.gui.tasks.TaskRunner`; the one
exception is the school search, which reads the local directory cache synchronously (fast, offline).
"""
