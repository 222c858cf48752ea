// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/AnalyticsModel.h"

#include "analytics/AnalyticsEngine.h"
#include "changes/ChangeEvent.h"
#include "changes/ChangeFeed.h"
#include "storage/DatabaseWorker.h"

#include <QFileInfo>

#include <atomic>
#include <optional>
#include <utility>

namespace mentordesk {

namespace {

/// Kinds of records no figure depends on: a change of only these leaves the figures as they are.
constexpr EntityKinds kUnrelated = EntityKind::ImportBatch | EntityKind::MatchRun | EntityKind::MatchPreset |
                                   EntityKind::RelatedCategory | EntityKind::RoundtableAttendance |
                                   EntityKind::ChecklistTemplate | EntityKind::ChecklistTemplateItem |
                                   EntityKind::ChecklistItem | EntityKind::Feedback | EntityKind::Resource;

} // namespace

/// One job of the worker: a phase of the figures or a sellers request. Set up on the GUI thread,
/// its result written by whichever thread runs it and read only once that thread is done.
struct AnalyticsModel::Run {
    enum class Kind { PointEstimates, Intervals, Sellers };
    Kind kind = Kind::PointEstimates;
    quint64 request = 0;
    AnalyticsScope scope;
    FigureKey key;
    QString label;
    std::atomic_bool cancelled{false};

    std::optional<Figures> figures;
    std::optional<QVector<qint64>> sellers;
    QString error;

    void compute(const QSqlDatabase& db)
    {
        AnalyticsEngine engine(db);
        switch (kind) {
        case Kind::PointEstimates:
        case Kind::Intervals:
            figures = engine.compute(scope,
                                     kind == Kind::Intervals ? AnalyticsEngine::Phase::WithIntervals
                                                             : AnalyticsEngine::Phase::PointEstimates,
                                     &cancelled);
            if (!figures && !cancelled)
                error = engine.errorString();
            return;
        case Kind::Sellers:
            sellers = engine.sellersBehind(key, scope);
            if (!sellers)
                error = engine.errorString();
            return;
        }
    }
};

AnalyticsModel::AnalyticsModel(QObject* parent)
    : QObject(parent)
    // A child: destroyed after this model's members, it waits for a run still going (whose
    // cancel flag the destructor raised); the run touches nothing but its own Run.
    , m_worker(new DatabaseWorker(QString(), this, DatabaseWorker::Connection::Kept))
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &AnalyticsModel::refresh);
    connect(m_worker, &DatabaseWorker::finished, this, &AnalyticsModel::runFinished);
}

AnalyticsModel::~AnalyticsModel()
{
    if (m_running)
        m_running->cancelled = true;
}

void AnalyticsModel::setDatabase(const QSqlDatabase& db, ChangeFeed* changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_db = db;
    m_changes = changes;
    if (m_changes)
        connect(m_changes, &ChangeFeed::changed, this, &AnalyticsModel::programChanged);
    m_sellerRequests.clear();
    m_pendingIntervals.reset();
    // Another program's figures must not stay on screen while this one's are computed.
    m_figures = Figures();
    m_figures.scope = m_scope;
    Q_EMIT figuresChanged();
    refresh();
}

void AnalyticsModel::setScope(const AnalyticsScope& scope)
{
    if (scope == m_scope && (m_figuresWanted || m_running || m_figures.scope == scope))
        return;
    m_scope = scope;
    refresh();
}

void AnalyticsModel::programChanged(const ChangeEvent& event)
{
    if (event.isBulk() || (event.entities & ~kUnrelated).toInt() != 0)
        m_refreshSoon.start();
}

void AnalyticsModel::refresh()
{
    m_refreshSoon.stop();
    ++m_request;
    if (!m_db.isOpen()) {
        // A run still going is outdated now and dropped when it ends; the worker's connection to
        // the closed program goes with it.
        m_worker->releaseConnection();
        m_figuresWanted = false;
        m_figures = Figures();
        m_figures.scope = m_scope;
        Q_EMIT figuresChanged();
        setComputing(m_running != nullptr);
        return;
    }
    m_figuresWanted = true;
    setComputing(true);
    if (m_running) {
        // Outdated: the engine stops early, runFinished() drops the result and starts the next run.
        if (m_running->kind != Run::Kind::Sellers)
            m_running->cancelled = true;
        return;
    }
    startNext();
}

void AnalyticsModel::requestSellersBehind(const FigureKey& key, const QString& label)
{
    if (!m_db.isOpen())
        return;
    auto run = std::make_shared<Run>();
    run->kind = Run::Kind::Sellers;
    run->scope = m_scope;
    run->key = key;
    run->label = label;
    m_sellerRequests << run;
    if (!m_running)
        startNext();
}

void AnalyticsModel::startNext()
{
    if (m_running)
        return;
    if (!m_db.isOpen()) {
        setComputing(false);
        return;
    }
    // A click waits for no figures: the sellers behind a point are a short read.
    if (!m_sellerRequests.isEmpty()) {
        startRun(m_sellerRequests.takeFirst());
        return;
    }
    if (m_figuresWanted) {
        m_figuresWanted = false;
        auto run = std::make_shared<Run>();
        run->request = m_request;
        run->scope = m_scope;
        startRun(run);
        return;
    }
    if (m_pendingIntervals && m_pendingIntervals->request == m_request) {
        startRun(std::exchange(m_pendingIntervals, nullptr));
        return;
    }
    m_pendingIntervals.reset();
    setComputing(false);
}

void AnalyticsModel::startRun(std::shared_ptr<Run> run)
{
    m_running = run;
    const QString path = workerPath();
    if (path.isEmpty()) {
        run->compute(m_db);
        runFinished();
        return;
    }
    m_worker->start(path, [run](const QSqlDatabase& db, const QString& openError) {
        if (db.isOpen())
            run->compute(db);
        else
            run->error = tr("MentorDesk could not open the program again to compute the figures (%1). "
                            "Reopen the program; if this persists, check that its folder is readable.")
                             .arg(openError);
    });
}

void AnalyticsModel::runFinished()
{
    const std::shared_ptr<Run> run = std::move(m_running);
    m_running.reset();
    if (!run)
        return;
    const bool current = run->request == m_request && !m_figuresWanted && m_db.isOpen();
    if (run->kind == Run::Kind::Sellers) {
        if (run->sellers)
            Q_EMIT sellersBehindReady(*run->sellers, run->label);
        else
            Q_EMIT failed(m_error = run->error);
    } else if (current && !run->figures) {
        m_error = run->error;
        Q_EMIT failed(m_error);
    } else if (current) {
        m_error.clear();
        m_figures = *run->figures;
        if (run->kind == Run::Kind::PointEstimates) {
            Q_EMIT figuresChanged();
            // Phase two, after any click waiting; a request meanwhile makes it outdated.
            m_pendingIntervals = std::make_shared<Run>();
            m_pendingIntervals->kind = Run::Kind::Intervals;
            m_pendingIntervals->request = run->request;
            m_pendingIntervals->scope = run->scope;
        } else {
            Q_EMIT intervalsReady();
        }
    }
    startNext();
}

void AnalyticsModel::setComputing(bool computing)
{
    if (m_computing == computing)
        return;
    m_computing = computing;
    Q_EMIT computingChanged(computing);
}

QString AnalyticsModel::workerPath() const
{
    // An in-memory database (`:memory:`, a memory URI) exists for its one connection only.
    if (m_db.driverName() != QLatin1String("QSQLITE") || m_db.databaseName() == QLatin1String(":memory:"))
        return {};
    const QFileInfo file(m_db.databaseName());
    return file.isFile() ? file.absoluteFilePath() : QString();
}

} // namespace mentordesk
