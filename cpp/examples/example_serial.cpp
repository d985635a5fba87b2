// example_serial — the seed's serial demo as a program (see serial.hpp).
#include "examples/serial.hpp"

#include "examples/example_main.hpp"

int main(int argc, char** argv) {
  using namespace examples;
  return run_example(argc, argv, serial_main);
}
