#pragma once
// The `simpul` subcommands. Each returns the process exit code:
// 0 done, 1 failed while running, 2 bad usage or configuration.
#include "config/config.h"

namespace simpul::cli {

int run(int argc, char** argv);

int serve(const config::Config& config);
int migrate(const config::Config& config);
int demo(const config::Config& config);
int version();

}  // namespace simpul::cli
