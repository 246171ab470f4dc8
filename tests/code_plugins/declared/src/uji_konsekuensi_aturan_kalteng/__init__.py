"""A test plugin: an own rule for the Kalteng data agency (see plugin.py)."""
