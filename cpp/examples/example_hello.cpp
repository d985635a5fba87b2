// example_hello — the seed's hello demo as a program (see hello.hpp).
#include "examples/hello.hpp"

#include "examples/example_main.hpp"

int main(int argc, char** argv) {
  using namespace examples;
  return run_example(argc, argv, hello_main);
}
