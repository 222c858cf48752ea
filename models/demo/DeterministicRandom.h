// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

namespace mentordesk::demo {

/// The demo program's random numbers: one sequence from one seed, so the order of the draws is
/// part of the demo's content.
// std::mt19937's output is fixed by the standard but its distributions are not, so these helpers
// use the raw output. Only + - * / and sqrt touch doubles, which IEEE 754 rounds the same
// everywhere: the same seed gives the same program from GCC, Clang or MSVC builds.
class DeterministicRandom {
public:
    explicit DeterministicRandom(quint32 seed)
        : m_engine(seed)
    {
    }
    quint32 next() { return quint32(m_engine()); }
    double unit() { return next() * (1.0 / 4294967296.0); }
    int between(int low, int high) { return low + int(next() % quint32(high - low + 1)); }
    double real(double low, double high) { return low + (high - low) * unit(); }
    bool chance(double probability) { return unit() < probability; }
    double normal(); // Irwin-Hall: the sum of twelve uniforms has variance 1
    // Rounds up with a probability equal to the fraction, so small expected counts stay unbiased.
    int roundRandomly(double value);
    int weighted(std::initializer_list<double> weights);
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[next() % N]; }
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[next() % i]);
    }

private:
    std::mt19937 m_engine;
};

} // namespace mentordesk::demo
