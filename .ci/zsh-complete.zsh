#!/usr/bin/env zsh
# What zsh offers on Tab after the words given, one match a line: an interactive zsh in a
# pseudo-terminal (zpty), with compinit and the script in $1 as _bilat, types the words and
# Tab; compadd is wrapped to write each match it adds to a file, read once the line is done.
# Usage: zsh-complete.zsh SCRIPT 'bilat ch'
emulate -L zsh
zmodload zsh/zpty || { print -u2 "zsh has no zpty module"; exit 1 }

script=$1 typed=$2
dir=$(mktemp -d) || exit 1
trap 'zpty -d complete 2>/dev/null; rm -rf $dir' EXIT
cp $script $dir/_bilat
out=$dir/matches
: > $out

zpty complete zsh -f -i
setup=(
  "PS1='' PROMPT='' RPROMPT=''"
  "fpath=($dir \$fpath)"
  "autoload -Uz compinit && compinit -u -d $dir/zcompdump"
  "zstyle ':completion:*' menu no"
  "compadd() { local -a hits; builtin compadd -A hits \"\$@\"; print -rl -- \$hits >> $out; builtin compadd \"\$@\" }"
)
for line in $setup; do zpty -w complete "$line"; done
# Ready once the marker's sum appears: its text as typed never contains the result.
zpty -w complete 'print READY$((40+2))'
zpty -r -m complete reply '*READY42*' || { print -u2 "zsh did not start"; exit 1 }
zpty -w -n complete "$typed"$'\t'
# Let the completion run before more keys arrive: zle may cut a completion short when it sees
# typeahead. Wait for the first match (up to 10 s; none may come), then a moment for the rest.
for i in {1..100}; do [[ -s $out ]] && break; sleep 0.1; done
sleep 0.3
# After the Tab: clear the line and print a marker; once it appears, completion is over.
zpty -w -n complete $'\C-u'
zpty -w complete 'print DONE$((40+2))'
zpty -r -m complete reply '*DONE42*' || { print -u2 "no answer from zsh"; exit 1 }
sort -u $out
