#pragma once

#include <algorithm>
#include <vector>

namespace warmline::bench {

// The p-th percentile (0–100) of the values, interpolating linearly between neighbours; 0 when
// there are none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto low = size_t(rank);
    const auto high = std::min(values.size() - 1, low + 1);
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

} // namespace warmline::bench
