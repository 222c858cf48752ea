// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mentordesk {

class RecordRepository;

/// Trials ending within this many days (or already past their end) await the coordinator's
/// decision: confirm, extend or end.
constexpr int kTrialDecisionDays = 7;

/// The lifecycle columns of one pairing: what a confirm, an extension or an end changes, plus
/// what deciding whether it may (start date) and whom it concerns (mentor, mentee) need.
struct PairingState {
    qint64 id = 0; ///< 0 when the pairing does not exist.
    qint64 mentorId = 0;
    qint64 menteeId = 0;
    QString status; ///< Code of FieldId::PairingStatus: trial, active or ended.
    QDate startedOn;
    QDate trialEndDate; ///< Invalid when none was set.
    QDate endedOn;      ///< Invalid while open.
    QString endReason;  ///< Code of FieldId::PairingEndReason; empty while open.

    bool exists() const { return id != 0; }
    bool isOpen() const;
    /// Same lifecycle values (what a transition writes and checks before writing).
    bool sameLifecycle(const PairingState& other) const;
};

/// How many open trials need a decision soon: their trial end lies within the next days, or
/// has passed without the pairing being confirmed or ended.
struct TrialDeadlines {
    int endingSoon = 0; ///< Trial end between today and today + days.
    int overdue = 0;    ///< Trial end before today, still in trial.
};

/// Reads and writes the lifecycle of pairings (trial → active → ended), each write with its
/// audit-log rows in one transaction. Writes are optimistic: a transition names the state it
/// expects and is refused when the pairing changed meanwhile (another window, another desk).
class PairingRepository {
    Q_DECLARE_TR_FUNCTIONS(PairingRepository)
public:
    explicit PairingRepository(RecordRepository& records);

    /// The pairing's current state; a default PairingState when there is none with `pairingId`.
    PairingState state(qint64 pairingId) const;
    /// Whether the seller has an open (trial or active) pairing other than `exceptPairingId`.
    bool hasOpenPairing(qint64 menteeId, qint64 exceptPairingId = 0) const;
    /// Writes the lifecycle values of `to` over the pairing if it is still exactly `from`, and
    /// appends one audit row per changed column.
    bool transition(const PairingState& from, const PairingState& to);
    /// Open trials ending within `days` of `today`, and those past their end.
    TrialDeadlines trialDeadlines(const QDate& today, int days) const;

    QString errorString() const { return m_error; }

    /// Column names of the lifecycle dates (the catalogue lists no entries for them: they are
    /// neither shown in a workspace nor imported; the audit log names them so).
    static QString trialEndDateKey();
    static QString endedOnKey();

private:
    bool fail(const QString& message);
    bool updateRow(const PairingState& from, const PairingState& to);
    bool auditChanges(const PairingState& from, const PairingState& to);

    RecordRepository& m_records;
    QString m_error;
};

} // namespace mentordesk
