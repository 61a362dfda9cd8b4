from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/", views.list_view, name="register-list"),
    path("<slug:slug>/new/", views.create_view, name="register-create"),
    path("<slug:slug>/options/<slug:name>/", views.options_view, name="register-options"),
    path("<slug:slug>/export.xlsx", views.export_view, name="register-export"),
    path("<slug:slug>/import/", views.import_view, name="register-import"),
    path("<slug:slug>/import/template.xlsx", views.import_template_view, name="register-import-template"),
    path("<slug:slug>/<int:pk>/", views.detail_view, name="register-detail"),
    path("<slug:slug>/<int:pk>/edit/", views.edit_view, name="register-edit"),
    path("<slug:slug>/<int:pk>/delete/", views.delete_view, name="register-delete"),
    path("<slug:slug>/<int:pk>/act/<slug:name>/", views.action_view, name="register-action"),
    path("<slug:slug>/<int:pk>/attachments/", views.attachment_upload_view, name="register-attach"),
    path("<slug:slug>/<int:pk>/attachments/<int:att_id>/", views.attachment_download_view,
         name="register-attachment"),
]
