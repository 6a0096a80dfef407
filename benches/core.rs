//! Domain speed: loading the embedded data, and matching throughput.
//! Run with `cargo bench --bench core`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use bilan_core::Library;
use bilan_core::matching::{self, CompiledProfile};

fn load(c: &mut Criterion) {
    c.bench_function("load embedded catalogue + 3 profiles", |b| {
        b.iter(|| black_box(Library::builtin().expect("built-in data is valid")))
    });
}

fn matching_throughput(c: &mut Criterion) {
    let library = Library::builtin().expect("built-in data is valid");
    let catalogue = &library.catalogue;
    let compiled: Vec<CompiledProfile> = library
        .profiles
        .iter()
        .map(|p| CompiledProfile::new(p, catalogue))
        .collect();
    // A spread of scores so no branch is always taken.
    let levels: Vec<u8> = (0..catalogue.len()).map(|i| (i % 6) as u8).collect();
    let answered = vec![true; catalogue.len()];

    let mut group = c.benchmark_group("match");
    group.throughput(Throughput::Elements(1));
    group.bench_function("fit of one assessment against all profiles", |b| {
        b.iter(|| {
            let levels = black_box(&levels);
            compiled.iter().map(|p| p.fit(levels)).sum::<f64>()
        })
    });
    group.bench_function("full explained ranking of one assessment", |b| {
        b.iter(|| {
            matching::rank(
                black_box(&library.profiles),
                catalogue,
                black_box(&levels),
                &answered,
            )
        })
    });
    group.finish();
}

criterion_group!(benches, load, matching_throughput);
criterion_main!(benches);
