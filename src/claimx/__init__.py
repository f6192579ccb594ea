"""claimx: who claimed what in news text.

>>> import claimx
>>> for claim in claimx.extract(article_text):  # doctest: +SKIP
...     print(claim.speaker.name, claim.stance, claim.text)

The spaCy model loads on first use, so importing claimx is cheap.
"""

from __future__ import annotations


from .align import Alignment, ClusterMember, StatementCluster, align, cluster, format_alignments
from .api import PageClaims, classify_stance, extract, extract_html, extract_many, load_default_nlp, render
from .errors import ClaimxError, ExtractionError, InputError, LexiconError, ModelNotFoundError
from .models import Claim, Form, Mention, Speaker, SpeakerKind, Stance
from .outputs.frame import to_frame
from .outputs.render import ClaimList

__version__ = "0.1.0"

__all__ = [
    "Alignment",
    "Claim",
    "ClaimList",
    "ClaimxError",
    "ClusterMember",
    "ExtractionError",
    "Form",
    "InputError",
    "LexiconError",
    "Mention",
    "ModelNotFoundError",
    "PageClaims",
    "Speaker",
    "SpeakerKind",
    "Stance",
    "StatementCluster",
    "__version__",
    "align",
    "classify_stance",
    "cluster",
    "extract",
    "extract_html",
    "extract_many",
    "format_alignments",
    "load_default_nlp",
    "render",
    "to_frame",
]
