#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    bilan::cli::run()
}
