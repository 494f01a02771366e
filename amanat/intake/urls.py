from django.urls import path

from amanat.intake import views

app_name = "intake"
urlpatterns = [
    path("", views.landing, name="landing"),
    path("report/", views.report, name="report"),
    path("return/", views.sign_in, name="sign_in"),
    path("status/", views.status, name="status"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("leave/", views.leave, name="leave"),
]
