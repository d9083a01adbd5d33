"""How many servers for scale out? (reference answer)"""

from __future__ import annotations


def servers_needed(peak_rps: int, rps_per_server: int, spares: int = 1) -> int:
    if rps_per_server <= 0:
        raise ValueError(f"rps_per_server must be positive, got {rps_per_server}")
    if peak_rps < 0:
        raise ValueError(f"peak_rps must not be negative, got {peak_rps}")
    if spares < 0:
        raise ValueError(f"spares must not be negative, got {spares}")
    # Integer ceiling division: exact for any size, where math.ceil(a / b) goes through a float.
    carrying = -(-peak_rps // rps_per_server)
    return max(1, carrying) + spares
