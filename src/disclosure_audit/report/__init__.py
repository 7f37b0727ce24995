"""Checking a published annual report (信息公开年度报告): its arithmetic, parts and period."""
