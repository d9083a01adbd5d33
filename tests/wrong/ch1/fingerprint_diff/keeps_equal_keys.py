"""Reports every key, also the ones whose values are equal."""

REJECTED_BY: tuple[str, ...] = ("pairs_exactly_the_keys_whose_values_differ",)


def fingerprint_diff(a, b):
    return {key: (a.get(key), b.get(key)) for key in a.keys() | b.keys()}
