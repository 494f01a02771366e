"""Staff password hashes are no weaker than the key wrapping (#11.2): a stolen ``auth_user``
must not be a cheaper way to test password guesses than the Argon2id-wrapped keys beside it."""

from __future__ import annotations

import importlib

import pytest
from django.contrib.auth.hashers import get_hasher
from django.db import connection

from amanat.accounts import actions, auth
from amanat.accounts.models import Role
from amanat.core import crypto
from amanat.testing.factories import PASSWORD

production = importlib.import_module("amanat.settings")
ARGON2_PREFIX = "argon2$argon2id$v=19$"


def stored_hash(username: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT password FROM auth_user WHERE username = %s", [username])
        return str(cursor.fetchone()[0])


def parameters(encoded: str) -> dict[str, int]:
    """m, t, p from ``argon2$argon2id$v=19$m=…,t=…,p=…$salt$hash``."""
    fields = encoded.split("$")[3]
    return {key: int(value) for key, value in (part.split("=") for part in fields.split(","))}


def test_the_production_hasher_is_argon2id_no_weaker_than_the_key_wrapping() -> None:
    module, _, name = production.PASSWORD_HASHERS[0].rpartition(".")
    hasher = getattr(importlib.import_module(module), name)()
    assert hasher.algorithm == "argon2"
    assert hasher.time_cost >= crypto.MODERATE_KDF.opslimit
    assert hasher.memory_cost * 1024 >= crypto.MODERATE_KDF.memlimit
    assert hasher.parallelism == 1  # libsodium's Argon2id uses one lane too
    assert "MD5" not in " ".join(production.PASSWORD_HASHERS)


@pytest.mark.django_db
def test_stored_staff_hashes_are_argon2id_at_the_key_wrapping_cost(settings) -> None:
    settings.PASSWORD_HASHERS = production.PASSWORD_HASHERS
    previous = crypto.set_kdf_cost(crypto.FAST_KDF_FOR_TESTS)  # the key wrap is not under test
    try:
        organisation, _ = actions.create_organisation("org-h", "Org H", actor=None)
        actions.create_staff_member(organisation, "hashed", PASSWORD, Role.ANALYST, actor=None)
    finally:
        crypto.set_kdf_cost(previous)
    encoded = stored_hash("hashed")
    assert encoded.startswith(ARGON2_PREFIX)
    found = parameters(encoded)
    assert found["t"] >= crypto.MODERATE_KDF.opslimit
    assert found["m"] * 1024 >= crypto.MODERATE_KDF.memlimit
    assert found["p"] == 1


@pytest.mark.django_db
def test_an_old_pbkdf2_hash_is_upgraded_at_the_next_sign_in(org_a, settings) -> None:
    settings.PASSWORD_HASHERS = production.PASSWORD_HASHERS
    user = org_a.analyst.user
    old = get_hasher("pbkdf2_sha256").encode(PASSWORD, "pbkdf2salt0123456789", iterations=1000)
    user.password = old
    user.save(update_fields=["password"])
    assert stored_hash(user.username).startswith("pbkdf2_sha256$")
    auth.check_password(user.username, PASSWORD)
    upgraded = stored_hash(user.username)
    assert upgraded.startswith(ARGON2_PREFIX)
    assert parameters(upgraded)["m"] * 1024 >= crypto.MODERATE_KDF.memlimit


@pytest.mark.django_db
def test_a_wrong_password_does_not_upgrade_the_hash(org_a, settings) -> None:
    settings.PASSWORD_HASHERS = production.PASSWORD_HASHERS
    user = org_a.analyst.user
    user.password = get_hasher("pbkdf2_sha256").encode(PASSWORD, "pbkdf2salt0123456789", 1000)
    user.save(update_fields=["password"])
    with pytest.raises(auth.SignInRefused, match=r"Wrong user name or password\."):
        auth.check_password(user.username, "not the password at all")
    assert stored_hash(user.username).startswith("pbkdf2_sha256$")
