"""Rejects only negative capacity, so a capacity of 0 divides by zero (ZeroDivisionError)."""

REJECTED_BY: tuple[str, ...] = ("raises_value_error_for_impossible_inputs",)


def servers_needed(peak_rps, rps_per_server, spares=1):
    if rps_per_server < 0 or peak_rps < 0 or spares < 0:
        raise ValueError("impossible input")
    return max(1, -(-peak_rps // rps_per_server)) + spares
