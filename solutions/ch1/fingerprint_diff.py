"""Which facts differ between two servers? (reference answer)"""

from __future__ import annotations

from typing import Any


def fingerprint_diff(a: dict[str, Any], b: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    # dict.get returns None for a missing key, which is exactly "missing counts as None".
    return {key: (a.get(key), b.get(key)) for key in a.keys() | b.keys() if a.get(key) != b.get(key)}
