"""Read a 1-D array stored in an ``.npz`` file a slice at a time, never all of it at once.

The model's key columns are tens of megabytes once decompressed; the look-up tables are
built from them slice by slice, so a whole column never has to sit in memory beside the
tables (a lower peak for every worker that loads the model).

>>> import io
>>> buffer = io.BytesIO()
>>> np.savez_compressed(buffer, keys=np.arange(10))
>>> _ = buffer.seek(0)
>>> with np.load(buffer) as npz:
...     [part.tolist() for part in read_in_chunks(npz, "keys", np.dtype(np.int64), 4)[1]]
[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from ..errors import ModelError

_HEADER_READERS = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}


def read_in_chunks(npz: np.lib.npyio.NpzFile, name: str, dtype: np.dtype,
                   chunk: int) -> tuple[int, Iterator[np.ndarray]]:
    """Length of the 1-D array ``name`` of type ``dtype`` and an iterator over its slices of ``chunk`` values.

    A missing array, another shape or type, or a short read raises :class:`ModelError`.
    """
    try:
        file = npz.zip.open(f"{name}.npy")
        read_header = _HEADER_READERS.get(np.lib.format.read_magic(file))
        shape, _, stored = read_header(file) if read_header else ((), False, None)
    except Exception as exc:  # no such member, bad magic or header: one clear message
        raise ModelError(f"diacritics model array {name} is unreadable: {exc}") from exc
    if len(shape) != 1 or stored != dtype:
        file.close()
        raise ModelError(f"diacritics model array {name} is not a 1-D {dtype} array; reinstall vnnews")

    def slices() -> Iterator[np.ndarray]:
        with file:
            for low in range(0, shape[0], chunk):
                count = min(chunk, shape[0] - low)
                data = file.read(count * dtype.itemsize)
                if len(data) != count * dtype.itemsize:
                    raise ModelError(f"diacritics model array {name} is truncated; reinstall vnnews")
                yield np.frombuffer(data, dtype=dtype)

    return shape[0], slices()
