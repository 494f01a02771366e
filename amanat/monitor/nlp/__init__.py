"""The monitor's text pipeline, free of Django (an import-linter contract keeps it so).

``normalise`` (bytes → clean text, skip reasons, hash) → ``lang`` (language and script) →
``tagging`` (relevance, states, tactics, counts, dates, with evidence) and ``shingles`` +
``grouping`` (incremental story groups); ``corpus`` and ``evaluate`` read and score labelled
folders; ``pipeline`` strings them together for one article or one folder.
"""
