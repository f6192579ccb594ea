"""Running the pipeline over real inputs.

- :mod:`.records`: the records loop, per input record its claims or why it failed, in order;
- :mod:`.outcomes`: what the loop reads (checked records) and gives back (``Extracted``, ``Failed``);
- :mod:`.chunking`: long texts cut into pieces outside quotes, claims mapped back;
- :mod:`.parallel`: the loop in several worker processes.
"""
