"""spaCy's first import, without its command line (the names `triage.nlp` uses, re-exported).

Why (issue 11: start-up under 3 s, the batch's process tree under 400 MB): `spacy/__init__.py`
imports `info` from `spacy.cli.info`, and so the whole `spacy.cli` package — every training,
packaging, project and download command, with weasel, requests and their web stack — which
the product never runs. That was about 0.3 s of the command's start-up (on its critical path:
the parse workers wait for nothing else) and 16 MB of its memory, measured on a 2-core box.

While spaCy's own `__init__` runs, `spacy.cli` and `spacy.cli.info` are stand-in modules;
they are taken out of `sys.modules` as soon as it returns, so a later `import spacy.cli`
(nothing here does one) imports the real package, and `spacy.info()` imports the real `info`
when it is called. spaCy's own modules import nothing else from `spacy.cli`. When spaCy was
already imported (a test, a tool), this is a plain import.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported from the real `spacy.cli` when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy() -> types.ModuleType:
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package = types.ModuleType(_CLI)
    package.__path__ = []  # a package: `spacy.cli.info` is looked up in sys.modules first
    info = types.ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    stand_ins = {_CLI: package, _INFO: info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        loaded = sys.modules.get("spacy")
        if loaded is not None and getattr(loaded, "cli", None) is package:
            delattr(loaded, "cli")
    return spacy


spacy = _import_spacy()

from spacy.language import Language  # noqa: E402  -- after spaCy's first import, above
from spacy.matcher import Matcher, PhraseMatcher  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

__all__ = ["Doc", "Language", "Matcher", "PhraseMatcher", "Span", "filter_spans", "spacy"]
