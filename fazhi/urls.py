from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from fazhi.assessment import views as assessment_views
from fazhi.core import job_views
from fazhi.core.registers.api import build_router
from fazhi.decisions import views as decision_views
from fazhi.enforcement import views as enforcement_views
from fazhi.indicators import views as indicator_views
from fazhi.intake.web import views as intake_views
from fazhi.normative import views as normative_views
from fazhi.reports import views as report_views
from fazhi.web import notices, views

urlpatterns = [
    path("", views.workbench, name="workbench"),
    path("login/", views.ThrottledLoginView.as_view(), name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("deadline/", views.deadline_calculator, name="deadline-calculator"),
    path("admin/users/", views.users_view, name="users"),
    path("admin/users/<int:pk>/", views.user_edit_view, name="user-edit"),
    path("r/", include("fazhi.core.registers.urls")),
    path("password/", notices.PasswordChangeView.as_view(), name="password-change"),
    path("inbox/", notices.inbox, name="inbox"),
    path("inbox/settings/", notices.notification_settings, name="notification-settings"),
    path("deadlines/", notices.deadlines_page, name="deadlines"),
    path("deadlines/export.xlsx", notices.deadlines_export, name="deadlines-export"),
    path("deadlines/close/", notices.deadline_close, name="deadline-close"),
    path("jobs/", job_views.job_list, name="job-list"),
    path("jobs/<str:pk>/", job_views.job_detail, name="job-detail"),
    path("jobs/<str:pk>/status/", job_views.job_status, name="job-status"),
    path("jobs/<str:pk>/download/", job_views.job_download, name="job-download"),
    path("indicators/", indicator_views.overview, name="indicators"),
    path("indicators/refresh/", indicator_views.refresh, name="indicator-refresh"),
    path("indicators/records/", indicator_views.records, name="indicator-records"),
    path("indicators/api/", indicator_views.api, name="indicator-api"),
    path("indicators/platform-import/", indicator_views.platform_import, name="platform-import"),
    path("dashboard/", indicator_views.dashboard, name="dashboard"),
    path("assessment/<int:pk>/sheet/", assessment_views.sheet, name="assessment-sheet"),
    path("assessment/ranking/", assessment_views.ranking, name="assessment-ranking"),
    path("assessment/rubric/<int:pk>/items.xlsx", assessment_views.export_rubric, name="rubric-export"),
    path("reports/<int:pk>/", report_views.preview, name="report-preview"),
    path("reports/<int:pk>/edit/", report_views.edit, name="report-edit"),
    path("reports/<int:pk>/findings/", report_views.adopt_findings, name="report-findings"),
    path("reports/<int:pk>/report.<str:fmt>", report_views.download, name="report-download"),
    path("public/reports/", report_views.public_list, name="public-reports"),
    path("public/reports/<int:pk>/", report_views.public_detail, name="public-report"),
    path("intake/", intake_views.index, name="intake-index"),
    path("intake/upload/", intake_views.upload, name="intake-upload"),
    path("intake/<int:pk>/", intake_views.detail, name="intake-detail"),
    path("intake/compare/", intake_views.compare, name="intake-compare"),
    path("intake/suggestions/", intake_views.suggestions, name="intake-suggestions"),
    path("public/agencies/", enforcement_views.public_agencies, name="public-agencies"),
    path("public/normative/", normative_views.public_catalogue, name="public-normative"),
    path("decisions/<int:pk>/archive.zip", decision_views.archive, name="decision-archive"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/token/", views.api_token, name="api-token"),
    path("api/", include(build_router().urls)),
]
