// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/ChecklistRecords.h"

#include <QAbstractTableModel>
#include <QMetaObject>

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// The feedback given in one pairing, both directions, newest first, with the average of each
/// direction and the mentor's average over all their mentees (the Mentors workspace's figure).
/// Reads again when the change feed reports feedback or pairings.
class FeedbackModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GivenOn, Direction, Rating, Comment, ColumnCount };
    enum Role {
        FeedbackIdRole = Qt::UserRole + 1, ///< qint64, every column
        RatingRole,                        ///< int 1–5
        DirectionCodeRole,                 ///< mentee_to_mentor / mentor_to_mentee
    };

    explicit FeedbackModel(QObject* parent = nullptr);

    void setEditor(ProgramEditor* editor);
    void setPairing(qint64 pairingId);
    qint64 pairingId() const { return m_pairingId; }

    FeedbackEntry entry(int row) const { return m_entries.value(row); }
    /// The ratings given in `direction` in this pairing.
    MentorRating average(FeedbackDirection direction) const;
    /// The mentor of this pairing's average received rating, over all their pairings.
    MentorRating mentorAverage() const { return m_mentorRating; }
    /// "4.5 (2 ratings)", or "no ratings yet".
    static QString ratingText(const MentorRating& rating);
    static QString directionText(FeedbackDirection direction);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void programChanged(const ChangeEvent& event);

    ProgramEditor* m_editor = nullptr;
    QMetaObject::Connection m_changesConnection;
    qint64 m_pairingId = 0;
    QVector<FeedbackEntry> m_entries;
    MentorRating m_mentorRating;
};

} // namespace mentordesk
