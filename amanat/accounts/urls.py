from django.urls import path

from amanat.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("2fa/", views.second_factor, name="second_factor"),
    path("password/", views.password_view, name="password"),
    path("logout/", views.logout_view, name="logout"),
]
