"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-30 07:50:49.547949
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('in_registry', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('ext_id', sa.String(length=255), nullable=True),
    sa.Column('source', sa.String(length=255), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    op.create_table('failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('gazetteer_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('gazetteer_id')
    )
    op.create_table('review_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('who', sa.String(length=255), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('why', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('incidents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('family', sa.String(length=32), nullable=False),
    sa.Column('acled_event_type', sa.String(length=64), nullable=True),
    sa.Column('acled_sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_value', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('place_name', sa.String(length=255), nullable=True),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('place_precision', sa.String(length=16), nullable=True),
    sa.Column('perpetrator', sa.String(length=255), nullable=True),
    sa.Column('perpetrators', sa.JSON(), nullable=False),
    sa.Column('contested', sa.Boolean(), nullable=False),
    sa.Column('victims', sa.String(length=16), nullable=False),
    sa.Column('killed_min', sa.Integer(), nullable=True),
    sa.Column('killed_max', sa.Integer(), nullable=True),
    sa.Column('injured_min', sa.Integer(), nullable=True),
    sa.Column('injured_max', sa.Integer(), nullable=True),
    sa.Column('killed_words', sa.JSON(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('n_independent', sa.Integer(), nullable=False),
    sa.Column('grade', sa.String(length=16), nullable=False),
    sa.Column('overrides', sa.JSON(), nullable=False),
    sa.Column('rejected', sa.Boolean(), nullable=False),
    sa.Column('reject_why', sa.Text(), nullable=True),
    sa.Column('reviewed', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.create_index('ix_incidents_country', ['country'], unique=False)
        batch_op.create_index('ix_incidents_date', ['date'], unique=False)
        batch_op.create_index('ix_incidents_lat_lon', ['lat', 'lon'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('incident_id', sa.Integer(), nullable=True),
    sa.Column('link', sa.String(length=8), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('family', sa.String(length=32), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_value', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('date_from_published', sa.Boolean(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.String(length=255), nullable=True),
    sa.Column('place_precision', sa.String(length=16), nullable=True),
    sa.Column('perpetrator_id', sa.Integer(), nullable=True),
    sa.Column('perpetrator', sa.String(length=255), nullable=True),
    sa.Column('claimed_by', sa.JSON(), nullable=False),
    sa.Column('victims', sa.String(length=16), nullable=False),
    sa.Column('killed_min', sa.Integer(), nullable=True),
    sa.Column('killed_max', sa.Integer(), nullable=True),
    sa.Column('injured_min', sa.Integer(), nullable=True),
    sa.Column('injured_max', sa.Integer(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('embedding', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['perpetrator_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('document_id', 'idx', name='uq_mentions_document_idx')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_block', ['family', 'date'], unique=False)
        batch_op.create_index('ix_mentions_incident', ['incident_id'], unique=False)

    op.create_table('review_constraints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mention_a', sa.Integer(), nullable=False),
    sa.Column('mention_b', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['mention_a'], ['mentions.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_b'], ['mentions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mention_a', 'mention_b', 'kind', name='uq_review_constraint')
    )



def downgrade() -> None:

    op.drop_table('review_constraints')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index('ix_mentions_incident')
        batch_op.drop_index('ix_mentions_block')

    op.drop_table('mentions')
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_index('ix_incidents_lat_lon')
        batch_op.drop_index('ix_incidents_date')
        batch_op.drop_index('ix_incidents_country')

    op.drop_table('incidents')
    op.drop_table('review_log')
    op.drop_table('places')
    op.drop_table('failures')
    op.drop_table('documents')
    op.drop_table('actors')

