"""Batch analysis for research: a corpus of story files analysed on Dask and written as
tables (``ficshelf batch``).

- ``runner.run_batch``: list, read and analyse files, folders and .zip archives (the
  ingest code of ``ficshelf import``: same formats, limits and rejections), on a Dask
  ``LocalCluster`` or an existing cluster's scheduler, writing in file order;
- ``partitions``: how files are cut into Dask tasks;
- ``stories``: what a worker does with a partition (the whole pipeline, ``analyze --json``);
- ``tables``: the columns and rows of each table;
- ``writer.BatchWriter``: the output folder (CSV tables, JSON Lines, rejections, summary);
- ``fandoms``: the library's corpus-level fandom inference over a batch's stories;
- ``engine``: the Dask client and cluster (Dask is the optional extra ``ficshelf[scale]``).

Nothing here imports Dask until a batch runs.
"""
