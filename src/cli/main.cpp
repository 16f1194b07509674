#include <iostream>

#include "cli/cli.hpp"
#include "cli/heap.hpp"

int main(int argc, char** argv) {
    redraft::cli::prepare_heap();
    return redraft::cli::run_cli(argc, argv, std::cout, std::cerr);
}
