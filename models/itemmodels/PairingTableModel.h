// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DetailRepository.h"

#include <QAbstractTableModel>

namespace mentordesk {

/// Current and past pairings of one seller or mentor, open ones first. Trials whose end is near
/// or past (kTrialDecisionDays) are tinted in the status and trial-end columns and say so in
/// their tooltip, so that a decision due is seen at a glance.
class PairingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Counterpart, Status, Started, TrialEnds, Ended, EndReason, Score, TouchpointsDone, ColumnCount };
    enum Role {
        PairingIdRole = Qt::UserRole + 1, ///< qint64, every column
        StatusCodeRole,                   ///< trial / active / ended
        /// Days from today to the trial's end (negative: past) for a trial with an end date;
        /// invalid for any other row.
        TrialDaysLeftRole,
        /// Whether the row is a trial ending within kTrialDecisionDays or already past its end.
        TrialDecisionDueRole,
    };

    explicit PairingTableModel(QObject* parent = nullptr);
    void setPairings(QVector<PairingSummary> pairings, const QString& counterpartTitle);
    /// Fixes the day the trial deadlines are counted from (tests); by default it is the current day.
    void setToday(const QDate& today);

    /// The pairing of `row`, or a default summary outside the rows.
    PairingSummary pairing(int row) const;
    /// The row showing `pairingId`, or -1.
    int rowOfPairing(qint64 pairingId) const;
    /// "Trial ends in 3 days", "Trial ended 2 days ago — decide" …, or an empty string for a row
    /// without a trial deadline.
    QString trialDeadlineText(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QDate today() const;
    std::optional<int> trialDaysLeft(const PairingSummary& pairing) const;
    QVariant displayData(const PairingSummary& pairing, int column) const;
    QVariant deadlineData(const PairingSummary& pairing, int row, int role) const;

    QVector<PairingSummary> m_pairings;
    QString m_counterpartTitle;
    QDate m_fixedToday;
};

} // namespace mentordesk
