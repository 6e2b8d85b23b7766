"""SQL of the fixed-shape queries that pages run on every request, written once per process.

Django's ORM spends about a millisecond of CPU building and compiling each queryset, more than
SQLite or PostgreSQL take to answer it (docs/performance.md). For a query whose shape never
changes, these helpers write the SQL once from the models' metadata and run it through
`Model.objects.raw()`, which still converts every column as the ORM does and asks the database
router where to read.
"""

import functools

from django.db import connections, router


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
