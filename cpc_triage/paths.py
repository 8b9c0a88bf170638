"""Where the project's data files are, whether run from a checkout or an installed package."""

from __future__ import annotations

import os
from pathlib import Path

ENV_CONFIG_DIR = "CPC_TRIAGE_CONFIG_DIR"


def default_config_dir() -> Path:
    """The `config/` folder: $CPC_TRIAGE_CONFIG_DIR, else the checkout's, else ./config."""
    if env := os.environ.get(ENV_CONFIG_DIR):
        return Path(env)
    checkout = Path(__file__).resolve().parent.parent / "config"
    if (checkout / "policies").is_dir():
        return checkout
    return Path.cwd() / "config"
