//! The manual page's prose sections: the plain mode, the environment bilat reads, its exit
//! statuses and examples. Each names only what the program does; the tests of the page
//! check the variables against the code that reads them.

use clap_mangen::roff::{Roff, bold, roman};

/// A section of `(term, text)` paragraphs.
fn tagged(roff: &mut Roff, heading: &str, intro: &str, items: &[(&str, &str)]) {
    roff.control("SH", [heading]);
    if !intro.is_empty() {
        roff.text([roman(intro)]);
    }
    for (term, text) in items {
        roff.control("TP", []);
        roff.text([bold(*term)]);
        roff.text([roman(*text)]);
    }
}

/// PLAIN MODE: the dashboard as sentences.
pub(super) fn render_plain_mode(roff: &mut Roff) {
    roff.control("SH", ["PLAIN MODE"]);
    roff.text([roman(
        "bilat --plain (or the dashboard started where TERM is dumb) speaks the dashboard as \
         sentences, one or a few a key, with no escape sequences, box drawing or cursor \
         movement: for screen readers, braille displays and logs. The same keys move, open \
         records and switch datasets; each answer is a line of text, and ? lists the keys \
         that work there. --compare opens it on two to four pairs, named first with the countries they share.",
    )]);
}

/// ENVIRONMENT: every variable bilat reads.
pub(super) fn render_environment(roff: &mut Roff) {
    tagged(
        roff,
        "ENVIRONMENT",
        "",
        &[
            (
                "BILAT_CONFIG",
                "The configuration file, when --config is not given.",
            ),
            (
                "XDG_CONFIG_HOME",
                "Without BILAT_CONFIG, the configuration is $XDG_CONFIG_HOME/bilat/config.toml \
                 (~/.config when unset).",
            ),
            (
                "XDG_DATA_HOME",
                "The data dir: each folder under $XDG_DATA_HOME/bilat/datasets/ joins the \
                 library (~/.local/share when unset).",
            ),
            (
                "NO_COLOR",
                "When set and not empty, the dashboard and render --color use no colour.",
            ),
            (
                "TERM, COLORTERM",
                "How many colours the terminal shows; TERM=dumb starts the plain mode.",
            ),
            (
                "LC_ALL, LC_CTYPE, LANG",
                "The first one set names the character set: one that is not UTF-8 gives ASCII \
                 output, as --ascii does.",
            ),
            (
                "TMUX",
                "Inside tmux, a copied citation is sent through tmux's passthrough.",
            ),
        ],
    );
}

/// EXIT STATUS: what each status means.
pub(super) fn render_exit_status(roff: &mut Roff) {
    tagged(
        roff,
        "EXIT STATUS",
        "",
        &[
            ("0", "Success; for check, every dataset is clean."),
            (
                "1",
                "An error, said on stderr with the file and what to fix; for check, a problem \
                 found in a dataset.",
            ),
            (
                "2",
                "A usage error: an unknown command or flag, a malformed or out-of-range value \
                 (render --size under 80x24, say), or a flag the command does not take.",
            ),
        ],
    );
}

/// EXAMPLES: commands a reader can type as they are.
pub(super) fn render_examples(roff: &mut Roff) {
    tagged(
        roff,
        "EXAMPLES",
        "",
        &[
            (
                "bilat",
                "The dashboard on the default dataset (Russia–China).",
            ),
            (
                "bilat --data india-russia brief --since 2015",
                "A one-screen briefing on India and Russia from 2015 on.",
            ),
            (
                "bilat export --compare russia-china india-russia --format html --out pairs.html",
                "Both pairs on one self-contained page.",
            ),
            (
                "bilat brief --compare russia-china india-russia china-pakistan",
                "Three pairs side by side in one briefing: the countries each shares, one \
                 trade unit or a warning that there is none, meetings over the years all \
                 three record.",
            ),
            (
                "bilat render --size 120x40 --pane trade",
                "The trade pane as text, for a mail or a document.",
            ),
            (
                "bilat new my-pair --pair India:IND,Russia:RUS",
                "Start a dataset; then bilat check my-pair and bilat --data my-pair.",
            ),
            (
                "bilat import sipri trade-register.csv --into my-pair",
                "Add SIPRI's arms transfers to it.",
            ),
            (
                "bilat import gdelt --print-sql bigquery --country RUS > partners.sql",
                "One query for every partner of Russia in GDELT's full history (its comment \
                 says what BigQuery will scan; dry-run it first); its CSV result goes in with \
                 bilat import gdelt-monthly partners.csv --country RUS --into-library pairs.",
            ),
            (
                "bilat --plain",
                "The dashboard as sentences, for a screen reader.",
            ),
        ],
    );
}
