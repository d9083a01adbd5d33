"""Forgets that a service with no traffic still needs one server."""

import math

REJECTED_BY: tuple[str, ...] = ("gives_enough_servers_to_carry_the_peak_with_spares_down_and_no_more",)


def servers_needed(peak_rps, rps_per_server, spares=1):
    if rps_per_server <= 0 or peak_rps < 0 or spares < 0:
        raise ValueError("impossible input")
    return math.ceil(peak_rps / rps_per_server) + spares
