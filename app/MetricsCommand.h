// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>

namespace mentordesk {

class ProgramDatabase;
struct AnalyticsScope;
struct Figures;

/// `mentordesk metrics --database F [--cohort NAME] [--category C] [--mentor EXTERNAL_ID]
/// [--enrolled-from DATE] [--enrolled-to DATE] [--as-of DATE] --out FILE.csv`: computes the outcome
/// analytics of a scope (AnalyticsEngine, intervals included) and writes them as MetricsCsv's CSV,
/// atomically (QSaveFile), so a refused or cancelled run leaves an existing file as it was. The
/// as-of date defaults to today in the program's time zone, as `attention`'s does.
///
/// Exit codes: 0 every row has a value; 1 written, but some values are empty or a group has fewer
/// than 10 sellers (one stderr line per reason); 2 nothing written (an unknown cohort, category or
/// mentor, a bad date, a refused output path, a program that cannot be read); 130 Ctrl+C.
class MetricsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)
public:
    MetricsCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    bool readDate(const QCommandLineParser& parser, const QCommandLineOption& option, QDate* date) const;
    bool readDates(const QCommandLineParser& parser, AnalyticsScope* scope) const;
    /// Cohort, category and mentor from their names; false (refused) when one is unknown.
    bool resolveNames(ProgramDatabase* database, const QCommandLineParser& parser, AnalyticsScope* scope) const;
    ExitCode write(const Figures& figures, const QString& out) const;

    QCommandLineOption m_cohortOption;
    QCommandLineOption m_categoryOption;
    QCommandLineOption m_mentorOption;
    QCommandLineOption m_enrolledFromOption;
    QCommandLineOption m_enrolledToOption;
    QCommandLineOption m_asOfOption;
    QCommandLineOption m_outOption;
};

} // namespace mentordesk
