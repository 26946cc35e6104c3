"""Train the sentence model (`briefgen/extract/sentence_model.json`) on the annotated texts.

Usage: pip install scikit-learn && python benchmarks/train_sentence_model.py [--check]

Every sentence the draft reads of the training texts is labelled by whether a gold item's
evidence lies in it, once for agreements and once for upcoming events; a logistic regression
over the sentence's words and pairs of words (tf-idf, sublinear counts, scaled to length
one) is fitted to each. The training texts are folds 1 and 2 of the White House gold beside
this repository and the benchmark sets read while writing rules; fold 3 and the unread and
held-out sets stay out, so that they still measure the drafts on text nobody tuned to. The
solver is deterministic, so the same data gives the same model. `--check` only compares the
shipped model's likelihoods with scikit-learn's for the training sentences.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml
from extraction_folds import SHARED, folds, scorer_module
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from briefgen.extract.article import kind_of, parse_article
from briefgen.extract.draft import article_paragraphs
from briefgen.extract.sentence_model import model_from

HERE = Path(__file__).resolve().parent
MODEL = HERE.parent / "briefgen" / "extract" / "sentence_model.json"
KINDS = ("agreements", "upcoming")
#: The benchmark sets read while writing rules; the others are never trained on.
READ_SETS = ("news3", "news4", "news7", "news9", "news10", "news16", "news17", "news18")
#: An item drafted from a sentence less likely than this is left out.
THRESHOLD = 0.2
#: How strongly the weights are held back (scikit-learn's C: larger holds back less).
STRENGTH = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    scorer = scorer_module(SHARED / "eval" / "score.py")
    sentences, labels = _training_sentences(scorer)
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    matrix = vectorizer.fit_transform(sentences)
    models = {kind: LogisticRegression(C=STRENGTH, max_iter=5000, class_weight="balanced")
              .fit(matrix, labels[kind]) for kind in KINDS}
    if not args.check:
        _write(vectorizer, models)
    shipped = model_from(json.loads(MODEL.read_text(encoding="utf-8")))
    for kind in KINDS:
        expected = models[kind].predict_proba(matrix)[:, 1]
        worst = max(abs(shipped.likelihood(sentence, kind) - likelihood)
                    for sentence, likelihood in zip(sentences, expected, strict=True))
        print(f"{kind}: {sum(labels[kind])} of {len(sentences)} sentences state one; "
              f"largest difference from scikit-learn {worst:.5f}")


def _training_sentences(scorer) -> tuple[list[str], dict[str, list[bool]]]:
    first, second, _ = folds(SHARED / "eval" / "dev", 3)
    sources = [(path, SHARED / "corpus" / "whitehouse") for path in [*first, *second]]
    for name in READ_SETS:
        sources += [(path, HERE / name / "articles")
                    for path in sorted((HERE / name / "gold").glob("*.gold.yaml"))]
    sentences: list[str] = []
    labels: dict[str, list[bool]] = {kind: [] for kind in KINDS}
    for gold_path, folder in sources:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        path = folder / gold["article"]
        article = parse_article(path.read_text(encoding="utf-8"), kind_of(path.name))
        evidence = {kind: [e for item in gold.get(kind) or [] for e in scorer.evidences(item) if e]
                    for kind in KINDS}
        for sentence in (s for paragraph in article_paragraphs(article) for s in paragraph):
            flat = scorer.flat(sentence)
            sentences.append(sentence)
            for kind in KINDS:
                labels[kind].append(any(e in flat for e in evidence[kind]))
    return sentences, labels


def _write(vectorizer: TfidfVectorizer, models: dict[str, LogisticRegression]) -> None:
    terms = {term: [round(float(vectorizer.idf_[column]), 6),
                    *(round(float(models[kind].coef_[0][column]), 6) for kind in KINDS)]
             for term, column in sorted(vectorizer.vocabulary_.items())}
    data = {"kinds": list(KINDS), "threshold": THRESHOLD,
            "intercepts": {kind: round(float(models[kind].intercept_[0]), 6) for kind in KINDS},
            "terms": terms}
    MODEL.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n",
                     encoding="utf-8")


if __name__ == "__main__":
    main()
