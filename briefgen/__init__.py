"""briefgen: turn news articles into a reviewed daily briefing site, with PDFs."""

__version__ = "0.1.0"
