from django.urls import include, path

from amanat.casework import views, views_audit, views_team

app_name = "casework"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("reports/<pid:pk>/", views.report_detail, name="report"),
    path("reports/<pid:pk>/reply/", views.reply, name="reply"),
    path("reports/<pid:pk>/status/", views.change_status, name="status"),
    path("reports/<pid:pk>/assign/", views.assign, name="assign"),
    path("reports/<pid:pk>/delete/", views.delete_content, name="delete"),
    path("files/<int:pk>/<str:role>/", views.download, name="download"),
    path("team/", views_team.team, name="team"),
    path("team/add/", views_team.add_colleague, name="add_colleague"),
    path("team/<int:pk>/grant/", views_team.grant, name="grant"),
    path("team/<int:pk>/revoke/", views_team.revoke, name="revoke"),
    path("team/<int:pk>/reset-2fa/", views_team.reset_second_factor, name="reset_2fa"),
    path("audit/", views_audit.audit_page, name="audit"),
    path("audit.csv", views_audit.audit_csv, name="audit_csv"),
    path("team/<int:pk>/approve/", views_team.approve, name="approve_reader"),
    path("team/<int:pk>/unlock/", views_team.unlock, name="unlock"),
    path("team/notices/seen/", views_team.notices_seen, name="notices_seen"),
    path("incidents/", include("amanat.incidents.urls")),
]
