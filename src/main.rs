//! The `strata` binary: the command line of `strata-cli`, with every plugin crate it links.

fn main() -> std::process::ExitCode {
    strata::cli::main()
}
