"""ledger.strikes: the attempts a message itself ended by going over its budget (issue 15).

`attempts` counts every start, so a daemon killed for another reason while a message was in
flight counted against the message; `strikes` counts only what the message caused, and is
what sets a message aside as "could not be processed".

Revision ID: 0003_poison
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_poison"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ledger") as batch:
        batch.add_column(sa.Column("strikes", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("ledger") as batch:
        batch.drop_column("strikes")
