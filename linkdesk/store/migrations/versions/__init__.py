"""Schema revisions, oldest first (``0001_initial``). Never edit a released revision: add one."""
