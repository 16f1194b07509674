#include "cli/cli.hpp"

namespace redraft::cli {

void register_init(CLI::App& app, Context& context);
void register_commit(CLI::App& app, Context& context);
void register_log(CLI::App& app, Context& context);
void register_show(CLI::App& app, Context& context);
void register_diff(CLI::App& app, Context& context);
void register_report(CLI::App& app, Context& context);
void register_assess(CLI::App& app, Context& context);
void register_label(CLI::App& app, Context& context);
void register_check(CLI::App& app, Context& context);
void register_git_diff(CLI::App& app, Context& context);
void register_timeline(CLI::App& app, Context& context);
void register_blame(CLI::App& app, Context& context);

const std::vector<Registrar>& commands() {
    static const std::vector<Registrar> table = {
        register_init,     register_commit, register_log,    register_show,
        register_diff,     register_report, register_assess, register_label,
        register_timeline, register_blame,  register_check,  register_git_diff,
    };
    return table;
}

} // namespace redraft::cli
