"""Everything that plugs into Rasa itself, through Rasa's extension points: the decision order as
the last NLU component (bot/config.yml), the tracker store that forgets idle conversations
(bot/endpoints.yml) and two measured performance patches (patches.py, applied by
scripts/rasa_server.py only on the Rasa version they were written for). The only code that
imports Rasa; veilig/ stays importable without it."""
