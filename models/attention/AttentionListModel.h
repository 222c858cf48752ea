// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AttentionItem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QTimeZone>
#include <QVector>

#include <memory>

namespace mentordesk {

class ChangeFeed;
class DatabaseWorker;
struct ChangeEvent;

/// The "Needs attention" list as a table, most urgent first: kind, due date, mentor, mentee,
/// detail and the action that resolves the line. It reads the list again when the program's
/// change feed says that something it depends on changed (touchpoints, pairings, people; kinds it
/// does not know yet, such as checklists and feedback, count as relevant), and on setAsOf(). The
/// events of one step (an undo macro publishes several) lead to one read, once control returns to
/// the event loop.
///
/// At 10M touchpoints a read takes about a second, so a program file is read in a worker thread
/// (DatabaseWorker, a connection of its own; WAL lets it see every committed change) while the
/// model keeps showing the previous list. Requests coalesce: those arriving during a read make it
/// outdated, its result is dropped and exactly one more read follows. A database that another
/// connection cannot open (`:memory:`) is read on the calling thread, as before.
class AttentionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Due, Mentor, Mentee, Detail, Action, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< AttentionKind as int
        ActionRole,                  ///< AttentionAction as int
        UrgencyRole,
        PairingIdRole,
    };

    explicit AttentionListModel(QObject* parent = nullptr);

    /// The program to read (a closed connection empties the list) and its change feed. The list is
    /// computed in the program's zone for today there, unless setAsOf() named another day.
    void setDatabase(const QSqlDatabase& db, ChangeFeed* changes);
    /// The day the list is for; an invalid date means today in the program's zone.
    void setAsOf(const QDate& day);
    QDate asOf() const { return m_asOf; }
    QTimeZone zone() const { return m_zone; }

    /// The line at `row`, its people read if they were not yet (see data()).
    const AttentionItem& item(int row) const;
    /// Every line, every line's people read.
    const QVector<AttentionItem>& items() const;
    QHash<AttentionKind, int> countsByKind() const { return m_counts; }
    /// The sentence of the last failed read, or empty.
    QString errorString() const { return m_error; }
    /// Whether a read is under way whose result the model does not show yet.
    bool isUpdating() const { return m_updating; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /// Reads the list again (in the background for a program file: see isUpdating()).
    void refresh();

Q_SIGNALS:
    /// After every read shown: the number of lines may have changed.
    void countsChanged();
    /// A read started while none was under way, or the last one's result is shown.
    void updatingChanged(bool updating);

private:
    struct Read;

    void programChanged(const ChangeEvent& event);
    void startRead();
    void readFinished();
    void show(const Read& read);
    void setUpdating(bool updating);
    /// The file a worker's own connection can open, or empty when only `m_db` can read it.
    QString workerPath() const;
    /// Reads the people of the block of lines holding `row` unless they are read already.
    void readPeopleAround(int row) const;

    QSqlDatabase m_db;
    DatabaseWorker* m_worker;
    /// Counts requests; a read for an older one than the latest is outdated.
    quint64 m_request = 0;
    std::shared_ptr<Read> m_running;
    bool m_updating = false;
    QPointer<ChangeFeed> m_changes;
    QDate m_requestedAsOf;
    QDate m_asOf;
    QTimeZone m_zone;
    /// Computed without the people's names and addresses, which are read a block of lines at a
    /// time as the view asks for them (the sellers' rows are most of a full read at 10M
    /// touchpoints, and a window shows a few dozen of tens of thousands of lines).
    mutable QVector<AttentionItem> m_items;
    /// Per block of kPeopleBlock lines, whether its people are read.
    mutable QVector<bool> m_peopleRead;
    QHash<AttentionKind, int> m_counts;
    QString m_error;
    QTimer m_refreshSoon;
};

} // namespace mentordesk
