#include <iostream>

#include "cli/cli.hpp"

int main(int argc, char** argv) {
    return redraft::cli::run_cli(argc, argv, std::cout, std::cerr);
}
