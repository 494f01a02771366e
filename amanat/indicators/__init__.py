"""Indicators: identifiers harassers used (phones, e-mails, accounts, links), matched safely."""
