// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace mentordesk {

class DetailPanel;
class FacetModel;
class FieldDelegate;
class PagedTableModel;
class ProgramEditor;
class SqlDialect;

/// One records workspace (sellers, mentors or cohorts): search box and facet filters above a
/// table that stays instant at a million rows, and the selected record's details beside it.
class WorkspaceView : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceView(const TableSpec& spec, QWidget* parent = nullptr);
    ~WorkspaceView() override;

    /// Shows a program (or nothing, with a null editor).
    void setProgram(QSqlDatabase db, const SqlDialect* dialect, ProgramEditor* editor);

    const TableSpec& spec() const { return m_spec; }
    bool hasCohorts() const { return m_spec.entity == EntityKind::Seller; }
    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DetailPanel* detailPanel() const { return m_detail; }
    QLineEdit* searchBox() const { return m_search; }
    QMenu* columnMenu() const { return m_columnMenu; }
    /// "12 of 640 sellers", for the status bar.
    QString countText() const;

    void saveSettings() const;

    /// Shows only the records in `ids` (the dashboards' drill-down): search and facets are cleared
    /// first, so the table shows exactly the set, then narrow it as usual. A removable chip
    /// "Sellers behind: <label> (N)" says so; its ✕ and Clear Filters remove it. Not saved in the
    /// settings. False when the filter could not be set (the status bar says why).
    bool setIdFilter(const QVector<qint64>& ids, const QString& label);
    /// The chip (hidden without an ID filter) and its ✕ button, for tests and focus order.
    QWidget* idFilterChip() const { return m_idFilterChip; }
    QToolButton* idFilterRemoveButton() const { return m_idFilterRemove; }

public Q_SLOTS:
    void addRecord();
    void deleteSelectedRecord();
    /// Moves the selected seller into a cohort the user picks (sellers workspace only).
    void assignSelectedToCohort();
    void focusSearch();
    void clearFilters();
    void clearIdFilter();

Q_SIGNALS:
    void countsChanged();
    void statusMessage(const QString& message);

private:
    void buildColumnMenu();
    void buildIdFilterChip();
    void updateIdFilterChip();
    void reloadFacets();
    void restoreSettings();
    void updateDetail();
    void selectRecord(qint64 id);
    QString settingsKey(const QString& name) const;

    const TableSpec& m_spec;
    PagedTableModel* m_model;
    ProgramEditor* m_editor = nullptr;
    QMetaObject::Connection m_changesConnection;
    QSqlDatabase m_db;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QVector<QComboBox*> m_facetBoxes;
    QVector<FacetModel*> m_facetModels;
    QToolButton* m_addButton;
    QToolButton* m_deleteButton;
    QToolButton* m_columnsButton;
    QMenu* m_columnMenu;
    QWidget* m_idFilterChip;
    QLabel* m_idFilterText;
    QToolButton* m_idFilterRemove;
    QSplitter* m_splitter;
    QTableView* m_table;
    FieldDelegate* m_delegate;
    DetailPanel* m_detail;
};

} // namespace mentordesk
