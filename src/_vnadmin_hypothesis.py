"""vnadmin's hypothesis entry point, kept outside the vnadmin package so that loading it is free.

Hypothesis runs every ``hypothesis`` entry point when it is first imported, in every project
where vnadmin is installed.  An entry point inside the package would import vnadmin (about
0.1 s) into each of them; this module imports nothing.  The types of the vnadmin modules
already imported are registered now; each other module registers its own when it is imported
(:func:`vnadmin._hypothesis_plugin.register_if_hypothesis_is_loaded`): no test can ask
``st.from_type`` for a vnadmin type before that.
"""

from __future__ import annotations

import sys


def _hypothesis_setup_hook() -> None:
    """Register the type strategies of the vnadmin modules imported already."""
    if "vnadmin" in sys.modules:
        from vnadmin._hypothesis_plugin import register_loaded

        register_loaded()
