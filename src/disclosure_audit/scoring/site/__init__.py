"""The website as evidence: the crawl file compared with the declarations (``compare``, with
``coverage`` saying what the crawl could see and ``urls`` how pages are matched), what that
changes in availability and convenience (``evidence``), and the site checks judged on the
audit's date (``checks``)."""
