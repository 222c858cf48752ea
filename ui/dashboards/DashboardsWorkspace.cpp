// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardsWorkspace.h"

#include "AdherenceByCohortChart.h"
#include "analytics/AnalyticsLabels.h"
#include "analytics/AnalyticsModel.h"
#include "analytics/BalanceTableModel.h"
#include "DashboardFilterBar.h"
#include "editing/ProgramEditor.h"
#include "KpiTile.h"
#include "MonthlyOutcomeChart.h"
#include "PairingFunnelChart.h"
#include "RampTimeChart.h"
#include "settings/SettingsKeys.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mentordesk {

namespace {

/// The Overview's figures, in reading order (four to a row).
const char* const kOverviewMetrics[] = {
    MetricKey::RampTimeMedianDays, MetricKey::FirstSaleShare,        MetricKey::ListingQualityImprovement,
    MetricKey::ReturnRateLatest,   MetricKey::ReturnRateImprovement, MetricKey::AovLatest,
    MetricKey::CsatLatest,         MetricKey::TouchpointAdherence,
};
constexpr int kTilesPerRow = 4;

/// Names a program in the settings: a digest of its path, as the Calendar's filters do (a path is
/// not a valid settings key on every platform).
QString programKey(const QSqlDatabase& db)
{
    if (!db.isOpen() || db.databaseName() == QLatin1String(":memory:"))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(db.databaseName()).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

} // namespace

DashboardsWorkspace::DashboardsWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_model(new AnalyticsModel(this))
    , m_filters(new DashboardFilterBar(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_ramp(new RampTimeChart(this))
    , m_outcomes(new MonthlyOutcomeChart(tr("Outcomes by month since enrolment"),
                                         AnalyticsLabels::monthlyOutcomeMetrics(), FigureKey::Chart::MonthlyOutcome,
                                         this))
    , m_adherence(new AdherenceByCohortChart(this))
    , m_funnel(new PairingFunnelChart(this))
    , m_balance(new BalanceTableModel(this))
{
    setObjectName(QStringLiteral("dashboardsWorkspace"));
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_summary->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(m_ramp, tr("Ramp Time"));
    m_tabs->addTab(m_outcomes, tr("Outcomes"));
    m_tabs->addTab(buildMilestones(), tr("Milestones"));
    m_tabs->addTab(m_adherence, tr("Adherence"));
    m_tabs->addTab(m_funnel, tr("Pairings"));
    m_tabs->addTab(buildBalance(), tr("Balance"));
    for (ChartPanel* chart : charts())
        connectChart(chart);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_filters, &DashboardFilterBar::filtersChanged, this, &DashboardsWorkspace::filtersChanged);
    connect(m_model, &AnalyticsModel::figuresChanged, this, [this] { showFigures(m_model->figures()); });
    connect(m_model, &AnalyticsModel::intervalsReady, this, [this] { showFigures(m_model->figures()); });
    connect(m_model, &AnalyticsModel::computingChanged, this, &DashboardsWorkspace::updateComputing);
    connect(m_model, &AnalyticsModel::sellersBehindReady, this, &DashboardsWorkspace::sellersRequested);
    connect(m_model, &AnalyticsModel::failed, this, &DashboardsWorkspace::statusMessage);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardsWorkspace::rememberTab);
    connect(m_outcomes, &MonthlyOutcomeChart::metricChanged, this, [this](const QString& metric) {
        if (!m_programKey.isEmpty() && !m_restoring)
            QSettings().setValue(SettingsKeys::dashboardsKey(m_programKey, QStringLiteral("metric")), metric);
    });
    updateComputing();
}

DashboardsWorkspace::~DashboardsWorkspace() = default;

QWidget* DashboardsWorkspace::buildOverview()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(0, 6, 0, 0);
    grid->setSpacing(8);
    int index = 0;
    for (const char* metric : kOverviewMetrics) {
        auto* tile = new KpiTile(QLatin1String(metric), page);
        grid->addWidget(tile, index / kTilesPerRow, index % kTilesPerRow);
        connect(tile, &KpiTile::figureClicked, this, &DashboardsWorkspace::requestSellers);
        m_tiles << tile;
        ++index;
    }
    grid->setRowStretch((index + kTilesPerRow - 1) / kTilesPerRow, 1);
    return page;
}

QWidget* DashboardsWorkspace::buildMilestones()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_milestones << new MonthlyOutcomeChart(tr("Monthly revenue goal reached"), {QStringLiteral("milestone_revenue")},
                                            FigureKey::Chart::Milestone, page)
                 << new MonthlyOutcomeChart(tr("Listing quality goal reached"),
                                            {QStringLiteral("milestone_listing_quality")}, FigureKey::Chart::Milestone,
                                            page);
    for (MonthlyOutcomeChart* chart : std::as_const(m_milestones))
        layout->addWidget(chart);
    return page;
}

QWidget* DashboardsWorkspace::buildBalance()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* explanation = new QLabel(tr("How alike the groups were at enrolment. The comparison group is weighted "
                                      "to the mentored sellers' categories and sign-up months; a standardized "
                                      "difference above %1 means the groups differ on that metric.")
                                       .arg(QLocale().toString(BalanceTableModel::kImbalance)),
                                   page);
    explanation->setWordWrap(true);
    m_balanceView = new QTableView(page);
    m_balanceView->setObjectName(QStringLiteral("balanceView"));
    m_balanceView->setModel(m_balance);
    m_balanceView->verticalHeader()->hide();
    m_balanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_balanceView->horizontalHeader()->setSectionResizeMode(BalanceTableModel::Metric, QHeaderView::Stretch);
    m_balanceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_balanceView->setAlternatingRowColors(true);
    layout->addWidget(explanation);
    layout->addWidget(m_balanceView, 1);
    return page;
}

QVector<ChartPanel*> DashboardsWorkspace::charts() const
{
    QVector<ChartPanel*> panels{m_ramp, m_outcomes};
    for (MonthlyOutcomeChart* chart : m_milestones)
        panels << chart;
    panels << m_adherence << m_funnel;
    return panels;
}

void DashboardsWorkspace::connectChart(ChartPanel* chart)
{
    connect(chart, &ChartPanel::figureClicked, this, &DashboardsWorkspace::requestSellers);
}

void DashboardsWorkspace::requestSellers(const FigureKey& key, const QString& label)
{
    Q_EMIT sellersBehindRequested(key, label);
    m_model->requestSellersBehind(key, label);
    Q_EMIT statusMessage(tr("Listing the sellers behind “%1”…").arg(label));
}

void DashboardsWorkspace::setProgram(QSqlDatabase db, ProgramEditor* editor)
{
    m_programKey = programKey(db);
    m_restoring = true;
    m_filters->setProgram(db, m_programKey);
    const QSettings settings;
    if (!m_programKey.isEmpty()) {
        m_tabs->setCurrentIndex(
            std::clamp(settings.value(SettingsKeys::dashboardsKey(m_programKey, QStringLiteral("tab")), 0).toInt(), 0,
                       m_tabs->count() - 1));
        m_outcomes->setMetric(
            settings.value(SettingsKeys::dashboardsKey(m_programKey, QStringLiteral("metric"))).toString());
    }
    m_restoring = false;
    m_model->setScope(m_filters->scope());
    m_model->setDatabase(db, editor ? editor->changes() : nullptr);
}

void DashboardsWorkspace::filtersChanged()
{
    if (m_restoring)
        return;
    m_model->setScope(m_filters->scope());
    redraw(); // the comparison group shown or not: no new figures needed
}

void DashboardsWorkspace::showFigures(const Figures& figures)
{
    m_figures = figures;
    redraw();
}

void DashboardsWorkspace::redraw()
{
    const bool comparison = m_filters->showComparison();
    for (KpiTile* tile : std::as_const(m_tiles))
        tile->setFigures(m_figures, comparison);
    for (ChartPanel* chart : charts())
        chart->setFigures(m_figures, comparison);
    m_balance->setRows(m_figures.balance);
    updateComputing();
}

void DashboardsWorkspace::updateComputing()
{
    // The intervals of the figures shown are on their way only while the model computes.
    const bool intervalsPending = m_model->isComputing() && !m_figures.intervalsComputed;
    for (ChartPanel* chart : charts())
        chart->setComputing(intervalsPending && chart != m_funnel);
    updateSummary();
}

void DashboardsWorkspace::updateSummary()
{
    const QLocale locale;
    QString text = tr("Mentored: %1 · Comparison: %2 · Mentees with comparison sellers: %3 · In neither group: %4")
                       .arg(locale.toString(m_figures.mentored), locale.toString(m_figures.comparison),
                            locale.toString(m_figures.menteesCovered), locale.toString(m_figures.notInEitherGroup));
    if (m_model->isComputing())
        text = tr("%1 — computing…").arg(text);
    m_summary->setText(text);
}

void DashboardsWorkspace::rememberTab(int index) const
{
    if (!m_programKey.isEmpty() && !m_restoring)
        QSettings().setValue(SettingsKeys::dashboardsKey(m_programKey, QStringLiteral("tab")), index);
}

} // namespace mentordesk
