#!/usr/bin/env bash
# The zsh completion script in a real zsh: subcommands, value enums and dataset names, as a
# user gets them on Tab. Installs zsh with apt-get when it is missing; fails if it cannot.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v zsh >/dev/null; then
    echo "== installing zsh"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq zsh; } \
        </dev/null >/dev/null; then
        echo "zsh is missing and apt-get could not install it" >&2
        exit 1
    fi
fi

cargo build --locked --quiet
bin_dir="$(cargo metadata --format-version 1 --no-deps \
    | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bin_dir/bilat" completions zsh > "$work/bilat.zsh"

# No user configuration or datasets: the library is the three bundled datasets.
export PATH="$bin_dir:$PATH" HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset BILAT_CONFIG
cd "$work"

failures=0
passes=0
expect() {
    local typed="$1"
    shift
    local offered
    offered="$(timeout 120 zsh -f "$OLDPWD/.ci/zsh-complete.zsh" "$work/bilat.zsh" "$typed" || true)"
    for want in "$@"; do
        if ! grep -qxF -- "$want" <<<"$offered"; then
            echo "FAIL: '$typed<Tab>' does not offer '$want'; it offers:" >&2
            sed 's/^/    /' <<<"$offered" >&2
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok: '$typed<Tab>' offers $*"
    passes=$((passes + 1))
}

# What zsh offers must include none of these.
refuse() {
    local typed="$1"
    shift
    local offered
    offered="$(timeout 120 zsh -f "$OLDPWD/.ci/zsh-complete.zsh" "$work/bilat.zsh" "$typed" || true)"
    for unwanted in "$@"; do
        if grep -qxF -- "$unwanted" <<<"$offered"; then
            echo "FAIL: '$typed<Tab>' offers '$unwanted', a usage error there; it offers:" >&2
            sed 's/^/    /' <<<"$offered" >&2
            failures=$((failures + 1))
            return
        fi
    done
    echo "ok: '$typed<Tab>' does not offer $*"
    passes=$((passes + 1))
}

expect "bilat ch" check
expect "bilat brief --format " text markdown json
expect "bilat render --pane " trade meetings exercises timeline
expect "bilat completions " bash zsh fish elvish powershell
expect "bilat --data " russia-china india-russia
expect "bilat check " russia-china india-russia
expect "bilat --compare russia-china " russia-china india-russia
expect "bilat export --format " csv json svg html md
expect "bilat export --compare russia-china india-russia --format " json html md
refuse "bilat export --compare russia-china india-russia --format " csv svg
# --compare takes up to four: the third and fourth are datasets too.
expect "bilat --compare russia-china india-russia " china-pakistan russia-china
expect "bilat brief --compare russia-china india-russia " china-pakistan
expect "bilat export --compare russia-china india-russia china-pakistan " russia-china
expect "bilat render --compare russia-china india-russia china-pakistan " india-russia
expect "bilat export --compare russia-china india-russia china-pakistan --format " json html md
refuse "bilat export --compare russia-china india-russia china-pakistan --format " csv svg
# Four is the most: then the command's own flags and their values again.
refuse "bilat brief --compare russia-china india-russia china-pakistan india-russia " russia-china
expect "bilat brief --compare russia-china india-russia china-pakistan india-russia --format " text markdown json

# The closing line in the plain form CI readers count.
echo "zsh: $passes passed, $failures failed"
if ((failures > 0)); then
    exit 1
fi
