"""Alembic environment: the engine comes from rasid.store.db (``config.attributes['engine']``)."""

from alembic import context

from rasid.store.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()
