// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeterministicRandom.h"

#include <cmath>
#include <numeric>

namespace mentordesk::demo {

double DeterministicRandom::normal()
{
    double sum = -6.0;
    for (int i = 0; i < 12; ++i)
        sum += unit();
    return sum;
}

int DeterministicRandom::roundRandomly(double value)
{
    const double whole = std::floor(value);
    return int(whole) + (chance(value - whole) ? 1 : 0);
}

int DeterministicRandom::weighted(std::initializer_list<double> weights)
{
    double r = unit() * std::accumulate(weights.begin(), weights.end(), 0.0);
    int index = 0;
    for (double weight : weights) {
        if (r < weight)
            return index;
        r -= weight;
        ++index;
    }
    return index - 1;
}

} // namespace mentordesk::demo
