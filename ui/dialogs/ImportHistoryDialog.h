// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableView;

namespace mentordesk {

class ChangeFeed;
class ImportBatchTableModel;

/// The program's imports, newest first, and undoing the latest one as a whole.
class ImportHistoryDialog : public QDialog {
    Q_OBJECT
public:
    ImportHistoryDialog(QSqlDatabase db, const QString& actor, QWidget* parent = nullptr);

    /// The program's feed, on which an undo is published (none: the undo is only signalled).
    void setChangeFeed(ChangeFeed* feed) { m_feed = feed; }
    QTableView* table() const { return m_table; }
    QPushButton* undoButton() const { return m_undo; }
    /// Reads the history again.
    void reload();
    /// Undoes the selected import after the user confirmed it.
    void undoSelected();

Q_SIGNALS:
    /// An import was undone: the program's sellers and snapshots changed.
    void importUndone(qint64 batchId);

private:
    void selectionChanged();

    QSqlDatabase m_db;
    QString m_actor;
    ChangeFeed* m_feed = nullptr;
    ImportBatchTableModel* m_model;
    QTableView* m_table;
    QLabel* m_reason;
    QPushButton* m_undo;
};

} // namespace mentordesk
