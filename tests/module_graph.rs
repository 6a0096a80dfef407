//! Inside each crate, modules depend on each other one way: no file uses a
//! module that (directly or through others) uses it back. Read from the
//! sources' `crate::`, `super::` and child-module paths (a `use` list is read
//! item by item: `use super::{a, b}` uses `a` and `b`); test code and the
//! path of a `pub(in …)` restriction do not count. Between crates the
//! compiler already forbids cycles. The TUI's own layering (update never
//! draws, a screen never reaches the whole app) and the 600-line limit of
//! every source file are checked here too.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src`, by module path (`crate`, `store::names`, …).
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).expect("under src");
            let mut parts: Vec<String> = relative
                .with_extension("")
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            let name = if parts.is_empty() {
                "crate".to_string()
            } else {
                parts.join("::")
            };
            found.insert(name, path);
        }
    }
    found
}

/// The source without comments and without `#[cfg(test)]` items (inline
/// test modules, test-only `mod x;` declarations).
fn code_of(text: &str) -> (String, Vec<String>) {
    let mut test_modules = Vec::new();
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed == "#[cfg(test)]" {
            let Some(next) = lines.next() else { break };
            let next = next.trim();
            if let Some(name) = next.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
                test_modules.push(name.to_string());
                continue;
            }
            // Skip the item up to its closing brace.
            let mut depth = next.matches('{').count() as i64 - next.matches('}').count() as i64;
            while depth > 0 {
                let Some(inner) = lines.next() else { break };
                depth += inner.matches('{').count() as i64 - inner.matches('}').count() as i64;
            }
            continue;
        }
        let code = line.split("//").next().unwrap_or("");
        out.push_str(&without_visibility_paths(code));
        out.push('\n');
    }
    (out, test_modules)
}

/// `code` with `pub(in crate::a)` read as `pub`: the path limits who sees
/// an item, it uses nothing (else every `pub(in parent)` is a false cycle).
fn without_visibility_paths(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("pub(in ") {
        out.push_str(&rest[..at + "pub".len()]);
        rest = &rest[at..];
        rest = &rest[rest.find(')').map_or(rest.len(), |end| end + 1)..];
    }
    out.push_str(rest);
    out
}

/// `a::{b, c::{d, e}, self}` written out as `a::b a::c::d a::c::e a`, so a
/// `use` list counts as the modules it names, not as its common prefix.
fn expand_groups(code: &str) -> String {
    let mut text = code.to_string();
    while let Some(open) = text.find("::{") {
        let bytes = text.as_bytes();
        let mut start = open;
        while start > 0
            && (bytes[start - 1].is_ascii_alphanumeric() || b"_:".contains(&bytes[start - 1]))
        {
            start -= 1;
        }
        let prefix = text[start..open].to_string();
        let mut depth = 0;
        let mut end = text.len();
        for (i, c) in text[open + 2..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + 2 + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = text.get(open + 3..end).unwrap_or_default();
        let mut items = vec![String::new()];
        let mut nested = 0;
        for c in inner.chars() {
            match c {
                ',' if nested == 0 => items.push(String::new()),
                _ => {
                    nested += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    if let Some(item) = items.last_mut() {
                        item.push(c);
                    }
                }
            }
        }
        let written: Vec<String> = items
            .iter()
            .map(|item| item.split(" as ").next().unwrap_or_default().trim())
            .filter(|item| !item.is_empty())
            .map(|item| match item {
                "self" => prefix.clone(),
                _ => format!("{prefix}::{item}"),
            })
            .collect();
        let after = text.get(end + 1..).unwrap_or_default().to_string();
        text = format!("{}{}{}", &text[..start], written.join(" "), after);
    }
    text
}

/// The modules `path` (a `::` path seen in module `from`) points into.
fn target(path: &[&str], from: &str, known: &BTreeSet<String>) -> String {
    let here: Vec<&str> = if from == "crate" {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    let mut absolute: Vec<String> = Vec::new();
    let mut rest = path;
    match path.first() {
        Some(&"crate") => rest = &path[1..],
        Some(&"super") => {
            // A file `a/b.rs` is module `a::b`; its `super` is `a`.
            let mut base = here.clone();
            let mut supers = 0;
            while rest.first() == Some(&"super") {
                supers += 1;
                rest = &rest[1..];
            }
            for _ in 0..supers {
                base.pop();
            }
            absolute = base.iter().map(|s| s.to_string()).collect();
        }
        Some(&"self") => {
            absolute = here.iter().map(|s| s.to_string()).collect();
            rest = &path[1..];
        }
        _ => absolute = here.iter().map(|s| s.to_string()).collect(),
    }
    absolute.extend(rest.iter().map(|s| s.to_string()));
    // The longest prefix that is a module file.
    while !absolute.is_empty() {
        let name = absolute.join("::");
        if known.contains(&name) {
            return name;
        }
        absolute.pop();
    }
    "crate".to_string()
}

fn dependencies(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = modules(src);
    let known: BTreeSet<String> = files.keys().cloned().collect();
    let mut test_only = BTreeSet::new();
    let mut code = BTreeMap::new();
    for (name, path) in &files {
        let (text, tests) = code_of(&fs::read_to_string(path).expect("read"));
        for t in tests {
            test_only.insert(if name == "crate" {
                t
            } else {
                format!("{name}::{t}")
            });
        }
        code.insert(name.clone(), expand_groups(&text));
    }
    let mut graph = BTreeMap::new();
    for (name, text) in &code {
        if test_only.contains(name) {
            continue;
        }
        let children: BTreeSet<&str> = known
            .iter()
            .filter_map(|k| {
                let rest = if name == "crate" {
                    Some(k.as_str())
                } else {
                    k.strip_prefix(&format!("{name}::"))
                };
                rest.filter(|r| !r.contains("::") && !r.is_empty())
            })
            .collect();
        let mut uses = BTreeSet::new();
        // Every `a::b::c` path in the code.
        let bytes: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_alphabetic() || bytes[i] == '_' {
                let start = i;
                while i < bytes.len()
                    && (bytes[i].is_alphanumeric() || bytes[i] == '_' || bytes[i] == ':')
                {
                    i += 1;
                }
                let word: String = bytes[start..i].iter().collect();
                let before = start.checked_sub(1).map(|b| bytes[b]);
                if before.is_some_and(|c| c == ':' || c == '.') || !word.contains("::") {
                    continue;
                }
                let parts: Vec<&str> = word.split("::").filter(|p| !p.is_empty()).collect();
                let Some(first) = parts.first() else { continue };
                let relative =
                    ["crate", "super", "self"].contains(first) || children.contains(first);
                if !relative {
                    continue;
                }
                let to = target(&parts, name, &known);
                if &to != name && !test_only.contains(&to) {
                    uses.insert(to);
                }
            } else {
                i += 1;
            }
        }
        graph.insert(name.clone(), uses);
    }
    graph
}

fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let at = path.iter().position(|p| p == next).unwrap_or(0);
                    let mut cycle = path[at..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, state, path) {
                        return Some(cycle);
                    }
                }
            }
        }
        path.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node)
            && let Some(cycle) = visit(node, graph, &mut state, &mut Vec::new())
        {
            return Some(cycle);
        }
    }
    None
}

fn assert_acyclic(crate_dir: &str, at_least: usize, sample: (&str, &str)) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate_dir);
    let graph = dependencies(&src);
    assert!(graph.len() >= at_least, "the modules were found: {graph:?}");
    assert!(
        graph[sample.0].contains(sample.1),
        "the paths were read ({} uses {}): {graph:?}",
        sample.0,
        sample.1
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!("import cycle in {crate_dir}: {}", cycle.join(" → "));
    }
}

#[test]
fn a_use_list_counts_as_the_modules_it_names() {
    assert_eq!(
        expand_groups("use super::{keymap, screens::{walk, help as h}, self};"),
        "use super::keymap super::screens::walk super::screens::help super;"
    );
}

#[test]
fn a_visibility_path_is_not_a_use() {
    let (code, _) = code_of("pub(in crate::l10n) static EN: Words = crate::words::w();");
    assert_eq!(code, "pub static EN: Words = crate::words::w();\n");
}

#[test]
fn the_domain_modules_have_no_import_cycle() {
    assert_acyclic("crates/core/src", 20, ("store::rounds", "ids"));
}

#[test]
fn the_document_modules_have_no_import_cycle() {
    assert_acyclic("crates/report/src", 20, ("export", "report"));
}

#[test]
fn the_cli_and_tui_modules_have_no_import_cycle() {
    assert_acyclic("src", 15, ("tui", "settings"));
}

#[test]
fn update_never_draws_and_screens_never_reach_the_app() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = dependencies(&src);
    assert!(
        !graph["tui::app"].contains("tui::view"),
        "update (tui::app) imports the rendering"
    );
    for (module, uses) in &graph {
        if !module.starts_with("tui::screens::") {
            continue;
        }
        assert!(!uses.contains("tui::app"), "{module} imports tui::app");
        // The help lists the keys of the screen below it, so it reads the state.
        if module != "tui::screens::help" {
            assert!(
                !uses.contains("tui::state"),
                "{module} takes the whole state, not its own"
            );
        }
    }
}

#[test]
fn no_source_file_is_over_600_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack: Vec<PathBuf> = ["src", "tests", "benches", "crates"]
        .iter()
        .map(|d| root.join(d))
        .collect();
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                seen += 1;
                let lines = fs::read_to_string(&path).expect("readable").lines().count();
                assert!(lines <= 600, "{} has {lines} lines", path.display());
            }
        }
    }
    assert!(seen > 100, "the sources were found ({seen} files)");
}
