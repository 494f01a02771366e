"""Articles known only by their features, and a grouper that has already seen a crowd of
unrelated stories: what the grouping tests build their pairs from (invented features only)."""

from __future__ import annotations

from amanat.monitor.nlp.grouping import Doc, StoryGrouper


def feature_doc(key: str, features: list[str], language: str = "") -> Doc:
    """An article known only by its features (its one shingle is its key: no near-duplicate)."""
    return Doc(key, key, [key], features, language)


def crowd(size: int = 200) -> StoryGrouper:
    """A grouper that has seen ``size`` unrelated stories, each on its own day, in two
    languages: what makes one shared day or month rare enough to count."""
    grouper = StoryGrouper()
    for index in range(size):
        year, month, day = 2000 + index // 12, 1 + index % 12, 1 + index % 28
        features = [f"t:{year}-{month:02d}", f"t:{year}-{month:02d}-{day:02d}", f"d:{1000 + index}"]
        grouper.add(feature_doc(f"crowd{index}", features, ("en", "zh")[index % 2]))
    return grouper
