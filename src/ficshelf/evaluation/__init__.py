"""Scoring the pipeline against gold annotations (``ficshelf eval``).

Modules::

    scores      precision/recall/F1 counts and accuracies, micro-averaged by adding them up
    normalise   the text normalisation every comparison goes through
    gold        reading gold files (DESIGN.md's format) and choosing which to score
    matching    one-to-one matching of characters (shared aliases) and quotes (same text)
    corpus      scoring one story's ``analyze --json`` object against its gold, and a corpus
    litbank     reading LitBank (tokens to character offsets, quotes, coreference chains)
    litbank_scoring  quote, speaker and person-name cluster scores on LitBank
    report      the readable form of both reports

The library never prints; the CLI (``ficshelf eval``) renders the reports.
"""
