//! `bilat completions SHELL`: the completion script clap_complete writes from the command
//! line's definition, with the library's dataset names added for bash and zsh.
//!
//! The names cannot be in the script itself: the library is the bundled datasets plus the
//! user's data dir and configuration, which change after the script is installed. So the
//! script asks `bilat list --names` (one name a line, nothing loaded) each time a dataset
//! is completed: for `--data`, each of `--compare`'s two to four values, and the folder
//! `check` takes.
//! clap_complete has no hook for a completion computed at run time in its bash and zsh
//! scripts, so the generated text is extended here:
//!
//! - bash: a wrapper function runs clap's `_bilat`, then, if the word under the cursor is a
//!   dataset, offers the names and folders instead; the `complete` lines register the
//!   wrapper in place of `_bilat`. clap's function is not edited. After `--compare`'s
//!   second value a word that starts with `-` is a flag, so flags are offered there.
//! - zsh: the `_arguments` specs of those arguments name `_bilat_datasets` (names and
//!   folders) instead of `_files`. Those specs hold `--compare`'s two required values; its
//!   optional third and fourth are completed by `_bilat_compare_more`, which clap's `_bilat`
//!   asks first, and which takes them out of the words clap's completion reads once the
//!   cursor is past them. (An optional value in the spec, `::C:...`, would take a flag typed
//!   there for the value, and then complete neither the flag's value nor anything else.)
//!
//! `export --compare` writes only the formats that hold several pairs, so after it neither shell
//! offers the others (`csv`, `svg`), which would be a usage error: bash's wrapper filters
//! clap's answer, and zsh's `--format` spec names `_bilat_export_formats`.
//!
//! Both edits look for exact text of clap_complete's output; the tests check each one still
//! applies, so an upgrade that changes the output fails them instead of silently dropping
//! the names. fish, elvish and PowerShell get clap_complete's script as it is.

use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use crate::cli::{COMPARED, Cli};
use crate::report::export::{CompareFormat, ExportFormat};

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
/// cursor, skipping the values of the global options that take one. `--compare` takes up to
/// COMPARE_MOST values, the first COMPARE_LEAST of them required: a flag after those ends
/// its values.
const BASH_DATASETS: &str = r#"
# Dataset names: `bilat list --names` lists the library as it is now.
_bilat_takes_dataset() {
    local i word sub="" pending="" skip=0 given=0 positionals=0
    for (( i = 1; i < COMP_CWORD; i++ )); do
        word="${COMP_WORDS[i]}"
        if (( skip > 0 )); then
            if [[ "$pending" != --compare || "$word" != -* ]]; then
                (( skip-- ))
                (( ++given ))
                continue
            fi
            # A flag ends --compare's values.
            skip=0
        fi
        case "$word" in
            --data|--config) pending="$word"; skip=1; given=0 ;;
            --compare) pending="$word"; skip=COMPARE_MOST; given=0 ;;
            -*) ;;
            *)
                if [[ -z "$sub" ]]; then sub="$word"; else (( positionals++ )); fi
                ;;
        esac
    done
    if (( skip > 0 )); then
        [[ "$pending" == --data || "$pending" == --compare ]] || return 1
        # Past --compare's required values, a word starting with - is a flag.
        [[ "$pending" == --compare && $given -ge COMPARE_LEAST \
            && "${COMP_WORDS[COMP_CWORD]}" == -* ]] && return 1
        return 0
    fi
    [[ "$sub" == check && $positionals -eq 0 && "${COMP_WORDS[COMP_CWORD]}" != -* ]]
}

# `export --compare` writes several pairs: the formats that hold one are not offered.
_bilat_drop_single_formats() {
    [[ "${COMP_WORDS[COMP_CWORD-1]}" == --format ]] || return 0
    [[ " ${COMP_WORDS[*]} " == *" export "* && " ${COMP_WORDS[*]} " == *" --compare "* ]] \
        || return 0
    local keep=() reply
    for reply in "${COMPREPLY[@]}"; do
        case "$reply" in
            SINGLE_FORMATS) ;;
            *) keep+=("$reply") ;;
        esac
    done
    COMPREPLY=("${keep[@]}")
}

_bilat_with_datasets() {
    _bilat "$@"
    _bilat_drop_single_formats
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
    let wrapper = BASH_DATASETS
        .replace("SINGLE_FORMATS", &single_formats().join("|"))
        .replace("COMPARE_MOST", &COMPARED.end().to_string())
        .replace("COMPARE_LEAST", &COMPARED.start().to_string());
    format!("{function}{wrapper}{register}")
}

/// The export formats that hold one dataset, which `--compare` refuses.
fn single_formats() -> Vec<String> {
    export_formats()
        .filter(|(format, _, _)| CompareFormat::try_from(*format).is_err())
        .map(|(_, name, _)| name)
        .collect()
}

/// Each export format with its name and help, as clap shows them.
fn export_formats() -> impl Iterator<Item = (ExportFormat, String, String)> {
    ExportFormat::value_variants().iter().filter_map(|format| {
        let value = format.to_possible_value()?;
        let help = value
            .get_help()
            .map(ToString::to_string)
            .unwrap_or_default();
        Some((*format, value.get_name().to_string(), help))
    })
}

/// zsh's completer for `export --format`: every format with its help, less those that hold
/// one dataset once `--compare` is on the line before the cursor (read from `LBUFFER`: by the
/// time `_arguments` calls the function, `words` and `opt_args` have lost `--compare`).
fn zsh_export_formats() -> String {
    let quote = |text: &str| text.replace('\'', r"'\''");
    let formats: String = export_formats()
        .map(|(_, name, help)| format!("        '{}:{}'\n", name, quote(&help)))
        .collect();
    format!(
        r#"
# Export formats: after --compare, only those that hold several pairs.
_bilat_export_formats() {{
    local -a formats
    formats=(
{formats}    )
    (( ${{${{(z)LBUFFER}}[(I)--compare]}} )) && formats=(${{formats:#({})\:*}})
    _describe -t formats 'format' formats
}}
"#,
        single_formats().join("|")
    )
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

# --compare's values past the required ones, which clap's specs do not know: datasets while
# the word is not a flag and there is room for another. Past them, `reply` names their
# places, for `_bilat` to take them out of the words clap's completion reads (a change to
# `words` lasts only in the function that makes it).
_bilat_compare_more() {
    local i given=-1
    reply=()
    for (( i = 2; i < CURRENT; i++ )); do
        case "${words[i]}" in
            --compare) given=0 ;;
            -*) given=-1 ;;
            *)
                if (( given >= 0 )); then
                    (( ++given ))
                    (( given > COMPARE_LEAST && given <= COMPARE_MOST )) && reply+=($i)
                fi
                ;;
        esac
    done
    if (( given >= COMPARE_LEAST && given < COMPARE_MOST )) && [[ "${words[CURRENT]}" != -* ]]; then
        _bilat_datasets
        return
    fi
    return 1
}
"#;

/// The first lines of clap's `_bilat`: `--compare`'s third and fourth values completed, or
/// once the cursor is past them, left out of the words the rest of `_bilat` reads.
const ZSH_COMPARE_MORE: &str = r#"    local -a reply
    _bilat_compare_more && return 0
    local _bilat_at
    for _bilat_at in ${(Oa)reply}; do
        words=("${(@)words[1,_bilat_at-1]}" "${(@)words[_bilat_at+1,-1]}")
        (( CURRENT-- ))
    done
"#;

fn with_zsh_datasets(generated: &str) -> String {
    let mut out = String::with_capacity(generated.len() + ZSH_DATASETS.len());
    // The subcommand whose `_arguments` the lines belong to: `(check)` opens check's.
    let mut section = "";
    // Inside export's `--format` spec, whose value list runs over several lines.
    let mut in_export_format = false;
    for line in generated.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('(') && trimmed.ends_with(')') {
            section = trimmed;
        }
        if section == "(export)" && line.starts_with("'--format=[") {
            in_export_format = true;
        }
        if in_export_format {
            // The spec's help stays; its value list becomes the function.
            if let Some((spec, _)) = line.split_once(":FORMAT:((") {
                out.push_str(spec);
                out.push_str(":FORMAT:_bilat_export_formats' \\\n");
            }
            in_export_format = !line.ends_with("))' \\");
            continue;
        }
        if zsh_takes_dataset(line, section) {
            out.push_str(&line.replace(":_files", ":_bilat_datasets"));
        } else {
            out.push_str(line);
        }
        out.push('\n');
        if line == "autoload -U is-at-least" {
            out.push_str(
                &ZSH_DATASETS
                    .replace("COMPARE_MOST", &COMPARED.end().to_string())
                    .replace("COMPARE_LEAST", &COMPARED.start().to_string()),
            );
            out.push_str(&zsh_export_formats());
        }
        if line == "_bilat() {" {
            out.push_str(ZSH_COMPARE_MORE);
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
        // The third and fourth values of --compare, asked before clap's completion.
        assert!(
            script
                .contains("_bilat() {\n    local -a reply\n    _bilat_compare_more && return 0\n")
        );
        assert!(script.contains("(( given > 2 && given <= 4 )) && reply+=($i)"));
        assert!(specs.iter().any(|l| l.starts_with("'::dir -- ")));
        assert!(!specs.iter().any(|l| l.contains(":_files")));
        assert!(script.starts_with("#compdef bilat\n"));
        assert!(script.contains("_bilat_datasets() {"));
    }

    #[test]
    fn export_compare_is_not_offered_the_single_dataset_formats() {
        assert_eq!(single_formats(), ["csv", "svg"]);
        let zsh = script(Shell::Zsh);
        assert!(
            zsh.contains(":FORMAT:_bilat_export_formats' \\\n'--out=["),
            "{zsh}"
        );
        assert!(zsh.contains("formats=(${formats:#(csv|svg)\\:*})"), "{zsh}");
        assert!(zsh.contains("'md:The briefing in Markdown"), "{zsh}");
        let bash = script(Shell::Bash);
        assert!(bash.contains("            csv|svg) ;;"), "{bash}");
        assert!(bash.contains("    _bilat_drop_single_formats\n"), "{bash}");
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
