"""How many servers for scale out?

One server handles ``rps_per_server`` requests per second.  At the busiest moment, users send
``peak_rps`` requests per second.  Scale up buys a bigger server; scale out buys *more* servers
and spreads the requests over them.  How many?

- Enough to carry the peak: ``ceil(peak_rps / rps_per_server)``, and never fewer than one
  (a service with no traffic still needs a server to answer).
- Plus ``spares``: servers can crash (that was the weakness of scale up: one big server is one
  single point of failure).  With ``spares`` extra servers, the peak is still carried while
  ``spares`` of them are down.

So the answer is ``max(1, ceil(peak_rps / rps_per_server)) + spares``.  Work with integers
(``math.ceil`` on a float division, or the integer trick ``-(-a // b)``) and return an ``int``.

Why it matters for Docker: the more servers you run, the more often you deploy the same program
on another machine, and the more it matters that it runs the same way on every one of them.
"""

from __future__ import annotations


def servers_needed(peak_rps: int, rps_per_server: int, spares: int = 1) -> int:
    """Return ``max(1, ceil(peak_rps / rps_per_server)) + spares`` as an ``int``.

    Raise ``ValueError`` if ``rps_per_server <= 0``, ``peak_rps < 0`` or ``spares < 0``.
    """
    raise NotImplementedError
