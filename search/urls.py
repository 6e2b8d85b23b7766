"""The search page, in each language (included under the language prefix by dotted path, so
`sbm_site` never imports this app)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.search, name="search"),
]
