#pragma once
// The demo's random numbers: SplitMix64, a tiny generator whose sequence is fixed by its
// seed on every platform (std::uniform_int_distribution is not), so a seed always makes
// the same demo region and the same ticket history.
#include <cstdint>
#include <vector>

namespace simpul {

class DemoRandom {
 public:
  explicit DemoRandom(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int between(int low, int high) { return low + static_cast<int>(next() % static_cast<uint64_t>(high - low + 1)); }
  // True with the given chance, 0.0 to 1.0.
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  template <class T>
  const T& pick(const std::vector<T>& items) { return items[next() % items.size()]; }

 private:
  uint64_t state_;
};

}  // namespace simpul
