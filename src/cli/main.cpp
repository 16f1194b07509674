#include <redraft/system/heap.hpp>

#include <iostream>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    redraft::system::tune_heap_for_batch_run();
    return redraft::cli::run_cli(argc, argv, std::cout, std::cerr);
}
