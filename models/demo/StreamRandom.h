// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <cstdio>

namespace mentordesk::demo {

/// What a StreamRandom is drawn for; with an index (a seller, a slot, a pairing ...) it names
/// one stream.
enum Stream : quint64 {
    SellerStream = 1,
    CategoryStream,
    SlotStream,
    PairingStream,
    MentorStream,
    TouchpointStream,
    TouchpointUidStream, ///< the touchpoints' UIDs (schema version 6), per pairing or cohort
    RoundtableUidStream,
};

/// The marketplace generator's random numbers (splitmix64).
// Every seller, slot and pairing draws from a stream of its own, so any of them can be
// recomputed alone, in any order, without keeping the others in memory. That is why the
// generator cannot share the demo program's DeterministicRandom, one sequence drawn in order.
class StreamRandom {
public:
    StreamRandom(quint32 seed, Stream stream, quint64 index)
        : m_state(mix(mix(seed + (quint64(stream) << 40)) ^ index))
    {
    }
    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    qint64 between(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }
    /// 128 random bits as 32 hex digits (a touchpoint UID, the form schema version 6 generates).
    void hex128(char (&out)[33])
    {
        const quint64 high = next();
        const quint64 low = next();
        std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(high),
                      static_cast<unsigned long long>(low));
    }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) { return items[next() % N]; }

private:
    static constexpr quint64 mix(quint64 x) // the splitmix64 finaliser
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

    quint64 m_state;
};

} // namespace mentordesk::demo
