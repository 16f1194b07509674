#include <redraft/store/store.hpp>

#include <memory>

#include "cli/cli.hpp"

namespace redraft::cli {

void register_init(CLI::App& app, Context& context) {
    auto folder = std::make_shared<std::string>(".");
    auto* command = app.add_subcommand(
        "init", "Create a revision store (DIR/.redraft, a bare git repository) in DIR");
    command->add_option("DIR", *folder, "The folder whose documents the store keeps")
        ->capture_default_str();
    command->callback([folder, &context] {
        const auto result = store::Store::init(*folder);
        const std::string shown =
            (std::filesystem::path(*folder) / store::kStoreFolder).lexically_normal().string();
        if (result.outcome == store::InitOutcome::existed) {
            context.out << "a redraft store already exists in " << shown << "; nothing changed\n";
        } else {
            context.out << "created an empty redraft store in " << shown << "\n";
        }
        context.exit_code = 0;
    });
}

} // namespace redraft::cli
