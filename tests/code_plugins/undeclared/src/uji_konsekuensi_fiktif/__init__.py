"""A test plugin: an agency registered by Python code (see plugin.py)."""
