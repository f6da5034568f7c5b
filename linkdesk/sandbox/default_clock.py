"""The moment the bundled default scenario starts at ("today" in training mode).

Its own module so that a training command can set its clock without loading the scenario (12,200
schools) or the sandbox server; :mod:`.scenario_cache` hashes this file with the generator's.
"""

CLOCK = "2026-05-15T10:00:00+09:00"
