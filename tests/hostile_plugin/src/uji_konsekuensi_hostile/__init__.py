"""A hostile plugin for the tests (see plugin.py)."""
