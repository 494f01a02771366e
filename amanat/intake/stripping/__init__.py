"""Metadata stripping for hotline attachments, run in a sandboxed subprocess.

Public API::

    result = strip(data, filename="photo.jpg")   # -> StripResult
    except StripError as error: error.code        # stable reason for the reporter-facing text

Nothing in this package imports Django: the worker runs it in a bare ``python -I`` process.
Design notes and the per-format approach are in each module's docstring.
"""

from .result import StripError, StripResult
from .sandbox import strip

__all__ = ["StripError", "StripResult", "strip"]
