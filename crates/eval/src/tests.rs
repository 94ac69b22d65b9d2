//! Hand-computed expectations for each metric.

use super::*;

fn doc(json: &str) -> GoldDoc {
    serde_json::from_str(json).expect("test document parses")
}

fn run(gold: &str, pred: &str, opts: &EvalOptions) -> Report {
    evaluate(&[doc(gold)], &[doc(pred)], opts)
}

/// Asserts tp / n_pred / n_gold and the derived P/R/F1.
fn check(m: &Prf, tp: usize, n_pred: usize, n_gold: usize) {
    assert_eq!(
        (m.tp, m.n_pred, m.n_gold),
        (tp, n_pred, n_gold),
        "counts of {m:?}"
    );
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        0.0
    };
    assert!((m.p - p).abs() < 1e-12 && (m.r - r).abs() < 1e-12, "{m:?}");
}

#[test]
fn tokens_exact_spans() {
    let r = run(
        r#"{"id":"a","text":"The cat sat","tokens":[[0,3],[4,7],[8,11]]}"#,
        r#"{"id":"a","tokens":[[0,3],[4,6],[8,11],[8,11],[11,11]]}"#,
        &EvalOptions::default(),
    );
    // duplicates count once: pred {0-3, 4-6, 8-11, 11-11}
    check(&r.tokens.unwrap().exact, 2, 4, 3);
    assert_eq!(r.layers, vec!["tokens"]);
}

#[test]
fn sentences_trimmed_boundaries_and_docs() {
    let g = r#"{"id":"a","text":"Hi there.  Bye now. Ok. ","sentences":[[0,9],[11,19],[20,24]]}"#;
    let r = run(
        g,
        r#"{"id":"a","sentences":[[0,11],[11,24],[23,24]]}"#,
        &EvalOptions::default(),
    );
    let s = r.sentences.unwrap();
    // pred trims to (0,9), (11,23); (23,24) is blank and dropped; gold (0,9),(11,19),(20,23)
    check(&s.exact, 1, 2, 3);
    // document end (23) is not a boundary: gold ends {9, 19}, pred ends {9}
    check(&s.boundary, 1, 1, 2);
    assert_eq!((s.docs, s.docs_all_correct), (1, 0));
    assert_eq!(s.docs_failed, vec!["a"]);
    let r = run(
        g,
        r#"{"id":"a","sentences":[[0,10],[10,19],[19,24]]}"#,
        &EvalOptions::default(),
    );
    let s = r.sentences.unwrap();
    assert_eq!((s.docs_all_correct, s.docs_all_correct_share), (1, 1.0));
}

const ENT_GOLD: &str = r#"{"id":"a","text":"Lu Mei met the Chinese Embassy staff in Baku on Monday.",
  "entities":[
    {"start":0,"end":6,"label":"PERSON","coarse":"PER"},
    {"start":15,"end":30,"label":"ORG|FAC","coarse":"ORG"},
    {"start":15,"end":22,"label":"NORP","coarse":"MISC","nested":true},
    {"start":40,"end":44,"label":"GPE","coarse":"LOC"},
    {"start":48,"end":54,"label":"DATE","coarse":null}]}"#;

#[test]
fn entities_exact_span_overlap_and_dont_care() {
    let pred = r#"{"id":"a","entities":[
        {"start":0,"end":6,"label":"PERSON"},
        {"start":15,"end":30,"label":"FAC"},
        {"start":15,"end":22,"label":"NORP"},
        {"start":40,"end":44,"label":"LOC"},
        {"start":48,"end":53,"label":"DATE"},
        {"start":7,"end":10,"label":"CARDINAL"}]}"#;
    let r = run(ENT_GOLD, pred, &EvalOptions::default());
    let e = r.entities.unwrap();
    assert!(e.nested_dont_care);
    // exact: PERSON and FAC (accepted by ORG|FAC) right; NORP hits the nested gold: don't care
    check(&e.exact.prf, 2, 5, 4);
    assert_eq!(e.exact.dont_care, 1);
    // span only: + Baku (LOC vs GPE)
    check(&e.span.prf, 3, 5, 4);
    // overlap + label: + the DATE cut short
    check(&e.overlap.prf, 3, 5, 4);
    // coarse: gold with a coarse type: PER, ORG, LOC (+ nested MISC); predicted coarse types
    // PER, LOC (FAC), MISC (NORP), LOC; DATE and CARDINAL have none.
    let ce = e.coarse_exact.unwrap();
    // Lu Mei PER ok, FAC->LOC vs ORG wrong, LOC ok, NORP->MISC don't care
    check(&ce.prf, 2, 3, 3);
    assert_eq!(ce.dont_care, 1);
    assert!(e.head.is_none());
    let pc = e.per_coarse_label.unwrap();
    check(&pc["LOC"], 1, 2, 1);
    check(&pc["ORG"], 0, 0, 1);
    assert_eq!(e.per_gold_label_recall["ORG|FAC"].tp, 1);
    assert_eq!(e.per_pred_label_precision["LOC"].n_pred, 1);
    assert_eq!(e.per_pred_label_precision["LOC"].tp, 0);
    assert!(!e.per_pred_label_precision.contains_key("NORP"));

    let keep = EvalOptions {
        keep_nested: true,
        ..EvalOptions::default()
    };
    let e = run(ENT_GOLD, pred, &keep).entities.unwrap();
    check(&e.exact.prf, 3, 6, 5);
    assert!(!e.nested_dont_care);
}

#[test]
fn entities_ignore_labels_and_prediction_alternatives() {
    let pred = r#"{"id":"a","entities":[
        {"start":0,"end":6,"label":"PERSON|NORP"},
        {"start":15,"end":30,"label":"ORG|FAC"},
        {"start":7,"end":10,"label":"CARDINAL"},
        {"start":11,"end":14},
        {"start":"x","end":3,"label":"GPE"}]}"#;
    let r = run(ENT_GOLD, pred, &EvalOptions::default());
    let e = r.entities.unwrap();
    // PERSON|NORP is not accepted by PERSON; ORG|FAC is; the unlabelled and the bad
    // offset prediction are unscorable or wrong
    check(&e.exact.prf, 1, 4, 4);
    assert_eq!(e.per_pred_label_precision["None"].n_pred, 1);
    let ign = EvalOptions {
        ignore_labels: true,
        ..EvalOptions::default()
    };
    let e = run(ENT_GOLD, pred, &ign).entities.unwrap();
    // CARDINAL never occurs in gold and the unlabelled one has no label: both dropped
    check(&e.exact.prf, 1, 2, 4);
    let dropped = e.ignored_pred_labels.unwrap();
    assert_eq!(dropped["CARDINAL"], 1);
    assert_eq!(dropped["null"], 1);
}

#[test]
fn entities_head_match() {
    let g = r#"{"id":"a","text":"the former president of France said",
      "entities":[{"start":0,"end":29,"label":"PERSON","coarse":"PER","head_start":11,"head_end":20}]}"#;
    let p = r#"{"id":"a","entities":[{"start":4,"end":20,"label":"PERSON"},{"start":23,"end":29,"label":"GPE"}]}"#;
    let e = run(g, p, &EvalOptions::default()).entities.unwrap();
    check(&e.head.unwrap().prf, 1, 2, 1);
    check(&e.exact.prf, 0, 2, 1);
    check(&e.overlap.prf, 1, 2, 1);
    check(&e.coarse_head.unwrap().prf, 1, 2, 1);
    // a prediction missing the head does not match
    let p = r#"{"id":"a","entities":[{"start":0,"end":10,"label":"PERSON"}]}"#;
    let e = run(g, p, &EvalOptions::default()).entities.unwrap();
    check(&e.head.unwrap().prf, 0, 1, 1);
}

const QUOTE_TEXT: &str =
    "\u{201c}We will win,\u{201d} said Ana Li. She added that taxes rise. Q: Why? A: Because.";

fn quote_gold(resolved: bool) -> String {
    format!(
        r#"{{"id":"q","text":"{QUOTE_TEXT}","speakers_resolved":{resolved},"quotes":[
          {{"start":0,"end":14,"direct":true,"kind":"direct","speaker":"Ana Li","speaker_start":20,"speaker_end":26}},
          {{"start":37,"end":57,"direct":false,"kind":"indirect","speaker":"Ana Li","speaker_start":28,"speaker_end":31}},
          {{"start":59,"end":66,"direct":true,"kind":"turn","speaker":null}}]}}"#
    )
}

#[test]
fn quotes_detection_speakers_and_classes() {
    let pred = r#"{"id":"q","quotes":[
        {"start":0,"end":14,"speaker_start":20,"speaker_end":26},
        {"start":42,"end":57,"kind":"indirect","speaker":"ana  LI"},
        {"start":59,"end":66,"kind":"turn","speaker":"Bob"},
        {"start":67,"end":78,"direct":false}]}"#;
    let q = run(&quote_gold(true), pred, &EvalOptions::default())
        .quotes
        .unwrap();
    assert!(q.speakers_resolved);
    // exact: the first and the turn
    check(&q.exact.prf, 2, 4, 3);
    // first: no "speaker" key, read from the mention "Ana Li" = right; turn: gold has no
    // speaker, Bob is wrong
    assert_eq!(q.exact.speaker_ok, 1);
    check(&q.exact.attributed, 1, 4, 3);
    // lenient: [42,57) overlaps [37,57) by 15 >= half of 15
    check(&q.lenient.prf, 3, 4, 3);
    assert_eq!(q.lenient.speaker_ok, 2);
    assert!((q.lenient.speaker_acc - 2.0 / 3.0).abs() < 1e-12);
    // mention overlap: gold mentions on the first two; the second prediction has none
    assert_eq!(q.lenient.speaker_mention_overlap_acc, Some(0.5));
    check(&q.lenient.by_class["direct"], 1, 1, 1);
    check(&q.lenient.by_class["indirect"], 1, 2, 1);
    check(&q.lenient.by_class["turn"], 1, 1, 1);

    // unresolved: a surface name equal to the gold mention text counts as well
    let pred = r#"{"id":"q","quotes":[{"start":37,"end":57,"speaker":"she"},{"start":0,"end":14,"speaker":"Ana Li"}]}"#;
    let q = run(&quote_gold(false), pred, &EvalOptions::default())
        .quotes
        .unwrap();
    assert_eq!(q.exact.speaker_ok, 2);

    // direct only: gold keeps the direct quote and the turn; predictions starting with a
    // quotation mark (or flagged direct) are kept
    let only = EvalOptions {
        quotes_direct_only: true,
        ..EvalOptions::default()
    };
    let pred = r#"{"id":"q","quotes":[{"start":0,"end":14},{"start":37,"end":57}]}"#;
    let q = run(&quote_gold(true), pred, &only).quotes.unwrap();
    check(&q.exact.prf, 1, 1, 2);
    assert!(q.direct_only);

    // by mention: a speaker named null whose mention overlaps the gold mention is right,
    // even though the gold resolves it to "Ana Li"; by canonical name it is not
    let pred = r#"{"id":"q","quotes":[{"start":0,"end":14,"speaker":null,"speaker_start":24,"speaker_end":26}]}"#;
    let q = run(&quote_gold(true), pred, &EvalOptions::default())
        .quotes
        .unwrap();
    assert_eq!(q.exact.speaker_ok, 0);
    let by_mention = EvalOptions {
        speakers_by_mention: true,
        ..EvalOptions::default()
    };
    let q = run(&quote_gold(true), pred, &by_mention).quotes.unwrap();
    assert_eq!(q.exact.speaker_ok, 1);
    assert!(!q.speakers_resolved);
}

#[test]
fn sentiment_correlations_and_sign() {
    let g: Vec<GoldDoc> = [0.5, -1.0, 0.0, 2.0]
        .iter()
        .enumerate()
        .map(|(i, s)| {
            doc(&format!(
                r#"{{"id":"{i}","text":"x","sentiment":{{"score":{s}}}}}"#
            ))
        })
        .collect();
    let p: Vec<GoldDoc> = [0.2, -0.3, 0.04]
        .iter()
        .enumerate()
        .map(|(i, s)| doc(&format!(r#"{{"id":"{i}","sentiment":{{"score":{s}}}}}"#)))
        .collect();
    let s = evaluate(&g, &p, &EvalOptions::default()).sentiment.unwrap();
    assert_eq!((s.n, s.missing), (3, 1));
    // pairs (0.2,0.5) (-0.3,-1) (0.04,0): all three signs agree at 0.05
    assert_eq!(s.sign3_acc, Some(1.0));
    assert!((s.spearman.unwrap() - 1.0).abs() < 1e-12);
    // x mean -0.02: dx = .22 -.28 .06; y mean -1/6: dy = 2/3 -5/6 1/6
    let (dx, dy) = ([0.22, -0.28, 0.06], [2.0 / 3.0, -5.0 / 6.0, 1.0 / 6.0]);
    let sxy: f64 = dx.iter().zip(&dy).map(|(a, b)| a * b).sum();
    let r = sxy
        / (dx.iter().map(|a| a * a).sum::<f64>() * dy.iter().map(|a| a * a).sum::<f64>()).sqrt();
    assert!((s.pearson.unwrap() - r).abs() < 1e-9);
}

#[test]
fn targets_accuracy_and_macro_f1() {
    let g = r#"{"id":"t","text":"Cruz and Walker met Obama","targets":[
        {"start":0,"end":4,"polarity":"negative"},{"start":9,"end":15,"polarity":"neutral"},
        {"start":20,"end":25,"polarity":"positive"}]}"#;
    let p = r#"{"id":"t","targets":[{"start":0,"end":4,"polarity":"neg"},
        {"start":9,"end":15,"polarity":1},{"start":1,"end":4,"polarity":"positive"}]}"#;
    let t = run(g, p, &EvalOptions::default()).targets.unwrap();
    assert_eq!((t.n, t.covered), (3, 2));
    assert!((t.accuracy - 1.0 / 3.0).abs() < 1e-12);
    check(&t.per_class["negative"], 1, 1, 1);
    check(&t.per_class["positive"], 0, 1, 1);
    check(&t.per_class["neutral"], 0, 0, 1);
    assert!((t.macro_f1 - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(t.confusion["positive->None"], 1);
}

#[test]
fn missing_extra_layers_and_mismatch() {
    let g = [
        doc(r#"{"id":"a","text":"ab","tokens":[[0,1],[1,2]]}"#),
        doc(r#"{"id":"b","text":"cd","tokens":[[0,2]]}"#),
    ];
    let p = [
        doc(r#"{"id":"a","text":"AB","tokens":[[0,1],[1,2]]}"#),
        doc(r#"{"id":"z","tokens":[[0,1]]}"#),
    ];
    let opts = EvalOptions {
        layers: Some(parse_layers("tokens, quotes").unwrap()),
        ..EvalOptions::default()
    };
    let r = evaluate(&g, &p, &opts);
    assert_eq!(r.docs.missing, vec!["b"]);
    assert_eq!(r.docs.extra, vec!["z"]);
    assert_eq!(r.docs.text_mismatch, vec!["a"]);
    assert_eq!(r.layers_not_in_gold, vec!["quotes"]);
    check(&r.tokens.as_ref().unwrap().exact, 2, 2, 3);
    assert!(parse_layers("tokens,entity").is_err());
    let shown = r.to_string();
    assert!(shown.contains("missing (scored as empty): b"), "{shown}");
    assert!(shown.contains("[tokens]"), "{shown}");
}

#[test]
fn utf8_offsets_are_converted() {
    let g = r#"{"id":"a","text":"“Né” ok","tokens":[[0,1],[1,3],[3,4],[5,7]]}"#;
    // bytes: “ = 0..3, N 3..4, é 4..6, ” 6..9, space 9, ok 10..12
    let p = r#"{"id":"a","tokens":[[0,3],[3,6],[6,9],[10,12],[4,5]]}"#;
    let opts = EvalOptions {
        pred_offsets: PredOffsets::Utf8,
        ..EvalOptions::default()
    };
    let r = run(g, p, &opts);
    // [4,5) ends inside é: rounded down to [2,2)
    check(&r.tokens.unwrap().exact, 4, 5, 4);
    assert_eq!(r.docs.offsets_not_on_char_boundary, Some(1));
}

#[test]
fn report_json_uses_reference_keys() {
    let r = run(ENT_GOLD, r#"{"id":"a"}"#, &EvalOptions::default());
    let v = serde_json::to_value(&r).unwrap();
    for key in [
        "exact",
        "span",
        "overlap",
        "coarse_exact",
        "per_gold_label_recall",
        "nested_dont_care",
    ] {
        assert!(v["entities"].get(key).is_some(), "{key}");
    }
    assert_eq!(v["entities"]["exact"]["dont_care"], 0);
    assert_eq!(v["entities"]["exact"]["n_gold"], 4);
    assert!(v["entities"].get("head").is_none());
}

#[test]
fn long_documents_score_in_near_linear_time() {
    // 200k gold mentions and 200k predictions, each overlapping two gold mentions: a
    // scorer trying every pair would do 4e10 comparisons here
    let n = 200_000i64;
    let text = "ab ".repeat(n as usize);
    let ents = |shift: i64| -> Vec<GoldEntity> {
        (0..n)
            .map(|i| GoldEntity {
                start: Some(3 * i + shift),
                end: Some(3 * i + 2 + shift),
                label: Some("ORG".into()),
                ..GoldEntity::default()
            })
            .collect()
    };
    let gold = GoldDoc {
        id: "big".into(),
        text: Some(text),
        entities: Some(ents(0)),
        ..GoldDoc::default()
    };
    let pred = GoldDoc {
        entities: Some(ents(1)),
        ..GoldDoc::empty("big")
    };
    let e = evaluate(&[gold], &[pred], &EvalOptions::default())
        .entities
        .unwrap();
    check(&e.exact.prf, 0, n as usize, n as usize);
    check(&e.overlap.prf, n as usize, n as usize, n as usize);
}

#[test]
fn report_table_snapshot() {
    let pred = r#"{"id":"a","entities":[
        {"start":0,"end":6,"label":"PERSON"},
        {"start":15,"end":30,"label":"FAC"},
        {"start":40,"end":44,"label":"LOC"}]}"#;
    let r = run(ENT_GOLD, pred, &EvalOptions::default());
    insta::assert_snapshot!(r.to_string());
}

#[test]
fn absurd_offsets_do_not_panic() {
    let g = r#"{"id":"a","text":"abc","entities":[{"start":0,"end":3,"label":"ORG"}],
        "quotes":[{"start":0,"end":3,"speaker_start":-9000000000000000000,"speaker_end":9000000000000000000}],
        "sentences":[[-9000000000000000000,9000000000000000000]],"tokens":[[0,3]]}"#;
    let p = r#"{"id":"a","entities":[{"start":-9000000000000000000,"end":9000000000000000000,"label":"ORG"},
        {"start":9000000000000000000,"end":-9000000000000000000,"label":"ORG"}],
        "quotes":[{"start":-9000000000000000000,"end":9000000000000000000,"speaker_start":-5,"speaker_end":99}],
        "sentences":[[5,1],[0,99]],"tokens":[[3,0]]}"#;
    for offsets in [PredOffsets::Chars, PredOffsets::Utf8] {
        let opts = EvalOptions {
            pred_offsets: offsets,
            ..EvalOptions::default()
        };
        let r = run(g, p, &opts);
        check(&r.entities.as_ref().unwrap().overlap.prf, 1, 2, 1);
        assert!(!r.to_string().is_empty());
    }
}
