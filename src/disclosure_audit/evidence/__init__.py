"""Evidence: what the website sent, recorded so that a verdict can be shown to be right.

Every page a crawl uses gets one small JSON record under ``.disclosure-audit/evidence/`` (fetch
time, status, final URL, Content-Type, the SHA-256 of the body) and its body, gzipped, under
``.disclosure-audit/evidence/bodies/``. A record's key is the start of the SHA-256 of the record
itself: records are written once and never change, so a key always means the same fetch.
"""
