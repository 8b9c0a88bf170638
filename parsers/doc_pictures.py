"""`pictures_to_read()`: the pictures of a Word or ODT file whose text says next to nothing.

Why: a booking form is sometimes pasted into a document as a picture — a screenshot of the case
system's form, a phone photo of a printed one — with a line of typed text or none (issue 11,
set v, layout 108: five of seven such forms read as an empty document). A person reading the
document sees the form; the text layer holds nothing. So when a document's own text is short,
its pictures are read as image attachments are (OCR, `parsers.attachment`): the same reader,
the same limits, at most `_MAX_PICTURES` of them, largest first, each within `_MAX_BYTES`.
A document with text of its own is read as text only (its logo and signature images are no
form).
"""

from __future__ import annotations

import io
import zipfile

from parsers import sniff
from parsers.records import Page

#: A document whose own text has fewer words than this is read for its pictures too.
_FEW_WORDS = 60
_MAX_PICTURES = 3
_MAX_BYTES = 8 * 1024 * 1024
#: Where each format keeps its pictures.
_FOLDERS = ("word/media/", "Pictures/")
_IMAGES = frozenset({sniff.PNG, sniff.JPEG, sniff.TIFF, sniff.GIF})


def pictures_to_read(data: bytes, pages: tuple[Page, ...]) -> list[bytes]:
    """The pictures of the document `data` worth reading, when its `pages` say next to nothing."""
    words = sum(len(line.split()) for page in pages for line in page.lines)
    if words >= _FEW_WORDS:
        return []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [
                info
                for info in archive.infolist()
                if info.filename.startswith(_FOLDERS) and 0 < info.file_size <= _MAX_BYTES
            ]
            members.sort(key=lambda info: info.file_size, reverse=True)
            found = []
            for info in members:
                picture = archive.read(info)
                if sniff.sniff_media_type(picture) in _IMAGES:
                    found.append(picture)
                if len(found) == _MAX_PICTURES:
                    break
            return found
    except (zipfile.BadZipFile, OSError, ValueError):
        return []  # the text reader has said what is wrong with the package
