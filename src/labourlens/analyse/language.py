"""Language of a document and of its paragraphs, as ISO 639-1 codes.

Scripts decide first: Hangul means Korean, kana Japanese, Han ideographs without kana
Chinese. English prose is recognised by its function words without loading a model.
Everything else goes to py3langid (a fork of langid.py whose model ships inside the
package; it is loaded once, on first use)."""

from __future__ import annotations

import hashlib
import re
import time
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from labourlens.analyse import cache_files

__all__ = ["detect", "paragraph_languages"]

_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[a-z]+")
_PARA_SPLIT = re.compile(r"\n[ \t]*\n")
_EN_FUNCTION = frozenset(
    "the of and to in is was were that for said on with as by at from are have has had not they their "
    "it its be been this which who an or but will would "
    # words that only English uses among the Latin-script languages, so that prose with many
    # names and numbers ("Under U.N. resolution 2397, ...") is recognised without the model
    "should could them many says his she him than what when into other only our there these those "
    "some did because while where such told since against before during after about".split()
)
MIN_PARAGRAPH = 40
_SAMPLE = 3000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    cached = _cached_identifier()  # the model decompressed once, in the cache folder (start-up speed)
    return cached if cached is not None else LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


_MODEL_CACHE_FORMAT = 2
_LARGE = ("ptc", "nextmove")  # 28 and 39 MB: mapped from disk, so a start reads only the pages it touches


def _model_cache_file() -> Path | None:
    """Where the decompressed language model is kept between runs (the gazetteer's cache folder, see
    :func:`labourlens.analyse.gazetteer.cache_dir`; None when the cache is off): the small arrays in this
    ``.npz`` file, the two large ones beside it in ``.npy`` files (:func:`_large_files`). The name carries a hash
    of the shipped model, so another py3langid model never reads a stale copy."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from labourlens.analyse.gazetteer import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    model = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else Path(MODEL_DIR) / MODEL_FILE
    h = hashlib.sha256(f"{_MODEL_CACHE_FORMAT}|{_numpy_version()}".encode())
    h.update(model.read_bytes())
    return folder / f"langid-{h.hexdigest()[:24]}.npz"


def _large_files(where: Path) -> dict[str, Path]:
    return {name: where.with_suffix(f".{name}.npy") for name in _LARGE}


def _numpy_version() -> str:
    import numpy

    return str(numpy.__version__)


def _write_model_copy(where: Path) -> None:
    """Decompress the shipped model (an LZMA-packed ``.npz``) and write its arrays: the large ones as ``.npy``
    files first, the small ``.npz`` last, so that a copy whose ``.npz`` exists is whole."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else Path(MODEL_DIR) / MODEL_FILE
    with lzma.open(model) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    for name, path in _large_files(where).items():
        cache_files.write_atomically(path, partial(np.save, arr=arrays[name], allow_pickle=False))
    small = {name: a for name, a in arrays.items() if name not in _LARGE}
    cache_files.write_atomically(where, lambda out: np.savez(out, **small))
    for stale in where.parent.glob("langid-*.np[yz]"):  # copies of another model or format
        if not stale.name.startswith(f"{where.stem}.") and time.time() - stale.stat().st_mtime > cache_files.STALE_SECONDS:
            stale.unlink(missing_ok=True)


def _cached_identifier() -> Any:
    """py3langid's identifier built from a decompressed copy of its model (made on first use). Its two large
    tables are memory-mapped: the tokeniser's transition table is read through a ``memoryview`` (indexing gives
    the ints py3langid's own ``array`` gives) and the class table as a read-only ``numpy.memmap``, so a start
    reads the pages it touches instead of decompressing 68 MB. The same identifier as
    :meth:`LanguageIdentifier.from_model_file` builds; None when there is no usable cache (the caller then loads
    the shipped file)."""
    try:
        import numpy as np
        from py3langid.langid import LanguageIdentifier
        from py3langid.modelio import _TYPECODE, _to_array

        where = _model_cache_file()
        if where is None:
            return None
        large = _large_files(where)
        if not where.exists():
            _write_model_copy(where)
        try:
            ptc = np.load(large["ptc"], mmap_mode="r", allow_pickle=False)
            nextmove = np.load(large["nextmove"], mmap_mode="r", allow_pickle=False)
            table = memoryview(nextmove).cast("B").cast(_TYPECODE[nextmove.dtype.itemsize])
            with np.load(where, allow_pickle=False) as data:
                return LanguageIdentifier(ptc, np.asarray(data["pc"]), data["classes"].tolist(), table,
                                          data["out_feat"].tolist(), norm_probs=True,
                                          tk_row=_to_array(data["nextmove_row"]))
        except Exception:
            for path in (where, *large.values()):  # a broken copy: made again next time
                path.unlink(missing_ok=True)
            raise
    except Exception:  # noqa: BLE001 - any problem with the copy: load the shipped model instead
        return None


_ANY_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _by_script(sample: str) -> str | None:
    if sample.isascii() or not _ANY_CJK.search(sample):
        return None
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    hangul = len(_HANGUL.findall(sample))
    if hangul / letters > 0.3:
        return "ko"
    kana = len(_KANA.findall(sample))
    han = len(_HAN.findall(sample))
    if (kana + han) / letters > 0.3:
        return "ja" if kana / max(kana + han, 1) > 0.1 else "zh"
    return None


def _english(sample: str) -> bool:
    words = _WORD.findall(sample.lower())
    if len(words) < 5 or len(words) * 3 < sample.count(" ") * 2:  # mostly non-Latin words
        return False
    hits = sum(map(_EN_FUNCTION.__contains__, words))  # True counts 1
    return hits / len(words) >= 0.18


def _detect(text: str) -> tuple[str, float]:
    sample = text[:_SAMPLE]
    if not sample.strip():
        return "und", 0.0
    script = _by_script(sample)
    if script:
        return script, 1.0
    if _english(sample):
        return "en", 1.0
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)


def detect(text: str) -> str:
    """ISO 639-1 code of the text's main language; ``"und"`` when there is no text."""
    return _detect(text)[0]


def paragraph_languages(text: str, doc_lang: str) -> list[tuple[int, str]]:
    """(paragraph index, language) for the blank-line separated paragraphs longer than
    about 40 characters whose language differs from ``doc_lang``."""
    out: list[tuple[int, str]] = []
    base = (doc_lang or "").split("-")[0].lower()
    for i, para in enumerate(p for p in _PARA_SPLIT.split(text) if p.strip()):
        size = len(para.strip())
        # Korean, Chinese and Japanese say as much in a third of the characters
        if size <= MIN_PARAGRAPH and not (size > MIN_PARAGRAPH // 3 and _by_script(para)):
            continue
        lang, prob = _detect(para)
        if lang != "und" and lang != base and prob >= 0.9:
            out.append((i, lang))
    return out
