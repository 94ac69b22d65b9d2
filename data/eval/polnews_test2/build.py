#!/usr/bin/env python3
"""Builds gold.jsonl (quotes with resolved speakers) for the fifteen invented US political news
articles of texts.jsonl (this folder), from the hand-written decisions in decisions.py, with
the builder shared by the quote sets (../quote_gold.py).

Usage: python3 build.py [--quiet]
  Reads  texts.jsonl (beside this file), writes gold.jsonl here.
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
        "invented": os.path.join(HERE, "texts.jsonl"),
    },
)
