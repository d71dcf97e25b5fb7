"""The public FastAPI gateway: the only entry from the internet to the bot."""
