from django.urls import path

from amanat.translations import views

app_name = "translations"
urlpatterns = [
    path("language/", views.language, name="language"),
    path("translations/", views.status, name="status"),
]
