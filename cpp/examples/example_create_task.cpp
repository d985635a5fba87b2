// example_create_task — the seed's create_task demo as a program (see create_task.hpp).
#include "examples/create_task.hpp"

#include "examples/example_main.hpp"

int main(int argc, char** argv) {
  using namespace examples;
  return run_example(argc, argv, create_task_main);
}
