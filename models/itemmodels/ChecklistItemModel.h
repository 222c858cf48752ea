// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/ChecklistRecords.h"

#include <QAbstractItemModel>
#include <QMetaObject>

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// One pairing's 30/60/90-day checklist as a tree: a group per day offset (30, 60, 90) with its
/// items below, each checkable in the first column (ticking writes through ChecklistEditor as an
/// undoable step done today), with its due date and the day it was done. Late items (past due,
/// not done) say so in LateRole and their tooltip. Reads again when the change feed reports
/// checklist items or pairings.
class ChecklistItemModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Title, Due, DoneOn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, ///< qint64 of an item row; 0 on a group row
        LateRole,                      ///< bool: past due and not done
        DayOffsetRole,                 ///< int, on groups and items
    };

    explicit ChecklistItemModel(QObject* parent = nullptr);

    /// Where items are read and ticked (none: empty and read-only).
    void setEditor(ProgramEditor* editor);
    void setPairing(qint64 pairingId);
    qint64 pairingId() const { return m_pairingId; }
    /// Fixes the day lateness is counted from and ticks are dated (tests); by default the current day.
    void setToday(const QDate& today);
    QDate today() const;

    /// The item shown at `index` (a group row: nothing).
    std::optional<ChecklistItem> itemAt(const QModelIndex& index) const;
    /// The index of item `itemId` in column `column`, or an invalid index.
    QModelIndex indexOfItem(qint64 itemId, int column = Title) const;
    /// Ticks an open item or reopens a done one; false (lastError()) when refused.
    bool toggle(const QModelIndex& index);
    int lateCount() const;
    QString lastError() const { return m_lastError; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A tick or untick was refused (the item changed meanwhile).
    void errorOccurred(const QString& message);

private:
    void reload();
    void programChanged(const ChangeEvent& event);
    QVariant groupData(int group, int column, int role) const;
    QVariant itemData(const ChecklistItem& item, int column, int role) const;

    ProgramEditor* m_editor = nullptr;
    QMetaObject::Connection m_changesConnection;
    qint64 m_pairingId = 0;
    QDate m_fixedToday;
    /// The items of each group, in the order of kChecklistOffsets.
    QVector<QVector<ChecklistItem>> m_groups;
    QString m_lastError;
};

} // namespace mentordesk
