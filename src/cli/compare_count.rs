//! `--compare` given too few datasets or too many: a usage error that says what it takes.

use std::ffi::OsString;

use clap::CommandFactory;

use super::{COMPARED, Cli};

/// The usage error for `--compare` given too few datasets or too many, in place of clap's own
/// (`2 values required`, `unexpected argument`), which would not say what `--compare` takes.
/// `None` when `err` is about something else.
///
/// Too few is clap's count error on `--compare`. Too many is clap's complaint about the word
/// after the fourth value: that word is then the fifth of an unbroken run of values after
/// `--compare` on the command line.
pub(super) fn error(err: &clap::Error, args: &[OsString]) -> Option<clap::Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(text)) => Some(text.as_str()),
        _ => None,
    };
    let words: Vec<&str> = args.iter().map(|a| a.to_str().unwrap_or("")).collect();
    let is_flag = |word: &str| word.starts_with('-') && word != "-";
    // Where each `--compare` is and how many values it is given: those after it, unbroken by
    // a flag, or with `--compare=A` that one alone (clap takes no more).
    let runs = words
        .iter()
        .enumerate()
        .filter_map(|(at, word)| match *word {
            "--compare" => Some((
                at,
                words[at + 1..].iter().take_while(|w| !is_flag(w)).count(),
            )),
            _ if word.starts_with("--compare=") => Some((at, 1)),
            _ => None,
        });
    let max = *COMPARED.end();
    let (at, given) = match err.kind() {
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues | ErrorKind::InvalidValue
            if context(ContextKind::InvalidArg).is_some_and(|a| a.starts_with("--compare")) =>
        {
            runs.into_iter()
                .find(|&(_, given)| given < *COMPARED.start())?
        }
        ErrorKind::UnknownArgument | ErrorKind::InvalidSubcommand => {
            let word =
                context(ContextKind::InvalidArg).or(context(ContextKind::InvalidSubcommand))?;
            runs.into_iter()
                .find(|&(at, given)| given > max && words.get(at + 1 + max) == Some(&word))?
        }
        _ => return None,
    };
    let mut command = Cli::command();
    command.build();
    // The command `--compare` was given to, for its usage line: the first command's name
    // typed before it, not as the value of a flag.
    let named = (1..at).find(|&i| {
        !matches!(words[i - 1], "--data" | "--config")
            && command.find_subcommand(words[i]).is_some()
    });
    let given = match given {
        0 => "none was given".to_string(),
        1 => "1 was given".to_string(),
        _ => format!("{given} were given"),
    };
    let message = format!("--compare takes two to four datasets; {given}");
    let kind = ErrorKind::WrongNumberOfValues;
    Some(
        match named.and_then(|i| command.find_subcommand_mut(words[i])) {
            Some(sub) => sub.error(kind, message),
            None => command.error(kind, message),
        },
    )
}
