// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchjob/MatchSession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QVector>

#include <memory>

namespace mentordesk {

/// The proposals of one solved run, one row per mentee (matched or not), and the coordinator's
/// pins and forbids on top of them. Pins and forbids are kept as (seller id, mentor id), not as
/// row or index, because a re-solve loads the problem afresh and indices may change; they are
/// what the next run's MatchSelection takes.
class MatchProposalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MenteeId, Shop, MentorId, MentorName, Score, Marks, Reason, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers as numbers, unmatched rows after every score
        ScoreFractionRole,           ///< the score as a share of the highest possible (0–1), for bars
        MatchedRole,                 ///< bool
        PinnedRole,                  ///< bool: the mentee is pinned (to this or another mentor)
        SellerIdRole,                ///< qint64
        MentorIdRole,                ///< qint64, 0 when unmatched
    };
    using IdPair = QPair<qint64, qint64>;

    explicit MatchProposalModel(QObject* parent = nullptr);

    /// Shows a successful run; pins and forbids are kept (a re-solve took them into account).
    void setOutcome(std::shared_ptr<const MatchOutcome> outcome);
    const MatchOutcome* outcome() const { return m_outcome.get(); }
    void clear();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Pins the row's pair, or unpins the mentee when it is pinned already. False for an
    /// unmatched row (there is no pair to pin).
    bool togglePin(int row);
    /// Forbids the row's pair (and unpins it), or lifts that forbid again. False when unmatched.
    bool toggleForbid(int row);
    /// Swaps the mentors of two matched rows with different mentors: both swapped pairs are pinned.
    bool swapMentors(int firstRow, int secondRow);
    QVector<IdPair> pins() const { return m_pins; }
    QVector<IdPair> forbids() const { return m_forbids; }
    void clearChoices();

    /// The row's explanation, or null for a row out of range.
    const matching::MenteeExplanation* explanation(int row) const;
    /// "Why this mentor" or "why no mentor", one translated sentence.
    QString sentence(int row) const;
    /// The chosen pair's factors, one translated line each (empty when unmatched).
    QStringList factorLines(int row) const;
    /// The best three other mentors, each with why the mentee did not get them.
    QStringList alternativeLines(int row) const;
    /// "Matched 12 of 14 mentees · objective … · upper bound … · gap 0 — proven optimal".
    QString headline() const;
    /// The pairs a commit takes: every matched row (seller id, mentor id, score).
    struct ProposedPair {
        qint64 sellerId = 0;
        qint64 mentorId = 0;
        int score = 0;
    };
    QVector<ProposedPair> proposedPairs() const;

    /// A person's name in the panel and lists: "M-0012 Ana Lima" (the mentor at `mentorIndex`).
    QString mentorText(int mentorIndex) const;

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString marksText(int row) const;
    QString exclusionText(const matching::PairScore& score) const;
    QString alternativeLine(const matching::Alternative& alternative) const;
    qint64 sellerIdOf(int row) const;
    qint64 mentorIdOf(int row) const;
    QString mentorExternalId(qint64 mentorId) const;
    void choicesChanged(int row);

    std::shared_ptr<const MatchOutcome> m_outcome;
    QHash<qint64, int> m_mentorIndexById;
    QVector<IdPair> m_pins;
    QVector<IdPair> m_forbids;
    int m_maximumScore = 1;
    mutable QHash<int, QString> m_sentences;
};

} // namespace mentordesk
