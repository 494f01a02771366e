"""Response headers Django does not set itself, and refusals that apply to every URL."""

from __future__ import annotations

from collections.abc import Callable

from csp.utils import build_policy
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string

ALLOWED_METHODS = ("GET", "HEAD", "POST")
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
)


class SecurityHeadersMiddleware:
    """Outermost middleware, so even error pages and static files carry the headers.

    The Content-Security-Policy is django-csp's rendering of ``CONTENT_SECURITY_POLICY``, built
    once: no page uses a nonce or a per-view policy, and building it per response was ~80 µs of
    every hotline request (issue #14). A view that sets its own (an attachment's ``sandbox``)
    keeps it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.content_security_policy = build_policy()

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method not in ALLOWED_METHODS:
            response: HttpResponse = HttpResponseNotAllowed(ALLOWED_METHODS)
        elif request.headers.get("X-Tor2web"):
            response = HttpResponse(render_to_string("core/tor2web.html", request=None), status=403)
        else:
            response = self.get_response(request)
        return _harden(request, response, self.content_security_policy)


def _harden(request: HttpRequest, response: HttpResponse, policy: str) -> HttpResponse:
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    response.headers["Cross-Origin-Embedder-Policy"] = "require-corp"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Permissions-Policy"] = PERMISSIONS_POLICY
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Server"] = "amanat"
    if "ETag" in response.headers:
        del response.headers["ETag"]
    if not request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
        response.headers["Pragma"] = "no-cache"
    if "Content-Security-Policy" not in response.headers:
        response.headers["Content-Security-Policy"] = policy
    return response
