"""Public ids and CSRF tokens come from one CSPRNG read each, uniformly over their alphabet."""

from __future__ import annotations

import re

import pytest
from django.middleware import csrf

from amanat.core import ids
from amanat.core.ids import ALPHABET, LENGTH, new_public_id, random_string


def test_a_public_id_has_its_length_and_alphabet() -> None:
    assert re.fullmatch(f"[{ALPHABET}]{{{LENGTH}}}", new_public_id())


def test_every_character_of_the_alphabet_comes_out() -> None:
    drawn = set(random_string(20_000, ALPHABET))
    assert drawn == set(ALPHABET)


def test_bytes_that_would_favour_the_first_characters_are_skipped(monkeypatch) -> None:
    # 31 letters: 248 is the largest multiple below 256; 248…255 would make a…h likelier.
    feed = iter([bytes([248, 255, 0, 30, 31, 247]) + bytes(6)])
    monkeypatch.setattr(ids.secrets, "token_bytes", lambda n: next(feed))
    assert random_string(4, ALPHABET) == ALPHABET[0] + ALPHABET[30] + ALPHABET[0] + ALPHABET[30]


def test_an_alphabet_longer_than_a_byte_can_choose_from_is_refused() -> None:
    with pytest.raises(ValueError, match="between 1 and 256"):
        random_string(4, "x" * 257)


def test_the_csrf_middleware_draws_its_tokens_this_way(client) -> None:
    assert csrf.get_random_string is random_string
    response = client.get("/report/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    assert token
    assert re.fullmatch(f"[{re.escape(csrf.CSRF_ALLOWED_CHARS)}]{{64}}", token[1])


def test_it_refuses_to_start_when_django_no_longer_draws_tokens_that_way(monkeypatch) -> None:
    from amanat.core import csrf as amanat_csrf

    monkeypatch.delattr(csrf, "get_random_string")
    with pytest.raises(RuntimeError, match="no longer uses get_random_string"):
        amanat_csrf.install()
