// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mentordesk::matching {

/// What the solver needs of the scorer: the integer gain of every mentee–mentor pair, or a
/// negative value for a pair no rule allows. Implementations must be safe to call from several
/// threads at once (the solver scores mentees in parallel) and deterministic.
class PairGains {
public:
    virtual ~PairGains() = default;

    virtual int menteeCount() const = 0;
    virtual int mentorCount() const = 0;
    /// The gain of one pair, bonuses included; negative = not allowed.
    virtual int gain(int mentee, int mentor) const = 0;
    /// The gains of one mentee with every mentor, into gains[0 .. mentorCount()).
    virtual void gainsOfMentee(int mentee, int* gains) const
    {
        for (int mentor = 0; mentor < mentorCount(); ++mentor)
            gains[mentor] = gain(mentee, mentor);
    }
};

} // namespace mentordesk::matching
