"""The reporter's structured answers in the staff member's words (decrypted in, text out)."""

from __future__ import annotations

from typing import Any

from amanat.core.names import country_name
from amanat.intake.forms import CHANNELS, DEMANDS, TARGETS


def answers_in_words(fields: dict[str, Any]) -> dict[str, str]:
    """The reporter's chosen options as the reader's words (codes only if a form dropped one)."""
    words = {}
    for name, options in (("targeted", TARGETS), ("channels", CHANNELS), ("demands", DEMANDS)):
        labels = {code: str(label) for code, label in options}
        words[name] = ", ".join(labels.get(code, code) for code in fields.get(name) or [])
    words["country"] = country_name(fields.get("country") or "")
    parts = [fields.get(name) for name in ("when_year", "when_month", "when_day")]
    words["when"] = "-".join(f"{part:02d}" for part in parts if part is not None)
    return words
