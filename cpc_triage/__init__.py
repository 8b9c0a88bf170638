"""cpc_triage stage."""
