"""Incident URLs, mounted at /staff/incidents/ in their own namespace ``incidents``."""

from django.urls import path

from amanat.incidents import views, views_related

app_name = "incidents"
urlpatterns = [
    path("", views.incident_list, name="list"),
    path("new/", views.new, name="new"),
    path("<pid:pk>/", views.detail, name="detail"),
    path("<pid:pk>/edit/", views.edit, name="edit"),
    path("<pid:pk>/reports/link/", views.link_report, name="link_report"),
    path("<pid:pk>/reports/<pid:report_pk>/unlink/", views.unlink_report, name="unlink_report"),
    path("<pid:pk>/duplicate/", views.mark_duplicate, name="duplicate"),
    path("<pid:pk>/merge/", views.merge_into, name="merge"),
    path("<pid:pk>/people/add/", views_related.person_add, name="person_add"),
    path("people/<int:pk>/edit/", views_related.person_edit, name="person_edit"),
    path("<pid:pk>/sources/add/", views_related.source_add, name="source_add"),
    path("<pid:pk>/referrals/add/", views_related.referral_add, name="referral_add"),
    path("referrals/<int:pk>/edit/", views_related.referral_edit, name="referral_edit"),
    path("referrals/<int:pk>/packet/", views_related.referral_packet, name="packet"),
]
