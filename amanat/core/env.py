"""Strict parsers for settings taken from the environment.

Settings fail closed: a malformed value stops start-up with a message naming the variable,
instead of silently falling back to a default that may be unsafe.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message names the variable."""


def _raw(name: str, env: Mapping[str, str]) -> str | None:
    """Read NAME, or the contents of the file named by NAME_FILE (for secrets)."""
    value = env.get(name)
    file_name = env.get(f"{name}_FILE")
    if value is not None and file_name is not None:
        raise ConfigError(f"{name} and {name}_FILE are both set; set only one")
    if file_name is not None:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{name}_FILE={file_name!r} cannot be read: {exc.strerror}") from exc
    return value


def get_str(name: str, default: str | None = None, *, env: Mapping[str, str] = os.environ) -> str:
    """A required string unless a default is given; empty counts as missing."""
    value = _raw(name, env)
    if value is None or value == "":
        if default is None:
            raise ConfigError(f"{name} is required (see docs/configuration.md)")
        return default
    return value


def get_bool(name: str, default: bool, *, env: Mapping[str, str] = os.environ) -> bool:
    """Only the words true/false/1/0/yes/no/on/off are accepted."""
    value = _raw(name, env)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={value!r} is not a boolean (use true or false)")


def get_int(
    name: str, default: int, *, minimum: int, maximum: int, env: Mapping[str, str] = os.environ
) -> int:
    """An integer inside an explicit range, so a typo cannot disable a limit."""
    value = _raw(name, env)
    if value is None or value == "":
        return default
    try:
        number = int(value.strip())
    except ValueError as exc:
        raise ConfigError(f"{name}={value!r} is not a whole number") from exc
    if not minimum <= number <= maximum:
        raise ConfigError(f"{name}={number} is outside {minimum}..{maximum}")
    return number


def get_list(name: str, default: list[str], *, env: Mapping[str, str] = os.environ) -> list[str]:
    """A comma-separated list; blanks are dropped."""
    value = _raw(name, env)
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def get_choice(
    name: str, default: str, choices: tuple[str, ...], *, env: Mapping[str, str] = os.environ
) -> str:
    """One of a fixed set of words."""
    value = get_str(name, default, env=env).strip().lower()
    if value not in choices:
        raise ConfigError(f"{name}={value!r} must be one of: {', '.join(choices)}")
    return value
