"""“Mon atelier”: a workshop a visitor puts together from the library's tools, with its timed agenda,
what to print and a facilitation pack. The choice lives in the address only (no account, no cookie,
nothing kept on the server), so it can be shared."""

import json
from urllib.parse import quote

from django.shortcuts import redirect
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from sbm_site.chrome import default_locale
from sbm_site.i18n import active_locale, live_pages_in
from sbm_site.models import BasePage, site_pages

from ..terms import terms_in_active_locale, terms_with_ids
from ..workshop import (
    BREAK_AFTER_MINUTES,
    BREAK_MINUTES,
    DEFAULT_START,
    MAX_TOOLS,
    agenda,
    duration_label,
    requested_slugs,
    start_of,
)
from .taxonomy import Canvas, Phase
from .tool import ToolPage

MAX_UNKNOWN_SHOWN = 5


class WorkshopPage(RoutablePageMixin, BasePage):
    """A library's “My workshop”: choose tools, get their agenda, materials and a printable pack."""

    parent_page_types = ["toolpages.ToolIndexPage"]
    subpage_types = []
    query_parameters = ("tools", "start", "canvas", "phase")
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("workshop kit (“My workshop”)")

    # --- The tools, in the visitor's language where a translation is live, else in French ---------

    def shown_locale_ids(self):
        return {self.locale_id, default_locale().pk}

    def mark_language(self, tools):
        """Mark the tools shown in French on a page of another language (`shown_lang`, `lang_attribute`)."""
        source = default_locale().language_code
        for tool in tools:
            translated = tool.locale_id == self.locale_id
            tool.shown_lang = "" if translated else source
            tool.lang_attribute = mark_safe("" if translated else f' lang="{source}"')  # noqa: S308 - a locale code
        return tools

    def chosen_tools(self, slugs):
        """(the tools named by `slugs`, in order, in the visitor's language else in French; the slugs no
        live tool has), in two queries. A slug names a tool in this page's language or in French."""
        if not slugs:
            return [], []
        named = site_pages(ToolPage).live().public().filter(locale_id__in=self.shown_locale_ids(), slug__in=slugs)
        key_of = {}
        rows = named.values_list("slug", "translation_key", "locale_id")
        for slug, key, _locale in sorted(rows, key=lambda row: row[2] != self.locale_id):
            key_of.setdefault(slug, key)
        shown = live_pages_in(set(key_of.values()), active_locale(), model=ToolPage, fallback=True)
        chosen, unknown = [], []
        for slug in slugs:
            tool = shown.get(key_of.get(slug))
            if tool is None:
                unknown.append(slug)
            elif tool not in chosen:
                chosen.append(tool)
        return self.mark_language(chosen), unknown

    def choice(self, request):
        """What the address asks for: the tools (at most MAX_TOOLS), the unknown ones, how many were
        dropped over the limit, and the start time."""
        tools, unknown = self.chosen_tools(requested_slugs(request.GET))
        start, start_minutes = start_of(request.GET)
        for tool in tools:
            tool.shown_url = tool.get_url(request)
            tool.duration = duration_label(tool.duration_minutes) if tool.duration_minutes else ""
        return {
            "tools": tools[:MAX_TOOLS],
            "over_limit": max(len(tools) - MAX_TOOLS, 0),
            "unknown": unknown[:MAX_UNKNOWN_SHOWN],
            "unknown_count": len(unknown),
            "start": start,
            "start_minutes": start_minutes,
            "max_tools": MAX_TOOLS,
        }

    def candidates(self, request, chosen, canvas, phase):
        """The tools not chosen yet, filtered by canvas and phase (terms of any language, by translation
        key), by title: one query whatever their number."""
        tools = site_pages(ToolPage).live().public().filter(locale_id__in=self.shown_locale_ids())
        if canvas is not None:
            tools = tools.filter(canvas__translation_key=canvas.translation_key)
        if phase is not None:
            relation = ToolPage._meta.get_field("phases")
            links = relation.remote_field.through.objects.filter(
                **{f"{relation.m2m_reverse_field_name()}__translation_key": phase.translation_key}
            )
            tools = tools.filter(pk__in=links.values(relation.m2m_field_name()))
        chosen_keys = {tool.translation_key for tool in chosen}
        shown = live_pages_in(tools.values("translation_key"), active_locale(), model=ToolPage, fallback=True)
        listed = sorted(
            (tool for key, tool in shown.items() if key not in chosen_keys), key=lambda tool: tool.title.lower()
        )
        self.mark_language(listed)
        for tool in listed:
            canvases = terms_with_ids(Canvas, [tool.canvas_id] if tool.canvas_id else [])
            tool.shown_canvas = canvases[0] if canvases else None
            tool.duration = duration_label(tool.duration_minutes) if tool.duration_minutes else ""
        return listed

    # --- Addresses ------------------------------------------------------------------------------

    def choice_query(self, slugs, start=DEFAULT_START):
        """The query string that holds a choice in its order (and a start other than 09:00)."""
        query = "tools=" + ",".join(quote(slug, safe="") for slug in slugs) if slugs else ""
        if start != DEFAULT_START:
            query += ("&" if query else "") + "start=" + quote(start, safe="")
        return "?" + query if query else ""

    def reorder_links(self, tools, base, start):
        """For each chosen tool: the addresses of the choice with it one place up, down, or removed."""
        slugs = [tool.slug for tool in tools]
        for index, tool in enumerate(tools):
            others = slugs[:index] + slugs[index + 1 :]
            tool.remove_url = base + self.choice_query(others, start)
            up = others[: index - 1] + [tool.slug] + others[index - 1 :]
            down = others[: index + 1] + [tool.slug] + others[index + 1 :]
            tool.up_url = base + self.choice_query(up, start) if index > 0 else ""
            tool.down_url = base + self.choice_query(down, start) if index < len(tools) - 1 else ""

    def selected_term(self, request, model, name):
        options = terms_in_active_locale(model)
        value = request.GET.get(name, "")
        return options, next((term for term in options if term.slug == value), None)

    # --- Views ----------------------------------------------------------------------------------

    def workshop_context(self, request):
        choice = self.choice(request)
        tools = choice["tools"]
        sheets = ToolPage.printed_sheets(tools)
        for tool in tools:
            tool.sheet = sheets[tool.pk]
        base = self.get_url(request)
        query = self.choice_query([tool.slug for tool in tools], choice["start"])
        return {
            **choice,
            "agenda": agenda(tools, choice["start_minutes"]),
            "workshop_url": base,
            "share_url": (self.get_full_url(request) or base) + query if tools else "",
            "pack_url": base + self.reverse_subpage("pack") + query if tools else "",
            "choice_query": query,
            "choice_slugs": json.dumps([tool.slug for tool in tools]),
            "break_after": BREAK_AFTER_MINUTES,
            "break_minutes": BREAK_MINUTES,
        }

    def get_context(self, request, *args, pack=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.workshop_context(request))
        if pack:  # the pack shows the choice only
            return context
        canvases, canvas = self.selected_term(request, Canvas, "canvas")
        phases, phase = self.selected_term(request, Phase, "phase")
        self.reorder_links(context["tools"], context["workshop_url"], context["start"])
        context.update(
            library=self.get_parent(),
            canvases=canvases,
            phases=phases,
            selected_canvas=canvas,
            selected_phase=phase,
            candidates=self.candidates(request, context["tools"], canvas, phase),
            is_full=len(context["tools"]) >= MAX_TOOLS,
        )
        return context

    @path("pack/", name="pack")
    def pack(self, request):
        """The facilitation pack to print: the agenda, what to print, and each chosen tool's sheet."""
        if not requested_slugs(request.GET):
            return redirect(self.get_url(request))
        return self.render(request, pack=True, template="toolpages/workshop_pack.html")
