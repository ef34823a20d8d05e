"""briefer: turn a folder of news articles into a briefing memo of who holds which position."""

__version__ = "0.1.0"
