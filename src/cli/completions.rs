//! `bilat completions SHELL`: the completion script clap_complete writes from the command
//! line's definition, with the library's dataset names added for bash and zsh.
//!
//! The names cannot be in the script itself: the library is the bundled datasets plus the
//! user's data dir and configuration, which change after the script is installed. So the
//! script asks `bilat list --names` (one name a line, nothing loaded) each time a dataset
//! is completed: for `--data`, both values of `--compare`, and the folder `check` takes.
//! clap_complete has no hook for a completion computed at run time in its bash and zsh
//! scripts, so the generated text is extended here:
//!
//! - bash: a wrapper function runs clap's `_bilat`, then, if the word under the cursor is a
//!   dataset, offers the names and folders instead; the `complete` lines register the
//!   wrapper in place of `_bilat`. clap's function is not edited.
//! - zsh: the `_arguments` specs of those arguments name `_bilat_datasets` (names and
//!   folders) instead of `_files`.
//!
//! Both edits look for exact text of clap_complete's output; the tests check each one still
//! applies, so an upgrade that changes the output fails them instead of silently dropping
//! the names. fish, elvish and PowerShell get clap_complete's script as it is.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The script for `shell`.
pub fn script(shell: Shell) -> String {
    let generated = generated(shell);
    match shell {
        Shell::Bash => with_bash_datasets(&generated),
        Shell::Zsh => with_zsh_datasets(&generated),
        _ => generated,
    }
}

/// The script clap_complete writes, untouched.
fn generated(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "bilat", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// bash's wrapper: which word takes a dataset is worked out from the words before the
/// cursor, skipping the values of the global options that take one.
const BASH_DATASETS: &str = r#"
# Dataset names: `bilat list --names` lists the library as it is now.
_bilat_takes_dataset() {
    local i word sub="" pending="" skip=0 positionals=0
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        if (( skip > 0 )); then
            (( skip-- ))
            continue
        fi
        case "$word" in
            --data|--config) pending="$word"; skip=1 ;;
            --compare) pending="$word"; skip=2 ;;
            -*) ;;
            *)
                if [[ -z "$sub" ]]; then sub="$word"; else (( positionals++ )); fi
                ;;
        esac
    done
    if (( skip > 0 )); then
        [[ "$pending" == --data || "$pending" == --compare ]]
        return
    fi
    [[ "$sub" == check && $positionals -eq 0 && "${COMP_WORDS[COMP_CWORD]}" != -* ]]
}

_bilat_with_datasets() {
    _bilat "$@"
    _bilat_takes_dataset || return 0
    local cur="${COMP_WORDS[COMP_CWORD]}" names IFS=$'\n'
    names="$(command bilat list --names 2>/dev/null)"
    COMPREPLY=( $(compgen -W "$names" -- "$cur") $(compgen -d -- "$cur") )
    compopt -o filenames 2>/dev/null
    return 0
}
"#;

/// clap's `complete` lines name `_bilat`; the wrapper takes its place.
const BASH_REGISTER: (&str, &str) = ("complete -F _bilat ", "complete -F _bilat_with_datasets ");

fn with_bash_datasets(generated: &str) -> String {
    // The wrapper must be defined before the `complete` lines at the end run.
    let (function, register) = match generated.find("\nif [[ \"${BASH_VERSINFO") {
        Some(at) => generated.split_at(at),
        None => (generated, ""),
    };
    let register = register.replace(BASH_REGISTER.0, BASH_REGISTER.1);
    format!("{function}{BASH_DATASETS}{register}")
}

/// zsh's completer for a dataset: the library's names, then folders.
const ZSH_DATASETS: &str = r#"
# Dataset names: `bilat list --names` lists the library as it is now.
_bilat_datasets() {
    local -a names
    local ret=1
    names=(${(f)"$(command bilat list --names 2>/dev/null)"})
    _wanted datasets expl 'dataset name' compadd -a names && ret=0
    _files -/ && ret=0
    return ret
}
"#;

fn with_zsh_datasets(generated: &str) -> String {
    let mut out = String::with_capacity(generated.len() + ZSH_DATASETS.len());
    // The subcommand whose `_arguments` the lines belong to: `(check)` opens check's.
    let mut section = "";
    for line in generated.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('(') && trimmed.ends_with(')') {
            section = trimmed;
        }
        if zsh_takes_dataset(line, section) {
            out.push_str(&line.replace(":_files", ":_bilat_datasets"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
        if line == "autoload -U is-at-least" {
            out.push_str(ZSH_DATASETS);
        }
    }
    out
}

/// Whether an `_arguments` spec is one of the arguments that take a dataset.
fn zsh_takes_dataset(line: &str, section: &str) -> bool {
    let option = ["'*--data=[", "'--compare=[", "'*--compare=["];
    option.iter().any(|start| line.starts_with(start))
        || (section == "(check)" && line.starts_with("'::dir -- "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bash_registers_the_wrapper_after_defining_it() {
        let script = script(Shell::Bash);
        let defined = script.find("_bilat_with_datasets() {").expect("wrapper");
        let registered: Vec<usize> = script
            .match_indices(BASH_REGISTER.1)
            .map(|(at, _)| at)
            .collect();
        assert!(!registered.is_empty(), "no complete line uses the wrapper");
        assert!(registered.iter().all(|&at| at > defined));
        assert!(!script.contains(BASH_REGISTER.0));
    }

    #[test]
    fn zsh_completes_datasets_for_data_compare_and_check() {
        let script = script(Shell::Zsh);
        let specs: Vec<&str> = script
            .lines()
            .filter(|l| l.contains(":_bilat_datasets"))
            .collect();
        // --data in the top level and each subcommand but `help`, --compare at the top
        // and in render, brief and export, check's folder.
        assert!(specs.iter().any(|l| l.starts_with("'*--data=[")));
        let compares = specs.iter().filter(|l| l.contains("--compare=[")).count();
        assert_eq!(compares, 4, "{specs:#?}");
        assert!(specs.iter().any(|l| l.starts_with("'::dir -- ")));
        assert!(!specs.iter().any(|l| l.contains(":_files")));
        assert!(script.starts_with("#compdef bilat\n"));
        assert!(script.contains("_bilat_datasets() {"));
    }

    #[test]
    fn other_shells_get_the_generated_script() {
        for shell in [Shell::Fish, Shell::Elvish, Shell::PowerShell] {
            let script = script(shell);
            assert!(script.contains("completions"), "{shell}");
            assert!(!script.contains("list --names"), "{shell}");
        }
    }
}
