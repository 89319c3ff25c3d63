"""The package version, in one leaf module that every other module may import."""

__version__ = "1.1.0"
"""The package version (semantic); data versions are separate: see `versions()`."""
