"""Running the pipeline over real inputs: long texts in pieces (:mod:`.chunking`) and worker pools (:mod:`.parallel`)."""
