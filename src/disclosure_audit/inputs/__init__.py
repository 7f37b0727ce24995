"""Reading the user's files: size limits, YAML with positions, XLSX, the JSON Schema gate."""
