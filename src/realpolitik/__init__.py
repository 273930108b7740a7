"""realpolitik: reads international-relations news and builds the system it describes."""

__version__ = "0.1.0"
