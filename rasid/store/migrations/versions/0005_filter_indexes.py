"""Indexes for the list filters: event type and grade, and country with the live flag and the date

Counting a filtered list (the API's ``total``) scanned the whole table for ``type=`` and ``min_grade=``
(2 ms of 10,000 incidents); with (event_type, rejected, date), (grade, rejected) and
(country, rejected, date) the count reads only the matching index entries (0.03-0.1 ms).

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_incidents_type", "incidents", ["event_type", "rejected", "date"])
    op.create_index("ix_incidents_grade", "incidents", ["grade", "rejected"])
    op.drop_index("ix_incidents_country", table_name="incidents")
    op.create_index("ix_incidents_country", "incidents", ["country", "rejected", "date"])


def downgrade() -> None:
    op.drop_index("ix_incidents_country", table_name="incidents")
    op.create_index("ix_incidents_country", "incidents", ["country"])
    op.drop_index("ix_incidents_grade", table_name="incidents")
    op.drop_index("ix_incidents_type", table_name="incidents")
