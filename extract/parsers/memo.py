"""The size of the parsers' memo caches.

Cell texts recur across a batch ('100 %', the same indicator names and rumus in every
kecamatan of a kota), so the pure string parsers keep their last results. Each cache holds
at most this many entries of a few hundred bytes, which bounds a worker's memory however
many files it reads.
"""

CACHE_SIZE = 4096
