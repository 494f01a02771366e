"""URL spaces: the public pages (language-prefixed, anonymous zone) and /staff/ (staff zone).

The hotline and the public statistics are in ``i18n_patterns``: English at ``/`` and ``/stats/``,
the other interface languages under their prefix (``/ug/stats/``, ``/tr/``, ``/zh-hans/`` …).
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from amanat.core.health import health
from amanat.dataset.analytics.api import api as dataset_api

urlpatterns = [
    path("staff/health/", health, name="health"),
    path("staff/", include("amanat.accounts.urls")),
    path("staff/", include("amanat.casework.urls")),
    path("staff/indicators/", include("amanat.indicators.urls")),
    path("staff/monitor/", include("amanat.monitor.urls")),
    path("staff/dataset/", include("amanat.dataset.urls")),
    path("staff/stats/", include("amanat.publishing.urls")),
    path("staff/", include("amanat.translations.urls")),
    path("staff/api/", dataset_api.urls),
    *i18n_patterns(
        path("stats/", include("amanat.stats.urls")),
        path("", include("amanat.intake.urls")),
        prefix_default_language=False,
    ),
]

handler400 = "amanat.core.views.bad_request"
handler403 = "amanat.core.views.permission_denied"
handler404 = "amanat.core.views.page_not_found"
handler500 = "amanat.core.views.server_error"
