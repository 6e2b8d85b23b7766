"""SQL of the fixed-shape queries that pages run on every request, written once per process.

Django's ORM spends about a millisecond of CPU building and compiling each queryset, more than
SQLite or PostgreSQL take to answer it (docs/performance.md). For a query whose shape never
changes, these helpers write the SQL once from the models' metadata and run it through
`Model.objects.raw()`, which still converts every column as the ORM does and asks the database
router where to read. A page's independent queries can go together in a `Batch`: one round trip
to PostgreSQL instead of one each.
"""

import functools
from contextlib import ExitStack, nullcontext

from django.db import connections, router
from django.db.models.query import RawQuerySet
from django.db.models.sql.query import RawQuery


def quote(database):
    return connections[database].ops.quote_name


def table_of(model, database):
    return quote(database)(model._meta.db_table)


def column_sql(model, field_name, database, table=None):
    """`table.column` of one of `model`'s fields ("pk" for its primary key), quoted for `database`.
    `table` is an alias or an already quoted name; by default the table that holds the field (a
    parent's, for a field a page type inherits)."""
    name = quote(database)
    field = model._meta.pk if field_name == "pk" else model._meta.get_field(field_name)
    return f"{table or name(field.model._meta.db_table)}.{name(field.column)}"


@functools.cache
def columns_sql(model, database):
    """Every concrete column of `model`, each named with its table (a parent's, for an inherited field)."""
    return ", ".join(column_sql(model, field.name, database) for field in model._meta.concrete_fields)


@functools.cache
def tables_sql(model, database):
    """The table of `model` joined with its parents' tables (multi-table inheritance, as a page type)."""
    name = quote(database)
    sql = name(model._meta.db_table)
    child = model
    while child._meta.parents:
        parent, link = next(iter(child._meta.parents.items()))
        sql += (
            f" INNER JOIN {name(parent._meta.db_table)} ON {name(child._meta.db_table)}.{name(link.column)}"
            f" = {name(parent._meta.db_table)}.{name(parent._meta.pk.column)}"
        )
        child = parent
    return sql


def ordering_sql(model, database, table=None, ordering=None):
    """`ORDER BY` of `ordering` as `order_by()` takes it (field names, "-" for descending), by
    default the model's (`Meta.ordering`)."""
    terms = [
        f"{column_sql(model, term.lstrip('-'), database, table)}{' DESC' if term.startswith('-') else ''}"
        for term in (model._meta.ordering if ordering is None else ordering)
    ]
    return f" ORDER BY {', '.join(terms)}" if terms else ""


@functools.cache
def rows_of_sql(model, field_name, database):
    return (
        f"SELECT {columns_sql(model, database)} FROM {tables_sql(model, database)}"
        f" WHERE {column_sql(model, field_name, database)} = %s{ordering_sql(model, database)}"
    )


def rows_of(model, field_name, value):
    """The `model` rows whose `field_name` equals `value`, in the model's default ordering, in one
    query whose SQL is written once: what `model.objects.filter(**{field_name: value})` reads."""
    database = router.db_for_read(model)
    prepared = model._meta.get_field(field_name).get_db_prep_value(value, connections[database])
    return list(model.objects.raw(rows_of_sql(model, field_name, database), [prepared]))


@functools.cache
def child_page_sql(model, database):
    from wagtail.models import Page

    connection = connections[database]
    path, depth, slug = (column_sql(Page, field, database) for field in ("path", "depth", "slug"))
    return (
        f"SELECT {columns_sql(model, database)} FROM {tables_sql(model, database)}"
        f" WHERE {path} {connection.operators['startswith'] % '%s'} AND {depth} = %s AND {slug} = %s LIMIT 1"
    )


def child_page(model, parent, slug):
    """The child of `parent` with this slug, as a `model` (its specific type), or None: what
    `model.objects.filter(path__startswith=parent.path, depth=parent.depth + 1, slug=slug).first()`
    finds, siblings' slugs being unique."""
    database = router.db_for_read(model)
    prefix = connections[database].ops.prep_for_like_query(parent.path) + "%"
    found = model.objects.raw(child_page_sql(model, database), [prefix, parent.depth + 1, slug])
    return next(iter(found), None)


class Batch:
    """Fixed-shape queries sent to the database together: on PostgreSQL in one round trip
    (psycopg's pipeline mode, where each query waits for none before it), elsewhere one after the
    other. Queue the queries, `run()` the batch, then read each query's `result`::

        batch = Batch(database)
        changes = batch.raw(ToolChange, rows_of_sql(ToolChange, "page", database), [page.pk])
        terms = batch.rows(classification_sql(database), [page.pk] * 3)
        batch.run()
        changes.result  # [ToolChange], converted as Model.objects.raw() converts them
        terms.result  # [tuple]

    The queries go through Django's cursors: they are logged and counted as any other (in a
    pipeline the time logged is that of queueing a query; the wait is the batch's), errors are
    Django's, and prepared statements are kept as usual (DB_PREPARE_THRESHOLD)."""

    def __init__(self, database):
        self.database = database
        self.queries = []

    def rows(self, sql, params):
        """Queue a query whose result is its rows, as tuples."""
        return self._queue(None, sql, params)

    def raw(self, model, sql, params):
        """Queue a query whose result is `model` instances, as `model.objects.raw(sql, params)` gives them."""
        return self._queue(model, sql, params)

    def _queue(self, model, sql, params):
        query = BatchQuery(model, sql, tuple(params))
        self.queries.append(query)
        return query

    def run(self):
        connection = connections[self.database]
        adapt = connection.ops.adapt_unknown_value
        queries, self.queries = self.queries, []
        pipeline = self._pipeline(connection, queries)
        # Errors of a pipeline arise when it is sent, on leaving the block: Django's wrapper makes
        # them Django's, as for any query.
        with ExitStack() as cursors:
            sent = []  # (query, its cursor) to read once the pipeline has been sent
            with connection.wrap_database_errors, pipeline or nullcontext():
                for query in queries:
                    cursor = cursors.enter_context(connection.cursor())
                    cursor.execute(query.sql, tuple(adapt(value) for value in query.params))
                    if pipeline is None:
                        query.read(self.database, cursor.description, cursor.fetchall())
                    else:
                        sent.append((query, cursor))
            for query, cursor in sent:
                query.read(self.database, cursor.description, cursor.fetchall())

    @staticmethod
    def _pipeline(connection, queries):
        """psycopg's pipeline for more than one query on PostgreSQL, else None (one after the other)."""
        if connection.vendor != "postgresql" or len(queries) < 2:
            return None
        import psycopg

        if not psycopg.Pipeline.is_supported():
            return None
        # What Django's cursor() does first: outside the pipeline, a dead connection kept from an
        # earlier request is replaced before the pipeline opens on it.
        connection.close_if_health_check_failed()
        connection.ensure_connection()
        return connection.connection.pipeline()


class BatchQuery:
    """One query of a `Batch`; its `result` once the batch has run."""

    def __init__(self, model, sql, params):
        self.model, self.sql, self.params = model, sql, params

    @property
    def result(self):
        try:
            return self._result
        except AttributeError:
            raise RuntimeError("The batch of this query has not run yet.") from None

    def read(self, database, description, rows):
        if self.model is None:
            self._result = rows
            return
        query = ReadRawQuery(self.sql, database, self.params, description, rows)
        self._result = list(RawQuerySet(self.sql, self.model, query=query, params=self.params, using=database))


class ReadRawQuery(RawQuery):
    """A raw query whose rows were already read (by a `Batch`): `RawQuerySet` converts them into
    model instances as it would the rows of its own cursor."""

    def __init__(self, sql, using, params, description, rows):
        super().__init__(sql, using, params)
        self.description, self.rows = description, rows

    def get_columns(self):
        converter = connections[self.using].introspection.identifier_converter
        return [converter(column[0]) for column in self.description]

    def __iter__(self):
        return iter(self.rows)
