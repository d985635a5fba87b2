// example_fetch — the seed's fetch demo as a program (see fetch.hpp).
#include "examples/fetch.hpp"

#include "examples/example_main.hpp"

int main(int argc, char** argv) {
  using namespace examples;
  return run_example(argc, argv, [](Print p) { return fetch_main(std::move(p)); });
}
