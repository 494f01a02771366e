"""The labelled-corpus format (design/taxonomy.md): ``*.txt`` files and ``labels.jsonl``.

One JSON object per line: ``{"file": "017.txt", "is_tnr": true, "origin_state": "CN",
"host_countries": ["TR"], "tactics": ["threat_to_family"], "story_group": "slug", "lang": "tr"}``.
``origin_state`` is null and ``tactics`` empty when ``is_tnr`` is false; ``story_group`` is null
for an article in no group; ``lang`` may be absent for English.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LABELS_FILE = "labels.jsonl"
_KEYS = ("file", "is_tnr", "origin_state", "host_countries", "tactics", "story_group", "lang")


class CorpusError(ValueError):
    """A labels file that does not follow the format; the message names the line."""


@dataclass(frozen=True)
class Label:
    file: str
    is_tnr: bool
    origin_state: str | None = None
    host_countries: tuple[str, ...] = ()
    tactics: tuple[str, ...] = ()
    story_group: str | None = None
    lang: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file,
            "is_tnr": self.is_tnr,
            "origin_state": self.origin_state if self.is_tnr else None,
            "host_countries": list(self.host_countries),
            "tactics": list(self.tactics) if self.is_tnr else [],
            "story_group": self.story_group,
        }
        if self.lang and self.lang != "en":
            data["lang"] = self.lang
        return data


def parse_label(data: Any, where: str = "") -> Label:
    """One label from a decoded JSON object, checked strictly."""
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: not a JSON object")
    unknown = set(data) - set(_KEYS)
    if unknown:
        raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
    name = data.get("file")
    if not isinstance(name, str) or not name or "/" in name or name.startswith("."):
        raise CorpusError(f"{where}: 'file' must be a plain file name")
    if not isinstance(data.get("is_tnr"), bool):
        raise CorpusError(f"{where}: 'is_tnr' must be true or false")
    origin = data.get("origin_state")
    if origin is not None and not (isinstance(origin, str) and len(origin) == 2):
        raise CorpusError(f"{where}: 'origin_state' must be an ISO 3166-1 alpha-2 code or null")
    hosts = _strings(data.get("host_countries", []), "host_countries", where)
    tactics = _strings(data.get("tactics", []), "tactics", where)
    group = data.get("story_group")
    if group is not None and not (isinstance(group, str) and group):
        raise CorpusError(f"{where}: 'story_group' must be a non-empty string or null")
    lang = data.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise CorpusError(f"{where}: 'lang' must be a string")
    return Label(name, data["is_tnr"], origin, hosts, tactics, group, lang)


def _strings(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CorpusError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def read_labels(path: Path) -> list[Label]:
    labels = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{where}: invalid JSON ({exc.msg})") from exc
            labels.append(parse_label(data, where))
    names = [label.file for label in labels]
    if len(set(names)) != len(names):
        raise CorpusError(f"{path.name}: a file is labelled twice")
    return labels


def write_labels(path: Path, labels: Iterable[Label]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label.to_json(), ensure_ascii=False) + "\n")


@dataclass
class Folder:
    """A labelled folder: its articles (raw bytes, in file-name order) and their labels."""

    path: Path
    labels: list[Label] = field(default_factory=list)
    texts: dict[str, bytes] = field(default_factory=dict)


def read_folder(path: Path) -> Folder:
    labels_path = path / LABELS_FILE
    if not labels_path.is_file():
        raise CorpusError(f"{path}: no {LABELS_FILE}")
    labels = read_labels(labels_path)
    folder = Folder(path, labels)
    for label in labels:
        article = path / label.file
        if not article.is_file():
            raise CorpusError(f"{path}: {label.file} is labelled but missing")
        folder.texts[label.file] = article.read_bytes()
    return folder
