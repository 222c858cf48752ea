// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TableSpec.h"

#include <QSqlDatabase>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QFormLayout;
class QKeySequence;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace mentordesk {

class AuditTableModel;
class MatchingTab;
class MetricComparisonModel;
class PagedTableModel;
class PairingChecklistPanel;
class PairingTableModel;
class ProgramEditor;
struct PairingState;
struct PairingSummary;

/// The selected record in full: profile, baseline and latest metrics, current and past
/// pairings, cohort members and the record's audit history. On the Pairings tab the selected
/// pairing's lifecycle is decided: confirm a trial, extend it, or end the pairing (and then
/// offer to re-match the mentee alone).
class DetailPanel : public QWidget {
    Q_OBJECT
public:
    DetailPanel(const TableSpec& spec, QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db);
    /// Where lifecycle decisions are written (none: the pairing actions stay disabled).
    void setEditor(ProgramEditor* editor);
    /// Shows row `row` of `model`, or nothing when `row` is negative.
    void showRow(const PagedTableModel* model, int row);
    qint64 recordId() const { return m_recordId; }

    AuditTableModel* auditModel() const { return m_auditModel; }
    PairingTableModel* pairingModel() const { return m_pairingModel; }
    /// The Pairings tab's table and its actions (nullptr for cohorts).
    QTableView* pairingTable() const { return m_pairingTable; }
    QAction* confirmAction() const { return m_confirmAction; }
    QAction* extendAction() const { return m_extendAction; }
    QAction* endAction() const { return m_endAction; }
    /// The selected pairing's checklist and feedback, below the pairings (nullptr for cohorts).
    PairingChecklistPanel* checklistPanel() const { return m_checklistPanel; }
    /// The Matching tab (nullptr for cohorts).
    MatchingTab* matchingTab() const { return m_matchingTab; }

public Q_SLOTS:
    void confirmSelectedPairing();
    void extendSelectedPairing();
    void endSelectedPairing();

Q_SIGNALS:
    /// The coordinator wants a new mentor for this seller alone (the matching wizard's
    /// recalibration); other pairs are not touched.
    void rematchRequested(qint64 sellerId);
    void statusMessage(const QString& message);

private:
    QTableView* makeTable(QAbstractItemModel* model);
    QWidget* makePairingsTab();
    QAction* addPairingAction(QWidget* tab, const QString& text, const QString& accessibleName,
                              const QKeySequence& shortcut, void (DetailPanel::*slot)());
    /// The selected pairing; a default summary (id 0) when none is selected.
    PairingSummary selectedPairing() const;
    void selectPairing(qint64 pairingId);
    void updatePairingActions();
    /// The pairing as dialogs name it: the mentee with the mentor.
    QString pairingName(const PairingSummary& pairing) const;
    void reportPairingChange(bool written, const QString& done);
    void offerRematch(const PairingState& ended);

    const TableSpec& m_spec;
    QSqlDatabase m_db;
    qint64 m_recordId = 0;
    QLabel* m_title;
    QTabWidget* m_tabs;
    QFormLayout* m_profileForm;
    QVector<QLabel*> m_profileValues;
    MetricComparisonModel* m_metricModel = nullptr;
    PairingTableModel* m_pairingModel = nullptr;
    QTableView* m_pairingTable = nullptr;
    QLabel* m_pairingHint = nullptr;
    QAction* m_confirmAction = nullptr;
    QAction* m_extendAction = nullptr;
    QAction* m_endAction = nullptr;
    PairingChecklistPanel* m_checklistPanel = nullptr;
    bool m_reloadingPairings = false;
    ProgramEditor* m_editor = nullptr;
    QListWidget* m_members = nullptr;
    MatchingTab* m_matchingTab = nullptr;
    AuditTableModel* m_auditModel;
};

} // namespace mentordesk
