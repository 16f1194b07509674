#include "cli/cli.hpp"

#include <redraft/error.hpp>
#include <redraft/text/edit_distance.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <unistd.h>

namespace redraft::cli {

void add_output_options(CLI::App& command, OutputOptions& options,
                        const std::vector<std::string>& formats) {
    command.add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember(formats))
        ->capture_default_str();
    command.add_option("-o,--output", options.path, "Write to FILE instead of standard output")
        ->check(CLI::Validator(
            [](const std::string& path) {
                // `-o "$REPORT"` with the variable unset: no request for standard output.
                return path.empty() ? std::string("the file name is empty; give a file to write, "
                                                  "or - for standard output")
                                    : std::string();
            },
            ""));
    command.add_option("--color", options.color, "Colour: auto, always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
}

CLI::Validator fraction_check(const std::string& example) {
    return CLI::Validator(
        [example](const std::string& text) {
            double value = -1;
            const auto [end, error] =
                std::from_chars(text.data(), text.data() + text.size(), value);
            if (error == std::errc() && end == text.data() + text.size() && value >= 0.0 &&
                value <= 1.0) {
                return std::string();
            }
            return "'" + text + "' is not a number from 0 to 1; e.g. " + example;
        },
        "0..1");
}

CLI::Validator count_check(const std::string& example, std::uint64_t max) {
    return CLI::Validator(
        [example, max](const std::string& text) {
            // Digits only: CLI11 itself would read "-1" into an unsigned option as 2^64 - 1.
            std::uint64_t value = 0;
            const auto [end, error] =
                std::from_chars(text.data(), text.data() + text.size(), value);
            const bool digits =
                !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
            if (digits && error == std::errc() && end == text.data() + text.size() &&
                value <= max) {
                return std::string();
            }
            if (digits) {
                return "'" + text + "' is more than " + std::to_string(max) + "; e.g. " + example;
            }
            return "'" + text + "' is not a whole number, 0 or more; e.g. " + example;
        },
        "N");
}

void add_max_bytes_option(CLI::App& command, std::uint64_t& max_bytes,
                          const std::string& description) {
    command.add_option("--max-bytes", max_bytes, description)
        ->check(count_check("--max-bytes 1073741824 (1 GiB)",
                            std::numeric_limits<std::uint64_t>::max()))
        ->capture_default_str();
}

bool use_color(const OutputOptions& options) {
    if (options.color == "always") {
        return true;
    }
    if (options.color == "never" || !options.path.empty()) {
        return false;
    }
    const char* no_color = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    if ((no_color && *no_color) || (term && std::string_view(term) == "dumb")) {
        return false;
    }
    return isatty(STDOUT_FILENO) == 1;
}

namespace {

// Where -o writes: PATH itself, or the file its chain of symbolic links ends at (a link
// dangling at a file yet to be written included), so that the link stays a link.
std::filesystem::path resolve_links(std::filesystem::path path) {
    constexpr int kMaxLinks = 40; // as the kernel's ELOOP limit
    std::error_code ec;
    for (int hops = 0; hops < kMaxLinks && std::filesystem::is_symlink(path, ec); ++hops) {
        const std::filesystem::path link = std::filesystem::read_symlink(path, ec);
        if (ec) {
            break;
        }
        path = link.is_absolute() ? link : path.parent_path() / link;
    }
    return path;
}

// errno after a failed write, or EIO when the stream set none.
std::string write_error() {
    return std::strerror(errno != 0 ? errno : EIO);
}

} // namespace

void write_output(Context& context, const OutputOptions& options, const std::string& text) {
    // "-o -" is standard output, as most tools take it.
    if (options.path.empty() || options.path == "-") {
        errno = 0;
        context.out << text;
        context.out.flush();
        // A full disk or a closed pipe: the caller must not read an exit code of 0 or 1 as
        // "the output is there".
        if (!context.out) {
            throw Error(ErrorKind::usage, "cannot write to standard output (" + write_error() +
                                              "): the output is incomplete; check where it goes "
                                              "(a full disk, a closed pipe)");
        }
        return;
    }
    const std::filesystem::path given(options.path);
    std::error_code kind_error;
    const auto status = std::filesystem::status(given, kind_error);
    if (std::filesystem::is_directory(status)) {
        // The example is a file of the format asked for, not always a web page.
        const std::string& f = options.format;
        const char* extension = f == "json"                        ? ".json"
                                : f == "html"                      ? ".html"
                                : f == "markdown" || f == "critic" ? ".md"
                                                                   : ".txt";
        throw Error(ErrorKind::usage, options.path +
                                          ": is a folder; give -o the name of a file to write, "
                                          "e.g. -o " +
                                          (given / (std::string("report") + extension)).string());
    }
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        // A device, FIFO or socket (-o /dev/null, -o >(gzip > out.gz)) cannot be replaced
        // without destroying it (as root, a rename over /dev/null would): write into it.
        errno = 0;
        std::ofstream stream(given, std::ios::binary);
        stream.write(text.data(), static_cast<std::streamsize>(text.size()));
        stream.close();
        if (!stream) {
            throw Error(ErrorKind::usage,
                        options.path + ": cannot write the output (" + write_error() + ")");
        }
        return;
    }
    const std::filesystem::path target = resolve_links(given);
    std::filesystem::path temporary = target;
    temporary += ".redraft-tmp-" + std::to_string(::getpid());
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file.write(text.data(), static_cast<std::streamsize>(text.size()));
        file.close();
        if (!file) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw Error(ErrorKind::usage,
                        options.path + ": cannot write the output file; check that its folder "
                                       "exists and is writable");
        }
    }
    std::error_code ec;
    // A file replaced keeps its permissions: a report kept private (0600) stays private.
    if (const auto previous = std::filesystem::status(target, ec);
        !ec && std::filesystem::is_regular_file(previous)) {
        std::filesystem::permissions(temporary, previous.permissions(), ec);
    }
    ec.clear();
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        const std::string reason = ec.message(); // before remove() resets ec
        std::filesystem::remove(temporary, ec);
        throw Error(ErrorKind::usage,
                    options.path + ": cannot write the output file (" + reason + ")");
    }
}

namespace {

// " (did you mean 'diff'?)" for a close command name, else nothing.
std::string suggest_command(const CLI::App& app, std::string_view typed) {
    std::string best;
    std::size_t best_distance = 3; // more than two edits away is no longer a typo
    for (const auto* sub : app.get_subcommands({})) {
        const std::size_t distance = text::edit_distance(typed, sub->get_name());
        if (distance < best_distance) {
            best_distance = distance;
            best = sub->get_name();
        }
    }
    return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

// True for what reads as an option ("--colour", "-x"), not a revision counted back ("-1") nor
// standard input ("-").
bool reads_as_option(std::string_view arg) {
    return arg.size() > 1 && arg[0] == '-' &&
           (arg[1] == '-' || std::isalpha(static_cast<unsigned char>(arg[1])));
}

// The message of a parse error of `command`: an option it does not take is named as an unknown
// option, with the one it was probably meant to be ("--colour" for "--color"), where CLI11 said
// "The following argument was not expected: --colour", which read as a stray value.
std::string parse_error_message(const CLI::ParseError& error, const CLI::App& command) {
    if (dynamic_cast<const CLI::ExtrasError*>(&error) == nullptr) {
        return error.what();
    }
    for (const std::string& arg : command.remaining()) {
        if (!reads_as_option(arg)) {
            continue;
        }
        const std::string typed = arg.substr(0, arg.find('='));
        // Long names only: every one-letter option is one edit from any other ("-z" is no typo
        // of "-o").
        std::vector<std::string> names;
        for (const CLI::Option* option : command.get_options()) {
            for (const auto& name : option->get_lnames()) {
                names.push_back("--" + name);
            }
        }
        const std::string meant = typed.starts_with("--") ? text::nearest(typed, names) : "";
        return "unknown option '" + typed + "'" +
               (meant.empty() ? "" : " (did you mean '" + meant + "'?)");
    }
    return error.what();
}

} // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
    Context context{out, err};
    CLI::App app{"redraft: track how an analytical text and its assessment of its subject "
                 "change across revisions",
                 "redraft"};
    app.set_version_flag("--version", std::string("redraft ") + REDRAFT_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    for (const auto& add : commands()) {
        add(app, context);
    }
    auto is_command = [&](std::string_view name) {
        for (const auto* sub : app.get_subcommands({})) {
            if (sub->get_name() == name) {
                return true;
            }
        }
        return false;
    };
    // `redraft help [COMMAND]`, as git users type it: the text of --help.
    if (argc > 1 && std::string_view(argv[1]) == "help") {
        if (argc == 2) {
            out << app.help();
            return 0;
        }
        if (argc == 3 && is_command(argv[2])) {
            out << app.get_subcommand(argv[2])->help("redraft");
            return 0;
        }
        if (argc == 3) {
            err << "redraft: unknown command '" << argv[2] << "'" << suggest_command(app, argv[2])
                << "; see 'redraft --help'\n";
            return 2;
        }
    }
    if (argc > 1 && argv[1][0] != '-' && !is_command(argv[1])) {
        err << "redraft: unknown command '" << argv[1] << "'" << suggest_command(app, argv[1])
            << "; see 'redraft --help'\n";
        return 2;
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, out, err);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, out, err);
    } catch (const CLI::ParseError& e) {
        std::string command = "redraft";
        const CLI::App* deepest = &app;
        for (const auto* sub : app.get_subcommands()) {
            command += " " + sub->get_name();
            deepest = sub;
        }
        err << command << ": " << parse_error_message(e, *deepest) << "; see '" << command
            << " --help'\n";
        return 2;
    } catch (const Error& e) {
        err << "redraft: " << e.what() << "\n";
        return 2;
    } catch (const std::bad_alloc&) {
        err << "redraft: out of memory\n";
        return 2;
    } catch (const std::exception& e) {
        err << "redraft: internal error: " << e.what() << "\n";
        return 2;
    }
    return context.exit_code;
}

} // namespace redraft::cli
