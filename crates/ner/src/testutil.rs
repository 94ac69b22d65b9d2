//! Test helpers: a small tokenizer, so unit tests need no other plugin crate.

use strata_core::{Document, Span, Token, TokenKind};

/// Letters/digits runs (with inner `.`/`,` between digits) and single punctuation chars.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < cs.len() {
        let (s, c) = cs[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while j < cs.len()
                && (cs[j].1.is_alphanumeric()
                    || ((cs[j].1 == '.' || cs[j].1 == ',')
                        && cs[j - 1].1.is_ascii_digit()
                        && cs.get(j + 1).is_some_and(|x| x.1.is_ascii_digit())))
            {
                j += 1;
            }
        }
        let e = cs.get(j).map_or(text.len(), |x| x.0);
        out.push(Token {
            span: Span::new(text, s, e).unwrap(),
            kind: if c.is_alphanumeric() {
                TokenKind::Word
            } else {
                TokenKind::Punct
            },
        });
        i = j;
    }
    out
}

pub(crate) fn doc(text: &str) -> Document {
    let mut d = Document::new("t", text);
    d.tokens = Some(tokens(text));
    d
}
