"""Prefect flows over the cleaners. Importing this package does not import Prefect."""
