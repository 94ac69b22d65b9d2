#!/usr/bin/env python3
"""Builds gold.jsonl (quotes with resolved speakers) for the UD English Web Treebank weblog and
newsgroup documents chosen in decisions.py (news reproduced or summarised in blogs and
newsgroup posts), from the hand-written decisions, with the builder shared by the quote sets
(../quote_gold.py).

Usage: python3 build.py [--quiet]
  Reads  ../uner_ewt_train/train.jsonl and ../uner_ewt_dev/dev.jsonl (beside this folder),
  writes gold.jsonl here.
"""
import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ beside the data
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import quote_gold  # noqa: E402

quote_gold.build(
    HERE,
    {
        "uner_ewt_train": os.path.join(HERE, "..", "uner_ewt_train", "train.jsonl"),
        "uner_ewt_dev": os.path.join(HERE, "..", "uner_ewt_dev", "dev.jsonl"),
    },
)
