// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/FigureKey.h"
#include "analytics/Figures.h"

#include <QSqlDatabase>
#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace mentordesk {

class AdherenceByCohortChart;
class AnalyticsModel;
class BalanceTableModel;
class ChartPanel;
class DashboardFilterBar;
class KpiTile;
class MonthlyOutcomeChart;
class PairingFunnelChart;
class ProgramEditor;
class RampTimeChart;

/// The Dashboards page of the main window (issue 11): the outcome analytics of the program for
/// the scope of its filter bar, on tabs — Overview (key figures), Ramp time, Outcomes (by month
/// since enrolment), Milestones, Adherence, Pairings and Balance. Owns the AnalyticsModel that
/// computes the figures in the background. A click on a point, bar or tile lists the sellers
/// behind it; sellersRequested() then hands them on (the main window shows them in Sellers).
class DashboardsWorkspace : public QWidget {
    Q_OBJECT
public:
    enum Tab { OverviewTab, RampTimeTab, OutcomesTab, MilestonesTab, AdherenceTab, PairingsTab, BalanceTab };

    explicit DashboardsWorkspace(QWidget* parent = nullptr);
    ~DashboardsWorkspace() override;

    /// The program to show (a closed `db` empties the dashboards); its filters and tab are
    /// restored as they were last left on it.
    void setProgram(QSqlDatabase db, ProgramEditor* editor);
    /// Draws `figures` (what the model computed; tests and screenshots hand in their own).
    void showFigures(const Figures& figures);

    AnalyticsModel* model() const { return m_model; }
    DashboardFilterBar* filterBar() const { return m_filters; }
    QTabWidget* tabs() const { return m_tabs; }
    RampTimeChart* rampChart() const { return m_ramp; }
    MonthlyOutcomeChart* outcomeChart() const { return m_outcomes; }
    QVector<MonthlyOutcomeChart*> milestoneCharts() const { return m_milestones; }
    AdherenceByCohortChart* adherenceChart() const { return m_adherence; }
    PairingFunnelChart* funnelChart() const { return m_funnel; }
    QVector<KpiTile*> tiles() const { return m_tiles; }
    QTableView* balanceView() const { return m_balanceView; }
    BalanceTableModel* balanceModel() const { return m_balance; }
    /// Every chart panel, tab by tab.
    QVector<ChartPanel*> charts() const;

Q_SIGNALS:
    /// A point, bar or tile was clicked: the sellers behind `key` are being listed.
    void sellersBehindRequested(const FigureKey& key, const QString& label);
    /// The sellers behind a clicked figure (sellers.id ascending) and what they are.
    void sellersRequested(const QVector<qint64>& ids, const QString& label);
    void statusMessage(const QString& message);

private:
    QWidget* buildOverview();
    QWidget* buildMilestones();
    QWidget* buildBalance();
    void connectChart(ChartPanel* chart);
    void requestSellers(const FigureKey& key, const QString& label);
    void filtersChanged();
    void redraw();
    void updateSummary();
    void updateComputing();
    void rememberTab(int index) const;

    AnalyticsModel* m_model;
    DashboardFilterBar* m_filters;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QVector<KpiTile*> m_tiles;
    RampTimeChart* m_ramp;
    MonthlyOutcomeChart* m_outcomes;
    QVector<MonthlyOutcomeChart*> m_milestones;
    AdherenceByCohortChart* m_adherence;
    PairingFunnelChart* m_funnel;
    BalanceTableModel* m_balance;
    QTableView* m_balanceView = nullptr;
    Figures m_figures;
    QString m_programKey;
    bool m_restoring = false;
};

} // namespace mentordesk
