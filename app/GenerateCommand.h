// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace mentordesk {

struct GeneratorOptions;

/// `mentordesk generate --database FILE [--sellers N] [--mentors M] [--touchpoints T] [--months K]`:
/// builds a marketplace-scale program file (for benchmarks) with MarketplaceGenerator, without
/// opening a window.
class GenerateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)
public:
    GenerateCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    bool readCounts(const QCommandLineParser& parser, GeneratorOptions* options) const;
    bool parseCount(const QCommandLineParser& parser, const QCommandLineOption& option, qint64 minimum,
                    qint64* value) const;
    ExitCode generate(const GeneratorOptions& options) const;

    QCommandLineOption m_sellersOption;
    QCommandLineOption m_mentorsOption;
    QCommandLineOption m_touchpointsOption;
    QCommandLineOption m_monthsOption;
};

} // namespace mentordesk
