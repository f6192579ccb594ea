"""Claims out to people and tools: highlighted HTML (:mod:`.render`), text tables (:mod:`.table`), rows and DataFrames (:mod:`.frame`)."""
