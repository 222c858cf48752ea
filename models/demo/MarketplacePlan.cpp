// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarketplaceFormat.h"
#include "MarketplaceLoader.h"
#include "StreamRandom.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>
#include <numeric>
#include <utility>

namespace mentordesk::demo {

namespace {

constexpr int kRoundtablesPerCohort = 6;
// Pairings average about 21 weeks with a gap of 3.5 between them; at 1.6 touchpoints a week
// this decides how many years of history the requested touchpoints make.
constexpr double kTouchpointsPerWeek = 1.6;
constexpr double kSlotOccupancy = 0.86;

// a * b % modulus without overflowing 64 bits, for marketplaces of more than four billion sellers.
quint64 mulmod(quint64 a, quint64 b, quint64 modulus)
{
    if (a < (1ULL << 32) && b < (1ULL << 32))
        return a * b % modulus;
    quint64 result = 0;
    for (a %= modulus; b > 0; b >>= 1, a = (a << 1) % modulus) {
        if (b & 1)
            result = (result + a) % modulus;
    }
    return result;
}

} // namespace

int MarketplaceLoader::categoryOf(qint64 seller) const
{
    const double u = StreamRandom(m_options.seed, CategoryStream, quint64(seller)).unit() * m_categoryCumulative.back();
    return int(std::upper_bound(m_categoryCumulative.begin(), m_categoryCumulative.end(), u) -
               m_categoryCumulative.begin());
}

int MarketplaceLoader::cohortOf(qint64 day) const
{
    return int(std::upper_bound(m_cohortStart.begin(), m_cohortStart.end(), day) - m_cohortStart.begin()) - 1;
}

// Mentee number k is seller permute(k): a stride prime to the number of sellers scatters the
// mentees over the seller ids, and unpermute() finds a seller's number without a lookup table.
qint64 MarketplaceLoader::permute(qint64 k) const
{
    return qint64((mulmod(quint64(k), m_stride, m_sellers) + m_offset) % m_sellers);
}

qint64 MarketplaceLoader::unpermute(qint64 seller) const
{
    return qint64(mulmod((quint64(seller) + m_sellers - m_offset) % m_sellers, m_strideInverse, m_sellers));
}

// Each mentor has `capacity` slots; a slot holds one pairing after another with gaps between,
// so a mentor never has more open pairings than the capacity. PlannedPairing `round` of `slot` goes to
// mentee number round * slots + slot, a different seller for every pairing, so no mentee ever
// has two open pairings.
PlannedPairing MarketplaceLoader::pairing(qint64 slot, qint64 round) const
{
    PlannedPairing result;
    const qint64 slotCount = m_slotStart.back();
    const qint64 k = round * slotCount + slot;
    if (k >= m_menteeLimit)
        return result;
    const int mentorIndex =
        int(std::upper_bound(m_slotStart.begin(), m_slotStart.end(), slot) - m_slotStart.begin()) - 1;
    const MentorPlan& mentor = m_mentors[mentorIndex];
    StreamRandom timeline(m_options.seed, SlotStream, quint64(slot));
    qint64 start = std::max(m_historyStart, mentor.joined) + timeline.between(0, 120);
    qint64 length = 0;
    for (qint64 r = 0;; ++r) {
        length = timeline.between(56, 252);
        if (r == round || start >= m_today)
            break;
        start += length + timeline.between(7, 42);
    }
    if (start >= m_today || (mentor.inactiveFrom && start >= mentor.inactiveFrom - 14))
        return result;
    result.mentee = permute(k);
    if (categoryOf(result.mentee) == mentor.conflictCategory)
        return result;

    StreamRandom draw(m_options.seed, PairingStream, quint64(k));
    const double r = draw.unit();
    result.reason = r < 0.74   ? Completed
                    : r < 0.86 ? MenteeWithdrew
                    : r < 0.94 ? Mismatch
                    : r < 0.97 ? Rematched
                               : Other;
    switch (result.reason) {
    case MenteeWithdrew:
        result.end = start + qint64(length * (0.2 + 0.6 * draw.unit()));
        break;
    case Mismatch:
        result.end = start + draw.between(14, 45);
        break;
    case Rematched:
        result.end = start + draw.between(30, 90);
        break;
    case Other:
        result.end = start + draw.between(20, length);
        break;
    default:
        result.end = start + length;
        break;
    }
    if (mentor.inactiveFrom && result.end > mentor.inactiveFrom) {
        result.end = mentor.inactiveFrom;
        result.reason = MentorUnavailable;
    }
    result.exists = true;
    result.mentor = mentorIndex;
    result.start = start;
    result.open = result.end >= m_today;
    result.score = 0.35 + 0.6 * draw.unit();
    return result;
}

qint64 MarketplaceLoader::weeksOf(const PlannedPairing& pairing) const
{
    const qint64 stop = pairing.open ? m_today + kPlanningDays : pairing.end;
    return std::max<qint64>(1, (stop - pairing.start + 6) / 7);
}

void MarketplaceLoader::plan()
{
    m_today = QDateTime::currentDateTimeUtc().date().toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    m_sellers = quint64(std::max<qint64>(1, m_options.sellers));
    m_stride = std::max<quint64>(1, quint64(double(m_sellers) * 0.6180339887));
    while (std::gcd(m_stride, m_sellers) != 1)
        ++m_stride;
    // The inverse of the stride modulo the number of sellers, by the extended Euclidean algorithm.
    qint64 r0 = qint64(m_sellers), r1 = qint64(m_stride % m_sellers), t0 = 0, t1 = 1;
    while (r1 != 0) {
        const qint64 q = r0 / r1;
        r0 = std::exchange(r1, r0 - q * r1);
        t0 = std::exchange(t1, t0 - q * t1);
    }
    m_strideInverse = quint64((t0 % qint64(m_sellers) + qint64(m_sellers)) % qint64(m_sellers));
    m_offset = m_sellers / 7;

    double cumulative = 0;
    for (std::size_t c = 0; c < kMarketCategories.size(); ++c)
        m_categoryCumulative[c] = cumulative += 100.0 / double(c + 3);

    const int mentorCount = std::max(1, m_options.mentors);
    m_mentorSellers = std::min<qint64>(mentorCount / 10, qint64(m_sellers) / 10);
    m_menteeLimit =
        qint64(m_sellers) - m_mentorSellers - std::min<qint64>(mentorCount / 50 + 1, qint64(m_sellers) / 10);
    m_slotStart.assign(1, 0);
    for (int m = 0; m < mentorCount; ++m) {
        StreamRandom draw(m_options.seed, MentorStream, quint64(m));
        MentorPlan mentor{int(draw.between(2, 6)), -1, 0, 0};
        if (m % 50 == 49) // every fiftieth mentor declared a category conflict; see writeMentors()
            mentor.conflictCategory = int(draw.between(0, qint64(kMarketCategories.size()) - 1));
        // Drawn here, not in writeMentors(): the sellers' snapshots need them first.
        mentor.quality = 0.75 + 0.45 * draw.unit();
        mentor.dataDriven = draw.chance(0.55);
        m_mentors.push_back(mentor);
        m_slotStart.push_back(m_slotStart.back() + mentor.capacity);
    }
    const qint64 slotCount = m_slotStart.back();
    const qint64 weeks =
        qint64(double(m_options.touchpoints) / (double(slotCount) * kTouchpointsPerWeek * kSlotOccupancy));
    m_historyStart = m_today - std::clamp<qint64>(7 * weeks, 182, 3650);
    for (int m = 0; m < mentorCount; ++m) {
        StreamRandom draw(m_options.seed, MentorStream, quint64(m) | (1ULL << 62));
        const qint64 history = m_today - m_historyStart;
        m_mentors[m].joined = draw.chance(0.8) ? m_historyStart - draw.between(0, 60)
                                               : m_historyStart + draw.between(0, std::max<qint64>(1, history - 60));
        if (draw.chance(0.03))
            m_mentors[m].inactiveFrom = m_today - draw.between(20, std::max<qint64>(21, history / 2));
    }
    m_rounds = (m_today - m_historyStart) / 63 + 1;

    for (qint64 month = firstOfMonth(m_historyStart, 0); month <= m_today; month = firstOfMonth(month, 1))
        m_cohortStart.push_back(month);
    m_cohortPairings.assign(m_cohortStart.size(), 0);
    for (qint64 round = 0; round < m_rounds; ++round) {
        for (qint64 slot = 0; slot < slotCount; ++slot) {
            const PlannedPairing p = pairing(slot, round);
            if (p.exists) {
                ++m_pairings;
                m_pairingWeeks += weeksOf(p);
                ++m_cohortPairings[std::max(0, cohortOf(p.start))];
            }
        }
    }
    // Roundtables take their monthly share first; without pairings every touchpoint is one.
    const qint64 roundtables = qint64(m_cohortStart.size()) * kRoundtablesPerCohort;
    m_cohortTouchpoints = m_pairingWeeks > 0 ? std::min(m_options.touchpoints, roundtables) : m_options.touchpoints;

    m_total = qint64(m_cohortStart.size()) * 2 + qint64(m_sellers) * (1 + std::max(0, m_options.snapshotMonths)) +
              qint64(m_mentors.size()) + 2 * m_pairings + m_options.touchpoints - m_cohortTouchpoints;
}

} // namespace mentordesk::demo
