"""The short reports' veto at the long texts' threshold (issue 12, session 18).

``python -m bench.monitor_short_veto --veto T --test SPLIT ...`` runs the one-shot test
pre-registered in docs/monitor/learned-models.md ("Session 18: the short reports' veto at
0.4"): the tagger with the shipped weights, the short reports' veto at the shipped
:data:`textmodel.SHORT_THRESHOLD` and at T, pooled totals only. The selection is
``python -m bench.monitor_short_reader``'s grid (vetoes 0 … 0.5).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from amanat.monitor.nlp import corpus, pipeline, textmodel
from bench import monitor_blind, monitor_short_reader
from bench import monitor_veto_data as veto


@contextmanager
def short_veto(at: float) -> Iterator[None]:
    saved, textmodel.SHORT_THRESHOLD = textmodel.SHORT_THRESHOLD, at
    try:
        yield
    finally:
        textmodel.SHORT_THRESHOLD = saved


def one_shot(tests: Sequence[str], at: float) -> str:
    gold = [g for s in tests for g in veto._renamed(
        corpus.read_labels(monitor_blind.CORPUS / s / corpus.LABELS_FILE), s)]  # fmt: skip
    lines = [f"Shipped weights ({textmodel.VERSION}); pooled over {len(tests)} splits "
             f"({len(gold)} texts):", "", monitor_short_reader.HEAD]  # fmt: skip
    for threshold in (textmodel.SHORT_THRESHOLD, at):
        with short_veto(threshold):
            predicted = [p for s in tests for p in veto._renamed(
                pipeline.predict_folder(corpus.read_folder(monitor_blind.CORPUS / s)).predictions,
                s)]  # fmt: skip
        name = f"short reports' veto at p < {threshold}"
        lines.append(monitor_short_reader._row(name, gold, predicted))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> str:
    options = veto.one_shot_options("python -m bench.monitor_short_veto", "veto", float,
                                    "the short reports' veto threshold under test",
                                    monitor_short_reader.SELECTION, argv)  # fmt: skip
    if not options.test:
        options.error("the selection is python -m bench.monitor_short_reader; give --test")
    if not 0 <= options.veto <= 1:
        options.error(f"--veto {options.veto} is not a probability")
    learned = sorted(set(textmodel.load().splits) & set(options.test))
    if learned:
        options.error(f"the shipped weights were trained on {', '.join(learned)}")
    return one_shot(options.test, options.veto)


if __name__ == "__main__":
    print(main())
