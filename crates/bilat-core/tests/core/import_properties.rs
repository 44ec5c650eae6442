//! The source readers on arbitrary input: any bytes, and rows in the right layout with any
//! mix of values, give figures or a located error, never a panic.

use std::fs;

use bilat::data::Country;
use bilat::import::{comtrade, imf};
use proptest::prelude::*;

fn pair() -> [Country; 2] {
    let c = |name: &str, code: &str| Country {
        name: name.into(),
        code: code.into(),
    };
    [c("Russia", "RUS"), c("China", "CHN")]
}

const COMTRADE_HEADER: &str = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,\
reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,\
partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,\
isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,\
motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,\
altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,\
fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

/// Field values that matter to the reader, and some that should not.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("TOTAL".to_string()),
        Just("C00".to_string()),
        Just("0".to_string()),
        Just("A".to_string()),
        Just("M".to_string()),
        Just("X".to_string()),
        Just("RX".to_string()),
        Just("52".to_string()),
        Just("2021".to_string()),
        Just("CHN".to_string()),
        Just("RUS".to_string()),
        Just("\"quoted, with comma\"".to_string()),
        Just("\"open".to_string()),
        Just("1e308".to_string()),
        Just("-5".to_string()),
        Just("NaN".to_string()),
        (1u8..13).prop_map(|m| m.to_string()),
        any::<f64>().prop_map(|x| x.to_string()),
        "[ -~]{0,8}",
    ]
}

fn rows(width: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::collection::vec(field(), width), 0..12).prop_map(|rows| {
        rows.iter()
            .map(|r| r.join(","))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn the_comtrade_reader_never_panics_on_rows_in_its_layout(body in rows(40..50)) {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("comtrade.csv");
        fs::write(&file, format!("{COMTRADE_HEADER}\n{body}\n")).unwrap();
        let _ = comtrade::read(&[file], &pair());
    }

    #[test]
    fn the_comtrade_reader_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("comtrade.csv");
        fs::write(&file, bytes).unwrap();
        let _ = comtrade::read(&[file], &pair());
    }

    #[test]
    fn the_imf_reader_never_panics(body in rows(6..12)) {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("imf.csv");
        let header = "Country Name,Country Code,Indicator Name,Indicator Code,Counterpart Country \
                      Name,Counterpart Country Code,Attribute,2021,2021Q1,2021M01";
        fs::write(&file, format!("{header}\n{body}\n")).unwrap();
        let codes = [("RUS".into(), "X".into()), ("CHN".into(), "RUS".into())];
        for scale in [None, Some(bilat::import::scale::Scale::Millions)] {
            let _ = imf::read(std::slice::from_ref(&file), &pair(), &codes, scale);
        }
    }
}
