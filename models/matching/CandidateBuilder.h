// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchSolver.h"

namespace mentordesk::matching {

class SolverParallel;
struct LeftOutArc;

/// The first phase of a solve: checks the input and the pins, takes the pins off the capacities,
/// and scores every other mentee against every mentor (in parallel) to keep its best allowed arcs.
class CandidateBuilder {
public:
    CandidateBuilder(const SolverInput& input, const SolverParallel& parallel);

    CandidateGraph build() const;

    /// The places left for one (mentor, group), looked up once and remembered in the graph.
    static int groupAllowanceLeft(const SolverInput& input, CandidateGraph& graph, int mentor, int group);
    /// Adds the arcs the certificate found (sorted by slot and mentor) to the graph, except those
    /// into a (mentor, group) with no places left; returns how many were added, and when asked, the
    /// added ones (for the flow network that is extended in place, SolverFlowNetwork::appendArcs()).
    static qint64 addArcs(const SolverInput& input, CandidateGraph& graph, const std::vector<LeftOutArc>& arcs,
                          std::vector<LeftOutArc>* addedArcs = nullptr);

private:
    QString inputError() const;
    bool takePins(CandidateGraph& graph) const;
    struct SlotArcs;
    struct ScoringBuffers;

    bool scoreSlots(CandidateGraph& graph) const;
    void scoreSlot(const CandidateGraph& graph, int slot, ScoringBuffers& buffer, SlotArcs& result) const;
    void keepAll(const CandidateGraph& graph, ScoringBuffers& buffer, SlotArcs& result) const;
    void keepBest(const CandidateGraph& graph, int slot, ScoringBuffers& buffer, SlotArcs& result) const;
    void addMentorsBest(CandidateGraph& graph, std::vector<ScoringBuffers>& buffers) const;
    int mentorListLength(const CandidateGraph& graph, int mentor) const;
    static size_t reservePerSlot(int candidatesPerMentee);
    void lookUpAllowances(CandidateGraph& graph) const;

    const SolverInput& m_input;
    const SolverParallel& m_parallel;
};

} // namespace mentordesk::matching
