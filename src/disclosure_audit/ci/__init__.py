"""CI on a school's checklist repo: the scaffold, baselines, thresholds and result diffs."""
