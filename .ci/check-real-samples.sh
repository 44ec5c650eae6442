#!/usr/bin/env bash
# Real public downloads, read by bilat's importers: every file of the shared real-samples
# folder's comtrade, gdelt, imf and sipri folders is imported, and what bilat writes is
# compared, figure for figure, with an independent reading in plain Python
# (compare-real-samples.py), or the file's refusal is checked to name the right reason.
#
# The samples are not in the repository: they are found beside the checkout, in
# ../shared/real-samples (or where BILAT_REAL_SAMPLES says). A missing folder or file, or a
# file there that this script does not know, is a failure, never a skip. Needs python3 with
# venv and pip (the environment the DuckDB checks make); builds bilat.
set -euo pipefail
samples="${BILAT_REAL_SAMPLES:-$(cd "$(dirname "$0")/../.." && pwd)/shared/real-samples}"
cd "$(dirname "$0")/.."
source .ci/duckdb-env.sh
compare=(python3 .ci/compare-real-samples.py)
compare[0]="$python"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "check-real-samples: $*" >&2
    exit 1
}

# The files expected, folder by folder: each must be there, and nothing else but SOURCE.md.
declare -A expected=(
    [comtrade]="nikolovska_TradeData.csv nikolovska_TradeData_Services.csv methakanb_TradeData_hs8542.csv shjain6670_comtrade_legacy.csv"
    [gdelt]="20191024143000.export.CSV spark-gdelt_events.csv spark-gdelt_events1.csv spark-gdelt_eventsT.csv"
    [imf]="rachelwwy_DOTS.csv"
    [sipri]="alexarui_trade-register_2026-05-18.csv colasdroin_trade-register_2025-03-13.csv maodougie25_trade-register_2025-10-23.csv TRANSCRIBED_excerpt_jhiggins01_transfers-layout_2025-04-28.csv"
    [unga]="IdealpointestimatesAll_Apr2020_evoeten.csv"
    [cow-country-codes]="COW-country-codes_evoeten.csv COW-country-codes_kluedemann.csv countrycode_codelist_without_cldr.csv"
    [cow-trade]="National_COW_4.0_will-cotton4.csv"
)
for folder in comtrade gdelt imf sipri unga cow-country-codes cow-trade; do
    [ -d "$samples/$folder" ] || fail "missing folder $samples/$folder"
    for file in ${expected[$folder]}; do
        [ -f "$samples/$folder/$file" ] || fail "missing file $samples/$folder/$file"
    done
    for path in "$samples/$folder"/*; do
        name="$(basename "$path")"
        [ "$name" = SOURCE.md ] && continue
        [[ " ${expected[$folder]} " == *" $name "* ]] ||
            fail "$samples/$folder/$name is not checked: add it to this script"
    done
done

# import SOURCE DIR ARGS...: imports into a new folder DIR, stderr kept in DIR.stderr.
import() {
    local source="$1" dir="$2"
    shift 2
    "$bilat" import "$source" "$@" --into "$dir" 2>"$dir.stderr" ||
        fail "bilat import $source $* failed: $(cat "$dir.stderr")"
    "$bilat" check "$dir" >/dev/null || fail "$dir written by bilat import $source does not check"
}

# refused SOURCE REASON ARGS...: the import must fail, saying REASON, and write nothing.
refused() {
    local source="$1" reason="$2" dir
    shift 2
    dir="$(mktemp -u -p "$work")"
    if "$bilat" import "$source" "$@" --into "$dir" 2>"$work/refusal"; then
        fail "bilat import $source $* should be refused ($reason)"
    fi
    grep -qF -- "$reason" "$work/refusal" ||
        fail "bilat import $source $* was refused without saying \"$reason\": $(cat "$work/refusal")"
    [ ! -e "$dir" ] || fail "bilat import $source $* wrote $dir though refused"
    echo "$source $(basename "$1"): refused, saying: $reason"
}

echo "== UN Comtrade"
c="$samples/comtrade"
for pair in "China:CHN,United States:USA" "China:CHN,Germany:DEU" "Germany:DEU,United States:USA" \
    "China:CHN,Russia:RUS"; do
    dir="$work/comtrade-${pair//[^A-Z]/}"
    import comtrade "$dir" "$c/nikolovska_TradeData.csv" --pair "$pair"
    codes="$(sed 's/[^,]*:\([A-Z]*\)/\1/g' <<<"$pair")"
    "${compare[@]}" comtrade "$c/nikolovska_TradeData.csv" "$codes" "$dir/trade.csv"
done
refused comtrade "no TOTAL goods rows (typeCode C, cmdCode TOTAL) in the files, only 120 services rows" \
    "$c/nikolovska_TradeData_Services.csv" --pair "China:CHN,United States:USA"
refused comtrade "no TOTAL goods rows (typeCode C, cmdCode TOTAL) in the files, only commodity rows (cmdCode \"8542\")" \
    "$c/methakanb_TradeData_hs8542.csv" --pair "Thailand:THA,China:CHN"
refused comtrade "the retired legacy UN Comtrade layout" \
    "$c/shjain6670_comtrade_legacy.csv" --pair "China:CHN,Germany:DEU"

echo "== IMF"
i="$samples/imf/rachelwwy_DOTS.csv"
# The same file with its one month's column named as a year (derived here, not kept): the
# figures become yearly ones, which the scale decides.
sed '1s/,2024M2,/,2024,/' "$i" >"$work/DOTS-as-2024.csv"
grep -q ',2024,' "$work/DOTS-as-2024.csv" || fail "could not rename $i's 2024M2 column"
refused imf "the file does not state the scale of its figures" \
    "$i" --pair "Germany:DEU,United States:USA"
refused imf "read as millions: above 10,000 bn, more than any two countries trade in a year: most likely a scale error" \
    "$work/DOTS-as-2024.csv" --pair "Germany:DEU,United States:USA" --scale millions
g7=(CAN DEU FRA GBR ITA JPN USA)
for a in "${!g7[@]}"; do
    for b in "${!g7[@]}"; do
        [ "$a" -lt "$b" ] || continue
        pair="${g7[$a]},${g7[$b]}"
        for file in "$i" "$work/DOTS-as-2024.csv"; do
            dir="$(mktemp -u -p "$work")"
            import imf "$dir" "$file" --pair "${g7[$a]}:${g7[$a]},${g7[$b]}:${g7[$b]}" --scale units
            "${compare[@]}" imf units "$file" "$pair" "$dir/trade.csv"
        done
    done
done

echo "== SIPRI"
s="$samples/sipri"
for file in alexarui_trade-register_2026-05-18.csv colasdroin_trade-register_2025-03-13.csv \
    maodougie25_trade-register_2025-10-23.csv; do
    for pair in "China:CHN,Russia:RUS" "India:IND,Russia:RUS" "Pakistan:PAK,China:CHN"; do
        dir="$(mktemp -u -p "$work")"
        import sipri "$dir" "$s/$file" --pair "$pair"
        "${compare[@]}" sipri "$s/$file" "$pair" "$dir/arms.csv" "$dir/dataset.toml" "$dir.stderr"
    done
done
refused sipri "SIPRI's per-delivery layout" \
    "$s/TRANSCRIBED_excerpt_jhiggins01_transfers-layout_2025-04-28.csv" --pair "United States:USA,Afghanistan:AFG"

echo "== GDELT"
for file in 20191024143000.export.CSV spark-gdelt_events.csv spark-gdelt_events1.csv \
    spark-gdelt_eventsT.csv; do
    path="$samples/gdelt/$file"
    pairs="$("${compare[@]}" gdelt-pairs "$path" 8)"
    [ -n "$pairs" ] || fail "$path: no pair of actor countries found"
    for pair in $pairs CHN,USA; do
        "$bilat" import gdelt "$path" --pair "$pair" >"$work/months.csv" 2>"$work/stderr" ||
            fail "bilat import gdelt $path --pair $pair failed: $(cat "$work/stderr")"
        "${compare[@]}" gdelt "$path" "$pair" "$work/months.csv"
    done
    # Into a folder, and zipped as GDELT serves it.
    dir="$(mktemp -u -p "$work")"
    import gdelt "$dir" "$path" --pair "Pair:${pair%,*},Other:${pair#*,}"
    "${compare[@]}" gdelt "$path" "$pair" "$dir/cooperation.csv"
    (cd "$work" && rm -f events.zip && "$python" -c \
        'import sys, zipfile; zipfile.ZipFile("events.zip", "w", zipfile.ZIP_DEFLATED).write(sys.argv[1], "events.CSV")' \
        "$path")
    "$bilat" import gdelt "$work/events.zip" --pair "$pair" >"$work/months.csv" 2>"$work/stderr" ||
        fail "bilat import gdelt (zipped $path) failed: $(cat "$work/stderr")"
    "${compare[@]}" gdelt "$path" "$pair" "$work/months.csv"
done
# The query's result, as bilat prints it, into a new folder and into an existing one.
"$bilat" import gdelt "$samples/gdelt/20191024143000.export.CSV" --pair CHN,USA |
    cut -d, -f1-9 >"$work/result.csv"
dir="$(mktemp -u -p "$work")"
"$bilat" import gdelt-monthly "$work/result.csv" --into "$dir" --pair "China:CHN,United States:USA" \
    2>"$work/stderr" || fail "gdelt-monthly into a new folder: $(cat "$work/stderr")"
"${compare[@]}" gdelt "$samples/gdelt/20191024143000.export.CSV" CHN,USA "$dir/cooperation.csv"
"$bilat" import gdelt-monthly "$work/result.csv" --into "$dir" 2>"$work/stderr" ||
    fail "gdelt-monthly into an existing folder: $(cat "$work/stderr")"
"${compare[@]}" gdelt "$samples/gdelt/20191024143000.export.CSV" CHN,USA "$dir/cooperation.csv"

echo "== COW state codes"
cc="$samples/cow-country-codes"
"${compare[@]}" cow-codes crates/bilat-core/src/import/cow/codes.csv "$cc/COW-country-codes_evoeten.csv" \
    "$cc/countrycode_codelist_without_cldr.csv"
# The newer COW list differs only by three alias names of numbers already listed.
"${compare[@]}" cow-codes crates/bilat-core/src/import/cow/codes.csv "$cc/COW-country-codes_kluedemann.csv" \
    "$cc/countrycode_codelist_without_cldr.csv"

echo "== UN General Assembly ideal points"
u="$samples/unga/IdealpointestimatesAll_Apr2020_evoeten.csv"
for pair in RUS,CHN IND,RUS CHN,PAK USA,RUS RUS,DEU YEM,USA SRB,RUS; do
    dir="$(mktemp -u -p "$work")"
    "$bilat" import unga-ideal-points "$u" --pair "$pair" --into "$dir" 2>"$dir.stderr" ||
        fail "bilat import unga-ideal-points --pair $pair failed: $(cat "$dir.stderr")"
    "$bilat" check "$dir" >/dev/null || fail "$dir (unga-ideal-points $pair) does not check"
    "${compare[@]}" unga-ideal-points "$u" "$cc/countrycode_codelist_without_cldr.csv" "$pair" \
        "$dir/indicators.csv"
done
# Every partner of Russia, one dataset each; each checks and a sample is compared.
lib="$work/unga-library"
"$bilat" import unga-ideal-points "$u" --country RUS --into-library "$lib" 2>"$work/stderr" ||
    fail "unga-ideal-points --country RUS failed: $(cat "$work/stderr")"
for dir in "$lib"/*; do
    "$bilat" check "$dir" >/dev/null || fail "$dir (unga-ideal-points --country RUS) does not check"
done
for partner in chn ind usa fra; do
    "${compare[@]}" unga-ideal-points "$u" "$cc/countrycode_codelist_without_cldr.csv" \
        "RUS,${partner^^}" "$lib/rus-$partner/indicators.csv"
done
# The bundled pairs hold exactly what the importer writes from the real file.
for pair in russia-china:RUS,CHN india-russia:IND,RUS china-pakistan:CHN,PAK; do
    "${compare[@]}" unga-ideal-points "$u" "$cc/countrycode_codelist_without_cldr.csv" \
        "${pair#*:}" "data/${pair%%:*}/indicators.csv"
done
refused unga-ideal-points "no rows for Kosovo (XKX: COW 347)" "$u" --pair RUS,XKX

# The national COW trade file is monadic (one country's total trade), so no dyadic import
# reads it; its float32 noise and Germany/Belgium-Luxembourg/China quirks are the facts the
# hand-made dyadic fixtures copy (tests/import/import_dyad.rs).

echo "every real sample read right or refused for the right reason"
