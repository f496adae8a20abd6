"""Sphinx configuration: MyST Markdown pages, furo theme, warnings are errors (nox -s docs).

The API reference (api.md) is autodoc over the installed (or checked-out) package.
"""

project = "vnadmin"
author = "vnadmin developers"
copyright = "2026, vnadmin developers"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints_format = "short"
nitpicky = False
