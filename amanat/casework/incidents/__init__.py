"""Incident coding: the codebook as data, coded incidents, people, sources, links, referrals.

Models live in the ``casework`` app (``casework/models.py`` imports them); writers are in
``actions``, ``merge`` and ``referrals``, readers in ``queries`` and ``reading`` (decryption,
audited), object access in ``access``, the referral packet in ``packet``.
"""
