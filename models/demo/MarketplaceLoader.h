// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketplaceGenerator.h"
#include "MarketplaceVocabulary.h"
#include "storage/SqliteStatement.h"

#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

#include <sqlite3.h>

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace mentordesk::demo {

enum EndReason { Completed, MenteeWithdrew, Mismatch, Rematched, Other, MentorUnavailable };
inline constexpr std::array<const char*, 6> kEndReasonCodes = {
    {"completed", "mentee_withdrew", "mismatch", "rematched", "other", "mentor_unavailable"}};

struct MentorPlan {
    int capacity;
    int conflictCategory; // -1: none
    qint64 joined;
    qint64 inactiveFrom; // 0: still active
    double quality = 1;  // how much a mentee gains from this mentor (MentoringEffect)
    bool dataDriven = false;
};

struct PlannedPairing {
    bool exists = false;
    qint64 mentee = 0;
    int mentor = 0;
    qint64 start = 0;
    qint64 end = 0; // ended_on, or for an open pairing the day it is planned to end
    bool open = false;
    EndReason reason = Completed;
    double score = 0;
};

/// Writes one generated marketplace inside the caller's transaction. The parts live in files by
/// what they do: MarketplacePlan decides who is paired with whom and when; MarketplaceSellers,
/// MarketplaceMentors and MarketplacePairings write the rows. No row is kept in memory: any
/// pairing is recomputed from its slot and round when it is needed.
class MarketplaceLoader {
public:
    MarketplaceLoader(sqlite3* db, const GeneratorOptions& options,
                      const std::function<bool(qint64, qint64)>& progress);
    bool run();
    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    bool report(bool force);
    void finish()
    {
        m_done = m_total;
        report(true);
    }

private:
    bool fail();
    bool exec(const char* sql);
    bool prepare(SqliteStatement* statement, const char* sql);
    bool advance(qint64 rows);
    void plan();
    PlannedPairing pairing(qint64 slot, qint64 round) const;
    int categoryOf(qint64 seller) const;
    qint64 permute(qint64 k) const;
    qint64 unpermute(qint64 seller) const;
    qint64 weeksOf(const PlannedPairing& pairing) const;
    int cohortOf(qint64 day) const;
    bool writeCohorts();
    bool writeSellers();
    bool writeMentors();
    bool writePairings();
    qint64 rowsIn(const std::string& table) const;

    sqlite3* m_db;
    const GeneratorOptions m_options;
    const std::function<bool(qint64, qint64)>& m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastReport = 0;
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_sinceCheck = 0;
    bool m_cancelled = false;
    QString m_error;

    qint64 m_today = 0;
    qint64 m_historyStart = 0;
    quint64 m_sellers = 1;
    quint64 m_stride = 1, m_strideInverse = 1, m_offset = 0;
    qint64 m_menteeLimit = 0;
    qint64 m_mentorSellers = 0;
    std::vector<MentorPlan> m_mentors;
    std::vector<qint64> m_slotStart; // first slot of each mentor, and the total at the end
    qint64 m_rounds = 0;
    std::vector<qint64> m_cohortStart;
    std::vector<qint64> m_cohortPairings;
    qint64 m_pairings = 0;
    qint64 m_pairingWeeks = 0;
    qint64 m_cohortTouchpoints = 0;
    std::array<double, kMarketCategories.size()> m_categoryCumulative = {};
};

} // namespace mentordesk::demo
