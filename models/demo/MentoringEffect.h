// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace mentordesk::demo {

/// What mentoring does to one mentee's business, in the demo program and in the generated
/// marketplace alike, so that the analytics show the same story on both.
// The sizes are modest on purpose: published effects of business mentoring are of the order of
// +10–20 % on sales, and they fade once the mentoring ends. A demo with a larger effect would
// teach coordinators to expect what no real program shows. Days are day numbers (any epoch).
class MentoringEffect {
public:
    static constexpr double kRampDays = 150;       ///< days to reach the full effect
    static constexpr double kLastingShare = 0.4;   ///< what remains long after the mentoring
    static constexpr double kHalfLifeDays = 120;   ///< of the part that fades
    static constexpr double kStyleBonus = 0.25;    ///< coaching styles that agree work better
    static constexpr double kOrders = 0.15;        ///< orders × (1 + kOrders·effect)
    static constexpr double kOrderValue = 0.03;    ///< order value × (1 + kOrderValue·effect)
    static constexpr double kListingQuality = 6;   ///< points added at effect 1
    static constexpr double kReturns = 0.15;       ///< return rate × (1 − kReturns·effect)
    static constexpr double kCsat = 0.12;          ///< stars added at effect 1
    static constexpr double kPricePull = 0.2;      ///< share of the price gap to the market closed
    static constexpr double kRepeat = 0.02;        ///< repeat purchase rate added at effect 1
    static constexpr double kTurnover = 0.05;      ///< inventory turnover × (1 + kTurnover·effect)
    static constexpr double kRampShortening = 0.2; ///< share of the wait for a first sale saved

    MentoringEffect() = default;
    /// @p start: the first pairing's start; @p end: the day the main (longest) pairing ended,
    /// completed or not, or 0 while it runs.
    MentoringEffect(double strength, qint64 start, qint64 end)
        : m_strength(strength)
        , m_start(start)
        , m_end(end)
    {
    }

    /// The strength e of a mentee's effect: how engaged the mentee is, how good the mentor is.
    static double strengthOf(double engagement, double mentorQuality, bool styleAgrees)
    {
        return engagement * mentorQuality * (styleAgrees ? 1 + kStyleBonus : 1.0);
    }

    bool exists() const { return m_strength > 0; }
    double strength() const { return m_strength; }

    /// The effect on @p day: it grows over kRampDays while paired, then fades towards
    /// kLastingShare of what it had reached when the main pairing ended.
    double at(qint64 day) const
    {
        if (!exists() || day <= m_start)
            return 0;
        const bool ended = m_end > m_start && m_end < day;
        const qint64 until = ended ? m_end : day;
        const double reached = m_strength * std::min(1.0, double(until - m_start) / kRampDays);
        if (!ended)
            return reached;
        const double fading = std::pow(0.5, double(day - m_end) / kHalfLifeDays);
        return reached * (kLastingShare + (1 - kLastingShare) * fading);
    }

    /// A mentee's first sale: every seller draws its natural first sale the same way; one that
    /// would come after enrolment comes sooner, by kRampShortening·e of the wait.
    qint64 firstSale(qint64 enrolment, qint64 natural) const
    {
        if (!exists() || natural <= enrolment)
            return natural;
        const double wait = double(natural - enrolment) * (1 - kRampShortening * std::min(1.0, m_strength));
        return enrolment + qint64(std::llround(wait));
    }

private:
    double m_strength = 0;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

} // namespace mentordesk::demo
