// simpul: the one binary of Simpul. See `simpul --help`.
#include "cli/commands.h"

int main(int argc, char** argv) { return simpul::cli::run(argc, argv); }
