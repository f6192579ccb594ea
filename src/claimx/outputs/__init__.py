"""Claims out to people and tools: highlighted HTML and tables (:mod:`.render`), rows and DataFrames (:mod:`.frame`)."""
