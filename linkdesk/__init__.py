"""LinkDesk: the counter application of Korean volunteer centres (자원봉사센터)."""

__version__ = "0.1.0"
