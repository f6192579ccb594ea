"""Text before any parse: quotation regions (:mod:`.quotes`) and the same-length copy the model reads (:mod:`.normalize`), datelines (:mod:`.datelines`)."""
