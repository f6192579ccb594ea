"""claimx inside other frameworks (:mod:`.dask`)."""
