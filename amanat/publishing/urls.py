"""Staff actions on public statistics, mounted at /staff/stats/ (namespace ``stats_staff``)."""

from django.urls import path

from amanat.publishing import views

app_name = "stats_staff"
urlpatterns = [
    path("releases/<int:pk>/publish/", views.publish_release, name="publish"),
]
