// fetch — the seed's simulated concurrent requests.
//
//   async def fetch_data(url):
//       delay = random.uniform(0.5, 2)
//       print(f"fetching {url}, delay={delay:.2f}s")
//       await asyncio.sleep(delay)
//       return f"data from {url}"
//
//   async def main():
//       urls = [...three urls...]
//       tasks = [fetch_data(url) for url in urls]
//       results = await asyncio.gather(*tasks)
//       for r in results:
//           print(r)
//
// random.uniform is a seeded std::mt19937 here (Python's Mersenne Twister stream is
// the interpreter's business): the delays differ from CPython's, the shape does not.
#pragma once

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "aio/gather.hpp"
#include "aio/sleep.hpp"
#include "examples/print.hpp"

namespace examples {

inline aio::Task<std::string> fetch_data(Print print, std::mt19937& rng, std::string url) {
  double delay = std::uniform_real_distribution<double>(0.5, 2.0)(rng);
  char line[160];
  std::snprintf(line, sizeof line, "fetching %s, delay=%.2fs", url.c_str(), delay);
  print(line);
  co_await aio::sleep(delay);
  co_return "data from " + url;
}

inline aio::Task<> fetch_main(Print print, unsigned seed = 1) {
  std::mt19937 rng(seed);
  std::vector<std::string> urls = {"https://api.service1.com", "https://api.service2.com",
                                   "https://api.service3.com"};
  std::vector<aio::Task<std::string>> tasks;
  for (const std::string& url : urls) tasks.push_back(fetch_data(print, rng, url));
  auto results = co_await aio::gather(aio::running_loop(), std::move(tasks));
  for (auto& r : results) print(r.value());
}

}  // namespace examples
