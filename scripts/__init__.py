"""Developer commands: set-up, running the services, training, benchmarks."""
