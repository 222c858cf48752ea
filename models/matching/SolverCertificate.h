// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/SolverFlowNetwork.h"

namespace mentordesk::matching {

class SolverParallel;

/// An allowed pair outside the candidate graph.
struct LeftOutArc {
    int slot;
    int mentor;
    int gain;
};

/// What checking every left-out pair against a solution's potentials found.
struct CertificateCheck {
    bool finished = true; ///< false when cancelled
    /// Σ max(0, −reduced cost) over the left-out arcs (each has capacity 1): what they add to the
    /// candidate graph's dual objective to make it a bound over the full graph.
    WideInt leftOutBound = 0;
    /// Arcs with a negative reduced cost (they would improve the objective), by slot and mentor;
    /// at most the requested number per slot, the most improving first.
    std::vector<LeftOutArc> improving;
    qint64 pairsScored = 0;
};

/// The global optimality certificate: re-scores the mentees whose left-out arcs a single bound
/// cannot clear and computes the reduced cost of each of those arcs.
///
/// A (mentor, group) node that is not in the network is priced at its mentor's potential: adding
/// it with its arc to the mentor (reduced cost 0, nothing flowing) extends the dual solution to
/// the full graph without changing the dual objective, so the arcs into it may be checked as if it
/// were there. A (mentor, group) known to have no places left has no arcs at all.
class SolverCertificate {
public:
    SolverCertificate(const SolverInput& input, const CandidateGraph& graph, const ArcWeighting& weighting,
                      const FlowSolution& solution, const SolverParallel& parallel);

    CertificateCheck check(int improvingPerSlot) const;

private:
    struct ImprovingArc {
        LeftOutArc arc;
        WideInt reduced;
    };

    void sortMentorBounds();
    bool boundClearsSlot(int slot) const;
    void markInGraph(int slot, std::vector<int>& inGraph) const;
    bool targetOf(int slot, int mentor, int gain, WideInt& targetPotential) const;
    void checkReserve(int slot, std::vector<int>& inGraph, std::vector<ImprovingArc>& improving,
                      WideInt& leftOutBound) const;
    void checkSlot(int slot, std::vector<int>& gains, std::vector<int>& inGraph, std::vector<ImprovingArc>& improving,
                   WideInt& leftOutBound) const;

    const SolverInput& m_input;
    const CandidateGraph& m_graph;
    ArcWeighting m_weighting;
    const FlowSolution& m_solution;
    const SolverParallel& m_parallel;
    /// The mentors some arc may be left out to, by their left-out bound (ascending), with the
    /// highest weight(bound) + π(mentor) among the first k and the highest π(mentor) from k on.
    std::vector<int> m_mentorBounds;
    std::vector<WideInt> m_highestBelow;
    std::vector<WideInt> m_highestPotentialFrom;
};

} // namespace mentordesk::matching
