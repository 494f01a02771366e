"""The only upload handler: attachments stay in memory, capped, and never touch disk in clear.

Django's default handlers write uploads above 2.5 MB to a temporary file in clear (the trap
GlobaLeaks' first audit found). This handler holds each file in memory up to the attachment cap;
a file beyond the cap is dropped and its name noted, so the rest of the report still goes through.
A body far beyond every cap stops the upload altogether.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest

_OVERSIZED_ATTR = "_amanat_oversized_uploads"


def oversized_uploads(request: HttpRequest) -> list[str]:
    """Names of files dropped for exceeding the cap in this request."""
    return list(getattr(request, _OVERSIZED_ATTR, []))


class CappedMemoryUploadHandler(FileUploadHandler):
    """Keep each upload in memory up to MAX_ATTACHMENT_BYTES; drop larger ones."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.cap = int(settings.MAX_ATTACHMENT_BYTES)
        self.body_cap = self.cap * (int(settings.MAX_ATTACHMENTS) + 1) + (1 << 20)
        self.total = 0
        self.buffer = BytesIO()
        self.size = 0
        self.too_large = False

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.buffer = BytesIO()
        self.size = 0
        self.too_large = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self.total += len(raw_data)
        if self.total > self.body_cap:
            raise StopUpload(connection_reset=True)
        self.size += len(raw_data)
        if self.size > self.cap:
            if not self.too_large:
                self.too_large = True
                self.buffer = BytesIO()  # release what was held; nothing of it is kept
            return None
        self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> InMemoryUploadedFile | None:
        if self.too_large:
            if self.request is not None:
                names = getattr(self.request, _OVERSIZED_ATTR, [])
                names.append(self.file_name or "")
                setattr(self.request, _OVERSIZED_ATTR, names)
            return None
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
