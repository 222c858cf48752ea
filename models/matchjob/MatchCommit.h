// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace mentordesk {

class ChangeFeed;

/// Turns a run's proposals into trial pairings, all or nothing, and takes them back again.
/// Used by the headless command directly and by the wizard through an undo command
/// (ProgramEditor::commitMatchRun), so both write exactly the same rows and audit entries.
class MatchCommit {
    Q_DECLARE_TR_FUNCTIONS(MatchCommit)
public:
    MatchCommit(QSqlDatabase db, QString actor);

    struct Pair {
        qint64 sellerId = 0;
        qint64 mentorId = 0;
        int score = 0;
    };

    /// In one transaction: ends the mentee's open pairing as "rematched" (ended on trialStart)
    /// where there is one, inserts a trial pairing (started trialStart, trial end trialEnd,
    /// score, match_run_id) with its checklist from the default template, marks the run accepted
    /// and writes the audit rows. Fails (nothing written, errorText()) when a mentor's capacity
    /// or a conflict changed since the run.
    struct Applied {
        bool ok = false;
        /// In the order of pairs; 0 where the mentee's open pairing already was with that mentor
        /// (re-matching kept it: nothing was ended or added for that mentee).
        QVector<qint64> newPairings;
        QVector<qint64> endedPairings;  ///< the open pairings ended as "rematched"
        QVector<QString> endedStatuses; ///< their status before ("trial" or "active"), for revert()
    };
    Applied apply(qint64 runId, const QVector<Pair>& pairs, const QDate& trialStart, const QDate& trialEnd);
    /// Undoes apply(): deletes the new pairings, reopens the ones it ended, marks the run
    /// proposed again, with audit rows; refused with a sentence (nothing written) when one of
    /// them has since changed (a touchpoint logged, its status moved).
    bool revert(qint64 runId, const Applied& applied);

    QString errorText() const { return m_error; }

private:
    bool fail(const QString& message);
    bool checkRun(qint64 runId, const QString& expectedStatus);
    bool checkDisclosures(const Pair& pair);
    bool checkCapacity(const QVector<Pair>& pairs);
    bool applyPair(qint64 runId, const Pair& pair, const QDate& trialStart, const QDate& trialEnd, Applied* applied);
    bool removeNewPairing(qint64 pairingId);
    bool reopenPairing(qint64 pairingId, const QString& status);
    bool setRunStatus(qint64 runId, const QString& oldStatus, const QString& newStatus);
    bool audit(qint64 pairingId, const QString& field, const QVariant& oldValue, const QVariant& newValue);
    QString pairingName(qint64 pairingId);

    QSqlDatabase m_db;
    QString m_actor;
    QString m_error;
};

} // namespace mentordesk
