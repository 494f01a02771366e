"""Monitor review URLs, mounted at /staff/monitor/ in the namespace ``monitor``."""

from django.urls import path

from amanat.monitor import views

app_name = "monitor"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("proposals/<int:pk>/", views.proposal_detail, name="proposal"),
    path("proposals/<int:pk>/accept/", views.accept, name="accept"),
    path("proposals/<int:pk>/reject/", views.reject, name="reject"),
]
