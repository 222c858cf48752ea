// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "demo/MarketplaceGenerator.h"
#include "storage/ProgramDatabase.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace mentordesk {

namespace {

void printLine(FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
    std::fflush(stream);
}

bool parseCount(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 minimum, qint64* value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(option).toLongLong(&ok);
    if (!ok || parsed < minimum) {
        printLine(stderr,
                  GenerateCommand::tr("mentordesk generate: --%1 needs a whole number of at least %2, not '%3'.")
                      .arg(option.names().constFirst())
                      .arg(minimum)
                      .arg(parser.value(option)));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int GenerateCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Builds a marketplace-scale program file for benchmarks: sellers with "
                                        "metric snapshots, mentors, pairings and touchpoints."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                            tr("The new program file to write (must not exist)."), tr("file"));
    const QCommandLineOption sellersOption(QStringLiteral("sellers"), tr("Number of sellers (default 1000000)."),
                                           tr("n"));
    const QCommandLineOption mentorsOption(QStringLiteral("mentors"), tr("Number of mentors (default 10000)."),
                                           tr("n"));
    const QCommandLineOption touchpointsOption(QStringLiteral("touchpoints"),
                                               tr("Number of touchpoints (default 10000000)."), tr("n"));
    const QCommandLineOption monthsOption(QStringLiteral("months"),
                                          tr("Monthly metric snapshots per seller (default 1)."), tr("n"));
    parser.addOptions({databaseOption, sellersOption, mentorsOption, touchpointsOption, monthsOption});
    parser.addPositionalArgument(QStringLiteral("generate"), tr("The subcommand."));

    if (!parser.parse(arguments)) {
        printLine(stderr, tr("mentordesk generate: %1 Run 'mentordesk generate --help'.").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.positionalArguments().size() > 1) {
        printLine(stderr, tr("mentordesk generate: unexpected argument '%1'.").arg(parser.positionalArguments().at(1)));
        return 2;
    }
    if (!parser.isSet(databaseOption)) {
        printLine(stderr, tr("mentordesk generate: say where to write the program with --database FILE."));
        return 2;
    }
    const QString path = QFileInfo(parser.value(databaseOption)).absoluteFilePath();
    if (QFileInfo::exists(path)) {
        printLine(stderr,
                  tr("mentordesk generate: '%1' already exists; it is left alone. Choose a new file name.").arg(path));
        return 2;
    }

    GeneratorOptions options;
    qint64 mentors = options.mentors;
    qint64 months = options.snapshotMonths;
    if (!parseCount(parser, sellersOption, 1, &options.sellers) || !parseCount(parser, mentorsOption, 1, &mentors) ||
        !parseCount(parser, touchpointsOption, 0, &options.touchpoints) ||
        !parseCount(parser, monthsOption, 0, &months))
        return 2;
    options.mentors = int(mentors);
    options.snapshotMonths = int(months);

    QElapsedTimer timer;
    timer.start();
    bool ok = false;
    QString error;
    {
        ProgramDatabase database;
        if (database.open(path) == ProgramDatabase::Outcome::Refused) {
            printLine(stderr, tr("mentordesk generate: %1").arg(database.errorString()));
            return 2;
        }
        int lastPercent = -1;
        ok = MarketplaceGenerator::populate(
            database.connection(), options,
            [&lastPercent](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent != lastPercent && percent % 5 == 0) {
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
        printLine(stderr, tr("mentordesk generate: %1 Nothing was written.").arg(error));
        return 1;
    }
    printLine(stdout, tr("Wrote %1: %2 sellers, %3 mentors, %4 touchpoints in %5 s.")
                          .arg(path)
                          .arg(options.sellers)
                          .arg(options.mentors)
                          .arg(options.touchpoints)
                          .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace mentordesk
