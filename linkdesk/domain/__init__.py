"""Domain rules of LinkDesk: pure functions and values, no Qt and no I/O (DOMAIN.md §5–§7)."""
