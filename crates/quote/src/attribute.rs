//! `quote.attribute`: a chain of sieves that finds who said each quote.
//!
//! Two questions per quote. *Where is the speaker mentioned?* (the frame sieves:
//! `same-sentence` cue before or after the quote, `according-to`, `trailing-dash`,
//! `colon-paragraph`, `continuation`, `interview`, `op-ed`). *Who is that mention?* (the
//! resolution sieves: `cluster`, `name`, `pronoun`, `nominal`, `first-person`, `side`,
//! `unknowable`). The quote's `sieve` records both ("same-sentence/pronoun") and its
//! confidence is the product of the two.

use strata_core::{Document, Quote, QuoteKind, Span, Speaker};

use crate::detect::{FRAME_BYTES, Layout};
use crate::lexicon::{
    Form, Gender, ROLE_CLASSES, SAYING_HEADS, Sets, Verbs, demonym, is_first_person, pronoun_gender,
};
use crate::names::Names;
use crate::np::{
    SubjectHow, is_adverbish, is_determiner, is_time_word, np_ending_at, np_starting_at,
    sentence_subject, subject_before,
};
use crate::text::{W, floor_boundary, is_cap, is_word, next_sentence_start, words};

/// A speaker mention found by a frame sieve.
#[derive(Clone, Debug)]
struct Found {
    mention: (usize, usize),
    cue: Option<(usize, usize)>,
    frame: &'static str,
    conf: f32,
}

/// The resolved speaker.
#[derive(Clone, Debug)]
struct Resolved {
    name: Option<String>,
    cluster: Option<u32>,
    how: &'static str,
    conf: f32,
    person: bool,
}

impl Resolved {
    /// The resolution to a person's name entry, by its canonical name.
    fn person(e: &crate::names::Entry, how: &'static str, conf: f32) -> Resolved {
        Resolved {
            name: Some(e.canonical.clone()),
            cluster: e.cluster,
            how,
            conf,
            person: true,
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    /// What `quote.detect` read (or this plugin read afresh): layout and words.
    read: &'a crate::memo::Read,
    layout: &'a Layout,
    verbs: &'a Verbs,
    names: Names,
    /// Speakers of quotes attributed so far: (quote start, quote end, name, cluster, person, mention, cue).
    history: Vec<Done>,
    author: Option<(String, Option<u32>)>,
    interview: Option<Interview>,
    /// Acronyms introduced in parentheses after their expansion, read on first need.
    acronyms: std::cell::OnceCell<Vec<(String, String)>>,
    /// Party-and-state tags ("R-Ind.", "D-NY"): (where the tag starts, the state's row),
    /// read on first need.
    party_tags: std::cell::OnceCell<Vec<(usize, usize)>>,
}

#[derive(Clone, Debug)]
struct Done {
    start: usize,
    end: usize,
    kind: QuoteKind,
    name: Option<String>,
    cluster: Option<u32>,
    person: bool,
    mention: Option<(usize, usize)>,
    cue: Option<(usize, usize)>,
    para: usize,
}

#[derive(Clone, Debug)]
struct Interview {
    interviewer: Option<(String, Option<u32>, (usize, usize))>,
    interviewee: Option<(String, Option<u32>, (usize, usize))>,
}

/// Attributes every quote of the document in place. Returns how many stayed without a
/// speaker.
pub fn attribute(doc: &mut Document, verbs: &Verbs) -> usize {
    // the layout and words `quote.detect` read from this document, if it left them
    let read = doc.take_scratch::<crate::memo::Read>();
    let Some(mut quotes) = doc.quotes.take() else {
        return 0;
    };
    if quotes.iter().all(|q| q.kind == QuoteKind::Scare) {
        doc.quotes = Some(quotes);
        return 0;
    }
    let text = doc.text();
    let read = read.unwrap_or_else(|| crate::memo::read(text));
    let layout = &read.layout;
    let last_end = quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Scare)
        .map(|q| q.span.end())
        .max()
        .unwrap_or(0);
    let names = Names::build_until(doc, &read, last_end);
    let mut ctx = Ctx {
        text,
        read: &read,
        layout,
        verbs,
        names,
        history: Vec::new(),
        author: None,
        interview: None,
        acronyms: std::cell::OnceCell::new(),
        party_tags: std::cell::OnceCell::new(),
    };
    ctx.author = ctx.find_author(doc);
    if quotes.iter().any(|q| q.kind == QuoteKind::Turn) {
        ctx.interview = Some(ctx.find_interview(&quotes));
    }
    quotes.sort_by_key(|q| (q.span.start(), std::cmp::Reverse(q.span.end())));
    let mut unattributed = 0;
    for q in quotes.iter_mut() {
        if q.kind == QuoteKind::Scare {
            continue;
        }
        let (found, mut res) = ctx.attribute_one(q);
        // "KCNA" for an agency the text introduced as "Korean Central News Agency (KCNA)"
        if let Some(r) = res.as_mut()
            && let Some(full) = r.name.as_deref().and_then(|n| ctx.expand_acronym(n))
        {
            r.name = Some(full.to_string());
            r.person = false;
        }
        // "Chalabi" for "Ahmed Al-Chalabi" written shortly before: a surname alone that the
        // name scan did not tie to its fuller form
        if let (Some(f), Some(r)) = (&found, res.as_mut())
            && matches!(r.how, "name" | "cluster-name")
            && let Some(n) = r.name.as_deref()
            && let Some(full) = ctx.fuller_written(f.mention, n)
        {
            r.name = Some(full);
        }
        // "Mr. Clinton" beside "Mrs. Clinton": the title is what tells them apart
        if let (Some(f), Some(r)) = (&found, res.as_mut())
            && let Some(named) = ctx.titled_surname(f.mention, r.name.as_deref())
        {
            r.name = Some(named);
        }
        let para = ctx
            .layout
            .para_span(q.span.start())
            .map(|p| p.0)
            .unwrap_or(0);
        match (&found, &res) {
            (Some(f), Some(r)) => {
                q.cue = f.cue.and_then(|c| Span::new(text, c.0, c.1).ok()).or(q.cue);
                q.sieve = Some([f.frame, "/", r.how].concat());
                q.confidence = (f.conf * r.conf).clamp(0.0, 1.0);
                // a speaker known only by its mention ("a spokesman") keeps the mention
                q.speaker = Some(Speaker {
                    name: r.name.clone(),
                    span: Span::new(text, f.mention.0, f.mention.1).ok(),
                    cluster: r.cluster,
                });
            }
            (Some(f), None) => {
                q.cue = f.cue.and_then(|c| Span::new(text, c.0, c.1).ok()).or(q.cue);
                q.sieve = Some([f.frame, "/unresolved"].concat());
                q.confidence = 0.0;
                // the words that speak ("he", "one of them") are still the speaker's
                q.speaker = Span::new(text, f.mention.0, f.mention.1)
                    .ok()
                    .map(|span| Speaker {
                        name: None,
                        span: Some(span),
                        cluster: None,
                    });
            }
            _ => {
                q.sieve = Some("none".to_string());
                q.confidence = 0.0;
            }
        }
        if q.speaker.as_ref().is_none_or(|s| s.name.is_none()) {
            unattributed += 1;
        }
        ctx.history.push(Done {
            start: q.span.start(),
            end: q.span.end(),
            kind: q.kind,
            name: q.speaker.as_ref().and_then(|s| s.name.clone()),
            cluster: q.speaker.as_ref().and_then(|s| s.cluster),
            person: res.as_ref().is_some_and(|r| r.person),
            mention: found.as_ref().map(|f| f.mention),
            cue: q.cue.map(|c| (c.start(), c.end())),
            para,
        });
    }
    doc.quotes = Some(quotes);
    unattributed
}

impl Ctx<'_> {
    /// The words of `text[s..e]` ([`words`]), from what was read when possible.
    fn words(&self, s: usize, e: usize) -> Vec<W> {
        self.read.words(self.text, s, e)
    }

    fn attribute_one(&self, q: &Quote) -> (Option<Found>, Option<Resolved>) {
        // a partial quotation inside a reported clause is the reporter's speaker's words
        // ("Ms. Rowe said that the team was “not ready”"): the clause's frame and speaker
        if q.kind == QuoteKind::Direct
            && let Some(d) = self.history.iter().rev().take(64).find(|d| {
                d.kind == QuoteKind::Indirect
                    && d.start <= q.span.start()
                    && (q.span.end() <= d.end
                        // the clause detected up to the marks: "had driven it “off a cliff”"
                        || (d.end <= q.span.start()
                            && self.text[d.end..q.span.start()].trim().is_empty()
                            && !self.text[..d.end]
                                .trim_end_matches(['”', '"', '’', '\''])
                                .ends_with(['.', '!', '?'])))
                    && d.mention.is_some()
            })
            && let Some(mention) = d.mention
        {
            let f = Found {
                mention,
                cue: d.cue,
                frame: "reported-clause",
                conf: 0.9,
            };
            let r = d.name.as_ref().map(|n| Resolved {
                name: Some(n.clone()),
                cluster: d.cluster,
                how: "reporter",
                conf: 1.0,
                person: d.person,
            });
            return (Some(f), r);
        }
        if q.kind == QuoteKind::Direct
            && let Some(f) = self.possessive_colon(q)
        {
            let r = self.resolve(f.mention, q);
            if r.as_ref().is_some_and(|r| r.name.is_some()) {
                return (Some(f), r);
            }
        }
        let found = match q.kind {
            QuoteKind::Turn => return self.turn(q),
            QuoteKind::Direct => self.direct_frame(q),
            QuoteKind::Indirect => self.indirect_frame(q),
            QuoteKind::Scare => None,
        };
        let Some(mut f) = found else {
            // "…, Ruiz said, … and noting that people “…”": a participle cue whose
            // subject the frame did not find
            if let Some(c) = q.cue
                && let Some((mention, p)) = self.participle_of_speaker(c.start(), c.end(), q)
            {
                return (
                    Some(Found {
                        mention,
                        cue: Some((c.start(), c.end())),
                        frame: "participle",
                        conf: 0.8,
                    }),
                    Some(p),
                );
            }
            return (None, None);
        };
        if f.frame != "continuation" {
            f.mention = trim_mention(self.text, f.mention, f.frame == "according-to");
        }
        if f.frame == "continuation" {
            // reuse the previous speaker as resolved
            let prev = self
                .history
                .iter()
                .rev()
                .take(64)
                .find(|d| d.mention == Some(f.mention));
            if let Some(p) = prev {
                return (
                    Some(f.clone()),
                    p.name.as_ref().map(|n| Resolved {
                        name: Some(n.clone()),
                        cluster: p.cluster,
                        how: "previous-speaker",
                        conf: 1.0,
                        person: p.person,
                    }),
                );
            }
        }
        let r = self.resolve(f.mention, q);
        if r.as_ref().is_none_or(|r| r.name.is_none())
            && let Some((mention, p)) = self.participle_subject(&f, q)
        {
            return (
                Some(Found {
                    mention,
                    frame: "participle",
                    ..f
                }),
                Some(p),
            );
        }
        (Some(f), r)
    }

    /// "… a meme of Ruiz's justification for the vote: “…”": a name's statement, reply or
    /// words right before the colon that opens the quote.
    fn possessive_colon(&self, q: &Quote) -> Option<Found> {
        let text = self.text;
        let qs = q.span.start();
        let before = text[..qs].trim_end();
        let colon = before.len().checked_sub(1)?;
        if !before.ends_with(':') {
            return None;
        }
        let (sent_s, _) = self.layout.sentence_at(text, qs);
        let lo = floor_boundary(text, colon.saturating_sub(160)).max(sent_s.min(colon));
        let ws = self.words(lo, colon);
        let n = ws.len();
        // the noun within the last eight words, the possessive right before it
        let k = (n.saturating_sub(8)..n).find(|&k| {
            matches!(
                ws[k].t(text),
                "statement"
                    | "justification"
                    | "explanation"
                    | "response"
                    | "reply"
                    | "answer"
                    | "words"
                    | "message"
                    | "warning"
                    | "remarks"
                    | "comment"
                    | "comments"
                    | "argument"
                    | "retort"
                    | "tweet"
                    | "verdict"
                    | "defense"
                    | "defence"
            )
        })?;
        if k < 2 {
            return None;
        }
        let e = match (ws[k - 2].t(text), ws[k - 1].t(text)) {
            (_, "’s" | "'s") => k - 1,
            ("’" | "'", "s") if k >= 3 => k - 2,
            _ => return None,
        };
        let mut s = e;
        while s > 0 && e - s < 4 && is_cap(ws[s - 1].t(text)) && is_word(ws[s - 1].t(text)) {
            s -= 1;
        }
        if s == e {
            return None;
        }
        Some(Found {
            mention: (ws[s].s, ws[e - 1].e),
            cue: Some((ws[k].s, ws[k].e)),
            frame: "possessive-colon",
            conf: 0.8,
        })
    }

    /// The mention "Mr. X" (or "Mrs.", "Ms.") when the text nearby also names another "X"
    /// with a title of the other gender: the name with its title.
    fn titled_surname(&self, m: (usize, usize), name: Option<&str>) -> Option<String> {
        let text = self.text;
        let mention = text.get(m.0..m.1)?;
        let (title, surname) = mention.split_once(' ')?;
        let others: &[&str] = match title {
            "Mr." | "Mr" => &["Mrs.", "Ms.", "Mrs", "Ms"],
            "Mrs." | "Ms." | "Mrs" | "Ms" => &["Mr.", "Mr"],
            _ => return None,
        };
        if surname.contains(' ') || !name.is_some_and(|n| n.ends_with(surname)) {
            return None;
        }
        let lo = floor_boundary(text, m.0.saturating_sub(300));
        let hi = floor_boundary(text, m.1 + 300);
        let near = &text[lo..hi];
        others
            .iter()
            .any(|t| near.contains(&[t, " ", surname].concat()))
            .then(|| mention.to_string())
    }

    /// "“…,” Ruiz said, claiming the board “lied”": a participle after a comma, its
    /// subject not found, speaks for the speaker of the quote attributed just before it in
    /// the same sentence.
    fn participle_subject(&self, f: &Found, q: &Quote) -> Option<((usize, usize), Resolved)> {
        let (cs, ce) = f.cue?;
        self.participle_of_speaker(cs, ce, q)
    }

    /// The speaker behind a participle cue at `cs..ce` set off by a comma or coordinated
    /// with "and" ("“…,” Ruiz said, calling it “…” and noting that …"): whoever spoke the
    /// quote before it in the same sentence, its cue before the participle.
    fn participle_of_speaker(
        &self,
        cs: usize,
        ce: usize,
        q: &Quote,
    ) -> Option<((usize, usize), Resolved)> {
        let cue = &self.text[cs..ce];
        let ing = self.verbs.get(cue).is_some_and(|v| v.form == Form::Ing)
            || (cue.ends_with("ing") && crate::detect::describe_verb(cue));
        let before = self.text[..cs].trim_end();
        // ("…,” she said, before adding: “…”": a connective between comma and participle)
        let before = ["before", "after", "while", "then", "later"]
            .iter()
            .find_map(|c| {
                before
                    .strip_suffix(c)
                    .filter(|b| b.ends_with([' ', ',']))
                    .map(str::trim_end)
            })
            .unwrap_or(before);
        if !ing || !(before.ends_with(',') || before.ends_with(" and")) {
            return None;
        }
        let (sent_s, _) = self.layout.sentence_at(self.text, q.span.start());
        let d = self
            .history
            .iter()
            .rev()
            .take(8)
            .find(|d| d.end <= cs && d.start >= sent_s && d.cue.is_some_and(|c| c.1 <= cs))?;
        // (a speaker known only by its mention goes on by that mention, unnamed)
        Some((
            d.mention?,
            Resolved {
                name: d.name.clone(),
                cluster: d.cluster,
                how: "previous-speaker",
                conf: 0.8,
                person: d.person,
            },
        ))
    }

    // ------------------------------------------------------------------ frames

    fn direct_frame(&self, q: &Quote) -> Option<Found> {
        let text = self.text;
        let (qs, qe) = (q.span.start(), q.span.end());
        let (pi, ps, pe) = self.layout.para_span(qs)?;
        let (sent_s, _) = self.layout.sentence_at(text, qs);
        // the previous quote of this paragraph bounds the lead frame
        let prev_end = self
            .history
            .iter()
            .rev()
            .take(64)
            .find(|d| d.end <= qs && d.kind == QuoteKind::Direct)
            .map(|d| d.end)
            .unwrap_or(0);
        let lead_s = sent_s
            .max(ps)
            .max(prev_end)
            .max(floor_boundary(text, qs.saturating_sub(FRAME_BYTES)));
        // a quote inside another one: its frames stay inside the outer quote
        let outer = self
            .history
            .iter()
            .rev()
            .take(64)
            .find(|d| {
                d.start <= qs
                    && qe <= d.end
                    && (d.start, d.end) != (qs, qe)
                    && d.kind != QuoteKind::Indirect
            })
            .map(|d| (d.start, d.end));
        let lead_s = lead_s.max(outer.map(|o| o.0 + 1).unwrap_or(0));
        let lead_s = floor_boundary(text, lead_s).min(qs);
        let pe_end = self
            .layout
            .para_span(qe.saturating_sub(1))
            .map(|p| p.2)
            .unwrap_or(pe);
        let trail_e =
            next_sentence_start(&self.layout.starts, qe.saturating_sub(1), pe_end.max(qe))
                .min(floor_boundary(text, qe + 200).max(qe));
        // "“…” — Name": the dash opens what the splitter took for a new sentence
        let after = text[qe..pe_end.max(qe)].trim_start();
        let trail_e = if after.starts_with(['—', '–']) {
            let dash = pe_end.max(qe) - after.len();
            next_sentence_start(&self.layout.starts, dash, pe_end.max(qe))
                .min(floor_boundary(text, qe + 200).max(qe))
        } else {
            trail_e
        };
        let trail_e = match outer {
            Some((_, oe)) => trail_e.min(floor_boundary(text, oe.saturating_sub(1))),
            None => trail_e,
        };
        // a reader's comment signed below it: "“…” --Dana, Leeds" / "“…” ~JWalters"
        if outer.is_none()
            && let Some(f) = self.signature(qs, qe)
        {
            return Some(f);
        }
        let trail = self.trailing(qe, trail_e.max(qe));
        let lead = self.leading(lead_s, qs, sent_s.min(lead_s));
        // prefer the cue nearest the quote
        let pick = match (&trail, &lead) {
            // "…, and then declaring “…,” Boyce added": a participle of speech right before
            // the marks gives them to its own subject; the trailing cue reports the whole
            (Some(_), Some(l))
                if l.1 <= 1
                    && l.0.cue.is_some_and(|(cs, ce)| {
                        text[cs..ce].ends_with("ing") && text[ce..qs].trim().is_empty()
                    }) =>
            {
                lead
            }
            // "Holloway called the senator “…,” according to a recording of the event":
            // a record of the words only tells where they are from; the lead's subject
            // said them
            (Some(t), Some(l))
                if t.0.frame == "according-to"
                    && l.0.cue.is_some()
                    && text[t.0.mention.0..t.0.mention.1]
                        .split(' ')
                        .take(3)
                        .any(|w| matches!(w, "recording" | "video" | "transcript" | "tape")) =>
            {
                lead
            }
            (Some(t), Some(l)) => {
                if t.1 <= 3 || l.1 > 4 {
                    trail
                } else {
                    lead
                }
            }
            (Some(_), None) => trail,
            (None, Some(_)) => lead,
            _ => None,
        };
        if let Some((f, _)) = pick {
            return Some(f);
        }
        // a headline that opens with the words, then a colon: "‘Not on my watch’: GOP
        // senator vows to block nominee": the subject of the clause after the colon
        if outer.is_none()
            && qs == ps
            && pi == 0
            && self.in_headline(qs)
            && let Some(f) = self.headline_after_colon(qe, pe_end)
        {
            return Some(f);
        }
        // “…?” Hiller asked, inquiring …: a quote ending its sentence, then a name and a
        // speech verb opening the next one, the verb closed by a comma or a period
        if outer.is_none()
            && let Some(f) = self.cue_opening_next(qs, qe, pe_end)
        {
            return Some(f);
        }
        // a quote that ends its sentence, then a short sentence that is only a cue:
        // "“…” Governor Alan Price said." / "“…” She said in a statement."
        if outer.is_none()
            && let Some(f) = self.cue_sentence_after(qs, qe, pe_end)
        {
            return Some(f);
        }
        // "The mayor was blunt: “…”": a colon with no speech verb, the subject speaks
        if text[lead_s..qs].trim_end().ends_with(':')
            && let Some(f) = self.colon_subject(lead_s, qs, "colon-subject")
        {
            return Some(f);
        }
        // colon at the end of the previous paragraph; or a comma after a speech verb
        // ("Rathbun stated,"), the quotation set off as a block
        if qs == ps && pi > 0 {
            let (pps, ppe) = self.layout.paras[pi - 1];
            let prev = text[pps..ppe].trim_end();
            if prev.ends_with(',') {
                let (s, _) = self.layout.sentence_at(text, ppe.saturating_sub(1));
                if let Some((mut f, dist)) = self.leading(s.max(pps), ppe, s.max(pps))
                    && dist <= 2
                {
                    f.frame = "colon-paragraph";
                    f.conf = 0.8;
                    return Some(f);
                }
            }
            if prev.ends_with(':') {
                let (s, _) = self.layout.sentence_at(text, ppe.saturating_sub(1));
                if let Some((mut f, _)) = self.leading(s.max(pps), ppe, s.max(pps)) {
                    f.frame = "colon-paragraph";
                    f.conf = 0.85;
                    return Some(f);
                }
                let from = s
                    .max(pps)
                    .max(floor_boundary(text, ppe.saturating_sub(FRAME_BYTES)));
                if let Some(f) = self.colon_subject(from, ppe, "colon-paragraph") {
                    return Some(f);
                }
            }
        }
        // continuation of the previous speaker: a direct quote in this or the previous
        // paragraph, or reported speech just before in this paragraph ("Heald noted the
        // findings show … . “An air-quality cleanup …”"); a speaker known only by a
        // description ("“…,” one strategist said. “…”") goes on within the paragraph
        // (a quote nested in an earlier one, closed before this, is not the one this
        // continues: "“… said, ‘…,’” Ruiz said. “…”" goes on with Ruiz)
        // (nor reported speech its speaker reported inside a quotation and nobody
        // resolved: "“anybody who tells you otherwise …,” said one strategist")
        let nested = |d: &Done| {
            (d.kind == QuoteKind::Direct || d.name.is_none())
                && self.history.iter().rev().take(64).any(|o| {
                    o.start < d.start
                        && d.end <= o.end
                        && o.end <= qs
                        && o.kind != QuoteKind::Indirect
                })
        };
        if let Some(d) = self.history.iter().rev().take(64).find(|d| {
            d.end <= qs
                && (d.kind == QuoteKind::Direct || (d.kind == QuoteKind::Indirect && d.para == pi))
                && !nested(d)
        }) && (d.name.is_some() || (d.para == pi && d.kind == QuoteKind::Direct))
            && d.mention.is_some()
            && pi.saturating_sub(d.para) <= 1
            && qs - d.end < 1500
        {
            return Some(Found {
                mention: d.mention?,
                cue: d.cue,
                frame: "continuation",
                conf: if d.para == pi { 0.8 } else { 0.65 },
            });
        }
        // a paragraph that is one quotation, with no frame, right after a paragraph that
        // introduces a person (its last sentence's subject) and quotes nobody: "Local
        // baker Ana Ruiz has watched the street empty out. ¶ “Nobody comes downtown …”"
        if qs == ps
            && pi > 0
            && outer.is_none()
            && text[qe..pe_end.max(qe)].trim().is_empty()
            && !self.history.iter().rev().take(64).any(|d| d.para + 1 >= pi)
        {
            let (pps, ppe) = self.layout.paras[pi - 1];
            let (s, _) = self.layout.sentence_at(text, ppe.saturating_sub(1));
            let prev = text[pps..ppe].trim_end();
            if prev.ends_with(['.', '!']) && !prev.contains(['“', '"', '”']) {
                let from = s
                    .max(pps)
                    .max(floor_boundary(text, ppe.saturating_sub(FRAME_BYTES)));
                if let Some(mut f) = self.colon_subject(from, ppe, "intro-paragraph") {
                    f.conf = 0.5;
                    return Some(f);
                }
            }
        }
        // the speaker named only after the words: "“…” That was how NAME put it", or a
        // paragraph that is one quotation and the next opening "NAME, 58, said it twice"
        if outer.is_none() {
            return self.cataphoric(qs, qe, pe_end, pi);
        }
        None
    }

    /// A cue after a quote that no nearer frame claims: the sentence right after it
    /// opening "That was how" / "That's how" / "So said" and a name, or, when the quote
    /// is a paragraph of its own, a speech verb among the first twelve words of the next
    /// paragraph, whose subject speaks.
    fn cataphoric(&self, qs: usize, qe: usize, pe: usize, pi: usize) -> Option<Found> {
        let text = self.text;
        let rest = text[qe..pe.max(qe)].trim_start();
        let after = qe + (text[qe..pe.max(qe)].len() - rest.len());
        for lead in [
            "That was how ",
            "That’s how ",
            "That's how ",
            "So said ",
            "This was how ",
        ] {
            if rest.starts_with(lead) {
                let end = floor_boundary(text, (after + 240).min(pe.max(after)));
                let ws = self.words(after, end);
                let k = ws
                    .iter()
                    .position(|w| matches!(w.t(text), "how" | "said"))?
                    + 1;
                let m = np_starting_at(text, &ws, k, ws.len())?;
                let m = appositive_name(text, &ws, m);
                return Some(Found {
                    mention: (ws[m.0].s, ws[m.1 - 1].e),
                    cue: Some((ws[k - 1].s, ws[k - 1].e)),
                    frame: "named-after",
                    conf: 0.6,
                });
            }
        }
        // (the quote opens its paragraph, maybe after a dateline: "ASHBURN, Va. — “…”")
        let (_, ps, _) = self.layout.para_span(qs)?;
        if qs - ps > 200 {
            return None;
        }
        let lead = self.words(ps, qs);
        let opens = lead.is_empty()
            || crate::np::past_dateline(text, &lead, 0, lead.len() + 1) == lead.len();
        if !opens || !rest.is_empty() || pi + 1 >= self.layout.paras.len() {
            return None;
        }
        let (nps, npe) = self.layout.paras[pi + 1];
        let (_, se) = self.layout.sentence_at(text, nps);
        let ws = self.words(nps, se.min(npe).min(floor_boundary(text, nps + 400)));
        if ws.iter().any(|w| matches!(w.t(text), "“" | "\"" | "”")) {
            return None;
        }
        let v = self.finite_speech_verb(&ws, 1..ws.len().min(12))?;
        let (m, _) = subject_before(text, &ws, v, 0)?;
        let m = appositive_name(text, &ws, m);
        // (a name: the person said it; "Polls show" is no cue)
        if !is_cap(ws[m.0].t(text)) || is_determiner(ws[m.0].t(text)) {
            return None;
        }
        Some(Found {
            mention: (ws[m.0].s, ws[m.1 - 1].e),
            cue: Some((ws[v].s, ws[v].e)),
            frame: "named-after",
            conf: 0.5,
        })
    }

    /// The first speech verb among the words `ws[r]` that is no participle ("said",
    /// "told", not "saying"): the cue of a short sentence around a quote.
    fn finite_speech_verb(&self, ws: &[W], r: std::ops::Range<usize>) -> Option<usize> {
        r.into_iter().find(|&k| {
            self.verbs
                .at(self.text, ws, k)
                .is_some_and(|v| v.form != Form::Ing)
        })
    }

    /// The subject after a headline's opening quote and its colon ("‘…’: Halvorsen vows to
    /// reopen plants"), capitalised as headlines are; its verb is the cue.
    fn headline_after_colon(&self, qe: usize, pe: usize) -> Option<Found> {
        let text = self.text;
        let ws = self.words(qe, pe.max(qe));
        let k = ws
            .iter()
            .take(3)
            .position(|w| !matches!(w.t(text), "," | "”" | "\"" | "’" | "'"))?;
        if ws[k].t(text) != ":" || !ws.get(k + 1).is_some_and(|w| is_cap(w.t(text))) {
            return None;
        }
        let mut m = np_starting_at(text, &ws, k + 1, ws.len().min(k + 8))?;
        // "GOP senator", "GOP strategists": the lower-case role noun after a modifier
        while let Some(w) = ws.get(m.1).map(|w| w.t(text))
            && m.1 - m.0 < 4
            && !is_cap(w)
            && (is_role_noun(w) || is_role_plural(w))
        {
            m.1 += 1;
        }
        let verb = ws
            .get(m.1)
            .filter(|w| is_word(w.t(text)) && !is_cap(w.t(text)))
            .map(|w| (w.s, w.e));
        Some(Found {
            mention: (ws[m.0].s, ws[m.1 - 1].e),
            cue: verb,
            frame: "headline-quote-first",
            conf: 0.7,
        })
    }

    /// Cue after a quote: `,” she said` / `,” said the diplomat` / `” — Name`.
    /// Returns the frame and the distance (in words) from the quote to the verb.
    fn trailing(&self, s: usize, e: usize) -> Option<(Found, usize)> {
        let text = self.text;
        let ws = self.words(s, e);
        let mut i = 0;
        while i < ws.len() && matches!(ws[i].t(text), "," | "”" | "\"" | "’") {
            i += 1;
        }
        // “…,” however, he warned: a sentence adverb set off by commas before the cue
        if i + 1 < ws.len() && ws[i + 1].t(text) == "," && is_linking_adverb(ws[i].t(text)) {
            i += 2;
        }
        if i < ws.len() && matches!(ws[i].t(text), "—" | "–" | "-") {
            let m = np_starting_at(text, &ws, i + 1, ws.len())?;
            return Some((
                Found {
                    mention: (ws[m.0].s, ws[m.1 - 1].e),
                    cue: Some((ws[i].s, ws[i].e)),
                    frame: "trailing-dash",
                    conf: 0.85,
                },
                1,
            ));
        }
        if i < ws.len()
            && ws[i].t(text) == "according"
            && ws.get(i + 1).is_some_and(|w| w.t(text) == "to")
        {
            // `,” according to a statement from X.`: the phrase ends the source
            let mut j = i + 2;
            while j < ws.len() && !matches!(ws[j].t(text), "," | ":" | "." | ";" | "“" | "\"") {
                j += 1;
            }
            if j == i + 2 {
                return None;
            }
            let mut m = np_ending_at(text, &ws, j - 1, i + 2)?;
            // "a statement from X", "remarks by X": the source is X
            if let Some(k) = (m.0..m.1)
                .rev()
                .find(|&k| matches!(ws[k].t(text), "from" | "by"))
                && k + 1 < m.1
            {
                m.0 = k + 1;
            }
            return Some((
                Found {
                    mention: (ws[m.0].s, ws[m.1 - 1].e),
                    cue: Some((ws[i].s, ws[i + 1].e)),
                    frame: "according-to",
                    conf: 0.9,
                },
                2,
            ));
        }
        let start = i;
        // "“…,” party lawmaker Ana Ruiz was quoted as saying": the phrase before the
        // auxiliary, however long its titles
        if let Some(k) = (start + 1..ws.len().min(start + 16))
            .take_while(|&k| !matches!(ws[k].t(text), "." | "!" | "?" | ";" | "“" | "\""))
            .find(|&k| {
                matches!(ws[k].t(text), "quoted" | "cited")
                    && ws.get(k + 1).is_some_and(|w| w.t(text) == "as")
                    && ws.get(k + 2).is_some_and(|w| {
                        self.verbs
                            .get(w.t(text))
                            .is_some_and(|v| v.form == Form::Ing)
                    })
            })
        {
            let mut e = k;
            while e > start
                && matches!(
                    ws[e - 1].t(text),
                    "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had" | "being"
                )
            {
                e -= 1;
            }
            if e > start && ws[start..e].iter().all(|w| is_word(w.t(text))) {
                return Some((
                    Found {
                        mention: (ws[start].s, ws[e - 1].e),
                        cue: Some((ws[k + 2].s, ws[k + 2].e)),
                        frame: "same-sentence",
                        conf: 0.9,
                    },
                    k + 3 - start,
                ));
            }
        }
        let mut n = 0;
        // a long name with its titles ("Post Fact Checker Ann Ye Lee writes") may run
        // past the usual seven words
        let mut all_cap = true;
        let mut lower = 0;
        while i < ws.len() {
            let t = ws[i].t(text);
            // "Rep. Dale Pickering (R-Texas), a founding member …, told": a short
            // parenthesis after the name is read past
            if t == "("
                && i > start
                && let Some(c) = (i + 1..ws.len().min(i + 8)).find(|&c| ws[c].t(text) == ")")
            {
                i = c + 1;
                continue;
            }
            if matches!(t, "." | "!" | "?" | ";" | "“" | "\"" | "(") {
                return None;
            }
            if t == "," && i > start && n <= 6 {
                // "Name, the foreign minister of X, said": an apposition between the
                // speaker and the verb (bounded look-ahead for its closing comma)
                if let Some(f) = self.apposition_cue(&ws, start, i) {
                    return Some((f, n + 1));
                }
            }
            if is_word(t) {
                n += 1;
                if let Some(v) = self.verbs.at(text, &ws, i) {
                    if v.form == Form::Ing {
                        return None;
                    }
                    let cue = Some((ws[i].s, ws[i].e));
                    let mention = if i > start {
                        // "al-Hakim said": a name opened by a lower-case particle
                        match particle_name_run(text, &ws, start, i) {
                            Some(m) => m,
                            None => {
                                let m = np_starting_at(text, &ws, start, i)?;
                                possessor_role_name(text, &ws, m, i)
                                    .unwrap_or_else(|| role_then_name(text, &ws, m, i))
                            }
                        }
                    } else {
                        let mut m = np_starting_at(text, &ws, i + 1, ws.len())
                            .or_else(|| bare_role_name(text, &ws, i + 1))?;
                        // "wrote one reader to The Times": the addressee is no part of
                        // the speaker's phrase
                        if let Some(k) = (m.0 + 1..m.1).find(|&k| ws[k].t(text) == "to") {
                            m.1 = k;
                        }
                        if let Some(n) = possessor_role_name(text, &ws, m, ws.len()) {
                            n
                        } else {
                            let m = role_then_name(text, &ws, m, ws.len());
                            kin_name(text, &ws, appositive_name(text, &ws, m))
                        }
                    };
                    return Some((
                        Found {
                            mention: (ws[mention.0].s, ws[mention.1 - 1].e),
                            cue,
                            frame: "same-sentence",
                            conf: 0.95,
                        },
                        n,
                    ));
                }
                // “…,” Lee followed: a name right after a quote that ends with a comma,
                // then a verb in the past that is no speech verb
                if all_cap
                    && i > start
                    && n <= 5
                    && !is_cap(t)
                    && t.len() > 3
                    && t.ends_with("ed")
                    && text[..s]
                        .trim_end_matches(['”', '"', '’', '\''])
                        .ends_with(',')
                {
                    return Some((
                        Found {
                            mention: (ws[start].s, ws[i - 1].e),
                            cue: Some((ws[i].s, ws[i].e)),
                            frame: "same-sentence",
                            conf: 0.7,
                        },
                        n,
                    ));
                }
                all_cap &= is_cap(t);
                lower += usize::from(!is_cap(t) && !is_determiner(t));
                if n >= 7 && !((all_cap || lower <= 2) && n < 10) {
                    return None;
                }
            }
            i += 1;
        }
        None
    }

    /// The cue in a short sentence right after a quote that ends its own sentence
    /// ("“…” Governor Alan Price said."): at most ten words, a speech verb among the first
    /// five, at most five words after it, no clause of its own ("that") and no quote.
    fn cue_sentence_after(&self, qs: usize, qe: usize, pe: usize) -> Option<Found> {
        let text = self.text;
        let inner = text[qs..qe].trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
        if !inner.ends_with(['.', '!', '?']) || qe >= pe {
            return None;
        }
        let first = qe + (text[qe..pe].len() - text[qe..pe].trim_start().len());
        let end = next_sentence_start(&self.layout.starts, first, pe)
            .min(floor_boundary(text, first + 120).max(first));
        let ws = self.words(first, end);
        let n_words = ws.iter().filter(|w| is_word(w.t(text))).count();
        if n_words == 0 || n_words > 10 || ws.last().is_none_or(|w| w.t(text) != ".") {
            return None;
        }
        if ws.iter().any(|w| {
            matches!(
                w.t(text),
                "that" | "“" | "\"" | "”" | "‘" | "«" | ":" | ";" | "," | "who" | "which"
            )
        }) {
            return None;
        }
        let v = self.finite_speech_verb(&ws, 0..ws.len().min(6))?;
        if ws[v + 1..].iter().filter(|w| is_word(w.t(text))).count() > 5 {
            return None;
        }
        let (mut f, _) = self.trailing(first, end)?;
        f.frame = "cue-sentence";
        f.conf = 0.8;
        Some(f)
    }

    /// The cue opening the sentence after a quote that ends its own (`“…?” Hiller asked,
    /// inquiring about …`): the speaker and the verb within three words, the verb followed
    /// by a comma, a period or a semicolon, so the next sentence reports nothing of its own.
    fn cue_opening_next(&self, qs: usize, qe: usize, pe: usize) -> Option<Found> {
        let text = self.text;
        let inner = text[qs..qe].trim_end_matches(['”', '"', '’', '\'', '»', ' ']);
        if !inner.ends_with(['.', '!', '?']) || qe >= pe {
            return None;
        }
        let first = qe + (text[qe..pe].len() - text[qe..pe].trim_start().len());
        let end = floor_boundary(text, first + 160).min(pe).max(first);
        let (mut f, n) = self.trailing(first, end)?;
        let (_, ce) = f.cue?;
        if n > 3 || f.frame != "same-sentence" {
            return None;
        }
        if !text[ce..end].trim_start().starts_with([',', '.', ';']) && ce < end {
            return None;
        }
        f.frame = "cue-next-sentence";
        f.conf = 0.75;
        Some(f)
    }

    /// The subject of a sentence that introduces a quote with a colon but no speech
    /// verb ("Mayor Ruth Okoye was blunt:"), when it is a name or a personal pronoun.
    fn colon_subject(&self, s: usize, e: usize, frame: &'static str) -> Option<Found> {
        let text = self.text;
        let (sent_s, _) = self.layout.sentence_at(text, e.saturating_sub(1));
        let from = sent_s.max(s).min(e);
        let ws = self.words(from, e);
        let n_words = ws.iter().filter(|w| is_word(w.t(text))).count();
        // a whole paragraph quoted after the colon is the subject's words even when the
        // lead-in characterises them first ("X has called the ruling "dangerous":")
        let block = frame == "colon-paragraph" || frame == "intro-paragraph";
        if n_words > if block { 24 } else { 14 }
            || (!block && ws.iter().any(|w| matches!(w.t(text), "“" | "\"" | "”")))
        {
            return None;
        }
        // "X has a proverb:" introduces a saying, not X's words
        if ws
            .iter()
            .any(|w| SAYING_HEADS.contains(&w.t(text).to_ascii_lowercase().as_str()))
        {
            return None;
        }
        // a list item: "• Ana Ruiz in The Tribune:"
        let lo = ws
            .iter()
            .take(2)
            .take_while(|w| matches!(w.t(text), "•" | "·" | "▪" | "*" | "-" | "–" | "—" | "►"))
            .count();
        // a headline's kicker: "Exclusive — Rep. Wade Thornbury: ‘…’"
        let lo = match ws.get(lo..lo + 2) {
            Some([k, d])
                if matches!(d.t(text), "—" | "–" | "-" | ":")
                    && matches!(
                        k.t(text).to_ascii_lowercase().as_str(),
                        "exclusive" | "watch" | "video" | "breaking" | "update" | "analysis"
                    ) =>
            {
                lo + 2
            }
            _ => lo,
        };
        let m = sentence_subject(text, &ws, lo, ws.len())?;
        let m = appositive_name(text, &ws, m);
        let head = ws[m.1 - 1].t(text);
        // a person: a pronoun, or a name the document gives to a person
        let sets = Sets::get();
        // (the words after a lower-case role: "Local shop owner Ben Carter")
        let from = (m.0..m.1)
            .rev()
            .find(|&k| !is_cap(ws[k].t(text)) && is_word(ws[k].t(text)))
            .map_or(m.0, |k| k + 1);
        let name: Vec<&str> = ws[from.min(m.1)..m.1]
            .iter()
            .map(|w| w.t(text))
            .filter(|t| is_cap(t) && !is_determiner(t) && !sets.is_title(t))
            .collect();
        let person = matches!(head, "he" | "she" | "He" | "She")
            || (!name.is_empty()
                && self.names.lookup(&name, ws[m.0].s).is_some_and(|i| {
                    let e = &self.names.entries[i];
                    e.person || crate::names::name_shaped(&e.canonical)
                }));
        // a headline "Minister: “…”", "Head of the migration service: “…”": a role,
        // whose holder the article names below
        let headline_role = !person
            && self.in_headline(s)
            && ws[m.0..m.1]
                .iter()
                .find(|w| !is_determiner(w.t(text)))
                .is_some_and(|w| is_role_noun(&w.t(text).to_lowercase()));
        // "Another aide, who works for a conservative member, was blunter: “…”": one
        // person of a role, unnamed
        let unnamed_role = matches!(
            ws[m.0].t(text).to_ascii_lowercase().as_str(),
            "a" | "an" | "another" | "one"
        ) && is_role_noun(head);
        if !person && !headline_role && !unnamed_role {
            return None;
        }
        Some(Found {
            mention: (ws[m.0].s, ws[m.1 - 1].e),
            cue: None,
            frame,
            conf: 0.7,
        })
    }

    /// `Name, apposition, verb` after a quote: `ws[start..comma]` is the speaker and the
    /// apposition closes with a comma at most twelve words on, followed by a speech verb.
    fn apposition_cue(&self, ws: &[W], start: usize, comma: usize) -> Option<Found> {
        let text = self.text;
        let hi = ws.len().min(comma + 20);
        let mut j = comma + 1;
        while j < hi {
            let t = ws[j].t(text);
            // a title in marks inside the apposition ("head of the “Open Lens” club")
            if matches!(t, "“" | "\"")
                && let Some(c) = (j + 1..hi.min(j + 8)).find(|&c| {
                    matches!(
                        ws[c].t(text),
                        "”" | "\"" | "," | "." | "!" | "?" | ";" | "“"
                    )
                })
                && matches!(ws[c].t(text), "”" | "\"")
                && c > j + 1
            {
                j = c + 1;
                continue;
            }
            // an abbreviation's period before the closing comma ("NAME, R-Ky., said")
            if t == "." && j > comma + 1 && ws.get(j + 1).is_some_and(|w| w.t(text) == ",") {
                j += 1;
                continue;
            }
            if matches!(t, "." | "!" | "?" | ";" | "“" | "\"" | "(" | "”") {
                return None;
            }
            if t == "," {
                if j + 1 >= ws.len() {
                    return None;
                }
                let v = self.verbs.at(text, ws, j + 1)?;
                if v.form == Form::Ing {
                    return None;
                }
                let m = np_starting_at(text, ws, start, comma)?;
                // "Trump's campaign manager, Kellyanne Conway, said": the name in
                // apposition to the possessor's role
                let m = possessor_role_name(text, ws, m, j).unwrap_or(m);
                // "a spokeswoman for the campaign, Jennifer Palmieri, said": a described
                // person, then the name
                let m = if is_determiner(ws[m.0].t(text))
                    && j > comma + 1
                    && j <= comma + 5
                    && ws[comma + 1..j]
                        .iter()
                        .all(|w| is_word(w.t(text)) && is_cap(w.t(text)))
                {
                    (comma + 1, j)
                } else {
                    m
                };
                return Some(Found {
                    mention: (ws[m.0].s, ws[m.1 - 1].e),
                    cue: Some((ws[j + 1].s, ws[j + 1].e)),
                    frame: "same-sentence",
                    conf: 0.9,
                });
            }
            j += 1;
        }
        None
    }

    /// Cue before a quote: `She stated, “` / `X said: “` / `…, stating: “` /
    /// `According to X, “`. `sent_lo` is where the sentence starts (for participles).
    fn leading(&self, s: usize, e: usize, sent_lo: usize) -> Option<(Found, usize)> {
        let text = self.text;
        // the sentence start is read for participles, but never more than a bounded
        // window back, so many quotes in one endless sentence stay linear
        let from = sent_lo
            .min(s)
            .max(floor_boundary(text, e.saturating_sub(3 * FRAME_BYTES)));
        let ws = self.words(from.min(s), e);
        let lo = ws.partition_point(|w| w.s < s);
        // a headline "GOP senator on wiretap claims: ‘…’", "Albrecht on the tweets: ‘…’":
        // the one named before "on" speaks of what follows it (a noun there, however
        // verb-like: "claims", "tweets")
        if self.in_headline(s)
            && ws.last().is_some_and(|w| w.t(text) == ":")
            && let Some(k) = (lo + 1..ws.len().min(lo + 6)).find(|&k| ws[k].t(text) == "on")
            && ws[lo..k]
                .iter()
                .all(|w| is_word(w.t(text)) && self.verbs.get(w.t(text)).is_none())
        {
            return Some((
                Found {
                    mention: (ws[lo].s, ws[k - 1].e),
                    cue: None,
                    frame: "headline-topic",
                    conf: 0.8,
                },
                ws.len() - k,
            ));
        }
        // last speech verb
        let mut v = None;
        for k in (lo..ws.len()).rev() {
            let t = ws[k].t(text);
            if matches!(t, "." | "!" | "?") {
                break;
            }
            // a verb of speech, or of describing with the marked words as its object
            // ("called the offer “an insult”")
            // ("… in an interview to say: “…”")
            let to_say = k > 0
                && ws[k - 1].t(text) == "to"
                && ws.get(k + 1).is_some_and(|w| w.t(text) == ":")
                && self.verbs.get(t).is_some_and(|v| v.form == Form::Base);
            // the quotative "be like": "he was like “…”"
            let be_like = t == "like"
                && k > 0
                && k + 1 == ws.len()
                && matches!(ws[k - 1].t(text), "was" | "is" | "were" | "are" | "am");
            // ("a conference call", "his remarks": nouns, no verbs)
            let noun = crate::lexicon::noun_before(text, &ws, k);
            if to_say
                || be_like
                || self.verbs.at(text, &ws, k).is_some()
                || (crate::detect::describe_verb(t) && !noun)
                || crate::detect::fault_verb(t)
                || (crate::lexicon::headline_verb(t)
                    && ws.len() - k <= 7
                    && k > 0
                    && is_cap(ws[k - 1].t(text))
                    && !is_determiner(ws[k - 1].t(text)))
                || (crate::detect::as_describe_verb(t)
                    && ws[k + 1..].iter().any(|w| w.t(text) == "as"))
            {
                v = Some(if be_like { k - 1 } else { k });
                break;
            }
            if (t == "according" || t == "According")
                && ws.get(k + 1).is_some_and(|w| w.t(text) == "to")
            {
                let mut j = k + 2;
                while j < ws.len() && !matches!(ws[j].t(text), "," | ":" | "." | "“" | "\"") {
                    j += 1;
                }
                let m = np_ending_at(text, &ws, j.saturating_sub(1), k + 2)?;
                return Some((
                    Found {
                        mention: (ws[m.0].s, ws[m.1 - 1].e),
                        cue: Some((ws[k].s, ws[k + 1].e)),
                        frame: "according-to",
                        conf: 0.9,
                    },
                    ws.len() - k,
                ));
            }
        }
        let v = v?;
        let dist = ws[v..].iter().filter(|w| is_word(w.t(text))).count();
        let m = self.subject_of(&ws, v, 0)?;
        Some((
            Found {
                mention: (ws[m.0].s, ws[m.1 - 1].e),
                cue: Some((ws[v].s, ws[v].e)),
                frame: "same-sentence",
                conf: if dist <= 2 { 0.95 } else { 0.85 },
            },
            dist,
        ))
    }

    /// Subject of the speech verb at `v`, with participles and coordinations falling back
    /// to the sentence subject and inversions ("said X") to the phrase after the verb.
    fn subject_of(&self, ws: &[W], v: usize, lo: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let before = if v > lo { ws[v - 1].t(text) } else { "" };
        // a title in marks closing an aside: "Hart, speaking on “Face the Nation,” said"
        let before = if matches!(before, "”" | "\"" | "’") && v > lo + 1 && ws[v - 2].t(text) == ","
        {
            ","
        } else {
            before
        };
        // "Harkin is shown saying", "the envoy had been telling them": past the auxiliaries
        if v > lo
            && let Some(m) = progressive_subject(text, ws, v)
            && m.0 >= lo
        {
            return Some(m);
        }
        // "Roberts quoted Ms. Lund as saying": the person quoted, not the one quoting
        if before == "as" && v >= lo + 3 {
            let q = (v.saturating_sub(8).max(lo)..v - 2).rev().find(|&k| {
                matches!(
                    ws[k].t(text),
                    "quoted" | "quotes" | "quoting" | "quote" | "cited" | "cites" | "citing"
                )
            });
            if let Some(k) = q
                && let Some(m) = np_starting_at(text, ws, k + 1, v - 1)
            {
                return Some(m);
            }
        }
        // "polling, described by one aide as “a little scary,”": in the passive, the
        // agent before "as" is the speaker
        if ws.get(v + 1).is_some_and(|w| w.t(text) == "by")
            && let Some(k) = (v + 3..ws.len().min(v + 9))
                .take_while(|&k| is_word(ws[k - 1].t(text)))
                .find(|&k| ws[k].t(text) == "as")
        {
            return Some((v + 2, k));
        }
        if let Some((m, how)) = subject_before(text, ws, v, lo) {
            let _ = how == SubjectHow::Adjacent;
            // "in a tweet Monday calling her a “…”": a participle after a time or a medium
            // tells what the sentence's subject did then or there
            let head = ws[m.1 - 1].t(text);
            if ws[v].t(text).ends_with("ing")
                && (is_time_word(head)
                    || matches!(
                        head,
                        "tweet" | "interview" | "speech" | "post" | "video" | "statement"
                    ))
                && let Some(s) = sentence_subject(text, ws, lo, m.0)
            {
                return Some(s);
            }
            // "Ruiz waved the offer away, saying that …", "the council issued a
            // communique saying": a participle after a thing (a lower-case noun naming
            // nobody) is said by the sentence's subject
            let head = ws[m.1 - 1].t(text);
            if ws[v].t(text).ends_with("ing")
                && m.1 == v
                && is_word(head)
                && !is_cap(head)
                && head.len() > 2
                && !is_role_noun(head)
                && !is_generic_group(head)
                && !matches!(
                    head,
                    "people" | "man" | "woman" | "men" | "women" | "someone" | "everyone"
                )
                && m.0 > lo
                && let Some(s) = sentence_subject(text, ws, lo, m.0)
                && s.1 <= m.0
                && ws[s.0..s.1].iter().any(|w| is_cap(w.t(text)))
            {
                return Some(appositive_name(text, ws, s));
            }
            // "Murphy made another post declaring, “…”": the one who made the post
            if matches!(
                head,
                "post" | "statement" | "tweet" | "letter" | "message" | "note" | "video"
            ) && m.0 > lo
                && matches!(
                    ws[m.0 - 1].t(text),
                    "made" | "posted" | "issued" | "released" | "sent" | "published" | "wrote"
                )
                && let Some((author, _)) = subject_before(text, ws, m.0 - 1, lo)
            {
                return Some(coordination(
                    text,
                    ws,
                    appositive_name(text, ws, author),
                    lo,
                ));
            }
            return Some(coordination(text, ws, appositive_name(text, ws, m), lo));
        }
        let info = self.verbs.get(ws[v].t(text));
        let form = info.map(|i| i.form);
        // "…, has broken her silence to say: “…”": the subject of the sentence; "what
        // the mayor likes to call": the subject of the verb that takes the infinitive
        if before == "to" {
            if v >= lo + 3
                && matches!(
                    ws[v - 2].t(text),
                    "likes"
                        | "liked"
                        | "like"
                        | "loves"
                        | "loved"
                        | "prefers"
                        | "preferred"
                        | "tends"
                        | "tended"
                        | "chose"
                        | "chooses"
                        | "wants"
                        | "wanted"
                        | "used"
                        | "dares"
                        | "dared"
                        | "continues"
                        | "continued"
                )
                && let Some((m, _)) = subject_before(text, ws, v - 2, lo)
            {
                return Some(m);
            }
            return sentence_subject(text, ws, lo, v);
        }
        // a verb that takes an object before the words never inverts: after "called the
        // deal “…”", "accused the board of “…”" (verbs of describing, no speech verbs) or
        // "told reporters", "urged voters" comes what is spoken of or to, not the speaker
        if info.is_none_or(|i| {
            matches!(
                i.lemma.as_str(),
                "tell" | "urge" | "describe" | "inform" | "assure" | "reassure" | "implore"
            )
        }) {
            // "drivers are told, “…”": in the passive the subject is spoken to
            if matches!(
                before,
                "is" | "are" | "was" | "were" | "be" | "been" | "being" | "get" | "got"
            ) {
                return None;
            }
            return sentence_subject(text, ws, lo, v).map(|m| role_then_name(text, ws, m, v));
        }
        // "said that …" is no inversion: the subject is before the verb, past a time
        // phrase or a stray comma ("Volvo on Tuesday said that", "The firm, has said that")
        let complement = ws.get(v + 1).is_some_and(|w| w.t(text) == "that");
        if form == Some(Form::Ing) || complement || matches!(before, "," | "and" | "by" | "but") {
            // ("A Justice Ministry spokesman, Ana Ruiz, laments …, and quips that";
            // "Republican presidential nominee Thomas Halvorsen lashed out …, calling")
            return sentence_subject(text, ws, lo, v)
                .map(|m| appositive_name(text, ws, role_then_name(text, ws, m, v)));
        }
        // inversion ("said Tuesday" is a time, no speaker)
        np_starting_at(text, ws, v + 1, ws.len())
            .or_else(|| bare_role_name(text, ws, v + 1))
            .filter(|m| !is_time_word(ws[m.0].t(text)))
            .map(|m| appositive_name(text, ws, m))
    }

    fn indirect_frame(&self, q: &Quote) -> Option<Found> {
        let text = self.text;
        let cue = q.cue?;
        let (cs, ce) = (cue.start(), cue.end());
        let sieve = q.sieve.as_deref().unwrap_or("");
        let (sent_s, _) = self.layout.sentence_at(text, cs);
        let (_, ps, pe) = self.layout.para_span(cs)?;
        let lo_b = sent_s
            .max(ps)
            .max(floor_boundary(text, cs.saturating_sub(FRAME_BYTES)))
            .min(cs);
        let hi_b = (floor_boundary(text, ce + 200)).min(pe).max(ce);
        let ws = self.words(lo_b, hi_b);
        let vi = ws.iter().position(|w| w.s == cs)?;
        let mk = |m: (usize, usize), frame: &'static str, conf: f32| Found {
            mention: (ws[m.0].s, ws[m.1 - 1].e),
            cue: Some((cs, ce)),
            frame,
            conf,
        };
        if sieve.ends_with("according-to") {
            // a content right after the source, with no comma, ends the source
            let stop = if q.span.start() > ce {
                q.span.start()
            } else {
                usize::MAX
            };
            let mut j = vi + 2;
            while j < ws.len() && ws[j].s < stop && !matches!(ws[j].t(text), "," | "." | ";" | ":")
            {
                j += 1;
            }
            let m = np_ending_at(text, &ws, j.saturating_sub(1), vi + 2)?;
            // "according to the team's coach, Alireza Mehraban, …": the name in apposition
            return Some(mk(appositive_name(text, &ws, m), "according-to", 0.9));
        }
        if sieve.ends_with("as-x-said") {
            let as_i = ws[..vi].iter().rposition(|w| w.t(text) == "As")?;
            let mut j = vi;
            while j > as_i + 1 && is_adverbish(ws[j - 1].t(text)) {
                j -= 1;
            }
            let m = np_ending_at(text, &ws, j.checked_sub(1)?, as_i + 1)?;
            return Some(mk(appositive_name(text, &ws, m), "as-x-said", 0.9));
        }
        if sieve.ends_with("stated-by") {
            let m = np_starting_at(text, &ws, vi + 2, ws.len())?;
            return Some(mk(appositive_name(text, &ws, m), "stated-by", 0.85));
        }
        if sieve.ends_with("trailing-cue") && vi > 0 && ws[vi - 1].t(text) == "," {
            // "…, said the minister.": the subject follows the verb
            let m = np_starting_at(text, &ws, vi + 1, ws.len())?;
            return Some(mk(appositive_name(text, &ws, m), "same-sentence", 0.9));
        }
        let m = self.subject_of(&ws, vi, 0)?;
        Some(mk(m, "same-sentence", 0.9))
    }

    fn turn(&self, q: &Quote) -> (Option<Found>, Option<Resolved>) {
        let Some(iv) = &self.interview else {
            return (None, None);
        };
        // NAME: layout: the name before the colon is the speaker; "Interviewer:" and
        // "Interviewee:" are the sides the introduction names
        if let Some(c) = q.cue {
            let label = c.text(self.text);
            let side = if label.eq_ignore_ascii_case("interviewer") {
                Some(&iv.interviewer)
            } else if label.eq_ignore_ascii_case("interviewee") {
                Some(&iv.interviewee)
            } else {
                None
            };
            if let Some(side) = side {
                let found = Found {
                    mention: side.as_ref().map_or((c.start(), c.end()), |x| x.2),
                    cue: None,
                    frame: "interview",
                    conf: 0.95,
                };
                let r = side.as_ref().map(|(name, cluster, _)| Resolved {
                    name: Some(name.clone()),
                    cluster: *cluster,
                    how: "interview-side",
                    conf: 1.0,
                    person: true,
                });
                return (Some(found), r);
            }
            let toks: Vec<&str> = c.text(self.text).split_whitespace().collect();
            // "LARA:" names "Lara Croft" of the introduction when the document has her
            let titled: Vec<String> = toks.iter().map(|t| crate::text::title_case(t)).collect();
            // ("SEN. RAY KILGORE": the name without its title)
            let sets = Sets::get();
            let skip = titled
                .iter()
                .take_while(|t| sets.is_title(t) || sets.is_title(t.trim_end_matches('.')))
                .count()
                .min(titled.len().saturating_sub(1));
            let titled: Vec<&str> = titled[skip..].iter().map(String::as_str).collect();
            // (a one-word name only when the text uses it as a name, not just as the
            // first word of a sentence: "HERALD:" is "Herald" of "The Herald interviewed")
            let r = match self.names.lookup(&titled, c.start()) {
                Some(i)
                    if self.names.entries[i].canonical.contains(' ')
                        || self.seen_as_name(
                            &[self.names.entries[i].canonical.as_str()],
                            c.start(),
                        ) =>
                {
                    let e = &self.names.entries[i];
                    Some(Resolved {
                        name: Some(without_affiliation(&e.canonical).to_string()),
                        cluster: e.cluster,
                        how: "name",
                        conf: 0.9,
                        person: true,
                    })
                }
                _ if skip > 0 => self.resolve_name(&titled, c.start()),
                _ => self.resolve_name(&toks, c.start()),
            };
            return (
                Some(Found {
                    mention: (c.start(), c.end()),
                    cue: None,
                    frame: "interview",
                    conf: 0.95,
                }),
                r,
            );
        }
        let who = if q.role.as_deref() == Some("question") {
            &iv.interviewer
        } else {
            &iv.interviewee
        };
        match who {
            Some((name, cluster, m)) => (
                Some(Found {
                    mention: *m,
                    cue: None,
                    frame: "interview",
                    conf: 0.95,
                }),
                Some(Resolved {
                    name: Some(name.clone()),
                    cluster: *cluster,
                    how: if q.role.as_deref() == Some("question") {
                        "interviewer"
                    } else {
                        "interviewee"
                    },
                    conf: 1.0,
                    person: true,
                }),
            ),
            // a press briefing's "Q:": an unnamed reporter, the label the mention
            None => {
                let qs = q.span.start();
                let line = self.text[..qs].rfind('\n').map_or(0, |k| k + 1);
                let pre = &self.text[line..qs];
                let label = pre.trim_end().strip_suffix(':').map(str::trim);
                match label {
                    Some(l @ ("Q" | "A" | "Q." | "A.")) => {
                        let s = line + pre.find(l).unwrap_or(0);
                        (
                            Some(Found {
                                mention: (s, s + l.len()),
                                cue: None,
                                frame: "interview",
                                conf: 0.6,
                            }),
                            Some(Resolved {
                                name: None,
                                cluster: None,
                                how: "unnamed",
                                conf: 0.6,
                                person: true,
                            }),
                        )
                    }
                    _ => (None, None),
                }
            }
        }
    }

    // ------------------------------------------------------------------ resolution

    fn resolve(&self, m: (usize, usize), q: &Quote) -> Option<Resolved> {
        let text = self.text;
        let ws = self.words(m.0, m.1);
        let toks: Vec<&str> = ws
            .iter()
            .map(|w| w.t(text))
            .filter(|t| is_word(t))
            .collect();
        let first = *toks.first()?;
        // "“My brother-in-law put it best. He said, ‘…’”": a pronoun inside the quote
        // that holds this one is someone its speaker talks about, named inside that quote
        // or nobody a reader can name
        if toks.len() == 1
            && let Some(g) = pronoun_gender(first)
            && let Some(outer) = self.history.iter().rev().take(64).find(|d| {
                d.kind == QuoteKind::Direct
                    && d.start < q.span.start()
                    && q.span.end() <= d.end
                    && d.start < m.0
                    && m.1 <= d.end
            })
        {
            let ms = &self.names.mentions;
            let k = ms.partition_point(|x| x.0 < m.0);
            let named = ms[..k]
                .iter()
                .rev()
                .take(16)
                .take_while(|x| x.0 > outer.start)
                .map(|x| x.1)
                .find(|&i| {
                    let e = &self.names.entries[i];
                    e.person && e.gender.is_none_or(|x| x == g)
                });
            return Some(match named {
                Some(i) => Resolved::person(
                    &self.names.entries[self.names.fullest(i, m.0)],
                    "pronoun-in-quote",
                    0.6,
                ),
                None => Resolved {
                    name: None,
                    cluster: None,
                    how: "unknowable",
                    conf: 0.6,
                    person: true,
                },
            });
        }
        // "The Kessler campaign", "Hadley’s campaign", "His campaign", "the campaign": a
        // candidate's campaign speaks as an organisation, named "Kessler campaign"
        if toks.len() <= 5
            && let Some(r) = self.campaign(m, q)
        {
            return Some(r);
        }
        // "the Indiana Republican", "the Texas Democrat": a party member named by state,
        // the one the article tagged with that party and state ("Sen. Vince Albrecht,
        // R-Ind."); without a state, or with no such tag, a role like "the senator"
        // ("a Texas Republican" is someone unnamed: not here)
        if matches!(first, "the" | "The")
            && (3..=5).contains(&toks.len())
            && toks.last().is_some_and(|h| is_party_member(h))
        {
            let content = &toks[1..];
            if let Some((st, n)) = crate::lexicon::us_state_at(content)
                && n == content.len() - 1
                && let Some(r) = self.tagged_from_state(st, m.0)
            {
                return Some(r);
            }
            return self.resolve_nominal(content, m.0, q);
        }
        // "Officials warned", "Police said": a group named by a common noun, capitalised
        // only because it opens the sentence, is nobody in particular
        if toks.len() == 1 && is_generic_group(first) {
            return Some(Resolved {
                name: None,
                cluster: None,
                how: "unknowable",
                conf: 0.8,
                person: false,
            });
        }
        // "Thirty House conservatives", "Several Senate aides": a number of people
        // named by a plural common noun is nobody in particular
        if toks.len() >= 2 && is_quantity_word(first) && {
            // the plural head, in the mention or right after it ("Thirty House
            // conservatives", the name scan stopping before the noun)
            let plural = |h: &str| {
                !is_cap(h) && is_word(h) && h.len() > 3 && h.ends_with('s') && !h.ends_with("ss")
            };
            // ("one strategist": one of a group, unnamed)
            first.eq_ignore_ascii_case("one")
                || toks.last().is_some_and(|h| plural(h))
                || self
                    .words(m.1, floor_boundary(text, m.1 + 40))
                    .first()
                    .is_some_and(|w| plural(w.t(text)))
        } {
            return Some(Resolved {
                name: None,
                cluster: None,
                how: "unknowable",
                conf: 0.8,
                person: false,
            });
        }
        // "Ohio's senior senator": the member the article tags with that state
        // ("Sen. Ruth Ellingson, R-Ohio,"), before or after
        if toks.len() <= 3
            && toks.last().is_some_and(|h| {
                matches!(
                    *h,
                    "senator" | "congressman" | "congresswoman" | "governor" | "representative"
                )
            })
        {
            let back = self.words(floor_boundary(text, m.0.saturating_sub(40)), m.0);
            let mut t: Vec<&str> = back.iter().map(|w| w.t(text)).collect();
            if t.last().is_some_and(|w| matches!(*w, "senior" | "junior")) {
                t.pop();
            }
            // the possessive after the state's two words or one ("West Virginia's" before
            // "Virginia's")
            if let Some((bare, k)) = possessor(&t)
                && let two = [t[..k].last().copied().unwrap_or(""), bare]
                && let Some(st) = [&two[..], &two[1..]].into_iter().find_map(|state| {
                    let (st, n) = crate::lexicon::us_state_at(state)?;
                    (n == state.len()).then_some(st)
                })
                && let Some(r) = self.tagged_from_state(st, m.0)
            {
                return Some(r);
            }
        }
        // "GOP strategists", "Senate aides": a plural role noun after a capitalised
        // modifier is a group, nobody in particular
        if (2..=4).contains(&toks.len())
            && is_cap(first)
            && !is_determiner(first)
            && toks.last().is_some_and(|h| !is_cap(h) && is_role_plural(h))
        {
            return Some(Resolved {
                name: None,
                cluster: None,
                how: "unknowable",
                conf: 0.8,
                person: false,
            });
        }
        // "a senior House GOP aide", "a Democratic strategist": one person of a role,
        // unnamed, whatever the capitalised words before the role (a spokesman speaks for
        // the organisation named: "A Labour Party spokesman said" is the party's)
        if matches!(first, "a" | "A" | "an" | "An" | "another" | "Another")
            && toks.len() >= 3
            && toks.last().is_some_and(|h| {
                !is_cap(h)
                    && is_role_noun(h)
                    && !h.starts_with("spokes")
                    && !matches!(*h, "representative" | "statement")
            })
        {
            return Some(Resolved {
                name: None,
                cluster: None,
                how: "unknowable",
                conf: 0.8,
                person: true,
            });
        }
        // "the 45-year-old said": the person named last before the quote
        if toks.len() == 2
            && matches!(first, "the" | "The")
            && toks[1].ends_with("-year-old")
            && toks[1].starts_with(|c: char| c.is_ascii_digit())
        {
            let before = m.0.min(q.span.start());
            let here = self.layout.para_span(before).map(|p| p.0).unwrap_or(0);
            let i = self
                .names
                .recent_person(before, None, true)
                .or_else(|| self.names.recent_name_shaped(before))
                .map(|i| self.names.fullest(i, before))
                .filter(|&i| {
                    // in this or the previous paragraph
                    let pos = &self.names.entries[i].positions;
                    let k = pos.partition_point(|&p| p < before);
                    k > 0
                        && self
                            .layout
                            .para_span(pos[k - 1])
                            .is_some_and(|p| here.saturating_sub(p.0) <= 1)
                });
            if let Some(i) = i {
                let e = &self.names.entries[i];
                return Some(Resolved::person(e, "age-nominal", 0.7));
            }
        }
        // "the statement said": the statement a name issued or spoke in shortly before
        if toks.len() == 2
            && matches!(first, "the" | "The")
            && let Some(r) = self.document_issuer(toks[1], m.0, q)
        {
            return Some(r);
        }
        // "A MILNET brief said", "the CSIS report concluded": the capitalised words that
        // only modify a document noun name who issued it, and they speak through it
        if let Some(last) = ws.last()
            && is_report_noun(last.t(text))
            && ws.len() >= 2
        {
            let body = &ws[..ws.len() - 1];
            let lo = body
                .iter()
                .position(|w| !is_determiner(w.t(text)))
                .unwrap_or(body.len());
            let caps = &body[lo..];
            // "a Unitarian Church-sponsored ad": the sponsor
            if let Some(w) = caps.last()
                && let Some((sponsor, _)) = w.t(text).rsplit_once('-').filter(|(_, how)| {
                    matches!(
                        *how,
                        "sponsored" | "backed" | "funded" | "commissioned" | "run" | "paid"
                    )
                })
                && is_cap(sponsor)
            {
                let mut r = self.resolve((caps[0].s, w.s + sponsor.len()), q)?;
                r.person = false;
                return Some(r);
            }
            if !caps.is_empty()
                && caps.len() <= 6
                && caps.iter().all(|w| {
                    let t = w.t(text);
                    is_cap(t) && is_word(t) && !Sets::get().is_title(t) && demonym(t).is_none()
                })
            {
                let mut r = self.resolve((caps[0].s, caps[caps.len() - 1].e), q)?;
                r.person = false;
                return Some(r);
            }
        }
        if let Some(r) = self.particle_or_role_name(&ws, m, q) {
            return r;
        }
        // "the Donald Trump impersonator John Di Domenico": a role noun in lower case
        // before the name at the end; the name after the role is the speaker
        if ws.len() >= 3
            && let Some(r) = (0..ws.len() - 1).rev().find(|&k| {
                let t = ws[k].t(text);
                !is_cap(t) && (Sets::get().is_title(t) || crate::lexicon::is_agentive(t))
            })
            && r > 0
            && ws[r + 1..]
                .iter()
                .all(|w| is_cap(w.t(text)) && is_word(w.t(text)))
            && ws[..r].iter().any(|w| is_cap(w.t(text)))
        {
            return self.resolve((ws[r + 1].s, m.1), q);
        }
        // "PC World's recent analysis concluded", "Ruiz's statement said": the name owning
        // a statement or document speaks through it (the mention may start after the
        // possessive or hold it)
        let doc_noun = |t: &str| {
            matches!(
                t,
                "statement"
                    | "analysis"
                    | "report"
                    | "letter"
                    | "study"
                    | "response"
                    | "reply"
                    | "message"
                    | "announcement"
                    | "editorial"
                    | "website"
                    | "blog"
                    | "tweet"
                    | "post"
                    | "review"
                    | "memo"
                    | "column"
                    | "ruling"
                    | "literature"
            )
        };
        if ws.iter().take(6).any(|w| doc_noun(w.t(text))) {
            let back = self.words(floor_boundary(text, m.0.saturating_sub(60)), m.1);
            // the possessive: "’s", or a straight "'" and "s"
            let poss = back.iter().enumerate().find_map(|(k, w)| {
                let t = w.t(text);
                if w.s >= m.1 {
                    return None;
                }
                match t {
                    "’s" | "'s" => Some((k, k)),
                    "s" if k > 0 && matches!(back[k - 1].t(text), "'" | "’") => Some((k - 1, k)),
                    _ => None,
                }
            });
            if let Some((p0, p1)) = poss
                && p0 > 0
                && back[p1 + 1..].iter().take(4).any(|w| doc_noun(w.t(text)))
            {
                let mut s0 = p0;
                while s0 > 0
                    && p0 - s0 < 4
                    && is_cap(back[s0 - 1].t(text))
                    && is_word(back[s0 - 1].t(text))
                    && !is_determiner(back[s0 - 1].t(text))
                {
                    s0 -= 1;
                }
                if s0 < p0 {
                    return self.resolve((back[s0].s, back[p0 - 1].e), q);
                }
            }
        }
        // a question word or an opening participle or adverb is never the speaker
        // ("What irritates me is …", "There a guard asked …", "Having signed it, …")
        if matches!(
            first,
            "What"
                | "Which"
                | "Who"
                | "Whom"
                | "Whose"
                | "Why"
                | "How"
                | "Where"
                | "When"
                | "There"
                | "Here"
                | "Having"
                | "Being"
                | "If"
                | "Although"
                | "Though"
                | "While"
                | "Because"
                | "Since"
                | "Unlike"
                | "Like"
        ) {
            let w = ws.iter().find(|w| is_word(w.t(text)) && w.s > m.0)?;
            return self.resolve((w.s, m.1), q);
        }
        // a sentence opened by a conjunction: "And Ana Ruiz said"
        if toks.len() >= 2
            && matches!(first, "And" | "But" | "Or" | "So" | "Yet" | "Then" | "Also")
            && let Some(w) = ws.iter().find(|w| is_word(w.t(text)) && w.s > m.0)
        {
            return self.resolve((w.s, m.1), q);
        }
        // names coordinated: the speakers together, as written ("Ana Ruiz and Tom Eck")
        if toks.len() >= 3
            && toks.contains(&"and")
            && toks
                .iter()
                .all(|t| *t == "and" || (is_cap(t) && !is_determiner(t)))
            && toks.first().is_some_and(|t| {
                !matches!(
                    *t,
                    "and" | "And" | "But" | "Or" | "So" | "Yet" | "Then" | "Also"
                )
            })
            && toks.last().is_some_and(|t| *t != "and")
        {
            return Some(Resolved {
                name: Some(text[m.0..m.1].trim_end_matches([',', '.']).to_string()),
                cluster: None,
                how: "coordination",
                conf: 0.85,
                person: false,
            });
        }
        // clusters first
        let cluster = self
            .names
            .cluster_in(m.0, m.1)
            .filter(|_| !(is_first_person(first) && toks.len() == 1))
            // "he" clustered with a person the text shows to be a woman (or the reverse);
            // or with a person whose gender only pronouns voted for, while one of the last
            // two speakers is known to be of the pronoun's gender
            .filter(|&(ei, kind, _)| {
                let e = &self.names.entries[ei];
                let g = pronoun_gender(first);
                kind != strata_core::MentionKind::Pronoun
                    || toks.len() != 1
                    || !(matches!((g, e.gender), (Some(a), Some(b)) if a != b)
                        || (e.voted && g.is_some_and(|g| self.known_recent_speaker(g, ei, m.0))))
            })
            .filter(|&(ei, kind, _)| {
                // a pronoun linked only to a name inside the quote itself: the quote
                // talks about that person, who does not say it
                kind != strata_core::MentionKind::Pronoun || {
                    let pos = &self.names.entries[ei].positions;
                    let (qs, qe) = (q.span.start(), q.span.end());
                    pos.first().is_some_and(|&p| p < qs)
                        || pos[pos.partition_point(|&p| p < qe)..]
                            .first()
                            .is_some_and(|&p| p < m.0)
                        || pos.is_empty()
                }
            })
            // "a Pence spokesman", "a Warren aide": a person's name modifying a lower-case
            // role noun names whom the unnamed speaker works for, not the speaker
            .filter(|&(ei, kind, ce)| {
                !(kind == strata_core::MentionKind::Name
                    && self.names.entries[ei].person
                    && toks.len() >= 2
                    && ws.last().is_some_and(|w| {
                        let h = w.t(text);
                        ce <= w.s
                            && !is_cap(h)
                            && (Sets::get().is_title(h)
                                || crate::lexicon::is_agentive(h)
                                || matches!(h, "aide" | "official" | "spokesperson"))
                    }))
            });
        // "Ambassador to the United States Hamdullah Mohib": a place in a title, with the
        // name after it, is not the speaker; the name is
        if let Some((ei, _, ce)) = cluster
            && !self.names.entries[ei].person
            && ce < m.1
            && let Some(w) = self.words(ce, m.1).iter().find(|w| is_cap(w.t(text)))
        {
            return self.resolve((w.s, m.1), q);
        }
        // "Denver Mayor Celia Vanterpool" where "Denver" was clustered as a person: a
        // title after the cluster's mention, then a name, is whom the mention names
        if let Some((_, _, ce)) = cluster
            && ce < m.1
            && let tail = self.words(ce, m.1)
            && tail.len() >= 3
            && Sets::get().is_title(tail[0].t(text))
            && tail[1..]
                .iter()
                .all(|w| is_cap(w.t(text)) && is_word(w.t(text)))
            && crate::names::name_shaped(&text[tail[1].s..m.1])
        {
            return self.resolve((tail[1].s, m.1), q);
        }
        // "the GOP nominee", "a Labour Party spokesman": an organisation or place that only
        // modifies a lower-case role noun is not the speaker; the role decides below
        // (a document keeps its issuer: "a Fox News statement said" is Fox News)
        let cluster = cluster.filter(|&(ei, _, ce)| {
            if self.names.entries[ei].person || ce >= m.1 {
                return true;
            }
            let after = self.words(ce, m.1);
            // (or its plural: "GOP strategists")
            let role = after
                .last()
                .is_some_and(|w| is_role_noun(w.t(text)) || is_role_plural(w.t(text)));
            !role
                || after
                    .iter()
                    .any(|w| is_cap(w.t(text)) || !w.t(text).chars().all(char::is_alphabetic))
        });
        // "Minister of Digital Development and Transport Rashad Aliyev" taken whole for one
        // name that is no person's: the person is the name after the title
        if cluster.is_none_or(|(ei, _, _)| !self.names.entries[ei].person)
            && let Some(tail) = name_after_title(text, &ws)
        {
            // (as written: the fuller forms the name scan made of the phrase are the error)
            let toks: Vec<&str> = ws[tail..].iter().map(|w| w.t(text)).collect();
            return Some(Resolved {
                name: Some(toks.join(" ")),
                cluster: None,
                how: "name-after-title",
                conf: 0.8,
                person: true,
            });
        }
        // a pronoun the clustering tied to someone other than the person its place
        // points to ("Rathbun asked for donations. He described Montalvo as …")
        if let Some((ei, strata_core::MentionKind::Pronoun, _)) = cluster
            && toks.len() == 1
            && let Some(g) = pronoun_gender(first)
            && let Some(i) = self.salient_person(g, m.0, q)
        {
            let i = self.names.fullest(i, m.0);
            let e = &self.names.entries[i];
            // (names that share no word: "Varela" is "Ines Varela")
            let other = &self.names.entries[ei].canonical;
            if self.names.canonical_index(i) != self.names.canonical_index(ei)
                && !e
                    .canonical
                    .split(' ')
                    .any(|w| other.split(' ').any(|o| o == w))
            {
                return Some(Resolved::person(e, "pronoun-salient", 0.8));
            }
        }
        // a cluster the clustering named by a pronoun ("They") names nobody
        let cluster = cluster.filter(|&(ei, _, _)| {
            let c = &self.names.entries[ei].canonical;
            !(pronoun_gender(c).is_some()
                || matches!(c.as_str(), "They" | "They're" | "We" | "You" | "It"))
        });
        if let Some((ei, kind, _)) = cluster {
            let e = &self.names.entries[ei];
            // a cluster named with its titles ("Emeritus Professor John Burrows"): the name
            let sets = Sets::get();
            let mut name = e.canonical.as_str();
            // a name in capitals, as transcripts write speakers ("LINDAHL"), or an
            // honorific and a surname ("Ms. Kilbride"): the fuller name the text gives
            let fuller = {
                let bare = match name.split_once(' ') {
                    Some((w, rest)) if sets.is_title(w) && !rest.contains(' ') => rest,
                    _ => name,
                };
                let caps = bare.len() > 2 && !bare.chars().any(char::is_lowercase);
                let titled: String;
                let key = if caps {
                    titled = bare
                        .split(' ')
                        .map(crate::text::title_case)
                        .collect::<Vec<_>>()
                        .join(" ");
                    titled.as_str()
                } else {
                    bare
                };
                (caps || bare != name)
                    .then(|| {
                        let toks: Vec<&str> = key.split(' ').collect();
                        self.names.lookup(&toks, m.0)
                    })
                    .flatten()
                    .map(|i| self.names.entries[i].canonical.as_str())
                    .filter(|c| c.contains(' ') && !c.chars().all(|ch| !ch.is_lowercase()))
            };
            if let Some(f) = fuller {
                name = f;
            }
            if e.person {
                name = without_affiliation(name);
            }
            while let Some((w, rest)) = name.split_once(' ')
                && sets.is_title(w)
                && rest.contains(' ')
            {
                name = rest;
            }
            // "Post Fact Checker Ann Ye Lee": a role noun inside the name, a name of at
            // least two words after it
            if let Some(at) = name.match_indices(' ').map(|(i, _)| i).rfind(|&i| {
                let before = name[..i].rsplit(' ').next().unwrap_or("");
                let rest = &name[i + 1..];
                (sets.is_title(before) || crate::lexicon::is_agentive(before))
                    && rest.contains(' ')
                    && rest.split(' ').all(is_cap)
            }) {
                name = &name[at + 1..];
            }
            // "Donald Trump Jr." written where the cluster's name lost the suffix
            let mut name = match self.first_name_before(&e.positions, name) {
                Some(full) => full,
                None => name.to_string(),
            };
            if let Some(suffix) = name_suffix(text, m, &name) {
                name.push(' ');
                name.push_str(suffix);
            }
            if let Some(full) = initials_before(text, m, &name) {
                name = full;
            }
            // "Donnelly-Reyes" where the entity tagger saw only "Reyes" (or "Donnelly"):
            // the person named with the whole hyphenated word
            if let Some(w) = toks.iter().find(|t| {
                t.split_once('-').is_some_and(|(a, b)| {
                    is_cap(a)
                        && is_cap(b)
                        && !name.contains(**t)
                        && name.split(' ').any(|n| n == a || n == b)
                })
            }) && let Some(i) = self.names.lookup(&[w], m.0)
            {
                name = self.names.entries[i].canonical.clone();
            }
            // (a pronoun of that split surname's cluster: "Reyes" is "Pat Donnelly-Reyes")
            if !name.contains(' ')
                && let Some(i) = self.names.lookup(&[name.as_str()], m.0)
                && self.names.entries[i].canonical.split(' ').any(|t| {
                    t.split_once('-')
                        .is_some_and(|(a, b)| a == name.as_str() || b == name.as_str())
                })
            {
                name = self.names.entries[i].canonical.clone();
            }
            // "The National Republican Senatorial Committee", "The AFL-CIO": an
            // organisation the tagger named a word short; the name as the mention writes
            // it, when the mention is only capitalised words ending with that name
            if !e.person {
                // (the tagger may have cut "AFL-CIO" at its hyphen and the mention with it)
                let before = self.words(floor_boundary(text, m.0.saturating_sub(24)), m.0);
                let from = match before.as_slice() {
                    [.., x, h]
                        if h.t(text) == "-" && h.e == m.0 && x.e == h.s && is_cap(x.t(text)) =>
                    {
                        x.s
                    }
                    _ => m.0,
                };
                let w = text[from..m.1].trim_end_matches([',', '.']);
                let w = w
                    .strip_prefix("The ")
                    .or_else(|| w.strip_prefix("the "))
                    .unwrap_or(w);
                if w.len() > name.len()
                    && w.ends_with(name.as_str())
                    && w[..w.len() - name.len()].ends_with([' ', '-'])
                    && w.split(' ').count() <= 6
                    && w.split(' ').all(|t| is_cap(t) && !sets.is_title(t))
                {
                    name = w.to_string();
                }
            }
            // "Denver Mayor Celia Vanterpool" where the tagger's person is "Denver Mayor":
            // the name written after the title
            if e.person
                && name.rsplit(' ').next().is_some_and(|t| sets.is_title(t))
                && let Some(at) = text[m.0..m.1].find(name.as_str())
                && let rest = text[m.0 + at + name.len()..m.1].trim()
                && (2..=4).contains(&rest.split(' ').count())
                && rest.split(' ').all(|t| is_cap(t) && is_word(t))
                && crate::names::name_shaped(rest)
            {
                name = rest.to_string();
            }
            // a person the clusters know by the surname alone ("Harkins", the tagger
            // having missed "Judith"): the fuller name the text gives that surname
            if e.person
                && !name.contains(' ')
                && let Some(i) = self.names.lookup(&[name.as_str()], m.0)
                && let full = &self.names.entries[self.names.fullest(i, m.0)].canonical
                && full.ends_with(name.as_str())
                && full[..full.len() - name.len()].ends_with(' ')
                && crate::names::name_shaped(full)
                && crate::lexicon::given_name_gender(full).is_some()
            {
                name = full.clone();
            }
            return Some(Resolved {
                name: Some(name),
                cluster: e.cluster,
                how: match kind {
                    strata_core::MentionKind::Name => "cluster-name",
                    strata_core::MentionKind::Nominal => "cluster-nominal",
                    strata_core::MentionKind::Pronoun => "cluster-pronoun",
                },
                conf: 0.95,
                person: e.person,
            });
        }
        if toks.len() == 1 && is_first_person(first) {
            // inside a quote or turn: its speaker; in the narrative of an op-ed: the author
            if let Some(d) = self
                .history
                .iter()
                .rev()
                .take(64)
                .find(|d| d.start < m.0 && m.1 <= d.end && d.name.is_some())
            {
                return Some(Resolved {
                    name: d.name.clone(),
                    cluster: d.cluster,
                    how: "first-person",
                    conf: 0.9,
                    person: true,
                });
            }
            return self.author.as_ref().map(|(n, c)| Resolved {
                name: Some(n.clone()),
                cluster: *c,
                how: "op-ed",
                conf: 0.85,
                person: true,
            });
        }
        // "Recent reports have revealed": a lone word capitalised only because it opens
        // the sentence, never seen as a name, before a lower-case noun and its auxiliary
        if toks.len() == 1
            && is_cap(first)
            && pronoun_gender(first).is_none()
            && !matches!(first, "I" | "It" | "They" | "We" | "You")
            && opens_sentence(text, m.0)
            && !self.seen_as_name(&toks, m.0)
            && let Some(next) = self.words(m.1, floor_boundary(text, m.1 + 40)).first()
            && next.t(text).starts_with(|c: char| c.is_lowercase())
            && q.cue.is_none_or(|c| c.start() != next.s)
            && self.plural_noun_at(next.e)
        {
            return self.resolve_nominal(&toks, m.0, q);
        }
        if toks.len() == 1 {
            if let Some(g) = pronoun_gender(first) {
                return self.resolve_pronoun(g, m.0, q);
            }
            if first == "it" || first == "It" {
                return self.resolve_it(m.0);
            }
            if matches!(first.to_lowercase().as_str(), "they" | "them" | "you") {
                return None;
            }
        }
        let sets = Sets::get();
        let lower_first = first.to_lowercase();
        if matches!(
            lower_first.as_str(),
            "a" | "an"
                | "another"
                | "one"
                | "some"
                | "my"
                | "his"
                | "her"
                | "our"
                | "their"
                | "your"
        ) && !toks
            .iter()
            .skip(1)
            // ("One resident of Tula", "an article on Lenin": what follows a lower-case
            // head's preposition is not who speaks)
            .take_while({
                let mut prev_lower = false;
                move |t: &&&str| {
                    let t: &str = t;
                    let cut = prev_lower
                        && matches!(t, "on" | "about" | "in" | "from" | "at" | "near" | "of");
                    prev_lower = is_word(t) && !is_cap(t) && !is_role_noun(t);
                    !cut
                }
            })
            .any(|t| is_cap(t) && demonym(t).is_none())
        {
            return Some(Resolved {
                name: None,
                cluster: None,
                how: "unknowable",
                conf: 0.8,
                person: false,
            });
        }
        let content: Vec<&str> = toks
            .iter()
            .copied()
            .skip_while(|t| is_determiner(t))
            .collect();
        let head = content.last().map(|h| h.to_lowercase()).unwrap_or_default();
        if SAYING_HEADS.contains(&head.as_str()) {
            return Some(Resolved {
                name: None,
                cluster: None,
                how: "unknowable",
                conf: 0.8,
                person: false,
            });
        }
        // "the Azerbaijani side"
        if (head == "side" || head == "government" || head == "authorities")
            && let Some(c) = content.iter().find_map(|t| demonym(t))
        {
            return Some(Resolved {
                name: Some(c.to_string()),
                cluster: None,
                how: "side",
                conf: 0.8,
                person: false,
            });
        }
        // "Recent reports have revealed …": a word capitalised only because it opens the
        // sentence, before a lower-case head, and never seen as a name, is no name
        if content.len() >= 2
            && is_cap(content[0])
            && content[1..].iter().all(|t| !is_cap(t))
            && let Some(w0) = ws.iter().find(|w| w.t(text) == content[0])
            && opens_sentence(text, w0.s)
            && !self.seen_as_name(&content[..1], m.0)
        {
            return self.resolve_nominal(&content, m.0, q);
        }
        // a time phrase the subject search took along ("Volvo on Tuesday") is no name
        let content: Vec<&str> = match content.iter().enumerate().position(|(k, t)| {
            k > 0
                && (matches!(*t, "yesterday" | "today" | "earlier" | "later")
                    || (matches!(*t, "on" | "in" | "last" | "this" | "early" | "late")
                        && content.get(k + 1).is_some_and(|n| is_time_word(n))))
        }) {
            Some(k) => content[..k].to_vec(),
            None => content,
        };
        // name words: capitalised, not a title, not a demonym
        // (an institution keeps its nationality: "the Saudi Interior Ministry")
        let institution = content.last().is_some_and(|h| {
            matches!(
                *h,
                "Ministry" | "Department" | "Agency" | "Authority" | "Office" | "Commission"
            )
        });
        let mut name_toks: Vec<&str> = content
            .iter()
            .copied()
            .skip_while(|t| {
                !is_cap(t)
                    || sets.is_title(t)
                    || (demonym(t).is_some() && !institution)
                    || matches!(*t, "to" | "of")
            })
            .collect();
        // "Internet security firm Secunia.com": a common noun before the name describes it
        if let Some(k) = name_toks.iter().rposition(|t| {
            !is_cap(t)
                && !matches!(
                    *t,
                    "to" | "of"
                        | "and"
                        | "for"
                        | "de"
                        | "der"
                        | "den"
                        | "van"
                        | "von"
                        | "al"
                        | "da"
                        | "di"
                        | "del"
                        | "la"
                        | "le"
                        | "du"
                        | "dos"
                        | "bin"
                        | "ibn"
                        | "ter"
                )
        }) && name_toks[k + 1..].iter().any(|t| is_cap(t))
            && toks.len() <= 5
        {
            name_toks.drain(..=k);
        }
        let has_name = name_toks.iter().any(|t| is_cap(t));
        // "the GOP nominee", "a White House aide": a person named by role, the capitalised
        // words only modify it
        let role_head = content
            .last()
            .is_some_and(|h| !is_cap(h) && is_role_noun(h))
            && is_determiner(first);
        if role_head && has_name {
            // "a Labour Party spokesman": the organisation speaks; a person's spokesman
            // ("a Pence spokesman") is someone else, unnamed
            let head = content.last().copied().unwrap_or("");
            let caps: Vec<&str> = name_toks.iter().copied().filter(|t| is_cap(t)).collect();
            if matches!(
                head,
                "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "official"
                    | "officials"
                    | "aide"
                    | "aides"
                    | "adviser"
                    | "advisor"
            ) && caps.len() == name_toks.len() - 1
            {
                // a surname alone, of a two- or three-word name seen earlier, is a person's
                let person = self.names.lookup(&caps, m.0).is_some_and(|i| {
                    let e = &self.names.entries[i];
                    e.person
                        || (caps.len() == 1
                            && e.canonical.split(' ').count() >= 2
                            && e.canonical.ends_with(caps[0])
                            && crate::names::name_shaped(&e.canonical))
                });
                return (!person).then(|| Resolved {
                    name: Some(caps.join(" ")),
                    cluster: None,
                    how: "organisation",
                    conf: 0.75,
                    person: false,
                });
            }
            return self.resolve_nominal(&content, m.0, q);
        }
        if !has_name || name_toks.is_empty() {
            return self.resolve_nominal(&content, m.0, q);
        }
        // a document or organisation written out ("The Joint Declaration on …")
        if toks.len() > 5 && content.iter().any(|t| !is_cap(t)) {
            let s = ws.iter().find(|w| !is_determiner(w.t(text)))?.s;
            let mut name = text[s..m.1].to_string();
            if let Some(k) = name.find(" between ") {
                name.truncate(k);
            }
            return Some(Resolved {
                name: Some(name),
                cluster: None,
                how: "name",
                conf: 0.8,
                person: false,
            });
        }
        // strip titles inside ("Ambassador to Azerbaijan Lu Mei")
        let last_title = name_toks.iter().rposition(|t| sets.is_title(t));
        let core: Vec<&str> = match last_title {
            Some(lt) => {
                let rest = &name_toks[lt + 1..];
                if rest.first().is_some_and(|w| matches!(*w, "to" | "of")) {
                    rest[rest.len().saturating_sub(2)..].to_vec()
                } else {
                    rest.to_vec()
                }
            }
            None => name_toks.clone(),
        };
        if core.is_empty() {
            return self.resolve_nominal(&content, m.0, q);
        }
        self.resolve_name(&core, m.0)
    }

    /// The person the text tags with a party and state `st` ("Sen. Vince Albrecht,
    /// R-Ind.", "Rep. Ana Ruiz (D-NY)"): the last one before `pos`, else the first after.
    fn tagged_from_state(&self, st: usize, pos: usize) -> Option<Resolved> {
        let text = self.text;
        let tags = self.party_tags.get_or_init(|| party_tags(text));
        let k = tags.partition_point(|t| t.0 < pos);
        // (a bounded walk: many tags and many such mentions stay linear)
        let mut order = tags[..k]
            .iter()
            .rev()
            .take(64)
            .chain(tags[k..].iter().take(64));
        let at = order.find(|t| t.1 == st)?.0;
        // the capitalised words right before the tag, past its comma or parenthesis
        let ws = words(text, floor_boundary(text, at.saturating_sub(80)), at);
        let mut end = ws.len();
        while end > 0 && matches!(ws[end - 1].t(text), "," | "(") {
            end -= 1;
        }
        let sets = Sets::get();
        let start = ws[..end]
            .iter()
            .rposition(|w| !(is_cap(w.t(text)) && is_word(w.t(text))))
            .map_or(0, |k| k + 1);
        let toks: Vec<&str> = ws[start..end]
            .iter()
            .map(|w| w.t(text))
            .skip_while(|t| sets.is_title(t) || sets.is_title(t.trim_end_matches('.')))
            .collect();
        if toks.is_empty() || toks.len() > 4 {
            return None;
        }
        let r = self.resolve_name(&toks, at)?;
        Some(Resolved {
            how: "party-state",
            conf: 0.75,
            person: true,
            ..r
        })
    }

    /// The name entry of an earlier speaker `k`, when `k` spoke at most two paragraphs
    /// before paragraph `here` and is known (by a title or a given name, not by pronoun
    /// votes) to be of gender `g`.
    fn known_gender_entry(&self, k: &Done, g: Gender, here: usize, pos: usize) -> Option<usize> {
        if here.saturating_sub(k.para) > 2 {
            return None;
        }
        let i = self.names.lookup_name(k.name.as_deref()?, pos)?;
        let e = &self.names.entries[i];
        (e.gender == Some(g) && !e.voted).then_some(i)
    }

    /// Whether one of the last two person speakers before `pos`, other than entry `not`,
    /// is known (by a title or a given name, not by pronoun votes) to be of gender `g`.
    fn known_recent_speaker(&self, g: Gender, not: usize, pos: usize) -> bool {
        let here = self.layout.para_span(pos).map(|p| p.0).unwrap_or(0);
        self.history
            .iter()
            .rev()
            .take(6)
            .filter(|k| k.person && k.name.is_some() && k.end <= pos)
            .take(2)
            .any(|k| {
                self.known_gender_entry(k, g, here, pos)
                    .is_some_and(|i| i != not && self.names.canonical_index(i) != not)
            })
    }

    /// A one-word cluster name ("Costa") written at one of its first mentions with a
    /// capitalised word before it that the text's own scan read as one name with it
    /// ("Ana Costa's government", the first name missed at the opening of a sentence).
    fn first_name_before(&self, positions: &[usize], name: &str) -> Option<String> {
        if name.contains(' ') || !is_cap(name) {
            return None;
        }
        let text = self.text;
        positions.iter().take(3).find_map(|&p| {
            if !text[p..].starts_with(name) {
                return None;
            }
            let ws = self.words(floor_boundary(text, p.saturating_sub(24)), p);
            let w = ws.last()?.t(text);
            let sets = Sets::get();
            if !is_cap(w)
                || !is_word(w)
                || is_determiner(w)
                || sets.is_title(w)
                || demonym(w).is_some()
                || crate::names::LEAD_STOP.contains(&w.to_lowercase().as_str())
            {
                return None;
            }
            let i = self.names.lookup(&[w, name], p)?;
            let e = &self.names.entries[i];
            (e.canonical == [w, " ", name].concat() && crate::names::name_shaped(&e.canonical))
                .then(|| e.canonical.clone())
        })
    }

    /// "Acme Corp. issued a statement on Monday. … “…,” the statement said.": the
    /// subject of the last sentence before `pos` (in this or the previous paragraph, at
    /// most 600 bytes back) that has the word `noun`, when that subject is a name.
    fn document_issuer(&self, noun: &str, pos: usize, q: &Quote) -> Option<Resolved> {
        if !matches!(
            noun,
            "statement"
                | "letter"
                | "release"
                | "memo"
                | "post"
                | "tweet"
                | "announcement"
                | "message"
                | "communique"
        ) {
            return None;
        }
        let text = self.text;
        let here = self.layout.para_span(pos)?;
        let para_lo = if here.0 > 0 {
            self.layout.paras[here.0 - 1].0
        } else {
            here.1
        };
        let lo = floor_boundary(text, pos.saturating_sub(600)).max(para_lo);
        // the noun's last mention before the quote and its frame
        let before = q.span.start().min(pos).max(lo);
        let hay = &text[lo..before];
        let find = |noun: &str| {
            hay.rmatch_indices(noun)
                .take(8)
                .find(|&(i, _)| {
                    let b = hay.as_bytes();
                    let j = i + noun.len();
                    (i == 0 || !b[i - 1].is_ascii_alphabetic())
                        && (j >= b.len() || !b[j].is_ascii_alphabetic())
                })
                .map(|(i, _)| lo + i)
        };
        // "the message said" of what the text called a statement or a communique
        let at = find(noun).or_else(|| {
            if noun != "message" {
                return None;
            }
            ["statement", "communique", "letter", "announcement"]
                .iter()
                .filter_map(|n| find(n))
                .max()
        })?;
        let (ss, se) = self.layout.sentence_at(text, at);
        let ws = self.words(ss, se.min(floor_boundary(text, ss + 400).max(ss)));
        let m = sentence_subject(text, &ws, 0, ws.len())?;
        let m = appositive_name(text, &ws, m);
        let mt = &text[ws[m.0].s..ws[m.1 - 1].e];
        if mt.contains(noun)
            || !ws[m.0..m.1]
                .iter()
                .any(|w| is_cap(w.t(text)) && !is_determiner(w.t(text)))
        {
            return None;
        }
        let mut r = self.resolve((ws[m.0].s, ws[m.1 - 1].e), q)?;
        r.name.as_ref()?;
        r.how = "document-issuer";
        r.conf *= 0.8;
        Some(r)
    }

    fn resolve_name(&self, toks: &[&str], pos: usize) -> Option<Resolved> {
        // a period that belongs to the word stays: "Trump Jr.", "John F. Kennedy", "U.S."
        let keeps_period = |t: &str| {
            let w = t.trim_end_matches('.');
            matches!(w, "Jr" | "Sr")
                || (w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
                || w.contains('.')
        };
        let toks: Vec<&str> = toks
            .iter()
            .map(|t| {
                let t = t.trim_end_matches(',');
                if t.ends_with('.') && keeps_period(t) {
                    t
                } else {
                    t.trim_end_matches('.')
                }
            })
            .filter(|t| !t.is_empty())
            .collect();
        // "Vance Jr." after "Curtis Vance Jr.": looked up without the suffix, given it back
        let suffix = match toks.last() {
            Some(&s @ ("Jr." | "Sr.")) if toks.len() >= 2 => Some(s),
            _ => None,
        };
        let found = self
            .names
            .lookup(&toks, pos)
            .or_else(|| suffix.and_then(|_| self.names.lookup(&toks[..toks.len() - 1], pos)));
        match found {
            Some(i) => {
                let e = &self.names.entries[i];
                let mut name = e.canonical.clone();
                if let Some(s) = suffix
                    && !name.ends_with(s)
                {
                    name.push(' ');
                    name.push_str(s);
                }
                Some(Resolved {
                    name: Some(name),
                    cluster: e.cluster,
                    how: "name",
                    conf: 0.95,
                    person: e.person || toks.len() <= 3,
                })
            }
            None => Some(Resolved {
                name: Some(toks.join(" ")),
                cluster: None,
                how: "name",
                conf: 0.85,
                person: toks.len() <= 3,
            }),
        }
    }

    /// "Shiite cleric Ali al-Hakim", "al-Hakim": a name after a role noun that the general
    /// rule does not know, or a name holding a lower-case particle, which the name scan
    /// does not see; a particle name standing alone takes the fuller form written shortly
    /// before ("Ali al-Hakim ... al-Hakim said").
    fn particle_or_role_name(
        &self,
        ws: &[W],
        m: (usize, usize),
        q: &Quote,
    ) -> Option<Option<Resolved>> {
        let text = self.text;
        let n = ws.len();
        let namey = |w: &W| is_cap(w.t(text)) || particle_word(w.t(text), false);
        let role = (1..n.saturating_sub(1)).rev().find(|&k| {
            let t = ws[k].t(text);
            !is_cap(t)
                && is_role_word(t)
                && ws[k + 1..].iter().all(namey)
                && is_cap(ws[k + 1].t(text))
        });
        let from = match role {
            Some(r) if ws[..r].iter().any(|w| is_cap(w.t(text))) => r + 1,
            _ => 0,
        };
        let name = &ws[from..];
        let particle = name.iter().any(|w| particle_word(w.t(text), true));
        if !particle
            || name.is_empty()
            || !name
                .iter()
                .all(|w| namey(w) || particle_word(w.t(text), true))
        {
            return match role {
                Some(_) if from > 0 && !Sets::get().is_title(ws[from - 1].t(text)) => {
                    Some(self.resolve((ws[from].s, m.1), q))
                }
                _ => None,
            };
        }
        let mut full = text[name[0].s..m.1].to_string();
        if name.len() == 1 {
            // the fuller form: capitalised words right before the same particle name
            // (the mention's own place first: "General Ali al-Hakim" written there)
            let lo = floor_boundary(text, m.0.saturating_sub(3000));
            let hay = &text[lo..m.1];
            let mut at = hay.len();
            while let Some(k) = hay[..at].rfind(full.as_str()) {
                at = k;
                let before = words(
                    text,
                    floor_boundary(text, (lo + k).saturating_sub(40)),
                    lo + k,
                );
                let caps = before
                    .iter()
                    .rev()
                    .take_while(|w| {
                        is_cap(w.t(text))
                            && is_word(w.t(text))
                            && !is_determiner(w.t(text))
                            && !Sets::get().is_title(w.t(text))
                    })
                    .take(2)
                    .count();
                if caps > 0 {
                    let s0 = before[before.len() - caps].s;
                    full = text[s0..lo + k]
                        .split_whitespace()
                        .chain([full.as_str()])
                        .collect::<Vec<_>>()
                        .join(" ");
                    break;
                }
            }
        }
        Some(Some(Resolved {
            name: Some(full),
            cluster: None,
            how: "name",
            conf: 0.85,
            person: true,
        }))
    }

    /// The fuller form of a one-word name written in the 3,000 bytes before the mention:
    /// one or two capitalised words (no title, determiner or sentence opener) right before
    /// the same word, or before it with an "Al-"/"al-" particle ("Ahmed Al-Chalabi" for
    /// "Chalabi"). At most eight earlier places are looked at.
    fn fuller_written(&self, m: (usize, usize), name: &str) -> Option<String> {
        let text = self.text;
        // ("Lorne report" as read without entities: the name and its noun)
        let name = match name.split_once(' ') {
            Some((a, b)) if !b.contains(' ') && !is_cap(b) => a,
            Some(_) => return None,
            None => name,
        };
        if name.len() < 3 || !is_cap(name) || !is_word(name) {
            return None;
        }
        let lo = floor_boundary(text, m.0.saturating_sub(3000));
        let hay = &text[lo..m.0];
        let bare = name
            .strip_prefix("Al-")
            .or_else(|| name.strip_prefix("al-"))
            .unwrap_or(name);
        // the mention uses the name as a modifier of a lower-case noun ("the Pew report")
        let mention_ws = self.words(m.0, m.1);
        let modifier = mention_ws
            .iter()
            .position(|w| w.t(text) == name)
            .and_then(|p| mention_ws.get(p + 1))
            .is_some_and(|w| is_word(w.t(text)) && !is_cap(w.t(text)));
        let mut at = hay.len();
        let mut best = None;
        for _ in 0..8 {
            let Some(k) = hay[..at].rfind(bare) else {
                break;
            };
            at = k;
            let after = hay[k + bare.len()..].chars().next();
            if after.is_some_and(char::is_alphanumeric) {
                continue;
            }
            // the word as written there, with its particle
            let mut s0 = k;
            let pre = &hay[..k];
            if let Some(p) = ["Al-", "al-", "El-", "el-"]
                .iter()
                .find(|p| pre.ends_with(**p))
            {
                s0 = k - p.len();
            } else if pre.chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let before = words(
                text,
                floor_boundary(text, (lo + s0).saturating_sub(40)),
                lo + s0,
            );
            let caps = before
                .iter()
                .rev()
                .take_while(|w| {
                    let t = w.t(text);
                    is_cap(t)
                        && is_word(t)
                        && crate::lexicon::word_class(t)
                            & (crate::lexicon::C_TITLE
                                | crate::lexicon::C_LEAD_STOP
                                | crate::lexicon::C_DETERMINER
                                | crate::lexicon::C_DEMONYM)
                            == 0
                })
                .take(2)
                .count();
            // "the Pew report" for "the Pew Center on Global Climate": a short name used
            // as a modifier stands for the organisation written in full with it
            if caps == 0 && modifier {
                let fw = self.words(lo + k, floor_boundary(text, lo + k + 80));
                let mut e = 1;
                while e < fw.len() && e < 8 {
                    let t = fw[e].t(text);
                    if is_cap(t) && is_word(t) {
                        e += 1;
                    } else if matches!(t, "of" | "on" | "for")
                        && fw.get(e + 1).is_some_and(|w| is_cap(w.t(text)))
                    {
                        e += 2;
                    } else {
                        break;
                    }
                }
                if e > 1 {
                    best = Some(
                        text[fw[0].s..fw[e - 1].e]
                            .split_whitespace()
                            .collect::<Vec<_>>()
                            .join(" "),
                    );
                }
                continue;
            }
            if caps == 0 {
                continue;
            }
            // the earliest such place wins: a name is introduced in full first
            let s1 = before[before.len() - caps].s;
            let full: Vec<&str> = text[s1..lo + k + bare.len()].split_whitespace().collect();
            best = Some(full.join(" "));
        }
        best
    }

    /// A reader's comment signed right after its closing mark: `“…” --Dana, Leeds`
    /// ([`crate::detect::signature_at`]).
    fn signature(&self, qs: usize, qe: usize) -> Option<Found> {
        let mention = crate::detect::signature_at(self.text, qs, qe)?;
        Some(Found {
            mention,
            cue: None,
            frame: "signature",
            conf: 0.8,
        })
    }

    /// Whether a capitalised word is known as a name: the document has it somewhere
    /// other than at the opening of a sentence.
    fn seen_as_name(&self, toks: &[&str], pos: usize) -> bool {
        self.names.lookup(toks, pos).is_some_and(|i| {
            let e = &self.names.entries[i];
            e.cluster.is_some() || e.positions.len() > e.subject_positions.len()
        })
    }

    /// Whether the word ending at `e` is a noun: an auxiliary follows ("reports have
    /// revealed", "claims were denied").
    fn plural_noun_at(&self, e: usize) -> bool {
        let text = self.text;
        self.words(e, floor_boundary(text, e + 16))
            .first()
            .is_some_and(|w| {
                matches!(
                    w.t(text),
                    "have" | "has" | "had" | "are" | "were" | "is" | "was"
                )
            })
    }

    /// "it added": the organisation quoted last, in this or the previous paragraph (an
    /// agency, a ministry, a company keeps being "it" in news copy).
    fn resolve_it(&self, pos: usize) -> Option<Resolved> {
        let here = self.layout.para_span(pos).map(|p| p.0).unwrap_or(0);
        let d = self
            .history
            .iter()
            .rev()
            .take(64)
            .find(|d| d.name.is_some() && d.end <= pos)?;
        if d.person || here.saturating_sub(d.para) > 1 {
            return None;
        }
        Some(Resolved {
            name: d.name.clone(),
            cluster: d.cluster,
            how: "pronoun-organisation",
            conf: 0.75,
            person: false,
        })
    }

    /// The expansion of an acronym the text introduced as "Korean Central News Agency
    /// (KCNA)": the capitalised words before the parenthesis whose initials spell it.
    fn expand_acronym(&self, t: &str) -> Option<&str> {
        if !(2..=8).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let list = self.acronyms.get_or_init(|| acronyms(self.text));
        list.iter().find(|(a, _)| a == t).map(|(_, f)| f.as_str())
    }

    /// The person a subject pronoun at `pos` stands for by its place in the text: in a
    /// clause opened by a subordinator or relative ("…, in which he stated that"), the
    /// person named last before it in the same sentence; else the person who is the
    /// subject of the sentence before, when that sentence quotes nobody ("Rathbun asked
    /// for donations. He described Montalvo as “…”"). Entries, not mapped to the fullest.
    fn salient_person(&self, g: Gender, pos: usize, q: &Quote) -> Option<usize> {
        let text = self.text;
        let before = if pos >= q.span.end() {
            q.span.start()
        } else {
            pos
        };
        let (ss, _) = self.layout.sentence_at(text, before);
        let fits = |i: usize| {
            let e = &self.names.entries[i];
            // (a gender only pronouns voted for is weak evidence here)
            let gender = e
                .gender
                .filter(|_| !e.voted)
                .or_else(|| crate::lexicon::given_name_gender(&e.canonical));
            (e.person || crate::names::name_shaped(&e.canonical))
                && !matches!(gender, Some(x) if x != g)
        };
        let ms = &self.names.mentions;
        let prev_word = self
            .words(floor_boundary(text, pos.saturating_sub(24)), pos)
            .last()
            .map(|w| w.t(text).to_ascii_lowercase());
        if before == pos
            && prev_word.as_deref().is_some_and(|w| {
                matches!(
                    w,
                    "which"
                        | "whom"
                        | "where"
                        | "when"
                        | "whereby"
                        | "because"
                        | "that"
                        | "as"
                        | "while"
                        | "after"
                        | "before"
                        | "since"
                        | "until"
                        | "if"
                        | "although"
                        | "though"
                )
            })
        {
            let k = ms.partition_point(|m| m.0 < before);
            return ms[..k]
                .iter()
                .rev()
                .take(8)
                .take_while(|m| m.0 >= ss)
                .find(|m| fits(m.1))
                .map(|m| m.1);
        }
        // the pronoun opens its clause: the subject of the sentence before
        let opener = text[ss..before].trim();
        if !(opener.is_empty()
            || (pos >= q.span.end()
                && text[q.span.end()..pos]
                    .trim()
                    .trim_start_matches(',')
                    .trim()
                    .is_empty()
                && text[ss..q.span.start()].trim().is_empty())
            || prev_word
                .as_deref()
                .is_some_and(|w| matches!(w, "and" | "but" | "so")))
            || ss == 0
        {
            return None;
        }
        // (in the same paragraph: a paragraph opened by a pronoun goes on with the
        // story's speaker, not with the last sentence's subject)
        let para_s = self.layout.para_span(ss).map_or(0, |p| p.1);
        if ss <= para_s {
            return self.topic_before(g, ss, &fits);
        }
        let (ps, _) = self.layout.sentence_at(text, ss - 1);
        let ps = ps
            .max(para_s)
            .max(floor_boundary(text, ss.saturating_sub(400)));
        if ps >= ss {
            return None;
        }
        let prev = &text[ps..ss];
        if prev.contains(['"', '“', '”', '«', '»']) || prev.contains("''") {
            // a sentence that quotes: the person who spoke last in it
            let d = self
                .history
                .iter()
                .rev()
                .take(8)
                .find(|d| d.end <= ss && d.kind != QuoteKind::Scare)
                .filter(|d| d.start >= ps && d.person)?;
            let by_pronoun = d
                .mention
                .is_some_and(|m| pronoun_gender(&text[m.0..m.1]) == Some(g));
            return self
                .names
                .lookup_name(d.name.as_deref()?, d.start)
                .filter(|&i| by_pronoun || self.names.entries[i].gender == Some(g));
        }
        let ws = self.words(ps, ss);
        let m = sentence_subject(text, &ws, 0, ws.len())?;
        // (a plural subject, "Ana Ruiz and Tom Eck", is nobody's antecedent)
        if ws[m.1..].first().is_some_and(|w| w.t(text) == "and")
            || ws[m.0..m.1].iter().any(|w| w.t(text) == "and")
        {
            return None;
        }
        // (a possessor is not the subject: "His rival", "Trump's rival")
        let possessor = |at: usize| {
            let k = ws.partition_point(|w| w.s < at);
            let is_poss = |w: &W| {
                let t = w.t(text);
                matches!(
                    t,
                    "His" | "Her" | "Their" | "Its" | "his" | "her" | "their" | "its"
                ) || t.ends_with("'s")
                    || t.ends_with("’s")
                    || t == "'s"
                    || t == "’s"
                    || t == "'"
                    || t == "’"
            };
            ws[k..]
                .iter()
                .take(5)
                .take_while(|w| w.s == at || is_cap(w.t(text)) || is_poss(w))
                .any(is_poss)
        };
        let named_in = |a: usize, b: usize| {
            let k = ms.partition_point(|x| x.0 < a);
            ms[k..]
                .iter()
                .take(4)
                .take_while(|x| x.0 < b)
                .find(|x| fits(x.1) && !possessor(x.0))
                .map(|x| x.1)
        };
        named_in(ws[m.0].s, ws[m.1 - 1].e).or_else(|| {
            // "His rival, Rep. Derek Lyle of Ohio, was dismissive": the name in an
            // apposition to the subject
            if ws.get(m.1)?.t(text) != "," {
                return None;
            }
            let close = (m.1 + 2..ws.len().min(m.1 + 12)).find(|&k| ws[k].t(text) == ",")?;
            named_in(ws[m.1 + 1].s, ws[close - 1].e)
        })
    }

    /// The person the paragraph before the one `at` opens is about, when it quotes
    /// nobody: the named subject of its last sentence, or of the sentence before when
    /// that one's subject is a pronoun of gender `g` ("Dale Petersen, a retired
    /// electrician, said he had never been to a rally. ¶ “…,” he said"). A possessed
    /// subject ("His wife was less sure.") names nobody here.
    fn topic_before(&self, g: Gender, at: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
        let text = self.text;
        let (pps, ppe) = self.quiet_paragraph_before(at)?;
        let ms = &self.names.mentions;
        let mut end = ppe;
        for _ in 0..3 {
            if end <= pps {
                return None;
            }
            let ss = self.layout.sentence_at(text, end - 1).0.max(pps);
            let ws = self.words(ss, end);
            let m = sentence_subject(text, &ws, 0, ws.len())?;
            let subj = &ws[m.0..m.1];
            if subj.len() == 1 && pronoun_gender(subj[0].t(text)) == Some(g) {
                end = ss;
                continue;
            }
            // (nor a plural one: "Presidents Xi Jinping and Aliyev announced")
            if subj.first().is_some_and(|w| is_determiner(w.t(text)))
                || subj.iter().any(|w| w.t(text) == "and")
                || ws.get(m.1).is_some_and(|w| w.t(text) == "and")
            {
                return None;
            }
            let (a, b) = (subj[0].s, subj[subj.len() - 1].e);
            let k = ms.partition_point(|x| x.0 < a);
            return ms[k..]
                .iter()
                .take(4)
                .take_while(|x| x.0 < b)
                .find(|x| fits(x.1))
                .map(|x| x.1);
        }
        None
    }

    fn resolve_pronoun(&self, g: Gender, pos: usize, q: &Quote) -> Option<Resolved> {
        if let Some(i) = self.salient_person(g, pos, q) {
            let e = &self.names.entries[self.names.fullest(i, pos)];
            return Some(Resolved::person(e, "pronoun-salient", 0.8));
        }
        // "“…,” he said": the antecedent comes before the quote, never from inside it
        let before = if pos >= q.span.end() {
            q.span.start()
        } else {
            pos
        };
        // the last speaker, if a person of a compatible gender, within a few paragraphs
        let here = self.layout.para_span(pos).map(|p| p.0).unwrap_or(0);
        if let Some(d) = self
            .history
            .iter()
            .rev()
            .take(64)
            .find(|d| d.name.is_some() && d.person)
        {
            let name = d.name.as_deref().unwrap_or("");
            let entry = self.names.lookup_name(name, pos);
            let gender = entry.and_then(|i| self.names.entries[i].gender);
            let voted = entry.is_some_and(|i| self.names.entries[i].voted);
            // a person of the other gender named as a subject since that quote wins
            let other = self
                .names
                .recent_person(pos, Some(g), true)
                .map(|i| self.names.fullest(i, pos));
            // (or of unknown gender, opening a sentence of this very paragraph)
            let para_start = self.layout.para_span(pos).map(|p| p.1).unwrap_or(0);
            let other_after = other.is_some_and(|i| {
                let e = &self.names.entries[i];
                let k = e.subject_positions.partition_point(|&p| p < pos);
                let last = if k > 0 {
                    Some(e.subject_positions[k - 1])
                } else {
                    None
                };
                e.canonical != name
                    && last.is_some_and(|p| p > d.end && (e.gender == Some(g) || p >= para_start))
            });
            // the last speaker's gender unknown, a speaker just before known to be of
            // the pronoun's: "“…,” said opposition leader Karim Aziz. … “…,” said
            // commission chairwoman Leila Haddad. ¶ “…,” Aziz said. ¶ “…,” she said."
            if (gender.is_none() || voted)
                && let Some(k) = self
                    .history
                    .iter()
                    .rev()
                    .take(6)
                    .filter(|k| k.person && k.name.is_some() && k.name != d.name)
                    .take(2)
                    .find(|k| self.known_gender_entry(k, g, here, pos).is_some())
            {
                return Some(Resolved {
                    name: k.name.clone(),
                    cluster: k.cluster,
                    how: "pronoun",
                    conf: 0.75,
                    person: true,
                });
            }
            if gender.is_none_or(|x| x == g) && here.saturating_sub(d.para) <= 4 && !other_after {
                return Some(Resolved {
                    name: d.name.clone(),
                    cluster: d.cluster,
                    how: "pronoun",
                    conf: 0.85,
                    person: true,
                });
            }
        }
        let i = self
            .names
            .recent_person(before, Some(g), true)
            .or_else(|| self.names.recent_person(before, Some(g), false))
            .or_else(|| self.names.recent_name_shaped(before))
            .or_else(|| self.speaking_name_in_sentence(before))
            .map(|i| self.names.fullest(i, pos))?;
        let e = &self.names.entries[i];
        Some(Resolved::person(e, "pronoun", 0.7))
    }

    /// A name right before a speech verb earlier in the sentence holding `pos` ("The
    /// world, Varga argued, had reached what she called …"): whoever speaks is a person,
    /// whatever the name looks like.
    fn speaking_name_in_sentence(&self, pos: usize) -> Option<usize> {
        let text = self.text;
        let (ss, _) = self.layout.sentence_at(text, pos);
        let ms = &self.names.mentions;
        let k = ms.partition_point(|m| m.0 < pos);
        ms[..k]
            .iter()
            .rev()
            .take(8)
            .take_while(|m| m.0 >= ss)
            .find(|m| {
                // the name's capitalised words, then the verb
                let hi = floor_boundary(text, (m.0 + 80).min(pos)).max(m.0);
                let ws = self.words(m.0, hi);
                let v = ws
                    .iter()
                    .position(|w| !(is_cap(w.t(text)) && is_word(w.t(text))));
                v.is_some_and(|v| {
                    v > 0
                        && self
                            .verbs
                            .at(text, &ws, v)
                            .is_some_and(|x| x.form != Form::Ing)
                })
            })
            .map(|m| m.1)
    }

    fn resolve_nominal(&self, content: &[&str], pos: usize, q: &Quote) -> Option<Resolved> {
        let lower: Vec<String> = content.iter().map(|t| t.to_lowercase()).collect();
        let phrase = lower.join(" ");
        let head = if phrase.contains("head of state") {
            "state".to_string()
        } else if let Some(k) = lower.iter().position(|t| t == "of") {
            lower[k.saturating_sub(1)].clone()
        } else {
            lower.last().cloned().unwrap_or_default()
        };
        let mut titles: Vec<&str> = vec![head.as_str()];
        for (h, cls) in ROLE_CLASSES {
            if *h == head {
                titles.extend(cls.iter());
            }
        }
        let sets = Sets::get();
        let is_role = sets.is_title(&head) || ROLE_CLASSES.iter().any(|(h, _)| *h == head);
        // the last speaker when they hold the role
        if let Some(d) = self
            .history
            .iter()
            .rev()
            .take(64)
            .find(|d| d.name.is_some() && d.person)
            && let Some(i) = self.names.lookup_name(d.name.as_deref().unwrap_or(""), pos)
            && self.names.entries[i]
                .titles
                .iter()
                .any(|t| titles.contains(&t.as_str()))
        {
            return Some(Resolved {
                name: d.name.clone(),
                cluster: d.cluster,
                how: "nominal",
                conf: 0.9,
                person: true,
            });
        }
        if let Some(i) = self
            .names
            .with_title(&titles, pos)
            .map(|i| self.names.fullest(i, pos))
        {
            let e = &self.names.entries[i];
            return Some(Resolved::person(e, "nominal", 0.8));
        }
        // "Thomas Halvorsen stood on a truck … ¶ “…,” the Republican nominee said": a
        // definite role opening its paragraph, the one person the paragraph before names
        if (is_role || is_role_noun(&head))
            && (self.text[pos..].starts_with("the ") || self.text[pos..].starts_with("The "))
            && let Some(i) = self.sole_person_before(pos.min(q.span.start()))
        {
            let e = &self.names.entries[self.names.fullest(i, pos)];
            return Some(Resolved::person(e, "nominal-sole-person", 0.6));
        }
        if is_role
            && let Some(d) = self
                .history
                .iter()
                .rev()
                .take(64)
                .find(|d| d.name.is_some() && d.person)
        {
            return Some(Resolved {
                name: d.name.clone(),
                cluster: d.cluster,
                how: "nominal-previous-speaker",
                conf: 0.6,
                person: true,
            });
        }
        // "the ministry", "the company": the most recent name with that head word
        if !is_role && head.len() > 2 {
            let cap: String = head
                .chars()
                .enumerate()
                .map(|(k, c)| if k == 0 { c.to_ascii_uppercase() } else { c })
                .collect();
            if let Some(i) = self.names.recent_containing(&cap, pos) {
                let e = &self.names.entries[i];
                return Some(Resolved {
                    name: Some(e.canonical.clone()),
                    cluster: e.cluster,
                    how: "nominal-organisation",
                    conf: 0.6,
                    person: false,
                });
            }
        }
        // a role in the headline ("Minister: “…”"): the one the article names with it
        // below, if only one
        if (is_role || is_role_noun(&head))
            && self.in_headline(pos)
            && let Some(end) = self
                .layout
                .paras
                .first()
                .map(|p| p.1 + HEADLINE_ROLE_WINDOW)
            && let Some((n, c)) = self.named_by_role(&head, floor_boundary(self.text, end))
        {
            return Some(Resolved {
                name: Some(n),
                cluster: c,
                how: "nominal-named-below",
                conf: 0.6,
                person: true,
            });
        }
        // "Rubio went further. “…,” the Florida senator said": a definite role read like a
        // pronoun, for the person its place points to (one, whichever the gender)
        if (is_role || is_role_noun(&head))
            && (self.text[pos..].starts_with("the ") || self.text[pos..].starts_with("The "))
            && let [m, f] = [Gender::M, Gender::F].map(|g| self.salient_person(g, pos, q))
            && let Some(i) = m.or(f)
            && [m, f]
                .into_iter()
                .flatten()
                .all(|j| self.names.canonical_index(j) == self.names.canonical_index(i))
        {
            let e = &self.names.entries[self.names.fullest(i, pos)];
            return Some(Resolved::person(e, "nominal-salient", 0.6));
        }
        // unresolved: a common noun phrase ("the poster", "its own statistics", "the
        // coach") names nobody a reader could look up; the mention stays, the speaker is
        // unknown rather than the phrase itself
        Some(Resolved {
            name: None,
            cluster: None,
            how: "nominal-unresolved",
            conf: 0.4,
            person: is_role,
        })
    }

    /// The paragraph before the one holding `at` (its last 2 KB), when it quotes nobody:
    /// where "he said" or "the nominee said" opening the next paragraph looks back.
    fn quiet_paragraph_before(&self, at: usize) -> Option<(usize, usize)> {
        let (pi, _, _) = self.layout.para_span(at)?;
        let (pps, ppe) = *self.layout.paras.get(pi.checked_sub(1)?)?;
        let pps = pps.max(floor_boundary(self.text, ppe.saturating_sub(2000)));
        (!self.text[pps..ppe].contains(['"', '“', '”'])).then_some((pps, ppe))
    }

    /// The one person named in the paragraph before the one `at` opens (the sentence at
    /// `at` being its first), when that paragraph quotes nobody and names no other
    /// person: who "the nominee" of a new paragraph is.
    fn sole_person_before(&self, at: usize) -> Option<usize> {
        let (_, ps, _) = self.layout.para_span(at)?;
        if self.layout.sentence_at(self.text, at).0 > ps {
            return None;
        }
        let (pps, ppe) = self.quiet_paragraph_before(at)?;
        let ms = &self.names.mentions;
        let k = ms.partition_point(|m| m.0 < pps);
        let mut found: Option<usize> = None;
        for m in ms[k..].iter().take(32).take_while(|m| m.0 < ppe) {
            // (a weekday the tagger took for a person: "… Saturday.")
            // (without the entity tagger: a name that opens with a given name)
            let e = &self.names.entries[m.1];
            let person = e.person
                || (crate::names::name_shaped(&e.canonical)
                    && crate::lexicon::given_name_gender(&e.canonical).is_some());
            if !person || is_time_word(&e.canonical) {
                continue;
            }
            match found {
                None => found = Some(m.1),
                Some(f) if self.names.canonical_index(f) == self.names.canonical_index(m.1) => {}
                Some(_) => return None,
            }
        }
        found
    }

    /// The campaign a mention ending in "campaign" names, as "SURNAME campaign": the
    /// candidate written before the noun ("The Kessler campaign", "Hadley’s campaign"),
    /// the person a possessive pronoun points to ("His campaign"), or, for "the
    /// campaign", the last campaign the text named in the 3 KB before.
    fn campaign(&self, m: (usize, usize), q: &Quote) -> Option<Resolved> {
        let text = self.text;
        // (most mentions have no "campaign" near: one substring search says so)
        let near = floor_boundary(text, (m.1 + 16).min(text.len()));
        if !text[m.0..near.max(m.0)].contains("campaign") {
            return None;
        }
        // the noun ends the mention, or follows it as a possessed noun ("Hadley" of
        // "Hadley’s campaign fired back")
        let ws = self.words(m.0, m.1);
        let noun = if ws.last().is_some_and(|w| w.t(text) == "campaign") {
            ws.last().map(|w| w.s)
        } else {
            let after = self.words(m.1, floor_boundary(text, m.1 + 16));
            let t: Vec<&str> = after.iter().take(4).map(|w| w.t(text)).collect();
            // (not "Hadley’s campaign manager said": a noun after it is the head)
            let head_after = |k: usize| {
                t.get(k).is_some_and(|n| {
                    is_role_noun(n)
                        || matches!(
                            *n,
                            "staff" | "team" | "office" | "officials" | "aides" | "ad" | "ads"
                        )
                })
            };
            match t.as_slice() {
                ["’s" | "'s", "campaign", ..] if !head_after(2) => Some(after[1].s),
                ["’" | "'", "s", "campaign", ..] if !head_after(3) => Some(after[2].s),
                _ => None,
            }
        }?;
        let before = self.words(floor_boundary(text, noun.saturating_sub(60)), noun);
        let owner = self.campaign_owner(&before, q).or_else(|| {
            if !(noun > m.0 && matches!(text[m.0..noun].trim(), "the" | "The")) {
                return None;
            }
            let lo = floor_boundary(text, m.0.saturating_sub(3000));
            memchr::memmem::rfind_iter(&text.as_bytes()[lo..m.0], b"campaign")
                .take(16)
                .find_map(|at| {
                    let at = lo + at;
                    if text[at + 8..].starts_with(|c: char| c.is_alphanumeric()) {
                        return None;
                    }
                    let before = self.words(floor_boundary(text, at.saturating_sub(60)), at);
                    self.campaign_owner(&before, q)
                })
        })?;
        Some(Resolved {
            name: Some(format!("{owner} campaign")),
            cluster: None,
            how: "campaign",
            conf: 0.8,
            person: false,
        })
    }

    /// The surname of the candidate whose campaign the words right before "campaign"
    /// name: a person's name, possessive or not ("the Kessler", "Hadley’s"), or a
    /// possessive pronoun's person ("His"). "the Senate campaign" is nobody's.
    fn campaign_owner(&self, ws: &[W], q: &Quote) -> Option<String> {
        let text = self.text;
        let toks: Vec<&str> = ws.iter().map(|w| w.t(text)).collect();
        let (t, k) = possessor(&toks).or_else(|| Some((*toks.last()?, toks.len() - 1)))?;
        let w = &ws[k];
        if matches!(t, "His" | "his" | "Her" | "her") {
            let r = self.resolve_pronoun(pronoun_gender(t)?, w.s, q)?;
            return r.name.as_deref().and_then(surname).map(str::to_string);
        }
        let i = self.names.lookup(&[t], w.s)?;
        (is_cap(t) && is_word(t) && self.names.entries[i].person).then(|| t.to_string())
    }

    // ------------------------------------------------------------------ document level

    /// The author of an opinion piece: a byline ("by Ms. Lu Mei," / "By John Smith") in
    /// the first paragraphs, or the reader's `author` field.
    fn find_author(&self, doc: &Document) -> Option<(String, Option<u32>)> {
        if let Some(a) = doc.meta.get("author").and_then(|v| v.as_str()) {
            let toks: Vec<&str> = a.split_whitespace().collect();
            let r = self.resolve_name(&toks, 0)?;
            return Some((r.name?, r.cluster));
        }
        let text = self.text;
        for &(ps, pe) in self.layout.paras.iter().take(3) {
            let ws = self.words(ps, pe.min(ps + 600));
            for (k, w) in ws.iter().enumerate() {
                if !matches!(w.t(text), "by" | "By") {
                    continue;
                }
                let prev = if k > 0 {
                    ws[k - 1].t(text).to_lowercase()
                } else {
                    String::new()
                };
                if matches!(w.t(text), "by" | "By")
                    && (k == 0
                        || matches!(
                            prev.as_str(),
                            "," | "”"
                                | "\""
                                | "article"
                                | "opinion"
                                | "op-ed"
                                | "column"
                                | "commentary"
                                | "essay"
                                | "piece"
                                | "written"
                                | "letter"
                                | "analysis"
                                | "editorial"
                        ))
                {
                    let m = np_starting_at(text, &ws, k + 1, ws.len())?;
                    let toks: Vec<&str> = ws[m.0..m.1].iter().map(|w| w.t(text)).collect();
                    let sets = Sets::get();
                    let core: Vec<&str> = toks
                        .iter()
                        .copied()
                        .skip_while(|t| sets.is_title(t))
                        .collect();
                    if core.is_empty() || !core.iter().all(|t| is_cap(t)) {
                        continue;
                    }
                    // first-person narrative makes it an opinion piece (two such words
                    // decide it: the count stops there)
                    let first_person = text
                        .split(|c: char| !c.is_alphanumeric())
                        .take(20_000)
                        .filter(|t| matches!(*t, "I" | "my" | "My" | "our" | "Our"))
                        .take(2)
                        .count();
                    if first_person < 2 {
                        return None;
                    }
                    let r = self.resolve_name(&core, w.s)?;
                    return Some((r.name?, r.cluster));
                }
            }
        }
        None
    }

    /// Interviewer and interviewee from the introduction ("X spoke to APA in an interview",
    /// "in an interview with X", "X told Y", a headline "X: An interview with …", "by a Y
    /// reporter").
    /// True when `pos` lies in a headline: a short first paragraph, with more after it,
    /// that does not end like a sentence of prose.
    fn in_headline(&self, pos: usize) -> bool {
        let paras = &self.layout.paras;
        paras.len() > 1
            && paras[0].0 <= pos
            && pos < paras[0].1
            && paras[0].1 - paras[0].0 <= 200
            && !self.text[paras[0].0..paras[0].1]
                .trim_end()
                .ends_with(['.', ','])
    }

    /// "APA presents an interview with the head of the service, Vusal Huseynov": the one
    /// "with" whom the interview is answers (the name in apposition when a role comes
    /// first); the subject of the verb before "interview", an outlet or a reporter, asks.
    fn interview_with(&self, ws: &[W]) -> Option<Interview> {
        let text = self.text;
        let sets = Sets::get();
        let k = (0..ws.len().saturating_sub(2)).find(|&k| {
            matches!(ws[k].t(text), "interview" | "Interview") && ws[k + 1].t(text) == "with"
        })?;
        let from = k + 2;
        let end = ws.len().min(from + 30);
        let stop = (from..end)
            .find(|&j| matches!(ws[j].t(text), "." | "?" | "!" | ":" | ";"))
            .unwrap_or(end);
        // the name: after the last comma of the phrase ("the head of …, Vusal Huseynov"),
        // else at its start ("an interview with Vusal Huseynov about …")
        let at = (from..stop)
            .rev()
            .find(|&j| ws[j].t(text) == ",")
            .map_or(from, |c| c + 1);
        let run: Vec<usize> = (at..stop)
            .skip_while(|&i| sets.is_title(ws[i].t(text)))
            .take_while(|&i| {
                let t = ws[i].t(text);
                is_word(t) && is_cap(t) && !sets.is_title(t)
            })
            .collect();
        let (&r0, &r1) = (run.first()?, run.last()?);
        let toks: Vec<&str> = run.iter().map(|&i| ws[i].t(text)).collect();
        if !crate::names::name_shaped(&toks.join(" ")) {
            return None;
        }
        let span = (ws[r0].s, ws[r1].e);
        let interviewee = self
            .resolve_name(&toks, span.0)
            .and_then(|r| r.name.map(|n| (n, r.cluster, span)))?;
        // who asks: the subject of the verb before "(an exclusive) interview"
        let verb = (k.saturating_sub(4)..k)
            .rev()
            .find(|&j| {
                let t = ws[j].t(text);
                is_word(t) && !is_cap(t) && !is_determiner(t) && !t.ends_with("ive")
            })
            .filter(|&j| j > 0);
        let interviewer =
            verb.and_then(|v| subject_before(text, ws, v, 0))
                .and_then(|(subj, _)| {
                    let toks: Vec<&str> = ws[subj.0..subj.1]
                        .iter()
                        .map(|w| w.t(text))
                        .filter(|t| is_cap(t) && !is_determiner(t) && !sets.is_title(t))
                        .collect();
                    let span = (ws[subj.0].s, ws[subj.1 - 1].e);
                    self.resolve_name(&toks, span.0)
                        .and_then(|r| r.name.map(|n| (n, r.cluster, span)))
                });
        Some(Interview {
            interviewer,
            interviewee: Some(interviewee),
        })
    }

    fn find_interview(&self, quotes: &[Quote]) -> Interview {
        let mut iv = self.find_interview_sides(quotes);
        // "… submitted by Wikinews reporter Ana Ruiz": the outlet's named reporter asks
        if let Some((outlet, _, _)) = &iv.interviewer
            && !crate::names::name_shaped(outlet)
            && let Some(named) = self.outlet_reporter(outlet, quotes)
        {
            iv.interviewer = Some(named);
        }
        iv
    }

    /// "OUTLET reporter Ana Ruiz" in the prose before the first turn: the reporter's name.
    fn outlet_reporter(
        &self,
        outlet: &str,
        quotes: &[Quote],
    ) -> Option<(String, Option<u32>, (usize, usize))> {
        let text = self.text;
        let last = outlet.rsplit(' ').next()?;
        let first_turn = quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Turn)
            .map(|q| q.span.start())
            .min()
            .unwrap_or(text.len());
        for &(ps, pe) in self
            .layout
            .paras
            .iter()
            .take_while(|p| p.0 < first_turn)
            .take(12)
        {
            let ws = self.words(ps, floor_boundary(text, pe.min(ps + 2000)));
            for k in 1..ws.len() {
                if !is_journalist(ws[k].t(text)) || ws[k - 1].t(text) != last {
                    continue;
                }
                let n = ws[k + 1..]
                    .iter()
                    .take(3)
                    .take_while(|w| is_cap(w.t(text)) && is_word(w.t(text)))
                    .count();
                if n < 2 {
                    continue;
                }
                let toks: Vec<&str> = ws[k + 1..k + 1 + n].iter().map(|w| w.t(text)).collect();
                if !crate::names::name_shaped(&toks.join(" ")) {
                    continue;
                }
                let span = (ws[k + 1].s, ws[k + n].e);
                let r = self.resolve_name(&toks, span.0)?;
                return Some((strip_titles(&r.name?), r.cluster, span));
            }
        }
        None
    }

    fn find_interview_sides(&self, quotes: &[Quote]) -> Interview {
        let text = self.text;
        let first_turn = quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Turn)
            .map(|q| q.span.start())
            .min()
            .unwrap_or(text.len());
        let mut iv = Interview {
            interviewer: None,
            interviewee: None,
        };
        // the last prose paragraph before the first turn (captions and credits skipped)
        let paras = &self.layout.paras;
        let first_para = paras.partition_point(|p| p.1 <= first_turn);
        let lead_para = (0..first_para)
            .rev()
            .take(4)
            .find(|&i| crate::turns::is_prose(&text[paras[i].0..paras[i].1]));
        let next_is_turn = |ps: usize| lead_para.is_some_and(|i| paras[i].0 == ps);
        let resolve = |toks: &[&str], pos: usize, span: (usize, usize)| {
            // a headline's date is no part of the name ("… Aner Shalev Wednesday")
            let mut toks = toks;
            while toks.len() > 1 && toks.last().is_some_and(|t| crate::names::is_date_word(t)) {
                toks = &toks[..toks.len() - 1];
            }
            self.resolve_name(toks, pos)
                .and_then(|r| r.name.map(|n| (strip_titles(&n), r.cluster, span)))
        };
        for &(ps, pe) in self
            .layout
            .paras
            .iter()
            .take_while(|p| p.0 < first_turn)
            .take(12)
        {
            let para = &text[ps..pe];
            // the paragraph that announces the interview, or the last prose one before
            // the first turn ("The novelist Tom Berg spoke to the Herald.")
            // (or a headline: "Tom Berg tells the Courier about bees")
            let headline = ps == paras[0].0 && crate::turns::headline_talks_to(para).is_some();
            if !para.contains("interview")
                && !para.contains("Interview")
                && !next_is_turn(ps)
                && !headline
            {
                continue;
            }
            let ws = self.words(ps, floor_boundary(text, pe.min(ps + 2000)));
            // "Wikinews interviewed him": the subject asks, the object answers (a pronoun:
            // the person named last before it)
            for (k, w) in ws.iter().enumerate() {
                if !matches!(w.t(text), "interviewed" | "interviews") {
                    continue;
                }
                // "Tom Berg was interviewed by the Herald's Ana Ruiz": the agent asks
                // (or a headline without the auxiliary: "Tom Berg, bee keeper interviewed by
                // the Herald": the name opening it answers)
                let aux = k >= 1
                    && matches!(
                        ws[k - 1].t(text),
                        "was" | "were" | "is" | "are" | "been" | "being"
                    );
                let bare_headline = !aux && ps == paras[0].0 && k >= 1;
                if (aux || bare_headline)
                    && ws.get(k + 1).is_some_and(|x| x.t(text) == "by")
                    && let Some(a) = np_starting_at(text, &ws, k + 2, ws.len())
                    && let Some(subj) = if aux {
                        subject_before(text, &ws, k - 1, 0).map(|s| s.0)
                    } else {
                        np_starting_at(text, &ws, 0, k)
                            .filter(|s| ws.get(s.1).is_some_and(|w| w.t(text) == ","))
                    }
                {
                    // the words after a possessive ("the Herald's Ana Ruiz"), capitalised
                    let from = (a.0..a.1)
                        .rfind(|&i| {
                            let x = ws[i].t(text);
                            x.ends_with("'s") || x.ends_with("’s")
                        })
                        .filter(|&i| i + 1 < a.1)
                        .map_or(a.0, |i| i + 1);
                    let agent: Vec<usize> = (from..a.1)
                        .take_while(|&i| is_cap(ws[i].t(text)) || is_determiner(ws[i].t(text)))
                        .filter(|&i| is_cap(ws[i].t(text)) && !is_determiner(ws[i].t(text)))
                        .collect();
                    let subj = appositive_name(text, &ws, subj);
                    let sets = Sets::get();
                    let core: Vec<&str> = ws[subj.0..subj.1]
                        .iter()
                        .map(|w| w.t(text))
                        .filter(|t| is_cap(t) && !is_determiner(t) && !sets.is_title(t))
                        .collect();
                    if let (Some(&a0), Some(&a1)) = (agent.first(), agent.last())
                        && !core.is_empty()
                    {
                        let atoks: Vec<&str> = agent.iter().map(|&i| ws[i].t(text)).collect();
                        let aspan = (ws[a0].s, ws[a1].e);
                        iv.interviewer = resolve(&atoks, aspan.0, aspan);
                        let sspan = (ws[subj.0].s, ws[subj.1 - 1].e);
                        iv.interviewee = resolve(&core, sspan.0, sspan);
                        return iv;
                    }
                }
                let Some((subj, _)) = subject_before(text, &ws, k, 0) else {
                    continue;
                };
                // the capitalised words ending the subject ("…, 2012 Wikinews")
                let all: Vec<&str> = ws[subj.0..subj.1].iter().map(|w| w.t(text)).collect();
                let cap_from = all
                    .iter()
                    .rposition(|t| !is_cap(t) || is_determiner(t))
                    .map_or(0, |k| k + 1);
                let stoks = &all[cap_from..];
                if stoks.is_empty() {
                    continue;
                }
                let ss = ws[subj.0 + cap_from].s;
                iv.interviewer = resolve(stoks, ss, (ss, ws[subj.1 - 1].e));
                let Some(o) = ws.get(k + 1) else {
                    return iv;
                };
                let ot = o.t(text);
                if let Some(g) = pronoun_gender(ot) {
                    let asker = iv.interviewer.as_ref().map(|x| x.0.as_str());
                    let lead = (self.layout.sentence_at(text, w.s).0, w.s);
                    iv.interviewee = self
                        .antecedent(o.s, g, asker, lead)
                        .map(|(n, c)| (n, c, (o.s, o.e)));
                } else if is_cap(ot)
                    && Sets::get().is_title(ot)
                    && ws.get(k + 2).is_some_and(|x| x.t(text) == "of")
                    && let Some((n, c)) = self.named_by_role(&ot.to_lowercase(), first_turn)
                {
                    // "interviews President of the Union of Bakers": the person the text
                    // names with that role ("Ada Stone, president of the union")
                    iv.interviewee = Some((strip_titles(&n), c, (o.s, o.e)));
                } else if is_cap(ot)
                    && let Some(m) = np_starting_at(text, &ws, k + 1, ws.len())
                    && m.0 == k + 1
                    // the whole noun phrase is the name ("New York bar owner" is not New York)
                    && ws.get(m.1).is_none_or(|n| {
                        let n = n.t(text);
                        !is_word(n)
                            || matches!(
                                n,
                                "for" | "about" | "on" | "in" | "at" | "after" | "last" | "this"
                                    | "by" | "over" | "during"
                            )
                    })
                {
                    let toks: Vec<&str> = ws[m.0..m.1].iter().map(|w| w.t(text)).collect();
                    iv.interviewee = resolve(&toks, ws[m.0].s, (ws[m.0].s, ws[m.1 - 1].e));
                } else if let Some(j) = (k + 2..(k + 8).min(ws.len()))
                    .find(|&j| is_cap(ws[j].t(text)) && demonym(ws[j].t(text)).is_none())
                    .filter(|&j| {
                        // "interviews academic Tom Berg about …", "interviews Dutch
                        // painter and writer Ada Brink": role words, then the name
                        ws[k + 1..j].iter().enumerate().all(|(i, x)| {
                            let x = x.t(text);
                            (i == 0 && demonym(x).is_some())
                                || (x == "and" && i > 0)
                                || x.chars().all(char::is_lowercase)
                                    && !is_determiner(x)
                                    && pronoun_gender(x).is_none()
                                    && !matches!(
                                        x,
                                        "for"
                                            | "about"
                                            | "on"
                                            | "in"
                                            | "at"
                                            | "by"
                                            | "with"
                                            | "of"
                                            | "or"
                                            | "to"
                                            | "from"
                                    )
                                    && (x != "and" || i > 0)
                        })
                    })
                    && let Some(m) = np_starting_at(text, &ws, j, ws.len())
                    && m.0 == j
                    && ws.get(m.1).is_none_or(|n| {
                        matches!(n.t(text), "about" | "on" | "for" | "," | "." | "in" | "at")
                    })
                {
                    let toks: Vec<&str> = ws[m.0..m.1].iter().map(|w| w.t(text)).collect();
                    iv.interviewee = resolve(&toks, ws[m.0].s, (ws[m.0].s, ws[m.1 - 1].e));
                } else if let Some((r, role)) = role_in_object(text, &ws, k + 1) {
                    // "interviewed one of the owners of a bar": the person the text names
                    // with that role before the turns ("bar owner, Ada Stone,") answers
                    // the mention ends before a phrase about the topic ("… of a bar about
                    // a new cocktail")
                    let np_end = np_starting_at(text, &ws, k + 1, ws.len())
                        .map_or(r + 1, |m| m.1.max(r + 1));
                    let end = (r + 1..np_end)
                        .find(|&i| {
                            matches!(
                                ws[i].t(text),
                                "about"
                                    | "on"
                                    | "for"
                                    | "at"
                                    | "in"
                                    | "after"
                                    | "by"
                                    | "over"
                                    | "during"
                                    | "last"
                                    | "this"
                                    | ","
                            )
                        })
                        .unwrap_or(np_end);
                    iv.interviewee = self
                        .named_by_role(&role, first_turn)
                        .map(|(n, c)| (n, c, (ws[k + 1].s, ws[end - 1].e)));
                }
                return iv;
            }
            if let Some(found) = self.interview_with(&ws) {
                return found;
            }
            for (k, w) in ws.iter().enumerate() {
                let t = w.t(text);
                let (verb_end, outlet_at) = match t {
                    "spoke" | "talked" | "told" | "tells" | "said" | "gave" | "speaks"
                    | "talks" | "sat" | "sits" | "caught" | "met" | "meets" | "chatted"
                    | "chats" => {
                        let mut j = k + 1;
                        // "spoke exclusively to", "sat down with", "caught up with",
                        // "talked at length with"
                        if t != "gave" {
                            while j < ws.len() && j < k + 4 && {
                                let x = ws[j].t(text);
                                x.ends_with("ly") || matches!(x, "down" | "up" | "at" | "length")
                            } {
                                j += 1;
                            }
                        }
                        if ws
                            .get(j)
                            .is_some_and(|x| matches!(x.t(text), "to" | "with"))
                        {
                            j += 1;
                        } else if matches!(t, "met" | "meets") && j == k + 1 {
                            // "met Tom Berg"
                        } else if t == "gave" {
                            // gave an interview to X
                            while j < ws.len() && j < k + 4 && ws[j].t(text) != "to" {
                                j += 1;
                            }
                            j += 1;
                        } else if !matches!(t, "told" | "tells") {
                            continue;
                        }
                        (k, j)
                    }
                    _ => continue,
                };
                // "reporter Ana Ruiz spoke with him": the subject asks, the person the
                // pronoun stands for answers
                if !matches!(t, "told" | "tells")
                    && let Some(p) = ws.get(outlet_at)
                    && let Some(g) = pronoun_gender(p.t(text))
                    && let Some((subj, _)) = subject_before(text, &ws, verb_end, 0)
                {
                    let subj = appositive_name(text, &ws, subj);
                    let sets = Sets::get();
                    let core: Vec<&str> = ws[subj.0..subj.1]
                        .iter()
                        .map(|w| w.t(text))
                        .filter(|t| is_cap(t) && !is_determiner(t) && !sets.is_title(t))
                        .collect();
                    if !core.is_empty() {
                        let sspan = (ws[subj.0].s, ws[subj.1 - 1].e);
                        iv.interviewer = resolve(&core, sspan.0, sspan);
                        let asker = iv.interviewer.as_ref().map(|x| x.0.as_str());
                        let lead = (self.layout.sentence_at(text, w.s).0, w.s);
                        iv.interviewee = self
                            .antecedent(p.s, g, asker, lead)
                            .map(|(n, c)| (n, c, (p.s, p.e)));
                        return iv;
                    }
                }
                let Some(mut o) = np_starting_at(text, &ws, outlet_at, ws.len()) else {
                    continue;
                };
                // "spoke to the Herald", "talked with novelist Tom Berg": the name without
                // its article and role (a preposition ends the search: "a bar in Leeds")
                while o.1 - o.0 > 1 && !is_cap(ws[o.0].t(text)) {
                    let x = ws[o.0].t(text);
                    if !is_word(x) || matches!(x, "of" | "in" | "at" | "from" | "for" | "on") {
                        break;
                    }
                    o.0 += 1;
                }
                if !is_cap(ws[o.0].t(text)) {
                    continue;
                }
                // the name ends with its capitalised words ("the Herald about his book";
                // "the Times of India" keeps its "of")
                if let Some(cut) = (o.0 + 1..o.1).find(|&i| {
                    let t = ws[i].t(text);
                    let of_name = t == "of" && ws.get(i + 1).is_some_and(|n| is_cap(n.t(text)));
                    !(is_cap(t) || of_name)
                }) {
                    o.1 = cut;
                }
                let otoks: Vec<&str> = ws[o.0..o.1].iter().map(|w| w.t(text)).collect();
                let Some((subj, _)) = subject_before(text, &ws, verb_end, 0) else {
                    continue;
                };
                let subj = appositive_name(text, &ws, subj);
                let stoks: Vec<&str> = ws[subj.0..subj.1].iter().map(|w| w.t(text)).collect();
                let sspan = (ws[subj.0].s, ws[subj.1 - 1].e);
                let sets = Sets::get();
                // "Ana Ruiz of the Herald": the name before its affiliation
                let mut core: Vec<&str> = stoks
                    .iter()
                    .copied()
                    .take_while(|t| !matches!(*t, "of" | "from" | "at" | ","))
                    .filter(|t| !is_determiner(t) && !sets.is_title(t))
                    .collect();
                // "Biologist Tom Berg tells …": a role noun capitalised at the head of a
                // headline or sentence is not part of the name
                while core.len() > 2 && is_role_word(core[0]) {
                    core.remove(0);
                }
                if core.is_empty() {
                    continue;
                }
                let ospan = (ws[o.0].s, ws[o.1 - 1].e);
                // who asks: the subject when a journalist ("Herald reporter Ana Ruiz talked
                // with …") or when only the object is a person's name ("The Herald sat
                // down with Tom Berg"); else the object ("Tom Berg spoke to the Herald")
                let sentence_start = self.layout.sentence_at(text, w.s).0;
                let journalist = ws[..k]
                    .iter()
                    .rev()
                    .take_while(|x| x.s >= sentence_start)
                    .any(|x| is_journalist(x.t(text)));
                // (one who "sat down with", "caught up with" or "met" a person is the one
                // asking, whoever the subject is)
                let meeting = matches!(
                    t,
                    "sat" | "sits" | "caught" | "met" | "meets" | "chatted" | "chats"
                );
                let object_person = crate::names::name_shaped(&otoks.join(" "));
                let subject_asks = !matches!(t, "told" | "tells" | "said" | "gave")
                    && (journalist
                        || (object_person
                            && (meeting || !crate::names::name_shaped(&core.join(" ")))));
                if subject_asks {
                    iv.interviewer = resolve(&core, sspan.0, sspan);
                    iv.interviewee = resolve(&otoks, ospan.0, ospan);
                } else {
                    iv.interviewee = resolve(&core, sspan.0, sspan);
                    iv.interviewer = resolve(&otoks, ospan.0, ospan);
                }
                return iv;
            }
            // "in an interview with X"
            for (k, w) in ws.iter().enumerate() {
                if matches!(w.t(text), "interview" | "Interview")
                    && ws.get(k + 1).is_some_and(|x| x.t(text) == "with")
                    && let Some(mut o) = np_starting_at(text, &ws, k + 2, ws.len())
                    // a named interviewee, after its article and role ("the novelist Tom
                    // Berg"; "the owners of a dungeon" names nobody)
                    && let Some(named_at) = (o.0..o.1)
                        .find(|&i| {
                            let t = ws[i].t(text);
                            !is_determiner(t) && !is_role_noun(t)
                        })
                        .and_then(|i| {
                            // ("museum founder Tom Berg": a modifier, the role, the name)
                            if is_cap(ws[i].t(text)) {
                                Some(i)
                            } else {
                                (i + 1..o.1).find(|&j| {
                                    is_cap(ws[j].t(text)) && is_role_noun(ws[j - 1].t(text))
                                })
                            }
                        })
                {
                    o.0 = named_at;
                    // "LibriVox founder Tom Berg": the name after the lower-case role
                    if let Some(r) = (o.0..o.1).rfind(|&i| !is_cap(ws[i].t(text)))
                        && r + 1 < o.1
                        && is_role_noun(ws[r].t(text))
                    {
                        o.0 = r + 1;
                    }
                    let toks: Vec<&str> = ws[o.0..o.1].iter().map(|w| w.t(text)).collect();
                    let ospan = (ws[o.0].s, ws[o.1 - 1].e);
                    // "In an interview with Coast Radio, pilot Mia Lindqvist said …": the
                    // sentence's subject after the comma answers, the outlet asks
                    let fronted = k >= 2
                        && matches!(ws[k - 2].t(text), "In" | "in")
                        && matches!(
                            ws[k - 1].t(text),
                            "an" | "a" | "this" | "the" | "her" | "his"
                        );
                    if fronted
                        && ws.get(o.1).is_some_and(|x| x.t(text) == ",")
                        && let Some(sn) = np_starting_at(text, &ws, o.1 + 1, ws.len())
                    {
                        let sets = Sets::get();
                        let core: Vec<&str> = ws[sn.0..sn.1]
                            .iter()
                            .map(|w| w.t(text))
                            .filter(|t| is_cap(t) && !is_determiner(t) && !sets.is_title(t))
                            .collect();
                        // (the other way round when only the one after "with" is a
                        // person's name: "In an interview with Tom Berg, the Gazette …")
                        let named = |t: &[&str]| {
                            let caps: Vec<&str> = t.iter().copied().filter(|x| is_cap(x)).collect();
                            crate::names::name_shaped(&caps.join(" "))
                        };
                        let with_person = named(&toks) && !named(&core);
                        if !core.is_empty() {
                            let sspan = (ws[sn.0].s, ws[sn.1 - 1].e);
                            let (asks, answers) = if with_person {
                                ((&core, sspan), (&toks, ospan))
                            } else {
                                ((&toks, ospan), (&core, sspan))
                            };
                            iv.interviewer = resolve(asks.0, asks.1.0, asks.1);
                            iv.interviewee = resolve(answers.0, answers.1.0, answers.1);
                            return iv;
                        }
                    }
                    iv.interviewee = resolve(&toks, ospan.0, ospan);
                    return iv;
                }
            }
            // "The Herald: An interview with …": a headline naming the interviewee before
            // its colon
            if ps == paras[0].0
                && let Some(colon) = para.find(": ")
                && {
                    let rest = &para[colon + 2..];
                    rest.starts_with("An interview")
                        || rest.starts_with("An Interview")
                        || rest.starts_with("Interview")
                }
            {
                let name: Vec<&W> = ws.iter().take_while(|x| x.s < ps + colon).collect();
                if (1..=5).contains(&name.len()) && name.iter().all(|x| is_cap(x.t(text))) {
                    let toks: Vec<&str> = name
                        .iter()
                        .map(|x| x.t(text))
                        .filter(|t| !is_determiner(t))
                        .collect();
                    let span = (name[0].s, name[name.len() - 1].e);
                    // the name as the headline writes it ("The Herald"), with the cluster
                    // of its mentions
                    if iv.interviewee.is_none() && !toks.is_empty() {
                        let cluster = resolve(&toks, span.0, span).and_then(|r| r.1);
                        iv.interviewee = Some((text[span.0..span.1].to_string(), cluster, span));
                    }
                }
            }
            // "… journalism by a Herald reporter": the outlet asks
            for (k, w) in ws.iter().enumerate() {
                if matches!(w.t(text), "by")
                    && ws
                        .get(k + 1)
                        .is_some_and(|x| matches!(x.t(text), "a" | "an" | "the"))
                {
                    let caps: Vec<&W> = ws[k + 2..]
                        .iter()
                        .take(4)
                        .take_while(|x| is_cap(x.t(text)))
                        .collect();
                    let role = ws.get(k + 2 + caps.len()).map(|x| x.t(text));
                    if !caps.is_empty()
                        && role.is_some_and(|r| {
                            matches!(r, "reporter" | "journalist" | "correspondent" | "writer")
                        })
                        && iv.interviewer.is_none()
                    {
                        let toks: Vec<&str> = caps.iter().map(|x| x.t(text)).collect();
                        let span = (caps[0].s, caps[caps.len() - 1].e);
                        iv.interviewer = resolve(&toks, span.0, span);
                    }
                }
            }
        }
        iv
    }

    /// The person a pronoun of gender `g` at `pos` stands for: the most recent person
    /// named before it whose gender fits, other than `not` (the interviewer, in "The
    /// Herald interviewed him") and those named in `lead` (the clause before the verb:
    /// "Herald reporter Ana Ruiz spoke with him"), else the most recent name shaped like
    /// a person's.
    fn antecedent(
        &self,
        pos: usize,
        g: Gender,
        not: Option<&str>,
        lead: (usize, usize),
    ) -> Option<(String, Option<u32>)> {
        let k = self.names.mentions.partition_point(|m| m.0 < pos);
        let cands = || {
            self.names.mentions[..k]
                .iter()
                .rev()
                .take(400)
                .filter(|m| !(lead.0..lead.1).contains(&m.0))
                .map(|m| self.names.fullest(m.1, pos))
                .filter(|&i| {
                    let e = &self.names.entries[i];
                    e.gender.is_none_or(|x| x == g) && not.is_none_or(|n| n != e.canonical)
                })
        };
        let i = cands()
            .find(|&i| self.names.entries[i].person)
            .or_else(|| {
                cands().find(|&i| crate::names::name_shaped(&self.names.entries[i].canonical))
            })?;
        let e = &self.names.entries[self.names.fullest(i, pos)];
        Some((e.canonical.clone(), e.cluster))
    }

    /// The one person the text names with `role` (singular, lower case) in the 16 KB
    /// before `before`: "bar owner, Ada Stone," or "owner Ada Stone" (the name after the
    /// role), "Ada Stone, the owner" or "Ada Stone, a co-owner" (after it, at most four
    /// words between). Two different people with the role give none.
    fn named_by_role(&self, role: &str, before: usize) -> Option<(String, Option<u32>)> {
        let text = self.text;
        let from = floor_boundary(text, before.saturating_sub(16 * 1024));
        let ws = self.words(from, before);
        let is_role = |t: &str| {
            let bare = t.strip_prefix("co-").unwrap_or(t);
            bare == role || bare.strip_suffix('s') == Some(role)
        };
        // a title right before a name, capitalised or abbreviated: "Sen. Ada Stone" holds
        // the role "senator"
        let is_title_of_role = |t: &str| {
            let low = crate::lexicon::Lower::new(t.trim_end_matches('.'));
            let low = low.as_str();
            low == role
                || matches!(
                    (low, role),
                    ("sen", "senator")
                        | ("rep", "representative" | "congressman" | "congresswoman")
                        | ("gov", "governor")
                )
        };
        // a capitalised run of up to four words (initials with their periods) from `i`
        let run_from = |i: usize| -> Vec<&str> {
            let mut out = Vec::new();
            let mut j = i;
            while j < ws.len() && out.len() < 4 {
                let t = ws[j].t(text);
                let initial = out.last().is_some_and(|l: &&str| l.chars().count() == 1);
                if is_cap(t) && is_word(t) {
                    out.push(t);
                } else if t != "." || !initial {
                    break;
                }
                j += 1;
            }
            out
        };
        let mut found: Option<(String, Option<u32>)> = None;
        for (j, w) in ws.iter().enumerate() {
            let titled = !is_role(w.t(text))
                && is_cap(w.t(text))
                && is_title_of_role(w.t(text))
                && !run_from(j + 1).is_empty();
            if !is_role(w.t(text)) && !titled {
                continue;
            }
            // after the role: "owner, Ada Stone" / "owner Ada Stone"
            let mut a = j + 1;
            if ws.get(a).is_some_and(|x| x.t(text) == ",") && !titled {
                a += 1;
            }
            let mut toks = run_from(a);
            // "the head of the State Migration Service, Vusal Huseynov": past the body
            // the role is held in, to the name in apposition
            if toks.is_empty()
                && ws.get(j + 1).is_some_and(|x| x.t(text) == "of")
                && let Some(c) = (j + 2..ws.len().min(j + 10)).find(|&c| ws[c].t(text) == ",")
                && ws[j + 2..c].iter().all(|x| {
                    let t = x.t(text);
                    is_cap(t) || is_determiner(t) || matches!(t, "of" | "and" | "for")
                })
            {
                toks = run_from(c + 1);
            }
            if toks.is_empty() {
                // before it: "Ada Stone, the owner"
                let comma = (j.saturating_sub(5)..j)
                    .rev()
                    .find(|&c| ws[c].t(text) == ",")
                    // an apposition: determiners and modifiers, no verb or preposition
                    // ("Ada Stone, the bar's owner"; not "a photo, provided by the owners")
                    .filter(|&c| {
                        ws[c + 1..j].iter().all(|x| {
                            let t = x.t(text);
                            (is_word(t) || t == "'s" || t == "’s")
                                && !is_cap(t)
                                && !t.ends_with("ed")
                                && !t.ends_with("ing")
                                && !matches!(
                                    t,
                                    "by" | "to"
                                        | "from"
                                        | "with"
                                        | "for"
                                        | "in"
                                        | "on"
                                        | "at"
                                        | "about"
                                        | "and"
                                        | "or"
                                        | "who"
                                        | "which"
                                        | "that"
                                )
                        })
                    });
                if let Some(c) = comma {
                    let mut b = c;
                    while b > 0 && c - b < 5 {
                        let t = ws[b - 1].t(text);
                        let initial = t == "."
                            && b >= 2
                            && ws[b - 2].t(text).chars().count() == 1
                            && is_cap(ws[b - 2].t(text));
                        if (is_cap(t) && is_word(t)) || initial {
                            b -= 1;
                        } else {
                            break;
                        }
                    }
                    toks = run_from(b);
                }
            }
            let sets = Sets::get();
            toks.retain(|t| !is_determiner(t) && !sets.is_title(t));
            if toks.is_empty() {
                continue;
            }
            // the name as the document writes it in full ("Ada B. Stone" for the run
            // "Ada B Stone", whose initial lost its period to the tokens)
            let known = self
                .names
                .lookup(&toks, w.s)
                .or_else(|| self.names.lookup(&toks[toks.len() - 1..], w.s))
                .map(|i| &self.names.entries[self.names.fullest(i, w.s)]);
            let (n, c) = match known {
                Some(e) => (e.canonical.clone(), e.cluster),
                None => match self.resolve_name(&toks, w.s) {
                    Some(Resolved {
                        name: Some(n),
                        cluster,
                        ..
                    }) => (n, cluster),
                    _ => continue,
                },
            };
            match &found {
                Some((f, _)) if *f != n => return None,
                Some(_) => {}
                None => found = Some((n, c)),
            }
        }
        found
    }
}

/// A noun naming someone who asks for a living ("Herald reporter Ana Ruiz").
fn is_journalist(w: &str) -> bool {
    matches!(
        w,
        "reporter"
            | "correspondent"
            | "journalist"
            | "editor"
            | "host"
            | "interviewer"
            | "presenter"
            | "anchor"
            | "columnist"
            | "writer"
            | "contributor"
    )
}

/// The role noun of an interview's object described rather than named ("one of the
/// owners of a bar", "the museum's new director"): within eight words, before any
/// punctuation or preposition other than "of", a lower-case role noun; returned with
/// its index and its singular.
fn role_in_object(text: &str, ws: &[W], from: usize) -> Option<(usize, String)> {
    for (i, w) in ws.iter().enumerate().skip(from).take(8) {
        let t = w.t(text);
        if !is_word(t) || matches!(t, "about" | "on" | "for" | "at" | "in" | "after" | "by") {
            return None;
        }
        if is_cap(t) {
            continue;
        }
        let bare = t.strip_prefix("co-").unwrap_or(t);
        let single = bare.strip_suffix('s').filter(|x| is_role_noun(x));
        if let Some(x) = single {
            return Some((i, x.to_string()));
        }
        if is_role_noun(bare) {
            return Some((i, bare.to_string()));
        }
    }
    None
}

/// "Jr." or "Sr." written right after the last word of `name` inside the mention (or
/// just after it) when the name lacks it.
fn name_suffix(text: &str, m: (usize, usize), name: &str) -> Option<&'static str> {
    let last = name.rsplit(' ').next()?;
    if matches!(last, "Jr." | "Sr." | "Jr" | "Sr") {
        return None;
    }
    let hi = floor_boundary(text, (m.1 + 6).min(text.len()));
    let span = &text[m.0..hi.max(m.1)];
    let at = span.find(last)? + last.len();
    let after = &span[at..];
    let rest = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(' '))?;
    if rest.starts_with("Jr.") {
        Some("Jr.")
    } else if rest.starts_with("Sr.") {
        Some("Sr.")
    } else {
        None
    }
}

/// "said critic Ana Bell": one or two lower-case words naming a role the lexicon does
/// not know, right after an inverted speech verb, then a capitalised name.
fn bare_role_name(text: &str, ws: &[W], i: usize) -> Option<(usize, usize)> {
    let word = |k: usize| ws.get(k).map(|w| w.t(text)).unwrap_or("");
    let lower = |t: &str| {
        is_word(t)
            && t.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_determiner(t)
            && !matches!(
                t,
                "that"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "of"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "and"
                    | "but"
                    | "as"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "this"
                    | "when"
                    | "after"
                    | "before"
                    | "while"
                    | "if"
                    | "so"
                    | "then"
                    | "also"
                    | "not"
                    | "only"
            )
    };
    if !lower(word(i)) {
        return None;
    }
    let n = if is_cap(word(i + 1)) && is_word(word(i + 1)) {
        i + 1
    } else if lower(word(i + 1)) && is_cap(word(i + 2)) && is_word(word(i + 2)) {
        i + 2
    } else {
        return None;
    };
    let mut e = n;
    while e < ws.len() && e < n + 4 && is_cap(word(e)) && is_word(word(e)) {
        e += 1;
    }
    Some((i, e))
}

/// A number or quantifier opening a noun phrase ("Two aides", "Thirty House
/// conservatives", "several officials").
fn is_quantity_word(w: &str) -> bool {
    matches!(
        crate::lexicon::Lower::new(w).as_str(),
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "several"
            | "some"
            | "many"
            | "most"
            | "few"
            | "both"
    ) || w.bytes().all(|b| b.is_ascii_digit())
}

/// Common nouns for groups of people that news lets speak ("Officials said"), in either
/// case.
fn is_generic_group(w: &str) -> bool {
    matches!(
        crate::lexicon::Lower::new(w).as_str(),
        "officials"
            | "police"
            | "authorities"
            | "experts"
            | "critics"
            | "residents"
            | "analysts"
            | "witnesses"
            | "protesters"
            | "researchers"
            | "scientists"
            | "doctors"
            | "investigators"
            | "prosecutors"
            | "lawmakers"
            | "sources"
            | "observers"
            | "organizers"
            | "organisers"
            | "opponents"
            | "supporters"
            | "officers"
            | "activists"
            | "economists"
            | "diplomats"
            | "scholars"
    )
}

/// The speaker's own words of a mention that a frame took with what follows them: a
/// time phrase ("UPI on December 30th", "a brief issued in February 2005"), the
/// participle that brought it ("a report issued"), and in an "according to" source the
/// words before "by"/"from" ("a report issued by the Pew Center" is the Pew Center's).
fn trim_mention(text: &str, m: (usize, usize), source: bool) -> (usize, usize) {
    if m.1 <= m.0 || m.1 - m.0 > 400 {
        return m;
    }
    let ws = words(text, m.0, m.1);
    let n = ws.len();
    let mut e = n;
    for k in 1..n {
        let t = ws[k].t(text);
        let next = ws.get(k + 1).map(|w| w.t(text)).unwrap_or("");
        let timed = matches!(
            t,
            "on" | "in" | "last" | "this" | "early" | "late" | "since"
        ) && crate::names::is_date_word(next);
        if timed {
            e = k;
            break;
        }
    }
    // "Sen. Chris Murphy of Connecticut": a person's name, then where they are from
    if let Some(k) = (2..e).find(|&k| ws[k].t(text) == "of")
        && k + 1 < e
        && ws[k + 1..e]
            .iter()
            .all(|w| is_cap(w.t(text)) && is_word(w.t(text)))
        && crate::names::name_shaped(&format!("{} {}", ws[k - 2].t(text), ws[k - 1].t(text)))
        && !Sets::get().is_title(ws[k - 1].t(text))
        && !Sets::get().is_title(ws[k - 2].t(text))
    {
        e = k;
    }
    // "a report issued", "a brief released": the participle that brought it along
    while e > 1
        && matches!(
            ws[e - 1].t(text),
            "issued" | "released" | "published" | "dated" | "posted" | "filed" | "sent"
        )
        && e < n
    {
        e -= 1;
    }
    let mut s = 0;
    if source
        && let Some(k) = (0..e)
            .rev()
            .find(|&k| matches!(ws[k].t(text), "by" | "from"))
        && k + 1 < e
        && ws[k + 1..e].iter().any(|w| is_cap(w.t(text)))
    {
        s = k + 1;
    }
    if e == 0 || s >= e || (s == 0 && e == n) {
        return m;
    }
    (ws[s].s, ws[e - 1].e)
}

/// A person's surname: the last word of the name, before any "Jr."/"Sr."/"II"/"III".
fn surname(name: &str) -> Option<&str> {
    name.split(' ')
        .rev()
        .find(|w| !matches!(*w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV"))
        .filter(|w| !w.is_empty())
}

/// The possessor a possessive closes `toks` with ("Ohio" "’s", "Ohio" "'" "s", or the one
/// word "Ohio’s"): the possessor's last word without the ending, and its index.
fn possessor<'a>(toks: &[&'a str]) -> Option<(&'a str, usize)> {
    match toks {
        [.., w, "’s" | "'s"] => Some((w, toks.len() - 2)),
        [.., w, "’" | "'", "s"] => Some((w, toks.len() - 3)),
        [.., w] => {
            let bare = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"))?;
            (!bare.is_empty()).then_some((bare, toks.len() - 1))
        }
        [] => None,
    }
}

/// A role noun in the plural ("strategists", "aides"): a group of people of that role.
fn is_role_plural(h: &str) -> bool {
    h.len() > 4 && !h.ends_with("ss") && h.strip_suffix('s').is_some_and(is_role_noun)
}

/// A person's name without the titles written before it ("Attorney Ana Ruiz" is Ana
/// Ruiz; a name of one word after its titles stays whole) or a weekday after it.
fn strip_titles(name: &str) -> String {
    let sets = Sets::get();
    let mut rest = name;
    while let Some((w, r)) = rest.split_once(' ')
        && (sets.is_title(w) || crate::lexicon::is_agentive(&w.to_lowercase()))
        && r.contains(' ')
    {
        rest = r;
    }
    // (nor the weekday of a headline's dateline: "Wikinews Saturday")
    while let Some((r, w)) = rest.rsplit_once(' ')
        && crate::names::is_date_word(w)
    {
        rest = r;
    }
    rest.to_string()
}

/// "S. Linn Williams" where the name found is "Linn Williams": the initials the mention
/// writes right before the name's first word, put back.
fn initials_before(text: &str, m: (usize, usize), name: &str) -> Option<String> {
    let first = name.split(' ').next()?;
    if !name.contains(' ') || m.1 <= m.0 || m.1 - m.0 > 200 {
        return None;
    }
    let mention = text.get(m.0..m.1)?;
    let at = mention
        .match_indices(first)
        .map(|(i, _)| i)
        .find(|&i| i > 0 && mention[..i].ends_with(' '))?;
    let is_initial = |t: &str| {
        let b = t.as_bytes();
        b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
    };
    let lead: Vec<&str> = mention[..at].split_whitespace().collect();
    let n = lead.iter().rev().take_while(|t| is_initial(t)).count();
    if n == 0 {
        return None;
    }
    let mut out = lead[lead.len() - n..].join(" ");
    out.push(' ');
    out.push_str(name);
    Some(out)
}

/// A document through which its issuer speaks ("the CSIS report", "a MILNET brief").
fn is_report_noun(w: &str) -> bool {
    matches!(
        w,
        "report"
            | "brief"
            | "briefing"
            | "study"
            | "survey"
            | "statement"
            | "communique"
            | "release"
            | "memo"
            | "analysis"
            | "assessment"
            | "editorial"
            | "paper"
            | "document"
            | "bulletin"
            | "notice"
            | "announcement"
            | "declaration"
            | "ad"
            | "advertisement"
            | "literature"
            | "leaflet"
            | "pamphlet"
    )
}

/// Whether the word at `at` opens a sentence or a paragraph.
fn opens_sentence(text: &str, at: usize) -> bool {
    let b = text[floor_boundary(text, at.saturating_sub(8))..at].trim_end_matches([' ', '\t']);
    (b.is_empty() && at < 8) || b.ends_with(['\n', '.', '!', '?', '"', '”'])
}

/// Every "Expansion Of Words (EOW)" of the text: an upper-case acronym in parentheses
/// right after capitalised words whose initials spell it ("of", "and", "for", "the"
/// between them may be skipped). One scan for '(' over the text, made only when a speaker
/// is written as an acronym nobody else named.
fn acronyms(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('(') {
        if out.len() >= 256 {
            break;
        }
        let rest = &text[i + 1..];
        let n = rest.bytes().take_while(u8::is_ascii_uppercase).count();
        if !(2..=8).contains(&n) || rest.as_bytes().get(n) != Some(&b')') {
            continue;
        }
        let acr = &rest[..n];
        // the words before, read backwards, matched against the acronym from its end
        let before = &text[floor_boundary(text, i.saturating_sub(200))..i];
        let mut want = acr.len();
        let mut start = None;
        for w in before.split_whitespace().rev() {
            let Some(c) = w.chars().next() else { break };
            if want > 0 && c.is_uppercase() && w.as_bytes()[0] == acr.as_bytes()[want - 1] {
                want -= 1;
                start = Some(w);
                if want == 0 {
                    break;
                }
            } else if !matches!(w, "of" | "and" | "for" | "the" | "on" | "&") {
                break;
            }
        }
        if want == 0
            && let Some(w) = start
        {
            // `w` is a slice of `before`: its offset gives the expansion's start
            let off = w.as_ptr() as usize - before.as_ptr() as usize;
            out.push((acr.to_string(), before[off..].trim_end().to_string()));
        }
    }
    out
}

/// "the Chinese Ambassador to Azerbaijan, Lu Mei," : prefer the proper name in apposition
/// when the phrase found is a title or nominal.
/// "Ana Ruiz, Tom Eck and Lia Berg said": names coordinated with commas and "and" speak
/// together; the mention runs over the whole list.
fn coordination(text: &str, ws: &[W], m: (usize, usize), lo: usize) -> (usize, usize) {
    let toks = &ws[m.0..m.1];
    let Some(a) = toks.iter().position(|w| w.t(text) == "and") else {
        return m;
    };
    let names_only = |ts: &[W]| {
        !ts.is_empty()
            && ts.len() <= 4
            && ts
                .iter()
                .all(|w| is_cap(w.t(text)) && is_word(w.t(text)) && !is_determiner(w.t(text)))
    };
    if !names_only(&toks[..a]) || !names_only(&toks[a + 1..]) {
        return m;
    }
    // earlier members: ", Name Name" going left
    let mut s = m.0;
    for _ in 0..8 {
        if s < lo + 2 || ws[s - 1].t(text) != "," {
            break;
        }
        let mut k = s - 1;
        while k > lo && k + 4 > s - 1 && is_cap(ws[k - 1].t(text)) && is_word(ws[k - 1].t(text)) {
            k -= 1;
        }
        if k == s - 1 || is_determiner(ws[k].t(text)) {
            break;
        }
        s = k;
    }
    // the list must open its clause ("in the fifth century BC, Ana and Tom argued": no)
    if s < m.0 && s > lo && is_word(ws[s - 1].t(text)) {
        return m;
    }
    (s, m.1)
}

/// "said her sister Ana Ruiz", "said his lawyer, Tom Eck": a possessive, a relation or
/// role in lower case and the name; the mention runs to the end of the name.
fn kin_name(text: &str, ws: &[W], m: (usize, usize)) -> (usize, usize) {
    if m.1 != m.0 + 1
        || !matches!(
            ws[m.0].t(text),
            "her" | "his" | "their" | "its" | "our" | "my" | "your"
        )
    {
        return m;
    }
    let mut k = m.1;
    while k < ws.len() && k < m.1 + 3 && is_word(ws[k].t(text)) && !is_cap(ws[k].t(text)) {
        k += 1;
    }
    if k == m.1 {
        return m;
    }
    if ws.get(k).is_some_and(|w| w.t(text) == ",") {
        k += 1;
    }
    let mut e = k;
    while e < ws.len() && e < k + 4 && is_cap(ws[e].t(text)) && is_word(ws[e].t(text)) {
        e += 1;
    }
    if e == k { m } else { (m.0, e) }
}

/// The name in an apposition `n` ("Marcus Bell", "Sen. Vince Albrecht", "state Attorney
/// General Marcus Bell"): up to three lower-case modifiers, titles, then one to four
/// capitalised words that are no titles. The mention runs from the first capitalised word.
fn apposed_name(text: &str, ws: &[W], n: (usize, usize)) -> Option<(usize, usize)> {
    let sets = Sets::get();
    let a = (n.0..n.1).find(|&k| is_cap(ws[k].t(text)))?;
    if a - n.0 > 3 || ws[n.0..a].iter().any(|w| !is_word(w.t(text))) {
        return None;
    }
    let b = (a..n.1)
        .find(|&k| !sets.is_title(ws[k].t(text)))
        .unwrap_or(n.1);
    let name = &ws[b..n.1];
    (!name.is_empty()
        && name.len() <= 4
        && name
            .iter()
            .all(|w| is_cap(w.t(text)) && !sets.is_title(w.t(text))))
    .then_some((a, n.1))
}

fn appositive_name(text: &str, ws: &[W], m: (usize, usize)) -> (usize, usize) {
    let sets = Sets::get();
    let toks: Vec<&str> = ws[m.0..m.1].iter().map(|w| w.t(text)).collect();
    let all_nominal = toks.iter().all(|t| {
        is_determiner(t)
            || sets.is_title(t)
            || !is_cap(t)
            || demonym(t).is_some()
            || matches!(*t, "to" | "of")
    });
    let titled_place =
        toks.iter().any(|x| sets.is_title(x)) && toks.iter().any(|x| matches!(*x, "to" | "of"));
    // "A Justice Ministry spokesman, Ana Ruiz,": a role noun heads it
    let role_headed = toks.len() >= 2
        && is_determiner(toks[0])
        && toks
            .last()
            .is_some_and(|h| !is_cap(h) && is_word(h) && is_role_noun(h));
    let nominal = all_nominal || titled_place || role_headed;
    // "the singer's manager, Tom Wiles", "the Tigers' chief ideologue, Balasingham": a
    // possessive and a role between the nominal and the name in apposition
    if m.1 + 3 < ws.len() {
        let mut k = m.1;
        match (ws[k].t(text), ws[k + 1].t(text)) {
            ("’s" | "'s", _) => k += 1,
            ("’" | "'", "s") => k += 2,
            ("’" | "'", w) if toks.last().is_some_and(|t| t.ends_with('s')) && !is_cap(w) => {
                k += 1
            }
            _ => k = usize::MAX,
        }
        if k != usize::MAX {
            let r = k;
            while k < ws.len() && k < r + 3 && is_word(ws[k].t(text)) && !is_cap(ws[k].t(text)) {
                k += 1;
            }
            if k > r
                && ws.get(k).is_some_and(|w| w.t(text) == ",")
                && let Some(n) = np_starting_at(text, ws, k + 1, ws.len())
                && let Some(n) = apposed_name(text, ws, n)
            {
                return n;
            }
        }
    }
    // ("Her Democratic challenger-in-waiting, state Attorney General Marcus Bell,": a
    // determiner and a lower-case head)
    let det_nominal = toks.len() >= 2
        && is_determiner(toks[0])
        && toks
            .last()
            .is_some_and(|h| !is_cap(h) && is_word(h) && h.len() > 2);
    if (nominal || det_nominal)
        && ws.get(m.1).is_some_and(|w| w.t(text) == ",")
        && let Some(n) = np_starting_at(text, ws, m.1 + 1, ws.len())
        && let Some(n) = apposed_name(text, ws, n)
    {
        return n;
    }
    m
}

/// A noun that names a person by role ("nominee", "aide", a title such as "president", an
/// agentive noun such as "spokesman"): "the GOP nominee" is someone, not the GOP.
/// Where the name starts in a mention made of a title phrase and a name ("Minister of
/// Digital Development and Transport Rashad Aliyev"): the last two or three capitalised
/// words, after a title word, its "of" or "for" and the capitalised words, "of", "and"
/// and "for" of its body. `None` for anything else.
fn name_after_title(text: &str, ws: &[W]) -> Option<usize> {
    let sets = Sets::get();
    let t = |i: usize| ws[i].t(text);
    let n = ws.len();
    if n < 4 || !ws.iter().all(|w| is_word(w.t(text))) {
        return None;
    }
    // a title with its body ("Minister of …", "Secretary for …"): only then is it clear
    // where the title ends
    let title = (0..n.saturating_sub(3))
        .find(|&i| sets.is_title(t(i)) && is_cap(t(i)) && matches!(t(i + 1), "of" | "for"))?;
    let phrase_ok = |from: usize, to: usize| {
        (from..to).all(|i| is_cap(t(i)) || matches!(t(i), "of" | "and" | "for" | "the"))
    };
    // a name of two words, or of three when the phrase still reads as a title before it
    [2, 3].into_iter().find_map(|len| {
        let s = n.checked_sub(len)?;
        (s > title
            && phrase_ok(title + 1, s)
            && (s == title + 1 || matches!(t(s - 1), "of" | "and" | "for") || len == 2)
            && (s..n).all(|i| is_cap(t(i)) && !sets.is_title(t(i)))
            && crate::names::name_shaped(
                &ws[s..n]
                    .iter()
                    .map(|w| w.t(text))
                    .collect::<Vec<_>>()
                    .join(" "),
            ))
        .then_some(s)
    })
}

/// How far below the headline a role in it ("Minister: “…”") is looked for by name.
const HEADLINE_ROLE_WINDOW: usize = 3000;

/// A person's name without the affiliation an entity tagger took along ("Janet Oyelaran
/// of PBS"): a given name and a surname, then "of" and where the person works or is from.
fn without_affiliation(name: &str) -> &str {
    match name.split_once(" of ") {
        Some((person, _))
            if person.contains(' ') && crate::lexicon::given_name_gender(person).is_some() =>
        {
            person
        }
        _ => name,
    }
}

/// A party member named by party ("Republican", "Democrat"), as in "the Ohio
/// Republican said".
fn is_party_member(h: &str) -> bool {
    matches!(
        h,
        "Republican" | "Democrat" | "Independent" | "independent" | "Libertarian"
    )
}

/// Every party-and-state tag in the text ("R-Ind.", "D-N.Y.", "I-VT"): where it starts
/// and the state's row in the state table, in text order. One pass over the hyphens.
fn party_tags(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for h in memchr::memchr_iter(b'-', b) {
        if h >= 1
            && (h < 2 || !b[h - 2].is_ascii_alphanumeric())
            && let Some(st) = crate::np::party_tag_at(text, h - 1)
        {
            out.push((h - 1, st));
        }
    }
    out
}

fn is_role_noun(h: &str) -> bool {
    Sets::get().is_title(h)
        || crate::lexicon::is_agentive(h)
        || matches!(
            h,
            "nominee" | "aide" | "hopeful" | "appointee" | "candidate" | "official"
        )
}

/// The subject of a speech participle after auxiliaries ("the president had been telling
/// them", "Harkin is shown saying"): the noun phrase before at most three of them.
fn progressive_subject(text: &str, ws: &[W], v: usize) -> Option<(usize, usize)> {
    // "the outlook is promising:": an adjective closing its clause, no speech
    if !ws[v].t(text).ends_with("ing")
        || ws
            .get(v + 1)
            .is_some_and(|w| matches!(w.t(text), ":" | "," | "." | ";"))
    {
        return None;
    }
    let mut j = v;
    while j > 0
        && v - j < 3
        && matches!(
            ws[j - 1].t(text),
            "is" | "was"
                | "were"
                | "are"
                | "been"
                | "had"
                | "has"
                | "have"
                | "be"
                | "being"
                | "shown"
                | "seen"
                | "heard"
                | "caught"
                | "filmed"
                | "recorded"
        )
    {
        j -= 1;
    }
    if j == v || j == 0 {
        return None;
    }
    np_ending_at(text, ws, j - 1, 0)
}

/// Sentence adverbs that may stand, set off by commas, between a quote and its cue
/// ("“…,” however, she warned").
fn is_linking_adverb(w: &str) -> bool {
    matches!(
        w,
        "however"
            | "though"
            | "meanwhile"
            | "moreover"
            | "furthermore"
            | "again"
            | "instead"
            | "then"
            | "nonetheless"
            | "nevertheless"
            | "still"
            | "too"
            | "also"
            | "later"
            | "finally"
            | "indeed"
    )
}

/// A word of a name opened by a lower-case particle: "al-Hakim", "el-Masri", "bin".
fn particle_word(w: &str, first: bool) -> bool {
    if let Some((pre, rest)) = w.split_once('-') {
        return matches!(
            pre,
            "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an"
        ) && is_cap(rest);
    }
    !first
        && matches!(
            w,
            "bin" | "ibn" | "van" | "von" | "de" | "del" | "der" | "da" | "di" | "la"
        )
}

/// The words `ws[s..e]` as a name when they open with a particle ("al-Hakim") and the rest
/// is capitalised or particles.
fn particle_name_run(text: &str, ws: &[W], s: usize, e: usize) -> Option<(usize, usize)> {
    if s >= e || e - s > 4 || !particle_word(ws[s].t(text), true) {
        return None;
    }
    ws[s + 1..e]
        .iter()
        .all(|w| is_cap(w.t(text)) || particle_word(w.t(text), false))
        .then_some((s, e))
}

/// Role nouns that stand between an organisation or group and a person's name
/// ("NPA director Laura Quint", "Shiite cleric Ali Hakim").
fn is_role_word(w: &str) -> bool {
    Sets::get().is_title(w)
        || crate::lexicon::is_agentive(w)
        || matches!(
            w,
            "chair" | "cleric" | "imam" | "rabbi" | "priest" | "aide" | "chief" | "head" | "envoy"
        )
}

/// "said NPA director Laura Quint": a phrase of capitalised words that only modifies a
/// role noun in lower case, then the name: the mention runs to the end of the name, so
/// the person (named after the role) speaks, not the organisation.
/// "Trump's campaign manager Kellyanne Conway", "the senator's spokeswoman, Ana Ruiz": a
/// possessor, lower-case words with a role among them, then a name: the name (the person
/// who holds the role), or `None` when the words after `m` are not so.
fn possessor_role_name(
    text: &str,
    ws: &[W],
    m: (usize, usize),
    hi: usize,
) -> Option<(usize, usize)> {
    let hi = hi.min(ws.len());
    let t = |k: usize| if k < hi { ws[k].t(text) } else { "" };
    let mut k = m.1;
    match (t(k), t(k + 1)) {
        ("’s" | "'s", _) => k += 1,
        ("’" | "'", "s") => k += 2,
        _ => return None,
    }
    let r = k;
    while k < hi && k < r + 4 && is_word(t(k)) && !is_cap(t(k)) {
        k += 1;
    }
    if k == r || !(r..k).any(|j| is_role_word(t(j))) {
        return None;
    }
    if t(k) == "," {
        k += 1;
    }
    let n0 = k;
    while k < hi && k < n0 + 4 && is_word(t(k)) && is_cap(t(k)) {
        k += 1;
    }
    (k > n0).then_some((n0, k))
}

fn role_then_name(text: &str, ws: &[W], m: (usize, usize), hi: usize) -> (usize, usize) {
    let (s, e) = m;
    if e + 1 >= hi.min(ws.len()) || !is_cap(ws[s].t(text)) {
        return m;
    }
    // the role, after at most one lower-case modifier ("presidential nominee")
    let lower = |k: usize| {
        ws.get(k)
            .is_some_and(|w| is_word(w.t(text)) && !is_cap(w.t(text)))
    };
    let Some(r) = (e..(e + 2).min(hi.min(ws.len())))
        .take_while(|&k| lower(k))
        .find(|&k| is_role_word(ws[k].t(text)) || is_role_noun(ws[k].t(text)))
    else {
        return m;
    };
    let mut k = r + 1;
    while k < hi.min(ws.len())
        && k < r + 5
        && is_word(ws[k].t(text))
        && (is_cap(ws[k].t(text)) || (k > r + 1 && particle_word(ws[k].t(text), false)))
    {
        k += 1;
    }
    if k == r + 1 { m } else { (s, k) }
}

#[cfg(test)]
mod tests {
    use super::without_affiliation;

    #[test]
    fn affiliation_is_cut_from_a_given_name_and_surname_only() {
        assert_eq!(
            without_affiliation("Janet Oyelaran of PBS"),
            "Janet Oyelaran"
        );
        assert_eq!(
            without_affiliation("Chuck Ostrow of New York"),
            "Chuck Ostrow"
        );
        // a one-word name and a name that is no given name keep their "of"
        assert_eq!(
            without_affiliation("Theodorus of Tabennese"),
            "Theodorus of Tabennese"
        );
        assert_eq!(
            without_affiliation("Bank Holding of America"),
            "Bank Holding of America"
        );
    }
}
