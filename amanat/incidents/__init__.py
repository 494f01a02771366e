"""Incident coding: the codebook as data, coded incidents, people, sources, links, referrals.

Its own app (label ``incidents``; the tables keep their ``casework_*`` names); writers are in
``actions``, ``merge`` and ``referrals``, readers in ``queries`` and ``reading`` (decryption,
audited), object access in ``access``, the referral packet in ``packet``.
"""
