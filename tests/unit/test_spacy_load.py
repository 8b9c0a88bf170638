"""spaCy's first import skips its command line, and leaves nothing standing in for it
(triage.spacy_load)."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
from triage import build_nlp, load_config
from cpc_triage.cli.common import settings_from
nlp = build_nlp(load_config(settings_from(None).triage_config_dir()))
doc = next(nlp.docs(["The children were running to school."]))
after = {
    "cli_loaded_by_spacy": "spacy.cli.download" in sys.modules,
    "stand_ins_left": [m for m in ("spacy.cli", "spacy.cli.info") if m in sys.modules],
    "lemmas": [t.lemma_ for t in doc],
    "sentences": len(list(doc.sents)),
}
import spacy.cli  # the real package, imported on demand
after["real_cli"] = hasattr(spacy.cli, "download")
print(json.dumps(after))
"""


def test_the_pipeline_loads_without_spacys_cli_and_the_real_one_stays_importable() -> None:
    ran = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=300, check=False
    )
    assert ran.returncode == 0, ran.stderr
    after = json.loads(ran.stdout.strip().splitlines()[-1])
    assert after["cli_loaded_by_spacy"] is False
    assert after["stand_ins_left"] == []
    assert after["lemmas"] == ["The", "child", "be", "run", "to", "school", "."]
    assert after["sentences"] == 1
    assert after["real_cli"] is True


def test_spacy_info_still_answers() -> None:
    probe = "import triage.spacy_load, spacy; print(type(spacy.info()).__name__)"
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, check=False
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "dict"
