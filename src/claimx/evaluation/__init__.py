"""Measuring claimx: PolNeAR attribution and the stance set (:mod:`.polnear`)."""
