"""Let a plain checkout use the osdock plugin without installing it.

When the distribution is installed (``pip install -e .``) pytest loads the plugin through its
``pytest11`` entry point, and registering it here again would be an error; so this file only
asks for the plugin when no entry point provides it.
"""

from __future__ import annotations

from importlib.metadata import entry_points

if not any(ep.value == "pytest_osdock.plugin" for ep in entry_points(group="pytest11")):
    pytest_plugins = ["pytest_osdock.plugin"]
