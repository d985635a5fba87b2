// example_gather — the seed's gather demo as a program (see gather.hpp).
#include "examples/gather.hpp"

#include "examples/example_main.hpp"

int main(int argc, char** argv) {
  using namespace examples;
  return run_example(argc, argv, gather_main);
}
