"""Developer tools, installed with the ``dev`` extra: benchmarks and the wage build."""
