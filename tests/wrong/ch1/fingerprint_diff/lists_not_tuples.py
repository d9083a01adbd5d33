"""Pairs the two values in a list instead of a tuple."""

REJECTED_BY: tuple[str, ...] = ("pairs_exactly_the_keys_whose_values_differ",)


def fingerprint_diff(a, b):
    return {key: [a.get(key), b.get(key)] for key in a.keys() | b.keys() if a.get(key) != b.get(key)}
