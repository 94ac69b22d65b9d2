//! Snapshots of the clusters of each corpus article, built on the seed gold entities
//! (the corpus articles are the seed documents), so that the snapshot shows clustering
//! alone: persons with every mention (names, nominals, pronouns), other clusters in brief.

mod common;

#[test]
fn corpus_clusters() {
    let seeds = common::seeds();
    insta::glob!("../../../corpus", "*.txt", |path| {
        let id = path.file_stem().unwrap().to_str().unwrap();
        let seed = seeds
            .iter()
            .find(|s| s.doc.id() == id)
            .expect("every corpus article is a seed");
        insta::assert_snapshot!(common::render_clusters(&seed.doc));
    });
}
