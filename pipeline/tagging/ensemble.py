"""Bengali NER from two stanza models whose CRF scores are averaged before decoding.

Two NER models trained on the same split with different sizes make different mistakes:
averaging their emission and transition scores, then one Viterbi pass, raised Daffodil
dev entity F1 from 75.85 (the better model alone) to 76.62 (models/stanza/README.md).
stanza's NER processor can hold several models, but it only merges their finished tag
sequences (the first model wins), so `ScoreAverage.predict` stands in for the trainer's
`predict`: the same steps as stanza 1.15's `Trainer.predict`, with the scores summed over
models. With no partner it gives exactly stanza's tags (tests/tagging/test_ensemble.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ScoreAverage:
    """The pipeline's NER trainer plus partner models that share its vocabularies."""

    base: Any  # stanza.models.ner.trainer.Trainer
    partners: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        for p in self.partners:
            for name in ("word", "char", "tag"):
                if p.vocab[name]._id2unit != self.base.vocab[name]._id2unit:
                    raise ValueError(f"NER partner model has another {name} vocabulary")

    def predict(self, batch: Any, unsort: bool = True) -> list[list[str]]:
        from stanza.models.common import utils
        from stanza.models.common.crf import viterbi_decode
        from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
        from stanza.models.ner.trainer import fix_singleton_tags, unpack_batch

        device = next(self.base.model.parameters()).device
        inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, offsets = (
            unpack_batch(batch, device)
        )
        word, wordchars, wordchars_mask, chars, tags = inputs
        emissions = transitions = None
        models = [self.base.model, *(p.model for p in self.partners)]
        for model in models:
            model.eval()
            _, logits, trans = model(
                word, wordchars, wordchars_mask, tags, word_orig_idx, sentlens, wordlens,
                chars, offsets, charlens, char_orig_idx,
            )  # fmt: skip
            e, t = logits[0].data.cpu().numpy(), trans[0].data.cpu().numpy()
            emissions = e if emissions is None else emissions + e
            transitions = t if transitions is None else transitions + t
        emissions, transitions = emissions / len(models), transitions / len(models)
        tagset = self.base.args["predict_tagset"]
        out = []
        for i in range(emissions.shape[0]):
            ids = viterbi_decode(emissions[i, : sentlens[i]], transitions)[0]
            ids = [x if x >= VOCAB_PREFIX_SIZE else VOCAB_PREFIX_SIZE for x in ids]
            found = self.base.vocab["tag"].unmap([(x,) for x in ids])
            out.append(fix_singleton_tags([x[tagset] if isinstance(x, list) else x for x in found]))
        return utils.unsort(out, orig_idx) if unsort else out


def install(nlp: Any, partner_files: list[Path], vectors: Path | None) -> ScoreAverage:
    """Make the pipeline's NER processor average its model with `partner_files`."""
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.ner.trainer import Trainer

    base = nlp.processors["ner"].trainers[0]
    pretrain = Pretrain(str(vectors)) if vectors is not None and vectors.is_file() else None
    partners = [Trainer(model_file=str(f), pretrain=pretrain, device="cpu") for f in partner_files]
    average = ScoreAverage(base, partners)
    base.predict = average.predict
    return average
