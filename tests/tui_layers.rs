//! The TUI's layers stay one-way: no module of `src/tui` depends, through
//! its imports, on a module that depends back on it (so `update` cannot
//! reach rendering, and a screen cannot reach `app`), and no file of it is
//! over 600 lines. Read from the source, as `cargo modules dependencies
//! --acyclic` would, without installing it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/tui is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `screens/walk.rs` → `["screens", "walk"]`; `keymap/mod.rs` → `["keymap"]`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(root()).expect("under src/tui");
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The source without comments and without its test module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The paths a file names after `prefix` (`super::a::b`, `super::{a, b}`).
fn paths_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        // `crate::tui::` also ends in `tui::`: take whole words only.
        if at > 0 && code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = &code[at + prefix.len()..];
        let mut path = Vec::new();
        loop {
            if let Some(group) = rest.strip_prefix('{') {
                let inside = group.split('}').next().unwrap_or_default();
                for item in inside.split(',') {
                    let item = ident(item.trim());
                    if !item.is_empty() {
                        let mut p = path.clone();
                        p.push(item.to_string());
                        found.push(p);
                    }
                }
                break;
            }
            let name = ident(rest);
            if name.is_empty() {
                break;
            }
            path.push(name.to_string());
            rest = &rest[name.len()..];
            match rest.strip_prefix("::") {
                Some(more) => rest = more,
                None => break,
            }
        }
        if !path.is_empty() {
            found.push(path);
        }
    }
    found
}

/// The deepest known module a path from `base` names.
fn resolve(
    modules: &BTreeSet<Vec<String>>,
    base: &[String],
    path: &[String],
) -> Option<Vec<String>> {
    let mut best = None;
    let mut candidate = base.to_vec();
    for part in path {
        candidate.push(part.clone());
        if modules.contains(&candidate) {
            best = Some(candidate.clone());
        } else {
            break;
        }
    }
    best.or_else(|| modules.contains(base).then(|| base.to_vec()))
}

fn graph() -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut files = Vec::new();
    rust_files(&root(), &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let mut edges = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        let code = code(&std::fs::read_to_string(file).expect("readable"));
        let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
        let mut targets = BTreeSet::new();
        let mut named = Vec::new();
        for path in paths_after(&code, "super::") {
            named.push((parent.clone(), path));
        }
        for path in paths_after(&code, "crate::tui::") {
            named.push((Vec::new(), path));
        }
        // Children used by their bare name (`mod tables;` … `tables::X`).
        for child in code.lines().filter_map(|l| {
            let l = l.trim().trim_start_matches("pub ");
            l.strip_prefix("mod ")?.strip_suffix(';')
        }) {
            for path in paths_after(&code, &format!("{child}::")) {
                let mut p = vec![child.to_string()];
                p.extend(path);
                named.push((module.clone(), p));
            }
        }
        for (base, path) in named {
            if let Some(target) = resolve(&modules, &base, &path)
                && target != module
            {
                targets.insert(target);
            }
        }
        edges.insert(module, targets);
    }
    edges
}

#[test]
fn tui_modules_have_no_import_cycle() {
    let edges = graph();
    // Depth-first search; a module met again while on the stack is a cycle.
    fn visit(
        m: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(at) = stack.iter().position(|s| s == m) {
            let cycle: Vec<String> = stack[at..].iter().map(|p| p.join("::")).collect();
            panic!("import cycle in src/tui: {}", cycle.join(" → "));
        }
        stack.push(m.clone());
        for next in edges.get(m).into_iter().flatten() {
            visit(next, edges, stack, done);
        }
        stack.pop();
        done.insert(m.clone());
    }
    let mut done = BTreeSet::new();
    for module in edges.keys() {
        visit(module, &edges, &mut Vec::new(), &mut done);
    }
    // The check sees the layers it is about.
    let app = edges.get(&vec!["app".to_string()]).expect("app module");
    assert!(app.contains(&vec!["state".to_string()]), "{app:?}");
}

#[test]
fn update_never_imports_rendering_and_screens_never_import_app() {
    let edges = graph();
    let app = vec!["app".to_string()];
    let view = vec!["view".to_string()];
    assert!(!edges[&app].contains(&view), "app imports view");
    for (module, targets) in &edges {
        if module.first().is_some_and(|m| m == "screens") {
            assert!(!targets.contains(&app), "{module:?} imports app");
        }
    }
}

#[test]
fn screens_take_their_own_state_not_the_app() {
    let edges = graph();
    let state = vec!["state".to_string()];
    for (module, targets) in &edges {
        let name = module.join("::");
        // The dispatcher, and the help (it lists the keys of the screen below).
        if !name.starts_with("screens::") || name == "screens::help" {
            continue;
        }
        assert!(!targets.contains(&state), "{name} imports the whole state");
    }
}

#[test]
fn no_tui_file_is_over_600_lines() {
    let mut files = Vec::new();
    rust_files(&root(), &mut files);
    for file in files {
        let lines = std::fs::read_to_string(&file)
            .expect("readable")
            .lines()
            .count();
        assert!(lines <= MAX_LINES, "{} has {lines} lines", file.display());
    }
}
