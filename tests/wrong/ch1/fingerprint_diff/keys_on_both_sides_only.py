"""Compares only keys both sides have, so a missing key is never a difference."""

REJECTED_BY: tuple[str, ...] = ("pairs_exactly_the_keys_whose_values_differ",)


def fingerprint_diff(a, b):
    return {key: (a[key], b[key]) for key in a if key in b and a[key] != b[key]}
