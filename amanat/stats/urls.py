"""Public statistics, mounted at /stats/ (namespace ``stats``): pages and a JSON API."""

from django.urls import path

from amanat.stats import views

app_name = "stats"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:pk>/", views.release_page, name="release"),
    path("<int:pk>/table.csv", views.table_csv, name="table_csv"),
    path("api/releases.json", views.api_index, name="api_index"),
    path("api/releases/<int:pk>.json", views.api_release, name="api_release"),
]
