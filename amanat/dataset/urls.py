"""Staff dataset URLs, mounted at /staff/dataset/ in the namespace ``dataset``."""

from django.urls import path

from amanat.dataset.analytics import views
from amanat.dataset.imports import views as views_import
from amanat.dataset.releases import views as views_releases

app_name = "dataset"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("breakdown.csv", views.breakdown_csv, name="breakdown_csv"),
    path("export/", views.export, name="export"),
    path("dictionary/", views.dictionary, name="dictionary"),
    path("releases/", views_releases.release_list, name="releases"),
    path("releases/new/", views_releases.release_new, name="release_new"),
    path("releases/<int:pk>/", views_releases.release_detail, name="release"),
    path("releases/<int:pk>/download/", views_releases.release_download, name="release_download"),
    path("import/", views_import.upload, name="import"),
    path("import/<int:pk>/", views_import.mapping, name="import_map"),
    path("import/<int:pk>/errors.csv", views_import.errors_csv, name="import_errors"),
]
