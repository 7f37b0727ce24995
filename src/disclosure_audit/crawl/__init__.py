"""Reading a school's website: find the disclosure column from the homepage, walk its column
tree, read every list page (title, link, date) and check the columns as evaluators do.

Nothing here runs unless the ``crawl`` command is given; it fetches politely and within bounds
(robots.txt, a User-Agent naming the tool, 2 requests at a time per host with a delay, a page
budget, a wall-clock limit, body caps and per-request deadlines), and records every page it
uses as evidence (:mod:`disclosure_audit.evidence`).
"""
