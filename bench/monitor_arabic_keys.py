"""The common keys of Arabic-script words (nlp/name_keys.py, session 33): their count and the
shipped list.

``python -m bench.monitor_arabic_keys`` prints how many keys the list would hold at each
share; ``--write`` writes ``amanat/monitor/nlp/data/arabic_common_keys.json``.

Every Persian and Uyghur word is keyed, as neither script marks a name. A key found in more
than :data:`SHARE` of the corpus's Persian and Uyghur texts is a common word's (or a name
too common to tell one story from another) and is not a feature: in a folder of forty texts
the grouper cannot yet see how common it is. The texts are those of every labelled split
but tnr-heldout, up to tnr-fresh :data:`LAST_COUNTED`; splits written after it are blind
for the list.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from amanat.monitor.nlp import corpus, name_keys
from bench import monitor_blind

SHARE = 0.01  # session 33: of 0.003, 0.01 and 0.03 the middle one (docs/monitor/learned-models.md)
LAST_COUNTED = 424  # the last split written before the list was chosen
LANGUAGES = ("fa", "ug")
NOT_COUNTED = ("tnr-heldout",)


def counted_splits() -> list[str]:
    """Every labelled split but tnr-heldout and the blind splits after :data:`LAST_COUNTED`."""
    return [
        split
        for split in monitor_blind.splits()
        if split not in NOT_COUNTED and not monitor_blind.written_after(split, LAST_COUNTED)
    ]


def key_counts() -> tuple[int, Counter[str]]:
    """(texts read, in how many of them each key occurs)."""
    texts, counts = 0, Counter[str]()
    for split in counted_splits():
        folder = monitor_blind.CORPUS / split
        for label in corpus.read_labels(folder / corpus.LABELS_FILE):
            if label.lang in LANGUAGES:
                text = (folder / label.file).read_text(encoding="utf-8")
                counts.update(set(name_keys.arabic_script_keys(text, common=frozenset())))
                texts += 1
    return texts, counts


def common(texts: int, counts: Counter[str], share: float = SHARE) -> list[str]:
    return sorted(key for key, seen in counts.items() if seen > share * texts)


def write(path: Path = name_keys.COMMON_KEYS) -> str:
    texts, counts = key_counts()
    keys = common(texts, counts)
    data = {"share": SHARE, "last_counted": LAST_COUNTED, "texts": texts, "keys": keys}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return f"wrote {len(keys)} keys of {texts} Persian and Uyghur texts to {path}"


def measure() -> str:
    texts, counts = key_counts()
    rows = [f"{texts} Persian and Uyghur texts, {len(counts)} distinct keys", "share | keys"]
    rows += [f"{share} | {len(common(texts, counts, share))}" for share in (0.003, 0.01, 0.03)]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the shipped list")
    args = parser.parse_args()
    print(write() if args.write else measure())


if __name__ == "__main__":
    main()
