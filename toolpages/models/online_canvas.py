"""A sheet's "fill in the canvas online" sub-page: the form, the filled canvas and its PDF."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.text import slugify

from wagtail.contrib.routable_page.models import re_path

from .. import canvas_online
from ..terms import term_index, terms_with_ids
from ..worksheets import canvas_pdf
from .taxonomy import Canvas, CanvasBlock


def never_kept(response):
    """A response holding what a visitor typed: never stored by a browser, proxy or CDN."""
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


class OnlineCanvasMixin:
    """Mix into ToolPage (a RoutablePageMixin page): the canvas of a sheet that is a whole canvas, to fill in."""

    def online_canvas_blocks(self, term_ids):
        """The blocks of the sheet's canvas, in the reader's language, when the sheet covers all of them;
        else []. From the cached taxonomy: no query."""
        canvases = terms_with_ids(Canvas, [self.canvas_id] if self.canvas_id else [])
        return canvas_online.whole_canvas(
            canvases[0] if canvases else None,
            term_index(CanvasBlock)["ordered"],
            terms_with_ids(CanvasBlock, term_ids["blocks"]),
        )

    def online_canvas_url(self, term_ids, request=None):
        if not self.online_canvas_blocks(term_ids):
            return ""
        slug = canvas_online.route_slug(self.locale.language_code)
        return (self.get_url(request) or "") + self.reverse_subpage("online_canvas", kwargs={"route_slug": slug})

    @re_path(canvas_online.ROUTE_PATTERN, name="online_canvas")
    def online_canvas(self, request, route_slug):
        term_ids = self.sheet_rows(request)["term_ids"]
        url = self.online_canvas_url(term_ids, request)
        if not url:
            return redirect(self.get_url(request))
        if route_slug != canvas_online.route_slug(self.locale.language_code):
            return redirect(url)
        canvases = terms_with_ids(Canvas, [self.canvas_id])
        canvas = canvases[0]
        blocks = self.online_canvas_blocks(term_ids)
        form = canvas_online.CanvasForm(request.POST if request.method == "POST" else None, blocks=blocks)
        valid = form.is_bound and form.is_valid()
        if valid and request.POST.get("action") == "pdf":
            return never_kept(self.online_canvas_pdf(form, blocks))
        # "Change my answers" sends the filled canvas back to the form.
        filled = valid and request.POST.get("action") != "edit"
        answers = form.answers() if filled else {}
        placed = canvas_online.laid_out(blocks, answers)
        sharing = canvas_online.sharing_for(canvas)
        response = self.render(
            request,
            template="toolpages/online_canvas.html",
            context_overrides={
                "canvas": canvas,
                "form": form,
                "filled": filled,
                "project_title": form.cleaned_data.get("title", "") if filled else "",
                "placed_blocks": placed,
                "block_fields": [(item, form[item.block.slug]) for item in placed],
                "online_canvas_url": url,
                "library": self.get_parent().specific,
                "sharing": sharing,
                "sharing_url": sharing.url(request) if sharing else "",
                "prefill_field": canvas_online.PREFILL_FIELD,
                "title_field_name": canvas_online.title_field_name(),
                "storage_key": f"sbm-canvas:{canvas.slug}",
                "answer_length": canvas_online.ANSWER_LENGTH,
            },
        )
        return never_kept(response) if form.is_bound else response

    def online_canvas_pdf(self, form, blocks):
        """The filled canvas as a one-page PDF, drawn as on the screen (the centre in the middle)."""
        placed = canvas_online.in_reading_order_of_the_grid(canvas_online.laid_out(blocks))
        title = form.cleaned_data.get("title", "")
        content = canvas_pdf(
            self.title,
            [item.block for item in placed],
            answers=form.answers(),
            size=form.paper_size(),
            subtitle=title,
        )
        response = HttpResponse(content, content_type="application/pdf")
        name = slugify(f"{self.slug} {title}")[:80] or "canvas"
        response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
        return response
