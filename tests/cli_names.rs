//! Commands taking an assessment FILE also take the person's name, found in
//! the data folder the way `bilan resume` finds it; and the text tables of
//! `bilan compare` line up under their rules, accents and all.

mod common;
use common::*;

/// A data folder holding Karim Benali's self-rating and his coach's rating.
fn saved_pair() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "karim-benali-self.json",
        r#"{"person": "Karim Benali", "rater": "self", "scores": {"A.3": 3, "B.1": 2, "E.7": 4}, "notes": {"A.3": "Wrote the club's plan."}}"#,
    );
    write(
        dir.path(),
        "karim-benali-coach.json",
        r#"{"person": "Karim Benali", "rater": "coach", "coach": "Zoé Écrin", "scores": {"A.3": 2, "B.1": 4, "E.7": 4}, "notes": {"A.3": "Plan seen, no budget."}}"#,
    );
    dir
}

#[test]
fn report_match_plan_and_compare_take_a_name() {
    let dir = saved_pair();
    let data = dir.path().to_str().unwrap();
    for args in [
        vec!["report", "Karim Benali", "--no-compare"],
        vec!["match", "karim benali"],
        vec!["plan", "Karim Benali"],
        vec!["compare", "Karim Benali"],
        vec!["compare", "Karim Benali", "Karim Benali"],
        vec!["diff", "Karim Benali", "Karim Benali"],
    ] {
        let mut all = vec!["--data-dir", data];
        all.extend(&args);
        let out = bilan(&all).succeeds();
        // The plan does not name the person (yet): it is a plan all the same.
        let says = if args[0] == "plan" {
            "# "
        } else {
            "Karim Benali"
        };
        assert!(out.stdout.contains(says), "{args:?}: {}", out.stdout);
    }
    // compare with one name pairs the self-rating with the coach's.
    let out = bilan(&[
        "--data-dir",
        data,
        "compare",
        "Karim Benali",
        "--format",
        "json",
    ])
    .succeeds();
    let c = json(&out.stdout);
    assert_eq!(c["coach"], "Zoé Écrin", "{c}");
}

#[test]
fn the_combined_report_shows_both_notes_side_by_side() {
    let dir = saved_pair();
    let data = dir.path().to_str().unwrap();
    for format in ["md", "html"] {
        let out = bilan(&["--data-dir", data, "report", "Karim Benali", "-f", format]).succeeds();
        let at = out
            .stdout
            .find("Notes side by side")
            .expect("the notes section");
        let rest = &out.stdout[at..];
        let (own, coach) = (
            rest.find("Wrote the club"),
            rest.find("Plan seen, no budget"),
        );
        assert!(own.is_some() && coach.is_some(), "{rest}");
        // One row: the candidate's first, the coach's beside it.
        let row = rest.lines().find(|l| l.contains("Wrote the club")).unwrap();
        assert!(row.contains("Plan seen, no budget"), "{row}");
    }
}

#[test]
fn an_unknown_name_says_nothing_is_saved_and_how_to_start() {
    let dir = saved_pair();
    let data = dir.path().to_str().unwrap();
    bilan(&["--data-dir", data, "report", "Nobody Here"]).fails_naming(
        "Nobody Here",
        &["no saved", "bilan new --name \"Nobody Here\""],
    );
    // A path stays a path: its own error.
    bilan(&["--data-dir", data, "report", "missing.json"]).fails_naming("missing.json", &[]);
}

/// Column spans of a rule line (`───  ─────`): start and end, in columns.
fn spans(rule: &str) -> Vec<(usize, usize)> {
    let cols: Vec<char> = rule.chars().collect();
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in cols.iter().enumerate() {
        match (c, start) {
            ('─', None) => start = Some(i),
            (' ', Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, cols.len()));
    }
    out
}

#[test]
fn compare_tables_line_up_with_their_rules() {
    let dir = saved_pair();
    let data = dir.path().to_str().unwrap();
    for lang in ["fr", "en"] {
        let out = bilan(&[
            "--data-dir",
            data,
            "--lang",
            lang,
            "compare",
            "Karim Benali",
        ])
        .succeeds();
        let lines: Vec<&str> = out.stdout.lines().collect();
        let mut tables = 0;
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with('─') || i == 0 {
                continue;
            }
            tables += 1;
            let rule = spans(line);
            // Header and rows: each cell's text inside its column's span,
            // counted in characters (every character here is one column).
            let mut k = i + 1;
            let mut rows = vec![lines[i - 1]];
            while k < lines.len() && !lines[k].is_empty() && rows.len() < 4 {
                rows.push(lines[k]);
                k += 1;
            }
            for row in rows {
                let chars: Vec<char> = row.chars().collect();
                for (n, c) in chars.iter().enumerate() {
                    if *c != ' ' && *c != '\u{a0}' && *c != '\u{202f}' {
                        assert!(
                            rule.iter().any(|(s, e)| (*s..*e).contains(&n)),
                            "{lang}: column {n} of {row:?} is outside the rule {line:?}"
                        );
                    }
                }
                assert!(chars.len() <= rule.last().unwrap().1, "{row:?} / {line:?}");
            }
        }
        assert_eq!(tables, 2, "{}", out.stdout);
    }
}

#[test]
fn coach_name_and_blind_go_with_coach() {
    for args in [
        vec!["new", "--name", "Ana", "--coach-name", "Marc"],
        vec!["new", "--name", "Ana", "--blind"],
        vec!["resume", "Ana", "--blind"],
    ] {
        let out = bilan(&args).cmd.assert().failure().get_output().clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("--coach"), "{args:?}: {stderr}");
    }
    // With --coach they are accepted (then, without a terminal, the plain
    // mode finds no answer on its input and creates nothing).
    let out = bilan(&[
        "new",
        "--name",
        "Ana",
        "--coach",
        "--coach-name",
        "Marc",
        "--blind",
    ])
    .cmd
    .assert()
    .failure()
    .get_output()
    .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("nothing was created"), "{stderr}");
}
