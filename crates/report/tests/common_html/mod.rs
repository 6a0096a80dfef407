//! The self-containment scan of the HTML tests: everything in a page that
//! would reach outside the file (scripts, links, images, `url(`, `http:`,
//! event handlers, hrefs other than `#anchors`).
//!
//! The same scan as `tests/report_html.rs`, as a module other test files
//! can share (`mod common_html;`).
#![allow(dead_code)]

/// The opening tags of `html` (`<name attr="…" …>`), comments and closing
/// tags left out. Text is escaped, so every `<` starts markup.
pub fn tags(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        if !tag.starts_with("</") && !tag.starts_with("<!") {
            found.push(tag);
        }
        rest = &rest[end..];
    }
    found
}

/// The `(name, value)` of every double-quoted attribute of a tag.
pub fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag;
    while let Some(eq) = rest.find("=\"") {
        let name = rest[..eq]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let after = &rest[eq + 2..];
        let Some(close) = after.find('"') else {
            found.push((name, after.to_string()));
            break;
        };
        found.push((name, after[..close].to_string()));
        rest = &after[close + 1..];
    }
    found
}

/// Everything in `html` that would reach outside the file.
pub fn external_references(html: &str) -> Vec<String> {
    let mut offenders = Vec::new();
    let lower = html.to_ascii_lowercase();
    for needle in [
        "http:", "https:", "<script", "<link", "<img", "<iframe", "<object", "<embed", "@import",
        "url(", "src=",
    ] {
        if lower.contains(needle) {
            offenders.push(format!("contains {needle:?}"));
        }
    }
    for tag in tags(html) {
        // Unquoted or single-quoted attributes would escape the scan below.
        if tag.contains("='") {
            offenders.push(format!("single-quoted attribute in {tag}"));
        }
        for (name, value) in attributes(tag) {
            if value.contains("//") {
                offenders.push(format!("`//` in {name}=\"{value}\""));
            }
            if name == "href" && !value.starts_with('#') {
                offenders.push(format!("href to {value:?}"));
            }
            if name.starts_with("on") || name == "xmlns" || name.ends_with(":href") {
                offenders.push(format!("attribute {name}"));
            }
        }
    }
    offenders
}

/// How many `<name …>` open and `</name>` close in `html`.
pub fn balance(html: &str, name: &str) -> (usize, usize) {
    let open = format!("<{name}");
    let opened = html
        .match_indices(&open)
        .filter(|(i, _)| {
            html[i + open.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_whitespace())
        })
        .count();
    let closed = html.matches(&format!("</{name}>")).count();
    (opened, closed)
}
