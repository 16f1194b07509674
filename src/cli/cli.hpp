#pragma once
// The command line: each command lives in its own file and registers itself in commands.cpp.

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace redraft::cli {

// Where output goes and how it looks, shared by every command.
struct OutputOptions {
    std::string format = "text";
    std::string path; // -o FILE; empty for stdout
    std::string color = "auto";
};

// State every command can reach. Commands set `exit_code`.
struct Context {
    std::ostream& out;
    std::ostream& err;
    int exit_code = 0;
};

using Registrar = std::function<void(CLI::App&, Context&)>;

// Adds --format (restricted to `formats`), -o and --color to a command.
void add_output_options(CLI::App& command, OutputOptions& options,
                        const std::vector<std::string>& formats);

// Writes `text` to the -o file (whole or not at all: a temporary file renamed into place, over
// the file a symbolic link points to, with the replaced file's permissions; a device or FIFO is
// written into) or to the context's stdout.
void write_output(Context& context, const OutputOptions& options, const std::string& text);

// True when output should carry ANSI colour: --color=always, or auto with a terminal stdout
// and neither NO_COLOR nor TERM=dumb.
bool use_color(const OutputOptions& options);

// Checks that say what a value must be, in the words of the option: "a number from 0 to 1" for
// a similarity, "a whole number, 0 or more" (and at most `max`) for a count, never a negative
// one, which CLI11 would wrap to a huge unsigned value; `example` ends the message ("e.g.
// --similarity 0.5").
CLI::Validator fraction_check(const std::string& example);
CLI::Validator count_check(const std::string& example, std::uint64_t max = 999'999'999);

// Adds --max-bytes N (the largest document read, any whole number of bytes) to a command.
void add_max_bytes_option(CLI::App& command, std::uint64_t& max_bytes,
                          const std::string& description);

// Every command's registrar, in the order `redraft --help` lists them.
const std::vector<Registrar>& commands();

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace redraft::cli
