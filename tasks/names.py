"""Comparison keys for names and references, shared by filing (matching) and the store (index).

A council writes "SMITH, John", another "John Smith", a third "Jóhn  Smith": one child. The key
folds case and accents, drops punctuation and sorts the words, so all three match. The store
never keeps this key in clear: it feeds it to the keyed blind index (`TaskStore(blind_index=…)`).
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    """Return a case-, accent-, punctuation- and word-order-insensitive key for a person's name."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = sorted(w for w in _NOT_WORD.split(plain.replace("_", " ")) if w)
    return " ".join(words)


def reference_key(reference: str) -> str:
    """Return a council reference folded for comparison ("LCS 991421" == "lcs991421")."""
    return "".join(c for c in reference.casefold() if c.isalnum())
