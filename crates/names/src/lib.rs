//! # strata-names: which mentions name the same entity
//!
//! The `names.cluster` plugin ([`NameClusterer`]) reads the entity layer and groups the
//! PERSON, ORG and GPE mentions of one entity into a [`strata_core::NameCluster`], so that
//! "Lu Mei", "Ambassador Lu", "Lue Mei", "the Ambassador" and "she" become one person
//! while "Heydar Aliyev" and "Ilham Aliyev" stay two. Later plugins (quote attribution,
//! entity sentiment) resolve speakers and targets against these clusters.
//!
//! One left-to-right pass over the mentions in document order, with hash maps from
//! words to clusters, so the work is linear in the number of mentions (each lookup looks
//! at a bounded number of recent candidates):
//!
//! - **Names** (PERSON): a full name joins the cluster of a full name with the same first
//!   and last word, or with one word one edit away when the longer word has three or more
//!   letters and the other words are equal ("Lue Mei" ~ "Lu Mei"; "Li Peng" is not
//!   "Lu Peng"). A single word ("Lu", "Aliyev") joins the *most recently mentioned*
//!   cluster whose full name starts or ends with it, so a bare "Aliyev" goes to whichever
//!   Aliyev the text spoke of last; with no such cluster it starts its own, which a later
//!   full name with that word absorbs if it holds no other full name. Different first
//!   names never merge ("Heydar Aliyev" vs "Ilham Aliyev").
//! - **Titles**: a title before the name ("Ambassador Lu", "Chinese Ambassador to
//!   Azerbaijan Lu Mei", "Presidents Xi Jinping and Aliyev") or in an apposition after it
//!   ("Lu Mei, Ambassador Extraordinary and Plenipotentiary") is recorded in `titles`.
//!   A nationality or country next to the title ("Chinese Ambassador", "Azerbaijan's
//!   President", "President of Azerbaijan") is remembered as the person's country.
//! - **Organisations and places** (ORG, GPE): mentions join by their canonical name (the
//!   gazetteer's "SCO" -> "Shanghai Cooperation Organization", "PRC" -> "China") or their
//!   text; an all-capitals ORG joins the organisation whose capitalised words give its
//!   initials ("SCO" = "Shanghai Cooperation Organization"), and "Name (ACRONYM)" binds
//!   the two.
//! - **Nominals**: "the Ambassador", "the diplomat", "the President", "the head of
//!   state", "the Azerbaijani leader" join the most recent person whose titles fit the
//!   role (a diplomat is an ambassador, envoy or consul; a leader or head of state a
//!   president, monarch or chairman) and whose country fits a nationality in the phrase.
//! - **Pronouns**: he/him/his/himself and she/her/hers/herself join the nearest preceding
//!   person of that gender within the last five sentences (gender from the titles "Ms.",
//!   "Mr.", "Madam"..., and from pronouns already resolved), else the nearest person of
//!   unknown gender there, who then takes the pronoun's gender. Unresolved pronouns are
//!   left out.
//!
//! Cost: each mention is normalised once into interned ids (`fast.rs`: one string table
//! per thread, kept from one article to the next up to a bound, so recurring names are
//! normalised once), so the maps are keyed by integers and nothing is lowercased or
//! allocated per comparison; ORG/GPE keys, acronyms and initials are memoised per string;
//! title, nationality and role lookups use byte tables built once per process; the
//! clustering state is reused between documents on a thread. A person cluster keeps its
//! first 32 distinct full names for the misspelling test (exact first-and-last-word
//! matches are indexed without a limit), so every lookup is bounded: 100k, 200k and 400k
//! generated names took 0.26, 0.48 and 1.15 s (release, loaded machine). The pronoun and
//! "the" cues are found by reading each short token as one case-folded eight-byte word
//! compared with packed constants. Measured with callgrind on the pipeline's entities: on
//! a 1 MB slice of the corpus repeated to 10 MB, about 24 M instructions per MB of text
//! (25-26 M before the packed cues, 79-81 M before this design); on the distinct texts of
//! the gum_news, uner_pud_news and newsmtsc_rw dev sets, where fewer names recur, 42 M
//! (43 M before the packed cues). `strata bench --jobs 1` on the corpus repeated to 10 MB,
//! back to back on a lightly loaded machine, before the packed cues: 124-141 MB/s.
//!
//! The canonical name of a cluster is its longest full form (most words, then most often
//! written, then first seen). Only the entity layer is read, never re-recognised: the
//! quality of clusters follows the quality of the entity plugins before this one.

mod cluster;
mod fast;

pub use cluster::{ClusterSettings, NameClusterer};

strata_core::inventory::submit! {
    strata_core::PluginFactory {
        name: cluster::NAME,
        summary: "Groups PERSON/ORG/GPE mentions of one entity, with titles, nominals (\"the Ambassador\") and pronouns",
        settings: cluster::SETTINGS,
        build: cluster::build,
    }
}
