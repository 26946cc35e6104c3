"""How likely a sentence is to state an agreement or a plan ahead, by a linear model of its words.

The rules find commitments and plans by their wording, and some of those wordings also occur
in sentences that state none. A logistic regression over a sentence's words and pairs of
words, trained on the annotated texts by `benchmarks/train_sentence_model.py` (fixed data, a
deterministic solver), gives each sentence a likelihood per kind of item; an item the rules
drafted from a sentence the model finds very unlikely is left out of the draft. The model is
data (`sentence_model.json`): the same sentence always gets the same likelihood.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise

#: Words as the model was trained to read them: two or more word characters, lower-cased.
_WORD = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class SentenceModel:
    """Each known word's (or pair's) weight of rarity, and per kind of item the weight each
    one adds to the log-odds that a sentence states such an item."""

    rarity: dict[str, float]
    weights: dict[str, dict[str, float]]
    intercepts: dict[str, float]
    threshold: float

    def likelihood(self, sentence: str, kind: str) -> float:
        """The probability that `sentence` states an item of `kind` ("agreements", "upcoming")."""
        weights = self.weights[kind]
        odds = self.intercepts[kind] + sum(
            value * weights.get(term, 0.0) for term, value in self.features(sentence).items())
        return 1.0 / (1.0 + math.exp(-odds))

    def unlikely(self, sentence: str, kind: str) -> bool:
        return self.likelihood(sentence, kind) < self.threshold

    def features(self, sentence: str) -> dict[str, float]:
        """The sentence's known words and pairs, each counted sublinearly, weighted by its
        rarity, the whole scaled to length one (as scikit-learn's TfidfVectorizer does)."""
        counts = Counter(term for term in terms(sentence) if term in self.rarity)
        values = {term: (1.0 + math.log(count)) * self.rarity[term]
                  for term, count in counts.items()}
        length = math.sqrt(sum(value * value for value in values.values()))
        return {term: value / length for term, value in values.items()} if length else {}


def terms(sentence: str) -> list[str]:
    """The sentence's words and pairs of neighbouring words, lower-cased."""
    words = _WORD.findall(sentence.lower())
    return [*words, *(f"{first} {second}" for first, second in pairwise(words))]


@functools.cache
def sentence_model() -> SentenceModel:
    """The model shipped with briefgen, read once."""
    return model_from(json.loads(resources.files("briefgen.extract")
                                 .joinpath("sentence_model.json").read_text(encoding="utf-8")))


def model_from(data: dict) -> SentenceModel:
    """The model a `sentence_model.json` holds: per term its rarity, then a weight per kind."""
    rows = data["terms"]
    return SentenceModel(
        rarity={term: row[0] for term, row in rows.items()},
        weights={kind: {term: row[1 + k] for term, row in rows.items() if row[1 + k]}
                 for k, kind in enumerate(data["kinds"])},
        intercepts=data["intercepts"],
        threshold=data["threshold"],
    )
