"""osdock: a course in the operating-system ideas Docker stands on, graded by a pytest plugin."""

from __future__ import annotations

__version__ = "0.1.0"
