"""rasid: conflict incidents from Arabic and English reports, with the words they came from."""

__version__ = "0.1.0"
