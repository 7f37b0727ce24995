"""The schema gates, compiled ahead of time: one generated module per schema.

Generating a gate's code with fastjsonschema and compiling it cost about 0.3 s for a checklist
and a declaration file, more than the rest of ``validate`` of one file (issue 16). The modules
here hold that code, so a run imports it (from the bytecode pip writes at install) instead.
Each records the SHA-256 of the schema text(s) it was made from; a module whose schema has
changed since is not used (the gate is then compiled at run time, as before), and the test
suite fails until it is regenerated:

    python -m disclosure_audit.inputs.gates
"""
