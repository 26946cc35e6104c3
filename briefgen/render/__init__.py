"""Rendering: briefings and views to HTML pages, feeds and PDFs. Knows nothing of files."""
