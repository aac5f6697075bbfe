"""Near-duplicate detection: wire copies and reprints, by MinHash-LSH on word 5-shingles.

An article's body is normalised (the form its content hash uses), split into words, and every
run of :data:`SHINGLE_WORDS` words becomes a shingle. A MinHash of the shingle set
(``datasketch``, :data:`NUM_PERM` permutations) estimates the Jaccard similarity of two bodies;
an LSH index finds the stored articles likely above :data:`CANDIDATE_JACCARD` without
comparing all pairs, and their signatures and shingle counts confirm them: two bodies are
copies when most of the shorter one's shingles are in the other (:func:`containment`).

Signatures are stored (``article_minhash``), and :class:`DuplicateIndex` is rebuilt from them
when an ingest process starts, so a later process finds copies of articles stored earlier.
"""

from __future__ import annotations

import itertools
import re
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

from crisisdesk.model import normalise_for_hash

NUM_PERM = 128
SHINGLE_WORDS = 5
# Containment, not Jaccard, decides: a reprint that drops a paragraph and adds a credit line
# keeps most of the original but its Jaccard falls fast on a short article. The reprint in
# examples/ has a Jaccard of 0.64 with its wire original (exact) but a containment of 0.85;
# two outlets' own reports of one event score below 0.1 on both.
DUPLICATE_THRESHOLD = 0.7
# The LSH index finds pairs likely above this Jaccard (a containment of 0.7 between bodies of
# similar length is a Jaccard of about 0.5; the margin absorbs MinHash's noise).
CANDIDATE_JACCARD = 0.4
# Fixed, so signatures written by one process compare with those of another.
SEED = 1
SCHEME = "affine32"
_WORD = re.compile(r"\w+")
# Multipliers that fold the word hashes of a shingle into one 32-bit shingle hash.
_FOLD = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)
# One MinHash with the fixed permutations, copied for every signature (making the
# permutations anew costs more than hashing an article).
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme=SCHEME)


def shingle_hashes(body: str) -> np.ndarray:
    """32-bit hashes of the body's word 5-shingles (one shingle for a shorter body).

    Each word is hashed once (CRC-32, stable across processes) and the hashes of a window are
    folded together with numpy: hashing every shingle string in Python would cost ten times
    more on a 100,000-article corpus.
    """
    words = _WORD.findall(normalise_for_hash(body))
    if not words:
        return np.zeros(0, dtype=np.uint64)
    word_hashes = np.fromiter(
        (zlib.crc32(word.encode("utf-8")) for word in words), dtype=np.uint64, count=len(words)
    )
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1
    folded = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        folded += word_hashes[offset : offset + count] * _FOLD[offset]
    return (folded >> np.uint64(32)) ^ (folded & np.uint64(0xFFFFFFFF))


def signature(body: str) -> tuple[int, np.ndarray]:
    """The number of distinct shingles of the body and their MinHash values (uint32,
    :data:`NUM_PERM` of them)."""
    minhash = _TEMPLATE.copy()
    hashes = np.unique(shingle_hashes(body))
    if len(hashes):
        minhash.update_batch(hashes)
    return len(hashes), minhash.hashvalues.astype(np.uint32)


def to_blob(values: np.ndarray) -> bytes:
    """A signature as stored: little-endian uint32."""
    return values.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets: the share of equal values."""
    return float(np.count_nonzero(first == second)) / len(first)


def containments(
    sizes: np.ndarray, matrix: np.ndarray, size: int, values: np.ndarray
) -> np.ndarray:
    """:func:`containment` of one signature against each row of ``matrix`` at once."""
    if not len(matrix) or not size:
        return np.zeros(len(matrix))
    similar = np.count_nonzero(matrix == values, axis=1) / matrix.shape[1]
    shared = similar * (sizes + size) / (1.0 + similar)
    smaller = np.maximum(np.minimum(sizes, size), 1)
    return np.minimum(1.0, np.where(sizes > 0, shared / smaller, 0.0))


def containment(first: tuple[int, np.ndarray], second: tuple[int, np.ndarray]) -> float:
    """Estimated share of the smaller shingle set found in the other.

    From the Jaccard estimate J and the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
    """
    (size_a, values_a), (size_b, values_b) = first, second
    if not size_a or not size_b:
        return 0.0
    similar = jaccard(values_a, values_b)
    shared = similar * (size_a + size_b) / (1.0 + similar)
    return min(1.0, shared / min(size_a, size_b))


class DuplicateIndex:
    """LSH over MinHash signatures: which stored articles may be copies of a new one.

    The banding is datasketch's (its :class:`MinHashLSH` picks the number of bands and rows
    for :data:`CANDIDATE_JACCARD`); the band tables are ours: per band, a sorted numpy array
    of 64-bit band hashes and the rows they belong to, plus a small dictionary of the articles
    added since the last merge. ``MinHashLSH`` itself keeps a Python set per band and article,
    about 9 KB per article (186 MB for 20,000 articles, measured); these arrays take 12 bytes
    per band and article. Only ids live here: candidates are confirmed with signatures read
    back from the store, and the index is rebuilt from the stored signatures at start.
    """

    MERGE_EVERY = 20_000

    def __init__(self, threshold: float = CANDIDATE_JACCARD, num_perm: int = NUM_PERM) -> None:
        params = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.bands, self.rows = params.b, params.r
        self.ids: list[str] = []
        self._known: set[str] = set()
        self._hashes = np.zeros((self.bands, 0), dtype=np.uint64)  # sorted per band
        self._members = np.zeros((self.bands, 0), dtype=np.int32)
        self._recent: list[dict[int, list[int]]] = [{} for _ in range(self.bands)]
        self._recent_count = 0
        self.load_seconds = 0.0

    @property
    def size(self) -> int:
        return len(self.ids)

    @classmethod
    def from_signatures(cls, rows: Iterable[tuple[str, int, bytes]]) -> DuplicateIndex:
        """An index of stored ``(article_id, shingles, signature blob)`` rows; records how
        long building it took in ``load_seconds``. Rows are hashed in chunks, so the peak
        memory stays near that of the finished index."""
        started = time.perf_counter()
        index = cls()
        chunks: list[np.ndarray] = []
        for chunk in _chunks(rows, 10_000):
            index.ids.extend(article_id for article_id, _, _ in chunk)
            matrix = np.frombuffer(b"".join(blob for _, _, blob in chunk), dtype="<u4")
            chunks.append(index.band_hashes(matrix.reshape(len(chunk), -1)))
        if chunks:
            index._known = set(index.ids)
            index._hashes, index._members = index._sorted_tables(
                np.concatenate(chunks), np.arange(len(index.ids), dtype=np.int32)
            )
        index.load_seconds = time.perf_counter() - started
        return index

    def band_hashes(self, matrix: np.ndarray) -> np.ndarray:
        """(articles, bands) 64-bit hashes of each band of each signature."""
        matrix = np.atleast_2d(matrix).astype(np.uint64)
        used = matrix[:, : self.bands * self.rows].reshape(len(matrix), self.bands, self.rows)
        weights = _BAND_WEIGHTS[: self.rows]
        folded = (used * weights).sum(axis=2, dtype=np.uint64)
        return folded ^ (folded >> np.uint64(29))

    def _sorted_tables(
        self, hashes: np.ndarray, members: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per band, hashes sorted with their article rows alongside."""
        table = np.ascontiguousarray(hashes.T)
        rows = np.broadcast_to(members, table.shape)
        order = np.argsort(table, axis=1, kind="stable")
        return np.take_along_axis(table, order, 1), np.take_along_axis(rows, order, 1)

    def candidates(self, values: np.ndarray) -> list[str]:
        """Ids of articles sharing at least one band with the signature ``values``."""
        hashes = self.band_hashes(values)[0]
        found: set[int] = set()
        for band, value in enumerate(hashes):
            column = self._hashes[band]
            start = int(np.searchsorted(column, value, side="left"))
            end = int(np.searchsorted(column, value, side="right"))
            found.update(self._members[band, start:end].tolist())
            found.update(self._recent[band].get(int(value), ()))
        return sorted(self.ids[row] for row in found)

    def add(self, article_ids: Sequence[str], matrix: np.ndarray) -> None:
        """Index more signatures (one row of ``matrix`` per id; ids already indexed are
        skipped)."""
        hashes = self.band_hashes(matrix).tolist()
        for article_id, row_hashes in zip(article_ids, hashes, strict=True):
            if article_id in self._known:
                continue
            row = len(self.ids)
            self.ids.append(article_id)
            self._known.add(article_id)
            for band, value in enumerate(row_hashes):
                self._recent[band].setdefault(value, []).append(row)
            self._recent_count += 1
        if self._recent_count >= self.MERGE_EVERY:
            self._merge_recent()

    def _merge_recent(self) -> None:
        """Move the recent additions into the sorted arrays."""
        merged_hashes, merged_members = [], []
        for band, table in enumerate(self._recent):
            values = [value for value, rows in table.items() for _ in rows]
            rows = [row for members in table.values() for row in members]
            hashes = np.concatenate([self._hashes[band], np.array(values, dtype=np.uint64)])
            members = np.concatenate([self._members[band], np.array(rows, dtype=np.int32)])
            order = np.argsort(hashes, kind="stable")
            merged_hashes.append(hashes[order])
            merged_members.append(members[order])
        self._hashes, self._members = np.stack(merged_hashes), np.stack(merged_members)
        self._recent = [{} for _ in range(self.bands)]
        self._recent_count = 0


def _chunks(rows: Iterable[tuple[str, int, bytes]], size: int) -> Iterator[list[tuple]]:
    """``rows`` in lists of ``size`` (itertools.batched is Python 3.12)."""
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


# Odd multipliers that fold the rows of a band into one 64-bit hash.
_BAND_WEIGHTS = np.random.default_rng(20240917).integers(
    1, 2**63, NUM_PERM, dtype=np.uint64
) | np.uint64(1)
