"""Sphinx configuration: MyST Markdown pages, furo theme, warnings are errors (nox -s docs)."""

project = "vnadmin"
author = "vnadmin developers"
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
myst_heading_anchors = 3
autodoc_member_order = "bysource"
nitpicky = False
