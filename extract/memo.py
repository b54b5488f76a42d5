"""The size of the memo caches of the parsers, the checks and the finding fingerprints.

Cell texts recur across a batch ('100 %', the same indicator names and rumus in every
kecamatan of a kota), so the pure functions of a string keep their last results. Each
cache holds at most this many entries of a few hundred bytes, which bounds a worker's
memory however many files it reads.
"""

CACHE_SIZE = 4096
