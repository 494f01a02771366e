"""Staff pages: one's own language, and (for coordinators and admins) translation review status."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.http import require_GET, require_http_methods

from amanat.accounts.access import signed_in, staff_required
from amanat.accounts.models import Role
from amanat.translations import actions, catalogue
from amanat.translations.forms import LanguageForm
from amanat.translations.middleware import chosen_language

MANAGERS = [Role.COORDINATOR, Role.ADMIN]


@require_http_methods(["GET", "POST"])
@staff_required
def language(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    current = chosen_language(request) or translation.get_language()
    form = LanguageForm(request.POST or None, initial={"language": current})
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "translations/language.html", {"form": form}, status=400)
        actions.set_staff_language(
            signed.member, form.cleaned_data["language"], actor=signed.member
        )
        return redirect("translations:language")
    return render(request, "translations/language.html", {"form": form})


@require_GET
@staff_required(roles=MANAGERS)
def status(request: HttpRequest) -> HttpResponse:
    names = dict(settings.LANGUAGES)
    # The row's lang attribute is the BCP 47 code (zh-hans), not the catalogue's folder (zh_Hans).
    rows = [
        (names.get(code, code), catalogue.counts(language), code)
        for code, language in catalogue.CATALOGUE_LANGUAGES.items()
    ]
    return render(request, "translations/status.html", {"rows": rows})
