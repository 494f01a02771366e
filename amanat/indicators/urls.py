"""Indicator URLs, mounted at /staff/indicators/ in their own namespace ``indicators``."""

from django.urls import path

from amanat.indicators import views, views_campaigns, views_sharing

app_name = "indicators"
urlpatterns = [
    path("", views.lookup, name="lookup"),
    path("<int:pk>/", views.detail, name="detail"),
    path("incident/<pid:pk>/add/", views.add, name="add"),
    path("sightings/<int:pk>/remove/", views.remove, name="remove"),
    path("campaigns/", views_campaigns.campaign_list, name="campaigns"),
    path("campaigns/<int:pk>/", views_campaigns.campaign_detail, name="campaign"),
    path("export/", views_sharing.export, name="export"),
    path("import/", views_sharing.import_bundle, name="import"),
]
