"""Demo search promotions: a query in each language leads to the association's canvas; safe to run again."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from toolpages.models import ToolPage

CANVAS_TOOL_SLUG = "canevas-modele-affaires-social"
# query: language of the tool it promotes
PROMOTIONS = {"canevas": "fr", "leinwand": "de", "canvas": "en", "tela": "it"}


def load(home_sections, locales):
    french_tool = ToolPage.objects.filter(locale=locales["fr"], slug=CANVAS_TOOL_SLUG).first()
    if french_tool is None:
        return
    for query_string, language in PROMOTIONS.items():
        tool = ToolPage.objects.filter(translation_key=french_tool.translation_key, locale=locales[language]).first()
        if tool is None:
            continue
        query = Query.get(query_string)
        SearchPromotion.objects.get_or_create(query=query, page=tool, defaults={"sort_order": 0})
