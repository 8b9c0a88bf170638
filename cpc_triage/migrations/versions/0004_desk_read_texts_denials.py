"""read_texts: the text the parsers read from each filed message, sealed under the occurrence's
key (`tasks.tables.read_texts`, `tasks.readtext`), so the desk shows it without parsing again;
desk_denials: refusals of requests without a session, counted per source and hour
(`desk.tables.desk_denials`); desk_accounts.districts: the districts an account is limited
to; desk_accounts.queue_seen_at: when it last opened the queue ("new since you last looked");
name_tokens: the keyed index of each word of a child's name, for search by part of a name.

Revision ID: 0004_desk
Revises: 0003_poison
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_desk"
down_revision: str | None = "0003_poison"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "read_texts",
        sa.Column("occurrence_id", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("text_enc", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["occurrences.id"],
            name=op.f("fk_read_texts_occurrence_id_occurrences"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("occurrence_id", "sha256", name=op.f("pk_read_texts")),
    )

    op.create_table(
        "desk_denials",
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("why", sa.String(length=200), nullable=False),
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("source", "why", "hour", name=op.f("pk_desk_denials")),
    )
    op.create_table(
        "name_tokens",
        sa.Column("occurrence_id", sa.String(length=32), nullable=False),
        sa.Column("token_index", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["occurrences.id"],
            name=op.f("fk_name_tokens_occurrence_id_occurrences"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("occurrence_id", "token_index", name=op.f("pk_name_tokens")),
    )
    op.create_index(
        op.f("ix_name_tokens_token_index"), "name_tokens", ["token_index"], unique=False
    )
    with op.batch_alter_table("desk_accounts") as batch:
        batch.add_column(sa.Column("districts", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("queue_seen_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("desk_accounts") as batch:
        batch.drop_column("queue_seen_at")
        batch.drop_column("districts")
    op.drop_index(op.f("ix_name_tokens_token_index"), table_name="name_tokens")
    op.drop_table("name_tokens")
    op.drop_table("desk_denials")
    op.drop_table("read_texts")
