//! Clustering on the seed articles, given their gold entities: every mention of Lu Mei
//! in one cluster per article, the two Aliyevs never merged, speakers' mentions resolved.

mod common;

use common::{cluster_of, seeds};
use strata_core::MentionKind;

fn gold_person_spans<'a>(
    s: &'a common::Seed,
) -> impl Iterator<Item = (usize, usize, &'a str)> + 'a {
    s.doc
        .entities
        .as_ref()
        .unwrap()
        .iter()
        .filter(|e| e.label == "PERSON")
        .map(move |e| (e.span.start(), e.span.end(), s.doc.slice(e.span)))
}

#[test]
fn every_lu_mei_mention_is_one_cluster_per_article() {
    for s in seeds() {
        let ids: Vec<u32> = gold_person_spans(&s)
            .filter(|(_, _, t)| matches!(*t, "Lu Mei" | "Lu" | "Lue Mei"))
            .map(|(a, b, t)| {
                cluster_of(&s.doc, a, b)
                    .unwrap_or_else(|| panic!("{}: {t:?} at {a} has no cluster", s.doc.id()))
                    .id
            })
            .collect();
        assert!(
            !ids.is_empty(),
            "{}: Lu Mei is in every seed article",
            s.doc.id()
        );
        assert!(
            ids.iter().all(|&i| i == ids[0]),
            "{}: Lu Mei split over {ids:?}",
            s.doc.id()
        );
        let c = &s.doc.clusters.as_ref().unwrap()[ids[0] as usize];
        assert_eq!(c.canonical, "Lu Mei", "{}", s.doc.id());
        assert_eq!(c.label, "PERSON");
        // No other person's name is in her cluster.
        for m in &c.mentions {
            if m.kind == MentionKind::Name {
                assert!(
                    matches!(s.doc.slice(m.span), "Lu Mei" | "Lu" | "Lue Mei"),
                    "{}: {:?} in Lu Mei",
                    s.doc.id(),
                    s.doc.slice(m.span)
                );
            }
        }
    }
}

#[test]
fn ambassador_lu_records_the_title() {
    for s in seeds() {
        let c = gold_person_spans(&s)
            .find(|(_, _, t)| *t == "Lu Mei" || *t == "Lu" || *t == "Lue Mei")
            .and_then(|(a, b, _)| cluster_of(&s.doc, a, b))
            .unwrap();
        assert!(
            c.titles.iter().any(|t| t.starts_with("Ambassador")),
            "{}: titles {:?}",
            s.doc.id(),
            c.titles
        );
    }
}

#[test]
fn the_two_aliyevs_are_never_merged() {
    let mut seen_both = 0;
    for s in seeds() {
        let mut heydar = Vec::new();
        let mut ilham = Vec::new();
        for (a, b, t) in gold_person_spans(&s) {
            let id = cluster_of(&s.doc, a, b).unwrap().id;
            match t {
                "Heydar Aliyev" => heydar.push(id),
                "Ilham Aliyev" => ilham.push(id),
                _ => {}
            }
        }
        for h in &heydar {
            assert!(
                !ilham.contains(h),
                "{}: Heydar and Ilham Aliyev merged",
                s.doc.id()
            );
        }
        if !heydar.is_empty() && !ilham.is_empty() {
            seen_both += 1;
        }
        let doc = &s.doc;
        for c in doc.clusters.as_ref().unwrap() {
            let names: Vec<&str> = c
                .mentions
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
                .map(|m| doc.slice(m.span))
                .collect();
            assert!(
                !(names.contains(&"Heydar Aliyev") && names.contains(&"Ilham Aliyev")),
                "{}: {names:?}",
                doc.id()
            );
        }
    }
    assert!(
        seen_both >= 2,
        "the seeds name both Aliyevs in two articles"
    );
}

#[test]
fn a_bare_aliyev_goes_to_the_aliyev_named_last() {
    for s in seeds() {
        let doc = &s.doc;
        let persons: Vec<(usize, usize, &str)> = gold_person_spans(&s).collect();
        for (k, &(a, b, t)) in persons.iter().enumerate() {
            if t != "Aliyev" {
                continue;
            }
            let last_full = persons[..k]
                .iter()
                .rev()
                .find(|p| p.2.ends_with(" Aliyev"))
                .unwrap();
            assert_eq!(
                cluster_of(doc, a, b).unwrap().id,
                cluster_of(doc, last_full.0, last_full.1).unwrap().id,
                "{}: Aliyev at {a}",
                doc.id()
            );
        }
    }
}

/// The gold speaker mentions of Lu Mei's quotes ("she", "the Ambassador", "the diplomat")
/// are what quote attribution will look up: most must land in her cluster.
#[test]
fn speaker_mentions_of_lu_mei_resolve_to_her() {
    let (mut found, mut total) = (0, 0);
    for s in seeds() {
        let text = s.doc.text();
        let byte = |cp: u64| {
            text.char_indices()
                .nth(cp as usize)
                .map_or(text.len(), |(b, _)| b)
        };
        let lu = gold_person_spans(&s)
            .find(|(_, _, t)| matches!(*t, "Lu Mei" | "Lue Mei" | "Lu"))
            .and_then(|(a, b, _)| cluster_of(&s.doc, a, b))
            .map(|c| c.id);
        for q in s.gold["quotes"].as_array().unwrap() {
            if q["speaker"] != "Lu Mei" || q["speaker_start"].is_null() {
                continue;
            }
            let (a, b) = (
                byte(q["speaker_start"].as_u64().unwrap()),
                byte(q["speaker_end"].as_u64().unwrap()),
            );
            let phrase = &text[a..b];
            if phrase == "I" {
                continue; // first person inside her own quote: not a clustering matter
            }
            total += 1;
            let got = s.doc.clusters.as_ref().unwrap().iter().find(|c| {
                c.mentions.iter().any(|m| {
                    m.span.start() <= a && b <= m.span.end()
                        || (a <= m.span.start() && m.span.end() <= b)
                })
            });
            if got.map(|c| c.id) == lu {
                found += 1;
            } else {
                eprintln!(
                    "{}: {phrase:?} at {a} -> {:?}",
                    s.doc.id(),
                    got.map(|c| &c.canonical)
                );
            }
        }
    }
    eprintln!("Lu Mei speaker mentions resolved: {found}/{total}");
    assert!(total > 30);
    assert!(
        found * 10 >= total * 8,
        "only {found}/{total} resolved to Lu Mei"
    );
}
