#include <redraft/document/document.hpp>
#include <redraft/error.hpp>
#include <redraft/store/cache.hpp>
#include <redraft/store/source.hpp>
#include <redraft/system/heap.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/cli.hpp"
#include "cli/sources.hpp"
#include "report/escape.hpp"
#include "report/json_writer.hpp"

namespace redraft::cli {
namespace {

struct LogFlags {
    std::string document;
    SourceFlags source;
    OutputOptions output;
    std::uint64_t max_bytes = document::kMaxDocumentBytes;
};

// Paragraph counts of the revisions: from the source's cache, else counted and cached. A
// revision redraft cannot read (binary, invalid UTF-8, over --max-bytes) has no count; one the
// store cannot give (a damaged object) gets its `damage` message instead, and the others are
// still counted. Uncounted revisions are split into contiguous runs, one per core, each read
// through its own source (a source is not safe for concurrent use; contiguous runs keep git's
// delta chains warm in each reader).
std::vector<std::optional<std::size_t>> count_paragraphs(const store::SourceOptions& options,
                                                         const store::RevisionSource& source,
                                                         std::vector<store::RevisionInfo>& log) {
    const auto format =
        document::choose_format(log.front().document, document::FormatChoice::by_extension);
    // Unreadable revisions are cached as this value.
    constexpr std::uint64_t kUnreadable = UINT64_MAX;
    store::ContentCache cache(source,
                              std::string("paragraphs-") +
                                  (format == document::Format::markdown ? "markdown" : "plain") +
                                  "-" + REDRAFT_VERSION);
    std::vector<std::optional<std::uint64_t>> values(log.size());
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < log.size(); ++i) {
        // Damaged or over the cap: not read, and not counted even where the cache knows the
        // count (the listing says what redraft can read now; a larger cap reads it).
        if ((!log[i].damage.empty() && !log[i].history_cut) || log[i].size > options.max_bytes) {
            continue;
        }
        values[i] = cache.find(log[i].blob_id);
        if (!values[i]) {
            missing.push_back(i);
        }
    }
    auto count_run = [&](const store::RevisionSource& reader, std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            auto& info = log[missing[k]];
            try {
                values[missing[k]] =
                    document::count_paragraphs(reader.read(info), info.document, format);
            } catch (const Error& e) {
                if (e.kind() == ErrorKind::input) {
                    values[missing[k]] = kUnreadable;
                } else {
                    info.damage = e.what(); // listed as damaged, and reported after the listing
                }
            }
        }
    };
    constexpr std::size_t kRevisionsPerWorker =
        512; // below this, a thread costs more than it saves
    const std::size_t workers = std::clamp<std::size_t>(
        missing.size() / kRevisionsPerWorker, 1, std::max(1u, std::thread::hardware_concurrency()));
    const std::size_t run = (missing.size() + workers - 1) / std::max<std::size_t>(workers, 1);
    std::vector<std::unique_ptr<store::RevisionSource>> readers;
    std::vector<std::thread> threads;
    std::vector<std::exception_ptr> failures(workers);
    for (std::size_t w = 1; w < workers; ++w) {
        readers.push_back(store::open_source(options));
        threads.push_back(system::spawn([&, w, reader = readers.back().get()] {
            try {
                count_run(*reader, w * run, std::min(missing.size(), (w + 1) * run));
            } catch (...) {
                failures[w] = std::current_exception();
            }
        }));
    }
    try {
        count_run(source, 0, std::min(missing.size(), run));
    } catch (...) {
        failures[0] = std::current_exception();
    }
    for (auto& thread : threads) {
        thread.join();
    }
    for (const auto& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
    std::vector<std::optional<std::size_t>> counts;
    counts.reserve(log.size());
    for (std::size_t i = 0; i < log.size(); ++i) {
        if (!values[i]) {
            counts.push_back(std::nullopt);
            continue;
        }
        cache.add(log[i].blob_id, *values[i]);
        counts.push_back(*values[i] == kUnreadable ? std::nullopt
                                                   : std::optional<std::size_t>(*values[i]));
    }
    cache.save();
    return counts;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i ? "," : "") + items[i];
    }
    return out;
}

// "2024-06-27 14:30 +02:00"
std::string short_time(const store::RevisionInfo& info) {
    std::string iso = store::format_time(info.time, info.offset_minutes);
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " " + iso.substr(19);
}

std::string render_text(const std::string& document, const store::RevisionSource& source,
                        const std::vector<store::RevisionInfo>& log,
                        const std::vector<std::optional<std::size_t>>& paragraphs) {
    const std::vector<std::string> header = {"#",          "id",    "date",   "author",
                                             "paragraphs", "bytes", "labels", "message"};
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = log.size(); i-- > 0;) {
        const auto& info = log[i];
        // A shallow clone's cut is no damage: the revision reads fine, only what is below it
        // is missing.
        const bool damaged = !info.damage.empty() && !info.history_cut;
        const std::string marker =
            damaged ? "[damaged] " : (info.history_cut ? "[history cut] " : "");
        // Number 0: unknown, the history below a damaged commit cannot be counted. A message or
        // name is whatever a colleague sharing the store wrote: no escape sequence of it reaches
        // the terminal.
        rows.push_back({info.number > 0 ? std::to_string(info.number) : "?", info.short_id,
                        short_time(info), report::terminal_safe(info.author_name),
                        paragraphs[i] ? std::to_string(*paragraphs[i]) : "?",
                        damaged ? "?" : std::to_string(info.size), join(info.labels),
                        marker + report::terminal_safe(info.message)});
    }
    std::vector<std::size_t> widths(header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
        for (const auto& row : rows) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    // Numbers align right; the last column is not padded.
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string pad(widths[c] - cells[c].size(), ' ');
            const bool numeric = c == 0 || c == 4 || c == 5;
            if (c + 1 == cells.size()) {
                out += cells[c];
            } else {
                out += (numeric ? pad + cells[c] : cells[c] + pad) + "  ";
            }
        }
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        return out + "\n";
    };
    std::ostringstream out;
    out << document << ": " << log.size() << (log.size() == 1 ? " revision" : " revisions")
        << " in " << source.describe() << "\n";
    out << line(header);
    for (const auto& row : rows) {
        out << line(row);
    }
    return out.str();
}

std::string render_json(const std::string& document, const store::RevisionSource& source,
                        const std::vector<store::RevisionInfo>& log,
                        const std::vector<std::optional<std::size_t>>& paragraphs) {
    nlohmann::ordered_json revisions = nlohmann::ordered_json::array();
    for (std::size_t i = log.size(); i-- > 0;) {
        const auto& info = log[i];
        nlohmann::ordered_json row;
        row["number"] =
            info.number > 0 ? nlohmann::ordered_json(info.number) : nlohmann::ordered_json();
        row["id"] = info.id;
        row["short_id"] = info.short_id;
        row["blob"] = info.blob_id;
        row["date"] = store::format_time(info.time, info.offset_minutes);
        row["time"] = info.time;
        row["author"] = {{"name", info.author_name}, {"email", info.author_email}};
        row["labels"] = info.labels;
        row["message"] = info.message;
        row["paragraphs"] =
            paragraphs[i] ? nlohmann::ordered_json(*paragraphs[i]) : nlohmann::ordered_json();
        row["bytes"] = info.damage.empty() || info.history_cut ? nlohmann::ordered_json(info.size)
                                                               : nlohmann::ordered_json();
        if (!info.damage.empty()) {
            row["damage"] = info.damage;
        }
        if (info.history_cut) {
            row["history_cut"] = true;
        }
        revisions.push_back(std::move(row));
    }
    nlohmann::ordered_json root;
    root["schema"] = "redraft.log/1";
    root["document"] = document;
    root["source"] = source.describe();
    root["revisions"] = std::move(revisions);
    return report::json_text(root);
}

} // namespace

void register_log(CLI::App& app, Context& context) {
    auto flags = std::make_shared<LogFlags>();
    auto* command = app.add_subcommand("log", "List a document's revisions, newest first");
    command->add_option("DOC", flags->document,
                        "The document (default: the only one in the store)");
    add_max_bytes_option(
        *command, flags->max_bytes,
        "Largest revision read to count its paragraphs, in bytes; larger ones show no count");
    add_source_options(*command, flags->source);
    add_output_options(*command, flags->output, {"text", "json"});
    command->callback([flags, &context] {
        auto options = source_options(flags->source);
        options.max_bytes = flags->max_bytes;
        const auto source = store::open_source(options);
        const std::string document = store::document_name(*source, flags->document, options.cwd);
        auto log = source->log(document);
        const auto paragraphs = count_paragraphs(options, *source, log);
        write_output(context, flags->output,
                     flags->output.format == "json"
                         ? render_json(document, *source, log, paragraphs)
                         : render_text(document, *source, log, paragraphs));
        // The listing is whole; what could not be read is said after it, and the exit code
        // tells scripts that the store needs attention (docs/cli.md, "log").
        std::vector<std::string> problems;
        for (const auto& info : log) {
            if (!info.damage.empty()) {
                problems.push_back(info.damage);
            }
        }
        const auto label_problems = source->label_problems();
        problems.insert(problems.end(), label_problems.begin(), label_problems.end());
        for (const auto& problem : problems) {
            context.err << "redraft: " << problem << "\n";
        }
        context.exit_code = problems.empty() ? 0 : 2;
    });
}

} // namespace redraft::cli
