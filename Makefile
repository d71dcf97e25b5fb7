# One command runs the service, one runs the tests; both set everything up on first use.
# Two environments (scripts/setup.sh): the gateway's on a supported Python runs the gateway, the
# knowledge tools and the scripts; Rasa's on Python 3.10 runs Rasa and the action server.
PY := .venv-gateway/bin/python
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: run test lint setup prepare train bench eval kennis-check kennis-build kennis-zoek kennis-reload kennis-bench eval-dialoog eval-vervolg eval-talen eval-typen meet-engels clean

setup:
	@bash scripts/setup.sh

prepare: setup
	@$(PY) -m scripts.prepare

run: prepare
	@$(PY) -m scripts.run

test: prepare
	@bash scripts/test.sh

lint: setup
	@.venv-gateway/bin/ruff check api veilig actions rasa_addons scripts tests
	@.venv-gateway/bin/mypy

train: setup
	@$(PY) -m scripts.train --force

bench: prepare
	@$(PY) -m scripts.bench $(BENCH)

eval: prepare
	@$(PY) -m scripts.eval_nlu

eval-dialoog: prepare
	@$(PY) -m scripts.eval_dialogue

eval-vervolg: prepare
	@$(PY) -m scripts.eval_follow_up

eval-talen: prepare
	@$(PY) -m scripts.eval_languages

eval-typen: prepare
	@$(PY) -m scripts.eval_typing

meet-engels: prepare
	@$(PY) -m scripts.measure_english_model

kennis-check: setup
	@$(PY) -m veilig.knowledge.cli check

kennis-build: setup
	@$(PY) -m veilig.knowledge.cli build

kennis-zoek: setup
	@$(PY) -m veilig.knowledge.cli zoek "$(Q)"

kennis-reload: setup
	@$(PY) -m veilig.knowledge.cli reload

kennis-bench: setup
	@$(PY) -m veilig.knowledge.cli bench

clean:
	rm -rf models var bot/spacy_nl results
