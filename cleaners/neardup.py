"""Near-duplicate articles: MinHash signatures (datasketch) and LSH banding over a whole corpus.

The signature of an article is computed once, when it is cleaned, from the word 5-grams of
its canonical text, and stored with its record. The corpus-wide stage groups signatures by
LSH bands, checks each candidate against the first article (by id) of its band bucket with
the estimated Jaccard similarity, and joins matches with a union-find whose root is always
the smallest id. Every article of a group but the first gets ``duplicate_of`` = the first id.

The result depends only on the set of (id, signature) pairs, never on the order in which
articles were cleaned or on how they were sharded. Memory: one ``uint32`` row of
``NUM_PERM`` values per article (64 x 4 bytes), no per-article Python objects in the index.
"""
from __future__ import annotations

import zlib

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 64
SHINGLE = 5  # words per shingle
THRESHOLD = 0.8  # estimated Jaccard similarity of shingle sets
SEED = 1
BANDS, ROWS = _optimal_param(THRESHOLD, NUM_PERM, 0.5, 0.5)

_A, _B = (np.asarray(x, dtype=np.uint64).reshape(-1, 1)
          for x in MinHash(num_perm=NUM_PERM, seed=SEED).permutations)
_PRIME = np.uint64((1 << 61) - 1)  # datasketch's Mersenne prime and 32-bit mask
_MASK = np.uint64((1 << 32) - 1)
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)


def signature(text: str) -> list[int] | None:
    """MinHash of the word 5-grams of ``text`` (lower-cased); None when it has no words.

    datasketch's permutations and formula (``(a * h + b) mod p``, low 32 bits, minimum),
    applied to all shingles at once: each word is hashed once (CRC-32) and a 5-gram's hash
    is a fixed mix of its words' hashes, so no 5-gram string is built.
    """
    words = text.lower().split()
    if not words:
        return None
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in words), dtype=np.uint64, count=len(words))
    k = min(SHINGLE, len(w))
    n = len(w) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        h = (h * _MIX[j] + w[j:j + n]) & _MASK
    h = np.unique(h)  # the minimum ignores repeats; fewer columns
    x = _A * h  # (a * h + b) mod p, low 32 bits: datasketch's formula (uint64 wraps, as there)
    x += _B
    x %= _PRIME
    x &= _MASK
    return x.min(axis=1).astype(np.uint32).tolist()


def duplicate_pairs(sigs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(rows, firsts): row ``rows[k]`` is a near-duplicate of the first row ``firsts[k]`` of its group.

    ``sigs`` is a (n, NUM_PERM) uint32 array whose rows are in id order; rows of articles
    without a signature must be left out by the caller. ``rows`` is increasing; both are
    int64 arrays (no per-article Python objects).
    """
    n = len(sigs)
    if n < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    parent = np.arange(n)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return int(i)

    for band in range(BANDS):
        cols = np.ascontiguousarray(sigs[:, band * ROWS:(band + 1) * ROWS])
        _, inverse = np.unique(cols, axis=0, return_inverse=True)
        del cols
        inverse = inverse.reshape(-1)
        order = np.argsort(inverse, kind="stable")  # within a bucket: index (= id) order
        bounds = np.flatnonzero(np.diff(inverse[order])) + 1
        del inverse
        starts = np.concatenate(([0], bounds))
        stops = np.concatenate((bounds, [n]))
        big = np.flatnonzero(stops - starts >= 2)  # buckets of one row have no candidates
        for b in big:
            group = order[starts[b]:stops[b]]
            first = int(group[0])
            same = (sigs[group[1:]] == sigs[first]).mean(axis=1) >= THRESHOLD
            for j in group[1:][same]:
                a, b2 = root(first), root(int(j))
                if a != b2:
                    parent[max(a, b2)] = min(a, b2)
        del order, bounds, starts, stops, big
    for i in range(n):  # full path compression: parent[i] is the root
        parent[i] = parent[parent[i]]
    rows = np.flatnonzero(parent != np.arange(n))
    return rows, parent[rows].astype(np.int64)


def duplicates(ids: list[str], sigs: np.ndarray) -> dict[int, int]:
    """{index: index of the first article of its group} for the near-duplicates among ``ids``.

    ``ids`` must be sorted; ``sigs`` is a (len(ids), NUM_PERM) uint32 array; rows of
    articles without a signature must be left out by the caller.
    """
    rows, firsts = duplicate_pairs(sigs)
    return dict(zip(rows.tolist(), firsts.tolist()))
