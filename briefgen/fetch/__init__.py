"""Getting the day's articles from the configured sources: `briefgen fetch`."""
