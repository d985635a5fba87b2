#include "aio/error.hpp"

namespace aio {

Error::~Error() = default;

void panic(const char* what) {
  std::fprintf(stderr, "aio: fatal: %s\n", what);
  std::abort();
}

}  // namespace aio
