"""The annual report's draft (``report annual``): its facts from the repo, its wording in the MOE
structure, and its formats (Word, Markdown, HTML)."""
