"""The shapes of what the rules read from the analysis (states.StateMention, gazetteer.Place,
extract.Span), as protocols: the rule modules stay free of the modules that make them."""

from __future__ import annotations

from typing import Protocol


class Located(Protocol):
    """A place or state mention: which state, and where in the text it starts."""

    @property
    def iso(self) -> str: ...
    @property
    def start(self) -> int: ...


class Mention(Located, Protocol):
    """A state mention with the role the text gives it (states.StateMention)."""

    @property
    def role(self) -> str: ...


class SpannedMention(Mention, Protocol):
    """A state mention whose end is read too."""

    @property
    def end(self) -> int: ...


class Place(Located, Protocol):
    """A place and whether a locative sits with it ("in Dubai"; gazetteer.Place)."""

    @property
    def end(self) -> int: ...
    @property
    def locative(self) -> bool: ...


class Span(Protocol):
    """A sentence of the text (extract.Span)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
