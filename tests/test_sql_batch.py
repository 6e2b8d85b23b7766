"""`sbm_site.sql.Batch`: fixed-shape queries sent together (one round trip on PostgreSQL, with
psycopg's pipeline mode), whose results are what Django itself would give for the same SQL."""

from datetime import timedelta

from django.db import DatabaseError, connection, router, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

import pytest
from bs4 import BeautifulSoup
from psycopg import pq

from sbm_site.sql import Batch, rows_of_sql
from toolpages.models import ContributorRole, ToolChange, ToolContributor

from .directory_factories import french_tools

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool():
    tool = french_tools(1)[0]
    now = timezone.now()
    for number in range(3):
        ToolChange.objects.create(
            page=tool, version=f"1.{number}", summary=f"Changement {number}", published_at=now - timedelta(days=number)
        )
    return tool


def test_a_batch_gives_the_instances_and_rows_django_gives_for_the_same_sql(tool):
    database = router.db_for_read(ToolChange)
    changes_sql = rows_of_sql(ToolChange, "page", database)
    pages_sql = rows_of_sql(Page, "translation_key", database)
    key = Page._meta.get_field("translation_key").get_db_prep_value(tool.translation_key, connection)
    batch = Batch(database)
    changes = batch.raw(ToolChange, changes_sql, [tool.pk])
    pages = batch.raw(Page, pages_sql, [key])
    count = batch.rows("SELECT COUNT(*) FROM toolpages_toolchange WHERE page_id = %s", [tool.pk])
    with CaptureQueriesContext(connection) as queries:
        batch.run()

    assert len(queries.captured_queries) == 3, "each query of a batch is logged and counted"
    expected = list(ToolChange.objects.raw(changes_sql, [tool.pk]))
    assert {"1.0", "1.1", "1.2"} <= {change.version for change in changes.result}
    assert [change.pk for change in changes.result] == list(
        ToolChange.objects.filter(page=tool).values_list("pk", flat=True)
    )
    assert [vars(change) | {"_state": None} for change in changes.result] == [
        vars(change) | {"_state": None} for change in expected
    ]
    assert all(timezone.is_aware(change.published_at) for change in changes.result)
    translations = Page.objects.filter(translation_key=tool.translation_key)
    assert sorted(page.pk for page in pages.result) == sorted(translations.values_list("pk", flat=True))
    assert all(page.translation_key == tool.translation_key for page in pages.result), "UUIDs converted"
    assert count.result == [(ToolChange.objects.filter(page=tool).count(),)]


def test_a_result_is_read_only_once_its_batch_has_run(tool):
    batch = Batch(router.db_for_read(ToolChange))
    changes = batch.raw(ToolChange, rows_of_sql(ToolChange, "page", batch.database), [tool.pk])
    with pytest.raises(RuntimeError, match="has not run"):
        changes.result  # noqa: B018
    batch.run()
    assert {"1.0", "1.1", "1.2"} <= {change.version for change in changes.result}


def test_a_failing_query_raises_djangos_error_and_the_connection_goes_on(tool):
    changes = ToolChange.objects.filter(page=tool).count()
    batch = Batch(router.db_for_read(ToolChange))
    batch.rows("SELECT COUNT(*) FROM toolpages_toolchange", [])
    batch.rows("SELECT no_such_column FROM toolpages_toolchange", [])
    batch.rows("SELECT 1", [])
    with pytest.raises(DatabaseError), transaction.atomic():
        batch.run()
    assert ToolChange.objects.filter(page=tool).count() == changes, "the connection answers the next query"


def test_a_sheet_reads_its_rows_in_one_batch(client, tool, settings):
    """On PostgreSQL the sheet's five queries of rows (terms, contributors, instruments, related
    tools, changes) are sent in one pipeline: they wait for one round trip, not five."""
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(2):
        tool.contributors.add(ToolContributor(name=f"Autrice {number}", role=ContributorRole.AUTHOR))
    tool.save_revision().publish()
    assert client.get(tool.url).status_code == 200  # warm: site, locales, menus
    pipelined = []

    def note_pipeline(execute, sql, params, many, context):
        if connection.vendor == "postgresql":
            pipelined.append(connection.connection.pgconn.pipeline_status != pq.PipelineStatus.OFF)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(note_pipeline):
        response = client.get(tool.url)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert "Autrice 1" in text and "Changement 2" in text
    if connection.vendor != "postgresql":
        assert not pipelined, "SQLite has no pipeline: the queries run one after the other"
        return
    assert pipelined.count(True) == 5, pipelined
