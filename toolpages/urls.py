"""The tool library's addresses outside the page tree: a sheet's card to embed, and oEmbed.

Included by the project's URLconf by dotted path, so `sbm_site` never imports this app."""

from django.urls import path

from . import embed

urlpatterns = [
    path("embed/tools/<int:tool_id>/", embed.tool_card, name="tool_embed"),
    path("oembed/", embed.oembed, name="oembed"),
]
