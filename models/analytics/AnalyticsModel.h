// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/AnalyticsScope.h"
#include "analytics/FigureKey.h"
#include "analytics/Figures.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QTimer>
#include <QVector>

#include <memory>

namespace mentordesk {

class ChangeFeed;
class DatabaseWorker;
struct ChangeEvent;

/// The figures of the dashboards for one scope (issue 11). AnalyticsEngine::compute runs in a
/// worker thread (DatabaseWorker, its connection kept from one run to the next, as the "Needs
/// attention" list does) in two phases: the point estimates first (figuresChanged()), then every
/// interval (intervalsReady()), so that the charts appear at once and their bands follow.
///
/// Scope changes and program changes coalesce: a request arriving during a run makes it
/// outdated (its cancel flag is raised, its result dropped) and exactly one more run follows,
/// for the latest scope. A database another connection cannot open (`:memory:`) is computed on
/// the calling thread. No widgets: the dashboards and their tests use it alike.
class AnalyticsModel : public QObject {
    Q_OBJECT
public:
    explicit AnalyticsModel(QObject* parent = nullptr);
    ~AnalyticsModel() override;

    /// The program to read (a closed connection empties the figures) and its change feed.
    void setDatabase(const QSqlDatabase& db, ChangeFeed* changes);
    /// What the figures are about; an equal scope starts nothing.
    void setScope(const AnalyticsScope& scope);
    AnalyticsScope scope() const { return m_scope; }

    /// The figures last computed (their scope says which): point estimates, or with intervals
    /// once intervalsReady() came (Figures::intervalsComputed).
    const Figures& figures() const { return m_figures; }
    /// Whether a run is under way: the figures shown are outdated or lack their intervals.
    bool isComputing() const { return m_computing; }
    /// The sentence of the last failed run, or empty.
    QString errorString() const { return m_error; }

    /// Lists the sellers behind a chart's point or bar in the background (after the figures'
    /// run under way, if any); sellersBehindReady() brings them.
    void requestSellersBehind(const FigureKey& key, const QString& label);

public Q_SLOTS:
    /// Computes the figures of the current scope again.
    void refresh();

Q_SIGNALS:
    /// The point estimates of the scope are shown (intervals follow).
    void figuresChanged();
    /// The figures now have their intervals.
    void intervalsReady();
    void computingChanged(bool computing);
    /// The sellers behind a point, sellers.id ascending, with the label the request carried.
    void sellersBehindReady(const QVector<qint64>& ids, const QString& label);
    /// A run or a sellers request failed; errorString() says why.
    void failed(const QString& message);

private:
    struct Run;

    void programChanged(const ChangeEvent& event);
    void startNext();
    void startRun(std::shared_ptr<Run> run);
    void runFinished();
    void setComputing(bool computing);
    QString workerPath() const;

    QSqlDatabase m_db;
    DatabaseWorker* m_worker;
    QPointer<ChangeFeed> m_changes;
    AnalyticsScope m_scope;
    Figures m_figures;
    QString m_error;
    bool m_computing = false;
    /// Counts figure requests; a run for an older one than the latest is outdated.
    quint64 m_request = 0;
    /// Whether the figures of m_request still have to be computed (a run was outdated or none ran).
    bool m_figuresWanted = false;
    std::shared_ptr<Run> m_running;
    /// Sellers requests waiting for the worker, oldest first.
    QVector<std::shared_ptr<Run>> m_sellerRequests;
    /// Phase two of the figures shown, to run once no click waits.
    std::shared_ptr<Run> m_pendingIntervals;
    QTimer m_refreshSoon;
};

} // namespace mentordesk
