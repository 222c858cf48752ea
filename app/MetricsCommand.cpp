// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsCommand.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/MetricsCsv.h"
#include "analytics/SellerCategories.h"
#include "calendar/CalendarTime.h"
#include "CancelOnInterrupt.h"
#include "files/OutputFileGuard.h"
#include "matchjob/MatchNames.h"
#include "storage/ProgramDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimeZone>

#include <atomic>

namespace mentordesk {

MetricsCommand::MetricsCommand()
    : Command({QStringLiteral("metrics")}, tr("write the outcome analytics of a scope as CSV"),
              tr("Computes the outcome analytics (ramp time, outcome improvements, adherence, milestones) of the "
                 "mentored sellers in scope, of their comparison group and their difference, with 95 % intervals, "
                 "and writes them as CSV: metric,group,value,n,ci_low,ci_high, one row per metric and group. Empty "
                 "values are explained on stderr."))
    , m_cohortOption(QStringLiteral("cohort"), tr("Only the mentees of this cohort."), tr("name"))
    , m_categoryOption(QStringLiteral("category"), tr("Only sellers of this category (any case)."), tr("category"))
    , m_mentorOption(QStringLiteral("mentor"), tr("Only mentees paired with this mentor (their mentor ID)."),
                     tr("external_id"))
    , m_enrolledFromOption(QStringLiteral("enrolled-from"),
                           tr("Only mentees enrolled on or after this day (YYYY-MM-DD)."), tr("date"))
    , m_enrolledToOption(QStringLiteral("enrolled-to"), tr("Only mentees enrolled on or before this day (YYYY-MM-DD)."),
                         tr("date"))
    , m_asOfOption(QStringLiteral("as-of"),
                   tr("The day the figures are computed as of (default: today in the program's time zone)."),
                   tr("YYYY-MM-DD"))
    , m_outOption(QStringLiteral("out"), tr("The CSV file to write."), tr("file.csv"))
{
    requireDatabase(tr("The program file to read."), tr("say which program to read with --database FILE."));
    for (const QCommandLineOption& option : {m_cohortOption, m_categoryOption, m_mentorOption, m_enrolledFromOption,
                                             m_enrolledToOption, m_asOfOption, m_outOption})
        addOption(option);
}

bool MetricsCommand::readDate(const QCommandLineParser& parser, const QCommandLineOption& option, QDate* date) const
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date->isValid())
        return true;
    refuse(tr("--%1 '%2' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.")
               .arg(option.names().constFirst(), parser.value(option)));
    return false;
}

bool MetricsCommand::readDates(const QCommandLineParser& parser, AnalyticsScope* scope) const
{
    if (!readDate(parser, m_enrolledFromOption, &scope->enrolledFrom) ||
        !readDate(parser, m_enrolledToOption, &scope->enrolledTo) || !readDate(parser, m_asOfOption, &scope->asOf))
        return false;
    if (scope->enrolledFrom.isValid() && scope->enrolledTo.isValid() && scope->enrolledFrom > scope->enrolledTo) {
        refuse(tr("--enrolled-from %1 is after --enrolled-to %2.")
                   .arg(parser.value(m_enrolledFromOption), parser.value(m_enrolledToOption)));
        return false;
    }
    return true;
}

bool MetricsCommand::resolveNames(ProgramDatabase* database, const QCommandLineParser& parser,
                                  AnalyticsScope* scope) const
{
    const MatchNames names(database->connection());
    if (parser.isSet(m_cohortOption)) {
        const QString cohort = parser.value(m_cohortOption);
        const std::optional<qint64> id = names.cohort(cohort);
        if (!id) {
            const QStringList cohorts = names.cohortNames();
            refuse(cohorts.isEmpty() ? tr("'%1' is not a cohort of this program; it has no cohorts.").arg(cohort)
                                     : tr("'%1' is not a cohort of this program; cohorts: %2.")
                                           .arg(cohort, cohorts.join(QStringLiteral(", "))));
            return false;
        }
        scope->cohortId = *id;
    }
    if (parser.isSet(m_categoryOption)) {
        const SellerCategories categories(database->connection());
        const QString category = parser.value(m_categoryOption);
        const std::optional<QString> found = categories.find(category);
        if (!found) {
            refuse(tr("no seller of this program has the category '%1'; categories: %2.")
                       .arg(category, categories.all().join(QStringLiteral(", "))));
            return false;
        }
        scope->category = *found;
    }
    if (parser.isSet(m_mentorOption)) {
        const QString mentor = parser.value(m_mentorOption);
        const std::optional<qint64> id = names.mentor(mentor);
        if (!id) {
            refuse(tr("the program has no mentor with the ID '%1'.").arg(mentor));
            return false;
        }
        scope->mentorId = *id;
    }
    return true;
}

ExitCode MetricsCommand::write(const Figures& figures, const QString& out) const
{
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(MetricsCsv::bytes(figures)) < 0 || !file.commit())
        return refuse(tr("'%1' could not be written: %2 Nothing was written.").arg(shown(out), file.errorString()));
    const int rows = int(MetricsCsv::lines(figures).size()) - 1;
    printLine(stdout, tr("Wrote %n row(s) to %1.", nullptr, rows).arg(shown(out)));
    const QStringList reasons = MetricsCsv::reasons(figures);
    for (const QString& reason : reasons)
        printError(reason);
    return MetricsCsv::complete(figures) ? ExitCode::Done : ExitCode::DoneWithWarnings;
}

ExitCode MetricsCommand::execute(const QCommandLineParser& parser, const QStringList& positional)
{
    if (!positional.isEmpty())
        return refuse(tr("unexpected argument '%1'.").arg(positional.constFirst()));
    if (!parser.isSet(m_outOption))
        return refuse(tr("say where to write the figures with --out FILE.csv."));
    AnalyticsScope scope;
    if (!readDates(parser, &scope))
        return ExitCode::Unusable;
    if (!QFileInfo::exists(databasePath()))
        return refuse(tr("'%1' does not exist. Give the program file to read.").arg(shown(databasePath())));
    ProgramDatabase database;
    if (database.open(databasePath()) == ProgramDatabase::Outcome::Refused)
        return refuse(database.errorString());
    const QString out = parser.value(m_outOption);
    OutputFileGuard guard;
    guard.protectProgram(databasePath());
    QString refused;
    if (!guard.allows(out, &refused))
        return refuse(refused);
    if (!resolveNames(&database, parser, &scope))
        return ExitCode::Unusable;
    if (!scope.asOf.isValid())
        scope.asOf =
            QDateTime::currentDateTimeUtc().toTimeZone(CalendarTime::programZone(database.connection())).date();

    std::atomic<bool> cancelRequested{false};
    const CancelOnInterrupt cancelOnInterrupt(&cancelRequested);
    AnalyticsEngine engine(database.connection());
    const std::optional<Figures> figures =
        engine.compute(scope, AnalyticsEngine::Phase::WithIntervals, &cancelRequested);
    if (cancelRequested.load()) {
        printError(tr("cancelled; nothing was written."));
        return ExitCode::Cancelled;
    }
    if (!figures)
        return refuse(tr("the figures could not be computed: %1 Nothing was written.").arg(engine.errorString()));
    return write(*figures, out);
}

} // namespace mentordesk
