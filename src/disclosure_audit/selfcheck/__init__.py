"""Self-check workbooks (自查表): one XLSX per department out, its rows back into declarations.

columns (the sheet's columns), declared (what a department has declared, with row keys),
lists (the drop-down lists and the hidden options sheet), workbook (writing), sheet (reading a
filled workbook), merge (what it changes, every bad cell), yamledit (editing YAML keeping
comments), report (what the import says).
"""
