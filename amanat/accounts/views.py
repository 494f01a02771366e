"""Staff sign-in: password → second factor (or enrolment) → signed in; password change; sign out."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods, require_POST

from amanat.accounts import access, actions, auth, signin_delay, totp
from amanat.accounts.forms import ChangePasswordForm, CodeForm, PasswordForm
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core import crypto

ENROL_SECRET = "staff_enrol_secret"  # noqa: S105 - a session key name, not a secret


@sensitive_variables()
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = PasswordForm(request.POST or None)
    error = None
    status = 200
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        try:
            step = auth.check_password(
                username, form.cleaned_data["password"], _device(request, username)
            )
        except auth.SignInDelayed as exc:
            error, status = str(exc), 429
        except auth.SignInRefused as exc:
            error, status = str(exc), 401
        else:
            access.begin_session(request, step.member, step.private_key)
            return redirect("accounts:second_factor")
    return render(request, "accounts/login.html", {"form": form, "error": error}, status=status)


def _device(request: HttpRequest, username: str) -> str:
    """This browser's device id for the name, from the cookie a sign-in left ('' if none)."""
    cookie = request.COOKIES.get(settings.STAFF_DEVICE_COOKIE)
    return signin_delay.device_from_cookie(cookie, username)


def _remember_device(response: HttpResponse, username: str) -> HttpResponse:
    """After a full sign-in: this browser gets its own count of wrong attempts from now on."""
    response.set_cookie(
        settings.STAFF_DEVICE_COOKIE,
        signin_delay.new_device_cookie(username),
        max_age=int(signin_delay.DEVICE_COOKIE_AGE.total_seconds()),
        secure=settings.HTTPS,
        httponly=True,
        samesite="Strict",
    )
    return response


@sensitive_variables()
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def second_factor(request: HttpRequest) -> HttpResponse:
    if access.current_member(request) is not None:
        return redirect("casework:inbox")
    signed = access.pending(request)
    if signed is None:
        return redirect("accounts:login")
    if signed.member.totp_sealed is None:
        return _enrol(request, signed)
    form = CodeForm(request.POST or None)
    error = None
    status = 200
    if request.method == "POST" and form.is_valid():
        username = signed.member.user.get_username()
        try:
            auth.check_second_factor(
                signed.member,
                signed.private_key,
                form.cleaned_data["code"],
                _device(request, username),
            )
        except auth.SignInDelayed as exc:
            error, status = str(exc), 429
        except auth.SignInRefused as exc:
            error, status = str(exc), 401
        else:
            return _remember_device(_complete(request, signed), username)
    return render(
        request, "accounts/second_factor.html", {"form": form, "error": error}, status=status
    )


def _enrol(request: HttpRequest, signed: access.SignedIn) -> HttpResponse:
    secret = request.session.get(ENROL_SECRET) or totp.new_secret()
    request.session[ENROL_SECRET] = secret
    form = CodeForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            username = signed.member.user.get_username()
            codes = auth.enrol_second_factor(
                signed.member,
                secret,
                form.cleaned_data["code"],
                actor=signed.member,
                device=_device(request, username),
            )
        except auth.SignInRefused as exc:
            error = str(exc)
        else:
            del request.session[ENROL_SECRET]
            signed.member.refresh_from_db()
            request.session[access.EPOCH] = signed.member.session_epoch
            _complete(request, signed)
            response = render(request, "accounts/recovery_codes.html", {"codes": codes})
            return _remember_device(response, signed.member.user.get_username())
    context = {
        "form": form,
        "error": error,
        "secret": secret,
        "qr_svg": totp.provisioning_svg(secret, signed.member.user.get_username()),
    }
    return render(request, "accounts/enrol.html", context, status=200 if error is None else 401)


def _complete(request: HttpRequest, signed: access.SignedIn) -> HttpResponse:
    """Both factors passed: log in (new session key), keep the unwrapped key in the session."""
    key_hex = request.session[access.KEY]
    epoch = request.session[access.EPOCH]
    login(request, signed.member.user, backend="django.contrib.auth.backends.ModelBackend")
    request.session[access.PENDING_MEMBER] = signed.member.pk
    request.session[access.KEY] = key_hex
    request.session[access.EPOCH] = epoch
    request.session[access.SECOND_FACTOR_DONE] = True
    return redirect("casework:inbox")


@sensitive_variables()
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def password_view(request: HttpRequest) -> HttpResponse:
    signed = access.current_member(request)
    if signed is None:
        return redirect("accounts:login")
    form = ChangePasswordForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            actions.change_password(
                signed.member,
                form.cleaned_data["old"],
                form.cleaned_data["new"],
                actor=signed.member,
            )
        except crypto.CryptoError:
            error = "The current password is wrong."
        else:
            access.end_session(request)
            return render(request, "accounts/password_changed.html")
    return render(
        request,
        "accounts/password.html",
        {"form": form, "error": error, "forced": signed.member.must_change_password},
    )


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    signed = access.current_member(request)
    if signed is not None:
        record(EventTag.ACCOUNTS_LOGOUT, actor=signed.member, subject=signed.member)
    access.end_session(request)
    response = render(request, "accounts/signed_out.html")
    # Not "cookies": that would also drop the device cookie, and then a stranger's wrong
    # guesses would delay this member's next sign-in. The flushed session's cookie is
    # deleted by the session middleware.
    response.headers["Clear-Site-Data"] = '"cache", "storage"'
    return response
