// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "CancelOnInterrupt.h"
#include "demo/MarketplaceGenerator.h"
#include "storage/ProgramDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <atomic>

namespace mentordesk {

GenerateCommand::GenerateCommand()
    : Command({QStringLiteral("generate")}, tr("build a marketplace-scale program file for benchmarks"),
              tr("Builds a marketplace-scale program file for benchmarks: sellers with metric snapshots, mentors, "
                 "pairings and touchpoints."))
    , m_sellersOption(QStringLiteral("sellers"), tr("Number of sellers (default 1000000)."), tr("n"))
    , m_mentorsOption(QStringLiteral("mentors"), tr("Number of mentors (default 10000)."), tr("n"))
    , m_touchpointsOption(QStringLiteral("touchpoints"), tr("Number of touchpoints (default 10000000)."), tr("n"))
    , m_monthsOption(QStringLiteral("months"), tr("Monthly metric snapshots per seller (default 1)."), tr("n"))
{
    requireDatabase(tr("The new program file to write (must not exist)."),
                    tr("say where to write the program with --database FILE."));
    for (const QCommandLineOption& option : {m_sellersOption, m_mentorsOption, m_touchpointsOption, m_monthsOption})
        addOption(option);
}

ExitCode GenerateCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return refuse(tr("unexpected argument '%1'.").arg(positional.constFirst()));
    if (QFileInfo::exists(databasePath()))
        return refuse(tr("'%1' already exists; it is left alone. Choose a new file name.").arg(databasePath()));
    GeneratorOptions options;
    if (!readCounts(parser, &options))
        return ExitCode::Unusable;
    return generate(options);
}

bool GenerateCommand::readCounts(const QCommandLineParser& parser, GeneratorOptions* options) const
{
    qint64 mentors = options->mentors;
    qint64 months = options->snapshotMonths;
    if (!parseCount(parser, m_sellersOption, 1, &options->sellers) ||
        !parseCount(parser, m_mentorsOption, 1, &mentors) ||
        !parseCount(parser, m_touchpointsOption, 0, &options->touchpoints) ||
        !parseCount(parser, m_monthsOption, 0, &months))
        return false;
    options->mentors = int(mentors);
    options->snapshotMonths = int(months);
    return true;
}

bool GenerateCommand::parseCount(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 minimum,
                                 qint64* value) const
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(option).toLongLong(&ok);
    if (!ok || parsed < minimum) {
        printError(tr("--%1 needs a whole number of at least %2, not '%3'.")
                       .arg(option.names().constFirst())
                       .arg(minimum)
                       .arg(parser.value(option)));
        return false;
    }
    *value = parsed;
    return true;
}

ExitCode GenerateCommand::generate(const GeneratorOptions& options) const
{
    const QString path = databasePath();
    QElapsedTimer timer;
    timer.start();
    std::atomic<bool> cancelled{false};
    bool ok = false;
    QString error;
    {
        ProgramDatabase database;
        if (database.open(path) == ProgramDatabase::Outcome::Refused)
            return refuse(database.errorString());
        const CancelOnInterrupt cancelOnInterrupt(&cancelled);
        const bool terminal = stderrIsTerminal();
        int lastPercent = -1;
        ok = MarketplaceGenerator::populate(
            database.connection(), options,
            [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (terminal && percent != lastPercent && percent % 5 == 0) {
                    lastPercent = percent;
                    std::fprintf(stderr, "\r%3d %%", percent);
                    std::fflush(stderr);
                }
                return !cancelled.load();
            },
            &error);
        if (terminal)
            std::fputs("\n", stderr);
    }
    if (!ok) {
        for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QFile::remove(file);
        if (cancelled.load()) {
            printError(tr("cancelled; nothing was written."));
            return ExitCode::Cancelled;
        }
        return refuse(tr("%1 Nothing was written.").arg(error));
    }
    printLine(stdout, tr("Wrote %1: %2 sellers, %3 mentors, %4 touchpoints in %5 s.")
                          .arg(path)
                          .arg(options.sellers)
                          .arg(options.mentors)
                          .arg(options.touchpoints)
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitCode::Done;
}

} // namespace mentordesk
