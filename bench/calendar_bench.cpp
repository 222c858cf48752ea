// SPDX-License-Identifier: GPL-3.0-or-later
// calendar_bench: the Calendar workspace on a marketplace-scale program (10M touchpoints), against
// the naive query over the unindexed path in the same run.
//
// Figures, each the median of --repeat runs alternating between two months (or weeks), so no run
// finds the previous one's pages loaded:
//   program_month_frame   the whole program's month in the month grid: the period set, the day
//                         counts and the first items read, the grid painted (synchronously)
//   mentor_month_frame    the same for the busiest mentor of that month
//   program_week_frame    the whole program's week in the week agenda
//   mentor_week_frame     one mentor's week
//   list_last_row         the month in the list, scrolled to its last row and painted
//   attention_list        the Needs attention list of the program's today (AttentionList): its
//                         lines, and the people of the first screen of them, as the window reads
//   attention_list_cpu    its processor time (user + system) per run: on a shared machine the
//                         wall time includes waiting for a core, the processor time does not
//   attention_window      the same through AttentionListModel: its worker's own connection
//                         (a cold page cache each time) until the list is shown, first screen
//   attention_headless    every line with its people, as `mentordesk attention` prints them
// and their anchors, the same rows read the naive way: every touchpoint of the range with a
// full scan (`NOT INDEXED`), as a QSqlQueryModel over `SELECT … WHERE scheduled_utc …` would
// read them, and the per-day counts by a scan of the same rows. memory_growth is the resident
// size after browsing 24 months back and forth minus before (flat means the pages are dropped).
//
//     calendar_bench [--database FILE] [--repeat R] [--attention-only]
//
// The file comes from `mentordesk generate` (docs/benchmarks.md has the commands and results).

#include "attention/AttentionList.h"
#include "attention/AttentionListModel.h"
#include "calendar/CalendarTime.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/MonthGridView.h"
#include "calendar/TouchpointRangeModel.h"
#include "calendar/WeekAgendaView.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace mentordesk;

namespace {

void printFigure(const char* name, double value, const char* unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// Milliseconds of processor time (user and system) the process has used so far.
double processorMilliseconds()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

/// Milliseconds of `step`, the median of `repeat` runs; `step` gets the run's number. With
/// `processor`, also the median processor time of a run.
double measure(int repeat, const std::function<void(int)>& step, double* processor = nullptr)
{
    std::vector<double> times, processorTimes;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        const double processorBefore = processorMilliseconds();
        timer.start();
        step(run);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        processorTimes.push_back(processorMilliseconds() - processorBefore);
    }
    if (processor)
        *processor = median(processorTimes);
    return median(times);
}

QString utcText(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

/// The anchor: every touchpoint of [from, to) read as a plain query model would read them, with
/// the index unavailable, and the day counts by a second scan; for one mentor when `mentorId` > 0.
qint64 naiveRead(QSqlDatabase db, const QDate& from, const QDate& to, qint64 mentorId)
{
    const QString mentorJoin = mentorId > 0 ? QStringLiteral(" JOIN pairings p NOT INDEXED ON p.id = t.pairing_id "
                                                             "AND p.mentor_id = %1")
                                                  .arg(mentorId)
                                            : QString();
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    qint64 count = 0;
    if (!rows.exec(QStringLiteral("SELECT t.id, t.scheduled_utc, t.kind, t.status, t.title, t.notes, t.pairing_id "
                                  "FROM touchpoints t NOT INDEXED%1 WHERE t.scheduled_utc >= '%2' AND "
                                  "t.scheduled_utc < '%3' ORDER BY t.scheduled_utc, t.id")
                       .arg(mentorJoin, utcText(from), utcText(to))))
        std::fprintf(stderr, "naive read: %s\n", qPrintable(rows.lastError().text()));
    while (rows.next())
        ++count;
    QSqlQuery days(db);
    days.exec(QStringLiteral("SELECT substr(t.scheduled_utc, 1, 10), count(*) FROM touchpoints t NOT INDEXED%1 "
                             "WHERE t.scheduled_utc >= '%2' AND t.scheduled_utc < '%3' GROUP BY 1")
                  .arg(mentorJoin, utcText(from), utcText(to)));
    while (days.next()) {
    }
    return count;
}

struct Scene {
    QDate month;       ///< first day of the busiest month
    qint64 monthRows;  ///< its touchpoints
    qint64 mentorId;   ///< the mentor with most touchpoints in it
    qint64 mentorRows; ///< theirs
};

bool findScene(QSqlDatabase db, Scene* scene)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT substr(scheduled_utc, 1, 7), count(*) FROM touchpoints GROUP BY 1 "
                                   "ORDER BY 2 DESC LIMIT 1")) ||
        !query.next())
        return false;
    scene->month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
    scene->monthRows = query.value(1).toLongLong();
    query.prepare(QStringLiteral("SELECT p.mentor_id, count(*) FROM touchpoints t JOIN pairings p ON p.id = "
                                 "t.pairing_id WHERE t.scheduled_utc >= ? AND t.scheduled_utc < ? "
                                 "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"));
    query.addBindValue(utcText(scene->month));
    query.addBindValue(utcText(scene->month.addMonths(1)));
    if (!query.exec() || !query.next())
        return false;
    scene->mentorId = query.value(0).toLongLong();
    scene->mentorRows = query.value(1).toLongLong();
    return scene->month.isValid();
}

void showMentor(CalendarWorkspace* workspace, qint64 mentorId)
{
    TouchpointFilter filter = workspace->model()->filter();
    filter.mentorId = mentorId;
    workspace->model()->setFilter(filter);
}

/// The attention figures (see the file's comment).
void measureAttention(QSqlDatabase db, const QTimeZone& zone, int repeat)
{
    // The lines a 1366×768 window shows at once, with room.
    constexpr int kFirstScreen = 40;
    // The Needs attention list of the program's today (the day after its last done touchpoint:
    // the generator writes relative to the day it ran), and its anchor: the facts it needs read by
    // one full scan of the touchpoints (each open pairing's last done and first planned ones).
    QSqlQuery lastDone(db);
    lastDone.exec(QStringLiteral("SELECT max(scheduled_utc) FROM touchpoints WHERE status = 'done'"));
    const QDate asOf = lastDone.next()
                           ? QDate::fromString(lastDone.value(0).toString().left(10), Qt::ISODate).addDays(1)
                           : QDate::currentDate();
    std::fprintf(stderr, "attention as of %s\n", qPrintable(asOf.toString(Qt::ISODate)));
    double processor = 0;
    printFigure("attention_list",
                measure(
                    repeat,
                    [&](int) {
                        AttentionList list(db, zone);
                        auto items = list.compute(asOf, AttentionList::People::Later);
                        if (!items || !list.readPeople(&*items, 0, kFirstScreen))
                            std::fprintf(stderr, "attention: %s\n", qPrintable(list.errorString()));
                    },
                    &processor),
                "ms");
    printFigure("attention_list_cpu", processor, "ms");
    // As the window reads it: the model's worker on a connection of its own (a cold page cache
    // every time), then the first screen's people on the window's connection.
    AttentionListModel model;
    model.setAsOf(asOf);
    model.setDatabase(db, nullptr);
    printFigure("attention_window",
                measure(repeat,
                        [&](int) {
                            model.refresh();
                            QEventLoop loop;
                            QObject::connect(&model, &AttentionListModel::updatingChanged, &loop, &QEventLoop::quit);
                            if (model.isUpdating())
                                loop.exec();
                            for (int row = 0; row < std::min(model.rowCount(), kFirstScreen); ++row)
                                model.index(row, AttentionListModel::Mentee).data();
                        }),
                "ms");
    printFigure("attention_lines", double(model.rowCount()), "lines");
    printFigure("attention_headless",
                measure(repeat,
                        [&](int) {
                            AttentionList list(db, zone);
                            if (!list.compute(asOf))
                                std::fprintf(stderr, "attention: %s\n", qPrintable(list.errorString()));
                        }),
                "ms");
    printFigure("attention_naive",
                measure(std::min(repeat, 2),
                        [&](int) {
                            QSqlQuery scan(db);
                            scan.setForwardOnly(true);
                            scan.exec(QStringLiteral(
                                "SELECT t.pairing_id, max(CASE WHEN t.status = 'done' THEN t.scheduled_utc "
                                "END), min(CASE WHEN t.status = 'planned' THEN t.scheduled_utc END) FROM "
                                "touchpoints t NOT INDEXED JOIN pairings p ON p.id = t.pairing_id WHERE "
                                "p.status <> 'ended' GROUP BY t.pairing_id"));
                            while (scan.next()) {
                            }
                        }),
                "ms");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The generated program file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("attention-only"), QStringLiteral("Only the attention list and its anchor.")});
    parser.process(app);
    // Where sellers_workspace_bench keeps (and generates) its program file: the
    // option, else $MENTORDESK_BENCH_DATABASE, else <temp>/mentordesk-bench/marketplace.mentordesk.
    QString path = parser.value(QStringLiteral("database"));
    if (path.isEmpty())
        path = qEnvironmentVariable("MENTORDESK_BENCH_DATABASE");
    if (path.isEmpty())
        path = QDir::temp().filePath(QStringLiteral("mentordesk-bench/marketplace.mentordesk"));
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "calendar_bench: give --database FILE, a program from `mentordesk generate` "
                             "(docs/benchmarks.md)\n");
        return 2;
    }
    ProgramDatabase database;
    if (database.open(path) == ProgramDatabase::Outcome::Refused) {
        std::fprintf(stderr, "calendar_bench: %s\n", qPrintable(database.errorString()));
        return 2;
    }
    QSqlDatabase db = database.connection();
    if (parser.isSet(QStringLiteral("attention-only"))) {
        measureAttention(db, CalendarTime::programZone(db), repeat);
        return 0;
    }
    Scene scene;
    if (!findScene(db, &scene)) {
        std::fprintf(stderr, "calendar_bench: the program has no touchpoints\n");
        return 2;
    }
    std::fprintf(stderr, "month %s: %lld touchpoints; mentor %lld: %lld\n",
                 qPrintable(scene.month.toString(Qt::ISODate)), static_cast<long long>(scene.monthRows),
                 static_cast<long long>(scene.mentorId), static_cast<long long>(scene.mentorRows));
    printFigure("month_touchpoints", double(scene.monthRows), "rows");

    ProgramEditor editor(db, QStringLiteral("bench"));
    CalendarWorkspace workspace;
    workspace.resize(1366, 768);
    workspace.setProgram(db, &editor);
    workspace.show();
    QApplication::processEvents();

    // Two months (weeks) in turn, so every run reads a period the previous one did not.
    const QDate months[] = {scene.month, scene.month.addMonths(-1)};
    const QDate weeks[] = {scene.month.addDays(14), scene.month.addDays(7)};
    // A mentor's period is timed from choosing the mentor while the program's period is shown
    // (what a coordinator does), so the program's read before it is not in the figure.
    auto frame = [&](CalendarWorkspace::Mode mode, const QDate* days, qint64 mentorId) {
        std::vector<double> times;
        for (int run = 0; run < repeat; ++run) {
            QElapsedTimer timer;
            timer.start();
            workspace.setMode(mode);
            workspace.setSelectedDay(days[run % 2]);
            if (mentorId > 0) {
                workspace.currentView()->repaint();
                timer.start();
                showMentor(&workspace, mentorId);
            }
            workspace.currentView()->repaint();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return median(times);
    };
    workspace.setSelectedDay(scene.month.addMonths(-3)); // nothing of the scene loaded yet
    printFigure("program_month_frame", frame(CalendarWorkspace::Mode::Month, months, 0), "ms");
    printFigure("program_month_naive",
                measure(repeat, [&](int run) { naiveRead(db, months[run % 2], months[run % 2].addMonths(1), 0); }),
                "ms");
    printFigure("mentor_month_frame", frame(CalendarWorkspace::Mode::Month, months, scene.mentorId), "ms");
    printFigure(
        "mentor_month_naive",
        measure(repeat, [&](int run) { naiveRead(db, months[run % 2], months[run % 2].addMonths(1), scene.mentorId); }),
        "ms");
    showMentor(&workspace, 0);
    printFigure("program_week_frame", frame(CalendarWorkspace::Mode::Week, weeks, 0), "ms");
    printFigure("mentor_week_frame", frame(CalendarWorkspace::Mode::Week, weeks, scene.mentorId), "ms");
    showMentor(&workspace, 0);
    printFigure("list_last_row",
                measure(repeat,
                        [&](int run) {
                            workspace.setMode(CalendarWorkspace::Mode::List);
                            workspace.setSelectedDay(months[run % 2]);
                            workspace.listView()->scrollToBottom();
                            workspace.listView()->viewport()->repaint();
                        }),
                "ms");

    measureAttention(db, workspace.model()->displayZone(), repeat);

    // Memory: browse two years of months back and forth; what stays resident should not grow.
    workspace.setMode(CalendarWorkspace::Mode::Month);
    const double before = residentMegabytes();
    for (int pass = 0; pass < 2; ++pass) {
        for (int m = 0; m < 24; ++m) {
            workspace.setSelectedDay(scene.month.addMonths(pass == 0 ? -m : m - 23));
            workspace.currentView()->repaint();
        }
    }
    printFigure("memory_growth", residentMegabytes() - before, "MB");
    printFigure("loaded_pages", double(workspace.model()->cachedPageCount()), "pages");
    return 0;
}
