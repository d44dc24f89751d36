"""A counter of changes to incidents and mentions, kept by triggers: what the web app's caches key on

``changes.n`` goes up with every row written to ``incidents`` or ``mentions``, whoever writes it (the
API, ``rasid ingest``, ``rasid incidents rebuild``, a script): a server process reads it with one
indexed row lookup per request and keeps facets and list answers until it moves.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TABLES = ("incidents", "mentions")


def upgrade() -> None:
    op.create_table('changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.execute("INSERT INTO changes (id, n) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        # once a statement, not once a row: a rebuild writing 100,000 rows bumps it a few times
        op.execute("CREATE FUNCTION rasid_count_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN UPDATE changes SET n = n + 1 WHERE id = 1; RETURN NULL; END $$")
        for t in TABLES:
            op.execute(f"CREATE TRIGGER {t}_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION rasid_count_change()")
        return
    for t in TABLES:  # SQLite has row triggers only
        for ev in ("insert", "update", "delete"):
            op.execute(f"CREATE TRIGGER {t}_changes_{ev} AFTER {ev.upper()} ON {t} "
                       "BEGIN UPDATE changes SET n = n + 1 WHERE id = 1; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for t in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_changes ON {t}")
        op.execute("DROP FUNCTION IF EXISTS rasid_count_change()")
    else:
        for t in TABLES:
            for ev in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {t}_changes_{ev}")
    op.drop_table('changes')
