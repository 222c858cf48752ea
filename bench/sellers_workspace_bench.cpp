// SPDX-License-Identifier: GPL-3.0-or-later
// sellers_workspace_bench: the sellers workspace (PagedTableModel over sellerTableSpec()) against
// a plain QSqlTableModel on the same generated program file, in the same run.
//
// Steps, for each contestant, in a real QTableView that is shown (offscreen when there is no
// display) and configured like the app: first paint (model construction to the first finished
// paint of the viewport), scroll to the last row, sort by revenue (descending), filter by a text,
// scroll to the middle row of the sorted table and then one page further, and memory growth. Each contestant runs in a
// child process of its own (the program runs itself with --contestant), so that the peak resident size of one cannot
// hide the other's. Every figure is one line "name value unit"; the ratio lines are ours divided by QSqlTableModel's.
//
//     sellers_workspace_bench --database FILE [--generate N] [--repeat R] [--search TEXT]
//                             [--broad-search TEXT] [--verbose]
//
// docs/benchmarks.md has the exact commands and the recorded results.

#include "demo/MarketplaceGenerator.h"
#include "domain/WorkspaceSpecs.h"
#include "itemmodels/PagedTableModel.h"
#include "storage/ProgramDatabase.h"
#include "storage/SqliteDialect.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMap>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace mentordesk;

namespace {

const QString kPaged = QStringLiteral("paged");
const QString kQSqlTableModel = QStringLiteral("qsqltablemodel");
// Search texts of the filter steps (docs/benchmarks.md says how many rows the recorded run
// matched): part of an e-mail address, which a few hundred of a million generated sellers
// match, and one of the generator's shop-name words, which tens of thousands match.
const QString kDefaultSearch = QStringLiteral("olivia.smith");
const QString kDefaultBroadSearch = QStringLiteral("marigold");
constexpr int kViewWidth = 1280;
constexpr int kViewHeight = 800;
constexpr int kPaintTimeoutMs = 10000;
// "One page further" in the deep-scroll step: PagedTableModel's page size, so the second jump
// lands on the page after the one the first jump loaded (read by keyset from that page).
constexpr int kPageRows = 256;

struct Options {
    QString database;
    qint64 generateSellers = 0; ///< 0: the file must exist.
    qint64 mentors = -1;        ///< -1: sellers / 100.
    qint64 touchpoints = -1;    ///< -1: sellers * 10.
    QString contestant;         ///< Empty: run both, each in a child process.
    int repeat = 5;
    int budgetMs = 30000; ///< A step is repeated only while its samples took less than this.
    QString search = kDefaultSearch;
    QString broadSearch = kDefaultBroadSearch;
    bool verbose = false;
};

void printFigure(const QString& name, double value, const QString& unit, int decimals = 2)
{
    std::printf("%s %s %s\n", qPrintable(name), qPrintable(QString::number(value, 'f', decimals)), qPrintable(unit));
    std::fflush(stdout);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "sellers_workspace_bench: %s\n", qPrintable(message));
    std::fflush(stderr);
}

double median(std::vector<double> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const std::size_t middle = samples.size() / 2;
    return samples.size() % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

double sum(const std::vector<double>& samples)
{
    double total = 0;
    for (double sample : samples)
        total += sample;
    return total;
}

// ---------------------------------------------------------------------------------------------
// Resident memory, from /proc/self/status (Linux).

double statusMegabytes(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

/// Makes VmHWM start again from the current VmRSS (Linux 4.0+); harmless where refused, as each
/// contestant has a process of its own anyway.
void resetPeakResidentSize()
{
    if (std::FILE* file = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", file);
        std::fclose(file);
    }
}

// ---------------------------------------------------------------------------------------------
// The view, and knowing when it has painted.

/// QTableView with the delayed item layout made callable, so a step can lay the view out and
/// paint it synchronously instead of waiting on the event loop's timers.
class BenchView : public QTableView {
public:
    void layoutNow() { executeDelayedItemsLayout(); }
};

class PaintSpy : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void configureLikeTheApp(BenchView& view)
{
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    // As in WorkspaceView: fixed row heights, so nothing measures a million rows.
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.resize(kViewWidth, kViewHeight);
}

/// Lays the view out, repaints its viewport and returns once a paint has finished.
bool paintNow(BenchView& view, const PaintSpy& spy)
{
    view.layoutNow();
    const int before = spy.paints;
    view.viewport()->repaint();
    QElapsedTimer deadline;
    deadline.start();
    while (spy.paints == before && deadline.elapsed() < kPaintTimeoutMs) {
        view.viewport()->update();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return spy.paints != before;
}

/// Milliseconds from the start of `step` to the end of the view's next paint.
double timeToPaint(BenchView& view, const PaintSpy& spy, const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    const bool painted = paintNow(view, spy);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!painted)
        printError(QStringLiteral("the view did not paint within %1 ms").arg(kPaintTimeoutMs));
    QCoreApplication::processEvents(); // Untimed: whatever else the step queued.
    return ms;
}

// ---------------------------------------------------------------------------------------------
// The contestants.

class Contestant {
public:
    explicit Contestant(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    virtual ~Contestant() = default;
    Contestant(const Contestant&) = delete;
    Contestant& operator=(const Contestant&) = delete;

    virtual QString name() const = 0;
    virtual QAbstractItemModel* model() const = 0;
    /// Constructs the model on the database and puts it in `view` (the first-paint step).
    virtual void create(BenchView& view) = 0;
    virtual void scrollToEnd(BenchView& view) = 0;
    /// Scrolls so that `row` is the top row of the view.
    virtual void scrollToRow(BenchView& view, int row) = 0;
    /// The record id the model shows at `row` (untimed checks); 0 when the order is not
    /// fully defined (QSqlTableModel sorts by the revenue alone).
    virtual qint64 recordIdAt(int row) const = 0;
    /// Revenue, descending; or the table's own order.
    virtual void sortByRevenue(bool descending) = 0;
    virtual void setSearchText(const QString& text) = 0;
    /// "" when the last step worked, else why not.
    virtual QString error() const = 0;

    int rowCount() const { return model() ? model()->rowCount() : 0; }

    /// The first column the view shows (scrollTo on a hidden column would scroll sideways).
    static int firstShownColumn(const BenchView& view)
    {
        const QHeaderView* header = view.horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                return logical;
        }
        return 0;
    }

    /// Takes the model out of `view` and deletes it (untimed).
    void destroy(BenchView& view)
    {
        if (!model())
            return;
        QItemSelectionModel* selection = view.selectionModel();
        view.setModel(nullptr);
        delete selection;
        release();
    }

protected:
    virtual void release() = 0;

    /// Shows and sizes the columns the sellers workspace shows by default; hides the rest.
    static void showWorkspaceColumns(BenchView& view, const QStringList& columnKeys)
    {
        const TableSpec& spec = sellerTableSpec();
        QHeaderView* header = view.horizontalHeader();
        for (int column = 0; column < columnKeys.size(); ++column) {
            const FieldSpec* field = spec.field(columnKeys.at(column));
            header->setSectionHidden(column, !field || !field->visibleByDefault);
            if (field)
                header->resizeSection(column, field->defaultWidth);
        }
    }

    QSqlDatabase m_db;
};

/// The sellers workspace's model, as the app sets it up (read-only: no editor).
class PagedContestant final : public Contestant {
public:
    using Contestant::Contestant;

    QString name() const override { return kPaged; }
    QAbstractItemModel* model() const override { return m_model.get(); }

    void create(BenchView& view) override
    {
        m_model = std::make_unique<PagedTableModel>(sellerTableSpec());
        m_model->setDatabase(m_db, &m_dialect, nullptr);
        view.setModel(m_model.get());
        QStringList keys;
        for (const FieldSpec& field : sellerTableSpec().fields)
            keys << field.key;
        showWorkspaceColumns(view, keys);
    }

    void scrollToEnd(BenchView& view) override { view.scrollToBottom(); }

    void scrollToRow(BenchView& view, int row) override
    {
        view.scrollTo(m_model->index(row, firstShownColumn(view)), QAbstractItemView::PositionAtTop);
    }

    qint64 recordIdAt(int row) const override { return m_model->recordId(row); }

    void sortByRevenue(bool descending) override
    {
        if (descending)
            m_model->sort(sellerTableSpec().fieldIndex(QStringLiteral("latest_revenue")), Qt::DescendingOrder);
        else
            m_model->sort(-1);
    }

    void setSearchText(const QString& text) override { m_model->setSearchText(text); }
    QString error() const override { return m_model ? m_model->lastError() : QString(); }

protected:
    void release() override { m_model.reset(); }

private:
    SqliteDialect m_dialect;
    std::unique_ptr<PagedTableModel> m_model;
};

/// What a plain Qt user would write: QSqlTableModel on the table, setSort + select to sort,
/// setFilter with LIKE + select to filter, fetchMore until done to reach the last row.
class QSqlTableModelContestant final : public Contestant {
public:
    using Contestant::Contestant;

    QString name() const override { return kQSqlTableModel; }
    QAbstractItemModel* model() const override { return m_model.get(); }

    void create(BenchView& view) override
    {
        m_model = std::make_unique<QSqlTableModel>(nullptr, m_db);
        m_model->setTable(QStringLiteral("sellers"));
        m_model->select();
        view.setModel(m_model.get());
        QStringList keys;
        const QSqlRecord record = m_model->record();
        for (int column = 0; column < record.count(); ++column)
            keys << record.fieldName(column);
        showWorkspaceColumns(view, keys);
    }

    void scrollToEnd(BenchView& view) override
    {
        // QSqlTableModel does not know its row count: the last row is there only once every
        // row before it has been fetched.
        while (m_model->canFetchMore())
            m_model->fetchMore();
        view.layoutNow();
        view.scrollToBottom();
    }

    void scrollToRow(BenchView& view, int row) override
    {
        // As for the last row: the rows up to `row` have to be fetched first.
        while (m_model->rowCount() <= row && m_model->canFetchMore())
            m_model->fetchMore();
        view.layoutNow();
        view.scrollTo(m_model->index(row, firstShownColumn(view)), QAbstractItemView::PositionAtTop);
    }

    qint64 recordIdAt(int) const override { return 0; }

    void sortByRevenue(bool descending) override
    {
        if (descending)
            m_model->setSort(m_model->fieldIndex(QStringLiteral("latest_revenue")), Qt::DescendingOrder);
        else
            m_model->setSort(-1, Qt::AscendingOrder);
        m_model->select();
    }

    void setSearchText(const QString& text) override
    {
        m_model->setFilter(likeFilter(text));
        m_model->select();
    }

    QString error() const override
    {
        return m_model && m_model->lastError().isValid() ? m_model->lastError().text() : QString();
    }

    static QString likeFilter(const QString& text)
    {
        if (text.isEmpty())
            return {};
        QString quoted = text;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        QStringList alternatives;
        for (const char* column : {"shop_name", "contact_name", "email", "external_id"})
            alternatives << QStringLiteral("%1 LIKE '%%2%'").arg(QLatin1String(column), quoted);
        return alternatives.join(QLatin1String(" OR "));
    }

protected:
    void release() override { m_model.reset(); }

private:
    std::unique_ptr<QSqlTableModel> m_model;
};

// ---------------------------------------------------------------------------------------------
// One contestant, in this process.

bool checkSchema(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        printError(QStringLiteral("cannot read the program's format: %1").arg(query.lastError().text()));
        return false;
    }
    if (query.value(0).toInt() != ProgramDatabase::latestSchemaVersion()) {
        printError(QStringLiteral("the program is in format %1, not %2; open it once with MentorDesk to upgrade it")
                       .arg(query.value(0).toInt())
                       .arg(ProgramDatabase::latestSchemaVersion()));
        return false;
    }
    return true;
}

void printSamples(const Options& options, const QString& name, const std::vector<double>& samples)
{
    if (!options.verbose)
        return;
    QStringList texts;
    for (double sample : samples)
        texts << QString::number(sample, 'f', 2);
    std::fprintf(stderr, "# %s samples (ms): %s\n", qPrintable(name), qPrintable(texts.join(QLatin1String(" "))));
}

int measure(QSqlDatabase db, const Options& options)
{
    if (!checkSchema(db))
        return 2;
    std::unique_ptr<Contestant> contestant;
    if (options.contestant == kPaged)
        contestant = std::make_unique<PagedContestant>(db);
    else
        contestant = std::make_unique<QSqlTableModelContestant>(db);
    const QString prefix = contestant->name() + QLatin1Char('.');

    BenchView view;
    configureLikeTheApp(view);
    PaintSpy spy;
    view.viewport()->installEventFilter(&spy);
    view.show();
    paintNow(view, spy); // The window exists and has painted once, empty.

    auto failed = [&](const QString& step) {
        const QString why = contestant->error();
        if (why.isEmpty())
            return false;
        printError(QStringLiteral("%1: %2 failed: %3").arg(contestant->name(), step, why));
        return true;
    };
    auto repeatAgain = [&](int done, const std::vector<double>& samples) {
        return done < options.repeat && (done == 0 || sum(samples) < options.budgetMs);
    };

    resetPeakResidentSize();
    const double baseline = statusMegabytes("VmRSS");

    // 1 and 2: a fresh model each time, then scroll it to its last row.
    std::vector<double> firstPaint, scrollToEnd;
    int rowsShown = 0;
    int rowsAtEnd = 0;
    for (int done = 0; done < options.repeat; ++done) {
        contestant->destroy(view);
        QCoreApplication::processEvents();
        firstPaint.push_back(timeToPaint(view, spy, [&] { contestant->create(view); }));
        rowsShown = contestant->rowCount();
        if (failed(QStringLiteral("first paint")))
            return 1;
        if (repeatAgain(int(scrollToEnd.size()), scrollToEnd)) {
            scrollToEnd.push_back(timeToPaint(view, spy, [&] { contestant->scrollToEnd(view); }));
            rowsAtEnd = contestant->rowCount();
            if (failed(QStringLiteral("scroll to end")))
                return 1;
        }
    }

    // 3: from the table's own order to revenue, descending, shown from the top.
    std::vector<double> sortRevenue;
    while (repeatAgain(int(sortRevenue.size()), sortRevenue)) {
        timeToPaint(view, spy, [&] {
            contestant->sortByRevenue(false);
            view.scrollToTop();
        });
        sortRevenue.push_back(timeToPaint(view, spy, [&] {
            contestant->sortByRevenue(true);
            view.scrollToTop();
        }));
        if (failed(QStringLiteral("sort")))
            return 1;
    }

    // 4: search texts typed while sorted by revenue (as a user would after step 3): one that a
    // few hundred sellers match, and a shop-name word that tens of thousands match.
    auto timeFilter = [&](const QString& text, std::vector<double>* samples, int* rows) {
        while (repeatAgain(int(samples->size()), *samples)) {
            timeToPaint(view, spy, [&] {
                contestant->setSearchText(QString());
                view.scrollToTop();
            });
            samples->push_back(timeToPaint(view, spy, [&] {
                contestant->setSearchText(text);
                view.scrollToTop();
            }));
            *rows = contestant->rowCount();
            if (failed(QStringLiteral("filter")))
                return false;
        }
        return true;
    };
    std::vector<double> filterText, filterBroad;
    int rowsMatched = 0;
    int rowsMatchedBroad = 0;
    if (!timeFilter(options.search, &filterText, &rowsMatched) ||
        !timeFilter(options.broadSearch, &filterBroad, &rowsMatchedBroad))
        return 1;

    // 5: deep in the sorted table. From a fresh sort by revenue (descending, no filter; untimed),
    // jump to the middle row, then one page further, which the paged model reads by keyset from
    // the page the first jump loaded. QSqlTableModel has to fetch every row up to each of them.
    std::vector<double> scrollMiddle, scrollNextPage;
    const int middleRow = rowsAtEnd / 2;
    const int nextPageRow = middleRow + kPageRows;
    qint64 nextPageId = 0;
    if (nextPageRow < rowsAtEnd) {
        timeToPaint(view, spy, [&] {
            contestant->setSearchText(QString());
            view.scrollToTop();
        });
        while (repeatAgain(int(scrollMiddle.size()), scrollMiddle)) {
            timeToPaint(view, spy, [&] {
                contestant->sortByRevenue(false);
                view.scrollToTop();
            });
            timeToPaint(view, spy, [&] {
                contestant->sortByRevenue(true);
                view.scrollToTop();
            });
            scrollMiddle.push_back(timeToPaint(view, spy, [&] { contestant->scrollToRow(view, middleRow); }));
            scrollNextPage.push_back(timeToPaint(view, spy, [&] { contestant->scrollToRow(view, nextPageRow); }));
            if (failed(QStringLiteral("deep scroll")))
                return 1;
        }
        nextPageId = contestant->recordIdAt(nextPageRow);
    }

    // 6: the peak since the baseline, with the model still alive.
    const double peak = statusMegabytes("VmHWM");
    const double current = statusMegabytes("VmRSS");

    printSamples(options, prefix + QStringLiteral("first_paint"), firstPaint);
    printSamples(options, prefix + QStringLiteral("scroll_to_end"), scrollToEnd);
    printSamples(options, prefix + QStringLiteral("sort_revenue"), sortRevenue);
    printSamples(options, prefix + QStringLiteral("filter_text"), filterText);
    printSamples(options, prefix + QStringLiteral("filter_broad"), filterBroad);
    printSamples(options, prefix + QStringLiteral("scroll_middle_sorted"), scrollMiddle);
    printSamples(options, prefix + QStringLiteral("scroll_middle_next_page"), scrollNextPage);
    printFigure(prefix + QStringLiteral("rows_shown"), rowsShown, QStringLiteral("rows"), 0);
    printFigure(prefix + QStringLiteral("first_paint"), median(firstPaint), QStringLiteral("ms"));
    printFigure(prefix + QStringLiteral("scroll_to_end"), median(scrollToEnd), QStringLiteral("ms"));
    printFigure(prefix + QStringLiteral("rows_at_end"), rowsAtEnd, QStringLiteral("rows"), 0);
    printFigure(prefix + QStringLiteral("sort_revenue"), median(sortRevenue), QStringLiteral("ms"));
    printFigure(prefix + QStringLiteral("filter_text"), median(filterText), QStringLiteral("ms"));
    printFigure(prefix + QStringLiteral("filter_rows"), rowsMatched, QStringLiteral("rows"), 0);
    printFigure(prefix + QStringLiteral("filter_broad"), median(filterBroad), QStringLiteral("ms"));
    printFigure(prefix + QStringLiteral("filter_broad_rows"), rowsMatchedBroad, QStringLiteral("rows"), 0);
    if (!scrollMiddle.empty()) {
        printFigure(prefix + QStringLiteral("middle_row"), middleRow, QStringLiteral("row"), 0);
        printFigure(prefix + QStringLiteral("scroll_middle_sorted"), median(scrollMiddle), QStringLiteral("ms"));
        printFigure(prefix + QStringLiteral("scroll_middle_next_page"), median(scrollNextPage), QStringLiteral("ms"));
    }
    if (nextPageId != 0) {
        // Untimed: the keyset page shows the rows OFFSET would, in the same order.
        QSqlQuery expected(db);
        expected.prepare(QStringLiteral("SELECT id FROM sellers ORDER BY IFNULL(latest_revenue, -1) DESC, id DESC "
                                        "LIMIT 1 OFFSET ?"));
        expected.addBindValue(nextPageRow);
        const bool same = expected.exec() && expected.next() && expected.value(0).toLongLong() == nextPageId;
        printFigure(prefix + QStringLiteral("next_page_same_as_offset"), same ? 1 : 0, QStringLiteral("ok"), 0);
    }
    if (options.contestant == kQSqlTableModel) {
        // Untimed: how many rows the LIKE filters match in all (QSqlTableModel shows the first 256).
        for (const auto& [text, name] : {std::pair{options.search, QStringLiteral("filter_matches")},
                                         std::pair{options.broadSearch, QStringLiteral("filter_broad_matches")}}) {
            QSqlQuery count(db);
            if (count.exec(QStringLiteral("SELECT count(*) FROM sellers WHERE ") +
                           QSqlTableModelContestant::likeFilter(text)) &&
                count.next())
                printFigure(prefix + name, count.value(0).toDouble(), QStringLiteral("rows"), 0);
        }
    }
    printFigure(prefix + QStringLiteral("rss_baseline"), baseline, QStringLiteral("MB"), 1);
    printFigure(prefix + QStringLiteral("rss_peak"), peak, QStringLiteral("MB"), 1);
    printFigure(prefix + QStringLiteral("rss_end"), current, QStringLiteral("MB"), 1);
    printFigure(prefix + QStringLiteral("memory_growth"), peak - baseline, QStringLiteral("MB"), 1);

    contestant->destroy(view);
    return 0;
}

int runContestant(const Options& options)
{
    const QString connectionName = QStringLiteral("sellers-workspace-bench");
    QString error;
    if (!ProgramDatabase::openConnection(options.database, connectionName, &error)) {
        printError(QStringLiteral("cannot open %1: %2").arg(options.database, error));
        QSqlDatabase::removeDatabase(connectionName);
        return 2;
    }
    const int result = measure(QSqlDatabase::database(connectionName, false), options);
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

// ---------------------------------------------------------------------------------------------
// Both contestants, each in a child process.

bool generate(const QString& path, const Options& options)
{
    GeneratorOptions generator;
    generator.sellers = options.generateSellers;
    generator.mentors = int(options.mentors > 0 ? options.mentors : std::max<qint64>(1, generator.sellers / 100));
    generator.touchpoints = options.touchpoints >= 0 ? options.touchpoints : generator.sellers * 10;
    std::fprintf(stderr, "Generating %s: %lld sellers, %d mentors, %lld touchpoints\n", qPrintable(path),
                 static_cast<long long>(generator.sellers), generator.mentors,
                 static_cast<long long>(generator.touchpoints));
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        printError(QStringLiteral("cannot create the folder of %1").arg(path));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    QString error;
    {
        ProgramDatabase database;
        if (database.open(path) == ProgramDatabase::Outcome::Refused) {
            printError(database.errorString());
            return false;
        }
        int lastPercent = -1;
        ok = MarketplaceGenerator::populate(
            database.connection(), generator,
            [&lastPercent](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent != lastPercent) {
                    lastPercent = percent;
                    std::fprintf(stderr, "\r%3d %%", percent);
                    std::fflush(stderr);
                }
                return true;
            },
            &error);
        std::fputs("\n", stderr);
    }
    if (!ok) {
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QFile::remove(file);
        printError(QStringLiteral("generating failed: %1").arg(error));
        return false;
    }
    printFigure(QStringLiteral("database.generate"), double(timer.elapsed()) / 1000.0, QStringLiteral("s"), 1);
    return true;
}

/// Reads the file once so that neither contestant pays for the cold OS cache.
qint64 warmFileCache(const QString& path)
{
    qint64 total = 0;
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray buffer(8 << 20, Qt::Uninitialized);
        qint64 read = 0;
        while ((read = file.read(buffer.data(), buffer.size())) > 0)
            total += read;
    }
    return total;
}

bool runChild(const Options& options, const QString& contestant, QMap<QString, double>* figures)
{
    QStringList arguments{QStringLiteral("--database"),     options.database,
                          QStringLiteral("--contestant"),   contestant,
                          QStringLiteral("--repeat"),       QString::number(options.repeat),
                          QStringLiteral("--budget"),       QString::number(options.budgetMs / 1000.0),
                          QStringLiteral("--search"),       options.search,
                          QStringLiteral("--broad-search"), options.broadSearch};
    if (options.verbose)
        arguments << QStringLiteral("--verbose");
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForStarted(-1)) {
        printError(QStringLiteral("cannot run the %1 contestant: %2").arg(contestant, process.errorString()));
        return false;
    }
    auto take = [figures](const QByteArray& line) {
        const QByteArray text = line.trimmed();
        if (text.isEmpty())
            return;
        std::printf("%s\n", text.constData());
        std::fflush(stdout);
        const QList<QByteArray> parts = text.split(' ');
        bool ok = false;
        const double value = parts.size() == 3 ? parts.at(1).toDouble(&ok) : 0;
        if (ok)
            figures->insert(QString::fromUtf8(parts.at(0)), value);
    };
    for (;;) {
        while (process.canReadLine())
            take(process.readLine());
        if (!process.waitForReadyRead(-1) && process.state() == QProcess::NotRunning)
            break;
    }
    process.waitForFinished(-1);
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        take(line);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        printError(QStringLiteral("the %1 contestant failed (exit code %2)").arg(contestant).arg(process.exitCode()));
        return false;
    }
    return true;
}

int runBoth(Options options)
{
    options.database = QFileInfo(options.database).absoluteFilePath();
    if (!QFileInfo::exists(options.database)) {
        if (options.generateSellers <= 0) {
            printError(
                QStringLiteral("%1 does not exist; add --generate 1000000 to generate it first").arg(options.database));
            return 2;
        }
        if (!generate(options.database, options))
            return 1;
    }
    const qint64 bytes = warmFileCache(options.database);
    printFigure(QStringLiteral("database.file_size"), double(bytes) / (1024.0 * 1024.0), QStringLiteral("MB"), 1);

    QMap<QString, double> figures;
    bool ok = true;
    for (const QString& contestant : {kPaged, kQSqlTableModel})
        ok = runChild(options, contestant, &figures) && ok;
    if (!ok)
        return 1;

    auto figure = [&figures](const QString& name) { return figures.value(name, -1); };
    for (const char* step : {"first_paint", "scroll_to_end", "sort_revenue", "filter_text", "filter_broad",
                             "scroll_middle_sorted", "scroll_middle_next_page", "memory_growth"}) {
        const QString key = QLatin1String(step);
        const double ours = figure(kPaged + QLatin1Char('.') + key);
        const double theirs = figure(kQSqlTableModel + QLatin1Char('.') + key);
        if (theirs > 0 && ours >= 0) {
            const double ratio = ours / theirs;
            printFigure(QStringLiteral("ratio.") + key, ratio, QStringLiteral("x"),
                        ratio < 0.001 ? 6 : (ratio < 0.1 ? 4 : 2));
        }
    }

    // The targets of the issue; 1 = met, 0 = missed.
    const double paged = figure(QStringLiteral("paged.rows_shown"));
    const double total = figure(QStringLiteral("qsqltablemodel.rows_at_end"));
    auto target = [](const QString& name, bool met) {
        printFigure(QStringLiteral("target.") + name, met, QStringLiteral("met"), 0);
    };
    target(QStringLiteral("exact_row_count_at_first_paint"), paged > 0 && paged == total);
    target(QStringLiteral("first_paint_max_50ms"), figure(QStringLiteral("paged.first_paint")) <= 50);
    target(QStringLiteral("sort_revenue_max_200ms"), figure(QStringLiteral("paged.sort_revenue")) <= 200);
    target(QStringLiteral("filter_text_max_200ms"), figure(QStringLiteral("paged.filter_text")) <= 200);
    target(QStringLiteral("filter_broad_max_200ms"), figure(QStringLiteral("paged.filter_broad")) <= 200);
    target(QStringLiteral("memory_growth_max_100mb"), figure(QStringLiteral("paged.memory_growth")) <= 100);
    for (const char* step : {"scroll_to_end", "sort_revenue", "filter_text", "filter_broad", "memory_growth"}) {
        const QString key = QLatin1String(step);
        target(key + QStringLiteral("_better_than_qsqltablemodel"),
               figure(kPaged + QLatin1Char('.') + key) < figure(kQSqlTableModel + QLatin1Char('.') + key));
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------

/// Returns -1 to go on, else the exit code.
int parseArguments(const QStringList& arguments, Options* options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the sellers workspace (PagedTableModel) against a plain QSqlTableModel on the same "
                       "program file: first paint, scroll to the last row, sort by revenue, filter by a text, "
                       "scroll to the middle of the sorted table and one page further, memory growth. Prints one line "
                       "per figure: name value unit."));
    parser.addHelpOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("The generated program file (default: $MENTORDESK_BENCH_DATABASE, else "
                       "<temp>/mentordesk-bench/marketplace.mentordesk, generated with 1000000 sellers if missing)."),
        QStringLiteral("file"));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"), QStringLiteral("When the file does not exist, generate it first with n sellers."),
        QStringLiteral("n"));
    const QCommandLineOption mentors(QStringLiteral("mentors"),
                                     QStringLiteral("Mentors to generate (default: sellers / 100)."),
                                     QStringLiteral("n"));
    const QCommandLineOption touchpoints(QStringLiteral("touchpoints"),
                                         QStringLiteral("Touchpoints to generate (default: sellers * 10)."),
                                         QStringLiteral("n"));
    const QCommandLineOption contestant(
        QStringLiteral("contestant"),
        QStringLiteral("Measure only this contestant, in this process: paged or qsqltablemodel."),
        QStringLiteral("name"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Samples per step; the median is printed (default 5)."),
                                    QStringLiteral("n"));
    const QCommandLineOption budget(
        QStringLiteral("budget"), QStringLiteral("Stop repeating a step once its samples took this long (default 30)."),
        QStringLiteral("seconds"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QStringLiteral("The search text of the filter step (default \"%1\").").arg(kDefaultSearch),
        QStringLiteral("text"));
    const QCommandLineOption broadSearch(
        QStringLiteral("broad-search"),
        QStringLiteral("The search text of the broad filter step (default \"%1\").").arg(kDefaultBroadSearch),
        QStringLiteral("text"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Print every sample to stderr."));
    parser.addOptions(
        {database, generateOption, mentors, touchpoints, contestant, repeat, budget, search, broadSearch, verbose});
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // No application object exists yet, so the parser does not know the program's name.
        QString help = parser.helpText();
        help.replace(QLatin1String("<executable_name>"), QLatin1String("sellers_workspace_bench"));
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    auto number = [&parser](const QCommandLineOption& option, qint64 minimum, qint64* value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 parsed = parser.value(option).toLongLong(&ok);
        if (!ok || parsed < minimum) {
            printError(QStringLiteral("--%1 needs a whole number of at least %2")
                           .arg(option.names().constFirst())
                           .arg(minimum));
            return false;
        }
        *value = parsed;
        return true;
    };
    qint64 repeats = options->repeat;
    qint64 seconds = options->budgetMs / 1000;
    if (!number(generateOption, 1, &options->generateSellers) || !number(mentors, 1, &options->mentors) ||
        !number(touchpoints, 0, &options->touchpoints) || !number(repeat, 1, &repeats) || !number(budget, 0, &seconds))
        return 2;
    options->repeat = int(std::min<qint64>(repeats, 100));
    options->budgetMs = int(std::min<qint64>(seconds, 3600) * 1000);
    options->verbose = parser.isSet(verbose);
    if (parser.isSet(search))
        options->search = parser.value(search);
    if (parser.isSet(broadSearch))
        options->broadSearch = parser.value(broadSearch);
    if (options->search.trimmed().isEmpty() || options->broadSearch.trimmed().isEmpty()) {
        printError(QStringLiteral("--search and --broad-search need a text"));
        return 2;
    }
    if (parser.isSet(contestant)) {
        options->contestant = parser.value(contestant);
        if (options->contestant != kPaged && options->contestant != kQSqlTableModel) {
            printError(QStringLiteral("--contestant is paged or qsqltablemodel"));
            return 2;
        }
    }
    if (parser.isSet(database)) {
        options->database = parser.value(database);
    } else if (!qEnvironmentVariableIsEmpty("MENTORDESK_BENCH_DATABASE")) {
        options->database = qEnvironmentVariable("MENTORDESK_BENCH_DATABASE");
    } else {
        // `make bench` runs every benchmark without arguments.
        options->database = QDir::tempPath() + QStringLiteral("/mentordesk-bench/marketplace.mentordesk");
        if (options->generateSellers <= 0)
            options->generateSellers = 1000000;
    }
    if (!options->contestant.isEmpty() && !QFileInfo::exists(options->database)) {
        printError(QStringLiteral("%1 does not exist").arg(options->database));
        return 2;
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Options options;
    const int exitCode = parseArguments(arguments, &options);
    if (exitCode >= 0)
        return exitCode;

    if (options.contestant.isEmpty()) {
        QCoreApplication app(argc, argv);
        return runBoth(options);
    }
    // A real widget is shown; without a display it goes to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return runContestant(options);
}
