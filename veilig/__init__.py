"""Domain logic shared by the Rasa actions, the Rasa pipeline and the gateway."""
