"""Walks the keys of a only, so a key that only b has is never reported."""

REJECTED_BY: tuple[str, ...] = ("pairs_exactly_the_keys_whose_values_differ",)


def fingerprint_diff(a, b):
    return {key: (a[key], b.get(key)) for key in a if a[key] != b.get(key)}
