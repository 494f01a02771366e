"""Django's SQLite backend with write transactions queued on a lock that wakes the next writer at
once (``base.py``); ``settings.py`` selects it for SQLite databases."""
