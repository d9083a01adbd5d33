"""Which facts differ between two servers?

With three servers you can still compare two fingerprints by eye; with twenty you cannot.  Given
the fingerprints of two machines (dictionaries like the one ``machine_fingerprint`` returns, but
any keys are allowed), report only what differs, with both values side by side.

A key that one side does not have counts as ``None`` on that side: ``{"docker": "24.0"}``
against ``{}`` differs, and the pair is ``("24.0", None)``.  So a key whose value is ``None`` on
one side and that is missing on the other does *not* differ.

This is a pure function: no files, no processes, just the two dictionaries.

Why it matters for Docker: "works on my machine" is exactly a non-empty diff.  A container image
makes the diff of what is inside it empty on every server.
"""

from __future__ import annotations

from typing import Any


def fingerprint_diff(a: dict[str, Any], b: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Return ``{key: (value_in_a, value_in_b)}`` for every key whose values differ.

    - Keys of both ``a`` and ``b`` are considered; a missing key counts as ``None``.
    - Keys with equal values on both sides are absent from the result.
    - Each value of the result is a ``tuple`` of two items, ``a``'s first.
    - Do not modify ``a`` or ``b``.
    """
    raise NotImplementedError
